//! Date expressions near a trigger, resolved with chrono against the reference date.

use chrono::Weekday;

use super::cues::{OWN_EVENTS, STRETCH_WORDS, YEAR_PREPS};
use super::tokens::Tok;

mod backref;
mod values;
pub(crate) use backref::{points_back, told_after};
pub(crate) use values::{date_ref, nearest_weekday, resolve};

/// Which way a relative date points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// Past: the latest such day on or before the reference.
    Past,
    /// Future: the next such day on or after the reference.
    Future,
}

/// A date expression found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// First token.
    pub a: usize,
    /// End token (exclusive).
    pub b: usize,
    /// Whether "since" introduces it (a reference-point meeting).
    pub since: bool,
    /// Whether a reporting verb right before it dates the report instead.
    pub of_report: bool,
    /// What it is.
    pub what: Expr,
}

/// The shapes this stage resolves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Expr {
    /// A weekday; `shift` is -1 for "last", +1 for "next", 0 otherwise.
    Weekday(Weekday, i32),
    /// Month and day, with a year when written.
    MonthDay(u32, u32, Option<i32>),
    /// A month, with a year when written; `rel_year` for "last year" (-1) / "next year" (+1).
    Month(u32, Option<i32>, Option<i32>),
    /// A year, or a season of one.
    Year(i32),
    /// "last year" (-1), "this year" (0), "next year" (+1).
    RelYear(i32),
    /// "yesterday" (-1), "today" (0), "tomorrow" (+1).
    Days(i64),
    /// Vague: "recently", "last week"; never resolves.
    Vague,
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb.", 2),
    ("march", 3),
    ("april", 4),
    ("apr.", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("october", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec.", 12),
];

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Parts of the day that extend a weekday ("Thursday evening").
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
/// Seasons: resolve to their year.
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
/// Vague expressions, kept as text with no value.
#[rustfmt::skip]
const VAGUE: &[&str] = &[
    "recently", "last week", "this week", "earlier this week", "next week", "this month",
    "last month", "in the coming weeks", "in the coming days", "over the coming days",
    "earlier this month", "later this month",
];

/// Whether a word names a month or a weekday.
pub(crate) fn is_calendar_word(w: &str) -> bool {
    MONTHS.iter().any(|m| m.0 == w) || WEEKDAYS.iter().any(|d| d.0 == w)
}

/// The month a date text names when it is a bare month ("November", "in November"), else `None`.
pub(crate) fn bare_month(text: &str) -> Option<u32> {
    if text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let last = text.split_whitespace().last()?;
    // "May" is a month only when capitalised.
    if last == "may" {
        return None;
    }
    let w = last.to_lowercase();
    MONTHS.iter().find(|m| m.0 == w).map(|m| m.1)
}

/// The year the text writes beside a month ("in November 2023", "Nov. 15, 2023"), when the
/// month is given one year only.
pub(crate) fn year_of_month(sents: &[Vec<Tok>], m: u32) -> Option<i32> {
    let mut year = None;
    for toks in sents {
        if !toks.iter().any(|t| month(Some(t)) == Some(m)) {
            continue;
        }
        for f in find(toks) {
            let y = match f.what {
                Expr::Month(k, Some(y), _) | Expr::MonthDay(k, _, Some(y)) if k == m => y,
                _ => continue,
            };
            if year.is_some_and(|x| x != y) {
                return None;
            }
            year = Some(y);
        }
    }
    year
}

/// Whether a date text is one of the vague expressions that never resolve.
pub(crate) fn is_vague(text: &str) -> bool {
    let t = text.to_lowercase();
    VAGUE.iter().any(|v| t == *v) || t.starts_with("this ")
}

fn month(t: Option<&Tok>) -> Option<u32> {
    let t = t?;
    // "May" is a month only when capitalised.
    if t.lower == "may" && !t.cap {
        return None;
    }
    MONTHS.iter().find(|m| m.0 == t.lower).map(|m| m.1)
}

fn year(t: Option<&Tok>) -> Option<i32> {
    let t = t?;
    if t.lower.len() == 4 && t.lower.chars().all(|c| c.is_ascii_digit()) {
        let y: i32 = t.lower.parse().ok()?;
        (1900..=2100).contains(&y).then_some(y)
    } else {
        None
    }
}

fn day(t: Option<&Tok>) -> Option<u32> {
    let t = t?;
    let digits: String = t.lower.chars().take_while(char::is_ascii_digit).collect();
    let rest = t.lower.get(digits.len()..).unwrap_or("");
    if digits.is_empty() || digits.len() > 2 || !matches!(rest, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

pub(crate) fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

fn phrase_at(toks: &[Tok], i: usize, p: &str) -> usize {
    if !super::first_word_is(p, lw(toks, i)) {
        return 0;
    }
    let n = p.split(' ').count();
    if p.split(' ').enumerate().all(|(k, w)| lw(toks, i + k) == w) {
        n
    } else {
        0
    }
}

/// Whether a date expression may start at a token of this lower-case form: a word some shape
/// below opens with, or a number (a year). Most tokens are neither: one hash probe skips them.
fn may_open(w: &str) -> bool {
    static FIRST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| {
        VAGUE
            .iter()
            .filter_map(|v| v.split(' ').next())
            .chain(MONTHS.iter().map(|m| m.0))
            .chain(WEEKDAYS.iter().map(|d| d.0))
            .chain(SEASONS.iter().copied())
            .chain(DAY_WORDS.iter().copied())
            .chain(REL_YEARS.iter().filter_map(|v| v.split(' ').next()))
            .collect()
    });
    w.starts_with(|c: char| c.is_ascii_digit()) || first.contains(w)
}

/// "yesterday", "today", "tomorrow".
const DAY_WORDS: &[&str] = &["yesterday", "today", "tomorrow"];

/// Years told relative to the reference.
const REL_YEARS: &[&str] = &["last year", "this year", "next year"];

/// Finds the date expressions of one sentence.
pub(crate) fn find(toks: &[Tok]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !may_open(lw(toks, i)) {
            i += 1;
            continue;
        }
        let start = i;
        let mut what = None;
        let mut b = i + 1;
        if let Some(n) = VAGUE.iter().map(|v| phrase_at(toks, i, v)).find(|&n| n > 0) {
            what = Some(Expr::Vague);
            b = i + n;
        } else if let Some(w) = WEEKDAYS.iter().find(|w| w.0 == lw(toks, i)).map(|w| w.1) {
            let mut a = i;
            let mut shift = 0;
            match lw(toks, i.wrapping_sub(1)) {
                "next" => {
                    a = i - 1;
                    shift = 1;
                }
                "last" => {
                    a = i - 1;
                    shift = -1;
                }
                "on" if lw(toks, i.wrapping_sub(2)) == "later" => {
                    a = i - 2;
                }
                "this" => {
                    a = i - 1;
                }
                _ => {}
            }
            if lw(toks, i + 1) == "'s" || DAY_PARTS.contains(&lw(toks, i + 1)) {
                b = i + 2;
            }
            // "Thursday, June 16, 2016": a full date follows.
            if lw(toks, b) == "," {
                if let (Some(m), Some(d)) = (month(toks.get(b + 1)), day(toks.get(b + 2))) {
                    let mut e = b + 3;
                    let y = if lw(toks, e) == "," {
                        year(toks.get(e + 1))
                    } else {
                        year(toks.get(e))
                    };
                    if y.is_some() {
                        e += if lw(toks, e) == "," { 2 } else { 1 };
                    }
                    out.push(Found {
                        a,
                        b: e,
                        since: false,
                        of_report: false,
                        what: Expr::MonthDay(m, d, y),
                    });
                    i = e;
                    continue;
                }
            }
            return_push(&mut out, toks, a, b, Expr::Weekday(w, shift));
            i = b;
            continue;
        } else if let Some(m) = month(toks.get(i)) {
            if let Some(d) = day(toks.get(i + 1)) {
                b = i + 2;
                // "November 15-17": the first day.
                if lw(toks, b) == "-" && day(toks.get(b + 1)).is_some() {
                    b += 2;
                }
                let y = if lw(toks, b) == "," {
                    year(toks.get(b + 1))
                } else {
                    None
                };
                if y.is_some() {
                    b += 2;
                }
                what = Some(Expr::MonthDay(m, d, y));
            } else if let Some(y) = year(toks.get(i + 1)) {
                b = i + 2;
                what = Some(Expr::Month(m, Some(y), None));
            } else if phrase_at(toks, i + 1, "last year") > 0 {
                b = i + 3;
                what = Some(Expr::Month(m, None, Some(-1)));
            } else if phrase_at(toks, i + 1, "next year") > 0 {
                b = i + 3;
                what = Some(Expr::Month(m, None, Some(1)));
            } else if toks.get(i).is_some_and(|t| t.cap) {
                what = Some(Expr::Month(m, None, None));
            }
        } else if let Some(k) = match lw(toks, i) {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        } {
            what = Some(Expr::Days(k));
        } else if SEASONS.contains(&lw(toks, i)) {
            let of = usize::from(lw(toks, i + 1) == "of");
            if let Some(y) = year(toks.get(i + 1 + of)) {
                b = i + 2 + of;
                what = Some(Expr::Year(y));
            }
        } else if let Some(y) = year(toks.get(i)) {
            // "in 2016", "during the 2012 presidential race".
            let before = |k: usize| lw(toks, i.wrapping_sub(k));
            if YEAR_PREPS.contains(&before(1))
                || (before(1) == "the" && YEAR_PREPS.contains(&before(2)))
            {
                what = Some(Expr::Year(y));
            }
        } else if let Some(n) = REL_YEARS
            .iter()
            .map(|p| phrase_at(toks, i, p))
            .find(|&n| n > 0)
            // "spent the last year disparaging": a stretch of time, not a date.
            .filter(|_| !STRETCH_WORDS.contains(&lw(toks, i.wrapping_sub(1))))
        {
            b = i + n;
            what = Some(Expr::RelYear(match lw(toks, i) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            }));
        }
        match what {
            Some(w) => {
                return_push(&mut out, toks, start, b, w);
                i = b;
            }
            None => i += 1,
        }
    }
    // "during the 2022 G20 summit … Tuesday, November 15, 2022": a bare year that a fuller
    // date of the same year in the sentence refines says less of the same day.
    let finer = |y: i32| {
        out.iter().any(|f| {
            matches!(f.what, Expr::MonthDay(_, _, Some(v)) | Expr::Month(_, Some(v), _) if v == y)
        })
    };
    let drop: Vec<bool> = out
        .iter()
        .map(|f| matches!(f.what, Expr::Year(y) if finer(y)))
        .collect();
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

fn return_push(out: &mut Vec<Found>, toks: &[Tok], a: usize, b: usize, what: Expr) {
    // "at last month's Congressional Ball": the date of another event, unless that event is a
    // meeting ("last month's talks").
    let noun = if lw(toks, b.wrapping_sub(1)) == "'s" {
        Some(b)
    } else if lw(toks, b) == "'s" {
        Some(b + 1)
    } else {
        None
    };
    // A weekday's other event is mostly the same day ("after Tuesday's primary"): kept.
    if !matches!(what, Expr::Weekday(..) | Expr::MonthDay(..) | Expr::Days(_))
        && noun.is_some_and(|n| !(n..n + 2).any(|k| OWN_EVENTS.contains(&lw(toks, k))))
    {
        return;
    }
    let prev = |k: usize| lw(toks, a.wrapping_sub(k));
    let since = prev(1) == "since" || (prev(1) == "in" && prev(2) == "since");
    let reports = |w: &str| {
        super::cues::SPEECH_VERBS.contains(&w)
            || super::cues::SAYING_VERBS.contains(&w)
            || super::attrcues::REPORT_DAY_VERBS.contains(&w)
    };
    // One object word may stand between ("told reporters Thursday"), not a meeting noun
    // ("confirmed talks Thursday" may date the talks).
    let object = |k: usize| {
        let w = prev(k);
        !w.is_empty() && w.chars().all(char::is_alphabetic) && !OWN_EVENTS.contains(&w)
    };
    let said = |k: usize| reports(prev(k)) || (object(k) && reports(prev(k + 1)));
    let of_report = said(1) || (prev(1) == "on" && said(2));
    out.push(Found {
        a,
        b,
        since,
        of_report,
        what,
    });
}

/// The written text of a found expression: "on" and possessives dropped.
pub(crate) fn text_of(text: &str, toks: &[Tok], f: &Found) -> String {
    let mut b = f.b;
    if toks.get(b.wrapping_sub(1)).is_some_and(|t| t.lower == "'s") {
        b -= 1;
    }
    let s = toks.get(f.a).map_or(0, |t| t.start);
    let e = toks.get(b.wrapping_sub(1)).map_or(s, |t| t.end);
    text.get(s..e).unwrap_or("").to_string()
}

#[cfg(test)]
mod tests;
