//! Visits to a place: the country of the place visited hosts the visitor ("a visit to
//! Washington by an Israeli delegation").

use super::super::names;
use super::super::parties::{Ent, EntKind};
use super::super::tokens::Tok;
use super::super::triggers::Trigger;
use super::lw;
use crate::Participant;

/// Words for a party sent by a government ("a high-level delegation").
const ENVOYS: &[&str] = &["delegation", "officials", "team", "envoys", "ministers"];

/// The host country and the visitor of a visit to a place: "a visit to Washington by an Israeli
/// delegation", "Israel cancels delegation's trip to Washington"; replaces `out` with the
/// visitor and the host when both are known.
pub(super) fn visit_host(
    text: &str,
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    out: &mut Vec<Participant>,
) {
    let mut k = trig.b;
    if lw(toks, k) == "to" {
        k += 1;
    }
    let n = names::place_len(text, toks, k);
    let place = toks
        .get(k)
        .zip(toks.get(k + n.max(1) - 1))
        .and_then(|(f, l)| text.get(f.start..l.end))
        .and_then(super::super::gazetteer::lookup);
    let Some(place) = place.filter(|_| n > 0) else {
        return;
    };
    let host = Participant {
        name: None,
        role: None,
        country: Some(place.country().to_string()),
    };
    let by = (k + n..(k + n + 3).min(toks.len())).find(|&j| lw(toks, j) == "by");
    let visitor = match by {
        Some(j) => match ents.iter().find(|e| e.a > j && e.a <= j + 4) {
            Some(e) => Some(Participant {
                name: None,
                role: None,
                country: e.party.country.clone(),
            }),
            None if (j..(j + 7).min(toks.len())).any(|x| ENVOYS.contains(&lw(toks, x))) => {
                out.first().map(|p| Participant {
                    name: None,
                    role: None,
                    country: p.country.clone(),
                })
            }
            None => None,
        },
        None => out
            .first()
            .filter(|p| p.name.is_none() && p.role.is_none())
            .cloned()
            .or_else(|| envoy_country(text, toks, ents, trig.a)),
    };
    if let Some(v) = visitor.filter(|v| v.country.is_some() && v.country != host.country) {
        out.clear();
        out.push(v);
        out.push(host);
        return;
    }
    // "with Xi recently paying a visit to Moscow": one named traveller from elsewhere, to a
    // capital, visits that country (its leader: see `sentence::capital_host`).
    let capital = matches!(place, super::super::gazetteer::Place::City(c, country)
        if super::super::gazetteer::capital_of(country) == Some(c));
    let traveller = out
        .first()
        .filter(|p| p.name.is_some() && p.country.is_some() && p.country != host.country);
    if by.is_none() && capital && out.len() == 1 && traveller.is_some() {
        out.push(host);
    }
}

/// "Israel's decision to cancel a delegation's visit": the envoys just before the visit come
/// from the country named last before them.
fn envoy_country(text: &str, toks: &[Tok], ents: &[Ent], a: usize) -> Option<Participant> {
    let e = (a.saturating_sub(3)..a).find(|&k| ENVOYS.contains(&lw(toks, k)))?;
    let country = ents
        .iter()
        .rev()
        .find(|x| x.b <= e && x.kind == EntKind::Country)
        .and_then(|c| c.party.country.clone())
        .or_else(|| {
            // A possessive country is no party of its own ("Israel's decision").
            (e.saturating_sub(ENVOY_REACH)..e).rev().find_map(|k| {
                let t = toks.get(k).filter(|t| t.cap && t.word)?;
                let p = super::super::gazetteer::lookup(text.get(t.start..t.end)?)?;
                Some(p.country().to_string())
            })
        })?;
    Some(Participant {
        name: None,
        role: None,
        country: Some(country),
    })
}

/// How many tokens before a delegation its country may stand ("Israel's decision to cancel").
const ENVOY_REACH: usize = 8;
