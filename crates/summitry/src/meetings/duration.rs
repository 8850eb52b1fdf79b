//! How long a meeting lasted: "about 45 minutes", "seven hours", "3½ hours", "for an hour".

use super::tokens::Tok;
use crate::MeetingDuration;

/// Number words up to twelve, and "an"/"a" for one.
const NUMBERS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("an", 1.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("forty-five", 45.0),
    ("ninety", 90.0),
    ("half", 0.5),
];

/// Hedges kept in the written text ("about 45 minutes").
#[rustfmt::skip]
const HEDGES: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "more than",
    "less than", "just over", "just under", "under",
];

fn number(s: &str) -> Option<f64> {
    if let Some(n) = NUMBERS.iter().find(|n| n.0 == s) {
        return Some(n.1);
    }
    let mut v = 0.0;
    let mut any = false;
    for c in s.chars() {
        match c {
            '0'..='9' => {
                v = v * 10.0 + f64::from(c as u32 - '0' as u32);
                any = true;
            }
            '½' => {
                v += 0.5;
                any = true;
            }
            '¼' => {
                v += 0.25;
                any = true;
            }
            '¾' => {
                v += 0.75;
                any = true;
            }
            _ => return None,
        }
    }
    any.then_some(v)
}

fn unit(s: &str) -> Option<f64> {
    match s {
        "hour" | "hours" | "hr" | "hrs" => Some(60.0),
        "minute" | "minutes" | "min" | "mins" => Some(1.0),
        _ => None,
    }
}

/// Whether a (lower-case) word is a unit of time a length is told in: a cheap test before the
/// search.
pub(crate) fn is_unit(s: &str) -> bool {
    unit(s).is_some()
}

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

/// Finds a duration in tokens `[lo, hi)`.
pub(crate) fn find(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<MeetingDuration> {
    find_span(text, toks, lo, hi).map(|x| x.2)
}

/// A duration in tokens `[lo, hi)` with its first and end (exclusive) tokens.
pub(crate) fn find_span(
    text: &str,
    toks: &[Tok],
    lo: usize,
    hi: usize,
) -> Option<(usize, usize, MeetingDuration)> {
    for i in lo..hi {
        let Some(u) = unit(lw(toks, i)) else { continue };
        // "<n> hours", "<n>-hour", "an hour and a half", "half an hour".
        // A unit with no number before it ("hours later") is passed over, not the end.
        let Some(mut k) = i.checked_sub(1) else {
            continue;
        };
        if lw(toks, k) == "-" {
            let Some(k2) = k.checked_sub(1) else { continue };
            k = k2;
        }
        let Some(mut n) = number(lw(toks, k)) else {
            continue;
        };
        let mut a = k;
        if lw(toks, k.wrapping_sub(1)) == "-" {
            // "forty-five"
            if let (Some(t), Some(o)) = (number(lw(toks, k.wrapping_sub(2))), Some(n)) {
                if t >= 20.0 && o < 10.0 {
                    n += t;
                    a = k - 2;
                }
            }
        }
        // "four and a half hours".
        if lw(toks, k) == "half"
            && lw(toks, k.wrapping_sub(1)) == "a"
            && lw(toks, k.wrapping_sub(2)) == "and"
        {
            if let Some(whole) = number(lw(toks, k.wrapping_sub(3))) {
                n = whole + 0.5;
                a = k - 3;
            }
        }
        if lw(toks, a.wrapping_sub(1)) == "half" && (n - 1.0).abs() < f64::EPSILON {
            n = 0.5;
            a -= 1;
        }
        // Not a duration: "2½ years" is filtered by unit; "the 45 minutes before" is still taken.
        let mut b = i + 1;
        if lw(toks, b) == "and" && lw(toks, b + 1) == "a" && lw(toks, b + 2) == "half" {
            n += 0.5;
            b += 3;
        }
        for h in HEDGES {
            let words: Vec<&str> = h.split(' ').collect();
            let len = words.len();
            if a >= len
                && words
                    .iter()
                    .enumerate()
                    .all(|(x, w)| lw(toks, a - len + x) == *w)
            {
                a -= len;
                break;
            }
        }
        let minutes = (n * u).round();
        if !(1.0..=60.0 * 24.0 * 3.0).contains(&minutes) {
            continue;
        }
        let (Some(f), Some(l)) = (toks.get(a), toks.get(b - 1)) else {
            continue;
        };
        return Some((
            a,
            b,
            MeetingDuration {
                text: text.get(f.start..l.end).unwrap_or("").to_string(),
                minutes: minutes as u32,
            },
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn mins(t: &str) -> Option<(String, u32)> {
        let toks = tokenize(t, 0, t.len());
        find(t, &toks, 0, toks.len()).map(|d| (d.text, d.minutes))
    }

    #[test]
    fn durations() {
        assert_eq!(
            mins("talks he said lasted about 45 minutes."),
            Some(("about 45 minutes".into(), 45))
        );
        assert_eq!(
            mins("which lasted for seven hours on Wednesday"),
            Some(("seven hours".into(), 420))
        );
        assert_eq!(
            mins("talked for 3½ hours on Thursday"),
            Some(("3½ hours".into(), 210))
        );
        assert_eq!(
            mins("For an hour, the nominee sat"),
            Some(("an hour".into(), 60))
        );
        assert_eq!(mins("a 90-minute meeting"), Some(("90-minute".into(), 90)));
        assert_eq!(
            mins("a nearly two-hour discussion"),
            Some(("nearly two-hour".into(), 120))
        );
        assert_eq!(mins("half an hour"), Some(("half an hour".into(), 30)));
        assert_eq!(
            mins("for four and a half hours"),
            Some(("four and a half hours".into(), 270))
        );
        assert_eq!(mins("in about 2½ years"), None);
    }

    #[test]
    fn a_bare_unit_does_not_end_the_search() {
        let t = "Hours later, the two talked for about two hours.";
        let toks = crate::meetings::tokens::tokenize(t, 0, t.len());
        let d = find(t, &toks, 0, toks.len()).map(|d| d.minutes);
        assert_eq!(d, Some(120));
    }
}
