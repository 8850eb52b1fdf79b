//! Dates written in a line: "August 19, 2022", "7 Jun 2025", "2022/08/19
//! at 6:06 AM", "19. Oktober 2019", "19 de octubre de 2019", "19.08.2022".
//! Month names in the main European languages.

/// Month names and abbreviations (lowercase, without trailing dot) → month.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
    // German
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mär", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("okt", 10),
    ("dezember", 12),
    ("dez", 12),
    // French
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    // Spanish
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    // Italian
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    // Portuguese
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("dezembro", 12),
    // Dutch
    ("januari", 1),
    ("februari", 2),
    ("maart", 3),
    ("mei", 5),
    ("augustus", 8),
];

/// Filler words allowed inside a date ("19 de octubre de 2019", "the 5th of May").
const FILLERS: &[&str] = &["de", "del", "of", "the", "di", "do"];

/// Most filler words skipped in a row inside a date.
const MAX_FILLERS: usize = 2;

/// A calendar date with an optional time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) time: Option<(u32, u32)>,
    /// Number of tokens of the line that the date (and time) cover.
    pub(crate) tokens: usize,
}

impl Found {
    /// ISO 8601: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
    pub(crate) fn iso(&self) -> String {
        match self.time {
            Some((h, m)) => format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                self.year, self.month, self.day, h, m
            ),
            None => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

#[derive(Debug, Clone)]
enum Tok {
    Num { v: u32, digits: usize, sep: char },
    Word(String),
}

fn tokenize(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut sep = ' ';
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Tok>, sep: char| {
        if cur.is_empty() {
            return;
        }
        if cur.chars().all(|c| c.is_ascii_digit()) {
            let digits = cur.len();
            let v = if digits <= 9 {
                cur.parse().unwrap_or(u32::MAX)
            } else {
                u32::MAX
            };
            out.push(Tok::Num { v, digits, sep });
        } else {
            out.push(Tok::Word(cur.to_lowercase()));
        }
        cur.clear();
    };
    for c in s.chars() {
        if c.is_alphanumeric() {
            let boundary = cur
                .chars()
                .next()
                .is_some_and(|f| f.is_ascii_digit() != c.is_ascii_digit());
            if boundary {
                flush(&mut cur, &mut out, sep);
                sep = ' ';
            }
            cur.push(c);
        } else {
            if !cur.is_empty() {
                flush(&mut cur, &mut out, sep);
                sep = ' ';
            }
            if !c.is_whitespace() {
                sep = c;
            }
        }
    }
    flush(&mut cur, &mut out, sep);
    out
}

fn month_of(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

fn num(t: Option<&Tok>) -> Option<(u32, usize, char)> {
    match t {
        Some(Tok::Num { v, digits, sep }) => Some((*v, *digits, *sep)),
        _ => None,
    }
}

fn word(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    }
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

/// Skips filler words from `i`.
fn skip_fillers(toks: &[Tok], mut i: usize) -> usize {
    let stop = i + MAX_FILLERS;
    while i < stop && word(toks.get(i)).is_some_and(|w| FILLERS.contains(&w)) {
        i += 1;
    }
    i
}

/// A date starting at token `i`: (year, month, day, next token index).
fn date_at(toks: &[Tok], i: usize) -> Option<(u32, u32, u32, usize)> {
    if let Some((a, ad, _)) = num(toks.get(i)) {
        // Numeric forms.
        if let (Some((b, _, sb)), Some((c, cd, sc))) = (num(toks.get(i + 1)), num(toks.get(i + 2)))
        {
            if ad == 4 && matches!(sb, '-' | '/' | '.') && sb == sc && valid(a, b, c) {
                return Some((a, b, c, i + 3));
            }
            if cd == 4 && matches!(sb, '.' | '/' | '-') && sb == sc {
                // d.m.y, or m/d/y when the first cannot be a month... or must be.
                if sb == '/' && a <= 12 && b > 12 && valid(c, a, b) {
                    return Some((c, a, b, i + 3));
                }
                if sb == '/' && a <= 12 && b <= 12 && valid(c, a, b) {
                    return Some((c, a, b, i + 3));
                }
                if valid(c, b, a) {
                    return Some((c, b, a, i + 3));
                }
            }
            // "19.10.19": day, month, two-digit year, dots only.
            if ad <= 2 && cd == 2 && sb == '.' && sc == '.' && valid(2000 + c, b, a) {
                return Some((2000 + c, b, a, i + 3));
            }
        }
        // "19 August 2022", "19. Oktober 2019", "19 de octubre de 2019".
        if ad <= 2 {
            let j = skip_fillers(toks, i + 1);
            if let Some(m) = word(toks.get(j)).and_then(month_of) {
                let k = skip_fillers(toks, j + 1);
                if let Some((y, 4, _)) = num(toks.get(k)) {
                    if valid(y, m, a) {
                        return Some((y, m, a, k + 1));
                    }
                }
            }
        }
        return None;
    }
    // "August 19, 2022", "Aug. 19 2022".
    let m = word(toks.get(i)).and_then(month_of)?;
    let (d, dd, _) = num(toks.get(i + 1))?;
    let mut k = i + 2;
    // Ordinal suffix: "19th".
    if word(toks.get(k)).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) {
        k += 1;
    }
    let (y, yd, _) = num(toks.get(k))?;
    (dd <= 2 && yd == 4 && valid(y, m, d)).then_some((y, m, d, k + 1))
}

/// A time of day within the few tokens after `i`: (hour, minute, next index).
fn time_at(toks: &[Tok], i: usize) -> Option<(u32, u32, usize)> {
    for s in i..(i + 3).min(toks.len()) {
        if let (Some((h, hd, _)), Some((m, 2, ':'))) = (num(toks.get(s)), num(toks.get(s + 1))) {
            if hd > 2 || h > 23 || m > 59 {
                return None;
            }
            let mut h = h;
            let mut next = s + 2;
            match word(toks.get(next)) {
                Some("pm" | "p") if h < 12 => {
                    h += 12;
                    next += 1;
                }
                Some("am" | "a") if h == 12 => {
                    h = 0;
                    next += 1;
                }
                Some("am" | "pm" | "a" | "p" | "uhr" | "h") => next += 1,
                _ => {}
            }
            return Some((h, m, next));
        }
        if num(toks.get(s)).is_some() {
            return None;
        }
    }
    None
}

/// The first date in `s`, with the time written after it if any.
pub(crate) fn find(s: &str) -> Option<Found> {
    // Every form has at least four digits ("1.1.19", "1 May 2022"): lines
    // with fewer skip the tokenizer.
    s.bytes().filter(u8::is_ascii_digit).nth(3)?;
    let toks = tokenize(s);
    (0..toks.len()).find_map(|i| {
        let (year, month, day, next) = date_at(&toks, i)?;
        let (time, end) = match time_at(&toks, next) {
            Some((h, m, e)) => (Some((h, m)), e),
            None => (None, next),
        };
        Some(Found {
            year: i32::try_from(year).ok()?,
            month,
            day,
            time,
            tokens: end.saturating_sub(i),
        })
    })
}

/// Number of word/number tokens in `s`, as counted by [`find`].
pub(crate) fn token_count(s: &str) -> usize {
    tokenize(s).len()
}

/// Whether `w` (lowercase, no dot) names a month.
#[cfg(test)]
pub(crate) fn is_month(w: &str) -> bool {
    month_of(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_dates_pass_the_digit_prefilter() {
        assert!(find("1.1.19").is_some());
        assert!(find("1 May 2022").is_some());
        assert!(find("May 1").is_none());
    }

    fn iso(s: &str) -> Option<String> {
        find(s).map(|f| f.iso())
    }

    #[test]
    fn english_forms() {
        assert_eq!(
            iso("Published August 19, 2022").as_deref(),
            Some("2022-08-19")
        );
        assert_eq!(iso("Saturday, 7 Jun 2025").as_deref(), Some("2025-06-07"));
        assert_eq!(iso("Aug. 4th, 2021").as_deref(), Some("2021-08-04"));
        assert_eq!(
            iso("Published on November 17, 2023, 6:26 am").as_deref(),
            Some("2023-11-17T06:26")
        );
    }

    #[test]
    fn numeric_forms_and_times() {
        assert_eq!(
            iso("Last updated: 2022/08/19 at 6:06 PM").as_deref(),
            Some("2022-08-19T18:06")
        );
        assert_eq!(iso("19.10.2019").as_deref(), Some("2019-10-19"));
        assert_eq!(iso("2019-10-19").as_deref(), Some("2019-10-19"));
        assert_eq!(iso("10/25/2019").as_deref(), Some("2019-10-25"));
        assert_eq!(iso("19.10.19, 18:56").as_deref(), Some("2019-10-19T18:56"));
    }

    #[test]
    fn other_languages() {
        assert_eq!(iso("19. Oktober 2019").as_deref(), Some("2019-10-19"));
        assert_eq!(iso("19 de octubre de 2019").as_deref(), Some("2019-10-19"));
        assert_eq!(iso("le 3 août 2020").as_deref(), Some("2020-08-03"));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(iso("02:22"), None);
        assert_eq!(iso("Room 12 of 40"), None);
        assert_eq!(iso("May I help you in 2019"), None);
        assert!(token_count("Staff August 19, 2022") == 4);
        assert!(is_month("okt") && !is_month("staff"));
    }
}
