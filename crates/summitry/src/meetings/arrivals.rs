//! Arrivals at a seat of government ("Netanyahu arrived at the White House"): a visit to the
//! one who holds office there.

use super::names::Index;
use super::offices::resolve_office;
use super::parties::{Ent, EntKind};
use super::partycues::{ARRIVAL_VERBS, ARRIVAL_VISITOR_REACH, SEATS};
use super::tokens::Tok;
use crate::Participant;

/// One arrival: the verb's token, the visitor and the host.
pub(crate) struct Arrival {
    /// The arrival verb's token.
    pub at: usize,
    /// Who arrives.
    pub visitor: Participant,
    /// Who holds office at the seat.
    pub host: Participant,
}

/// The seat named from token `i` ("the White House"), as `(office, country)`.
fn seat_at(toks: &[Tok], i: usize) -> Option<(&'static str, &'static str)> {
    let i = if toks.get(i).is_some_and(|t| t.lower == "the") {
        i + 1
    } else {
        i
    };
    SEATS.iter().find_map(|(seat, office, country)| {
        let ok = seat
            .split(' ')
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.cap && t.lower == w));
        ok.then_some((*office, *country))
    })
}

/// The arrivals of one sentence.
pub(crate) fn find(toks: &[Tok], ents: &[Ent], idx: &Index) -> Vec<Arrival> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !ARRIVAL_VERBS.contains(&t.lower.as_str())
            || toks.get(k + 1).is_none_or(|x| x.lower != "at")
        {
            continue;
        }
        let Some((office, country)) = seat_at(toks, k + 2) else {
            continue;
        };
        // The visitor: the last person named just before the verb.
        let Some(v) = ents
            .iter()
            .rev()
            .find(|e| e.kind == EntKind::Person && e.b <= k && k - e.b <= ARRIVAL_VISITOR_REACH)
        else {
            continue;
        };
        let holds = |p: &Participant| {
            p.role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().ends_with(office))
                && p.country.as_deref().is_none_or(|c| c == country)
                && p.name != v.party.name
        };
        // The holder named in the sentence ("he and President Obama"), the one the text names
        // with that office, or the office itself.
        let host = ents
            .iter()
            .find(|e| e.kind == EntKind::Person && holds(&e.party))
            .map(|e| e.party.clone())
            .or_else(|| resolve_office(idx, office, Some(country), &[]))
            .or_else(|| most_mentioned(idx, &holds))
            .unwrap_or(Participant {
                name: None,
                role: Some(office.to_string()),
                country: Some(country.to_string()),
            });
        if host.name.is_some() && host.name == v.party.name {
            continue;
        }
        out.push(Arrival {
            at: k,
            visitor: v.party.clone(),
            host,
        });
    }
    out
}

/// The most-mentioned person of the text who passes `holds`.
fn most_mentioned(idx: &Index, holds: &dyn Fn(&Participant) -> bool) -> Option<Participant> {
    let mut counts = vec![0usize; idx.people.len()];
    for m in &idx.mentions {
        if let Some(c) = counts.get_mut(m.2) {
            *c += 1;
        }
    }
    idx.people
        .iter()
        .zip(counts)
        .map(|(k, n)| {
            let p = Participant {
                name: Some(k.name.clone()),
                role: k.role.clone(),
                country: k.country.clone(),
            };
            (p, n)
        })
        .filter(|(p, n)| *n > 0 && p.name.as_deref().is_some_and(|x| !x.is_empty()) && holds(p))
        .max_by_key(|(_, n)| *n)
        .map(|(p, _)| p)
}
