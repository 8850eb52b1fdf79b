use super::*;
use crate::meetings::tokens::tokenize;

fn occ(t: &str) -> Option<String> {
    let toks = tokenize(t, 0, t.len());
    occasion(t, &toks, 0, toks.len())
}

fn loc(t: &str) -> Option<String> {
    let toks = tokenize(t, 0, t.len());
    location(t, &toks, 0, 0, toks.len(), true).map(|x| x.1)
}

#[test]
fn group_names_lose_their_hyphen() {
    assert_eq!(forum_name("G-20 summit"), "G20 summit");
    assert_eq!(forum_name("the G-7 meeting"), "the G7 meeting");
    assert_eq!(forum_name("APEC-21 forum"), "APEC-21 forum");
    assert_eq!(forum_name("Covid-19 talks"), "Covid-19 talks");
    assert_eq!(
        occ("met on the sidelines of the G-20 summit in Bali").as_deref(),
        Some("G20 summit")
    );
}

#[test]
fn a_trip_for_a_named_gathering_is_its_occasion() {
    assert_eq!(
        occ("his previous trip was in 2015 for the UN General Assembly in New York").as_deref(),
        Some("UN General Assembly")
    );
    assert_eq!(
        occ("the diplomats would meet to prepare for a Budapest summit"),
        None
    );
}

#[test]
fn a_place_for_a_gathering_is_no_occasion() {
    assert_eq!(
        occ("talks began at a remote Siberian rocket launch facility for a summit"),
        None
    );
    assert_eq!(
        occ("met at a Bali resort for the G20 summit").as_deref(),
        Some("G20 summit")
    );
}

#[test]
fn margins_and_dinners_are_occasions_and_a_name_after_the_head_is_not() {
    assert_eq!(
        occ("could meet on the margins of the G7 Summit in Hiroshima").as_deref(),
        Some("G7 Summit")
    );
    assert_eq!(
        occ("a second conversation during the G-20 gala dinner in Indonesia").as_deref(),
        Some("G20 gala dinner")
    );
    assert_eq!(occ("at a dinner hosted by Macron in Paris"), None);
}

#[test]
fn welcomed_to_the_city_of_and_departed_a_landmark() {
    assert_eq!(
        loc("who in August welcomed Putin to Alaska").as_deref(),
        Some("Alaska")
    );
    assert_eq!(
        loc("Xi accompanied Macron to the city of Guangzhou").as_deref(),
        Some("Guangzhou")
    );
    assert_eq!(
        loc("The Ukrainian leader departed the White House after the spat").as_deref(),
        Some("Washington")
    );
    assert_eq!(loc("Trump left Washington for Beijing"), None);
    assert_eq!(
        loc("The meeting was held at the luxury Mulia Resort in Nusa Dua Bali").as_deref(),
        Some("Nusa Dua")
    );
    assert_eq!(
        loc("they met in New York City").as_deref(),
        Some("New York")
    );
}

#[test]
fn occasions() {
    assert_eq!(
        occ("met on the sidelines of the APEC summit in San Francisco").as_deref(),
        Some("APEC summit")
    );
    assert_eq!(
        occ("at an Association of Southeast Asian Nations meeting in Phnom Penh").as_deref(),
        Some("Association of Southeast Asian Nations meeting")
    );
    assert_eq!(
        occ("met during a Group of 20 meeting in China").as_deref(),
        Some("Group of 20 meeting")
    );
    assert_eq!(occ("during the talks"), None);
}

#[test]
fn locations() {
    assert_eq!(
        loc("met in Beijing on Thursday").as_deref(),
        Some("Beijing")
    );
    assert_eq!(loc("a conference in Cambodia").as_deref(), Some("Cambodia"));
    assert_eq!(
        loc("arrived at the White House on Monday").as_deref(),
        Some("Washington")
    );
    assert_eq!(
        loc("Yang visited Japan in February").as_deref(),
        Some("Japan")
    );
    assert_eq!(loc("tensions in Chinese waters"), None);
    assert_eq!(
        loc("their talks in the Russian capital").as_deref(),
        Some("Moscow")
    );
    assert_eq!(loc("the war in Ukraine"), None);
}

#[test]
fn venues_and_towns_the_gazetteer_lacks() {
    assert_eq!(
        loc("talks began on Wednesday at the Vostochny cosmodrome").as_deref(),
        Some("Vostochny cosmodrome")
    );
    assert_eq!(
        loc("a chat at Ronald Reagan Washington National Airport").as_deref(),
        Some("Washington")
    );
    assert_eq!(loc("met Starmer at the Greek embassy"), None);
    assert_eq!(
        loc("met during the summit in Nusa Dua, Bali, Indonesia").as_deref(),
        Some("Nusa Dua")
    );
    assert_eq!(
        loc("met in Moscow, Russia, on Friday").as_deref(),
        Some("Moscow")
    );
    assert_eq!(loc("met in Parliament, Johnson said"), None);
    assert_eq!(
        loc("the Iraqi capital, Baghdad, will witness an upcoming meeting").as_deref(),
        Some("Baghdad")
    );
    assert_eq!(loc("Xi will host Macron"), None);
    assert_eq!(
        loc("when Sanders speaks at a Vatican conference on Friday").as_deref(),
        Some("Vatican")
    );
    assert_eq!(
        loc("Trump met with Senate members on the Hill").as_deref(),
        Some("Washington")
    );
}

#[test]
fn a_quoted_place_is_said_and_an_invitation_names_one() {
    assert_eq!(
        loc("Putin ended the talks with a suggestion: “Next time in Moscow.”"),
        None
    );
    assert_eq!(
        loc("met Trump in Alaska, saying “next time in Moscow”").as_deref(),
        Some("Alaska")
    );
    assert_eq!(
        loc("Erdogan may invite Syria's President Bashar al-Assad to Turkiye").as_deref(),
        Some("Turkey")
    );
    assert_eq!(loc("Erdogan may talk to Turkiye"), None);
    assert_eq!(
        loc("“Kim invited Putin to visit the DPRK at a convenient time,” KCNA said").as_deref(),
        Some("North Korea")
    );
    assert_eq!(
        loc("All the years that have passed in Syria have shown it,” he said."),
        None
    );
    assert_eq!(
        loc("“Ryan has invited Trump to meet in Washington on Thursday,” he said.").as_deref(),
        Some("Washington")
    );
}

#[test]
fn on_names_a_landmark_only_and_to_a_landmark_is_the_place() {
    assert_eq!(
        loc("Trump met senators on Capitol Hill").as_deref(),
        Some("Washington")
    );
    assert_eq!(loc("they talked on Ukraine"), None);
    let t = "the White House sent Eggleston to Capitol Hill for a meeting";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(
        location(t, &toks, 0, 0, toks.len(), false)
            .map(|x| x.1)
            .as_deref(),
        Some("Washington")
    );
    // Where one goes to meet is the place of the meeting.
    let t = "Blinken will travel to Beijing next week to meet Wang Yi";
    let toks = tokenize(t, 0, t.len());
    let got = location(t, &toks, 9, 0, toks.len(), false).map(|x| x.1);
    assert_eq!(got.as_deref(), Some("Beijing"));
    let t = "Blinken will travel to Beijing next week, and aides hope to meet Wang Yi";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(location(t, &toks, 12, 0, toks.len(), false), None);
    let t = "Macron travelled to France for a meeting";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(location(t, &toks, 0, 0, toks.len(), false), None);
    // "goes to X to meet Y": X when that "meet" is the meeting's own trigger (token 6) …
    let t = "Biden goes to Paris next week to meet Macron";
    let toks = tokenize(t, 0, t.len());
    let got = location(t, &toks, 6, 0, toks.len(), false).map(|x| x.1);
    assert_eq!(got.as_deref(), Some("Paris"));
    let t = "Biden will go to Paris to meet Macron";
    let toks = tokenize(t, 0, t.len());
    let got = location(t, &toks, 6, 0, toks.len(), false).map(|x| x.1);
    assert_eq!(got.as_deref(), Some("Paris"));
    // … not when the meeting is another one told after it.
    let t = "First Lane goes to Texas to meet the victims, now he meets with Ruiz";
    let toks = tokenize(t, 0, t.len());
    assert_eq!(location(t, &toks, 12, 0, toks.len(), false), None);
}

#[test]
fn each_location_tells_cities_from_countries() {
    let t = "they met in India, then in New Delhi";
    let toks = tokenize(t, 0, t.len());
    let mut seen = Vec::new();
    each_location(t, &toks, 0, toks.len(), false, |_, n, city| {
        seen.push((n, city))
    });
    assert_eq!(
        seen,
        vec![
            ("India".to_string(), false),
            ("New Delhi".to_string(), true)
        ]
    );
}

#[test]
fn a_sidelines_occasion_ends_at_its_head_and_may_pass_hi() {
    assert_eq!(
        occ("on the sidelines of the meeting failed to agree").as_deref(),
        Some("meeting")
    );
    let t = "they met on the sidelines of the G20 summit";
    let toks = tokenize(t, 0, t.len());
    let hi = toks.iter().position(|x| x.lower == "g20").unwrap_or(0);
    assert_eq!(occasion(t, &toks, 0, hi + 1).as_deref(), Some("G20 summit"));
}

#[test]
fn a_meeting_during_a_trip_is_where_the_trip_goes() {
    let during = |t: &str| {
        let toks = tokenize(t, 0, t.len());
        location(t, &toks, 0, 0, toks.len(), false).map(|x| x.1)
    };
    assert_eq!(
        during("He was to sit down with Sunak during a visit to London on Monday.").as_deref(),
        Some("London")
    );
    assert_eq!(
        during("They met on his first official trip to Japan.").as_deref(),
        Some("Japan")
    );
    // A trip told beside the meeting, not around it.
    assert_eq!(during("They met before a trip to Japan."), None);
}

#[test]
fn flying_from_a_place_or_returning_to_meet_names_the_place_gone_to() {
    assert_eq!(
        loc("Volodymyr Zelensky, who flew from Kyiv to Washington to meet Joe Biden, spoke.")
            .as_deref(),
        Some("Washington")
    );
    assert_eq!(
        loc("Antony Blinken returned to Washington on Friday to meet with Joe Biden.").as_deref(),
        Some("Washington")
    );
    // Coming from a place names no place of meeting.
    assert_eq!(
        loc("Zelensky, who flew from Kyiv on Friday to meet Joe Biden, spoke."),
        None
    );
}
