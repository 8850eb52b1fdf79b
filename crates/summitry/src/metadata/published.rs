//! Choosing the publication date among the page's sources: agreement between
//! kinds of source, and the page's own local time over a UTC copy.

use chrono::{DateTime, NaiveDateTime};

use super::lexicon::{MAX_UTC_OFFSET_SECS, MIN_DATE_VOTES, OFFSET_STEP_SECS};

/// The day (`YYYY-MM-DD`) of a normalised date.
fn day(v: &str) -> Option<&str> {
    v.get(..10)
}

/// Picks among one candidate per kind of source (in trust order): the most
/// trusted one, unless the day it names is outvoted by a day that at least
/// [`MIN_DATE_VOTES`] other kinds agree on (a stale JSON-LD date against the
/// meta tags and the visible date).
pub(crate) fn choose(kinds: &[Option<String>]) -> Option<String> {
    let present: Vec<&str> = kinds.iter().flatten().map(String::as_str).collect();
    let first = *present.first()?;
    let votes = |d: Option<&str>| present.iter().filter(|v| day(v) == d).count();
    let first_votes = votes(day(first));
    let best =
        present
            .iter()
            .map(|v| (votes(day(v)), *v))
            .fold(None::<(usize, &str)>, |acc, (n, v)| match acc {
                Some((m, _)) if m >= n => acc,
                _ => Some((n, v)),
            });
    match best {
        Some((n, v)) if n >= MIN_DATE_VOTES && n > first_votes => Some(v.to_string()),
        _ => Some(first.to_string()),
    }
}

/// Whether a normalised date-time is written in UTC (`Z`, `+00:00`).
pub(crate) fn is_utc(v: &str) -> bool {
    v.ends_with('Z') || v.ends_with("+00:00")
}

/// When `chosen` is a UTC date-time and another source gives the same
/// instant in the page's local time, that one (the date part must be the
/// page's local day).
pub(crate) fn prefer_local<'a>(chosen: String, others: impl Iterator<Item = &'a str>) -> String {
    if !is_utc(&chosen) {
        return chosen;
    }
    let Ok(utc) = DateTime::parse_from_rfc3339(&chosen) else {
        return chosen;
    };
    let utc_naive = utc.naive_utc();
    for o in others {
        if let Ok(t) = DateTime::parse_from_rfc3339(o) {
            if t.offset().local_minus_utc() != 0 && t == utc {
                return o.to_string();
            }
            continue;
        }
        let naive = NaiveDateTime::parse_from_str(o, "%Y-%m-%dT%H:%M:%S%.f")
            .or_else(|_| NaiveDateTime::parse_from_str(o, "%Y-%m-%dT%H:%M"));
        if let Ok(n) = naive {
            let diff = (n - utc_naive).num_seconds();
            if diff != 0 && diff.abs() <= MAX_UTC_OFFSET_SECS && diff % OFFSET_STEP_SECS == 0 {
                return o.to_string();
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn agreeing_sources_outvote_the_first() {
        let got = choose(&[
            s("2022-01-04T07:29:00.000Z"),
            s("2022-01-06T08:29:34"),
            None,
            s("2022-01-06"),
        ]);
        assert_eq!(got.as_deref(), Some("2022-01-06T08:29:34"));
    }

    #[test]
    fn a_lone_disagreement_keeps_the_first() {
        let got = choose(&[s("2022-01-04"), s("2022-01-06"), None]);
        assert_eq!(got.as_deref(), Some("2022-01-04"));
        assert_eq!(choose(&[None, None]), None);
    }

    #[test]
    fn local_time_beats_a_utc_copy() {
        let got = prefer_local(
            "2022-05-04T03:37:37+00:00".into(),
            ["2022-05-04", "2022-05-03T23:37:37-04:00"].into_iter(),
        );
        assert_eq!(got, "2022-05-03T23:37:37-04:00");
        let naive = prefer_local(
            "2023-11-09T05:30:59Z".into(),
            ["2023-11-08T23:30:59"].into_iter(),
        );
        assert_eq!(naive, "2023-11-08T23:30:59");
        let other = prefer_local(
            "2023-11-09T05:30:59Z".into(),
            ["2023-11-08T23:31:40"].into_iter(),
        );
        assert_eq!(other, "2023-11-09T05:30:59Z");
    }
}
