//! Dates a record took from a later mention that tells another time: "… met Xi in Woodside.
//! … which China suspended back in August 2022" (a bare "back in" in a later evidence
//! sentence), or "will meet Xi … That meeting in Bali in November 2022" (a past month or year
//! for a plan).

use chrono::NaiveDate;

use super::super::attrcues::BACKREF_BACK;
use super::super::dates;
use super::super::merge::Rec;
use super::super::tokens::Tok;
use super::sentence_of;
use crate::{MeetingStatus, Span};

/// Whether the date `text` stands in `toks` right after a bare "back in" (not "that day back
/// in", which points at the meeting).
fn after_bare_back(text: &str, toks: &[Tok], date: &str) -> bool {
    dates::find(toks).iter().any(|f| {
        let said = toks
            .get(f.a)
            .zip(toks.get(f.b.wrapping_sub(1)))
            .and_then(|(a, b)| text.get(a.start..b.end));
        said == Some(date)
            && dates::lw(toks, f.a.wrapping_sub(1)) == "in"
            && dates::lw(toks, f.a.wrapping_sub(2)) == BACKREF_BACK
            && dates::points_back(toks, f).is_none()
    })
}

/// Whether a plan's value is a month or year already past at the reference (a day may be the
/// day before publication: kept).
fn past_for_plan(value: &str, reference: Option<NaiveDate>) -> bool {
    let Some(r) = reference else { return false };
    let r = r.format("%Y-%m").to_string();
    value.len() <= r.len() && r.get(..value.len()).is_some_and(|r| value < r)
}

/// Drops the date of a record that came from another time (see the module doc).
pub(super) fn drop_other_times(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
    reference: Option<NaiveDate>,
) {
    for r in recs.iter_mut() {
        let Some(d) = r.date.as_ref() else { continue };
        let plan = matches!(r.status, MeetingStatus::Planned | MeetingStatus::Proposed);
        let past = plan
            && d.value
                .as_deref()
                .is_some_and(|v| past_for_plan(v, reference));
        let back = r
            .evidence
            .iter()
            .skip(1)
            .filter_map(|e| sentence_of(sentences, e))
            .filter_map(|si| sents.get(si))
            .any(|toks| after_bare_back(text, toks, &d.text));
        if past || back {
            r.date = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    #[test]
    fn a_bare_back_in_tells_another_time_a_pointer_does_not() {
        let t = "which Ruiz suspended back in August 2022";
        assert!(after_bare_back(t, &tokenize(t, 0, t.len()), "August 2022"));
        let t = "a show of respect on that day back in March 2010";
        assert!(!after_bare_back(t, &tokenize(t, 0, t.len()), "March 2010"));
        let t = "which Ruiz suspended in August 2022";
        assert!(!after_bare_back(t, &tokenize(t, 0, t.len()), "August 2022"));
    }

    #[test]
    fn a_past_month_or_year_is_no_plans_date() {
        let r = NaiveDate::from_ymd_opt(2023, 11, 17);
        assert!(past_for_plan("2022-11", r));
        assert!(past_for_plan("2022", r));
        assert!(!past_for_plan("2023-11", r));
        assert!(!past_for_plan("2023", r));
        // A day just before publication is kept ("was to meet on Monday").
        assert!(!past_for_plan("2023-11-13", r));
    }

    #[test]
    fn later_mentions_of_other_times_leave_the_meeting_undated() {
        for t in [
            "Joe Biden met Xi Jinping in Woodside. The two sides agreed to restore military talks, which China suspended back in August 2022.",
            "Joe Biden met Xi Jinping in Woodside. Xi last visited the US back in 2017.",
            "Joe Biden met Xi Jinping in Woodside. Biden first met Xi back in 2011, when both were vice presidents.",
            "Joe Biden met Xi Jinping in Woodside. At that time in 2013, Xi had just taken office.",
            "Joe Biden met Xi Jinping in Woodside. On that day in 2019, protests had erupted in Hong Kong.",
            "Joe Biden will meet Xi Jinping in Woodside. That meeting in Bali in November 2022 was cordial.",
        ] {
            let m = crate::meetings::testkit::meet(t, "2023-11-17");
            assert!(!m.is_empty(), "{t}");
            assert!(m.iter().all(|m| m.date.is_none()), "{t}");
        }
        // The meeting's own "back in" dates it.
        let t = "Joe Biden first met Xi Jinping back in 2011, when both were vice presidents.";
        let m = crate::meetings::testkit::meet(t, "2023-11-17");
        assert_eq!(
            m.first()
                .and_then(|m| m.date.as_ref())
                .and_then(|d| d.value.as_deref()),
            Some("2011")
        );
    }
}
