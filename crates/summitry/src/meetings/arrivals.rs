//! Arrivals at a seat of government ("Netanyahu arrived at the White House") or in a foreign
//! capital ("when Netanyahu came to Washington"): a visit to the one who holds office there.

use super::cues::{CAPITAL_ARRIVALS, HOST_OFFICES, NOT_HOST, SEATS, SEAT_ARRIVALS};
use super::gazetteer::{self, Place};
use super::names::{self, Index};
use super::offices::resolve_office;
use super::parties::{Ent, EntKind};
use super::partycues::ARRIVAL_VISITOR_REACH;
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
        // The name is capitalised where it starts ("the Great Hall of the People").
        let ok = toks.get(i).is_some_and(|t| t.cap)
            && seat
                .split(' ')
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == w));
        ok.then_some((*office, *country))
    })
}

/// The capital named from token `i` ("Washington"), as its country, when it is one.
pub(crate) fn capital_at(text: &str, toks: &[Tok], i: usize) -> Option<&'static str> {
    let n = names::place_len(text, toks, i);
    let (f, l) = toks.get(i).zip(toks.get((i + n).checked_sub(1)?))?;
    match gazetteer::lookup(text.get(f.start..l.end)?)? {
        Place::City(city, country) if n > 0 && gazetteer::capital_of(country) == Some(city) => {
            Some(country)
        }
        _ => None,
    }
}

/// Whether a role is a country's top office, whose holder receives its visitors.
pub(crate) fn hosts(role: Option<&str>) -> bool {
    role.is_some_and(|r| {
        let r = r.to_lowercase();
        HOST_OFFICES.iter().any(|o| r.ends_with(o)) && !NOT_HOST.iter().any(|w| r.contains(w))
    })
}

/// The arrivals of one sentence.
pub(crate) fn find(text: &str, toks: &[Tok], ents: &[Ent], idx: &Index) -> Vec<Arrival> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let next = toks.get(k + 1).map_or("", |x| x.lower.as_str());
        // Every arrival has a preposition after its verb: most tokens stop here.
        if next != "at" && !CAPITAL_ARRIVALS.iter().any(|(_, p)| *p == next) {
            continue;
        }
        let seat = (next == "at" && SEAT_ARRIVALS.contains(&t.lower.as_str()))
            .then(|| seat_at(toks, k + 2))
            .flatten();
        // "came to Washington": a capital, received by the country's top office holder.
        let capital = if seat.is_none()
            && CAPITAL_ARRIVALS
                .iter()
                .any(|(v, p)| *v == t.lower.as_str() && *p == next)
        {
            capital_at(text, toks, k + 2)
        } else {
            None
        };
        let Some((office, country)) = seat.or(capital.map(|c| ("", c))) else {
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
        // A visitor from the capital's own country comes home, not on a visit.
        if capital.is_some() && v.party.country.as_deref().is_none_or(|c| c == country) {
            continue;
        }
        let holds = |p: &Participant| {
            let office_ok = if office.is_empty() {
                hosts(p.role.as_deref()) && p.country.as_deref() == Some(country)
            } else {
                p.role
                    .as_deref()
                    .is_some_and(|r| r.to_lowercase().ends_with(office))
                    && p.country.as_deref().is_none_or(|c| c == country)
            };
            office_ok && p.name != v.party.name
        };
        // The holder named in the sentence ("he and President Obama"), the one the text names
        // with that office, or the office itself.
        let host = ents
            .iter()
            .find(|e| e.kind == EntKind::Person && holds(&e.party))
            .map(|e| e.party.clone())
            .or_else(|| {
                let office = if office.is_empty() { "leader" } else { office };
                resolve_office(idx, office, Some(country), &[])
            })
            .or_else(|| most_mentioned(idx, &holds))
            .unwrap_or(Participant {
                name: None,
                role: (!office.is_empty()).then(|| office.to_string()),
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
