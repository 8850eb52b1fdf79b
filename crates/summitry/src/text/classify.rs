//! Line features and classes without a DOM: length, sentence punctuation,
//! stop-word density (jusText-style), chrome phrases, repetition, menu runs,
//! digits-only lines; then the main story region (a maximum-sum run) and the
//! per-line decision inside it.

use std::collections::{HashMap, HashSet};

use super::chrome::{
    BIO_VERBS, BYLINE_CUES, CAPTION_CUES, CHROME_CUES, CHROME_LINES, CHROME_PREFIXES,
    CHROME_STRONG_CUES, COMMENT_MARKERS, CONSENT_CONTEXT, MODIFIED_CUES, PUBLISHED_CUES,
    STOP_WORDS,
};
use super::dates;
use super::lines::Line;
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
    /// Below the start of the readers' comments.
    pub(crate) in_comments: bool,
    /// The class from all of the above.
    pub(crate) class: Class,
}

/// Lowercase key of a line: letters, digits, apostrophes and inner spaces.
pub(crate) fn key(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut space = false;
    for c in t.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(if c == '’' { '\'' } else { c });
        } else {
            space = true;
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af)
}

/// Words of a line; CJK characters count `CJK_CHARS_PER_WORD` to a word.
pub(crate) fn word_count(t: &str) -> usize {
    let spaced = t.split_whitespace().count();
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    spaced + cjk / CJK_CHARS_PER_WORD
}

/// Whether `t` ends like a sentence.
pub(crate) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end();
    let mut rev = t.chars().rev();
    match rev.next() {
        Some('.' | '!' | '?' | ')' | '…' | '。' | '！' | '？' | ';' | ':') => true,
        // A closing quote ends a sentence when punctuation precedes it
        // ("… he said.”); a headline ends on the quoted word ("… ‘come home’").
        Some('"' | '”' | '’' | '»' | '“' | '\'') => rev
            .next()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ',' | '"' | '”' | '’' | '»')),
        _ => false,
    }
}

/// Whether most words are capitalised, as in an English headline.
pub(crate) fn title_case(t: &str) -> bool {
    let mut n = 0usize;
    let mut caps = 0usize;
    for w in t.split_whitespace() {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        n += 1;
        caps += usize::from(c.is_uppercase());
    }
    n >= TITLE_CASE_MIN_WORDS && caps as f64 >= n as f64 * TITLE_CASE_SHARE
}

fn lower_words(t: &str) -> impl Iterator<Item = String> + '_ {
    t.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// The page language: the stop-word list with most hits over the lines.
pub(crate) fn language(lines: &[Line]) -> Option<&'static str> {
    let mut sets: Vec<(&str, HashSet<&str>, usize)> = STOP_WORDS
        .iter()
        .map(|(l, w)| (*l, w.iter().copied().collect(), 0))
        .collect();
    let mut total = 0usize;
    for l in lines {
        for w in lower_words(&l.text) {
            total += 1;
            for (_, set, n) in sets.iter_mut() {
                if set.contains(w.as_str()) {
                    *n += 1;
                }
            }
        }
    }
    let (lang, _, hits) = sets.into_iter().max_by_key(|(_, _, n)| *n)?;
    (hits >= 5 && hits * 10 >= total).then_some(lang)
}

fn stop_set(lang: Option<&str>) -> Option<HashSet<&'static str>> {
    let (_, words) = STOP_WORDS.iter().find(|(l, _)| Some(*l) == lang)?;
    Some(words.iter().copied().collect())
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

/// The chrome lexicons, keyed once per run.
pub(crate) struct Lexicon {
    lines: HashSet<String>,
    multi_word: Vec<String>,
    single_word: HashSet<String>,
}

impl Lexicon {
    /// Keys the phrase tables.
    pub(crate) fn new() -> Self {
        let lines: HashSet<String> = CHROME_LINES.iter().map(|p| key(p)).collect();
        let multi_word = lines.iter().filter(|p| p.contains(' ')).cloned().collect();
        let single_word = lines.iter().filter(|p| !p.contains(' ')).cloned().collect();
        Lexicon {
            lines,
            multi_word,
            single_word,
        }
    }

    /// Whether the line is site chrome by its words alone.
    pub(crate) fn is_chrome(&self, text: &str, k: &str, words: usize) -> bool {
        if k.is_empty() {
            // No letters or digits at all: separators, placeholders.
            return true;
        }
        if self.lines.contains(k) {
            return true;
        }
        if words <= LINE_PREFIX_MAX_WORDS
            && self.multi_word.iter().any(|p| {
                k.starts_with(p.as_str()) && k.get(p.len()..).is_some_and(|r| r.starts_with(' '))
            })
        {
            return true;
        }
        let split = key(&split_camel(text));
        if split
            .split(' ')
            .all(|w| self.single_word.contains(w) || is_counter(w) || w == "link" || w == "copy")
        {
            return true;
        }
        let lower = text.to_lowercase();
        if words <= CUE_MAX_WORDS && CHROME_CUES.iter().any(|c| lower.contains(c)) {
            return true;
        }
        if is_consent(&lower, words) {
            return true;
        }
        if starts_with_cue(&lower, CHROME_PREFIXES)
            || CHROME_PREFIXES
                .iter()
                .any(|p| p.contains(' ') && lower.starts_with(p))
            || CHROME_STRONG_CUES.iter().any(|c| lower.contains(c))
        {
            return true;
        }
        is_copyright(text) || is_breadcrumb(text) || is_placeholder(text) || no_letters(text)
    }
}

/// A cookie-consent notice: "cookie" with a word about the site or consent.
fn is_consent(lower: &str, words: usize) -> bool {
    words <= CONSENT_MAX_WORDS
        && lower.contains("cookie")
        && CONSENT_CONTEXT.iter().any(|c| lower.contains(c))
}

/// A short line opening the readers' comments ("38 Comments", "Peter says:").
pub(crate) fn is_comment_marker(t: &str, words: usize) -> bool {
    if words > COMMENT_MARKER_MAX_WORDS {
        return false;
    }
    let lower = t.to_lowercase();
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
    says || contains_cue(&lower, COMMENT_MARKERS)
}

/// "© 2024 Site. All Rights Reserved.", "Copyright 2019 …".
pub(crate) fn is_copyright(t: &str) -> bool {
    let l = t.trim_start().to_lowercase();
    l.starts_with('©') || l.starts_with("(c)") || l.starts_with("copyright")
}

/// "Site > Section > Title".
pub(crate) fn is_breadcrumb(t: &str) -> bool {
    breadcrumb_parts(t).len() >= 3
}

/// The parts of a breadcrumb line, or one part when it is none.
pub(crate) fn breadcrumb_parts(t: &str) -> Vec<&str> {
    for sep in [" > ", " › ", " » ", " / "] {
        let parts: Vec<&str> = t.split(sep).map(str::trim).collect();
        let capitalised = |p: &&str| {
            p.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || !c.is_alphabetic())
        };
        if parts.len() >= 3
            && parts.iter().all(|p| !p.is_empty())
            && parts.iter().take(parts.len() - 1).all(capitalised)
        {
            if sep == " / "
                && parts
                    .iter()
                    .take(parts.len() - 1)
                    .any(|p| p.split(' ').count() > 3)
            {
                continue;
            }
            return parts;
        }
    }
    vec![t]
}

/// A line of program code or markup: brackets-only lines, statements,
/// tags, comments.
pub(crate) fn is_code(t: &str) -> bool {
    if !t.is_empty() && t.chars().all(|c| "{}[]();,".contains(c)) {
        return true;
    }
    let starts = t.starts_with("//") || t.starts_with("/*") || t.starts_with("#include");
    let tag = t.starts_with('<') && t.ends_with('>') && !t.starts_with("<<");
    let statement = t.ends_with(['{', ';']) && t.contains(['(', '=', '{', '"']);
    let call = t.contains("=>") || t.contains("();") || t.contains("function(");
    starts || tag || statement || call
}

/// A caption's closing credit: "(Jane Doe/Agency)".
fn ends_with_photo_credit(t: &str) -> bool {
    let Some(open) = t
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rfind('(').map(|i| (r, i)))
    else {
        return false;
    };
    let (r, i) = open;
    let inside = r.get(i + 1..).unwrap_or("");
    inside.contains('/')
        && inside.split_whitespace().count() <= CREDIT_MAX_WORDS
        && !inside.contains("//")
}

/// A w3m image or form placeholder ("[logo]", "[          ]"), or a
/// tracking-pixel tag that leaked as text.
fn is_placeholder(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(']') || t.contains("<img ") || t.contains("src=\"http")
}

/// Only digits, punctuation and symbols: "02:22", "23", "1/5".
fn no_letters(t: &str) -> bool {
    !t.chars().any(char::is_alphabetic)
}

/// Whether the line starts with one of `cues` as whole words.
pub(crate) fn starts_with_cue(lower: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| {
        lower.starts_with(c)
            && lower
                .get(c.len()..)
                .and_then(|r| r.chars().next())
                .is_none_or(|n| !n.is_alphanumeric())
    })
}

/// Whether the line contains one of `cues` as whole words.
pub(crate) fn contains_cue(lower: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| {
        lower.match_indices(c).any(|(i, _)| {
            let before = lower.get(..i).and_then(|r| r.chars().next_back());
            let after = lower.get(i + c.len()..).and_then(|r| r.chars().next());
            before.is_none_or(|b| !b.is_alphanumeric())
                && after.is_none_or(|a| !a.is_alphanumeric())
        })
    })
}

/// Whether the line is mostly a date (with a weekday or a cue around it).
pub(crate) fn is_date_line(t: &str) -> bool {
    match dates::find(t) {
        Some(f) => dates::token_count(t) <= f.tokens + 3,
        None => false,
    }
}

/// Whether the line is a byline: "By Jane Doe", "Von Max Muster".
pub(crate) fn is_byline(t: &str, words: usize) -> bool {
    if !(2..=BYLINE_MAX_WORDS).contains(&words) {
        return false;
    }
    let lower = t.to_lowercase();
    let glued = t
        .strip_prefix("By")
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    if glued {
        return true;
    }
    if !starts_with_cue(&lower, BYLINE_CUES) {
        return false;
    }
    // The rest must start with a capitalised word.
    let rest = t.split_once(' ').map(|(_, r)| r).unwrap_or("");
    rest.chars().next().is_some_and(char::is_uppercase) && !ends_sentence(t.trim_end_matches('.'))
}

/// Whether the line states when the story was published or updated.
pub(crate) fn is_dated_header(t: &str, words: usize) -> bool {
    if words > BYLINE_MAX_WORDS + 4 {
        return false;
    }
    let lower = t.to_lowercase();
    (contains_cue(&lower, PUBLISHED_CUES) || contains_cue(&lower, MODIFIED_CUES))
        && dates::find(t).is_some()
}

/// Features and classes of every line.
///
/// `relaxed` is the fallback for pages where nothing reads as a story
/// paragraph: any line of a few words that is not chrome counts as story.
pub(crate) fn features(
    lines: &[Line],
    lang: Option<&str>,
    lex: &Lexicon,
    relaxed: bool,
) -> Vec<Feat> {
    let stops = stop_set(lang);
    let keys: Vec<String> = lines.iter().map(|l| key(&l.text)).collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        *counts.entry(k.as_str()).or_default() += 1;
    }
    let mut feats: Vec<Feat> = lines
        .iter()
        .zip(&keys)
        .map(|(l, k)| {
            let t = l.text.as_str();
            let words = word_count(t);
            let stop_density = match &stops {
                Some(s) => {
                    let mut n = 0usize;
                    let mut hit = 0usize;
                    for w in lower_words(t) {
                        n += 1;
                        hit += usize::from(s.contains(w.as_str()));
                    }
                    if n == 0 {
                        0.0
                    } else {
                        hit as f64 / n as f64
                    }
                }
                None => 1.0,
            };
            let lower = t.to_lowercase();
            let chrome = lex.is_chrome(t, k, words);
            let junk = is_placeholder(t) || no_letters(t);
            let repeated = counts.get(k.as_str()).copied().unwrap_or(0) > 1;
            let caption =
                CAPTION_CUES.iter().any(|c| lower.contains(c)) || ends_with_photo_credit(t);
            let header = is_date_line(t) || is_byline(t, words) || is_dated_header(t, words);
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
                in_comments: false,
                class,
            }
        })
        .collect();
    if !relaxed {
        // A page with no story paragraph at all keeps its short lines.
        mark_menu_runs(lines, &mut feats);
    }
    mark_comments(lines, &mut feats);
    feats
}

/// Lines below the first comment marker that follows story text are in the
/// comments section.
fn mark_comments(lines: &[Line], feats: &mut [Feat]) {
    let mut story_seen = 0usize;
    let mut from = None;
    for (i, (l, f)) in lines.iter().zip(feats.iter()).enumerate() {
        if f.class == Class::Good {
            story_seen += f.words;
        } else if story_seen >= COMMENTS_AFTER_WORDS && is_comment_marker(&l.text, f.words) {
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

/// Runs of short non-sentence lines (or short bullets) are navigation.
fn mark_menu_runs(lines: &[Line], feats: &mut [Feat]) {
    let short: Vec<bool> = lines
        .iter()
        .zip(feats.iter())
        .map(|(l, f)| {
            !l.numbered
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

/// The score of a line in the main-region search.
fn region_score(f: &Feat) -> f64 {
    match f.class {
        Class::Good if f.in_comments => (f.words as f64).min(GOOD_WORDS_CAP) * COMMENT_DAMPING,
        Class::Good => (f.words as f64).min(GOOD_WORDS_CAP),
        Class::Bad if f.chrome && !f.junk => -BAD_PENALTY,
        Class::Bad if f.junk => -JUNK_PENALTY,
        Class::Bad => -WEAK_BAD_PENALTY,
        Class::Neutral if f.ends_sentence || f.caption || f.code || f.numbered => 0.0,
        Class::Neutral => -NEUTRAL_PENALTY,
    }
}

/// Words of story lines in `start..=end`.
pub(crate) fn good_words(feats: &[Feat], start: usize, end: usize) -> usize {
    feats
        .iter()
        .take(end + 1)
        .skip(start)
        .filter(|f| f.class == Class::Good)
        .map(|f| f.words)
        .sum()
}

/// The main story region: the run of lines with the largest score
/// (Kadane's maximum subarray), as an inclusive index range.
pub(crate) fn main_region(lines: &[Line], feats: &[Feat]) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut cur = 0.0;
    let mut start = 0;
    for (i, f) in feats.iter().enumerate() {
        let s = region_score(f);
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += s;
        if cur > 0.0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    best.map(|(_, s, e)| extend(feats, s, e))
        .map(|(s, e)| cut_tail(feats, s, e))
        .map(|(s, e)| cut_bio(lines, feats, s, e))
}

/// The best-scoring run inside `lo..hi` (Kadane), with its score.
fn best_run(feats: &[Feat], lo: usize, hi: usize) -> Option<(f64, usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut cur = 0.0;
    let mut start = lo;
    for i in lo..hi {
        let Some(f) = feats.get(i) else { break };
        if f.in_comments {
            break;
        }
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += region_score(f);
        if cur > 0.0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    best
}

/// Story runs near the main region `s..=e` that are large enough to be
/// parts of the same story split by a widget (an intro above a gallery, a
/// second half below an inserted box). Returned with the main region, in order.
pub(crate) fn story_parts(feats: &[Feat], s: usize, e: usize) -> Vec<(usize, usize)> {
    let main: f64 = (s..=e).filter_map(|i| feats.get(i)).map(region_score).sum();
    let enough = |sum: f64| sum >= SIDE_MIN_SCORE && sum >= main * SIDE_MIN_SHARE;
    let mut parts = Vec::new();
    let lo = s.saturating_sub(SIDE_WINDOW);
    if let Some((sum, a, b)) = best_run(feats, lo, s.saturating_sub(1)) {
        if enough(sum) {
            parts.push((a, b));
        }
    }
    parts.push((s, e));
    let hi = (e + 2 + SIDE_WINDOW).min(feats.len());
    if let Some((sum, a, b)) = best_run(feats, e + 2, hi) {
        if enough(sum) {
            parts.push((a, b));
        }
    }
    parts
}

/// An author's bio: a capitalised name of two or three words, then a
/// verb such as "is" ("Jane Doe is a professor at …").
pub(crate) fn is_bio(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().take(5).collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    if STOP_WORDS
        .iter()
        .any(|(_, ws)| ws.contains(&first.as_str()))
    {
        return false;
    }
    (2..=3).any(|n| {
        words.len() > n
            && words.iter().take(n).all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
            })
            && words
                .get(n)
                .is_some_and(|v| BIO_VERBS.contains(&v.to_lowercase().as_str()))
    })
}

/// Drops an author's bio from the end of the region.
fn cut_bio(lines: &[Line], feats: &[Feat], s: usize, e: usize) -> (usize, usize) {
    let goods: Vec<usize> = (s..=e)
        .rev()
        .filter(|&i| feats.get(i).is_some_and(|f| f.class == Class::Good))
        .take(BIO_TAIL_LINES + 1)
        .collect();
    for (k, &i) in goods.iter().enumerate().take(BIO_TAIL_LINES) {
        if lines.get(i).is_some_and(|l| is_bio(&l.text)) {
            if let Some(&prev) = goods.get(k + 1) {
                return (s, prev);
            }
        }
    }
    (s, e)
}

/// Ends the region before a chrome line ("Related articles", "Share this")
/// when what follows it holds much less story text than what precedes it:
/// the tail is teasers and widgets, not the story.
fn cut_tail(feats: &[Feat], s: usize, e: usize) -> (usize, usize) {
    let total = good_words(feats, s, e);
    let mut before = 0usize;
    for i in s..=e {
        let Some(f) = feats.get(i) else { break };
        if f.class == Class::Good {
            before += f.words;
            continue;
        }
        if !f.chrome || f.words < TAIL_MARKER_MIN_WORDS || before == 0 {
            continue;
        }
        let after = total - before;
        if (after as f64) < before as f64 * TAIL_CUT_SHARE {
            let last_good = (s..i)
                .rev()
                .find(|&j| feats.get(j).is_some_and(|f| f.class == Class::Good));
            if let Some(j) = last_good {
                return (s, j);
            }
        }
    }
    (s, e)
}

/// Whether a line may lie in a short gap that the region grows across.
fn gap_ok(f: &Feat) -> bool {
    !f.chrome && f.class != Class::Good && !f.in_comments
}

/// Grows the region over story lines just outside it, across gaps of at
/// most `EXTEND_MAX_GAP` lines that are not chrome.
fn extend(feats: &[Feat], mut s: usize, mut e: usize) -> (usize, usize) {
    loop {
        let before = (1..=EXTEND_MAX_GAP + 1)
            .take_while(|&d| d <= s)
            .find(|&d| feats.get(s - d).is_none_or(|f| !gap_ok(f)))
            .filter(|&d| {
                feats
                    .get(s - d)
                    .is_some_and(|f| f.class == Class::Good && !f.in_comments)
            });
        match before {
            Some(d) => s -= d,
            None => break,
        }
    }
    // A closing paragraph that lacks end punctuation (cut quotes).
    while feats.get(e + 1).is_some_and(|f| {
        f.class == Class::Neutral && !f.chrome && !f.in_comments && f.words > TEASER_MAX_WORDS
    }) {
        e += 1;
    }
    loop {
        let after = (1..=EXTEND_MAX_GAP + 1)
            .find(|&d| feats.get(e + d).is_none_or(|f| !gap_ok(f)))
            .filter(|&d| {
                feats
                    .get(e + d)
                    .is_some_and(|f| f.class == Class::Good && !f.in_comments)
            });
        match after {
            Some(d) => e += d,
            None => break,
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::super::lines::split;
    use super::*;

    fn classes(src: &str) -> Vec<Class> {
        let lines = split(src);
        let lang = language(&lines);
        features(&lines, lang, &Lexicon::new(), false)
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
    fn header_lines_are_bad() {
        assert_eq!(classes("By Jane Doe"), vec![Class::Bad]);
        assert_eq!(classes("Published August 19, 2022"), vec![Class::Bad]);
        assert_eq!(classes("Saturday, 7 Jun 2025"), vec![Class::Bad]);
    }

    #[test]
    fn region_skips_far_chrome() {
        let src = format!(
            "Menu\nHome\nWorld\n{PARA}\n{PARA} Again.\nShare\n{PARA} Once more.\nShare This\nPrint\nEmail\nComments\nSign in\nTerms of use\nLoved it\nAnother short one.\nThis story paragraph is far away from the rest of the story."
        );
        let lines = split(&src);
        let f = features(&lines, language(&lines), &Lexicon::new(), false);
        assert_eq!(main_region(&lines, &f), Some((3, 6)));
    }

    #[test]
    fn code_lines_are_not_chrome() {
        for l in [
            "});",
            "var cow = new Cow();",
            "<div id=\"x\"></div>",
            "// cow.js",
        ] {
            assert!(is_code(l), "{l}");
        }
        assert!(!is_code("The talks (in Bangkok) went well."));
    }

    #[test]
    fn sentence_ends_and_headlines() {
        assert!(ends_sentence("He said he would “come back.”"));
        assert!(!ends_sentence("Prisoners’ plea – ‘let us come home’"));
        assert!(title_case(
            "Trump Administration Mulls a Unilateral Tax Cut for the Rich"
        ));
        assert!(!title_case(
            "The minister said the talks went well on Monday"
        ));
    }

    #[test]
    fn photo_credits() {
        assert!(ends_with_photo_credit(
            "The minister arrives (Jane Doe/Agency)"
        ));
        assert!(!ends_with_photo_credit(
            "The talks (in the capital) went well"
        ));
    }

    #[test]
    fn author_bios() {
        assert!(is_bio("Jane Doe is a professor at the university."));
        assert!(is_bio("Max Muster ist Redakteur."));
        assert!(!is_bio("The minister is in town."));
    }

    #[test]
    fn language_guess() {
        let lines = split("Der Minister sagte, dass die Gespräche mit den Nachbarn auf einem guten Weg sind und bald weitergehen.");
        assert_eq!(language(&lines), Some("de"));
        assert_eq!(language(&split(PARA)), Some("en"));
    }
}
