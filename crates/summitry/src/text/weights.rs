//! The text stage's heuristics, one constant per knob with its reason.

/// A line at least this long that ends without sentence punctuation and is
/// followed by a lowercase line was wrapped by the dumper: re-join them.
pub(crate) const WRAP_MIN_CHARS: usize = 60;
/// A line within this fraction of the dump's longest line was cut at the wrap width.
pub(crate) const WRAP_WIDTH_SHARE: f64 = 0.97;
/// Lines must reach this many times the wrap width to be counted as cut there.
pub(crate) const WRAP_WIDTH_MIN_LINES: usize = 3;

/// Fewest words of a story paragraph that ends like a sentence.
pub(crate) const GOOD_MIN_WORDS: usize = 10;
/// Fewest words of a story paragraph whatever its ending (long runs of prose).
pub(crate) const GOOD_LONG_WORDS: usize = 30;
/// Fewest stop-word share of a story paragraph (jusText uses 0.30 for English).
pub(crate) const GOOD_MIN_STOP_DENSITY: f64 = 0.10;
/// Fewest words of a story line in the fallback for pages with no clear story paragraph.
pub(crate) const RELAXED_MIN_WORDS: usize = 1;
/// Below this many story words in the region, the page is read again relaxed.
pub(crate) const FALLBACK_BELOW_WORDS: usize = 12;
/// Fewest words of a line that tells the story's language (long prose,
/// not menus in the frame's language).
pub(crate) const LANGUAGE_PROSE_MIN_WORDS: usize = 30;
/// Fewest words for the Title Case test of a headline.
pub(crate) const TITLE_CASE_MIN_WORDS: usize = 4;
/// Share of capitalised words that makes a line Title Case (German nouns
/// alone stay below it).
pub(crate) const TITLE_CASE_SHARE: f64 = 0.7;
/// Characters that count as one word in scripts written without spaces (CJK).
pub(crate) const CJK_CHARS_PER_WORD: usize = 2;

/// Most words of a line that a chrome cue phrase marks as chrome.
pub(crate) const CUE_MAX_WORDS: usize = 25;
/// Most words of a line matched against whole-line chrome phrases as a prefix.
pub(crate) const LINE_PREFIX_MAX_WORDS: usize = 6;
/// Most words of a line read as a share bar or menu of chrome words only.
pub(crate) const SHARE_BAR_MAX_WORDS: usize = 24;
/// Most words of a repeated line treated as chrome (long repeats are rare story text).
pub(crate) const REPEAT_MAX_WORDS: usize = 30;
/// Most words of a menu item: runs of such short lines are navigation.
pub(crate) const MENU_ITEM_MAX_WORDS: usize = 4;
/// Fewest short lines in a row that make a menu run.
pub(crate) const MENU_RUN_MIN: usize = 3;

/// Most words of a cookie-consent line (longer ones are story text about cookies).
pub(crate) const CONSENT_MAX_WORDS: usize = 120;
/// Lines below a cookie notice that belong to the consent dialog.
pub(crate) const CONSENT_ZONE_LINES: usize = 12;
/// Most words of a line that opens the comments ("38 Comments").
pub(crate) const COMMENT_MARKER_MAX_WORDS: usize = 8;
/// Story words that must come before a comments marker (a "2 comments" link
/// under the headline is not the comments section).
pub(crate) const COMMENTS_AFTER_WORDS: usize = 60;
/// Weight of readers' comments in the region search: they are prose but not the story.
pub(crate) const COMMENT_DAMPING: f64 = 0.2;

/// Weight of bulleted prose in the region search: lists of teasers look so;
/// a story's own list is introduced by a line ending in a colon.
pub(crate) const BULLET_DAMPING: f64 = 0.7;
/// Score of a chrome block in the main-region search (in words).
pub(crate) const BAD_PENALTY: f64 = 6.0;
/// Score of a line that is chrome by position or repetition only (menu
/// runs, repeated lines, dates): code and tables in a story look alike.
pub(crate) const WEAK_BAD_PENALTY: f64 = 5.0;
/// Score of a line without letters or a placeholder (chart labels, image slots).
pub(crate) const JUNK_PENALTY: f64 = 3.0;
/// Score of a short, undecided block in the main-region search (in words).
pub(crate) const NEUTRAL_PENALTY: f64 = 2.0;
/// Words of a story block beyond this count no further in the region search.
pub(crate) const GOOD_WORDS_CAP: f64 = 120.0;

/// Lines below a byline or date line within which the first story
/// paragraph opens the story: it weighs more in the region search.
pub(crate) const ANCHOR_WINDOW: usize = 3;
/// Fewest words of a byline or date line that anchors the story.
pub(crate) const ANCHOR_MIN_WORDS: usize = 2;
/// Extra score (in words) of the paragraph right under a byline or date.
pub(crate) const ANCHOR_BONUS: f64 = 40.0;

/// Most non-chrome lines between the region and a story line just outside
/// it that the region grows across (jusText-style context).
pub(crate) const EXTEND_MAX_GAP: usize = 3;

/// Fewest words of a chrome line that can end the story ("Related
/// articles"; one-word "Advertisement" breaks appear mid-story).
pub(crate) const TAIL_MARKER_MIN_WORDS: usize = 2;
/// The region ends at such a line when the story text after it is less than
/// this share of the story text before it.
pub(crate) const TAIL_CUT_SHARE: f64 = 0.25;

/// A paragraph under a byline at the end of the story is its author's bio
/// when the story above has at least this many times its words.
pub(crate) const BIO_STORY_RATIO: usize = 4;
/// How many story lines at the end of the region are checked for an author's bio.
pub(crate) const BIO_TAIL_LINES: usize = 2;

/// Most words inside a caption's closing "(Name/Agency)" credit.
pub(crate) const CREDIT_MAX_WORDS: usize = 6;

/// Lines around the main region searched for further parts of the story.
pub(crate) const SIDE_WINDOW: usize = 100;
/// Least score (about words) of a further part of the story.
pub(crate) const SIDE_MIN_SCORE: f64 = 40.0;
/// Least score of a further part as a share of the main region's.
pub(crate) const SIDE_MIN_SHARE: f64 = 0.25;

/// Lines above the story searched for its intro paragraph (past a table
/// of contents, a share bar, a paywall box).
pub(crate) const INTRO_MAX_ABOVE: usize = 60;
/// Fewest words of an intro paragraph above the story.
pub(crate) const INTRO_MIN_WORDS: usize = 12;

/// Fewest words of a sentence right above the story read as its lead.
pub(crate) const LEAD_MIN_WORDS: usize = 8;
/// How many lines under the headline a standfirst is looked for (past a
/// byline, a date, a photo credit).
pub(crate) const STANDFIRST_MAX_BELOW_TITLE: usize = 4;
/// Most words of a share-bar item ("Facebook", "E-Mail") skipped between
/// the headline and the standfirst.
pub(crate) const SHARE_ITEM_MAX_WORDS: usize = 2;
/// Fewest words of a subtitle under the headline (a line without closing
/// punctuation that states the story's gist; shorter ones are labels).
pub(crate) const SUBTITLE_MIN_WORDS: usize = 8;
/// Most words of a salutation opening a letter or a speech ("Dear friends,").
pub(crate) const SALUTATION_MAX_WORDS: usize = 6;
/// Most lines above the region taken as its opening (subtitle, first sentence).
pub(crate) const OPENING_MAX_LINES: usize = 3;
/// Most header lines (photo credit, date, byline, reading time) skipped above the region.
pub(crate) const OPENING_MAX_SKIPS: usize = 3;
/// Most words of a chrome line ("Share", "3 min read") skipped above the region.
pub(crate) const OPENING_SKIP_CHROME_WORDS: usize = 6;
/// Fewest words of a sentence just above the region read as its opening.
pub(crate) const OPENING_MIN_SENTENCE_WORDS: usize = 3;
/// Fewest words of a sentence right below the story read as its closing line.
pub(crate) const CLOSING_MIN_WORDS: usize = 5;

/// Most words of a short line kept as a subheading inside the story.
pub(crate) const HEADING_MAX_WORDS: usize = 10;
/// A line of at least this many words without end punctuation between two
/// story paragraphs is a teaser headline for another story (subheadings are shorter).
pub(crate) const TEASER_MIN_WORDS: usize = 11;
/// Longer lines without end punctuation are paragraphs, not headlines.
pub(crate) const TEASER_MAX_WORDS: usize = 14;

/// Fewest words of a headline.
pub(crate) const TITLE_MIN_WORDS: usize = 3;
/// Most share of digits in a headline (dates, scores and prices are not headlines).
pub(crate) const TITLE_MAX_DIGIT_SHARE: f64 = 0.25;
/// Most words of a headline.
pub(crate) const TITLE_MAX_WORDS: usize = 30;
/// Most words on either side of the colon of a "Label: value" line, which
/// is no headline.
pub(crate) const LABEL_MAX_WORDS: usize = 2;
/// How many non-empty lines above the story a headline is looked for.
pub(crate) const TITLE_LOOKBACK: usize = 14;
/// Menu lines in a row that end the search for a headline above the story:
/// the headline is the first headline-like line below them.
pub(crate) const TITLE_WALL_LINES: usize = 2;
/// Lines a byline or date may sit below the headline (an image placeholder
/// between them): a headline-like line right above one is the headline.
pub(crate) const TITLE_HEADER_GAP: usize = 2;
/// Words that make a line above the byline an author label ("Artikel von
/// …", "Post author By …"), not the headline.
pub(crate) const AUTHOR_LABEL_WORDS: &[&str] = &[
    "by", "von", "author", "autor", "auteur", "autore", "par", "por",
];
/// How many non-empty lines above the story the header (byline, date) spans
/// when no headline was found.
pub(crate) const HEADER_LOOKBACK_NO_TITLE: usize = 4;
/// Lines above the story searched for a publication date when the header has none.
pub(crate) const DATE_LOOKBACK: usize = 8;
/// Lines at the top of a dump whose bare date is the site header's today.
pub(crate) const SITE_HEADER_LINES: usize = 2;
/// Lines into the story searched for a publication date.
pub(crate) const DATE_LOOKAHEAD: usize = 3;
/// Most tokens of a line that is mostly a date (a date and time take about
/// a dozen, three more are allowed around them).
pub(crate) const DATE_LINE_MAX_TOKENS: usize = 24;
/// Most words of a line read as a dateline of the story.
pub(crate) const DATE_LINE_MAX_WORDS: usize = 20;
/// More dated lines than this near the story are a list of other stories.
pub(crate) const DATE_MAX_CANDIDATES: usize = 2;
/// Most words of a byline.
pub(crate) const BYLINE_MAX_WORDS: usize = 12;
/// Most words of a site name.
pub(crate) const SITE_MAX_WORDS: usize = 6;

/// Longest line taken as a photo caption, in words: captions are short, and a
/// lead paragraph that a page glued a photo credit onto ("… negotiations.
/// Quad leaders. (File Photo)") is story.
pub(crate) const CAPTION_MAX_WORDS: usize = 40;
/// A caption describes one picture in one short sentence: a line that opens
/// with a sentence this long, and goes on, is a lead paragraph with a
/// caption or credit glued on.
pub(crate) const CAPTION_MAX_SENTENCE_WORDS: usize = 30;
