use super::*;
use crate::meetings::tokens::tokenize;
use chrono::NaiveDate;

fn one(t: &str, r: &str, tense: Tense) -> (String, Option<String>) {
    let toks = tokenize(t, 0, t.len());
    let f = find(&toks);
    let f = f.first().expect("a date");
    let d = date_ref(
        t,
        &toks,
        f,
        NaiveDate::parse_from_str(r, "%Y-%m-%d").ok(),
        tense,
    );
    (d.text, d.value)
}

#[test]
fn a_bare_month_takes_the_year_written_beside_it_elsewhere() {
    let s = |t: &str| tokenize(t, 0, t.len());
    let sents = vec![
        s("They were seen in California in November 2023."),
        s("They met in November."),
    ];
    assert_eq!(bare_month("November"), Some(11));
    assert_eq!(bare_month("Nov. 15"), None);
    assert_eq!(year_of_month(&sents, 11), Some(2023));
    assert_eq!(year_of_month(&sents, 10), None);
    let two = vec![s("in November 2023"), s("in November 2022")];
    assert_eq!(year_of_month(&two, 11), None);
}

#[test]
fn weekdays_past_and_future() {
    assert_eq!(
        one("they met on Thursday", "2022-11-18", Tense::Past),
        ("Thursday".into(), Some("2022-11-17".into()))
    );
    assert_eq!(
        one("they met on Friday", "2022-11-18", Tense::Past).1,
        Some("2022-11-18".into())
    );
    assert_eq!(
        one("to meet on Friday", "2022-11-17", Tense::Future).1,
        Some("2022-11-18".into())
    );
    assert_eq!(
        one("talks on Thursday evening", "2023-11-17", Tense::Past),
        ("Thursday evening".into(), Some("2023-11-16".into()))
    );
    assert_eq!(
        one("a meeting later on Thursday", "2023-11-16", Tense::Future),
        ("later on Thursday".into(), Some("2023-11-16".into()))
    );
    assert_eq!(
        one("Wednesday’s talks", "2022-08-19", Tense::Past),
        ("Wednesday".into(), Some("2022-08-17".into()))
    );
}

#[test]
fn the_nearest_weekday_either_way() {
    let tue = NaiveDate::from_ymd_opt(2023, 11, 28);
    assert_eq!(
        nearest_weekday("Monday", tue).as_deref(),
        Some("2023-11-27")
    );
    assert_eq!(
        nearest_weekday("Friday", tue).as_deref(),
        Some("2023-12-01")
    );
    assert_eq!(nearest_weekday("next Monday", tue), None);
    assert_eq!(nearest_weekday("Monday", None), None);
}

#[test]
fn next_and_last_weekday() {
    assert_eq!(
        one("around next Thursday", "2023-11-02", Tense::Future).1,
        Some("2023-11-09".into())
    );
    assert_eq!(
        one("around next Thursday", "2023-11-03", Tense::Future).1,
        Some("2023-11-09".into())
    );
    assert_eq!(
        one("last Monday", "2016-03-17", Tense::Past).1,
        Some("2016-03-07".into())
    );
}

#[test]
fn month_day_and_ranges() {
    assert_eq!(
        one("on Aug. 4 on the sidelines", "2022-08-19", Tense::Past),
        ("Aug. 4".into(), Some("2022-08-04".into()))
    );
    assert_eq!(
        one("set for November 15-17", "2023-11-03", Tense::Future),
        ("November 15-17".into(), Some("2023-11-15".into()))
    );
    assert_eq!(
        one("on Thursday, June 16, 2016", "2016-06-17", Tense::Past).1,
        Some("2016-06-16".into())
    );
}

#[test]
fn months_years_and_seasons() {
    assert_eq!(
        one("in February 2020", "2022-08-19", Tense::Past),
        ("February 2020".into(), Some("2020-02".into()))
    );
    assert_eq!(
        one("in the spring of 2020", "2022-11-18", Tense::Past),
        ("spring of 2020".into(), Some("2020".into()))
    );
    assert_eq!(
        one("an August meeting", "2022-11-18", Tense::Past),
        ("August".into(), Some("2022-08".into()))
    );
    assert_eq!(
        one("since November last year", "2023-11-03", Tense::Past),
        ("November last year".into(), Some("2022-11".into()))
    );
    assert_eq!(
        one("last year", "2023-11-03", Tense::Past).1,
        Some("2022".into())
    );
    assert_eq!(
        one("first met in 2007", "2015-11-10", Tense::Past).1,
        Some("2007".into())
    );
}

#[test]
fn unanchored_dates_have_no_value() {
    let t = "they met on Thursday";
    let toks = tokenize(t, 0, t.len());
    let f = find(&toks);
    assert_eq!(
        f.first()
            .map(|f| date_ref(t, &toks, f, None, Tense::Past).value),
        Some(None)
    );
    assert_eq!(
        one("met recently", "2023-11-03", Tense::Past),
        ("recently".into(), None)
    );
}

#[test]
fn a_year_yields_to_a_fuller_date_of_that_year() {
    let t = "meets Xi during the 2022 G20 summit in Bali, Tuesday, November 15, 2022.";
    let toks = tokenize(t, 0, t.len());
    let f = find(&toks);
    assert_eq!(f.len(), 1);
    assert_eq!(
        one(t, "2022-11-20", Tense::Past).1,
        Some("2022-11-15".into())
    );
    // A year of another event stays.
    assert_eq!(
        find(&tokenize("in 2016 and on May 3, 2022", 0, 26)).len(),
        2
    );
}

#[test]
fn stretches_and_other_events_are_not_dates() {
    let toks = |t: &str| tokenize(t, 0, t.len());
    assert!(find(&toks("lawmakers he has spent the last year disparaging")).is_empty());
    assert!(find(&toks(
        "the two men talked at last month's Congressional Ball"
    ))
    .is_empty());
    assert_eq!(find(&toks("after last month's talks in Paris")).len(), 1);
    assert_eq!(find(&toks("after Tuesday's primary")).len(), 1);
    assert_eq!(
        one(
            "relations soured during the 2012 presidential race",
            "2015-11-10",
            Tense::Past
        ),
        ("2012".into(), Some("2012".into()))
    );
}

#[test]
fn a_day_after_a_posting_verb_dates_the_report() {
    let toks = |t: &str| tokenize(t, 0, t.len());
    let f = find(&toks(
        "a meeting with GOP leaders next week, Ryan tweeted Friday",
    ));
    assert_eq!(f.len(), 2);
    assert!(!f[0].of_report);
    assert!(f[1].of_report);
    // Negative: a day after a verb of meeting dates the meeting.
    let f = find(&toks("the leaders met Friday"));
    assert!(!f[0].of_report);
}

#[test]
fn a_day_after_a_saying_verb_and_its_object_dates_the_report() {
    let toks = |t: &str| tokenize(t, 0, t.len());
    for t in [
        "Lane will meet Ruiz next week, Cole told reporters Thursday",
        "Lane will meet Ruiz next week, the embassy confirmed Thursday",
        "Lane will meet Ruiz next week, Cole told reporters on Thursday",
    ] {
        let f = find(&toks(t));
        assert_eq!(f.len(), 2, "{t}");
        assert!(!f[0].of_report && f[1].of_report, "{t}");
    }
    // Negative: a meeting noun as the object, or a verb of meeting, dates the meeting.
    for t in [
        "the ministers confirmed talks Thursday",
        "Cole said they met Thursday",
    ] {
        let f = find(&toks(t));
        assert!(!f.iter().any(|d| d.of_report), "{t}");
    }
}
