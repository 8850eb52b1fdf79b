//! The context a name is read in: the text, its tokens, where lexicon
//! phrases stand, and the words the text also writes in lowercase.

use std::cell::{OnceCell, RefCell};

use crate::lexicon::{self, FastMap, FastSet};

use super::cues::{MIN_COMMON_WORD_LEN, NAME_PARTICLES};
use super::runs::{gap, is_prefix_word};
use super::tokens::Token;

/// The text, its tokens, and where lexicon phrases (places, titles) stand.
pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    /// Start offset → end offset of each place or title phrase.
    pub(super) hits: &'a FastMap<usize, usize>,
    /// Per token: inside a place or title phrase.
    pub(super) covered: &'a [bool],
    /// Words the text also writes in lowercase: common words, not names.
    pub(super) lower: &'a FastSet<&'a str>,
    /// Every place and every title in the text, in order.
    pub(super) places: &'a [lexicon::PlaceHit],
    pub(super) roles: &'a [lexicon::RoleHit],
    /// [`is_prefix_word`] of the words asked so far (seven lexicon lookups
    /// each; the same few words come back all through a text).
    pub(super) prefix: RefCell<FastMap<&'a str, bool>>,
    /// Capitalised words the page anchors as people somewhere (after a
    /// title or a given name, before "he"/"she"): made once, when a bare
    /// pair first asks.
    pub(super) anchors: OnceCell<FastSet<&'a str>>,
}

impl<'a> Ctx<'a> {
    /// [`is_prefix_word`], remembered per word.
    pub(super) fn is_prefix(&self, w: &'a str) -> bool {
        if let Some(&v) = self.prefix.borrow().get(w) {
            return v;
        }
        let v = is_prefix_word(w);
        self.prefix.borrow_mut().insert(w, v);
        v
    }

    /// The titles lying inside `[s, e)`.
    pub(super) fn roles_in(&self, s: usize, e: usize) -> impl Iterator<Item = &lexicon::RoleHit> {
        let i = self.roles.partition_point(|r| r.start < s);
        self.roles
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |r| r.start < e)
            .filter(move |r| r.end <= e)
    }

    /// The places lying inside `[s, e)`.
    pub(super) fn places_in(&self, s: usize, e: usize) -> impl Iterator<Item = &lexicon::PlaceHit> {
        let i = self.places.partition_point(|r| r.start < s);
        self.places
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |r| r.start < e)
            .filter(move |r| r.end <= e)
    }
}

/// The words the text writes all in lowercase ("rival", "tower") that it
/// also writes capitalised: a capitalised form of one of them is a headline
/// or sentence-initial common word, not a name. Single letters and name
/// particles are left out. A lowercase word opening a line (a tag, a
/// caption, a slug) is no evidence. Only the capitalised words' lowercase
/// forms are hashed into a table; a lowercase word is looked up only when
/// its first letter and length match one of them.
pub(super) fn lowercase_words<'a>(text: &'a str, toks: &[Token]) -> FastSet<&'a str> {
    let mut caps: FastSet<String> = FastSet::default();
    let mut filter = [0u64; FILTER_WORDS];
    for t in toks {
        let w = t.text(text);
        if w.len() >= MIN_COMMON_WORD_LEN && w.chars().any(char::is_uppercase) {
            // Lowercased on the stack; a word seen before allocates nothing.
            lexicon::with_lower(w, |l| {
                let (k, bit) = filter_slot(l);
                if let Some(slot) = filter.get_mut(k) {
                    *slot |= bit;
                }
                if !caps.contains(l) {
                    caps.insert(l.to_string());
                }
            });
        }
    }
    toks.iter()
        .enumerate()
        .filter(|&(i, t)| {
            let w = t.text(text);
            let (k, bit) = filter_slot(w);
            w.len() >= MIN_COMMON_WORD_LEN
                && filter.get(k).is_some_and(|m| m & bit != 0)
                && i > 0
                && !gap(text, toks, i - 1).contains('\n')
        })
        .map(|(_, t)| t.text(text))
        .filter(|w| {
            !NAME_PARTICLES.contains(w) && w.chars().all(|c| c.is_lowercase()) && caps.contains(*w)
        })
        .collect()
}

/// Size of the common-word prefilter, in 64-bit words.
const FILTER_WORDS: usize = 128;

/// A word's bit in the common-word prefilter: from its first two bytes,
/// last byte and length (a one-hash Bloom filter).
pub(super) fn filter_slot(w: &str) -> (usize, u64) {
    let b = w.as_bytes();
    let h = [b.first(), b.get(1), b.last()]
        .into_iter()
        .fold(w.len(), |h, x| {
            h.wrapping_mul(31)
                .wrapping_add(usize::from(x.copied().unwrap_or(0)))
        });
    let bit = h % (FILTER_WORDS * 64);
    (bit / 64, 1u64 << (bit % 64))
}

/// Whether the text also writes `w` in lowercase.
pub(super) fn is_common_word(ctx: &Ctx, w: &str) -> bool {
    lexicon::with_lower(w, |l| ctx.lower.contains(l))
}

/// Marks the tokens that lie inside a lexicon phrase.
pub(super) fn covered_tokens(toks: &[Token], hits: &FastMap<usize, usize>) -> Vec<bool> {
    let mut spans: Vec<(usize, usize)> = hits.iter().map(|(&s, &e)| (s, e)).collect();
    spans.sort_unstable();
    let mut out = vec![false; toks.len()];
    let mut j = 0;
    for (i, t) in toks.iter().enumerate() {
        while spans.get(j).is_some_and(|&(_, e)| e <= t.start) {
            j += 1;
        }
        if let (Some(&(s, e)), Some(o)) = (spans.get(j), out.get_mut(i)) {
            *o = s <= t.start && t.end <= e;
        }
    }
    out
}
