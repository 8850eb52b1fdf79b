//! One meeting told twice: records of the same parties, status and day that nothing marks as
//! distinct ("Trump met with Peña Nieto on Wednesday" … "now he meets with the president of
//! Mexico") fold into one once every mention is settled.

use super::cues::{DISTINCT_MARKERS, DISTINCT_REACH, MARKED_MEETINGS, MAX_LOOKBACK};
use super::merge::{join, other_groups, same_parties, Rec};
use crate::{DateRef, MeetingKind, Participant, Span};

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

/// The lower-case words of a sentence.
fn lower_words(text: &str, s: &Span) -> Vec<String> {
    text.get(s.start..s.end)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the word at `k` is "again" with a meeting word a few words before it ("met again").
fn again_after_meeting(words: &[String], k: usize) -> bool {
    words.get(k).is_some_and(|w| w == "again")
        && (k.saturating_sub(DISTINCT_REACH)..k).any(|j| {
            words
                .get(j)
                .is_some_and(|w| MARKED_MEETINGS.contains(&w.as_str()))
        })
}

/// Whether a sentence marks a meeting as another one ("met again", "their second meeting",
/// "their first phone call"): a marker a few words before a meeting word, or "again" after one.
fn marks_distinct(text: &str, s: &Span) -> bool {
    let words = lower_words(text, s);
    let meeting = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| MARKED_MEETINGS.contains(&w.as_str()))
    };
    // "again" marks the meeting word before it; every other marker the one after it.
    (0..words.len()).any(|k| match words.get(k).map(String::as_str) {
        Some("again") => again_after_meeting(&words, k),
        Some(w) => DISTINCT_MARKERS.contains(&w) && (k + 1..=k + DISTINCT_REACH).any(meeting),
        None => false,
    })
}

/// Whether a sentence tells a meeting anew ("Blinken and Wang met again in Washington"):
/// "again" a few words after a meeting word.
pub(super) fn marks_repeat(text: &str, s: &Span) -> bool {
    let words = lower_words(text, s);
    (0..words.len()).any(|k| again_after_meeting(&words, k))
}

/// Whether the later record `b` may be the earlier `a` told again.
fn repeats(text: &str, a: &Rec, b: &Rec) -> bool {
    let call = |r: &Rec| r.kind == MeetingKind::Call;
    let apart = b.separate && other_groups(&a.parties, &b.parties);
    same_parties(&a.parties, &b.parties)
        && !apart
        && !a.elsewhen
        && !b.elsewhen
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

/// The visitor and the country of a visit to a country ("Trump's visit to Israel").
fn country_visit(r: &Rec) -> Option<(&Participant, &str)> {
    let [a, b] = r.parties.as_slice() else {
        return None;
    };
    let bare = |p: &Participant| p.name.is_none() && p.role.is_none();
    match (bare(a), bare(b)) {
        (false, true) if a.name.is_some() => Some((a, b.country.as_deref()?)),
        (true, false) if b.name.is_some() => Some((b, a.country.as_deref()?)),
        _ => None,
    }
}

/// Whether a place lies in a country: the country itself, a city of it, or a phrase ending in
/// one of those ("Jerusalem, Israel").
pub(super) fn in_country(place: &str, country: &str) -> bool {
    place.contains(country)
        || place
            .rsplit(',')
            .next()
            .and_then(|p| super::gazetteer::lookup(p.trim()))
            .is_some_and(|p| p.country() == country)
}

/// "Netanyahu will meet with Trump when he arrives in Israel" and "block Trump's visit to
/// Israel": a visit by X to country C is the meeting of X with the person of C on record (a
/// visit is a meeting with the host); told with no status cue of its own, it takes that
/// meeting's status.
pub(super) fn fold_country_visits(recs: &mut Vec<Rec>) {
    let mut j = 0;
    while j < recs.len() {
        let target = recs.get(j).and_then(|v| {
            if v.kind != MeetingKind::Visit {
                return None;
            }
            let (visitor, country) = country_visit(v)?;
            let from = j.saturating_sub(MAX_LOOKBACK);
            let to = (j + MAX_LOOKBACK).min(recs.len());
            (from..to).find(|&i| {
                i != j
                    && recs.get(i).is_some_and(|r| {
                        r.parties.len() == 2
                            && r.parties.iter().any(|p| p.name == visitor.name)
                            && r.parties.iter().any(|p| {
                                p.name.is_some()
                                    && p.name != visitor.name
                                    && p.country.as_deref() == Some(country)
                            })
                            && (v.uncued || r.status == v.status)
                            && r.location.as_deref().is_none_or(|l| in_country(l, country))
                    })
            })
        });
        match target {
            Some(i) => {
                let mut v = recs.remove(j);
                let i = if i > j { i - 1 } else { i };
                if let Some(r) = recs.get_mut(i) {
                    v.status = r.status;
                    v.parties = r.parties.clone();
                    v.kind = r.kind;
                    join(r, v);
                    r.evidence.sort_by_key(|s| s.start);
                    r.evidence.dedup();
                }
            }
            None => j += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MeetingStatus;

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

    fn party(name: Option<&str>, country: &str) -> Participant {
        Participant {
            name: name.map(Into::into),
            role: None,
            country: Some(country.into()),
        }
    }

    #[test]
    fn an_uncued_visit_to_a_country_is_the_meeting_with_its_person() {
        let t = "Lane will meet with Smith. Critics want to block Smith's visit to Israel.";
        let mut meet = rec(t, "Lane will meet with Smith.", None);
        meet.parties = vec![
            party(Some("Dan Lane"), "Israel"),
            party(Some("Ann Smith"), "United States"),
        ];
        meet.status = MeetingStatus::Planned;
        let mut visit = rec(t, "Critics want to block Smith's visit to Israel.", None);
        visit.kind = MeetingKind::Visit;
        visit.parties = vec![
            party(Some("Ann Smith"), "United States"),
            party(None, "Israel"),
        ];
        visit.uncued = true;
        let mut recs = vec![meet.clone(), visit.clone()];
        fold_country_visits(&mut recs);
        assert_eq!(recs.len(), 1);
        assert_eq!(recs.first().map(|r| r.status), Some(MeetingStatus::Planned));
        // Told as held ("Smith visited Israel"), it stays apart from the plan.
        visit.uncued = false;
        let mut recs = vec![meet.clone(), visit.clone()];
        fold_country_visits(&mut recs);
        assert_eq!(recs.len(), 2);
        // Held somewhere else, the meeting is not the visit.
        visit.uncued = true;
        let mut elsewhere = meet.clone();
        elsewhere.location = Some("Japan".into());
        let mut recs = vec![elsewhere, visit.clone()];
        fold_country_visits(&mut recs);
        assert_eq!(recs.len(), 2);
        // A visit to another country is another meeting.
        visit.uncued = true;
        visit.parties = vec![
            party(Some("Ann Smith"), "United States"),
            party(None, "Egypt"),
        ];
        let mut recs = vec![meet, visit];
        fold_country_visits(&mut recs);
        assert_eq!(recs.len(), 2);
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
