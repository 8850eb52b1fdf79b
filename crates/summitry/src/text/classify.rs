//! Line features and classes without a DOM: length, sentence punctuation,
//! stop-word density (jusText-style), chrome phrases, repetition, menu runs,
//! digits-only lines; then the main story region (a maximum-sum run) and the
//! per-line decision inside it.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::chrome::CHROME_LINES;
use super::dates;
use super::lines::Line;
use super::scan::{cue, Scan};
use super::shape::{
    ends_sentence, ends_with_photo_credit, first_sentence_words, is_breadcrumb, is_byline_lower,
    is_code, is_copyright, is_date_line, is_placeholder, key, title_case,
};
use super::weights::*;

/// What a line is, before its neighbours are looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Story text on its own merits.
    Good,
    /// Too short to tell: a heading, a list item, a label.
    Neutral,
    /// Site chrome.
    Bad,
}

/// The features of one line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Feat {
    /// Words (CJK characters count by pairs).
    pub(crate) words: usize,
    /// Ends with sentence punctuation.
    pub(crate) ends_sentence: bool,
    /// Share of stop words of the page language.
    pub(crate) stop_density: f64,
    /// Matches a chrome phrase, copyright, breadcrumb, counter or placeholder.
    pub(crate) chrome: bool,
    /// Chrome by shape only: no letters (chart labels, times) or a placeholder.
    pub(crate) junk: bool,
    /// Occurs more than once in the dump.
    pub(crate) repeated: bool,
    /// A photo caption or credit.
    pub(crate) caption: bool,
    /// A date, byline or "Published …" line: header metadata.
    pub(crate) header: bool,
    /// A line of program code or markup (kept inside a story, never chrome).
    pub(crate) code: bool,
    /// A numbered list item ("10. Name").
    pub(crate) numbered: bool,
    /// A bulleted line (a list item, or a teaser in a list of links).
    pub(crate) bullet: bool,
    /// An item of a list that a line ending in a colon introduces.
    pub(crate) listed: bool,
    /// Below the start of the readers' comments.
    pub(crate) in_comments: bool,
    /// The class from all of the above.
    pub(crate) class: Class,
}

/// Splits glued words of share bars: "TwitterEmail" → "twitter email".
fn split_camel(t: &str) -> String {
    let mut out = String::with_capacity(t.len() + 8);
    let mut prev_lower = false;
    for c in t.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        out.push(c);
    }
    out
}

/// Whether a token is a reaction counter ("Love0", "Sad12").
fn is_counter(w: &str) -> bool {
    let letters = w.chars().take_while(|c| c.is_alphabetic()).count();
    let rest = w.chars().skip(letters).count();
    letters > 0 && rest > 0 && w.chars().skip(letters).all(|c| c.is_ascii_digit())
}

/// The chrome lexicons, keyed once per process.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::new);

/// The chrome lexicons, keyed once per run.
pub(crate) struct Lexicon {
    lines: FxHashSet<String>,
    /// Bytes of the longest whole-line phrase key: longer keys skip the lookup.
    max_len: usize,
    multi_word: FxHashSet<String>,
    single_word: FxHashSet<String>,
}

impl Lexicon {
    /// The shared lexicon, built on first use.
    pub(crate) fn shared() -> &'static Lexicon {
        &LEXICON
    }

    /// Keys the phrase tables.
    pub(crate) fn new() -> Self {
        let lines: FxHashSet<String> = CHROME_LINES.iter().map(|p| key(p)).collect();
        let multi_word = lines.iter().filter(|p| p.contains(' ')).cloned().collect();
        let single_word = lines.iter().filter(|p| !p.contains(' ')).cloned().collect();
        let max_len = lines.iter().map(String::len).max().unwrap_or(0);
        Lexicon {
            lines,
            max_len,
            multi_word,
            single_word,
        }
    }

    /// Whether the line `text`, scanned as `sc`, is site chrome by its words alone.
    pub(crate) fn is_chrome(&self, text: &str, sc: &Scan) -> bool {
        let (k, words) = (sc.key.as_str(), sc.words);
        if k.is_empty() {
            // No letters or digits at all: separators, placeholders.
            return true;
        }
        if k.len() <= self.max_len && self.lines.contains(k) {
            return true;
        }
        // A multi-word chrome phrase followed by more words: look up each
        // word-boundary prefix of the key (words, not phrases, bound the work).
        if words <= LINE_PREFIX_MAX_WORDS
            && k.match_indices(' ')
                .any(|(i, _)| k.get(..i).is_some_and(|p| self.multi_word.contains(p)))
        {
            return true;
        }
        // Share bars and menus on one line: every word a chrome word. Without
        // a lower-to-upper step the camel split changes nothing.
        let chrome_words = |s: &str| {
            s.split(' ').all(|w| {
                self.single_word.contains(w) || is_counter(w) || w == "link" || w == "copy"
            })
        };
        if words <= SHARE_BAR_MAX_WORDS {
            let all = if has_camel_step(text) {
                chrome_words(&key(&split_camel(text)))
            } else {
                chrome_words(k)
            };
            if all {
                return true;
            }
        }
        if words <= CUE_MAX_WORDS && sc.has(cue::CHROME) {
            return true;
        }
        if is_consent(sc) || sc.has(cue::PREFIX | cue::STRONG) {
            return true;
        }
        is_copyright(text) || is_breadcrumb(text) || is_placeholder(text) || !sc.has_letter
    }
}

/// Whether `split_camel` would insert a space: a lowercase letter or digit
/// followed by an uppercase one.
fn has_camel_step(t: &str) -> bool {
    let mut prev_lower = false;
    for c in t.chars() {
        if c.is_uppercase() && prev_lower {
            return true;
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    false
}

/// A cookie-consent notice: "cookie" with a word about the site or consent.
fn is_consent(sc: &Scan) -> bool {
    sc.words <= CONSENT_MAX_WORDS && sc.has(cue::COOKIE) && sc.has(cue::CONSENT)
}

/// A short line opening the readers' comments ("38 Comments", "Peter says:").
pub(crate) fn is_comment_marker(sc: &Scan) -> bool {
    if sc.words > COMMENT_MARKER_MAX_WORDS {
        return false;
    }
    let lower = sc.lower.as_str();
    let says = [
        "says:",
        "sagt:",
        "dit :",
        "dit:",
        "dice:",
        "scrive:",
        "schreibt:",
        "wrote:",
    ]
    .iter()
    .any(|c| lower.ends_with(c));
    says || sc.has(cue::COMMENT)
}

/// Features and classes of every line, from the lines' scans.
///
/// `lang` is the page language (an index into `STOP_WORDS`). `relaxed` is
/// the fallback for pages where nothing reads as a story paragraph: any
/// line of a few words that is not chrome counts as story.
pub(crate) fn features(
    lines: &[Line],
    scans: &[Scan],
    lang: Option<usize>,
    lex: &Lexicon,
    relaxed: bool,
) -> Vec<Feat> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for sc in scans {
        *counts.entry(sc.key.as_str()).or_default() += 1;
    }
    let mut feats: Vec<Feat> = lines
        .iter()
        .zip(scans)
        .map(|(l, sc)| {
            let t = l.text.as_str();
            let words = sc.words;
            let stop_density = sc.stop_density(lang);
            let chrome = lex.is_chrome(t, sc);
            let junk = is_placeholder(t) || !sc.has_letter;
            let repeated = counts.get(sc.key.as_str()).copied().unwrap_or(0) > 1;
            let caption = words <= CAPTION_MAX_WORDS
                && (sc.has(cue::CAPTION) || ends_with_photo_credit(t))
                && first_sentence_words(t).is_none_or(|n| n < CAPTION_MAX_SENTENCE_WORDS);
            let dated_header = words <= BYLINE_MAX_WORDS + 4
                && sc.has(cue::PUBLISHED | cue::MODIFIED)
                && dates::find(t).is_some();
            // A date spans a dozen tokens at most: longer lines skip the parse.
            let header = sc.tokens <= DATE_LINE_MAX_TOKENS && is_date_line(t)
                || (sc.has(cue::BYLINE) || t.starts_with("By"))
                    && is_byline_lower(t, &sc.lower, words)
                || dated_header;
            let ends = ends_sentence(t);
            let code = is_code(t) && !is_placeholder(t);
            let class = if code {
                Class::Neutral
            } else if chrome || header || (repeated && words <= REPEAT_MAX_WORDS) {
                Class::Bad
            } else if words >= GOOD_MIN_WORDS
                && (ends || words >= GOOD_LONG_WORDS)
                && stop_density >= GOOD_MIN_STOP_DENSITY
                && !(words <= TEASER_MAX_WORDS && title_case(t))
                || relaxed && words >= RELAXED_MIN_WORDS
            {
                Class::Good
            } else {
                Class::Neutral
            };
            Feat {
                words,
                ends_sentence: ends,
                stop_density,
                chrome,
                junk,
                repeated,
                caption,
                header,
                code,
                numbered: l.numbered,
                bullet: l.bullet,
                listed: false,
                in_comments: false,
                class,
            }
        })
        .collect();
    mark_lists(lines, &mut feats);
    if !relaxed {
        // A page with no story paragraph at all keeps its short lines.
        mark_menu_runs(lines, &mut feats);
    }
    mark_comments(scans, &mut feats);
    mark_consent(scans, &mut feats);
    feats
}

/// [`features`] of `lines`, scanned here, in the page language (tests).
#[cfg(test)]
pub(crate) fn features_of(lines: &[Line], relaxed: bool) -> Vec<Feat> {
    let scans = super::scan::scan(lines);
    let lang = if relaxed {
        None
    } else {
        super::scan::language(&scans)
    };
    features(lines, &scans, lang, &Lexicon::new(), relaxed)
}

/// Lines just below a cookie-consent notice are the consent dialog (its
/// options explained in full sentences): weighed like comments.
fn mark_consent(scans: &[Scan], feats: &mut [Feat]) {
    let mut until = 0usize;
    for (i, sc) in scans.iter().enumerate() {
        if is_consent(sc) {
            until = i + CONSENT_ZONE_LINES;
        }
        if i < until {
            if let Some(f) = feats.get_mut(i) {
                f.in_comments = true;
            }
        }
    }
}

/// Lines below the first comment marker that follows story text are in the
/// comments section.
fn mark_comments(scans: &[Scan], feats: &mut [Feat]) {
    let mut story_seen = 0usize;
    let mut from = None;
    for (i, (sc, f)) in scans.iter().zip(feats.iter()).enumerate() {
        // Repeated prose is a teaser in a menu, not story text.
        if f.class == Class::Good && !f.repeated {
            story_seen += f.words;
        } else if story_seen >= COMMENTS_AFTER_WORDS && is_comment_marker(sc) {
            from = Some(i);
            break;
        }
    }
    if let Some(from) = from {
        for f in feats.iter_mut().skip(from) {
            f.in_comments = true;
        }
        if let Some(f) = feats.get_mut(from) {
            f.class = Class::Bad;
        }
    }
}

/// Bulleted or numbered lines right below a line ending in a colon ("Die
/// Regeln:") are a list of the text, not a menu.
fn mark_lists(lines: &[Line], feats: &mut [Feat]) {
    let mut open = false;
    for (l, f) in lines.iter().zip(feats.iter_mut()) {
        let item = l.bullet || l.numbered;
        if open && item && !f.chrome {
            f.listed = true;
            continue;
        }
        open = !item && l.text.ends_with(':') && !f.chrome;
    }
}

/// Runs of short non-sentence lines (or short bullets) are navigation.
fn mark_menu_runs(lines: &[Line], feats: &mut [Feat]) {
    let short: Vec<bool> = lines
        .iter()
        .zip(feats.iter())
        .map(|(l, f)| {
            !l.numbered
                && !f.listed
                && !f.code
                && (f.words <= MENU_ITEM_MAX_WORDS && !f.ends_sentence
                    || l.bullet && f.class == Class::Bad)
        })
        .collect();
    let short = |i: usize| short.get(i).copied().unwrap_or(false);
    let mut i = 0;
    while i < lines.len() {
        if !short(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && short(i) {
            i += 1;
        }
        if i - start >= MENU_RUN_MIN {
            for f in feats.iter_mut().take(i).skip(start) {
                f.class = Class::Bad;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::lines::split;
    use super::*;

    #[test]
    fn camel_steps() {
        assert!(has_camel_step("TwitterEmail"));
        assert!(!has_camel_step("Twitter Email"));
    }

    fn classes(src: &str) -> Vec<Class> {
        let lines = split(src);
        features_of(&lines, false)
            .into_iter()
            .map(|f| f.class)
            .collect()
    }

    const PARA: &str = "The two leaders met in the capital on Thursday and agreed that their countries would resume talks.";

    #[test]
    fn story_sentences_are_good() {
        assert_eq!(classes(PARA), vec![Class::Good]);
    }

    #[test]
    fn chrome_phrases_are_bad() {
        for l in [
            "Share",
            "Share This Article",
            "Twitter Email Copy Link Print",
            "Facebook TwitterEmail Print",
            "Love0",
            "Have an existing account? Sign In",
            "Das Passwort muss mindestens 8 Zeichen lang sein.",
            "Forgot your password?",
            "© 2024 Example News. All Rights Reserved.",
            "Home > World > Leaders meet",
            "02:22",
            "Teilen",
            "Lire aussi",
            "By using this site, you agree to the Privacy Policy and Terms of Use.",
        ] {
            assert_eq!(classes(l), vec![Class::Bad], "{l}");
        }
    }

    #[test]
    fn repeated_short_lines_are_bad() {
        let c = classes(&format!(
            "Teaser headline about something\n{PARA}\nTeaser headline about something"
        ));
        assert_eq!(c, vec![Class::Bad, Class::Good, Class::Bad]);
    }

    #[test]
    fn menu_runs_are_bad() {
        let c = classes("World\nPolitics\nBusiness\nTech");
        assert!(c.iter().all(|&c| c == Class::Bad));
        let single = classes(&format!("{PARA}\nA heading\n{PARA}x"));
        assert_eq!(single[1], Class::Neutral);
    }

    #[test]
    fn consent_notices_are_bad() {
        assert_eq!(
            classes("This website uses cookies to improve your experience and analyse traffic."),
            vec![Class::Bad]
        );
        assert_eq!(
            classes("Diese Webseite verwendet Cookies. Indem Sie weiter die Seite besuchen, stimmen Sie zu."),
            vec![Class::Bad]
        );
    }

    #[test]
    fn consent_dialog_lines_are_marked() {
        let lines = split(&format!(
            "We use cookies to store device information on this website.\n{PARA}\nFunctional\n{PARA}"
        ));
        let f = features_of(&lines, false);
        assert!(f.iter().all(|f| f.in_comments));
    }

    #[test]
    fn numbered_items_are_not_menus() {
        let c = classes("1. Ronnie Dio\n2. Freddie Mercury\n3. Rob Halford\n4. Bruce Dickinson");
        assert!(c.iter().all(|&c| c == Class::Neutral));
    }

    #[test]
    fn relaxed_pages_keep_short_lines() {
        let lines = split("abc\ndef\nghi");
        let f = features_of(&lines, true);
        assert!(f.iter().all(|f| f.class == Class::Good));
    }

    #[test]
    fn header_lines_are_bad() {
        assert_eq!(classes("By Jane Doe"), vec![Class::Bad]);
        assert_eq!(classes("Published August 19, 2022"), vec![Class::Bad]);
        assert_eq!(classes("Saturday, 7 Jun 2025"), vec![Class::Bad]);
    }

    #[test]
    fn language_of_the_prose_not_the_frame() {
        let frame = "About this capture and the crawl of the site\nIt is in the archive of the web\nThis is a page of the collection\n".repeat(4);
        let story = "Der Minister sagte, dass die Gespräche mit den Nachbarn auf einem guten Weg sind und dass sie bald in der Hauptstadt weitergehen, wenn die Regierung dem Plan zustimmt und die Opposition nicht mehr dagegen ist.";
        let lines = split(&format!("{frame}{story}"));
        let lang = super::super::scan::language(&super::super::scan::scan(&lines));
        assert_eq!(lang.and_then(super::super::scan::tag), Some("de"));
    }

    #[test]
    fn language_guess() {
        let lines = split("Der Minister sagte, dass die Gespräche mit den Nachbarn auf einem guten Weg sind und bald weitergehen.");
        let lang = |l: &[Line]| super::super::scan::language(&super::super::scan::scan(l));
        assert_eq!(lang(&lines).and_then(super::super::scan::tag), Some("de"));
        assert_eq!(
            lang(&split(PARA)).and_then(super::super::scan::tag),
            Some("en")
        );
    }
}
