//! Bylines into author names ("By Jane Doe and John Roe, Staff Writers" →
//! ["Jane Doe", "John Roe"]), wire agencies into `credit`, and the
//! dateline of a wire story's first paragraph.

use super::byline_words::*;
use super::lexicon::*;
use crate::article::normalize_space;

/// The agency a string names, in its usual short form.
pub(crate) fn agency(s: &str) -> Option<&'static str> {
    let n = normalize_space(s)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    AGENCIES.iter().find(|(k, _)| *k == n).map(|&(_, v)| v)
}

fn strip_prefix(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let lower = s.to_lowercase();
        let Some(p) = BYLINE_PREFIXES.iter().find(|p| {
            lower.starts_with(*p)
                && lower
                    .get(p.len()..)
                    .is_some_and(|r| r.starts_with([' ', ':', '\u{a0}']) || p.ends_with(':'))
        }) else {
            return s;
        };
        s = s
            .get(p.len()..)
            .unwrap_or("")
            .trim_start_matches([' ', ':', '\u{a0}']);
    }
}

/// Cuts a byline before a second credit line ("Rob Roe Edited by Betsy
/// Beyer", "Jane Doe Photos by John Roe"): an editor or photographer is not
/// an author.
fn cut_second_credit(s: &str) -> &str {
    let Some(at) = s.find(" by ") else {
        return s;
    };
    let head = s.get(..at).unwrap_or("");
    match head.rsplit_once(' ') {
        Some((names, role))
            if role.starts_with(|c: char| c.is_uppercase()) && names.contains(' ') =>
        {
            names.trim_end_matches([',', ' '])
        }
        _ => s,
    }
}

/// Cuts a byline before a date or time written after the names (and a
/// weekday opening it: "Jane Doe Do, 9. April"), or before a second field
/// label ("Jane Doe, Datum: …", "Jane Doe Quelle: …").
fn cut_at_date(s: &str) -> &str {
    let ws = words(s);
    let mut end = s.len();
    for (k, &(i, w)) in ws.iter().enumerate() {
        let lower = w.to_lowercase();
        let rest = s.get(i + w.len()..).unwrap_or("");
        let month = MONTHS.iter().any(|(m, _)| *m == lower) && w.len() > 2;
        let dated = w.starts_with(|c: char| c.is_ascii_digit())
            || (month
                && rest
                    .trim_start_matches(['.', ' '])
                    .starts_with(|c: char| c.is_ascii_digit()));
        if dated {
            end = i;
            // A weekday just before the date goes with it.
            if let Some(&(pi, pw)) = k.checked_sub(1).and_then(|p| ws.get(p)) {
                if pi > 0 && WEEKDAYS.contains(&pw.to_lowercase().as_str()) {
                    end = pi;
                }
            }
            break;
        }
        // "Word:" after the names opens another field.
        if k >= 2
            && rest.starts_with(':')
            && w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
        {
            end = i;
            break;
        }
    }
    s.get(..end).unwrap_or(s)
}

/// Alphanumeric words of `s` with their byte offsets.
fn words(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push((st, s.get(st..i).unwrap_or("")));
        }
    }
    if let Some(st) = start {
        out.push((st, s.get(st..).unwrap_or("")));
    }
    out
}

fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_NAME_WORDS {
        return false;
    }
    let lower = s.to_lowercase();
    // A desk alone is a byline ("von Redaktion"), though "Redaktion:" also opens one.
    let desk = ORG_WORDS.contains(&lower.as_str());
    if words.len() == 1
        && (NAME_PARTICLES.contains(&lower.as_str())
            || (!desk
                && BYLINE_PREFIXES
                    .iter()
                    .any(|p| p.trim_end_matches(':') == lower)))
    {
        return false;
    }
    if s.contains(['@', '*', '#', '=']) || s.contains("://") || s.contains("www.") {
        return false;
    }
    // One letter is an article or an initial ("A note from …"), not a name.
    if words.len() == 1 && s.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return false;
    }
    let mut capital = 0;
    for w in &words {
        let lower = w.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if NOT_NAME_WORDS.contains(&bare) {
            return false;
        }
        let first = w.chars().find(|c| c.is_alphabetic());
        match first {
            Some(c) if c.is_uppercase() => capital += 1,
            Some(c) if !c.is_lowercase() => capital += 1, // scripts without case
            Some(_) if NAME_PARTICLES.contains(&bare) => {}
            Some(_) => return false,
            None => {}
        }
    }
    capital > 0
}

/// Splits a byline into names; wire agencies go to the second value.
pub(crate) fn authors(raw: &str) -> (Vec<String>, Option<String>) {
    let text = normalize_space(raw);
    let text = cut_link_tail(&text);
    let text = after_label(text);
    let text = cut_second_credit(strip_prefix(text));
    let text = if text.contains(' ') {
        cut_at_date(text)
    } else {
        text
    };
    let text = text.replace(['(', ')', '[', ']'], ",");
    let mut parts: Vec<String> = vec![text];
    for sep in [",", ";", "|", "/", "·", "•", "\u{2013}", "\u{2014}", " - "] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    for j in AUTHOR_JOINERS {
        parts = parts
            .iter()
            .flat_map(|p| {
                let lower = p.to_lowercase();
                if let Some(at) = lower.find(j) {
                    let (a, b) = (
                        p.get(..at).unwrap_or(""),
                        p.get(at + j.len()..).unwrap_or(""),
                    );
                    vec![a.to_string(), b.to_string()]
                } else {
                    vec![p.clone()]
                }
            })
            .collect();
    }
    let mut names = Vec::new();
    let mut credit = None;
    for p in parts {
        // "(avec Jane Roe)": a lowercase joiner opening a bracketed part
        // (not a name's first word: "Con Coughlin", "I Made").
        let p = p.trim();
        let p = AUTHOR_JOINERS
            .iter()
            .find_map(|j| p.strip_prefix(j.trim_start()))
            .unwrap_or(p);
        let p = strip_prefix(p.trim())
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | '.' | '-'));
        if p.is_empty() {
            continue;
        }
        if let Some(a) = agency(p) {
            credit.get_or_insert_with(|| a.to_string());
            continue;
        }
        let p = strip_job_title(trim_lower_tail(p));
        if looks_like_name(p) && !names.iter().any(|n: &String| n == p) {
            names.push(p.to_string());
        }
    }
    // A short all-capitals org after a name ("Rob Picheta, CNN") is not an author.
    if names.len() > 1 {
        let is_org = |n: &String| {
            !n.contains(' ') && n.chars().count() <= 4 && n.chars().all(|c| c.is_uppercase())
        };
        if names.iter().any(|n| !is_org(n)) {
            names.retain(|n| !is_org(n));
        }
    }
    (names, credit)
}

/// Drops an author box's link label after the name ("Jane Roe Alle Artikel").
fn cut_link_tail(s: &str) -> &str {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        return s;
    }
    AUTHOR_LINK_TAILS
        .iter()
        .find(|t| {
            lower.ends_with(*t)
                && lower
                    .len()
                    .checked_sub(t.len() + 1)
                    .and_then(|i| lower.get(i..i + 1))
                    == Some(" ")
        })
        .and_then(|t| s.get(..s.len() - t.len()))
        .map_or(s, str::trim_end)
}

/// The names after a short label: "Text, Fotos: Ivan Valetny",
/// "Pressemitteilung von Katja Kipping".
fn after_label(s: &str) -> &str {
    let lower = s.to_lowercase();
    let mut cut = None;
    if let Some(i) = s.find(':') {
        if s.get(..i)
            .is_some_and(|h| h.split_whitespace().count() <= 3)
        {
            cut = Some(i + 1);
        }
    }
    for p in [" by ", " von ", " par ", " por ", " di ", " door "] {
        if let Some(i) = lower.find(p) {
            // "Alexa von Heyden" is a name; "Pressemitteilung von Katja Kipping" a label.
            let rest_words = lower
                .get(i + p.len()..)
                .map_or(0, |r| r.split_whitespace().count());
            if lower
                .get(..i)
                .is_some_and(|h| h.split_whitespace().count() <= 2)
                && rest_words >= 2
                && lower.len() == s.len()
            {
                cut = Some(cut.map_or(i + p.len(), |c: usize| c.max(i + p.len())));
            }
        }
    }
    // An author label anywhere ("Datum: 19.11.2021 Autor: Fritz Imhof").
    if lower.len() == s.len() {
        for l in AUTHOR_LABELS {
            if let Some(i) = lower.find(l) {
                if i > 0 && lower.get(..i).is_some_and(|h| h.ends_with(' ')) {
                    cut = Some(cut.map_or(i + l.len(), |c: usize| c.max(i + l.len())));
                }
            }
        }
    }
    let rest = cut.and_then(|c| s.get(c..)).map_or(s, str::trim);
    skip_leading_date(rest)
}

/// Drops a date and time opening a byline ("11.12.2019 - Amelie Loevenich",
/// "06.11.2023 13:30 von Olga").
fn skip_leading_date(s: &str) -> &str {
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return s;
    }
    let mut rest = s;
    loop {
        let t = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '|' | '·' | '•' | ',' | '/' | '–' | '—')
        });
        let word_end = t.find(char::is_whitespace).unwrap_or(t.len());
        let word = t.get(..word_end).unwrap_or("");
        let lower = word.to_lowercase();
        let datey = word.starts_with(|c: char| c.is_ascii_digit())
            || MONTHS
                .iter()
                .any(|(m, _)| *m == lower.trim_end_matches('.'))
            || matches!(
                lower.as_str(),
                "um" | "uhr" | "am" | "at" | "on" | "von" | "by" | "par" | "por"
            );
        if word.is_empty() || !datey {
            return t;
        }
        rest = t.get(word_end..).unwrap_or("");
    }
}

/// Whether a name is an organisation or a site rather than a person.
pub(crate) fn is_org(s: &str) -> bool {
    let lower = s.to_lowercase();
    let domain = lower.split_whitespace().any(|w| {
        let w = w.trim_end_matches('.');
        w.rsplit_once('.').is_some_and(|(a, tld)| {
            !a.is_empty()
                && (2..=4).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
    });
    let initials = !s.contains(' ')
        && (2..=3).contains(&s.chars().count())
        && s.chars().all(|c| c.is_uppercase());
    initials
        || domain
        || ORG_WORDS
            .iter()
            .any(|o| lower.split_whitespace().any(|w| w.trim_matches(',') == *o))
}

/// Drops a job title written before a name ("Rechtsanwalt Jane Doe"),
/// when at least two words stay.
fn strip_job_title(s: &str) -> &str {
    let Some((first, rest)) = s.split_once(' ') else {
        return s;
    };
    let lower = first.to_lowercase();
    if NAME_TITLES.contains(&lower.as_str()) && rest.split_whitespace().count() >= 2 {
        rest.trim_start()
    } else {
        s
    }
}

/// Drops lower-case words trailing a name ("Moritz Gathmann am").
fn trim_lower_tail(s: &str) -> &str {
    let mut end = s.len();
    for (i, w) in words(s).into_iter().rev() {
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        // "LAOLA1.at": a domain's ending is not a trailing word.
        let dotted = s.get(..i).is_some_and(|h| h.ends_with('.'));
        if lower && i > 0 && !dotted && !NAME_PARTICLES.contains(&w) {
            end = i;
        } else {
            break;
        }
    }
    s.get(..end)
        .unwrap_or(s)
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

/// A bare user name from structured markup ("gizzmo", "fri.juli").
pub(crate) fn handle(raw: &str) -> Option<String> {
    let t = normalize_space(raw);
    if agency(&t).is_some() {
        return None;
    }
    let words = t.split_whitespace().count();
    // A desk or organisation written out ("Contributors to Wikimedia projects").
    if (2..=MAX_NAME_WORDS).contains(&words)
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.contains(['@', ':', '|', '/', '*'])
        && !t.chars().any(|c| c.is_ascii_digit())
        && BYLINE_PREFIXES
            .iter()
            .all(|p| !t.to_lowercase().starts_with(&format!("{p} ")))
    {
        return Some(t);
    }
    let ok = !t.is_empty()
        && !t.contains(' ')
        && t.chars().count() <= 30
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && !t.chars().all(|c| c.is_ascii_digit());
    ok.then_some(t)
}

/// The dateline place and wire credit opening a story's first paragraph:
/// "WASHINGTON (AP) —" → (Washington, AP); "(Reuters) -" → (None, Reuters).
pub(crate) fn dateline(first: &str) -> (Option<String>, Option<String>) {
    let head: String = first.chars().take(120).collect();
    let dash = head
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '—' | '–') || (c == '-' && head.get(i.saturating_sub(1)..i) == Some(" "))
        })
        .map(|(i, _)| i);
    let Some(dash) = dash else {
        return (None, None);
    };
    let lead = head.get(..dash).unwrap_or("").trim();
    if lead.is_empty() || lead.len() > 80 {
        return (None, None);
    }
    let mut credit = None;
    let mut place_part = lead;
    if let (Some(o), true) = (lead.rfind('('), lead.ends_with(')')) {
        let inside = lead.get(o + 1..lead.len() - 1).unwrap_or("");
        credit = agency(inside).map(str::to_string).or_else(|| {
            let w = inside.split_whitespace().count();
            (w > 0 && w <= 3 && inside.starts_with(|c: char| c.is_uppercase()))
                .then(|| inside.to_string())
        });
        if credit.is_none() {
            return (None, None);
        }
        place_part = lead.get(..o).unwrap_or("").trim();
    }
    let place = place_part.split(',').next().unwrap_or("").trim();
    let letters: Vec<char> = place.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
    let words = place.split_whitespace().count();
    let place = if place.is_empty() || words > 4 {
        None
    } else if all_caps {
        Some(title_case(place))
    } else if credit.is_some() && place.starts_with(|c: char| c.is_uppercase()) {
        Some(place.to_string())
    } else {
        None
    };
    if place.is_none() && credit.is_none() {
        return (None, None);
    }
    (place, credit)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut out = String::new();
            let mut first = true;
            for c in w.chars() {
                if first {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                first = !c.is_alphabetic() && c != '\'';
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_titles_and_desks() {
        assert_eq!(authors("Rechtsanwalt Jane Doe").0, vec!["Jane Doe"]);
        assert_eq!(authors("Reporter Jane Doe").0, vec!["Jane Doe"]);
        assert_eq!(authors("von Redaktion, ").0, vec!["Redaktion"]);
        assert!(authors("Autor:").0.is_empty());
        assert!(is_org(
            authors("LAOLA1.at").0.first().map_or("", String::as_str)
        ));
    }

    #[test]
    fn bylines_split_and_clean() {
        assert_eq!(
            authors("By Jane Doe and John Roe").0,
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(authors("Par Sébastien Farcis").0, vec!["Sébastien Farcis"]);
        assert_eq!(
            authors("Martin Untersinger (avec Damien Leloup et Morgane Tual)").0,
            vec!["Martin Untersinger", "Damien Leloup", "Morgane Tual"]
        );
        assert_eq!(authors("Con Coughlin").0, vec!["Con Coughlin"]);
        assert_eq!(
            authors("Written by Rob Ewaschuk Edited by Betsy Beyer").0,
            vec!["Rob Ewaschuk"]
        );
        assert_eq!(
            authors("By Nathan Willis March 25, 2015").0,
            vec!["Nathan Willis"]
        );
        assert_eq!(authors("Jane Doe, Senior Reporter").0, vec!["Jane Doe"]);
        assert_eq!(
            authors("Ludwig van Beethoven").0,
            vec!["Ludwig van Beethoven"]
        );
        assert_eq!(
            authors("VON MORITZ GATHMANN am 21. April 2020").0,
            vec!["MORITZ GATHMANN"]
        );
        assert_eq!(authors("Rob Picheta, CNN").0, vec!["Rob Picheta"]);
        assert!(authors("Name *").0.is_empty());
        assert_eq!(authors("Alexa von Heyden").0, vec!["Alexa von Heyden"]);
        assert_eq!(
            authors("11.12.2019 - Amelie Loevenich").0,
            vec!["Amelie Loevenich"]
        );
        assert_eq!(authors("06.11.2023 13:30 von Olga Neu").0, vec!["Olga Neu"]);
        assert_eq!(
            authors("Datum: 19.11.2021 Autor: Fritz Imhof").0,
            vec!["Fritz Imhof"]
        );
        assert!(authors("Von").0.is_empty());
        assert_eq!(authors("Bo2man am 29.12.2010").0, vec!["Bo2man"]);
        assert_eq!(
            handle("Contributors to Wikimedia projects").as_deref(),
            Some("Contributors to Wikimedia projects")
        );
        assert!(handle("AFP").is_none());
        assert_eq!(authors("Text, Fotos: Ivan Valetny").0, vec!["Ivan Valetny"]);
        assert_eq!(
            authors("Pressemitteilung von Katja Kipping").0,
            vec!["Katja Kipping"]
        );
        assert!(is_org("Web Commerce GmbH") && is_org("finanztreff.de") && !is_org("Jane Doe"));
        assert_eq!(authors("CC7567").0, vec!["CC7567"]);
    }

    #[test]
    fn second_fields_weekdays_and_labels_are_cut() {
        assert_eq!(
            authors("Author: Gàbor Muniér, Datum: 03.Mär.19").0,
            vec!["Gàbor Muniér"]
        );
        assert_eq!(
            authors("Autor: Fritz Imhof Quelle: Livenet").0,
            vec!["Fritz Imhof"]
        );
        assert_eq!(
            authors("Heiko Sauer Do, 9. April 2020").0,
            vec!["Heiko Sauer"]
        );
        assert_eq!(authors("Veröffentlicht von HansG").0, vec!["HansG"]);
        assert!(authors("Zum Profil von").0.is_empty());
    }

    #[test]
    fn author_box_link_labels_are_cut() {
        assert_eq!(
            authors("Johanna Kropfitsch Alle Artikel").0,
            vec!["Johanna Kropfitsch"]
        );
        assert_eq!(authors("Jane Roe Contactar").0, vec!["Jane Roe"]);
    }

    #[test]
    fn one_letter_is_not_a_name() {
        assert!(!looks_like_name("A"));
        assert!(looks_like_name("Ela"));
    }

    #[test]
    fn agencies_are_credit() {
        let (names, credit) = authors("Jane Doe, Reuters");
        assert_eq!(names, vec!["Jane Doe"]);
        assert_eq!(credit.as_deref(), Some("Reuters"));
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("WASHINGTON (AP) — The Senate voted."),
            (Some("Washington".into()), Some("AP".into()))
        );
        assert_eq!(
            dateline("(Reuters) - Shares rose."),
            (None, Some("Reuters".into()))
        );
        assert_eq!(
            dateline("BEIJING, Nov 17 (Reuters) - China said."),
            (Some("Beijing".into()), Some("Reuters".into()))
        );
        assert_eq!(
            dateline("NEW YORK — Stocks fell."),
            (Some("New York".into()), None)
        );
        assert_eq!(dateline("The minister — who spoke — said."), (None, None));
    }
}
