//! One pass per line: the line lowercased once, its key, its word counts,
//! its stop-word hits in every language, and every cue phrase list matched
//! in one Aho-Corasick pass (pattern ids map to cue categories). The
//! classifier and the metadata readers read these records instead of
//! re-scanning the text.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::FxHashMap;

use super::chrome::{
    BYLINE_CUES, CAPTION_CUES, CHROME_CUES, CHROME_PREFIXES, CHROME_STRONG_CUES, COMMENT_MARKERS,
    CONSENT_CONTEXT, MODIFIED_CUES, PUBLISHED_CUES, STOP_WORDS,
};
use super::lines::Line;
use super::shape::{contains_cue, is_cjk, key_of_lower};
use super::weights::{CJK_CHARS_PER_WORD, COMMENT_MARKER_MAX_WORDS, LANGUAGE_PROSE_MIN_WORDS};

/// Languages of the stop-word lists.
pub(crate) const LANGS: usize = STOP_WORDS.len();

/// Cue categories, one bit each.
pub(crate) mod cue {
    /// A chrome cue phrase anywhere (`CHROME_CUES`).
    pub(crate) const CHROME: u32 = 1;
    /// A consent or site notice anywhere (`CHROME_STRONG_CUES`).
    pub(crate) const STRONG: u32 = 1 << 1;
    /// A caption marker anywhere (`CAPTION_CUES`).
    pub(crate) const CAPTION: u32 = 1 << 2;
    /// A consent word anywhere (`CONSENT_CONTEXT`).
    pub(crate) const CONSENT: u32 = 1 << 3;
    /// "cookie" anywhere.
    pub(crate) const COOKIE: u32 = 1 << 4;
    /// A publication cue as whole words (`PUBLISHED_CUES`).
    pub(crate) const PUBLISHED: u32 = 1 << 5;
    /// A modification cue as whole words (`MODIFIED_CUES`).
    pub(crate) const MODIFIED: u32 = 1 << 6;
    /// A comments marker as whole words, in a short line (`COMMENT_MARKERS`).
    pub(crate) const COMMENT: u32 = 1 << 7;
    /// Starts with a chrome prefix as whole words, or with a multi-word one
    /// (`CHROME_PREFIXES`).
    pub(crate) const PREFIX: u32 = 1 << 8;
    /// Starts with a byline cue as whole words (`BYLINE_CUES`).
    pub(crate) const BYLINE: u32 = 1 << 9;

    /// Categories matched anywhere as substrings.
    pub(super) const ANYWHERE: u32 = CHROME | STRONG | CAPTION | CONSENT | COOKIE;
    /// Categories of the automaton matched as whole words.
    pub(super) const WORDS: u32 = PUBLISHED | MODIFIED;
}

/// What one pass over a line finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scan {
    /// The line lowercased.
    pub(crate) lower: String,
    /// Its key ([`super::shape::key`], from the lowercased line).
    pub(crate) key: String,
    /// Words (CJK characters count by pairs), as [`super::shape::word_count`].
    pub(crate) words: usize,
    /// Words with a letter or digit (the stop-word density's denominator).
    pub(crate) tokens: usize,
    /// Stop words of each language of `STOP_WORDS`.
    pub(crate) stops: [u32; LANGS],
    /// Cue categories found (bits of [`cue`]).
    pub(crate) cues: u32,
    /// Whether the line has a letter.
    pub(crate) has_letter: bool,
}

impl Scan {
    /// Whether any of the cue categories `bits` was found.
    pub(crate) fn has(&self, bits: u32) -> bool {
        self.cues & bits != 0
    }

    /// Share of stop words of language `lang` (an index into `STOP_WORDS`).
    pub(crate) fn stop_density(&self, lang: Option<usize>) -> f64 {
        match lang {
            Some(i) if self.tokens > 0 => {
                f64::from(self.stops.get(i).copied().unwrap_or(0)) / self.tokens as f64
            }
            Some(_) => 0.0,
            None => 1.0,
        }
    }
}

/// Stop word → bit set of the `STOP_WORDS` languages that list it, and
/// the byte length of the longest stop word (longer words skip the lookup).
static STOP_LANGS: LazyLock<(FxHashMap<&'static str, u16>, usize)> = LazyLock::new(|| {
    let mut m: FxHashMap<&'static str, u16> = FxHashMap::default();
    for (i, (_, words)) in STOP_WORDS.iter().enumerate().take(16) {
        for w in words.iter() {
            *m.entry(w).or_default() |= 1 << i;
        }
    }
    let longest = m.keys().map(|w| w.len()).max().unwrap_or(0);
    (m, longest)
});

/// The cue lists matched anywhere in a line, in one automaton, each pattern
/// with its categories.
struct Cues {
    ac: Option<AhoCorasick>,
    masks: Vec<u32>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    // Start-of-line cues and the comments markers are tested apart: their
    // short words ("de", "by") would match inside most words of a line.
    let lists: [(&[&str], u32); 7] = [
        (CHROME_CUES, cue::CHROME),
        (CHROME_STRONG_CUES, cue::STRONG),
        (CAPTION_CUES, cue::CAPTION),
        (CONSENT_CONTEXT, cue::CONSENT),
        (&["cookie"], cue::COOKIE),
        (PUBLISHED_CUES, cue::PUBLISHED),
        (MODIFIED_CUES, cue::MODIFIED),
    ];
    let mut ids: FxHashMap<&'static str, usize> = FxHashMap::default();
    let mut pats: Vec<&'static str> = Vec::new();
    let mut masks: Vec<u32> = Vec::new();
    for (list, bit) in lists {
        for &p in list.iter().filter(|p| !p.is_empty()) {
            let id = *ids.entry(p).or_insert_with(|| {
                pats.push(p);
                masks.push(0);
                pats.len() - 1
            });
            if let Some(m) = masks.get_mut(id) {
                *m |= bit;
            }
        }
    }
    Cues {
        // A DFA: a few hundred patterns, searched on every line.
        ac: AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
            .ok(),
        masks,
    }
});

/// The cue categories of a lowercased line of `words` words (comments
/// markers are looked for in short lines only).
fn cues_of(lower: &str, words: usize) -> u32 {
    let table = &*CUES;
    let Some(ac) = table.ac.as_ref() else {
        return 0;
    };
    let mut found = 0u32;
    for m in ac.find_overlapping_iter(lower) {
        let Some(&mask) = table.masks.get(m.pattern().as_usize()) else {
            continue;
        };
        found |= mask & cue::ANYWHERE;
        let rest = mask & !found & cue::WORDS;
        if rest == 0 {
            continue;
        }
        let before = lower.get(..m.start()).and_then(|r| r.chars().next_back());
        let after = lower.get(m.end()..).and_then(|r| r.chars().next());
        if before.is_none_or(|b| !b.is_alphanumeric()) && after.is_none_or(|a| !a.is_alphanumeric())
        {
            found |= rest;
        }
    }
    if opens_with(lower, CHROME_PREFIXES, true) {
        found |= cue::PREFIX;
    }
    if opens_with(lower, BYLINE_CUES, false) {
        found |= cue::BYLINE;
    }
    if words <= COMMENT_MARKER_MAX_WORDS && contains_cue(lower, COMMENT_MARKERS) {
        found |= cue::COMMENT;
    }
    found
}

/// Whether `lower` starts with one of `cues` as whole words (or, with
/// `spaced_free`, with a multi-word cue followed by anything). Only cues
/// with the line's first byte are compared.
fn opens_with(lower: &str, cues: &[&str], spaced_free: bool) -> bool {
    let Some(&first) = lower.as_bytes().first() else {
        return false;
    };
    cues.iter().any(|c| {
        c.as_bytes().first() == Some(&first)
            && lower.starts_with(c)
            && (spaced_free && c.contains(' ')
                || lower
                    .get(c.len()..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|n| !n.is_alphanumeric()))
    })
}

/// Scans one line.
pub(crate) fn scan_line(t: &str) -> Scan {
    let lower = t.to_lowercase();
    let (table, longest) = &*STOP_LANGS;
    let mut stops = [0u32; LANGS];
    let (mut spaced, mut tokens) = (0usize, 0usize);
    for w in lower.split_whitespace() {
        spaced += 1;
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        tokens += 1;
        if w.len() > *longest {
            continue;
        }
        if let Some(&bits) = table.get(w) {
            for (i, n) in stops.iter_mut().enumerate() {
                *n = n.saturating_add(u32::from(bits >> i & 1));
            }
        }
    }
    let (mut cjk, mut has_letter) = (0usize, false);
    if t.is_ascii() {
        has_letter = t.bytes().any(|b| b.is_ascii_alphabetic());
    } else {
        for c in t.chars() {
            has_letter = has_letter || c.is_alphabetic();
            cjk += usize::from(is_cjk(c));
        }
    }
    let words = spaced + cjk / CJK_CHARS_PER_WORD;
    Scan {
        cues: cues_of(&lower, words),
        key: key_of_lower(&lower),
        lower,
        words,
        tokens,
        stops,
        has_letter,
    }
}

/// Scans every line.
pub(crate) fn scan(lines: &[Line]) -> Vec<Scan> {
    lines.iter().map(|l| scan_line(&l.text)).collect()
}

/// The page language: the stop-word list with most hits over the lines
/// (as an index into `STOP_WORDS`).
pub(crate) fn language(scans: &[Scan]) -> Option<usize> {
    // The story's paragraphs tell its language better than the menus, which
    // may be in another one (an archive's or a portal's frame).
    // A repeated paragraph (a frame's notice) counts once.
    let mut seen = rustc_hash::FxHashSet::default();
    let prose = scans
        .iter()
        .filter(|s| s.words >= LANGUAGE_PROSE_MIN_WORDS && seen.insert(s.key.as_str()));
    language_of(prose).or_else(|| language_of(scans.iter()))
}

/// The most frequent stop-word language of `scans`, if it covers a tenth
/// of their tokens.
fn language_of<'a>(scans: impl Iterator<Item = &'a Scan>) -> Option<usize> {
    let mut hits = [0usize; LANGS];
    let mut total = 0usize;
    for s in scans {
        total += s.tokens;
        for (h, &n) in hits.iter_mut().zip(s.stops.iter()) {
            *h += n as usize;
        }
    }
    // The last of equal maxima wins, as `max_by_key` does.
    let (i, &best) = hits.iter().enumerate().max_by_key(|(_, n)| **n)?;
    (best >= 5 && best * 10 >= total).then_some(i)
}

/// The ISO 639-1 tag of a `STOP_WORDS` language index.
pub(crate) fn tag(lang: usize) -> Option<&'static str> {
    STOP_WORDS.get(lang).map(|(t, _)| *t)
}

#[cfg(test)]
mod tests {
    use super::super::shape::{contains_any, starts_with_cue, word_count};
    use super::*;

    #[test]
    fn one_pass_matches_the_lists() {
        for t in [
            "Published on March 1, 2022 by Jane Doe",
            "Read more: the talks went well",
            "Lire aussi la suite",
            "We use cookies on this website",
            "Photo: Agency",
            "38 Comments",
            "Unpublished draft",
            "By Jane Doe",
            "Bylines are fun",
            "Last updated: 2022/08/19",
            "Über die Straße – „Köln’s“ ÉTÉ",
        ] {
            let s = scan_line(t);
            let l = t.to_lowercase();
            assert_eq!(s.has(cue::CHROME), contains_any(&l, CHROME_CUES), "{t}");
            assert_eq!(s.has(cue::CAPTION), contains_any(&l, CAPTION_CUES), "{t}");
            assert_eq!(
                s.has(cue::CONSENT),
                contains_any(&l, CONSENT_CONTEXT),
                "{t}"
            );
            assert_eq!(s.has(cue::COOKIE), l.contains("cookie"), "{t}");
            assert_eq!(
                s.has(cue::PUBLISHED),
                contains_cue(&l, PUBLISHED_CUES),
                "{t}"
            );
            assert_eq!(s.has(cue::MODIFIED), contains_cue(&l, MODIFIED_CUES), "{t}");
            assert_eq!(
                s.has(cue::COMMENT),
                contains_cue(&l, COMMENT_MARKERS),
                "{t}"
            );
            assert_eq!(s.has(cue::BYLINE), starts_with_cue(&l, BYLINE_CUES), "{t}");
            let prefix = starts_with_cue(&l, CHROME_PREFIXES)
                || CHROME_PREFIXES
                    .iter()
                    .any(|p| p.contains(' ') && l.starts_with(p));
            assert_eq!(s.has(cue::PREFIX), prefix, "{t}");
            assert_eq!(s.words, word_count(t));
            assert_eq!(s.key, super::super::shape::key(t));
        }
    }

    #[test]
    fn stop_words_and_language() {
        let s = scan_line("The talks, in the capital, went well.");
        let en = STOP_WORDS.iter().position(|(t, _)| *t == "en");
        assert_eq!(s.tokens, 7);
        assert!((s.stop_density(en) - 3.0 / 7.0).abs() < 1e-9);
        let page: Vec<Scan> = (0..3).map(|_| s.clone()).collect();
        assert_eq!(language(&page).and_then(tag), Some("en"));
        assert!(!scan_line("02:22").has_letter);
    }
}
