//! End-to-end checks of who takes part: the parties a meeting's sentences name.

use super::testkit::{meet, names};

#[test]
fn go_between_of_talks_is_a_party() {
    let m = meet(
        "As it turned out, the United States had been in secret talks with Iran brokered by Oman.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["United States", "Iran", "Oman"]);
}

#[test]
fn spouse_beside_a_leader_is_a_party() {
    let m = meet(
        "Prime Minister Anthony Albanese held talks with Chinese President Xi Jinping and his wife, Peng Liyuan, on Tuesday.",
        "2022-11-16",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        names(&m[0]),
        vec!["Anthony Albanese", "Xi Jinping", "Peng Liyuan"]
    );
}

#[test]
fn plural_office_after_between_is_each_countrys() {
    let m = meet(
        "Saudi Arabia and Iran agreed to restore diplomatic relations and reopen their embassies within two months, and agreed to hold talks between foreign ministers to arrange the exchange of ambassadors.",
        "2023-03-10",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Saudi Arabia", "Iran"]);
    assert_eq!(
        m[0].participants[0].role.as_deref(),
        Some("Foreign Minister")
    );
}

#[test]
fn country_before_a_modal_verb_is_a_party() {
    let m = meet(
        "Anthony Albanese said the meeting with the leaders of India and Japan could proceed on Friday.",
        "2023-05-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Anthony Albanese", "India", "Japan"]);
}

#[test]
fn host_at_whose_invitation_they_met_is_a_party() {
    let m = meet(
        "But Bernie Sanders also laid out a political reform agenda at a surprise news conference Tuesday outside his Capitol Hill campaign office right after meeting with the rest of the Senate Democratic caucus at Senate Minority Leader Harry Reid's invitation.",
        "2016-06-14",
    );
    assert_eq!(m.len(), 1);
    let n = names(&m[0]);
    assert_eq!(n.len(), 3);
    assert_eq!(n.first().map(String::as_str), Some("Bernie Sanders"));
    assert_eq!(n.last().map(String::as_str), Some("Harry Reid"));
}

#[test]
fn subject_across_a_long_apposition_and_a_group_of_phrase() {
    let m = meet(
        "Republican front-runner Donald Trump, the self-proclaimed, consummate political outsider, is set to meet with the titans of the political establishment Monday when he arrives in Washington.",
        "2016-03-21",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        names(&m[0]).first().map(String::as_str),
        Some("Donald Trump")
    );
    assert_eq!(
        m[0].participants.get(1).and_then(|p| p.role.as_deref()),
        Some("titans of the political establishment")
    );
}

#[test]
fn one_present_in_the_room_joins_the_meeting() {
    let m = meet(
        "U.S. President Donald Trump met Ukrainian President Volodymyr Zelensky at the White House on Friday. The talks soured quickly. U.S. Vice President JD Vance, who was present in the room, demanded thanks.",
        "2025-03-01",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        names(&m[0]),
        vec!["Donald Trump", "Volodymyr Zelensky", "JD Vance"]
    );
    // Two countries are two sides, however many people each sends.
    assert_eq!(m[0].kind, crate::MeetingKind::Bilateral);
}

#[test]
fn spouse_at_the_meeting_takes_the_partners_surname() {
    let m = meet(
        "Bernie Sanders met privately with Pope Francis on Saturday. Some of Sanders's advisers, including his wife, Jane, also were at the meeting.",
        "2016-04-18",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        names(&m[0]),
        vec!["Bernie Sanders", "Pope Francis", "Jane Sanders"]
    );
}

#[test]
fn attendance_without_a_held_meeting_adds_no_one() {
    let m = meet(
        "Bernie Sanders will meet Pope Francis on Saturday. Jane Smith was present at the rally.",
        "2016-04-14",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Bernie Sanders", "Pope Francis"]);
}

#[test]
fn companion_on_the_trip_joins_the_meeting() {
    let m = meet(
        "President Barack Obama met survivors of the massacre on Thursday. Obama and Vice President Joe Biden arrived in Orlando on Thursday morning.",
        "2016-06-16",
    );
    assert_eq!(m.len(), 1);
    assert!(names(&m[0]).contains(&"Joe Biden".to_string()));
}

/// The meetings of `t` with one direct quote `q` of it, told by `mention` (a pronoun or name).
fn meet_quoted(t: &str, q: &str, mention: &str, speaker: &str) -> Vec<crate::Meeting> {
    let start = t.find(q).unwrap_or(0);
    let quote = crate::Quote {
        text: q.into(),
        kind: crate::QuoteKind::Direct,
        speaker: Some(crate::Speaker {
            name: Some(speaker.into()),
            mention: mention.into(),
        }),
        cue: Some("said".into()),
        addressee: None,
        start,
        end: start + q.len(),
    };
    super::run_with_quotes(t, &crate::sentences::split(t), &[], &[quote], None)
}

#[test]
fn i_in_a_quote_is_its_speaker() {
    let t = "Attorney General Loretta Lynch closed the case. \u{201c}Late this afternoon, I met with FBI Director James Comey,\u{201d} she said in a statement.";
    let q = "Late this afternoon, I met with FBI Director James Comey,";
    // The pronoun's speaker is the subject of the sentence before, whatever the quote stage said.
    let m = meet_quoted(t, q, "she", "Hillary Clinton");
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Loretta Lynch", "James Comey"]);
}

#[test]
fn i_outside_a_quote_is_no_one() {
    let t = "Late this afternoon, I met with FBI Director James Comey.";
    assert!(meet(t, "2016-07-06").is_empty());
}

#[test]
fn a_name_before_a_group_only_says_whose() {
    let m = meet(
        "Donald Trump said he met a lot of Bernie supporters on Monday.",
        "2016-06-05",
    );
    assert!(m.iter().all(|x| !names(x).contains(&"Bernie".to_string())));
}

#[test]
fn companion_named_first_on_the_trip_joins_too() {
    let m = meet(
        "President Barack Obama met survivors of the massacre on Thursday. Vice President Joe Biden and Obama arrived in Orlando on Thursday morning.",
        "2016-06-16",
    );
    assert_eq!(m.len(), 1);
    assert!(names(&m[0]).contains(&"Joe Biden".to_string()));
}

#[test]
fn a_trip_of_two_strangers_to_the_meeting_adds_no_one() {
    let m = meet(
        "President Barack Obama met survivors of the massacre on Thursday. Jane Doe and John Roe arrived in Orlando on Thursday morning.",
        "2016-06-16",
    );
    assert_eq!(m.len(), 1);
    assert!(!names(&m[0]).contains(&"Jane Doe".to_string()));
}

#[test]
fn object_pronoun_prefers_a_subject_to_a_prepositional_object() {
    let m = meet(
        "The government expressed regret that Greece's premier Kyriakos Mitsotakis turned down talks with Deputy Prime Minister Oliver Dowden, after Rishi Sunak refused to meet him.",
        "2023-11-28",
    );
    let sunak: Vec<Vec<String>> = m
        .iter()
        .map(names)
        .filter(|n| n.iter().any(|x| x == "Rishi Sunak"))
        .collect();
    assert_eq!(
        sunak,
        vec![vec![
            "Rishi Sunak".to_string(),
            "Kyriakos Mitsotakis".to_string()
        ]]
    );
}

#[test]
fn subject_pronoun_before_the_verb_is_its_subject() {
    let m = meet(
        "First Donald Trump went to Louisiana to meet the flood victims, now he meets with Mexican President Enrique Peña Nieto.",
        "2016-09-01",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Donald Trump", "Enrique Peña Nieto"]);
}

#[test]
fn one_who_tells_what_participants_did_was_there() {
    let m = meet(
        "Ed Brookover spoke to reporters Thursday following a meeting with House members who have endorsed Trump. While Brookover did not spell out the path in detail, Rep. Chris Collins, R-NY, says meeting participants outlined a scenario.",
        "2016-04-14",
    );
    assert_eq!(m.len(), 1);
    let n = names(&m[0]);
    assert!(n.contains(&"Chris Collins".to_string()), "{n:?}");
    assert!(n.contains(&"Ed Brookover".to_string()), "{n:?}");
}

#[test]
fn host_who_invites_takes_part_with_the_group_of_members() {
    let m = meet(
        "Speaker Paul Ryan has invited Donald Trump to meet with members of the House Republican leadership in Washington on Thursday.",
        "2016-05-06",
    );
    let all: Vec<Vec<String>> = m.iter().map(names).collect();
    let three = m.iter().find(|x| x.participants.len() == 3);
    let Some(three) = three else {
        panic!("no meeting of three: {all:?}");
    };
    assert_eq!(
        three.participants[2].role.as_deref(),
        Some("members of the House Republican leadership")
    );
    assert_eq!(&names(three)[..2], ["Paul Ryan", "Donald Trump"]);
}

#[test]
fn one_who_invites_two_others_to_meet_is_not_a_party() {
    let m = meet(
        "U.S. President Joe Biden invited Ukrainian President Volodymyr Zelensky to meet Russian President Vladimir Putin in Geneva.",
        "2023-11-17",
    );
    assert!(!m.is_empty());
    for x in &m {
        let n = names(x);
        assert!(
            !(n.contains(&"Joe Biden".to_string()) && n.contains(&"Vladimir Putin".to_string())),
            "{n:?}"
        );
    }
    assert!(m
        .iter()
        .any(|x| names(x) == ["Volodymyr Zelensky", "Vladimir Putin"]));
}

#[test]
fn an_adverb_opening_the_sentence_is_no_part_of_a_name() {
    let m = meet(
        "Donald Trump spoke in Ohio on Monday. First Trump went to Louisiana, now he meets with Mexican President Enrique Peña Nieto.",
        "2016-09-01",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Donald Trump", "Enrique Peña Nieto"]);
}

#[test]
fn pronoun_before_during_a_call_is_its_other_party() {
    let m = meet(
        "Sandy Phillips, who lost her daughter Jessica Ghawi in Aurora, said that Bernie Sanders had treated her family disrespectfully during a phone call.",
        "2016-04-08",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Bernie Sanders", "Sandy Phillips"]);
}

#[test]
fn countries_holding_talks_are_the_parties() {
    let m = meet(
        "Saudi Arabia and Iran held talks in Beijing on Friday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Saudi Arabia", "Iran"]);
}

#[test]
fn a_groupings_members_hold_the_office_the_sentence_names() {
    let m = meet(
        "G7 foreign ministers met in Tokyo on Tuesday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].participants.len(), 7);
    assert!(m[0]
        .participants
        .iter()
        .all(|p| p.role.as_deref() == Some("Foreign Minister")));
}

#[test]
fn a_handle_stands_for_the_person_and_the_inviter_joins_a_meeting_with_a_group() {
    let t = "Speaker Paul Ryan spoke to Donald Trump on Thursday. \u{201c}I have invited \u{202a}@realDonaldTrump for a meeting with GOP leaders next week,\u{201d} Ryan said.";
    let q = "I have invited \u{202a}@realDonaldTrump for a meeting with GOP leaders next week,";
    let m = meet_quoted(t, q, "Ryan", "Paul Ryan");
    let all: Vec<Vec<String>> = m.iter().map(names).collect();
    assert!(
        m.iter().any(|x| {
            let n = names(x);
            n.contains(&"Paul Ryan".to_string())
                && n.contains(&"Donald Trump".to_string())
                && x.participants.len() == 3
        }),
        "{all:?}"
    );
}

#[test]
fn one_invited_for_a_meeting_with_a_named_person_brings_no_inviter() {
    let m = meet(
        "Joe Biden invited Volodymyr Zelensky for a meeting with Vladimir Putin in Geneva.",
        "2023-11-17",
    );
    for x in &m {
        let n = names(x);
        assert!(
            !(n.contains(&"Joe Biden".to_string()) && n.contains(&"Vladimir Putin".to_string())),
            "{n:?}"
        );
    }
}

#[test]
fn one_who_convenes_meets_the_people_named_in_the_object() {
    let m = meet(
        "Bernie Sanders lost. In the circle of Sanders, talks came on Sunday, as the senator convened top surrogates (including former Sen. Nina Turner and actress Shailene Woodley), activists, and officials (like former Secretary Jim Hightower and the director of MoveOn) in Burlington, Vermont, to reminisce.",
        "2016-06-14",
    );
    let all: Vec<Vec<String>> = m.iter().map(names).collect();
    assert_eq!(
        all,
        vec![vec![
            "Bernie Sanders",
            "Nina Turner",
            "Shailene Woodley",
            "Jim Hightower"
        ]]
    );
    assert_eq!(m[0].kind, crate::MeetingKind::Multilateral);
}

#[test]
fn a_gathering_with_no_one_named_in_it_is_no_meeting() {
    for t in [
        "Hundreds of supporters of Bernie Sanders gathered in Burlington on Sunday.",
        "Senator Bernie Sanders convened a hearing on Tuesday about drug prices.",
        "Senator Bernie Sanders assembled a data team, Jeff Weaver said on Tuesday.",
        "Jeff Weaver said the senator convened a rally of activists in Burlington.",
    ] {
        assert!(meet(t, "2016-06-14").is_empty(), "{t}");
    }
}

#[test]
fn one_among_those_who_met_and_the_events_organiser_and_guests_take_part() {
    let m = meet(
        "Lance Wallnau spoke. Wallnau was among the 30 or so pastors who met with and prayed over Donald Trump in late September. He wrote about the event\u{2013}organized by evangelist Paula White and attended by David Jeremiah and Kenneth Copeland and TBN\u{2019}s Jan Crouch among others\u{2013}on his blog.",
        "2015-11-10",
    );
    let all: Vec<Vec<String>> = m.iter().map(names).collect();
    assert_eq!(
        all,
        vec![vec![
            "Lance Wallnau",
            "Donald Trump",
            "Paula White",
            "David Jeremiah",
            "Kenneth Copeland",
            "Jan Crouch"
        ]]
    );
}

#[test]
fn among_a_group_that_did_not_meet_and_a_rally_organised_by_someone_add_no_one() {
    let m = meet(
        "Lance Wallnau was among the pastors who prayed for Donald Trump. Wallnau met Donald Trump on Monday. He later spoke at a rally organized by Paula White.",
        "2015-11-10",
    );
    let all: Vec<Vec<String>> = m.iter().map(names).collect();
    assert_eq!(all, vec![vec!["Lance Wallnau", "Donald Trump"]]);
}

#[test]
fn one_who_convenes_a_body_meets_its_named_members() {
    for (t, want) in [
        (
            "Joe Biden convened his cabinet, including Antony Blinken and Janet Yellen, on Monday.",
            vec!["Joe Biden", "Antony Blinken", "Janet Yellen"],
        ),
        (
            "Xi Jinping convened the Politburo, including Li Qiang and Wang Yi, in Beijing.",
            vec!["Xi Jinping", "Li Qiang", "Wang Yi"],
        ),
        (
            "Joe Biden returned on Sunday. He convened his national security team, including Antony Blinken and Lloyd Austin.",
            vec!["Joe Biden", "Antony Blinken", "Lloyd Austin"],
        ),
        (
            "Elon Musk assembled a team of engineers such as Jeff Bezos's former deputy Dave Limp.",
            vec!["Elon Musk", "Dave Limp"],
        ),
    ] {
        let m = meet(t, "2023-11-17");
        let all: Vec<Vec<String>> = m.iter().map(names).collect();
        assert_eq!(all, vec![want], "{t}");
    }
}

#[test]
fn gathering_things_or_gathering_somewhere_is_no_meeting() {
    for t in [
        "Detective John Smith gathered evidence against Donald Trump, including testimony from Michael Cohen.",
        "Supporters of Donald Trump gathered outside the courthouse, including Marjorie Taylor Greene.",
        "Senator Bernie Sanders assembled support from unions, including leaders like Randi Weingarten.",
        "Jane Smith gathered her thoughts, like John Doe had told her to.",
    ] {
        assert!(meet(t, "2023-11-17").is_empty(), "{t}");
    }
}

#[test]
fn a_staff_assembled_with_someone_is_no_meeting() {
    let t = "Paul Manafort has not dismantled the early staff that Donald Trump assembled with Corey Lewandowski.";
    assert!(meet(t, "2016-08-17").is_empty(), "{t}");
}

#[test]
fn an_office_received_after_its_article_is_a_party() {
    for (t, role) in [
        (
            "Xi Jinping received the Qatari foreign minister in Beijing.",
            "Foreign Minister",
        ),
        (
            "Xi Jinping received the Qatari ambassador in Beijing.",
            "Ambassador",
        ),
    ] {
        let m = meet(t, "2023-11-17");
        assert_eq!(m.len(), 1, "{t}");
        assert_eq!(m[0].participants.len(), 2, "{t}");
        assert_eq!(m[0].participants[1].role.as_deref(), Some(role), "{t}");
        assert_eq!(
            m[0].participants[1].country.as_deref(),
            Some("Qatar"),
            "{t}"
        );
    }
    for t in [
        "Joe Biden welcomed the Chinese president's decision to reopen the embassy.",
        "Xi Jinping received a letter from the Qatari foreign minister on Monday.",
    ] {
        assert!(meet(t, "2023-11-17").is_empty(), "{t}");
    }
}

#[test]
fn possessive_before_a_meeting_noun_is_the_subjects() {
    let m = meet(
        "But Bernie Sanders also laid out a political reform agenda at a surprise news conference Tuesday right after meeting with the rest of the Senate Democratic caucus at Senate Minority Leader Harry Reid's invitation, and just hours before his meeting with Hillary Clinton.",
        "2016-06-14",
    );
    let pairs: Vec<Vec<String>> = m.iter().map(names).collect();
    assert!(
        pairs
            .iter()
            .any(|n| n.contains(&"Bernie Sanders".to_string())
                && n.contains(&"Hillary Clinton".to_string())),
        "{pairs:?}"
    );
    assert!(
        !pairs
            .iter()
            .any(|n| n.contains(&"Harry Reid".to_string())
                && n.contains(&"Hillary Clinton".to_string())),
        "{pairs:?}"
    );
}

#[test]
fn possessive_with_only_a_possessor_before_it_is_that_persons() {
    // No subject outside a prepositional phrase: the nearest person stands for "his".
    let m = meet(
        "According to Harry Reid, his meeting with Hillary Clinton went well on Tuesday.",
        "2016-06-14",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(names(&m[0]), vec!["Harry Reid", "Hillary Clinton"]);
}

#[test]
fn the_office_is_its_holder_named_before_not_the_one_met() {
    for t in [
        "President Joe Biden spoke in Ohio. On Monday the president met with Mexican President Claudia Sheinbaum.",
        "President Joe Biden spoke in Ohio. The president met with Mexican President Claudia Sheinbaum.",
    ] {
        let m = meet(t, "2023-11-17");
        assert_eq!(m.len(), 1, "{t}");
        assert_eq!(names(&m[0]), vec!["Joe Biden", "Claudia Sheinbaum"], "{t}");
    }
    // Nobody named before: "the president" is not the president met.
    let m = meet(
        "On Monday the president met with Mexican President Claudia Sheinbaum.",
        "2023-11-17",
    );
    assert!(m.iter().all(|m| names(m) != vec!["Claudia Sheinbaum"]));
}
