//! Line shapes and cues: keys, word counts, sentence ends, Title Case,
//! copyright, breadcrumbs, code, captions, placeholders, bylines and dates.

use std::cell::RefCell;
use std::rc::Rc;

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

use super::chrome::{BYLINE_CUES, MODIFIED_CUES, PUBLISHED_CUES};
use super::dates;
use super::weights::*;

/// Lowercase key of a line: letters, digits, apostrophes and inner spaces.
pub(crate) fn key(t: &str) -> String {
    if t.is_ascii() {
        return key_ascii(t);
    }
    key_chars(t.len(), t.chars().flat_map(char::to_lowercase))
}

/// [`key`] of a line already lowercased (`lower`): the same letters,
/// digits and spaces without lowercasing them again.
pub(crate) fn key_of_lower(lower: &str) -> String {
    if lower.is_ascii() {
        return key_ascii(lower);
    }
    key_chars(lower.len(), lower.chars())
}

/// The key of lowercased characters: letters, digits and apostrophes, runs
/// of anything else as one space, no space at either end.
fn key_chars(cap: usize, chars: impl Iterator<Item = char>) -> String {
    let mut out = String::with_capacity(cap);
    let mut space = false;
    for c in chars {
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

/// [`key`] of an ASCII line, byte by byte.
fn key_ascii(t: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(t.len());
    let mut space = false;
    for b in t.bytes() {
        if b.is_ascii_alphanumeric() || b == b'\'' {
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            out.push(b.to_ascii_lowercase());
        } else {
            space = true;
        }
    }
    // Only ASCII bytes were pushed.
    String::from_utf8(out).unwrap_or_default()
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af)
}

#[cfg(test)]
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

/// Whether a sentence ends inside the line ("… the update. Why …"):
/// headlines are one phrase, so such a line is prose cut short, not a teaser.
/// A photo credit ("… Switzerland. © Agency") does not count.
pub(crate) fn inner_sentence_end(t: &str) -> bool {
    if t.contains('©') {
        return false;
    }
    let mut prev: [char; 2] = [' ', ' '];
    for c in t.chars() {
        if prev[1] == ' ' && matches!(prev[0], '.' | '!' | '?') && c.is_uppercase() {
            return true;
        }
        prev = [prev[1], c];
    }
    false
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

/// "© 2024 Site. All Rights Reserved.", "Copyright 2019 …".
pub(crate) fn is_copyright(t: &str) -> bool {
    let t = t.trim_start();
    if !t.starts_with(['©', '(', 'c', 'C']) {
        return false;
    }
    // Only the first few characters matter: lowercase just those.
    let head: String = t.chars().take(16).collect();
    let l = head.to_lowercase();
    l.starts_with('©') || l.starts_with("(c)") || l.starts_with("copyright")
}

/// "Site > Section > Title".
pub(crate) fn is_breadcrumb(t: &str) -> bool {
    // Most lines hold no separator byte: no split (nor allocation) for them.
    may_be_breadcrumb(t) && breadcrumb_parts(t).len() >= 3
}

/// Whether `t` holds a byte of a breadcrumb separator: '>', '/' or a
/// guillemet ('›' U+203A, '»' U+00BB).
fn may_be_breadcrumb(t: &str) -> bool {
    t.bytes().any(|b| matches!(b, b'>' | b'/' | 0xBA | 0xBB))
}

/// The parts of a breadcrumb line, or one part when it is none.
pub(crate) fn breadcrumb_parts(t: &str) -> Vec<&str> {
    if !may_be_breadcrumb(t) {
        return vec![t];
    }
    for sep in [" > ", " › ", " » ", " / "] {
        // Fewer than two separators cannot make three parts: skip the split.
        let mid = sep.trim();
        if !t.contains(mid) || t.matches(sep).nth(1).is_none() {
            continue;
        }
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
pub(crate) fn ends_with_photo_credit(t: &str) -> bool {
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

/// Words in the line's first sentence when another sentence follows it: up
/// to the first word ending in a full stop, question or exclamation mark.
/// A line of one sentence gives `None`.
pub(crate) fn first_sentence_words(t: &str) -> Option<usize> {
    let mut words = t.split_whitespace();
    let mut n = 0;
    for w in words.by_ref() {
        n += 1;
        if w.ends_with(['.', '?', '!']) {
            break;
        }
    }
    words.next().map(|_| n)
}

/// A w3m image or form placeholder ("[logo]", "[          ]"), a form
/// checkbox with its label ("[ ] I accept the terms"), or a tracking-pixel
/// tag that leaked as text.
pub(crate) fn is_placeholder(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(']')
        || t.starts_with("[ ] ")
        || t.contains("<img ")
        || t.contains("src=\"http")
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
///
/// One pass of an Aho-Corasick automaton per line, whatever the number of
/// cues (a `contains` per cue made the text stage cost lines × cues).
pub(crate) fn contains_cue(lower: &str, cues: &'static [&'static str]) -> bool {
    with_matcher(cues, |ac| {
        let Some(ac) = ac else {
            return cues.iter().any(|c| lower.contains(c));
        };
        ac.find_overlapping_iter(lower).any(|m| {
            let before = lower.get(..m.start()).and_then(|r| r.chars().next_back());
            let after = lower.get(m.end()..).and_then(|r| r.chars().next());
            before.is_none_or(|b| !b.is_alphanumeric())
                && after.is_none_or(|a| !a.is_alphanumeric())
        })
    })
}

#[cfg(test)]
/// Whether the line contains one of `cues` anywhere (as substrings).
pub(crate) fn contains_any(lower: &str, cues: &'static [&'static str]) -> bool {
    with_matcher(cues, |ac| match ac {
        Some(ac) => ac.is_match(lower),
        None => cues.iter().any(|c| lower.contains(c)),
    })
}

/// Runs `f` with the automaton of a cue table, built once per table and
/// thread (tables are `'static`, so their address identifies them).
/// `None` only if the automaton cannot be built (then callers scan naively).
fn with_matcher<R>(cues: &'static [&'static str], f: impl FnOnce(Option<&AhoCorasick>) -> R) -> R {
    type Matchers = RefCell<FxHashMap<(usize, usize), Option<Rc<AhoCorasick>>>>;
    thread_local! {
        static MATCHERS: Matchers = RefCell::new(FxHashMap::default());
    }
    let key = (cues.as_ptr() as usize, cues.len());
    let ac = MATCHERS.with(|m| {
        m.borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                // Empty patterns would match everywhere; tables hold none, but be safe.
                let pats = cues.iter().filter(|c| !c.is_empty());
                AhoCorasick::new(pats).ok().map(Rc::new)
            })
            .clone()
    });
    f(ac.as_deref())
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
    is_byline_lower(t, &t.to_lowercase(), words)
}

/// [`is_byline`] with the line already lowercased (`lower`).
pub(crate) fn is_byline_lower(t: &str, lower: &str, words: usize) -> bool {
    if !(2..=BYLINE_MAX_WORDS).contains(&words) {
        return false;
    }
    let glued = t
        .strip_prefix("By")
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    if glued {
        return true;
    }
    if !starts_with_cue(lower, BYLINE_CUES) {
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
    is_dated_header_lower(t, &t.to_lowercase(), words)
}

/// [`is_dated_header`] with the line already lowercased (`lower`).
pub(crate) fn is_dated_header_lower(t: &str, lower: &str, words: usize) -> bool {
    if words > BYLINE_MAX_WORDS + 4 {
        return false;
    }
    (contains_cue(lower, PUBLISHED_CUES) || contains_cue(lower, MODIFIED_CUES))
        && dates::find(t).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_stops_at_its_full_stop() {
        assert_eq!(first_sentence_words("Leaders met. (File Photo)"), Some(2));
        assert_eq!(first_sentence_words("No stop here at all"), None);
        assert_eq!(first_sentence_words("One sentence."), None);
        assert_eq!(first_sentence_words(""), None);
    }

    #[test]
    fn form_checkboxes_are_placeholders() {
        assert!(is_placeholder(
            "[ ] Ich akzeptiere die Nutzungsbedingungen *"
        ));
        assert!(is_placeholder("[logo]"));
        assert!(!is_placeholder("[1] The first footnote of the story."));
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
    fn sentences_inside_a_line() {
        assert!(inner_sentence_end(
            "That was not the update yet. Why they did it is unclear"
        ));
        assert!(!inner_sentence_end(
            "Leaders agree to resume talks after a long break"
        ));
        assert!(!inner_sentence_end(
            "The skier in Switzerland. © AFP / Agency"
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
}
