//! "Ryan and Trump agreed to meet again in the coming weeks": the promise of a further meeting
//! is the next meeting's plan, and the outcome of the pair's meeting already held.

use super::super::attrcues::AGAIN_OUTCOMES;
use super::super::merge::{same_parties, Rec};
use crate::MeetingStatus;

/// Whether an outcome promises a further meeting.
fn promises_another(o: &str) -> bool {
    let lower = o.to_lowercase();
    AGAIN_OUTCOMES.iter().any(|p| lower.starts_with(p))
}

/// Moves "meet again" outcomes of a planned meeting to the held meeting of the same parties
/// told nearest it, dropping them from the plan (what a plan decided is not yet decided).
pub(super) fn again_to_held(recs: &mut [Rec]) {
    let mut moves: Vec<(usize, usize, String)> = Vec::new();
    for (ri, r) in recs.iter().enumerate() {
        if r.status == MeetingStatus::Held {
            continue;
        }
        let Some(first) = r.evidence.first() else {
            continue;
        };
        for o in r.outcomes.iter().filter(|o| promises_another(o)) {
            // A held meeting is earlier than the plan however the text orders them: the one
            // told nearest it.
            let held = recs
                .iter()
                .enumerate()
                .filter(|(qi, q)| {
                    *qi != ri
                        && q.status == MeetingStatus::Held
                        && same_parties(&q.parties, &r.parties)
                })
                .min_by_key(|(_, q)| {
                    q.evidence
                        .first()
                        .map_or(usize::MAX, |e| e.start.abs_diff(first.start))
                });
            if let Some((qi, _)) = held {
                moves.push((ri, qi, o.clone()));
            }
        }
    }
    for (from, to, o) in moves {
        if let Some(r) = recs.get_mut(from) {
            r.outcomes.retain(|x| *x != o);
        }
        if let Some(q) = recs.get_mut(to) {
            if !q.outcomes.contains(&o) {
                q.outcomes.push(o);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MeetingKind, Participant, Span};

    fn rec(status: MeetingStatus, at: usize, outcomes: &[&str]) -> Rec {
        let parties = ["Donald Trump", "Paul Ryan"]
            .iter()
            .map(|n| Participant {
                name: Some((*n).to_string()),
                role: None,
                country: None,
            })
            .collect();
        let mut r = Rec::new(
            MeetingKind::Bilateral,
            parties,
            status,
            vec![Span {
                start: at,
                end: at + 1,
            }],
            0,
        );
        r.outcomes = outcomes.iter().map(|o| (*o).to_string()).collect();
        r
    }

    #[test]
    fn meeting_again_is_the_held_meetings_outcome() {
        let mut recs = vec![
            rec(MeetingStatus::Held, 0, &[]),
            rec(
                MeetingStatus::Planned,
                10,
                &["meet again in the coming weeks", "lower taxes"],
            ),
        ];
        again_to_held(&mut recs);
        assert_eq!(recs[0].outcomes, vec!["meet again in the coming weeks"]);
        assert_eq!(recs[1].outcomes, vec!["lower taxes"]);
        // No held meeting of the pair: the outcome stays.
        let mut recs = vec![rec(
            MeetingStatus::Planned,
            10,
            &["meet again in the coming weeks"],
        )];
        again_to_held(&mut recs);
        assert_eq!(recs[0].outcomes.len(), 1);
    }
}
