//! End-to-end checks of visits to a seat of government or a capital, and "paying X a visit".

use super::testkit::{meet, names};
use super::*;

fn visits(m: &[Meeting]) -> Vec<Vec<String>> {
    m.iter()
        .filter(|x| x.kind == MeetingKind::Visit)
        .map(names)
        .collect()
}

#[test]
fn coming_to_a_foreign_capital_is_a_visit_to_its_leader() {
    let m = meet(
        "U.S. President Joe Biden spoke on Monday. When Japanese Prime Minister Fumio Kishida came to Washington in January 2023, he brought gifts.",
        "2023-05-01",
    );
    assert_eq!(
        visits(&m),
        vec![vec!["Fumio Kishida".to_string(), "Joe Biden".to_string()]],
        "{m:?}"
    );
    assert_eq!(m[0].status, MeetingStatus::Held);
}

#[test]
fn coming_to_ones_own_capital_is_no_visit() {
    let m = meet(
        "U.S. President Joe Biden spoke on Monday. When U.S. Senator Ted Cruz came to Washington in 2013, he gave a long speech.",
        "2023-05-01",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_visit_to_a_capital_goes_to_the_leader_the_sentence_names() {
    let m = meet(
        "Japan has strengthened its ties with U.S. President Joe Biden, with Indian Prime Minister Narendra Modi recently paying a visit to Washington.",
        "2023-05-01",
    );
    assert_eq!(
        visits(&m),
        vec![vec!["Narendra Modi".to_string(), "Joe Biden".to_string()]],
        "{m:?}"
    );
}

#[test]
fn paying_someone_a_visit_makes_them_the_host() {
    let m = meet(
        "Indian Prime Minister Narendra Modi recently paid U.S. President Joe Biden a visit in Washington.",
        "2023-05-01",
    );
    assert_eq!(
        visits(&m),
        vec![vec!["Narendra Modi".to_string(), "Joe Biden".to_string()]],
        "{m:?}"
    );
}

#[test]
fn a_visit_that_sets_the_scene_of_a_meeting_is_no_record_of_its_own() {
    let m = meet(
        "Italian Prime Minister Giorgia Meloni is visiting London and had been expected to meet British Prime Minister Keir Starmer on Tuesday.",
        "2023-05-01",
    );
    assert!(visits(&m).is_empty(), "{m:?}");
    assert_eq!(m.len(), 1, "{m:?}");
}

#[test]
fn arriving_at_a_seat_of_government_is_a_visit_to_its_holder() {
    let m = meet(
        "German Chancellor Olaf Scholz arrived at the Kantei on Monday. Japanese Prime Minister Fumio Kishida welcomed the talks.",
        "2023-05-01",
    );
    assert_eq!(
        visits(&m),
        vec![vec!["Olaf Scholz".to_string(), "Fumio Kishida".to_string()]],
        "{m:?}"
    );
}

#[test]
fn a_meeting_noun_dated_today_without_a_tense_cue_is_to_come() {
    let m = meet(
        "U.S. President Joe Biden's meeting with Japanese Prime Minister Fumio Kishida on Tuesday night is an important step.",
        "2023-05-02",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Planned);
    // A past verb after the noun tells it was held.
    let m = meet(
        "U.S. President Joe Biden's meeting with Japanese Prime Minister Fumio Kishida on Tuesday ended without a deal.",
        "2023-05-02",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Held);
}
