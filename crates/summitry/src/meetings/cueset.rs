//! Phrase tables compiled once into a map from first word to phrases, so a lookup at a token
//! costs one hash probe instead of a pass over the whole table.

use rustc_hash::FxHashMap;

use super::tokens::Tok;

/// A word table compiled once into a hash set: `word_set!(TABLE).contains(w)` costs one hash
/// probe where `TABLE.contains(&w)` walks the whole table.
macro_rules! word_set {
    ($table:expr) => {{
        static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
            std::sync::OnceLock::new();
        SET.get_or_init(|| $table.iter().copied().collect())
    }};
}
pub(crate) use word_set;

/// A compiled table of lower-case phrases.
#[derive(Debug, Default)]
pub(crate) struct CueSet {
    by_first: FxHashMap<&'static str, Vec<Vec<&'static str>>>,
}

impl CueSet {
    /// Compiles a table; longer phrases are tried first.
    pub(crate) fn new(phrases: &[&'static str]) -> Self {
        let mut by_first: FxHashMap<&'static str, Vec<Vec<&'static str>>> = FxHashMap::default();
        for p in phrases {
            let words: Vec<&'static str> = p.split(' ').collect();
            if let Some(f) = words.first().copied() {
                by_first.entry(f).or_default().push(words);
            }
        }
        for v in by_first.values_mut() {
            v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        CueSet { by_first }
    }

    /// The longest phrase starting at token `i`: its length in tokens and its first-word list.
    pub(crate) fn at(&self, toks: &[Tok], i: usize) -> Option<(usize, &[&'static str])> {
        let t = toks.get(i)?;
        let cands = self.by_first.get(t.lower.as_str())?;
        cands
            .iter()
            .find(|w| {
                w.iter()
                    .enumerate()
                    .all(|(k, x)| toks.get(i + k).is_some_and(|y| y.lower == *x))
            })
            .map(|w| (w.len(), w.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    #[test]
    fn finds_the_longest_phrase() {
        let set = CueSet::new(&["agreed to", "agreed", "agreed to meet"]);
        let t = "they agreed to meet";
        let toks = tokenize(t, 0, t.len());
        assert_eq!(set.at(&toks, 1).map(|x| x.0), Some(3));
        assert_eq!(set.at(&toks, 0), None);
    }
}
