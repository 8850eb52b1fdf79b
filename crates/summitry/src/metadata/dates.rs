//! Dates as pages write them, normalised to ISO 8601 (with time and offset
//! when given).

use chrono::NaiveDate;

use super::lexicon::{MAX_YEAR, MIN_YEAR, MONTHS};

fn valid(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Normalises a date or date-time string; `None` when it holds no date.
/// `day_first`: an ambiguous `02/10/2020` is 2 October (the page is not in US English).
pub(crate) fn normalize(s: &str, day_first: bool) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    iso(s)
        .or_else(|| numeric(s, day_first))
        .or_else(|| rfc2822(s))
        .or_else(|| textual(s))
        .or_else(|| epoch(s))
}

/// `Wed, 04 May 2022 02:41:00 GMT`: a mail-style date keeps its time and offset.
fn rfc2822(s: &str) -> Option<String> {
    let dt = chrono::DateTime::parse_from_rfc2822(s).ok()?;
    valid(
        chrono::Datelike::year(&dt),
        chrono::Datelike::month(&dt),
        chrono::Datelike::day(&dt),
    )?;
    Some(dt.to_rfc3339())
}

/// The first date written anywhere in a short text ("Veröffentlicht am 12.01.2022, 10:00").
pub(crate) fn normalize_in_text(s: &str, day_first: bool) -> Option<String> {
    if let Some(d) = normalize(s, day_first) {
        return Some(d);
    }
    // Try from each digit run that starts a word.
    let mut prev_digit = false;
    for (i, c) in s.char_indices() {
        let digit = c.is_ascii_digit();
        if digit && !prev_digit {
            if let Some(d) = s.get(i..).and_then(|r| {
                iso(r)
                    .or_else(|| numeric(r, day_first))
                    .or_else(|| piped(r))
            }) {
                return Some(d);
            }
        }
        prev_digit = digit;
    }
    textual(s)
}

/// `2019-10-16`, `2019-10-16T10:00:00+02:00`, `2017-11-03 03:01:00.000000`.
fn iso(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let y: i32 = s.get(0..4)?.parse().ok()?;
    if !matches!(b.get(4), Some(b'-' | b'/' | b'.')) || b.get(7) != b.get(4) {
        return None;
    }
    let m = num(s.get(5..7)?)?;
    let d = num(s.get(8..10)?)?;
    let date = valid(y, m, d)?;
    let mut out = date.format("%Y-%m-%d").to_string();
    let rest = s.get(10..).unwrap_or("");
    let rb = rest.as_bytes();
    if matches!(rb.first(), Some(b'T' | b' ' | b't'))
        && rb
            .get(1..3)
            .is_some_and(|h| h.iter().all(u8::is_ascii_digit))
        && rb.get(3) == Some(&b':')
    {
        // Time: digits, colons and a fraction, then an offset.
        let t = rest.get(1..).unwrap_or("");
        let tlen = t
            .bytes()
            .take_while(|c| c.is_ascii_digit() || *c == b':' || *c == b'.')
            .count();
        let time = t.get(..tlen).unwrap_or("").trim_end_matches(['.', ':']);
        let after = t.get(tlen..).unwrap_or("").trim_start();
        out.push('T');
        out.push_str(time);
        if after.starts_with('Z') || after.starts_with('z') {
            out.push('Z');
        } else if after.starts_with('+') || after.starts_with('-') {
            let off: String = after
                .chars()
                .take(6)
                .take_while(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | ':'))
                .collect();
            let digits: String = off.chars().filter(char::is_ascii_digit).collect();
            if digits.len() == 4 {
                out.push_str(off.get(..1).unwrap_or("+"));
                out.push_str(digits.get(..2).unwrap_or("00"));
                out.push(':');
                out.push_str(digits.get(2..).unwrap_or("00"));
            }
        }
    }
    Some(out)
}

/// `16.10.2019`, `16/10/2019`, `10/16/2019`.
fn numeric(s: &str, day_first: bool) -> Option<String> {
    let mut head = String::new();
    let mut spaced = false;
    let mut rest = s;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_ascii_digit() || matches!(c, '.' | '/' | '-') {
            head.push(c);
            rest = s.get(i + c.len_utf8()..).unwrap_or("");
            continue;
        }
        // "4. 2. 2022" (thin spaces after the dots): the year must then be whole.
        if c.is_whitespace()
            && head.ends_with('.')
            && it.peek().is_some_and(|(_, n)| n.is_ascii_digit())
        {
            spaced = true;
            continue;
        }
        break;
    }
    let parts: Vec<&str> = head
        .split(['.', '/', '-'])
        .filter(|p| !p.is_empty())
        .collect();
    let [a_s, b, c_s] = parts.as_slice() else {
        return None;
    };
    if spaced && c_s.len() != 4 {
        return None;
    }
    let (a, b, mut c) = (num(a_s)?, num(b)?, num(c_s)?);
    // "2022-5-5 22:17:36": year first, unpadded.
    if a_s.len() == 4 && !head.contains('.') {
        let date = valid(a as i32, b, c)?;
        return Some(with_time(date, rest));
    }
    // "31.10.23": a two-digit year, only with dots (German, Swiss, …).
    if c < 100 && head.contains('.') && !head.contains('/') && parts.iter().all(|p| p.len() <= 2) {
        c += 2000;
    }
    if c < 1000 {
        return None;
    }
    let y = c as i32;
    // Day first in most of the world; month first only when the day cannot be.
    let date = if head.contains('/') && a <= 12 && b > 12 {
        valid(y, a, b)?
    } else if head.contains('/') && a <= 12 && b <= 12 && !day_first {
        valid(y, a, b).or_else(|| valid(y, b, a))?
    } else {
        valid(y, b, a).or_else(|| valid(y, a, b))?
    };
    Some(with_time(date, rest))
}

/// The date, with the clock time written right after it ("3/5/2022 22:41",
/// "10/05/2022 05:22 pm") as a local date-time.
fn with_time(date: NaiveDate, rest: &str) -> String {
    let day = date.format("%Y-%m-%d").to_string();
    let r = rest.trim_start();
    if r.len() == rest.len() && !rest.is_empty() {
        return day;
    }
    let b = r.as_bytes();
    let hl = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&hl) || b.get(hl) != Some(&b':') {
        return day;
    }
    let (Some(h), Some(m)) = (
        r.get(..hl).and_then(num),
        r.get(hl + 1..hl + 3).and_then(num),
    ) else {
        return day;
    };
    if b.get(hl + 3).is_some_and(u8::is_ascii_digit) || h > 23 || m > 59 {
        return day;
    }
    let after = r
        .get(hl + 3..)
        .unwrap_or("")
        .trim_start()
        .to_ascii_lowercase();
    let pm = after.starts_with("pm") || after.starts_with("p.m");
    let am = after.starts_with("am") || after.starts_with("a.m");
    let h = match (pm, am) {
        (true, _) if h > 12 => return day,
        (true, _) if h < 12 => h + 12,
        (_, true) if h == 12 => 0,
        _ => h,
    };
    format!("{day}T{h:02}:{m:02}")
}

/// `26 | 01 | 2022`: a day, month and year set apart by bars.
fn piped(s: &str) -> Option<String> {
    let head: String = s
        .chars()
        .take(16)
        .take_while(|c| c.is_ascii_digit() || *c == '|' || *c == ' ')
        .filter(|c| *c != ' ')
        .collect();
    let parts: Vec<&str> = head.split('|').collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if !(1..=2).contains(&d.len()) || !(1..=2).contains(&m.len()) || y.len() != 4 {
        return None;
    }
    let date = valid(y.parse().ok()?, num(m)?, num(d)?)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// `October 16, 2019`, `16. Oktober 2019`, `Wed, 16 Oct 2019 10:00 GMT`, `16 de octubre de 2019`.
pub(crate) fn textual(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let toks: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    for (i, t) in toks.iter().enumerate() {
        let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| name == t) else {
            continue;
        };
        let near = |j: usize| toks.get(j).and_then(|t| num(t));
        let window: Vec<(usize, u32)> = (i.saturating_sub(3)..(i + 4).min(toks.len()))
            .filter(|&j| j != i)
            .filter_map(|j| near(j).map(|v| (j, v)))
            .collect();
        // "14 Gennaio 20" closing the text: a two-digit year after day and month.
        let short_year = || {
            let (d, y) = (toks.get(i.checked_sub(1)?)?, toks.get(i + 1)?);
            (i + 2 == toks.len() && d.len() <= 2 && y.len() == 2)
                .then(|| num(y).map(|v| (i + 1, v + 2000)))
                .flatten()
        };
        let Some((yj, y)) = window
            .iter()
            .find(|(_, v)| (1000..=9999).contains(v))
            .copied()
            .or_else(short_year)
        else {
            continue;
        };
        let day = window
            .iter()
            .filter(|&&(j, v)| {
                j != yj && (1..=31).contains(&v) && toks.get(j).is_some_and(|t| t.len() <= 2)
            })
            .min_by_key(|&&(j, _)| j.abs_diff(i))
            .map(|&(_, v)| v);
        if let Some(d) = day {
            if let Some(date) = valid(y as i32, m, d) {
                return Some(date.format("%Y-%m-%d").to_string());
            }
        }
    }
    None
}

fn epoch(s: &str) -> Option<String> {
    if s.len() != 10 && s.len() != 13 {
        return None;
    }
    let v: i64 = s.parse().ok()?;
    let secs = if s.len() == 13 { v / 1000 } else { v };
    let dt = chrono::DateTime::from_timestamp(secs, 0)?;
    let d = dt.date_naive();
    valid(
        chrono::Datelike::year(&d),
        chrono::Datelike::month(&d),
        chrono::Datelike::day(&d),
    )?;
    Some(dt.format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

/// The date in a URL path: `/2019/10/16/`, `/2019-10-16-`, `/20191016/`.
pub(crate) fn from_url(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let segs: Vec<&str> = path.split('/').collect();
    for w in 0..segs.len() {
        let seg = segs.get(w).copied().unwrap_or("");
        if seg.len() == 4 {
            if let (Some(y), Some(m), Some(d)) = (
                num(seg),
                segs.get(w + 1).and_then(|s| num(s)),
                // The day, alone or opening a slug ("16-story"), not an id ("23646").
                segs.get(w + 2)
                    .filter(|s| !s.as_bytes().get(2).is_some_and(u8::is_ascii_digit))
                    .and_then(|s| num(s.get(..2).unwrap_or(s))),
            ) {
                if let Some(date) = valid(y as i32, m, d) {
                    return Some(date.format("%Y-%m-%d").to_string());
                }
            }
        }
        // A whole segment written as a day: "/29-10-2021".
        if seg.len() == 10 && seg.bytes().filter(|&b| b == b'-').count() == 2 {
            if let Some(d) = numeric(seg, true) {
                return Some(d);
            }
        }
        if let Some(d) = iso(seg).filter(|_| seg.len() >= 10) {
            return Some(d.get(..10).unwrap_or(&d).to_string());
        }
        for part in seg.split(['-', '_', '.']) {
            if part.len() == 8 {
                if let (Some(y), Some(m), Some(d)) = (
                    part.get(..4).and_then(num),
                    part.get(4..6).and_then(num),
                    part.get(6..).and_then(num),
                ) {
                    if let Some(date) = valid(y as i32, m, d) {
                        return Some(date.format("%Y-%m-%d").to_string());
                    }
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_forms_keep_time_and_offset() {
        assert_eq!(
            normalize("2015-07-24T05:36:09+01:00", false).unwrap(),
            "2015-07-24T05:36:09+01:00"
        );
        assert_eq!(
            normalize("2017-11-03 03:01:00.000000", false).unwrap(),
            "2017-11-03T03:01:00.000000"
        );
        assert_eq!(
            normalize("2019-10-16T10:00:00+0200", false).unwrap(),
            "2019-10-16T10:00:00+02:00"
        );
        assert_eq!(normalize("2019-10-16", false).unwrap(), "2019-10-16");
        assert_eq!(
            normalize("2015-10-15T02:19:15.607Z", false).unwrap(),
            "2015-10-15T02:19:15.607Z"
        );
    }

    #[test]
    fn barred_dates_and_short_years_closing_a_line() {
        assert_eq!(
            normalize_in_text("26 | 01 | 2022 Schweiz | Praxis", true).as_deref(),
            Some("2022-01-26")
        );
        assert_eq!(
            normalize_in_text("( Pescasseroli, 14 Gennaio 20 )", true).as_deref(),
            Some("2020-01-14")
        );
        // A count after a day and month is not a year.
        assert!(normalize_in_text("on 14 March 20 people came", false).is_none());
        assert!(normalize_in_text("Seite 2 | 3 | 10", true).is_none());
    }

    #[test]
    fn written_dates_in_several_languages() {
        assert_eq!(normalize("October 16, 2019", false).unwrap(), "2019-10-16");
        assert_eq!(
            normalize("16. Oktober 2019, 10:02 Uhr", false).unwrap(),
            "2019-10-16"
        );
        assert_eq!(
            normalize("Wed, 16 Oct 2019 10:00:00 GMT", false).unwrap(),
            "2019-10-16T10:00:00+00:00"
        );
        assert_eq!(
            normalize("16 de octubre de 2019", false).unwrap(),
            "2019-10-16"
        );
        assert_eq!(normalize("16.10.2019", false).unwrap(), "2019-10-16");
        assert_eq!(normalize("31.10.23", false).unwrap(), "2023-10-31");
        assert_eq!(
            normalize("Wed, 04 May 2022 02:41:00 GMT", false).unwrap(),
            "2022-05-04T02:41:00+00:00"
        );
        assert_eq!(
            normalize("2022-5-5 22:17:36", false).unwrap(),
            "2022-05-05T22:17"
        );
        assert_eq!(
            normalize_in_text("Von Deutscher Tennis Bund 4.\u{2009}2.\u{2009}2022.", true).unwrap(),
            "2022-02-04"
        );
        // Numbered steps are not a date.
        assert!(normalize_in_text("Schritte 1. 2. 3. los", true).is_none());
        assert_eq!(
            normalize("3/5/2022 22:41", true).unwrap(),
            "2022-05-03T22:41"
        );
        assert_eq!(
            normalize("10/05/2022 05:22 pm", true).unwrap(),
            "2022-05-10T17:22"
        );
        assert!(normalize("no date here", false).is_none());
    }

    #[test]
    fn dates_inside_text() {
        assert_eq!(
            normalize_in_text("Veröffentlicht am 12.01.2022, 10:00", false).unwrap(),
            "2022-01-12"
        );
        assert_eq!(
            normalize_in_text("Posted on March 3, 2021 by Jane", false).unwrap(),
            "2021-03-03"
        );
        assert!(normalize_in_text("Call 0800 123 456", false).is_none());
    }

    #[test]
    fn slashed_dates_follow_the_page_language() {
        assert_eq!(normalize("02/10/2020", false).unwrap(), "2020-02-10");
        assert_eq!(normalize("02/10/2020", true).unwrap(), "2020-10-02");
        assert_eq!(normalize("10/16/2019", true).unwrap(), "2019-10-16");
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            from_url("https://x.com/2019/10/16/story").unwrap(),
            "2019-10-16"
        );
        assert_eq!(
            from_url("https://x.com/news/20191016-story.html").unwrap(),
            "2019-10-16"
        );
        assert!(from_url("https://x.com/2019/story").is_none());
        assert!(from_url("https://x.com/2020/08/23646/").is_none());
        assert_eq!(
            from_url("https://x.com/news/29-10-2021").unwrap(),
            "2021-10-29"
        );
    }
}
