//! End-to-end checks of the stage on short texts: one per trigger, status and date shape.

use super::testkit::{meet, names};
use super::*;
use crate::sentences::split;

#[test]
fn held_meeting_with_date_place_occasion_duration() {
    let m = meet("Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida in Bangkok on Thursday on the sidelines of the APEC summit. Kishida said the talks lasted about 45 minutes.", "2022-11-18");
    assert_eq!(m.len(), 1);
    let m = &m[0];
    assert_eq!(names(m), vec!["Xi Jinping", "Fumio Kishida"]);
    assert_eq!(m.status, MeetingStatus::Held);
    assert_eq!(m.kind, MeetingKind::Bilateral);
    assert_eq!(
        m.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2022-11-17")
    );
    assert_eq!(m.location.as_deref(), Some("Bangkok"));
    assert_eq!(m.occasion.as_deref(), Some("APEC summit"));
    assert_eq!(m.duration.as_ref().map(|d| d.minutes), Some(45));
    assert_eq!(m.evidence.len(), 2);
}

#[test]
fn planned_expected_to_meet() {
    let m = meet(
        "Xi Jinping is expected to meet New Zealand premier Jacinda Ardern on Friday.",
        "2022-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Planned);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2022-11-18")
    );
}

#[test]
fn cancelled_meeting_with_counterpart() {
    let m = meet("Chinese Foreign Minister Wang Yi canceled an August meeting with his Japanese counterpart.", "2022-11-18");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    assert_eq!(names(&m[0]), vec!["Wang Yi", "Japan"]);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2022-08")
    );
}

#[test]
fn proposed_whether_realized() {
    let m = meet("The focus will be on whether a summit between Prime Minister Fumio Kishida and Chinese President Xi Jinping will be realized.", "2022-08-19");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Proposed);
}

#[test]
fn trilateral_is_multilateral_and_due_is_planned() {
    let m = meet("Yoon Suk Yeol met Fumio Kishida. Joe Biden arrived. Yoon, Kishida, and Biden are due to hold a trilateral meeting later on Thursday.", "2023-11-16");
    let tri = m
        .iter()
        .find(|m| m.participants.len() == 3)
        .expect("trilateral");
    assert_eq!(tri.kind, MeetingKind::Multilateral);
    assert_eq!(tri.status, MeetingStatus::Planned);
    assert_eq!(
        tri.date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2023-11-16")
    );
}

#[test]
fn phone_call_is_a_call() {
    let m = meet(
        "Joe Biden spoke by phone with Xi Jinping on Tuesday.",
        "2024-04-03",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].kind, MeetingKind::Call);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2024-04-02")
    );
}

#[test]
fn later_mentions_join_and_cancel() {
    let m = meet("The Japanese government had proposed holding a foreign ministerial meeting with China on Aug. 4. However, China canceled the meeting.", "2022-08-19");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    assert_eq!(m[0].evidence.len(), 2);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2022-08-04")
    );
}

#[test]
fn visit_and_meeting_fold_into_one() {
    let m = meet(
        "Yang Jiechi visited Japan in February 2020 and met with Shigeru Kitamura.",
        "2022-08-19",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].kind, MeetingKind::Visit);
    assert_eq!(m[0].location.as_deref(), Some("Japan"));
    assert_eq!(names(&m[0]), vec!["Yang Jiechi", "Shigeru Kitamura"]);
}

#[test]
fn had_been_due_is_cancelled() {
    let m = meet(
        "Xi Jinping had been due to pay a state visit to Japan in the spring of 2020.",
        "2022-11-18",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    assert_eq!(m[0].kind, MeetingKind::Visit);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2020")
    );
}

#[test]
fn reference_point_meeting_is_its_own_record() {
    let m = meet("Talks between Xi Jinping and Fumio Kishida were being arranged. They would be the first meeting between Xi and Kishida since November last year in Bangkok.", "2023-11-03");
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m
        .iter()
        .any(|x| x.status == MeetingStatus::Held && x.location.as_deref() == Some("Bangkok")));
    assert!(m.iter().any(|x| x.status == MeetingStatus::Planned));
}

#[test]
fn anaphoric_mention_adds_place() {
    let m = meet(
        "Xi Jinping and Fumio Kishida held talks. The meeting took place in San Francisco.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].location.as_deref(), Some("San Francisco"), "{m:?}");
}

#[test]
fn hyphenated_pair_before_summit() {
    let m = meet("Xi Jinping spoke in Beijing. Fumio Kishida spoke in Tokyo. A Xi-Kishida summit would bode well for relations.", "2023-11-03");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Xi Jinping", "Fumio Kishida"]);
    assert_eq!(m[0].status, MeetingStatus::Planned);
}

/// One sentence per trigger and status shape: `(text, status, kind)`.
const SHAPES: &[(&str, MeetingStatus, MeetingKind)] = &[
    (
        "Joe Biden met Xi Jinping on Monday.",
        MeetingStatus::Held,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden held talks with Xi Jinping.",
        MeetingStatus::Held,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden sat down with Xi Jinping.",
        MeetingStatus::Held,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden and Xi Jinping held face-to-face talks.",
        MeetingStatus::Held,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden spoke by phone with Xi Jinping.",
        MeetingStatus::Held,
        MeetingKind::Call,
    ),
    (
        "Joe Biden held a video call with Xi Jinping.",
        MeetingStatus::Held,
        MeetingKind::Call,
    ),
    (
        "Joe Biden telephoned Xi Jinping.",
        MeetingStatus::Held,
        MeetingKind::Call,
    ),
    (
        "Joe Biden hosted Xi Jinping at the White House.",
        MeetingStatus::Held,
        MeetingKind::Visit,
    ),
    (
        "Joe Biden received Xi Jinping in Washington.",
        MeetingStatus::Held,
        MeetingKind::Visit,
    ),
    (
        "Joe Biden visited China.",
        MeetingStatus::Held,
        MeetingKind::Visit,
    ),
    (
        "Joe Biden is expected to meet Xi Jinping on Friday.",
        MeetingStatus::Planned,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden will meet Xi Jinping next week.",
        MeetingStatus::Planned,
        MeetingKind::Bilateral,
    ),
    (
        "A summit between Joe Biden and Xi Jinping is scheduled for November 15-17.",
        MeetingStatus::Planned,
        MeetingKind::Bilateral,
    ),
    (
        "A summit between Joe Biden and Xi Jinping is set for Friday.",
        MeetingStatus::Planned,
        MeetingKind::Bilateral,
    ),
    (
        "Talks between Joe Biden and Xi Jinping were being arranged.",
        MeetingStatus::Planned,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden proposed a meeting with Xi Jinping.",
        MeetingStatus::Proposed,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden called for talks with Xi Jinping.",
        MeetingStatus::Proposed,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden hoped to meet Xi Jinping.",
        MeetingStatus::Proposed,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden might meet Xi Jinping.",
        MeetingStatus::Proposed,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden invited Xi Jinping to Washington.",
        MeetingStatus::Proposed,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden canceled a meeting with Xi Jinping.",
        MeetingStatus::Cancelled,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden called off talks with Xi Jinping.",
        MeetingStatus::Cancelled,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden postponed his meeting with Xi Jinping.",
        MeetingStatus::Cancelled,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden had been due to meet Xi Jinping but the trip was scrapped.",
        MeetingStatus::Cancelled,
        MeetingKind::Bilateral,
    ),
    (
        "Joe Biden shelved a summit with Xi Jinping.",
        MeetingStatus::Cancelled,
        MeetingKind::Bilateral,
    ),
];

#[test]
fn every_trigger_and_status_shape() {
    for (text, status, kind) in SHAPES {
        let m = meet(text, "2023-11-08");
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        assert_eq!(names(&m[0]).len(), 2, "{text}: {m:?}");
        assert_eq!((m[0].status, m[0].kind), (*status, *kind), "{text}");
    }
}

#[test]
fn three_parties_are_multilateral() {
    let m = meet(
        "Joe Biden, Xi Jinping and Fumio Kishida met in San Francisco.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].kind, MeetingKind::Multilateral);
    assert_eq!(m[0].location.as_deref(), Some("San Francisco"));
}

#[test]
fn long_pages_stay_fast_and_long_sentences_are_skipped() {
    let one = "President Joe Biden met Prime Minister Fumio Kishida in Tokyo on Thursday and the two discussed trade. ";
    let page = one.repeat(1000);
    let start = std::time::Instant::now();
    let m = meet(&page, "2023-11-17");
    assert_eq!(m.len(), 1, "one meeting, told 1000 times");
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
    let run_on = "Joe Biden met Fumio Kishida and ".repeat(400);
    assert!(meet(&run_on, "2023-11-17").is_empty());
}

#[test]
fn hyphenated_countries_before_meeting() {
    let m = meet(
        "Baghdad will host an upcoming Syria-Turkey meeting next month.",
        "2024-07-07",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Syria", "Turkey"]);
    assert_eq!(m[0].status, MeetingStatus::Planned);
}

/// Timing of this stage against the text stage on one synthetic page dense with meetings
/// (`cargo test --profile quick -p summitry --lib timing -- --ignored --nocapture`).
#[test]
#[ignore = "timing report, run by hand"]
fn timing_against_text_stage() {
    let one = "President Joe Biden met Prime Minister Fumio Kishida in Tokyo on Thursday and the two discussed trade, security and the detention of citizens. The talks lasted about 45 minutes.";
    let page: String = std::iter::repeat_n(one, 6000)
        .collect::<Vec<_>>()
        .join("\n\n");
    let t0 = std::time::Instant::now();
    let article = crate::article_from_text(&page, &crate::Options::new());
    let t1 = std::time::Instant::now();
    let spans = split(&article.text);
    let m = run(
        &article.text,
        &spans,
        &[],
        NaiveDate::from_ymd_opt(2023, 11, 17),
    );
    let t2 = std::time::Instant::now();
    eprintln!(
        "text stage {:?}, meetings {:?} ({} meetings, {} bytes)",
        t1 - t0,
        t2 - t1,
        m.len(),
        page.len()
    );
}

/// Timing of this stage against boilerplate removal on the HTML fixtures
/// (`cargo test --profile quick -p summitry --lib timing_html -- --ignored --nocapture`).
#[test]
#[ignore = "timing report, run by hand"]
fn timing_html_against_boilerplate_removal() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/html");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    names.sort();
    for p in names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .chain(names.iter().filter(|p| p.ends_with("bbc-1.html")))
    {
        let html = std::fs::read_to_string(p).unwrap_or_default();
        let t0 = std::time::Instant::now();
        let article = crate::article_from_html(&html, &crate::Options::new());
        let t1 = std::time::Instant::now();
        let spans = split(&article.text);
        let people = crate::people(&article.text);
        let t2 = std::time::Instant::now();
        let _ = run(&article.text, &spans, &people, None);
        let t3 = std::time::Instant::now();
        eprintln!(
            "{}: boilerplate {:?}, meetings {:?}",
            p.display(),
            t1 - t0,
            t3 - t2
        );
    }
}

#[test]
fn one_person_meeting_two_named_people_is_two_meetings() {
    let m = meet(
        "Governor Mike Pence met with Senator Ted Cruz and Governor John Kasich last week.",
        "2016-04-30",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert!(m.iter().all(|x| x.kind == MeetingKind::Bilateral));
    // Two people on each side stay one meeting.
    let m = meet(
        "Senator Mike Crapo and Senator Jim Risch met with Senator Mitch McConnell and Senator Chuck Grassley on Monday.",
        "2016-04-12",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]).len(), 4);
}

#[test]
fn meeting_after_since_is_its_own_earlier_record() {
    let m = meet(
        "Joe Biden and Xi Jinping held a phone call lasting almost two hours. It was the two leaders' first direct engagement since they met in San Francisco in November.",
        "2024-04-03",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    let call = m.iter().find(|x| x.kind == MeetingKind::Call);
    assert!(call.is_some_and(|c| c.date.is_none() && c.location.is_none()));
    let old = m.iter().find(|x| x.kind == MeetingKind::Bilateral);
    assert_eq!(
        old.and_then(|o| o.date.as_ref())
            .and_then(|d| d.value.as_deref()),
        Some("2023-11")
    );
    assert_eq!(
        old.and_then(|o| o.location.as_deref()),
        Some("San Francisco")
    );
}

#[test]
fn first_time_since_after_the_trigger() {
    let m = meet(
        "Joe Biden and Xi Jinping spoke one-on-one on Tuesday for the first time since November.",
        "2024-04-03",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    let values: Vec<Option<&str>> = m
        .iter()
        .map(|x| x.date.as_ref().and_then(|d| d.value.as_deref()))
        .collect();
    assert!(values.contains(&Some("2024-04-02")) && values.contains(&Some("2023-11")));
}

#[test]
fn held_meeting_takes_the_dateline_and_the_lead_day() {
    let m = meet(
        "ORLANDO, Fla. (Reuters) - President Barack Obama spent Thursday in the city. He later met with Mayor Buddy Dyer.",
        "2016-06-16",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].location.as_deref(), Some("Orlando"));
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2016-06-16")
    );
}

#[test]
fn members_named_after_including_join_their_group() {
    let m = meet(
        "On Tuesday, the White House sent Counsel Neil Eggleston to Capitol Hill for a meeting with House Democrats, including Minority Leader Nancy Pelosi. Later, Eggleston's meeting with the Democrats was described as tense.",
        "2016-01-13",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    let n = names(&m[0]);
    assert!(n.contains(&"Nancy Pelosi".to_string()), "{n:?}");
    assert_eq!(m[0].participants.len(), 3);
    assert_eq!(m[0].evidence.len(), 2);
}

#[test]
fn they_met_again_is_another_meeting() {
    let m = meet(
        "Barack Obama and Benjamin Netanyahu first met in 2007 in Washington. They met again, in July 2008, in Jerusalem.",
        "2015-11-10",
    );
    assert_eq!(m.len(), 2, "{m:?}");
    assert_eq!(
        m[1].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2008-07")
    );
    assert_eq!(m[1].location.as_deref(), Some("Jerusalem"));
}

#[test]
fn a_comma_alone_makes_no_subject_list() {
    let m = meet(
        "Following his meeting with Paul Ryan, Donald Trump met with Senate Republicans on the Hill.",
        "2016-05-12",
    );
    assert!(m.iter().all(|x| x.participants.len() == 2), "{m:?}");
}

#[test]
fn cancelled_delegation_visit_is_country_to_country() {
    let m = meet("Israeli Prime Minister Benjamin Netanyahu has cancelled a planned visit to Washington by a high-level delegation to protest over Monday's UN Security Council decision calling for an immediate ceasefire.", "2024-03-26");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Israel", "United States"]);
    assert_eq!(m[0].status, MeetingStatus::Cancelled);
    let m = meet("The White House on Monday said it was very disappointed by Israel's decision to cancel a delegation's visit to Washington over the US abstention on a UN Security Council resolution.", "2024-03-26");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(names(&m[0]), vec!["Israel", "United States"]);
}

#[test]
fn meeting_attended_by_named_people_is_theirs() {
    let m = meet("The meeting in New Delhi is attended by 40 delegations, including Russian Foreign Minister Sergey Lavrov, US Secretary of State Anthony Blinken and Chinese Foreign Minister Qin Gang.", "2023-03-02");
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].participants.len(), 3, "{m:?}");
    assert_eq!(m[0].kind, MeetingKind::Multilateral);
}

#[test]
fn the_dateline_city_yields_to_the_place_told_for_a_party_just_before() {
    let m = meet(
        "TALLAHASSEE — Rep. Gwen Graham on Friday praised Hillary Clinton.\n\n\
         In Orlando, Clinton made a stop at the Pulse nightclub.\n\n\
         She placed white flowers at the site.\n\n\
         Clinton made the brief visit after a somber meeting with community leaders.",
        "2016-07-22",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].location.as_deref(), Some("Orlando"));
}

#[test]
fn the_day_of_the_report_does_not_date_the_meeting() {
    let m = meet(
        "Kim Jong-un and Vladimir Putin posed at the cosmodrome on Wednesday.\n\n\
         Kim Jong-un met Vladimir Putin at the spaceport, state media reported Thursday.",
        "2023-09-14",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(
        m[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2023-09-13")
    );
}

#[test]
fn the_pair_told_right_after_gives_outcomes_and_the_sydney_meeting_its_city() {
    let m = meet(
        "It was the kind of photo-op that Donald Trump loves to disparage.\n\n\
         For an hour, Trump sat face to face with House Speaker Paul Ryan. And soon after it \
         was over, both men issued a statement expressing optimism about working together.",
        "2016-05-12",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].duration.as_ref().map(|d| d.minutes), Some(60));
    assert_eq!(m[0].outcomes.len(), 1, "{:?}", m[0].outcomes);
    let m = meet(
        "Anthony Albanese has confirmed the Sydney Quad meeting with Joe Biden will not go ahead.",
        "2023-05-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].location.as_deref(), Some("Sydney"));
}

#[test]
fn what_happened_during_their_summit_is_its_outcome() {
    let m = meet(
        "Kim Jong-un has invited Vladimir Putin to visit his country during their summit at \
         the spaceport, and Putin accepted the invitation.",
        "2023-09-14",
    );
    let held: Vec<&Meeting> = m
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .collect();
    assert_eq!(held.len(), 1, "{m:?}");
    assert!(
        held[0]
            .outcomes
            .iter()
            .any(|o| o.starts_with("invited Vladimir Putin to visit")),
        "{:?}",
        held[0].outcomes
    );
}
