//! Record helpers: earlier meetings a sentence refers back to, visits folded into the
//! meetings they hold, and the conversion to the public [`Meeting`].

use chrono::NaiveDate;

use super::dates::{self, Tense};
use super::merge::{self, Rec};
use super::parties::{self, EntKind};
use super::tokens::Tok;
use super::{cues, details, place};
use crate::{Meeting, MeetingKind, MeetingStatus, Participant, Span};
/// The earlier meeting a "first … since" mention points back to, as its own record.
#[allow(clippy::too_many_arguments)]
pub(super) fn reference_rec(
    text: &str,
    toks: &[Tok],
    d: &dates::Found,
    reference: Option<NaiveDate>,
    from: usize,
    hi: usize,
    parties: Vec<Participant>,
    span: Span,
    si: usize,
) -> Rec {
    let when = dates::date_ref(text, toks, d, reference, Tense::Past);
    let location = place::location(text, toks, from, from, hi, false).map(|x| x.1);
    let (occasion, side) =
        place::occasion_ranked(text, toks, from, hi).map_or((None, false), |(o, s)| (Some(o), s));
    let (topics, outcomes) = details::find(text, toks, from, hi);
    Rec {
        kind: MeetingKind::Bilateral,
        parties,
        status: MeetingStatus::Held,
        date: Some(when),
        location,
        occasion,
        side,
        duration: None,
        topics,
        outcomes,
        evidence: vec![span],
        last: si,
        negated: false,
        present: false,
        inferred: false,
        uncued: false,
        elsewhen: false,
        separate: false,
        quiet: Vec::new(),
    }
}

/// Files a reference-point meeting: it joins only a record of the same parties and date.
pub(super) fn add_reference(recs: &mut Vec<Rec>, old: Rec, si: usize) {
    let same_day = |r: &Rec| {
        merge::same_parties(&r.parties, &old.parties)
            && r.status == MeetingStatus::Held
            && matches!((r.date.as_ref().and_then(|d| d.value.as_ref()), old.date.as_ref().and_then(|d| d.value.as_ref())),
                (Some(x), Some(y)) if x.starts_with(y.as_str()) || y.starts_with(x.as_str()))
    };
    let from = recs.len().saturating_sub(cues::MAX_LOOKBACK);
    match recs.get(from..).unwrap_or(&[]).iter().rposition(same_day) {
        Some(i) => {
            if let Some(r) = recs.get_mut(from + i) {
                merge::join(r, old);
                r.last = r.last.max(si);
            }
        }
        None => recs.push(old),
    }
}

/// "Netanyahu" and "Israel" as the only two parties: a person does not meet their own country.
pub(super) fn meets_itself(parties: &[Participant]) -> bool {
    let [a, b] = parties else {
        return false;
    };
    let bare = |p: &Participant| p.name.is_none() && p.role.is_none() && p.country.is_some();
    (bare(a) || bare(b)) && a.country == b.country
}

/// Whether a date lies wholly before the reference date (the day of the report).
pub(super) fn before_reference(d: &crate::DateRef, reference: Option<NaiveDate>) -> bool {
    let (Some(v), Some(r)) = (d.value.as_deref(), reference) else {
        return false;
    };
    let r = r.format("%Y-%m-%d").to_string();
    // A day, month or year value is before the report if its last day is.
    v < r.get(..v.len()).unwrap_or(&r)
}

pub(super) fn nearest_tense(what: &dates::Expr, reference: Option<NaiveDate>) -> Tense {
    let Some(r) = reference else {
        return Tense::Past;
    };
    let past = dates::resolve(what, Some(r), Tense::Past)
        .and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok());
    let fut = dates::resolve(what, Some(r), Tense::Future)
        .and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok());
    match (past, fut) {
        (Some(p), Some(f)) if (f - r) < (r - p) => Tense::Future,
        _ => Tense::Past,
    }
}

/// "during Obama's visit to Turkey, President Recep Tayyip Erdogan reiterated …": a visit to a
/// country whose person the same sentence names is a visit to that person.
pub(super) fn host_for_visits(recs: &mut [Rec], ents: &[parties::Ent], si: usize) {
    for r in recs
        .iter_mut()
        .filter(|r| r.kind == MeetingKind::Visit && r.last == si)
    {
        let Some(k) = r
            .parties
            .iter()
            .rposition(|p| p.name.is_none() && p.role.is_none() && p.country.is_some())
        else {
            continue;
        };
        let country = r.parties.get(k).and_then(|p| p.country.clone());
        let host = ents
            .iter()
            .find(|e| {
                e.kind == EntKind::Person
                    && e.party.name.is_some()
                    && e.party.country == country
                    && !r.parties.iter().any(|p| p.name == e.party.name)
            })
            .or_else(|| sole_leader(ents, &r.parties));
        if let (Some(h), Some(slot)) = (host, r.parties.get_mut(k)) {
            *slot = h.party.clone();
        }
    }
}

/// "during Obama's visit to Turkey this week, President Erdogan reiterated …": the one leader
/// of the sentence who is not a visitor, subject of the clause after a comma, is the host.
fn sole_leader<'a>(ents: &'a [parties::Ent], visitors: &[Participant]) -> Option<&'a parties::Ent> {
    let mut found = ents.iter().filter(|e| {
        e.kind == EntKind::Person
            && e.party.name.is_some()
            && !visitors.iter().any(|p| p.name == e.party.name)
            && e.prep == ","
            && e.party.role.as_deref().is_some_and(|r| {
                let r = r.to_lowercase();
                !r.contains("vice")
                    && !r.contains("former")
                    && super::partycues::LEADER_ROLES.iter().any(|l| r.contains(l))
            })
    });
    let first = found.next();
    if found.next().is_some() {
        return None;
    }
    first
}

/// "Yang visited Japan and met with Kitamura": one visit, to the country of the person met.
pub(super) fn fold_visits(recs: &mut Vec<Rec>, created: &[usize]) {
    let visits: Vec<usize> = created
        .iter()
        .copied()
        .filter(|&i| {
            recs.get(i).is_some_and(|r| {
                r.kind == MeetingKind::Visit
                    && r.parties
                        .iter()
                        .any(|p| p.name.is_none() && p.role.is_none())
            })
        })
        .collect();
    let mut drop = Vec::new();
    for v in visits {
        let Some(vr) = recs.get(v).cloned() else {
            continue;
        };
        let Some(country) = vr
            .parties
            .iter()
            .find(|p| p.name.is_none())
            .and_then(|p| p.country.clone())
        else {
            continue;
        };
        let visitor: Vec<&Participant> = vr.parties.iter().filter(|p| p.name.is_some()).collect();
        let target = created.iter().copied().find(|&i| {
            i != v
                && recs.get(i).is_some_and(|r| {
                    r.kind != MeetingKind::Visit && visitor.iter().all(|x| r.parties.contains(x))
                })
        });
        if let Some(t) = target {
            if let Some(r) = recs.get_mut(t) {
                r.kind = MeetingKind::Visit;
                if r.location.is_none() {
                    r.location = vr.location.clone().or(Some(country));
                }
                if r.date.is_none() {
                    r.date = vr.date.clone();
                }
            }
            drop.push(v);
        }
    }
    drop.sort_unstable();
    for d in drop.into_iter().rev() {
        if d < recs.len() {
            recs.remove(d);
        }
    }
}

pub(super) fn into_meeting(mut r: Rec) -> Meeting {
    super::offices::counterpart_roles(&mut r.parties);
    let kind = super::camps::kind_by_sides(&r.parties, r.kind);
    Meeting {
        participants: r.parties,
        kind,
        status: r.status,
        date: r.date,
        location: r.location,
        occasion: r.occasion,
        duration: r.duration,
        topics: r.topics,
        outcomes: r.outcomes,
        evidence: r.evidence,
    }
}
