//! The day a held meeting with no date is named by nearby: "coverage of Thursday's meeting …
//! Following his meeting with Ryan, Trump met with House members".

use chrono::NaiveDate;

use super::super::attrcues::DAY_NAMED_HEADS;
use super::super::dates::{self, Expr, Tense};
use super::super::tokens::Tok;
use crate::DateRef;

/// "Thursday's meeting": the weekday, resolved in the past, a possessive names a meeting by.
pub(super) fn day_naming_meeting(
    text: &str,
    toks: &[Tok],
    reference: Option<NaiveDate>,
) -> Option<DateRef> {
    let lw = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    // Most sentences name no weekday: a cheap test before the date pass.
    if !toks.iter().any(|t| t.lower == "'s") {
        return None;
    }
    dates::find(toks)
        .iter()
        .filter(|f| matches!(f.what, Expr::Weekday(_, 0)) && !f.since && !f.of_report)
        .find(|f| lw(f.b.wrapping_sub(1)) == "'s" && DAY_NAMED_HEADS.contains(&lw(f.b)))
        .map(|f| dates::date_ref(text, toks, f, reference, Tense::Past))
        .filter(|d| d.value.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn day(t: &str) -> Option<String> {
        let r = NaiveDate::from_ymd_opt(2016, 5, 13);
        day_naming_meeting(t, &tokenize(t, 0, t.len()), r).and_then(|d| d.value)
    }

    #[test]
    fn a_possessive_weekday_names_the_meeting() {
        assert_eq!(
            day("Networks carried coverage of Thursday's meeting.").as_deref(),
            Some("2016-05-12")
        );
        assert_eq!(day("Thursday's rally drew crowds."), None);
        assert_eq!(day("They met on Thursday."), None);
    }
}
