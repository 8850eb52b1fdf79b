//! One meeting told twice: records of the same parties, status and day that nothing marks as
//! distinct ("Trump met with Peña Nieto on Wednesday" … "now he meets with the president of
//! Mexico") fold into one once every mention is settled.

use super::cues::{DISTINCT_MARKERS, DISTINCT_REACH, MARKED_MEETINGS, MAX_LOOKBACK};
use super::merge::{join, same_parties, Rec};
use crate::{DateRef, MeetingKind, Span};

/// Whether two dates may be one day: either is missing, the values agree, or the words do.
fn same_day(a: &Option<DateRef>, b: &Option<DateRef>) -> bool {
    match (a, b) {
        (None, _) | (_, None) => true,
        (Some(x), Some(y)) => match (&x.value, &y.value) {
            (Some(v), Some(w)) => v.starts_with(w.as_str()) || w.starts_with(v.as_str()),
            _ => x.text.eq_ignore_ascii_case(&y.text),
        },
    }
}

/// Whether a sentence marks a meeting as another one ("met again", "their second meeting",
/// "their first phone call"): a marker a few words before a meeting word, or "again" after one.
fn marks_distinct(text: &str, s: &Span) -> bool {
    let Some(t) = text.get(s.start..s.end) else {
        return false;
    };
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let meeting = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| MARKED_MEETINGS.contains(&w.as_str()))
    };
    words.iter().enumerate().any(|(k, w)| match w.as_str() {
        "again" => (k.saturating_sub(DISTINCT_REACH)..k).any(meeting),
        w if DISTINCT_MARKERS.contains(&w) => (k + 1..=k + DISTINCT_REACH).any(meeting),
        _ => false,
    })
}

/// Whether the later record `b` may be the earlier `a` told again.
fn repeats(text: &str, a: &Rec, b: &Rec) -> bool {
    let call = |r: &Rec| r.kind == MeetingKind::Call;
    same_parties(&a.parties, &b.parties)
        && a.status == b.status
        && call(a) == call(b)
        && same_day(&a.date, &b.date)
        && !b
            .evidence
            .iter()
            .chain(&a.evidence)
            .any(|s| marks_distinct(text, s))
}

/// Folds each record into the latest earlier one it repeats (among the last [`MAX_LOOKBACK`]).
pub(super) fn fold_repeats(recs: &mut Vec<Rec>, text: &str) {
    let mut j = 1;
    while j < recs.len() {
        let from = j.saturating_sub(MAX_LOOKBACK);
        let hit = match (recs.get(from..j), recs.get(j)) {
            (Some(before), Some(b)) => before.iter().rposition(|a| repeats(text, a, b)),
            _ => None,
        };
        match hit {
            Some(i) => {
                let b = recs.remove(j);
                if let Some(a) = recs.get_mut(from + i) {
                    join(a, b);
                    a.evidence.sort_by_key(|s| s.start);
                    a.evidence.dedup();
                }
            }
            None => j += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MeetingStatus, Participant};

    fn rec(text: &str, sentence: &str, date: Option<&str>) -> Rec {
        let start = text.find(sentence).unwrap_or(0);
        let parties = ["Donald Trump", "Enrique Pena Nieto"]
            .iter()
            .map(|n| Participant {
                name: Some((*n).into()),
                ..Default::default()
            })
            .collect();
        let mut r = Rec::new(
            MeetingKind::Bilateral,
            parties,
            MeetingStatus::Held,
            vec![Span {
                start,
                end: start + sentence.len(),
            }],
            0,
        );
        r.date = date.map(|d| DateRef {
            text: d.into(),
            value: Some(d.into()),
        });
        r
    }

    #[test]
    fn the_same_meeting_told_twice_is_one_record() {
        let t =
            "Trump met with Pena Nieto on Wednesday. First he went to Texas to see the victims, \
                 now he meets with the president.";
        let mut recs = vec![
            rec(
                t,
                "Trump met with Pena Nieto on Wednesday.",
                Some("2016-08-31"),
            ),
            rec(
                t,
                "First he went to Texas to see the victims, now he meets with the president.",
                None,
            ),
        ];
        fold_repeats(&mut recs, t);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs.first().map(|r| r.evidence.len()), Some(2));
    }

    #[test]
    fn another_day_or_a_marked_meeting_stays_apart() {
        let t = "Obama met Netanyahu in 2007. They met again in 2008. Obama met Netanyahu.";
        let mut recs = vec![
            rec(t, "Obama met Netanyahu in 2007.", Some("2007")),
            rec(t, "Obama met Netanyahu.", Some("2009")),
        ];
        fold_repeats(&mut recs, t);
        assert_eq!(recs.len(), 2);
        let mut recs = vec![
            rec(t, "Obama met Netanyahu in 2007.", Some("2007")),
            rec(t, "They met again in 2008.", None),
        ];
        fold_repeats(&mut recs, t);
        assert_eq!(recs.len(), 2);
        let t = "They spoke on Monday. It was their first phone call since the summit.";
        let mut recs = vec![
            rec(t, "They spoke on Monday.", None),
            rec(t, "It was their first phone call since the summit.", None),
        ];
        fold_repeats(&mut recs, t);
        assert_eq!(recs.len(), 2);
    }
}
