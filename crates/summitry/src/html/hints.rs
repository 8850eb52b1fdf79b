//! One automaton over several class/id hint lists: a single scan of an
//! attribute value finds every category it names.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::ops::BitOr;

/// Builds a leftmost-longest, ASCII-case-insensitive DFA over every word of
/// `lists`, and for each pattern the categories it stands for.
///
/// A pattern also carries the categories of the patterns inside it
/// ("byline-date" holds "date"), so a leftmost-longest scan — which has a fast
/// prefilter and never reports overlapping matches — still finds them all.
pub(crate) fn category_automaton<T>(lists: &[(&[&str], T)]) -> Option<(AhoCorasick, Vec<T>)>
where
    T: Copy + Default + BitOr<Output = T>,
{
    let mut pats: Vec<&str> = Vec::new();
    let mut cats: Vec<T> = Vec::new();
    for &(list, cat) in lists {
        for p in list {
            pats.push(p);
            cats.push(cat);
        }
    }
    let lower: Vec<String> = pats.iter().map(|p| p.to_ascii_lowercase()).collect();
    let closed: Vec<T> = lower
        .iter()
        .map(|p| {
            lower
                .iter()
                .zip(&cats)
                .filter(|(q, _)| p.contains(q.as_str()))
                .fold(T::default(), |acc, (_, &c)| acc | c)
        })
        .collect();
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&pats)
        .ok()
        .map(|ac| (ac, closed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_pattern_carries_the_categories_inside_it() {
        let lists: [(&[&str], u8); 2] = [(&["date"], 1), (&["byline-date", "author"], 2)];
        let (ac, cats) = category_automaton(&lists).expect("automaton");
        let found: u8 = ac
            .find_iter("x BYLINE-DATE y")
            .filter_map(|m| cats.get(m.pattern().as_usize()).copied())
            .fold(0, |a, c| a | c);
        assert_eq!(found, 3);
    }
}
