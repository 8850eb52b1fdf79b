//! Checks of the shapes a read-only review probed: each probe sentence, and an ordinary
//! sentence where the rule must not fire.

use super::testkit::{meet, names};
use super::*;

#[test]
fn an_invitation_to_meet_a_group_is_one_record() {
    let m = meet(
        "Paul Ryan has invited Donald Trump to meet with members of the House Republican leadership on Thursday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Planned);
    assert_eq!(names(&m[0]).len(), 3);
    // A proposal told in another sentence stays its own record.
    let m = meet(
        "Paul Ryan proposed a meeting with Donald Trump. Paul Ryan will meet Donald Trump and members of the House Republican leadership on Thursday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 2);
}

#[test]
fn an_invitation_to_meet_is_planned_unless_declined_or_past() {
    let status = |t: &str| {
        meet(t, "2023-11-17")
            .iter()
            .map(|m| m.status)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        status("Rishi Sunak invited Keir Starmer to meet him, but Starmer declined."),
        vec![MeetingStatus::Proposed]
    );
    assert!(!status(
        "Emmanuel Macron invited Joe Biden to meet with European leaders in Brussels in 2021, where they discussed trade."
    )
    .contains(&MeetingStatus::Planned));
    // "for a meeting" is asked for like "to meet".
    assert_eq!(
        status("Mike Johnson invited Benjamin Netanyahu for a meeting with congressional leaders in Washington next week."),
        vec![MeetingStatus::Planned]
    );
    // An ordinary held meeting after a decline elsewhere stays held.
    assert_eq!(
        status("Rishi Sunak met Keir Starmer on Monday after Starmer declined an interview."),
        vec![MeetingStatus::Held]
    );
}

#[test]
fn a_pair_meeting_again_or_elsewhere_is_a_second_record() {
    let m = meet(
        "Antony Blinken met Wang Yi in Beijing in June. Antony Blinken and Wang Yi met again in Washington last week.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 2);
    let m = meet(
        "Antony Blinken met Wang Yi in June. Antony Blinken and Wang Yi met again last week.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 2);
    // One meeting told twice, a city and its country named: one record.
    let m = meet(
        "Antony Blinken met Wang Yi in Beijing on Monday. Antony Blinken and Wang Yi met in China to discuss trade.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
}

#[test]
fn an_also_held_meeting_does_not_join_a_plan() {
    let m = meet(
        "Joe Biden will meet Mike Johnson on Friday. Biden also met the governor.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Planned);
    assert_eq!(m[0].evidence.len(), 1);
    // The plan told again with "also" and no clash joins.
    let m = meet(
        "Joe Biden will meet Mike Johnson on Friday. Biden will also meet him at the White House.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].evidence.len(), 2);
}

#[test]
fn convening_talks_with_one_person_is_bilateral() {
    let m = meet(
        "Joe Biden convened talks with Xi Jinping on Monday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].kind, MeetingKind::Bilateral);
    // A trilateral stays multilateral.
    let m = meet(
        "Joe Biden held a trilateral meeting with Xi Jinping on Monday.",
        "2023-11-17",
    );
    assert!(m.iter().all(|x| x.kind == MeetingKind::Multilateral));
}
