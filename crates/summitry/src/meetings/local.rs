//! The local name finder: capitalised runs of two words or more are people; a single word is
//! the one person whose name holds it (or, if several do, the one named last before it).

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet;

use super::cues::{PERSONAL_TITLES, TITLE_WORDS};
use super::cueset::word_set;
use super::names::{clean_name, run_text, runs, title_before, Index, Known, MAX_FOLD};
use super::partycues::{NAME_SUFFIXES, SENTENCE_ADVERBS};
use super::tokens::Tok;

pub(super) fn find_local(text: &str, sents: &[Vec<Tok>], lower: &FxHashSet<&str>, idx: &mut Index) {
    // Pass 1: full names (two words or more).
    let mut full: HashMap<String, usize> = HashMap::default();
    let mut singles: Vec<(usize, usize, String, bool)> = Vec::new();
    for toks in sents {
        // A headline in title case ("Megyn Kelly Was Just Spotted Walking Into Trump Tower"):
        // words the text also writes in lower case split the run.
        let mut split: Vec<(usize, usize)> = Vec::new();
        for (a, b) in runs(text, toks) {
            let mut s = a;
            for k in a..b {
                let after_hyphen = k > 0 && toks.get(k - 1).is_some_and(|p| p.lower == "-");
                let common = !after_hyphen
                    && toks.get(k).is_some_and(|t| {
                        k > a
                            && t.word
                            && t.cap
                            && lower.contains(t.lower.as_str())
                            && !matches!(
                                t.lower.as_str(),
                                "-" | "al"
                                    | "von"
                                    | "van"
                                    | "der"
                                    | "de"
                                    | "bin"
                                    | "la"
                                    | "da"
                                    | "di"
                                    | "du"
                                    | "del"
                            )
                    });
                if common {
                    if k > s {
                        split.push((s, k));
                    }
                    s = k + 1;
                }
            }
            if b > s {
                split.push((s, b));
            }
        }
        for (a, b) in split {
            let mut a = a;
            // "First Trump goes to Louisiana": an adverb opening the sentence is no name.
            while b - a >= 2
                && toks.get(a).is_some_and(|t| {
                    lower.contains(t.lower.as_str())
                        || (a == 0 && crate::wordclass::in_any(SENTENCE_ADVERBS, &t.lower))
                })
            {
                a += 1;
            }
            let name = clean_name(run_text(text, toks, a, b), lower);
            let (s, e) = (
                toks.get(a).map_or(0, |t| t.start),
                toks.get(b - 1).map_or(0, |t| t.end),
            );
            if b - a >= 2 {
                let (role, country) = title_before(text, toks, a);
                let i = intern(&mut full, &mut idx.people, &name);
                if let Some(k) = idx.people.get_mut(i) {
                    if k.role.is_none() {
                        k.role = role;
                    }
                    if k.country.is_none() {
                        k.country = country;
                    }
                }
                idx.mentions.push((s, e, i));
            } else {
                let titled = a > 0
                    && toks
                        .get(a - 1)
                        .is_some_and(|t| word_set!(PERSONAL_TITLES).contains(t.lower.as_str()));
                singles.push((s, e, name, titled));
            }
        }
    }
    // Shorter full names ("Joseph Biden") fold into a longer one that has all their words.
    let words = |n: &str| -> Vec<String> {
        n.split(|c: char| c.is_whitespace())
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let n = idx.people.len();
    let mut target: Vec<usize> = (0..n).collect();
    let all_words: Vec<Vec<String>> = idx
        .people
        .iter()
        .take(MAX_FOLD)
        .map(|k| words(&k.name))
        .collect();
    let no_words: Vec<String> = Vec::new();
    for i in 0..n.min(MAX_FOLD) {
        let wi = all_words.get(i).unwrap_or(&no_words);
        let mut best = i;
        for j in 0..n.min(MAX_FOLD) {
            let wj = all_words.get(j).unwrap_or(&no_words);
            if wj.len() > wi.len()
                && wi.iter().all(|w| wj.contains(w))
                && wi.last()
                    == wj
                        .iter()
                        .rfind(|w| !NAME_SUFFIXES.contains(&w.as_str()))
                        .or(wj.last())
            {
                best = j;
            }
        }
        if let Some(t) = target.get_mut(i) {
            *t = best;
        }
    }
    for m in idx.mentions.iter_mut() {
        m.2 = target.get(m.2).copied().unwrap_or(m.2);
    }
    for i in 0..n {
        let t = target.get(i).copied().unwrap_or(i);
        if t != i {
            let (r, c) = idx
                .people
                .get(i)
                .map(|k| (k.role.clone(), k.country.clone()))
                .unwrap_or_default();
            if let Some(k) = idx.people.get_mut(t) {
                k.role = k.role.take().or(r);
                k.country = k.country.take().or(c);
            }
        }
    }
    // Single words: a word of exactly one canonical full name, or a titled unknown name.
    let mut by_word: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, k) in idx.people.iter().enumerate() {
        if target.get(i) != Some(&i) {
            continue;
        }
        for w in words(&k.name) {
            if w.len() > 1 && !NAME_SUFFIXES.contains(&w.as_str()) {
                let v = by_word.entry(w).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
    }
    // Each person's full-name mention starts, sorted: "named last before" is a binary search.
    let mut starts_of: HashMap<usize, Vec<usize>> = HashMap::default();
    for m in &idx.mentions {
        starts_of.entry(m.2).or_default().push(m.0);
    }
    for v in starts_of.values_mut() {
        v.sort_unstable();
    }
    for (s, e, name, titled) in singles {
        let w = name.trim_end_matches('.').to_lowercase();
        match by_word.get(&w).map(Vec::as_slice) {
            Some([i]) => idx.mentions.push((s, e, *i)),
            Some(cands) => {
                // Ambiguous ("Wang" for Wang Yi and Wang Wenbin): the one named last before it.
                let last_before = |c: usize| {
                    let v = starts_of.get(&c)?;
                    let k = v.partition_point(|&p| p < s);
                    k.checked_sub(1).and_then(|k| v.get(k)).copied()
                };
                if let Some(i) = cands
                    .iter()
                    .copied()
                    .filter_map(|c| last_before(c).map(|p| (p, c)))
                    .max()
                    .map(|x| x.1)
                {
                    idx.mentions.push((s, e, i));
                }
            }
            None if titled && !word_set!(TITLE_WORDS).contains(w.as_str()) => {
                let i = intern(&mut full, &mut idx.people, &name);
                idx.mentions.push((s, e, i));
            }
            None => {}
        }
    }
}

/// The index of the local person called `name`, added (without role or country) if new.
fn intern(full: &mut HashMap<String, usize>, people: &mut Vec<Known>, name: &str) -> usize {
    *full.entry(name.to_string()).or_insert_with(|| {
        people.push(Known {
            name: name.to_string(),
            role: None,
            country: None,
        });
        people.len() - 1
    })
}
