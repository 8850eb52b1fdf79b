//! Status and parties settled from the rest of a trigger's sentence: a plan carried out or
//! told in the past, a predicate after the noun ("which took place"), an accepted invitation,
//! and the clause that leaves out its meeting verb (", and this week with Kasich").

use chrono::NaiveDate;

use super::cues::{
    self, ACCEPTED, CANCELLED_PREDICATES, HELD_AFTER, HELD_AFTER_REACH, PREDICATE_AUX,
    PREDICATE_REACH,
};
use super::dates::{self, Tense};
use super::parties;
use super::records::before_reference;
use super::tokens::Tok;
use super::{lw, phrase_at};
use crate::{wordclass, MeetingStatus};

/// The person of a clause that leaves out its meeting verb: ", and this week with Ohio Gov.
/// John Kasich" after the objects of "met" end at `from`; the start of the clause and the
/// person.
pub(super) fn gapped_party<'a>(
    toks: &[Tok],
    ents: &'a [parties::Ent],
    from: usize,
    hi: usize,
) -> Option<(usize, &'a parties::Ent)> {
    let and = (from..hi.min(from + cues::GAP_REACH))
        .find(|&k| lw(toks, k) == "," && lw(toks, k + 1) == "and")?
        + 1;
    let with = (and + 1..hi.min(and + 1 + cues::GAP_REACH))
        .take_while(|&k| {
            toks.get(k).is_some_and(|t| t.word)
                && !matches!(lw(toks, k), "he" | "she" | "they" | "it")
        })
        .find(|&k| lw(toks, k) == "with")?;
    let e = ents
        .iter()
        .find(|e| e.a > with && e.a <= with + 3 && e.kind == parties::EntKind::Person)?;
    (with + 1..e.a)
        .all(|k| toks.get(k).is_some_and(|t| t.cap))
        .then_some((and, e))
}

/// A plan carried out: "arrived at the White House for a hastily arranged visit", or "was to
/// arrive … on Monday" with that Monday past the report's date.
pub(super) fn carried_out(
    text: &str,
    toks: &[Tok],
    (lo, a): (usize, usize),
    best: Option<&dates::Found>,
    reference: Option<NaiveDate>,
    status: MeetingStatus,
) -> MeetingStatus {
    let day_passed = || {
        best.is_some_and(|d| {
            d.what != dates::Expr::Vague
                && before_reference(
                    &dates::date_ref(text, toks, d, reference, Tense::Past),
                    reference,
                )
        })
    };
    if status == MeetingStatus::Planned
        && (past_arrival(toks, lo, a) || (past_plan(toks, lo, a) && day_passed()))
    {
        MeetingStatus::Held
    } else {
        status
    }
}

/// Whether a past verb of arriving stands before the trigger in its stretch, not after a
/// modal or "to" ("arrived at the White House for a hastily arranged visit").
fn past_arrival(toks: &[Tok], lo: usize, a: usize) -> bool {
    (lo..a).any(|k| {
        cues::PAST_ARRIVALS.contains(&lw(toks, k))
            && !matches!(
                lw(toks, k.wrapping_sub(1)),
                "to" | "will" | "would" | "had" | "'d"
            )
    })
}

/// Whether the plan is told in the past ("was to arrive", "were expected to meet").
fn past_plan(toks: &[Tok], lo: usize, a: usize) -> bool {
    (lo..a).any(|k| cues::PAST_PLANS.iter().any(|p| phrase_at(toks, k, p)))
}

/// The status a predicate after the trigger settles: "a meeting …, which took place at Trump
/// Tower" was held whatever was requested before it; "invited Putin to visit …, and Putin
/// accepted the invitation" is a planned visit, not only a proposal.
pub(super) fn settled_after(
    toks: &[Tok],
    b: usize,
    hi: usize,
    status: MeetingStatus,
) -> MeetingStatus {
    if cancelled_predicate(toks, b, hi) {
        return MeetingStatus::Cancelled;
    }
    let held =
        (b..hi.min(b + HELD_AFTER_REACH)).any(|k| HELD_AFTER.iter().any(|p| phrase_at(toks, k, p)));
    if held && matches!(status, MeetingStatus::Proposed | MeetingStatus::Planned) {
        return MeetingStatus::Held;
    }
    if status == MeetingStatus::Proposed
        && (b..toks.len()).any(|k| ACCEPTED.iter().any(|p| phrase_at(toks, k, p)))
    {
        return MeetingStatus::Planned;
    }
    status
}

/// Whether the predicate of the meeting noun ending at `b` cancels it: the first auxiliary
/// after the noun ("The summit scheduled for May 24 in Sydney has been cancelled") opens a
/// cancelling participle. A relative pronoun or a clause break first ends the search: the verb
/// then belongs to another clause.
fn cancelled_predicate(toks: &[Tok], b: usize, hi: usize) -> bool {
    let Some(aux) = (b..hi.min(b + PREDICATE_REACH))
        .take_while(|&k| {
            !matches!(
                lw(toks, k),
                "that" | "which" | "who" | "whom" | "whose" | ";" | ":"
            )
        })
        .find(|&k| PREDICATE_AUX.contains(&lw(toks, k)))
    else {
        return false;
    };
    let mut k = aux;
    while PREDICATE_AUX.contains(&lw(toks, k)) || lw(toks, k) == "now" {
        k += 1;
    }
    CANCELLED_PREDICATES.iter().any(|p| phrase_at(toks, k, p))
}

/// Whether the trigger at `a` is what an invitation asks for ("has invited Donald Trump to
/// meet with members of the House leadership", "invited Netanyahu for a meeting with …"): a
/// meeting still to come.
pub(super) fn invited_to_meet(toks: &[Tok], a: usize) -> bool {
    let Some(k) = asked_for(toks, a) else {
        return false;
    };
    (a.saturating_sub(cues::INVITE_VISIT_REACH)..k)
        .rev()
        .take_while(|&k| !cues::CLAUSE_BREAKS.contains(&lw(toks, k)) && lw(toks, k) != ",")
        .any(|k| cues::INVITE_WORDS.contains(&lw(toks, k)))
}

/// Where the link before the trigger at `a` that an invitation's guest is asked by starts:
/// "to" before a verb ("to meet"), or "to"/"for" and an article before a noun ("for a meeting").
pub(crate) fn asked_for(toks: &[Tok], a: usize) -> Option<usize> {
    let before = |n: usize| a.checked_sub(n).map(|k| (k, lw(toks, k)));
    match (before(2), before(1)) {
        (Some((k, "to" | "for")), Some((_, art))) if wordclass::ARTICLES.contains(&art) => Some(k),
        (_, Some((k, "to"))) => Some(k),
        _ => None,
    }
}

/// Whether the guest turned the invitation down after the trigger ("invited Starmer to meet
/// him, but Starmer declined"): no meeting to come.
pub(super) fn invitation_declined(toks: &[Tok], b: usize, hi: usize) -> bool {
    (b..hi.min(toks.len())).any(|k| cues::DECLINED.iter().any(|p| phrase_at(toks, k, p)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn settle(t: &str, status: MeetingStatus) -> MeetingStatus {
        let toks = tokenize(t, 0, t.len());
        let b = toks
            .iter()
            .position(|x| x.lower == "meeting")
            .map_or(0, |i| i + 1);
        settled_after(&toks, b, toks.len(), status)
    }

    #[test]
    fn a_cancelling_predicate_outranks_the_participle_before_it() {
        let t = "The Quad Leaders Summit scheduled for May 24 in Sydney has been cancelled";
        let toks = tokenize(t, 0, t.len());
        let b = toks
            .iter()
            .position(|x| x.lower == "summit")
            .map_or(0, |i| i + 1);
        let s = super::super::status(&toks, 0, b, (b + cues::STATUS_AFTER).min(toks.len()));
        assert_eq!(s, MeetingStatus::Planned);
        assert_eq!(
            settled_after(&toks, b, toks.len(), s),
            MeetingStatus::Cancelled
        );
        // Another clause's verb is not the noun's predicate.
        assert_eq!(
            settle(
                "A meeting scheduled for May, which officials said was postponed once",
                MeetingStatus::Planned
            ),
            MeetingStatus::Planned
        );
        assert_eq!(
            settle(
                "The meeting planned for Friday will go ahead",
                MeetingStatus::Planned
            ),
            MeetingStatus::Planned
        );
    }

    #[test]
    fn a_decision_not_to_go_ahead_cancels_the_planned_visit() {
        let t = "Biden's decision not to go ahead with a planned visit to Australia";
        let toks = tokenize(t, 0, t.len());
        let b = toks
            .iter()
            .position(|x| x.lower == "visit")
            .map_or(0, |i| i + 1);
        assert_eq!(
            super::super::status(&toks, 0, b, toks.len()),
            MeetingStatus::Cancelled
        );
    }

    fn invited(t: &str) -> bool {
        let toks = tokenize(t, 0, t.len());
        let a = toks
            .iter()
            .position(|x| matches!(x.lower.as_str(), "meet" | "meeting"));
        assert!(a.is_some(), "no trigger in {t:?}");
        a.is_some_and(|a| invited_to_meet(&toks, a))
    }

    #[test]
    fn an_invitation_to_meet_asks_for_a_meeting_to_come() {
        assert!(invited(
            "Ryan has invited Donald Trump to meet with the leadership"
        ));
        assert!(!invited("Ryan went to Ohio to meet with the leadership"));
        assert!(!invited(
            "She invited reporters, and went to meet the mayor"
        ));
        assert!(invited(
            "Johnson invited Netanyahu for a meeting with congressional leaders"
        ));
        assert!(!invited(
            "Johnson invited Netanyahu after a meeting with leaders"
        ));
    }

    #[test]
    fn a_predicate_after_the_noun_settles_the_status() {
        assert_eq!(
            settle(
                "Kelly requested a meeting with Trump, which took place at Trump Tower",
                MeetingStatus::Proposed
            ),
            MeetingStatus::Held
        );
        assert_eq!(
            settle(
                "Kim proposed a meeting with Putin, and Putin accepted the invitation",
                MeetingStatus::Proposed
            ),
            MeetingStatus::Planned
        );
        assert_eq!(
            settle("Kim proposed a meeting with Putin", MeetingStatus::Proposed),
            MeetingStatus::Proposed
        );
    }
}
