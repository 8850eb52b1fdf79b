//! End-to-end checks of which records the stage makes: splits, groups and participants.

use super::testkit::{self, meet};
use super::*;
use crate::Participant;

fn day(m: &Meeting) -> Option<&str> {
    m.date.as_ref().and_then(|d| d.value.as_deref())
}

#[test]
fn talks_on_another_day_are_another_meeting() {
    let m = meet(
        "Chinese President Xi Jinping met French President Emmanuel Macron for dinner in Guangzhou on Friday. The two leaders held official talks on Thursday in Beijing.",
        "2023-04-08",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    let mut days: Vec<_> = m.iter().filter_map(day).collect();
    days.sort_unstable();
    assert_eq!(days, vec!["2023-04-06", "2023-04-07"]);
}

#[test]
fn talks_told_again_on_the_same_day_stay_one_meeting() {
    let m = meet(
        "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing on Thursday. The two leaders held talks on Thursday for three hours.",
        "2023-04-08",
    );
    assert_eq!(m.len(), 1, "{m:?}");
}

#[test]
fn she_is_not_the_man_named_last() {
    let m = meet(
        "Attorney General Loretta Lynch spoke after FBI Director James Comey testified. She has been under fire for a private meeting last Monday with former President Bill Clinton.",
        "2016-07-06",
    );
    let who: Vec<Vec<Option<String>>> = m
        .iter()
        .map(|x| x.participants.iter().map(|p| p.name.clone()).collect())
        .collect();
    assert!(
        who.iter().any(|w| w.contains(&Some("Loretta Lynch".into()))
            && w.contains(&Some("Bill Clinton".into()))),
        "{who:?}"
    );
    assert!(
        !who.iter().any(|w| w.contains(&Some("James Comey".into()))),
        "{who:?}"
    );
}

#[test]
fn a_caption_in_the_present_of_a_past_day_is_held() {
    let t = "Australia's Prime Minister Anthony Albanese meets China's President Xi Jinping in Bali, Indonesia, Tuesday, November 15, 2022.";
    let m = meet(t, "2022-11-20");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Held);
    let m = meet(t, "2022-11-10");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].status, MeetingStatus::Planned);
}

#[test]
fn a_person_does_not_meet_their_own_country() {
    let p = |name: Option<&str>, country: &str| Participant {
        name: name.map(Into::into),
        role: None,
        country: Some(country.into()),
    };
    assert!(meets_itself(&[
        p(Some("Benjamin Netanyahu"), "Israel"),
        p(None, "Israel")
    ]));
    assert!(!meets_itself(&[
        p(Some("Benjamin Netanyahu"), "Israel"),
        p(None, "United States")
    ]));
    assert!(!meets_itself(&[
        p(Some("Yoav Gallant"), "Israel"),
        p(Some("Benjamin Netanyahu"), "Israel")
    ]));
}

#[test]
fn a_plan_of_the_two_beside_their_held_call_is_another_meeting() {
    let m = meet(
        "U.S. Secretary of State Marco Rubio spoke by telephone on Monday with Russian Foreign Minister Sergei Lavrov, after Trump said that the two top diplomats would be meeting this week.",
        "2025-10-21",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m
        .iter()
        .any(|x| x.kind == MeetingKind::Call && x.status == MeetingStatus::Held));
    assert!(m.iter().any(|x| x.status != MeetingStatus::Held));
}

#[test]
fn talks_after_during_are_between_the_two_people_of_the_clause() {
    let m = meet(
        "President Donald Trump pressured Ukrainian President Volodymyr Zelensky to give up the Donbas during \"tense\" talks last Friday in Washington.",
        "2025-10-22",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    let who: Vec<_> = m[0]
        .participants
        .iter()
        .filter_map(|p| p.name.clone())
        .collect();
    assert_eq!(who, vec!["Donald Trump", "Volodymyr Zelensky"]);
    assert_eq!(day(&m[0]), Some("2025-10-17"));
}

#[test]
fn visits_by_two_people_are_one_visit_each() {
    let m = meet(
        "It precedes expected visits to China by Treasury Secretary Janet Yellen and Secretary of State Antony Blinken in the coming weeks.",
        "2024-04-02",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    for x in &m {
        assert_eq!(x.kind, MeetingKind::Visit);
        assert_eq!(x.participants.len(), 2);
        assert!(x
            .participants
            .iter()
            .any(|p| p.name.is_none() && p.country.as_deref() == Some("China")));
    }
}

#[test]
fn no_plans_for_someone_to_meet_is_never_a_held_meeting() {
    let m = meet(
        "A White House official said there were no plans for President Donald Trump to meet with Russian President Vladimir Putin in the immediate future.",
        "2025-10-22",
    );
    assert!(m.iter().all(|x| x.status != MeetingStatus::Held), "{m:?}");
}

#[test]
fn a_planned_meeting_found_not_necessary_is_called_off() {
    let m = meet(
        "Secretary of State Marco Rubio spoke by telephone on Monday with Russian Foreign Minister Sergei Lavrov, after Trump said that the two top diplomats would be meeting this week. \"An additional in-person meeting between the secretary and foreign minister is not necessary,\" an official said.",
        "2025-10-22",
    );
    assert!(
        m.iter()
            .any(|x| x.kind != MeetingKind::Call && x.status == MeetingStatus::Cancelled),
        "{m:?}"
    );
    assert!(
        m.iter().all(|x| x.status != MeetingStatus::Planned),
        "{m:?}"
    );
}

#[test]
fn a_groupings_meeting_is_its_members_leaders() {
    let m = meet(
        "Australian Prime Minister Anthony Albanese said the Sydney Quad meeting will not go ahead after US President Joe Biden pulled out.",
        "2023-05-17",
    );
    let q = m
        .iter()
        .find(|x| x.participants.len() == 4)
        .expect("a four-party Quad record");
    assert_eq!(q.kind, MeetingKind::Multilateral);
    assert_eq!(q.status, MeetingStatus::Cancelled);
    let names: Vec<_> = q
        .participants
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert!(
        names.contains(&"Anthony Albanese") && names.contains(&"Joe Biden"),
        "{q:?}"
    );
    let unnamed: Vec<_> = q
        .participants
        .iter()
        .filter(|p| p.name.is_none())
        .filter_map(|p| p.country.as_deref())
        .collect();
    assert_eq!(unnamed, vec!["Japan", "India"]);
}

#[test]
fn a_grouping_as_occasion_is_no_meeting_of_its_members() {
    let m = meet(
        "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva on the sidelines of the BRICS summit in Johannesburg.",
        "2023-08-23",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].participants.len(), 2);
}

#[test]
fn a_plan_made_instead_is_not_the_called_off_meeting() {
    let m = meet(
        "The Quad leaders' summit in Sydney has been cancelled, Australian Prime Minister Anthony Albanese said after US President Joe Biden pulled out. Instead, the Quad nations are expected to have a sideline meeting in Hiroshima this weekend.",
        "2023-05-17",
    );
    let quad: Vec<_> = m.iter().filter(|x| x.participants.len() == 4).collect();
    assert_eq!(quad.len(), 2, "{m:?}");
    assert!(quad.iter().any(|x| x.status == MeetingStatus::Cancelled));
    assert!(quad.iter().any(|x| x.status == MeetingStatus::Planned));
}

#[test]
fn a_call_before_a_called_off_meeting_is_a_held_call() {
    let m = meet(
        "US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov called off an expected meeting after speaking by phone on Monday, the White House said.",
        "2025-10-22",
    );
    assert!(
        m.iter()
            .any(|x| x.kind == MeetingKind::Call && x.status == MeetingStatus::Held),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|x| x.kind != MeetingKind::Call && x.status == MeetingStatus::Cancelled),
        "{m:?}"
    );
}

#[test]
fn a_phone_call_that_led_to_a_plan_is_its_own_held_call() {
    let m = meet(
        "Donald Trump announced on Sunday that he would meet Vladimir Putin in Budapest, following what he called a productive phone call to end the war.",
        "2025-10-22",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m
        .iter()
        .any(|x| x.kind == MeetingKind::Call && x.status == MeetingStatus::Held));
    assert!(m.iter().any(|x| x.status == MeetingStatus::Planned));
}

#[test]
fn a_pronoun_subject_a_few_words_back_is_a_party() {
    let m = meet(
        "US President Donald Trump said Tuesday he had shelved plans for a summit in Budapest with Russia's Vladimir Putin.",
        "2025-10-22",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    let names: Vec<_> = m[0]
        .participants
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, vec!["Donald Trump", "Vladimir Putin"]);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
}

#[test]
fn arriving_at_a_seat_of_government_is_a_visit_to_its_holder() {
    let m = meet(
        "When Prime Minister Benjamin Netanyahu arrived at the White House on Monday, he and President Barack Obama had reasons to put the past behind them.",
        "2015-11-10",
    );
    let v = m
        .iter()
        .find(|x| x.kind == MeetingKind::Visit)
        .expect("a visit");
    let names: Vec<_> = v
        .participants
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, vec!["Benjamin Netanyahu", "Barack Obama"]);
    assert_eq!(v.status, MeetingStatus::Held);
    assert_eq!(day(v), Some("2015-11-09"));
}

#[test]
fn a_generic_group_said_who_it_is_is_a_party() {
    let m = meet(
        "Ahead of last week's primary, Hillary Clinton met with workers impacted by the layoffs.",
        "2016-03-24",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0]
        .participants
        .iter()
        .any(|p| p.name.is_none() && p.role.as_deref() == Some("workers")));
}

#[test]
fn the_antecedent_of_who_is_the_subject() {
    let m = meet(
        "It marked the latest abrupt shift by Donald Trump, who in August welcomed Vladimir Putin to Alaska.",
        "2025-10-21",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    let names: Vec<_> = m[0]
        .participants
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, vec!["Donald Trump", "Vladimir Putin"]);
}

#[test]
fn one_who_tells_of_a_meeting_with_someone_takes_part() {
    let m = meet(
        "Anthony Albanese also said a planned bilateral meeting with Prime Minister Narendra Modi in Australia might still go ahead.",
        "2023-05-17",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].participants.len(), 2);
    // An interview is told, not a meeting the teller reports.
    let m = meet(
        "\"I will be voting for Ted Cruz,\" Mike Pence said in an interview with conservative host Greg Garrison on WIBC radio.",
        "2016-04-30",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_country_visited_this_week_is_the_host() {
    let m = meet(
        "Treasury Secretary Janet Yellen visited China this week.",
        "2024-04-02",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    let v = &m[0];
    assert_eq!(v.kind, MeetingKind::Visit);
    assert!(v
        .participants
        .iter()
        .any(|p| p.name.is_none() && p.country.as_deref() == Some("China")));
}

#[test]
fn the_leader_after_a_visit_phrase_is_the_host() {
    let m = meet(
        "Turkish media reported that during President Barack Obama's visit to Turkey this week, President Recep Tayyip Erdogan reiterated his request.",
        "2015-11-20",
    );
    let v = m
        .iter()
        .find(|x| x.kind == MeetingKind::Visit)
        .expect("a visit");
    let names: Vec<_> = v
        .participants
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(names, vec!["Barack Obama", "Recep Tayyip Erdogan"], "{v:?}");
}

#[test]
fn region_island_leaders_meet_a_leader_and_a_delegation() {
    let m = meet(
        "Pacific island leaders will meet Indian Prime Minister Narendra Modi and a high-level U.S. delegation in Papua New Guinea on Monday.",
        "2023-05-18",
    );
    let r = m
        .iter()
        .find(|x| x.participants.len() == 3)
        .expect("a three-party record");
    assert_eq!(r.kind, MeetingKind::Multilateral);
    assert!(r
        .participants
        .iter()
        .any(|p| p.role.as_deref() == Some("Pacific island leaders")));
    assert!(r
        .participants
        .iter()
        .any(|p| p.name.is_none() && p.country.as_deref() == Some("United States")));
}

fn names(m: &Meeting) -> Vec<String> {
    let mut v = testkit::names(m);
    v.sort();
    v
}

#[test]
fn an_accepted_invitation_to_visit_is_one_planned_visit() {
    let m = meet(
        "North Korean leader Kim Jong-un has invited Russian President Vladimir Putin to visit his country during their summit, and Putin accepted the invitation, state media reported Thursday.",
        "2023-09-14",
    );
    let visits: Vec<_> = m.iter().filter(|x| x.kind == MeetingKind::Visit).collect();
    assert_eq!(visits.len(), 1, "{m:?}");
    assert_eq!(
        visits.first().map(|v| v.status),
        Some(MeetingStatus::Planned)
    );
    assert!(
        !m.iter().any(|x| x.status == MeetingStatus::Proposed),
        "{m:?}"
    );
}

#[test]
fn an_invitation_to_visit_alone_is_a_proposed_visit() {
    let m = meet(
        "Turkish President Recep Tayyip Erdogan invited Syrian President Bashar al-Assad to visit Turkey next month.",
        "2023-09-14",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.kind), Some(MeetingKind::Visit));
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Proposed));
}

#[test]
fn a_requested_meeting_that_took_place_was_held() {
    let m = meet(
        "Fox News anchor Megyn Kelly requested a meeting with Donald Trump, which took place at Trump Tower this morning, the statement read.",
        "2016-04-13",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Held));
}

#[test]
fn the_sponsor_of_a_trip_did_not_travel() {
    let m = meet(
        "The Turquoise Council was a primary sponsor of a congressional trip to Azerbaijan in 2013.",
        "2015-11-20",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn pulling_out_of_a_visit_keeps_its_traveller() {
    let m = meet(
        "U.S. President Joe Biden pulled out of a trip to Japan.",
        "2023-05-19",
    );
    assert!(
        m.iter()
            .any(|x| names(x).contains(&"Joe Biden".to_string())),
        "{m:?}"
    );
}

#[test]
fn the_last_president_to_visit_is_a_record_not_a_visit() {
    let m = meet(
        "According to the State Department, the last US president to visit Russia was a Democrat.",
        "2025-08-16",
    );
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_trip_the_sentence_subject_ends_is_their_visit() {
    let m = meet(
        "President Barack Obama made the comments just before ending a three-day trip to Vietnam, whose high point was an announcement.",
        "2016-05-25",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.kind), Some(MeetingKind::Visit));
    assert_eq!(
        m.first().map(names),
        Some(vec!["Barack Obama".to_string(), "Vietnam".to_string()])
    );
}

#[test]
fn the_one_a_call_is_made_to_tell_is_its_other_party() {
    let m = meet(
        "Senator Mitch McConnell agreed to a phone call on Wednesday, but only to tell President Barack Obama that he will not agree to a sit-down.",
        "2016-03-18",
    );
    assert!(
        m.iter().any(|x| x.kind == MeetingKind::Call
            && names(x) == vec!["Barack Obama".to_string(), "Mitch McConnell".to_string()]),
        "{m:?}"
    );
}

#[test]
fn a_heated_exchange_before_what_the_subject_did_was_held() {
    let m = meet(
        "Ukrainian President Volodymyr Zelenskyy left the White House early on Friday without signing a planned minerals agreement following a heated exchange with US President Donald Trump.",
        "2025-03-01",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Held));
    assert_eq!(
        m.first().map(names),
        Some(vec![
            "Donald Trump".to_string(),
            "Volodymyr Zelenskyy".to_string()
        ])
    );
}

#[test]
fn a_cancelled_signing_of_two_leaders_is_a_cancelled_meeting() {
    let m = meet(
        "U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky cancelled the signing of a minerals deal on Friday.",
        "2025-03-01",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Cancelled));
}

#[test]
fn a_plan_told_in_the_past_for_a_day_gone_by_was_held() {
    let m = meet(
        "Prime Minister Benjamin Netanyahu was to meet President Barack Obama at the White House on Monday.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Held));
    let m = meet(
        "Prime Minister Benjamin Netanyahu was to meet President Barack Obama at the White House on Monday.",
        "2015-11-09",
    );
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Planned));
}

#[test]
fn arriving_for_an_arranged_meeting_carries_it_out() {
    let m = meet(
        "Prime Minister Benjamin Netanyahu arrived in Washington for a hastily arranged meeting with President Barack Obama.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Held));
}

#[test]
fn an_arranged_chat_beside_a_meeting_is_no_meeting_of_its_own() {
    let m = meet(
        "Barack Obama and Benjamin Netanyahu first met in 2007 when their aides hastily arranged a chat at an airport.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m.first().map(|v| v.status), Some(MeetingStatus::Held));
}

#[test]
fn a_clause_that_leaves_out_met_is_another_meeting_of_the_subject() {
    let m = meet(
        "Governor Mike Pence met with Senator Ted Cruz last week, and this week with Ohio Gov. John Kasich, the third candidate.",
        "2016-04-30",
    );
    assert!(
        m.iter()
            .any(|x| names(x) == vec!["John Kasich".to_string(), "Mike Pence".to_string()]),
        "{m:?}"
    );
    assert!(
        m.iter()
            .any(|x| names(x) == vec!["Mike Pence".to_string(), "Ted Cruz".to_string()]),
        "{m:?}"
    );
}

#[test]
fn a_cancelled_summit_and_the_visit_called_off_are_two_records() {
    let m = meet(
        "The Quad Leaders Summit scheduled for March 3 in Tokyo has been cancelled following Indian Prime Minister Narendra Modi's decision not to go ahead with a planned visit to Japan. Modi confirmed to reporters on Tuesday that the Quad Leaders Summit in Tokyo had been cancelled.",
        "2025-02-20",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(
        m.iter().all(|x| x.status == MeetingStatus::Cancelled),
        "{m:?}"
    );
    let summit = m.iter().find(|x| x.kind == MeetingKind::Multilateral);
    assert_eq!(summit.and_then(day), Some("2025-03-03"), "{m:?}");
    assert!(m.iter().any(|x| x.kind == MeetingKind::Visit), "{m:?}");
}

#[test]
fn a_meeting_with_another_group_of_people_is_another_meeting() {
    let t =
        "Hillary Clinton met with community leaders in Orlando on Friday. Hillary Clinton also \
             met privately with several victims before the roundtable discussion.";
    let m = meet(t, "2016-07-22");
    assert_eq!(m.len(), 2, "{m:?}");
    // The same group told again is the one meeting.
    let t = "Hillary Clinton met with community leaders in Orlando on Friday. Hillary Clinton \
             met with the community leaders for an hour.";
    assert_eq!(meet(t, "2016-07-22").len(), 1);
}
