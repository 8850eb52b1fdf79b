//! Unit tests of the attribute passes.

use super::*;
use crate::meetings::testkit::sents;

fn rec(evidence: Vec<Span>, location: Option<&str>, occasion: Option<&str>) -> Rec {
    Rec {
        location: location.map(str::to_string),
        occasion: occasion.map(str::to_string),
        side: true,
        ..Rec::new(
            crate::MeetingKind::Bilateral,
            Vec::new(),
            crate::MeetingStatus::Held,
            evidence,
            0,
        )
    }
}

fn party(n: &str) -> crate::Participant {
    crate::Participant {
        name: Some(n.to_string()),
        role: None,
        country: None,
    }
}

#[test]
fn a_country_yields_to_its_city_and_the_summit_to_its_name() {
    let t = "Erdogan flew to a Shanghai Cooperation Organisation summit in Kazakhstan. \
             He and Putin met on the sidelines of the summit in India. \
             They spoke at the meeting in New Delhi. ";
    let (spans, toks) = sents(t);
    let ev = vec![spans[1], spans[2]];
    let mut recs = vec![rec(ev, Some("India"), Some("summit"))];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("New Delhi"));
    assert_eq!(
        recs[0].occasion.as_deref(),
        Some("Shanghai Cooperation Organisation summit")
    );
}

#[test]
fn a_missing_place_comes_from_the_evidence() {
    let t = "Sanders met Obama. The meeting at the White House lasted an hour. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(spans.clone(), None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Washington"));
    assert_eq!(recs[0].occasion, None);
}

#[test]
fn a_nearby_sentence_naming_both_parties_gives_topics() {
    let t = "Sunak cancelled his meeting with Mitsotakis. \
             Mitsotakis said he had hoped to discuss migration with Sunak. \
             Starmer wants to discuss trade with voters. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Rishi Sunak"), party("Kyriakos Mitsotakis")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].topics.len(), 1, "{:?}", recs[0].topics);
    assert!(recs[0].topics[0].starts_with("migration"));
}

#[test]
fn one_party_and_the_pair_or_the_next_sentence_gives_outcomes() {
    let t = "Putin met Trump in Alaska. Reporters waited. \
             Putin said the two leaders had reached an understanding on Ukraine. \
             Analysts agreed to disagree. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Vladimir Putin"), party("Donald Trump")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].outcomes.len(), 1, "{:?}", recs[0].outcomes);
    let t = "Sanders conceded in a phone call with Clinton. \
             He congratulated Clinton on her victory. \
             Later O'Malley agreed to a debate. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Bernie Sanders"), party("Hillary Clinton")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].outcomes.len(), 1, "{:?}", recs[0].outcomes);
    assert!(recs[0].outcomes[0].starts_with("congratulated Clinton"));
}

#[test]
fn one_party_gives_topics_only_while_its_meeting_is_in_focus() {
    let t = "Putin met Trump in Alaska. \
             Putin was briefed on the rockets. \
             Trump met Xi in Beijing. \
             Trump was briefed on the tariffs. ";
    let (spans, toks) = sents(t);
    let mut a = rec(vec![spans[0]], None, None);
    a.parties = vec![party("Vladimir Putin"), party("Donald Trump")];
    let mut b = rec(vec![spans[2]], None, None);
    b.parties = vec![party("Donald Trump"), party("Xi Jinping")];
    let mut recs = vec![a, b];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].topics, vec!["rockets"]);
    assert_eq!(recs[1].topics, vec!["tariffs"]);
}

#[test]
fn the_sentence_just_before_naming_both_gives_topics() {
    let t = "Trump shelved a summit with Putin on the Ukraine war. \
             Trump had said he would meet Putin in Budapest. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[1]], None, None);
    r.parties = vec![party("Donald Trump"), party("Vladimir Putin")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].topics, vec!["Ukraine war".to_string()]);
}

#[test]
fn a_place_told_just_before_for_a_party() {
    let t =
        "Kelly was seen entering a tower in New York. Fans were excited. Kelly met with Trump. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[2]], None, None);
    r.parties = vec![party("Megyn Kelly"), party("Donald Trump")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("New York"));
}

#[test]
fn a_call_told_in_passing_is_a_call_with_its_length() {
    let t = "Biden and Xi discussed Taiwan in a call lasting almost two hours. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(vec![spans[0]], None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].kind, crate::MeetingKind::Call);
    assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(120));
    let t = "They met for dinner after speaking by phone. Two hours later they left. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(spans.clone(), None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].kind, crate::MeetingKind::Bilateral);
    assert_eq!(recs[0].duration, None);
}

#[test]
fn a_length_before_a_talk_noun_is_the_meetings() {
    let t = "Blinken and Lavrov hold 10-minute chat at G20. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(spans.clone(), None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(10));
}

#[test]
fn a_named_summit_gives_its_place_to_a_meeting_on_its_sidelines() {
    let t = "Erdogan flew to a Shanghai Cooperation Organisation summit in Kazakhstan. \
             He and Putin met on the sidelines of the summit. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(vec![spans[1]], None, Some("summit"))];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Kazakhstan"));
}

#[test]
fn a_nearby_sentence_of_the_pair_talking_gives_place_occasion_and_length() {
    let t = "Blinken and Lavrov met briefly. Relations have soured. \
             Officials said Blinken and Lavrov chatted for roughly 10 minutes on the sidelines \
             of the G20 conference in New Delhi, India. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(vec![spans[0]], None, None)];
    recs[0].parties = vec![party("Antony Blinken"), party("Sergei Lavrov")];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("New Delhi"));
    assert_eq!(recs[0].occasion.as_deref(), Some("G20 conference"));
    assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(10));
}

#[test]
fn the_summit_is_the_latest_named_one_before_the_meeting() {
    let t = "Leaders flew to a Group of 20 summit in Rome. \
             Biden and Xi met at the summit. \
             Next year brings an East Asia summit in Jakarta. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(vec![spans[1]], None, Some("summit"))];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].occasion.as_deref(), Some("Group of 20 summit"));
}

#[test]
fn a_sentence_opening_on_the_talks_gives_topics_without_names() {
    let t = "Biden met Xi. During the talks, they discussed fentanyl. \
             At a rally, voters discussed taxes. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Joe Biden"), party("Xi Jinping")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].topics, vec!["fentanyl"]);
}

#[test]
fn a_host_greeting_a_guest_for_talks_is_bilateral() {
    let t = "Trump greeted Putin on the tarmac ahead of their summit. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.kind = crate::MeetingKind::Visit;
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].kind, crate::MeetingKind::Bilateral);
    let t = "Obama visited Vietnam, where the two held talks. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.kind = crate::MeetingKind::Visit;
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].kind, crate::MeetingKind::Visit);
}

#[test]
fn where_the_meeting_was_held_wins_over_its_region_but_other_talks_do_not() {
    let t = "Albanese met Xi at the G20 summit in Bali. \
             The meeting was held at the luxury Mulia Resort in Nusa Dua Bali. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(spans.clone(), Some("Bali"), None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Nusa Dua"));
    let t = "Sanders will meet Clinton in Washington. \
             Those negotiations took place at hearings while Sanders was in California. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(spans.clone(), Some("Washington"), None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Washington"));
}

#[test]
fn a_nearby_sentence_may_name_a_party_by_the_first_word_of_its_name() {
    let t = "Xi Jinping hosted Emmanuel Macron on Friday. \
             The next day, Xi accompanied Macron to the city of Guangzhou. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Xi Jinping"), party("Emmanuel Macron")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Guangzhou"));
}

#[test]
fn a_bare_month_takes_the_year_the_text_gives_it() {
    let t = "US President Joe Biden and Chinese President Xi Jinping -- seen here in California in November 2023 -- have clashed in telephone talks. The call was their first since a summit in November in California. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[1]], None, None);
    r.date = Some(crate::DateRef {
        text: "November".into(),
        value: None,
    });
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(
        recs[0].date.as_ref().and_then(|d| d.value.as_deref()),
        Some("2023-11")
    );
}

#[test]
fn a_party_speaking_as_we_in_focus_gives_topics() {
    let t = "Albanese met Xi in Bali. \
             Albanese said he was pleased. \
             We are facing challenges of climate change and supply shocks. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0], spans[1]], None, None);
    r.parties = vec![party("Anthony Albanese"), party("Xi Jinping")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert!(
        recs[0]
            .topics
            .iter()
            .any(|x| x.starts_with("climate change")),
        "{:?}",
        recs[0].topics
    );
}

#[test]
fn a_pronoun_sentence_just_before_gives_where_the_party_heads() {
    let t = "Sanders won big. He will head to New York for a victory lap. \
             Following a breakfast with Al Sharpton, Sanders is scheduled to appear on TV. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[2]], None, None);
    r.parties = vec![party("Bernie Sanders"), party("Al Sharpton")];
    r.status = crate::MeetingStatus::Planned;
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("New York"));
    // Two sentences back, a pronoun is no longer the party.
    let t = "He will head to New York for a victory lap. It is cold. \
             Following a breakfast with Al Sharpton, Sanders is scheduled to appear on TV. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[2]], None, None);
    r.parties = vec![party("Bernie Sanders"), party("Al Sharpton")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location, None);
}

#[test]
fn a_meeting_of_an_earlier_year_takes_no_place_from_the_sentence_before() {
    let t = "Xi Jinping met Albanese in Bali on Tuesday. \
             Xi last met an Australian leader in 2016, when he met Malcolm Turnbull. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[1]], None, None);
    r.parties = vec![party("Xi Jinping"), party("Malcolm Turnbull")];
    r.date = Some(crate::DateRef {
        text: "2016".into(),
        value: Some("2016".into()),
    });
    let reference = chrono::NaiveDate::from_ymd_opt(2022, 11, 20);
    let mut recs = vec![r.clone()];
    refine(&mut recs, t, &spans, &toks, reference);
    assert_eq!(recs[0].location, None);
    // A meeting of the article's own year still takes it.
    r.date = Some(crate::DateRef {
        text: "Wednesday".into(),
        value: Some("2022-11-16".into()),
    });
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, reference);
    assert_eq!(recs[0].location.as_deref(), Some("Bali"));
}

#[test]
fn talks_told_just_after_the_pair_talking_at_a_gathering_take_it() {
    let t =
        "The two leaders also had a conversation during the G-20 gala dinner in Indonesia. The \
             four-minute talks between Albanese and Xi were warm. ";
    let (spans, toks) = sents(t);
    let last = spans.len() - 1;
    let mut recs = vec![rec(vec![spans[last]], None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].occasion.as_deref(), Some("G20 gala dinner"));
    assert_eq!(recs[0].location.as_deref(), Some("Indonesia"));
    // Talks the sentence does not open on are another matter.
    let t = "The two leaders also had a conversation during the G-20 gala dinner in Indonesia. \
             Albanese later praised Xi in talks with reporters. ";
    let (spans, toks) = sents(t);
    let mut recs = vec![rec(vec![spans[1]], None, None)];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].occasion, None);
}

#[test]
fn a_visit_names_the_place_it_went_to() {
    let t = "When Netanyahu came to Washington in May 2009, he felt blindsided. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Benjamin Netanyahu"), party("Barack Obama")];
    r.kind = crate::MeetingKind::Visit;
    let mut recs = vec![r.clone()];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location.as_deref(), Some("Washington"));
    // A meeting that is no visit does not take the place someone came to.
    r.kind = crate::MeetingKind::Bilateral;
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].location, None);
}

#[test]
fn a_plan_called_off_keeps_the_nearest_day() {
    let t = "Mitsotakis was expected to sit down with Sunak on Monday. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.status = crate::MeetingStatus::Cancelled;
    r.date = Some(crate::DateRef {
        text: "Monday".into(),
        value: Some("2023-12-04".into()),
    });
    let mut recs = vec![r];
    let tuesday = chrono::NaiveDate::from_ymd_opt(2023, 11, 28);
    refine(&mut recs, t, &spans, &toks, tuesday);
    let d = recs[0].date.as_ref().and_then(|d| d.value.as_deref());
    assert_eq!(d, Some("2023-11-27"));
}

#[test]
fn a_plan_told_in_the_present_keeps_its_coming_day_when_called_off() {
    let t = "Sunak is due to meet Mitsotakis on Saturday. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.status = crate::MeetingStatus::Cancelled;
    r.date = Some(crate::DateRef {
        text: "Saturday".into(),
        value: Some("2023-12-02".into()),
    });
    let mut recs = vec![r];
    let tuesday = chrono::NaiveDate::from_ymd_opt(2023, 11, 28);
    refine(&mut recs, t, &spans, &toks, tuesday);
    let d = recs[0].date.as_ref().and_then(|d| d.value.as_deref());
    assert_eq!(d, Some("2023-12-02"));
}

#[test]
fn topics_come_from_just_after_the_meetings_own_sentences() {
    let t = "Trump met Ryan on Monday. Fans cheered. Snow fell. Rain fell. Wind blew. \
             Trump and Ryan discussed taxes. Trump and Ryan met again on Friday. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0], spans[6]], None, None);
    r.parties = vec![party("Donald Trump"), party("Paul Ryan")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert!(recs[0].topics.is_empty(), "{:?}", recs[0].topics);
    let t = "Trump met Ryan on Monday. Fans cheered. Trump and Ryan discussed taxes. ";
    let (spans, toks) = sents(t);
    let mut r = rec(vec![spans[0]], None, None);
    r.parties = vec![party("Donald Trump"), party("Paul Ryan")];
    let mut recs = vec![r];
    refine(&mut recs, t, &spans, &toks, None);
    assert_eq!(recs[0].topics, vec!["taxes"]);
}

/// The location of the one meeting of `t` told on `r`.
fn place_on(t: &str, r: &str) -> Option<String> {
    let m = crate::meetings::testkit::meet(t, r);
    assert_eq!(m.len(), 1, "{m:?}");
    m.first().and_then(|m| m.location.clone())
}

#[test]
fn a_meeting_just_before_new_year_is_no_earlier_years() {
    let t = "Joe Biden arrived in Paris on Friday. Joe Biden met Emmanuel Macron on Saturday.";
    assert_eq!(place_on(t, "2023-12-31").as_deref(), Some("Paris"));
    assert_eq!(place_on(t, "2024-01-02").as_deref(), Some("Paris"));
    // A meeting of a year the text names stays apart.
    let t = "Joe Biden arrived in Paris on Friday. Joe Biden met Emmanuel Macron in March 2016.";
    assert_eq!(place_on(t, "2024-01-02"), None);
}

#[test]
fn there_points_back_to_the_place_even_years_ago() {
    let t = "Joe Biden flew to Bali for the G20 summit. \
             In November 2022, Biden met Xi Jinping there to discuss Taiwan.";
    assert_eq!(place_on(t, "2023-11-17").as_deref(), Some("Bali"));
    let (_, toks) = sents("There was no meeting in 2016. ");
    assert!(!says_there(&toks[0]));
}

#[test]
fn a_meeting_of_another_day_keeps_its_place_to_itself() {
    let t = "Joe Biden met Xi Jinping in Bali in November 2022. \
             Joe Biden met Xi Jinping again on Wednesday.";
    let m = crate::meetings::testkit::meet(t, "2023-11-17");
    let wed = m
        .iter()
        .find(|m| m.date.as_ref().and_then(|d| d.value.as_deref()) == Some("2023-11-15"));
    assert!(wed.is_some_and(|m| m.location.is_none()), "{m:?}");
    assert!(
        m.iter().any(|m| m.location.as_deref() == Some("Bali")),
        "{m:?}"
    );
    // One meeting told over two sentences keeps the place.
    let t = "Joe Biden arrived in Paris on Friday. Joe Biden met Emmanuel Macron on Saturday.";
    assert_eq!(place_on(t, "2023-11-17").as_deref(), Some("Paris"));
}

#[test]
fn a_sentence_told_during_a_meeting_is_about_it() {
    let (_, toks) = sents("Shoukry discussed Gaza with Blinken during a meeting in Cairo. ");
    assert!(during_their(&toks[0]));
    let (_, toks) = sents("Shoukry discussed Gaza with Blinken during a visit to Cairo. ");
    assert!(!during_their(&toks[0]));
}
