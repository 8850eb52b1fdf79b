//! End-to-end checks of which records the stage makes: splits, groups and participants.

use super::*;
use crate::sentences::split;

fn meet(t: &str, r: &str) -> Vec<Meeting> {
    run(
        t,
        &split(t),
        &[],
        NaiveDate::parse_from_str(r, "%Y-%m-%d").ok(),
    )
}

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
