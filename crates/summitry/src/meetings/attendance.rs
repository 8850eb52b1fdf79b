//! Who else was there: people another sentence puts at a held meeting join its parties
//! ("Vance, who was present in the room", "his wife, Jane, also were at the meeting",
//! "accompanied by …", "Obama and Vice President Joe Biden arrived in Orlando").

use super::merge::Rec;
use super::names::Index;
use super::parties::{self, Ent, EntKind};
use super::partycues::{
    ATTENDANCE, ATTENDANCE_REACH, ATTENDANCE_SUBJECT_REACH, ATTENDANCE_SUBJECT_STOPS, COMPANY,
    EVENT_CHAIN_REACH, EVENT_NOUNS, EVENT_NOUN_REACH, EVENT_ROLES, EVENT_ROLE_GAP, INSIDER_GAP,
    PARTICIPANT_REPORTS, SPOUSES, TELLING_VERBS, TRIP_SENTENCE_REACH, TRIP_VERBS,
};
use super::select::push_party;
use super::tokens::Tok;
use super::{lw, phrase_at};
use crate::{MeetingStatus, Participant, Span};

/// Adds to each held meeting the people the sentences at and after it place there.
pub(super) fn join(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
    idx: &Index,
) {
    if recs.is_empty() {
        return;
    }
    // The sentences each record cites.
    let at: Vec<Vec<usize>> = recs
        .iter()
        .map(|r| {
            r.evidence
                .iter()
                .filter_map(|e| {
                    let i = sentences.partition_point(|s| s.end <= e.start);
                    sentences
                        .get(i)
                        .filter(|s| s.start <= e.start && e.start < s.end)
                        .map(|_| i)
                })
                .collect()
        })
        .collect();
    // The sentences held records cite, sorted: attendance is read only near them.
    let mut cited: Vec<usize> = recs
        .iter()
        .zip(&at)
        .filter(|(r, _)| r.status == MeetingStatus::Held)
        .flat_map(|(_, s)| s.iter().copied())
        .collect();
    cited.sort_unstable();
    cited.dedup();
    let reach = ATTENDANCE_REACH.max(TRIP_SENTENCE_REACH);
    let near = |si: usize| {
        let k = cited.partition_point(|&c| c + reach < si);
        cited.get(k).is_some_and(|&c| c <= si + reach)
    };
    for (si, toks) in sents.iter().enumerate() {
        if !near(si) || !toks.iter().any(|t| may_cue(&t.lower)) {
            continue;
        }
        let ents = parties::entities(text, toks, idx);
        let (came, trip) = attendees(text, toks, &ents);
        let trip = trip.then_some(came.as_slice());
        if came.is_empty() {
            continue;
        }
        let Some(r) = target(recs, &at, si, trip) else {
            continue;
        };
        let Some(rec) = recs.get_mut(r) else { continue };
        // On a trip, one traveller must be a party already: the others came with them.
        if trip.is_some() && !shares(&rec.parties, &came) {
            continue;
        }
        for p in &came {
            push_party(&mut rec.parties, p);
        }
    }
}

/// Cheap test of a token that every attendance cue holds.
fn may_cue(w: &str) -> bool {
    matches!(
        w,
        "present"
            | "room"
            | "meeting"
            | "talks"
            | "call"
            | "by"
            | "arrived"
            | "landed"
            | "traveled"
            | "travelled"
            | "flew"
    )
}

/// The held record a sentence's attendance tells of: one that cites the sentence, else the
/// one cited last in the sentences just before.
fn target(
    recs: &[Rec],
    at: &[Vec<usize>],
    si: usize,
    trip: Option<&[Participant]>,
) -> Option<usize> {
    let held = |r: usize| {
        recs.get(r).is_some_and(|x| {
            x.status == MeetingStatus::Held && trip.is_none_or(|t| shares(&x.parties, t))
        })
    };
    if let Some(r) =
        (0..recs.len()).find(|&r| held(r) && at.get(r).is_some_and(|s| s.contains(&si)))
    {
        return Some(r);
    }
    let reach = if trip.is_some() {
        TRIP_SENTENCE_REACH
    } else {
        ATTENDANCE_REACH
    };
    let from = si.saturating_sub(reach);
    let mut best: Option<(usize, usize)> = None;
    for (r, ss) in at.iter().enumerate() {
        if !held(r) {
            continue;
        }
        if let Some(&s) = ss.iter().filter(|&&s| s < si && s >= from).max() {
            if best.is_none_or(|(b, _)| s >= b) {
                best = Some((s, r));
            }
        }
    }
    // A trip may come before the meeting it leads to ("arrived in Orlando … met survivors").
    if best.is_none() && trip.is_some() {
        for (r, ss) in at.iter().enumerate() {
            if held(r) && ss.iter().any(|&s| s > si && s <= si + reach) {
                return Some(r);
            }
        }
    }
    best.map(|(_, r)| r)
}

/// The people a sentence places at a meeting, and whether they are the pair of a shared trip
/// (one of whom must already be a party).
fn attendees(text: &str, toks: &[Tok], ents: &[Ent]) -> (Vec<Participant>, bool) {
    let mut out: Vec<Participant> = Vec::new();
    for c in 0..toks.len() {
        let also = usize::from(lw(toks, c) == "also");
        let at = c + also;
        let hit = ATTENDANCE.iter().any(|p| phrase_at(toks, at, p))
            || ATTENDANCE.iter().any(|p| {
                // "were also at the meeting".
                let mut ws = p.split(' ');
                let first = ws.next().unwrap_or("");
                lw(toks, c) == first
                    && lw(toks, c + 1) == "also"
                    && ws.enumerate().all(|(k, w)| lw(toks, c + 2 + k) == w)
            });
        if hit && c > 0 {
            subject(text, toks, ents, c, &mut out);
            continue;
        }
        if let Some(p) = insider(toks, ents, c) {
            push_party(&mut out, &p);
            continue;
        }
        if let Some(n) = event_role(toks, c) {
            // "the event, organized by evangelist Paula White and attended by …".
            let b = c + n;
            if let Some(k) = ents.iter().position(|e| {
                e.kind == EntKind::Person
                    && e.a >= b
                    && e.a <= b + EVENT_ROLE_GAP
                    && (b..e.a).all(|j| toks.get(j).is_some_and(|t| t.word))
            }) {
                let (_, hi) = parties::group(ents, toks, k);
                let mut last = k;
                for (j, e) in ents.iter().enumerate().skip(k) {
                    // "… and Kenneth Copeland and TBN's Jan Crouch": a possessor before a name
                    // keeps the list going.
                    let listed = j <= hi
                        || ents.get(last).is_some_and(|p| {
                            e.a > p.b
                                && lw(toks, p.b) == "and"
                                && (p.b + 1..e.a)
                                    .all(|x| toks.get(x).is_some_and(|t| t.cap || t.lower == "'s"))
                        });
                    if !listed || e.kind != EntKind::Person {
                        break;
                    }
                    push_party(&mut out, &e.party);
                    last = j;
                }
            }
            continue;
        }
        if let Some(p) = COMPANY.iter().find(|p| phrase_at(toks, c, p)) {
            let b = c + p.split(' ').count();
            if let Some(k) = ents
                .iter()
                .position(|e| e.a == b && e.kind == EntKind::Person)
            {
                let (_, hi) = parties::group(ents, toks, k);
                for e in ents.get(k..=hi).unwrap_or(&[]) {
                    if e.kind == EntKind::Person {
                        push_party(&mut out, &e.party);
                    }
                }
            }
        }
    }
    if !out.is_empty() {
        return (out, false);
    }
    // "Obama and Vice President Joe Biden arrived in Orlando".
    for (k, e) in ents.iter().enumerate() {
        if e.kind != EntKind::Person {
            continue;
        }
        let (lo, hi) = parties::group(ents, toks, k);
        if lo != k || hi == k {
            continue;
        }
        let Some(last) = ents.get(hi) else { continue };
        let v = last.b + usize::from(lw(toks, last.b) == "also");
        if !TRIP_VERBS.contains(&lw(toks, v)) {
            continue;
        }
        let group = ents.get(lo..=hi).unwrap_or(&[]);
        if group.iter().any(|g| g.kind != EntKind::Person) {
            continue;
        }
        // Either may be the traveller the other came with: the caller checks which is a party.
        if let [first, second] = group {
            return (vec![first.party.clone(), second.party.clone()], true);
        }
    }
    (Vec::new(), false)
}

/// The length of a role phrase at token `c` that tells who organised or attended a meeting
/// named just before it ("the event–organized by …", "the meeting, attended by …"), or of one
/// chained to such a phrase by "and" ("… organized by A and attended by B").
fn event_role(toks: &[Tok], c: usize) -> Option<usize> {
    let p = EVENT_ROLES.iter().find(|p| phrase_at(toks, c, p))?;
    let named = |at: usize| {
        (at.saturating_sub(EVENT_NOUN_REACH)..at).any(|j| EVENT_NOUNS.contains(&lw(toks, j)))
    };
    let mut at = c;
    // Walk back over earlier role phrases of the chain ("organized by A and attended by").
    for _ in 0..EVENT_ROLES.len() {
        if named(at) {
            return Some(p.split(' ').count());
        }
        let back = (at.saturating_sub(EVENT_CHAIN_REACH)..at)
            .rev()
            .find(|&j| EVENT_ROLES.iter().any(|q| phrase_at(toks, j, q)))?;
        if !(back..at).any(|j| lw(toks, j) == "and") {
            return None;
        }
        at = back;
    }
    None
}

/// "Rep. Chris Collins, R-NY, says meeting participants outlined …": one who tells what the
/// participants of a meeting did was among them. The teller of a telling verb at token `c`.
fn insider(toks: &[Tok], ents: &[Ent], c: usize) -> Option<Participant> {
    if !TELLING_VERBS.contains(&lw(toks, c)) || c == 0 {
        return None;
    }
    let mut j = c + 1;
    if lw(toks, j) == "that" {
        j += 1;
    }
    if !PARTICIPANT_REPORTS.iter().any(|p| phrase_at(toks, j, p)) {
        return None;
    }
    let e = ents
        .iter()
        .rev()
        .find(|e| e.b <= c && e.kind == EntKind::Person)?;
    // Only an apposition may stand between ("Collins, R-NY, says").
    let close = c - e.b <= INSIDER_GAP
        && (e.b..c).all(|k| {
            toks.get(k)
                .is_some_and(|t| matches!(t.lower.as_str(), "," | "-") || (t.word && t.cap))
        });
    close.then(|| e.party.clone())
}

/// The people in the subject of an attendance verb at token `c`.
fn subject(text: &str, toks: &[Tok], ents: &[Ent], c: usize, out: &mut Vec<Participant>) {
    // "Vance, who was present": the person before the relative clause.
    if lw(toks, c - 1) == "who" && c >= 2 {
        let end = if lw(toks, c - 2) == "," { c - 2 } else { c - 1 };
        if let Some(e) = ents
            .iter()
            .find(|e| e.b == end && e.kind == EntKind::Person)
        {
            push_party(out, &e.party);
        }
        return;
    }
    let floor = c.saturating_sub(ATTENDANCE_SUBJECT_REACH);
    let lo = (floor..c)
        .rev()
        .find(|&k| ATTENDANCE_SUBJECT_STOPS.contains(&lw(toks, k)))
        .map_or(floor, |k| k + 1);
    for e in ents
        .iter()
        .filter(|e| e.a >= lo && e.b <= c && e.kind == EntKind::Person)
    {
        // "Sanders's advisers": a possessor is not there himself.
        if lw(toks, e.b) != "'s" {
            push_party(out, &e.party);
        }
    }
    // "his wife, Jane": the spouse by first name, with the surname of the one whose spouse.
    for k in lo..c {
        let (poss, sp) = (lw(toks, k), lw(toks, k + 1));
        if !matches!(poss, "his" | "her") || !SPOUSES.contains(&sp) || lw(toks, k + 2) != "," {
            continue;
        }
        let Some(first) = toks.get(k + 3).filter(|t| t.cap && t.word) else {
            continue;
        };
        if toks.get(k + 4).is_some_and(|t| t.cap && t.word) {
            // A full name: a person mention the entity pass found, or none.
            continue;
        }
        let Some(partner) = ents
            .iter()
            .rev()
            .find(|e| e.b <= k && e.kind == EntKind::Person)
        else {
            continue;
        };
        let Some(surname) = partner
            .party
            .name
            .as_deref()
            .and_then(|n| n.split(' ').next_back())
        else {
            continue;
        };
        let Some(given) = text.get(first.start..first.end) else {
            continue;
        };
        push_party(
            out,
            &Participant {
                name: Some(format!("{given} {surname}")),
                role: None,
                country: partner.party.country.clone(),
            },
        );
    }
}

/// Whether any named person of `people` is among `parties`.
fn shares(parties: &[Participant], people: &[Participant]) -> bool {
    people
        .iter()
        .any(|t| t.name.is_some() && parties.iter().any(|p| p.name == t.name))
}
