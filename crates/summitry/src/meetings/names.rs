//! Who is who: person mentions from the `people` stage, and, where that stage
//! found nothing, a small local finder of capitalised name runs so that
//! participants still carry the fullest name the text gives.

use rustc_hash::FxHashMap as HashMap;

use rustc_hash::FxHashSet;

use super::cues::{NOT_NAME, US_PRESIDENTS};
use super::cueset::word_set;
use super::partycues::NAME_SUFFIXES;
use super::tokens::Tok;
use crate::Person;

mod handles;
mod speakers;
mod words;

use words::same_but_spelling;
pub(super) use words::{clean_name, run_text, runs};
pub(crate) use words::{place_len, title_before};

/// One known person.
#[derive(Debug, Clone)]
pub(crate) struct Known {
    /// Canonical (fullest) name.
    pub name: String,
    /// Title of office, when known.
    pub role: Option<String>,
    /// Country, when known.
    pub country: Option<String>,
}

/// Person mentions by byte span, and the people they resolve to.
#[derive(Debug, Default)]
pub(crate) struct Index {
    /// The people.
    pub people: Vec<Known>,
    /// `(start, end, person index)`, sorted by start.
    pub mentions: Vec<(usize, usize, usize)>,
    /// The country most of the people belong to: the home of groups such as "House Democrats".
    pub home: Option<String>,
    /// Lower-case roles of the people mentioned, each with the one person who holds it (`None`
    /// when two people do): "the chief judge" is the one chief judge of the article.
    pub roles: HashMap<String, Option<usize>>,
    /// Quotes whose speaker is a known person: `(start, end, person index)`, sorted by start.
    pub speakers: Vec<(usize, usize, usize)>,
}

impl Index {
    /// Mentions per canonical name.
    pub(crate) fn counts(&self) -> HashMap<String, usize> {
        let mut m = HashMap::default();
        for x in &self.mentions {
            if let Some(k) = self.people.get(x.2) {
                *m.entry(k.name.clone()).or_insert(0) += 1;
            }
        }
        m
    }

    /// The one person whose role the words from token `i` spell, longest first: `(words,
    /// person)`.
    pub(crate) fn role_at(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        if self.roles.is_empty() {
            return None;
        }
        let mut phrase = String::new();
        let mut best = None;
        for n in 0..super::partycues::MAX_ROLE_WORDS {
            let t = toks.get(i + n).filter(|t| t.word)?;
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(&t.lower);
            match self.roles.get(phrase.as_str()) {
                Some(Some(k)) => best = Some((n + 1, *k)),
                Some(None) => best = None,
                None => {}
            }
        }
        best
    }

    /// The mention starting at byte `start`, if any: `(end, person)`.
    pub(crate) fn mention_at(&self, start: usize) -> Option<(usize, usize)> {
        let i = self.mentions.partition_point(|m| m.0 < start);
        self.mentions
            .get(i)
            .filter(|m| m.0 == start)
            .map(|m| (m.1, m.2))
    }
}

/// Most people compared pairwise when folding short names into long ones: the fold is
/// quadratic in people, so a page naming more than this keeps the rest as they are.
pub(super) const MAX_FOLD: usize = 400;

/// Builds the index from the `people` stage, or from the local finder when it is empty.
pub(crate) fn index(text: &str, sents: &[Vec<Tok>], people: &[Person]) -> Index {
    let mut idx = Index::default();
    // Words the text also writes in lower case are common words ("Rival", "Justice") when they
    // open a capitalised run.
    let lower: FxHashSet<&str> = sents
        .iter()
        .flatten()
        .filter(|t| t.word && !t.cap)
        .map(|t| t.lower.as_str())
        .collect();
    for (i, p) in people.iter().enumerate() {
        let name = clean_name(&p.name, &lower);
        // A building or an organisation the stage took for a person ("Trump Tower").
        let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
        if word_set!(NOT_NAME).contains(last.as_str()) && name.contains(' ') {
            idx.people.push(Known {
                name: String::new(),
                role: None,
                country: None,
            });
            continue;
        }
        // "Sergey Lavrov" after "Sergei Lavrov": one person, spelt two ways.
        let name = idx
            .people
            .iter()
            .find(|k| same_but_spelling(&k.name, &name))
            .map_or(name, |k| k.name.clone());
        idx.people.push(Known {
            name,
            role: p.role.clone(),
            country: p.country.clone(),
        });
        for m in &p.mentions {
            idx.mentions.push((m.start, m.end, i));
        }
    }
    // The local finder fills what the people stage missed; its people map onto the stage's
    // people when one name holds all the words of the other.
    let mut local = Index::default();
    super::local::find_local(text, sents, &lower, &mut local);
    let words = |n: &str| -> Vec<String> {
        n.split(|c: char| c.is_whitespace())
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .filter(|w| !w.is_empty() && !NAME_SUFFIXES.contains(&w.as_str()))
            .collect()
    };
    let mut map: Vec<Option<usize>> = vec![None; local.people.len()];
    // Each name's words, split once (the matching below is pairwise).
    let mut known_words: Vec<Vec<String>> = idx.people.iter().map(|k| words(&k.name)).collect();
    for (li, lk) in local.people.iter().enumerate() {
        let lw = words(&lk.name);
        let hit = known_words.iter().position(|kw| {
            kw.last() == lw.last()
                && (kw.iter().all(|w| lw.contains(w)) || lw.iter().all(|w| kw.contains(w)))
        });
        if let (Some(h), Some(m)) = (hit, map.get_mut(li)) {
            *m = Some(h);
            // The fuller form wins ("Joe Biden" over "Biden").
            if let (Some(k), Some(kw)) = (idx.people.get_mut(h), known_words.get_mut(h)) {
                let honorific = lw
                    .first()
                    .is_some_and(|w| super::partycues::HONORIFICS.contains(&w.as_str()));
                if lw.len() > kw.len() && !honorific {
                    k.name = lk.name.clone();
                    *kw = lw;
                }
            }
        }
    }
    // Sorted by start; people-stage mentions do not overlap one another.
    let mut taken: Vec<(usize, usize)> = idx.mentions.iter().map(|m| (m.0, m.1)).collect();
    taken.sort_unstable();
    let mut replaced: Vec<(usize, usize)> = Vec::new();
    for (s, e, li) in local.mentions {
        // A local mention that holds a shorter one of the stage ("Bashar" in "Bashar al-Assad")
        // replaces it; any other overlap keeps the stage's.
        let inside = |t: &(usize, usize)| s <= t.0 && t.1 <= e && (s, e) != *t;
        // Only the mentions starting before `e` can overlap: the one just before `s` and those inside.
        let from = taken.partition_point(|t| t.1 <= s);
        let to = taken.partition_point(|t| t.0 < e);
        let near = taken.get(from..to).unwrap_or(&[]);
        if near.iter().any(|t| !inside(t)) {
            continue;
        }
        if !near.is_empty() {
            replaced.push((s, e));
        }
        let pi = match map.get(li).copied().flatten() {
            Some(pi) => pi,
            None => {
                let Some(k) = local.people.get(li) else {
                    continue;
                };
                idx.people.push(k.clone());
                let pi = idx.people.len() - 1;
                if let Some(m) = map.get_mut(li) {
                    *m = Some(pi);
                }
                pi
            }
        };
        idx.mentions.push((s, e, pi));
    }
    if !replaced.is_empty() {
        replaced.sort_unstable();
        idx.mentions.retain(|m| {
            let k = replaced.partition_point(|r| r.0 <= m.0);
            !(k > 0
                && replaced
                    .get(k - 1)
                    .is_some_and(|r| r.0 <= m.0 && m.1 <= r.1 && (r.0, r.1) != (m.0, m.1)))
        });
    }
    // A short name whose words all stand in one longer name with the same surname is that person.
    let n = idx.people.len();
    let staged = people.len();
    let mut target: Vec<usize> = (0..n).collect();
    // People named only in the headline, where title case hides common words.
    let title_end = sents.first().and_then(|s| s.last()).map_or(0, |t| t.end);
    let body = text.get(title_end..).unwrap_or("");
    let headline_only: Vec<bool> = idx
        .people
        .iter()
        .take(MAX_FOLD)
        .map(|k| {
            // Only names that open with a common word are looked for in the body.
            let first = k.name.split(' ').next().unwrap_or("").to_lowercase();
            k.name.contains(' ')
                && lower.contains(first.as_str())
                && !body.contains(k.name.as_str())
        })
        .collect();
    let all_words: Vec<Vec<String>> = idx.people.iter().map(|k| words(&k.name)).collect();
    let no_words: Vec<String> = Vec::new();
    for (i, t) in target.iter_mut().enumerate().take(MAX_FOLD) {
        let wi = all_words.get(i).unwrap_or(&no_words);
        let longer: Vec<usize> = (0..n)
            .filter(|&j| {
                let wj = all_words.get(j).unwrap_or(&no_words);
                // "Donor Adelson" in a title-case headline is "Sheldon Adelson": a word the text
                // also writes in lower case is no part of the name.
                let headline = headline_only.get(i).copied().unwrap_or(false);
                let core = |w: &String| {
                    wj.contains(w)
                        || (headline && Some(w) != wi.last() && lower.contains(w.as_str()))
                };
                // A name of the people stage keeps its surname: only the local finder's runs
                // may carry a title-case word after it ("Hillary Clinton Reassures").
                let keeps_surname = i < staged && j >= staged;
                (wj.len() > wi.len() || (headline && wj.len() == wi.len() && wj != wi))
                    && (wj.last() == wi.last() || (wj.first() == wi.first() && !keeps_surname))
                    && !wj.iter().any(|w| word_set!(NOT_NAME).contains(w.as_str()))
                    && wi.iter().all(core)
            })
            .collect();
        if let [j] = longer.as_slice() {
            *t = *j;
        }
    }
    for m in idx.mentions.iter_mut() {
        m.2 = target.get(m.2).copied().unwrap_or(m.2);
    }
    idx.mentions.sort_unstable();
    idx.mentions.dedup_by(|b, a| b.0 < a.1);
    handles::add(text, sents, &mut idx);
    // Regnal and papal names keep their title ("Pope Francis", "King Charles").
    for m in &idx.mentions {
        let title = text
            .get(..m.0)
            .and_then(|b| b.trim_end().rsplit(char::is_whitespace).next())
            .unwrap_or("");
        if matches!(
            title,
            "Pope" | "King" | "Queen" | "Emperor" | "Prince" | "Princess"
        ) {
            if let Some(k) = idx.people.get_mut(m.2) {
                if !k.name.contains(' ') && !k.name.is_empty() {
                    k.name = format!("{title} {}", k.name);
                }
            }
        }
    }
    // "President Obama" with no first name anywhere in the text: the president of that name.
    for k in idx.people.iter_mut() {
        let role = k.role.as_deref().unwrap_or("").to_lowercase();
        if k.name.contains(' ') || !role.contains("president") || role.contains("vice") {
            continue;
        }
        let last = k.name.to_lowercase();
        if let Some((_, full)) = US_PRESIDENTS.iter().find(|(s, _)| *s == last) {
            k.name = (*full).to_string();
        }
    }
    let mut by_country: HashMap<&str, usize> = HashMap::default();
    for m in &idx.mentions {
        if let Some(c) = idx.people.get(m.2).and_then(|k| k.country.as_deref()) {
            *by_country.entry(c).or_insert(0) += 1;
        }
    }
    let home = by_country
        .into_iter()
        .max_by_key(|(c, n)| (*n, std::cmp::Reverse(*c)))
        .map(|(c, _)| c.to_string());
    idx.home = home;
    let mut roles: HashMap<String, Option<usize>> = HashMap::default();
    let mut seen: FxHashSet<usize> = FxHashSet::default();
    for m in &idx.mentions {
        if !seen.insert(m.2) {
            continue;
        }
        let Some(k) = idx.people.get(m.2) else {
            continue;
        };
        let Some(r) = k.role.as_deref().filter(|r| !r.is_empty()) else {
            continue;
        };
        let e = roles.entry(r.to_lowercase()).or_insert(Some(m.2));
        if e.is_some_and(|o| idx.people.get(o).is_some_and(|x| x.name != k.name)) {
            *e = None;
        }
    }
    idx.roles = roles;
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn idx(t: &str) -> (Index, Vec<Vec<Tok>>) {
        let sents: Vec<Vec<Tok>> = crate::sentences::split(t)
            .iter()
            .map(|s| tokenize(t, s.start, s.end))
            .collect();
        (index(t, &sents, &[]), sents)
    }

    #[test]
    fn local_finder_resolves_short_names_to_the_fullest() {
        let t = "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida. Kishida told Xi he was glad.";
        let (i, _) = idx(t);
        let names: Vec<&str> = i
            .mentions
            .iter()
            .filter_map(|m| i.people.get(m.2))
            .map(|k| k.name.as_str())
            .collect();
        assert_eq!(
            names,
            vec!["Xi Jinping", "Fumio Kishida", "Fumio Kishida", "Xi Jinping"]
        );
        assert_eq!(
            i.people.first().and_then(|k| k.country.as_deref()),
            Some("China")
        );
    }

    #[test]
    fn middle_initials_and_suffixes_stay_in_the_name() {
        let t = "Vice President Joseph R. Biden Jr. visited Israel. Mr. Biden left.";
        let (i, _) = idx(t);
        assert!(i.people.iter().any(|k| k.name == "Joseph R. Biden Jr."));
        assert_eq!(i.mentions.len(), 2);
    }

    #[test]
    fn a_lone_presidential_surname_takes_the_presidents_full_name() {
        let people = vec![Person {
            name: "Obama".into(),
            role: Some("President".into()),
            country: None,
            mentions: Vec::new(),
        }];
        let t = "President Obama met the governor.";
        let sents: Vec<Vec<Tok>> = crate::sentences::split(t)
            .iter()
            .map(|s| tokenize(t, s.start, s.end))
            .collect();
        let i = index(t, &sents, &people);
        assert!(i.people.iter().any(|k| k.name == "Barack Obama"));
        // A vice president of that surname, or a non-president, keeps the name as written.
        let people = vec![Person {
            name: "Carter".into(),
            role: Some("Defense Secretary".into()),
            country: None,
            mentions: Vec::new(),
        }];
        let i = index(t, &sents, &people);
        assert!(i.people.iter().any(|k| k.name == "Carter"));
    }

    #[test]
    fn a_staged_name_does_not_fold_into_a_headline_run() {
        let t = "Hillary Clinton Reassures House Democrats\n\nHillary Clinton spoke on Wednesday.";
        let toks: Vec<Vec<Tok>> = crate::sentences::split(t)
            .iter()
            .map(|s| crate::meetings::tokens::tokenize(t, s.start, s.end))
            .collect();
        let at = t.rfind("Hillary Clinton").unwrap_or(0);
        let people = vec![Person {
            name: "Hillary Clinton".into(),
            role: None,
            country: None,
            mentions: vec![crate::Mention {
                start: at,
                end: at + 15,
                text: "Hillary Clinton".into(),
            }],
        }];
        let idx = index(t, &toks, &people);
        let (_, p) = idx.mention_at(at).expect("the body mention");
        assert_eq!(idx.people[p].name, "Hillary Clinton");
    }
}
