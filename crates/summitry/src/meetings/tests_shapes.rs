//! End-to-end checks of short shapes: a headline's comma pair, a signing called off after the
//! talks, and the earlier meeting "since" a person.

use super::testkit::{meet, names};
use super::*;

#[test]
fn a_headline_pairs_two_names_with_a_comma() {
    let m = meet(
        "Biden, Kishida cancel signing of trade deal after dispute\n\nU.S. President Joe Biden and Japanese Prime Minister Fumio Kishida spoke.",
        "2023-05-01",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Joe Biden", "Fumio Kishida"]);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
}

#[test]
fn a_signing_called_off_after_the_talks_is_a_meeting_of_its_own() {
    let m = meet(
        "U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida on Friday. The talks ended in a row, and a planned signing ceremony was canceled.",
        "2023-05-01",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m.iter().any(|x| x.status == MeetingStatus::Held));
    assert!(m
        .iter()
        .any(|x| x.status == MeetingStatus::Cancelled && names(x) == names(&m[0])));
}

#[test]
fn the_person_after_since_met_the_same_party_before() {
    let m = meet(
        "Japanese Prime Minister Fumio Kishida met with Chinese President Xi Jinping in Bangkok, making Kishida the first Japanese Prime Minister to have talks with the Chinese leader since Shinzo Abe in 2019.",
        "2022-11-18",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    let old = m
        .iter()
        .find(|x| names(x).contains(&"Shinzo Abe".to_string()));
    assert_eq!(
        old.map(names),
        Some(vec!["Shinzo Abe".to_string(), "Xi Jinping".to_string()])
    );
    assert_eq!(
        old.and_then(|x| x.date.as_ref())
            .and_then(|d| d.value.as_deref()),
        Some("2019")
    );
    // The main meeting does not take the earlier one's year.
    let main = m
        .iter()
        .find(|x| names(x).contains(&"Fumio Kishida".to_string()));
    assert!(main.and_then(|x| x.date.as_ref()).is_none(), "{m:?}");
}

#[test]
fn a_caption_in_the_present_and_the_held_meeting_are_one() {
    let m = meet(
        "Japanese Prime Minister Fumio Kishida meets Chinese President Xi Jinping in a bilateral meeting in Bangkok, Thursday, November 17, 2022. Kishida comes face-to-face with Xi on the sidelines of the APEC summit.",
        "2022-11-20",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Held);
    assert_eq!(m[0].evidence.len(), 2, "{m:?}");
}

#[test]
fn an_office_after_a_is_anyone_who_held_it() {
    let m = meet(
        "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping on Thursday. The last time a Japanese leader met a Chinese President was in 2019, when President Xi met former Prime Minister Shinzo Abe.",
        "2022-11-20",
    );
    let pairs: Vec<Vec<String>> = m.iter().map(names).collect();
    assert_eq!(
        pairs
            .iter()
            .filter(|p| p.contains(&"Fumio Kishida".to_string()))
            .count(),
        1,
        "{m:?}"
    );
}

#[test]
fn an_invitation_to_a_dated_summit_names_the_guest_by_pronoun_and_is_planned() {
    let m = meet(
        "Fiji Prime Minister Sitiveni Rabuka said on Thursday that U.S. President Joe Biden had invited him to a Pacific island summit in Washington in September.",
        "2023-05-20",
    );
    let inv = m
        .iter()
        .find(|x| names(x).contains(&"Sitiveni Rabuka".to_string()));
    assert!(
        inv.is_some_and(|x| names(x).contains(&"Joe Biden".to_string())),
        "{m:?}"
    );
    assert_eq!(inv.map(|x| x.status), Some(MeetingStatus::Planned), "{m:?}");
}

#[test]
fn called_him_names_no_call() {
    let m = meet(
        "Senator Ted Cruz spoke on Monday. U.S. President Joe Biden called him a liar.",
        "2023-05-20",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_will_clitic_makes_a_plan() {
    for t in ["we’ll have a meeting", "I'll have a meeting"] {
        let toks = tokens::tokenize(t, 0, t.len());
        assert_eq!(status(&toks, 0, 3, 4), MeetingStatus::Planned, "{t}");
    }
    let t = "we had a meeting";
    let toks = tokens::tokenize(t, 0, t.len());
    assert_eq!(status(&toks, 0, 3, 4), MeetingStatus::Held);
}

#[test]
fn a_hopeful_meeting_is_only_proposed() {
    let m = meet(
        "Australian Prime Minister Anthony Albanese was still hopeful the meeting with Indian Prime Minister Narendra Modi could proceed.",
        "2023-05-17",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Proposed);
}

#[test]
fn two_people_shaking_hands_or_signing_meet() {
    let m = meet(
        "Russian President Vladimir Putin and US President Donald Trump shook hands on the tarmac on Friday.",
        "2025-08-16",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Vladimir Putin", "Donald Trump"]);
    assert_eq!(m[0].status, MeetingStatus::Held);
    let m = meet(
        "A press conference where U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky planned to sign the minerals deal was canceled.",
        "2025-03-01",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    // One signer is no meeting.
    assert!(meet(
        "President Joe Biden signed the bill on Friday.",
        "2023-05-17"
    )
    .is_empty());
    // Two signers of something that is no pact between them do not meet.
    for t in [
        "Senator Maria Lopez and Senator Anna Berg signed a letter to the agency on Friday.",
        "President Joe Biden and Vice President Kamala Harris signed the executive order in separate ceremonies.",
    ] {
        assert!(meet(t, "2023-05-17").is_empty(), "{t}");
    }
}

#[test]
fn a_follow_up_meeting_is_another_meeting() {
    let m = meet(
        "Russian President Vladimir Putin held talks with US President Donald Trump on Friday. Trump, who has been talking about wanting a follow-up meeting, did not dismiss the idea.",
        "2025-08-16",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Held);
    assert_eq!(m[1].status, MeetingStatus::Proposed);
    assert_eq!(names(&m[0]), names(&m[1]));
}

#[test]
fn a_pair_subject_with_no_meeting_in_focus_is_the_two_just_named() {
    for t in [
        "Russian President Vladimir Putin and US President Donald Trump each flew to Alaska. They then walked toward each other, smiled and shook hands.",
        "Russian President Vladimir Putin and US President Donald Trump each flew to Alaska. Putin grinned as the two started their meeting.",
    ] {
        let m = meet(t, "2025-08-16");
        assert_eq!(m.len(), 1, "{t}: {m:?}");
        assert_eq!(names(&m[0]), vec!["Vladimir Putin", "Donald Trump"]);
    }
    // Three people named: "they" is not a pair.
    let m = meet(
        "Russian President Vladimir Putin, US President Donald Trump and Chinese President Xi Jinping flew in. They then shook hands.",
        "2025-08-16",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn the_visit_on_another_day_is_not_given_the_parties_in_focus() {
    let m = meet(
        "In 2012, Mitt Romney traveled to Jerusalem and met Israeli Prime Minister Benjamin Netanyahu on July 29, 2012. The visit in March 2013 became the high-water mark of the relationship.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 1, "{m:?}");
}

#[test]
fn a_discussion_between_a_grouping_is_a_meeting_of_its_members() {
    let m = meet(
        "We will be having that discussion between Quad leaders in Japan.",
        "2023-05-17",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].participants.len(), 4);
    assert_eq!(m[0].status, MeetingStatus::Planned);
}

#[test]
fn a_signing_called_off_has_one_signer_per_side() {
    let m = meet(
        "Ukrainian President Volodymyr Zelenskyy left the White House after a heated exchange with US President Donald Trump and US Vice President JD Vance. The deal signing was canceled.",
        "2025-02-28",
    );
    let off = m.iter().find(|x| x.status == MeetingStatus::Cancelled);
    assert_eq!(
        off.map(names),
        Some(vec![
            "Volodymyr Zelenskyy".to_string(),
            "Donald Trump".to_string()
        ]),
        "{m:?}"
    );
}

#[test]
fn bilaterals_inside_a_meeting_of_two_sides_pair_the_sides() {
    let m = meet(
        "French President Emmanuel Macron and European Commission President Ursula von der Leyen are meeting Chinese leader Xi Jinping in Beijing on Thursday. There will be bilateral as well as trilateral meetings.",
        "2023-04-06",
    );
    assert_eq!(m.len(), 3, "{m:?}");
    let pairs: Vec<Vec<String>> = m
        .iter()
        .filter(|x| x.kind == MeetingKind::Bilateral)
        .map(names)
        .collect();
    assert_eq!(
        pairs,
        vec![
            vec!["Emmanuel Macron".to_string(), "Xi Jinping".to_string()],
            vec!["Ursula von der Leyen".to_string(), "Xi Jinping".to_string()],
        ]
    );
    assert!(m.iter().all(|x| x.status == MeetingStatus::Planned));
}

#[test]
fn bilateral_qualifying_another_noun_opens_no_side_meetings() {
    for second in [
        "Bilateral trade will top the agenda of the meeting.",
        "The bilateral relationship will be the focus of the talks.",
    ] {
        let t = format!(
            "French President Emmanuel Macron and European Commission President Ursula von der Leyen are meeting Chinese leader Xi Jinping in Beijing on Thursday. {second}"
        );
        let m = meet(&t, "2023-04-06");
        assert_eq!(m.len(), 1, "{second}: {m:?}");
        assert_eq!(m[0].participants.len(), 3, "{second}: {m:?}");
    }
}

#[test]
fn a_pair_subject_meeting_someone_else_is_not_the_pair_meeting() {
    let m = meet(
        "Hillary Clinton and Bernie Sanders campaigned in Ohio on Monday. They met with Governor John Kasich.",
        "2016-03-10",
    );
    assert!(
        !m.iter()
            .any(|x| names(x) == vec!["Hillary Clinton", "Bernie Sanders"]),
        "{m:?}"
    );
}

#[test]
fn a_denied_meeting_makes_no_record_but_calls_off_a_plan() {
    let t = "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping did not hold a bilateral meeting at the BRICS summit.";
    assert!(meet(t, "2023-11-17").is_empty());
    let t = "Chinese President Xi Jinping will meet Japanese Prime Minister Fumio Kishida on Friday. Later, Xi and Kishida did not meet after all.";
    let m = meet(t, "2023-11-17");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
}

#[test]
fn a_plan_hung_on_a_cancelled_trip_is_cancelled_too() {
    let t = "Turkish President Recep Tayyip Erdogan canceled a planned trip to Israel, where he was to meet Prime Minister Benjamin Netanyahu.";
    let m = meet(t, "2023-11-17");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    let t = "Erdogan visited Israel on Monday, where he will meet Netanyahu on Tuesday.";
    assert!(meet(t, "2023-11-17")
        .iter()
        .all(|m| m.status != MeetingStatus::Cancelled));
}

#[test]
fn a_visit_by_someone_to_a_country_has_that_country_as_host() {
    let t = "A planned visit by German Foreign Minister Annalena Baerbock to China was postponed.";
    let m = meet(t, "2023-11-17");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].participants[1].country.as_deref(), Some("China"));
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    assert_eq!(m[0].kind, MeetingKind::Visit);
}

#[test]
fn a_plan_for_the_following_day_is_not_told_carried_out() {
    let m = meet(
        "U.S. President Joe Biden, who was set to meet the following day with Japanese Prime Minister Fumio Kishida, spoke on Thursday.",
        "2023-05-09",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Planned);
    // A plan for a day of the report's own week, now past, was held.
    let m = meet(
        "U.S. President Joe Biden was set to meet Japanese Prime Minister Fumio Kishida on Thursday.",
        "2023-05-09",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Held);
}

#[test]
fn an_invitation_to_a_planned_meeting_with_a_group_added_is_that_meeting() {
    let m = meet(
        "House Speaker Mike Johnson will meet with President Joe Biden on Friday. Johnson has invited Biden to meet with members of the House Republican leadership on Friday morning.",
        "2023-05-09",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Planned);
    assert_eq!(m[0].participants.len(), 3, "{m:?}");
    // A third named person is another meeting.
    let m = meet(
        "German Chancellor Olaf Scholz will meet French President Emmanuel Macron on Friday. Scholz has invited Macron to meet Italian Prime Minister Giorgia Meloni in Rome.",
        "2023-05-09",
    );
    assert_eq!(m.len(), 2, "{m:?}");
}

#[test]
fn one_group_told_in_other_words_is_one_meeting() {
    for t in [
        "Joe Biden met with Republican senators at the White House on Monday. Biden met with the GOP lawmakers for two hours.",
        "Joe Biden met with Senate Republicans at the White House on Monday. Biden met with the senators for two hours.",
        "Joe Biden met with Democratic lawmakers at the White House on Monday. Biden met with members of Congress for two hours.",
    ] {
        assert_eq!(meet(t, "2023-11-17").len(), 1, "{t}");
    }
    // A group of another kind, marked as one more meeting ("also"), stands apart.
    let m = meet(
        "Hillary Clinton met with community leaders in Charlotte on Tuesday. Clinton also met privately with several victims before the start of the roundtable discussion.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 2, "{m:?}");
}
