//! Resolving a found date expression to a value against the reference date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::{find, text_of, Expr, Found, Tense};
use crate::meetings::tokens::Tok;
use crate::DateRef;

fn ym(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// Resolves an expression against `reference` in the given tense.
pub(crate) fn resolve(what: &Expr, reference: Option<NaiveDate>, tense: Tense) -> Option<String> {
    match *what {
        Expr::Year(y) => Some(format!("{y:04}")),
        Expr::Month(m, Some(y), _) => Some(ym(y, m)),
        Expr::MonthDay(m, d, Some(y)) => NaiveDate::from_ymd_opt(y, m, d).map(|x| x.to_string()),
        Expr::Vague => None,
        _ => {
            let r = reference?;
            match *what {
                Expr::RelYear(k) => Some(format!("{:04}", r.year() + k)),
                Expr::Days(k) => Some((r + Duration::days(k)).to_string()),
                Expr::Month(m, None, Some(k)) => Some(ym(r.year() + k, m)),
                Expr::Month(m, _, _) => {
                    let y = match tense {
                        Tense::Past if m > r.month() => r.year() - 1,
                        Tense::Future if m < r.month() => r.year() + 1,
                        _ => r.year(),
                    };
                    Some(ym(y, m))
                }
                Expr::MonthDay(m, d, _) => {
                    let this = NaiveDate::from_ymd_opt(r.year(), m, d)?;
                    let y = match tense {
                        Tense::Past if this > r => r.year() - 1,
                        Tense::Future if this < r - Duration::days(31) => r.year() + 1,
                        _ => r.year(),
                    };
                    NaiveDate::from_ymd_opt(y, m, d).map(|x| x.to_string())
                }
                Expr::Weekday(w, shift) => Some(weekday(r, w, shift, tense).to_string()),
                _ => None,
            }
        }
    }
}

/// "Thursday" in the past: the latest Thursday on or before `r`; in the future: the next on or
/// after it. "next Thursday": the Thursday of the following week; "last Monday": of the previous.
pub(crate) fn weekday(r: NaiveDate, w: Weekday, shift: i32, tense: Tense) -> NaiveDate {
    let rd = i64::from(r.weekday().num_days_from_monday());
    let wd = i64::from(w.num_days_from_monday());
    match shift {
        1 => r + Duration::days(7 - rd + wd),
        -1 => r - Duration::days(rd + 7 - wd),
        _ => match tense {
            Tense::Past => r - Duration::days((rd - wd).rem_euclid(7)),
            Tense::Future => r + Duration::days((wd - rd).rem_euclid(7)),
        },
    }
}

/// A bare weekday's text ("Monday") resolved to the such day nearest `reference`, before or
/// after it: the day of a plan that was called off, which the text may tell in either tense.
pub(crate) fn nearest_weekday(text: &str, reference: Option<NaiveDate>) -> Option<String> {
    let r = reference?;
    let toks = crate::meetings::tokens::tokenize(text, 0, text.len());
    let [f] = find(&toks).try_into().ok()?;
    let Expr::Weekday(w, 0) = f.what else {
        return None;
    };
    if f.a != 0 || f.b != toks.len() {
        return None;
    }
    let past = weekday(r, w, 0, Tense::Past);
    let fut = weekday(r, w, 0, Tense::Future);
    Some(if fut - r < r - past { fut } else { past }.to_string())
}

/// Builds the output date.
pub(crate) fn date_ref(
    text: &str,
    toks: &[Tok],
    f: &Found,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> DateRef {
    DateRef {
        text: text_of(text, toks, f),
        value: resolve(&f.what, reference, tense),
    }
}
