//! Plural offices of several countries ("the leaders of Japan and South Korea"): one party per
//! country, each holding the office in the singular.

use super::super::cues::OFFICES;
use super::super::names::Index;
use super::super::offices::resolve_office;
use super::super::partycues::{AFTER_COUNTRY, AFTER_OFFICES, MAX_SHARED_OFFICE_COUNTRIES};
use super::super::tokens::Tok;
use super::{country_at, title_case, Ent, EntKind};
use crate::Participant;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The plural of an office at token `i` ("foreign ministers", "leaders"): its length in tokens
/// and the office in the singular.
pub(crate) fn plural_office_at(toks: &[Tok], i: usize) -> Option<(usize, &'static str)> {
    let t = toks.get(i).filter(|t| t.word)?;
    // Called at every token: one set lookup turns away words that open no office (nor, with
    // their plural "s" off, a one-word office).
    let w = t.lower.as_str();
    let heads = office_heads();
    if !heads.contains(w) && !w.strip_suffix('s').is_some_and(|x| heads.contains(x)) {
        return None;
    }
    OFFICES.iter().find_map(|o| {
        let n = o.split(' ').count();
        let ok = o.split(' ').enumerate().all(|(k, w)| {
            toks.get(i + k).is_some_and(|t| {
                if k + 1 == n {
                    t.lower.strip_suffix('s') == Some(w)
                } else {
                    t.lower == w
                }
            })
        });
        ok.then_some((n, *o))
    })
}

/// The first word of every office in [`OFFICES`].
fn office_heads() -> &'static FxHashSet<&'static str> {
    static HEADS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    HEADS.get_or_init(|| OFFICES.iter().filter_map(|o| o.split(' ').next()).collect())
}

/// "the leaders of Japan and South Korea", "foreign ministers of China, Japan and South Korea":
/// a plural office of two or more countries listed after "of" is that office of each. Pushes one
/// entity per country (the first spans the office) and returns the end of the list.
pub(crate) fn offices_of(
    text: &str,
    toks: &[Tok],
    i: usize,
    prep: &str,
    idx: &Index,
    out: &mut Vec<Ent>,
) -> Option<usize> {
    let mut j = i;
    if toks.get(j).is_some_and(|t| t.lower == "the") {
        j += 1;
    }
    let (n, office) = plural_office_at(toks, j)?;
    let mut k = j + n;
    if toks.get(k).is_none_or(|t| t.lower != "of") {
        return None;
    }
    k += 1;
    // (start, end, country) of each country of the list.
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    // "of the United States and Japan": a country may come with its article.
    let at = |k: usize| {
        country_at(text, toks, k).or_else(|| {
            toks.get(k)
                .filter(|t| t.lower == "the")
                .and_then(|_| country_at(text, toks, k + 1))
                .map(|(len, p)| (len + 1, p))
        })
    };
    while let Some((len, place)) = at(k) {
        let c = place.country();
        if found.iter().all(|f| f.2 != c) {
            found.push((k, k + len, c));
        }
        let mut next = k + len;
        if toks.get(next).is_some_and(|t| t.lower == ",") {
            next += 1;
        }
        if toks.get(next).is_some_and(|t| t.lower == "and") {
            next += 1;
        }
        if next == k + len {
            break;
        }
        k = next;
    }
    if !(2..=MAX_SHARED_OFFICE_COUNTRIES).contains(&found.len()) {
        return None;
    }
    // As after a bare country, a lower-case word after the list must carry the sentence on
    // ("… met", "… held talks"), not be a verb of something else ("talked past each other").
    let last = found.last().map_or(k, |f| f.1);
    if toks.get(last).is_some_and(|t| {
        t.word
            && !t.cap
            && !crate::wordclass::in_any(AFTER_COUNTRY, &t.lower)
            && !AFTER_OFFICES.contains(&t.lower.as_str())
    }) {
        return None;
    }
    // Either every country's holder is known or none is taken: a half-resolved list would
    // leave the unknown holders out of the people a later "they" stands for.
    let known: Vec<Option<Participant>> = found
        .iter()
        .map(|f| resolve_office(idx, office, Some(f.2), &[]).or_else(|| untitled(idx, f.2)))
        .collect();
    let all_known = known.iter().all(Option::is_some);
    let role = title_case(office);
    let mut end = i;
    for (x, (&(a, b, c), holder)) in found.iter().zip(known).enumerate() {
        // "The presidents of China and Russia": each the president the article names.
        let known = holder.filter(|_| all_known);
        out.push(Ent {
            a: if x == 0 { i } else { a },
            b,
            kind: if known.is_some() {
                EntKind::Person
            } else {
                EntKind::Office
            },
            party: known.unwrap_or_else(|| Participant {
                name: None,
                role: Some(role.clone()),
                country: Some(c.to_string()),
            }),
            prep: if x == 0 {
                prep.into()
            } else {
                toks.get(a.wrapping_sub(1))
                    .map(|t| t.lower.clone())
                    .unwrap_or_default()
            },
        });
        end = b;
    }
    Some(end)
}

/// The one person of `country` the article names, when they have no known title: the holder
/// of a plural office the sentence gives each country ("The presidents of China and Russia").
fn untitled(idx: &Index, country: &str) -> Option<Participant> {
    let mut of = idx
        .people
        .iter()
        .filter(|k| k.country.as_deref() == Some(country));
    let k = of.next()?;
    if k.role.is_some() || of.next().is_some() {
        return None;
    }
    Some(Participant {
        name: Some(k.name.clone()),
        role: None,
        country: k.country.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::entities;
    use crate::meetings::names::index;
    use crate::meetings::tokens::tokenize;

    #[test]
    fn leaders_of_two_countries_are_two_leaders() {
        let t = "The leaders of Japan and South Korea met on Monday.";
        let toks = tokenize(t, 0, t.len());
        let idx = index(t, std::slice::from_ref(&toks), &[]);
        let e = entities(t, &toks, &idx);
        let got: Vec<_> = e
            .iter()
            .map(|x| (x.party.role.as_deref(), x.party.country.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("Leader"), Some("Japan")),
                (Some("Leader"), Some("South Korea"))
            ]
        );
    }

    #[test]
    fn a_country_may_come_with_its_article() {
        let t = "The foreign ministers of the United States and Japan met in Jakarta.";
        let toks = tokenize(t, 0, t.len());
        let idx = index(t, std::slice::from_ref(&toks), &[]);
        let e = entities(t, &toks, &idx);
        let roles: Vec<_> = e.iter().map(|x| x.party.role.as_deref()).collect();
        assert_eq!(
            roles,
            vec![Some("Foreign Minister"), Some("Foreign Minister")]
        );
    }

    #[test]
    fn one_country_is_left_to_the_office_rules() {
        let t = "The foreign ministers of Japan met on Monday.";
        let toks = tokenize(t, 0, t.len());
        let idx = index(t, std::slice::from_ref(&toks), &[]);
        let mut out = Vec::new();
        assert_eq!(super::offices_of(t, &toks, 0, "", &idx, &mut out), None);
        assert!(out.is_empty());
    }
}
