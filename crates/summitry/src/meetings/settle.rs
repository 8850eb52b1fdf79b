//! Status and parties settled from the rest of a trigger's sentence: a plan carried out or
//! told in the past, a predicate after the noun ("which took place"), an accepted invitation,
//! and the clause that leaves out its meeting verb (", and this week with Kasich").

use chrono::NaiveDate;

use super::cues::{self, ACCEPTED, HELD_AFTER, HELD_AFTER_REACH};
use super::dates::{self, Tense};
use super::parties;
use super::records::before_reference;
use super::tokens::Tok;
use super::{lw, phrase_at};
use crate::MeetingStatus;

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
