//! Who publishes the story: the site name (copyright footer, breadcrumb,
//! masthead) and the wire credit and dateline ("WASHINGTON (AP) —",
//! "©2022 Wire L.P.").

use super::chrome::{CORPORATE_SUFFIXES, DESK_WORDS};
use super::lines::Line;
use super::meta::Meta;
use super::shape::{ends_sentence, is_copyright, key};
use super::weights::*;

/// Reads a wire credit and dateline opening the story: "(Bloomberg) —",
/// "WASHINGTON (AP) —".
pub(crate) fn read_credit(first: &str, m: &mut Meta) {
    let Some(open) = first.find('(') else {
        return;
    };
    if open > 40 {
        return;
    }
    let Some(close_rel) = first.get(open..).and_then(|r| r.find(')')) else {
        return;
    };
    let close = open + close_rel;
    let after = first.get(close + 1..).unwrap_or("").trim_start();
    if !after.starts_with(['—', '–', '-']) {
        return;
    }
    let inside = first.get(open + 1..close).unwrap_or("").trim();
    if inside.is_empty() || inside.split_whitespace().count() > 4 {
        return;
    }
    m.credit = Some(inside.to_string());
    let place = first.get(..open).unwrap_or("").trim().trim_end_matches(',');
    if !place.is_empty()
        && place.split_whitespace().count() <= 4
        && place
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        m.dateline = Some(capitalise_words(place));
    }
}

fn capitalise_words(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(c.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// The name in a copyright line: "© 2024 Site. All Rights Reserved." → "Site".
pub(crate) fn copyright_name(t: &str) -> Option<String> {
    let mut s = t.trim();
    for p in [
        "©",
        "(c)",
        "(C)",
        "Copyright",
        "copyright",
        "COPYRIGHT",
        "©",
    ] {
        s = s.strip_prefix(p).unwrap_or(s).trim_start();
    }
    // Years and year ranges.
    let s =
        s.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | ' ' | ','));
    let s = s.strip_prefix('©').unwrap_or(s).trim();
    let lower = s.to_lowercase();
    let mut end = s.len();
    for stop in ["all rights reserved", ". ", " | ", " - ", " – "] {
        if let Some(i) = lower.find(stop) {
            end = end.min(i);
        }
    }
    let mut name = s
        .get(..end)
        .unwrap_or(s)
        .trim()
        .trim_end_matches(['.', ','])
        .trim();
    // One corporate suffix: "Wire L.P." → "Wire".
    let lower = name.to_lowercase();
    if let Some(suffix) = CORPORATE_SUFFIXES.iter().find(|x| {
        let x = x.trim_end_matches('.');
        lower.ends_with(&format!(" {x}"))
    }) {
        let cut = name.len() - suffix.trim_end_matches('.').len() - 1;
        name = name.get(..cut).unwrap_or(name).trim_end();
    }
    let name = name.trim_end_matches(['.', ',']).trim();
    let words = name.split_whitespace().count();
    ((1..=SITE_MAX_WORDS).contains(&words) && name.chars().any(char::is_alphabetic))
        .then(|| name.to_string())
}

pub(crate) fn find_site_and_credit(
    lines: &[Line],
    start: usize,
    end: usize,
    crumb: Option<&[&str]>,
    m: &mut Meta,
) {
    let mut site = None;
    for (i, l) in lines.iter().enumerate() {
        if !is_copyright(&l.text) {
            continue;
        }
        let Some(name) = copyright_name(&l.text) else {
            continue;
        };
        let near_story = i > start && i <= end + 2;
        let is_credit = m.credit.as_deref().is_some_and(|c| key(c) == key(&name));
        if near_story && !l.text.to_lowercase().contains("all rights reserved") || is_credit {
            if m.credit.is_none() {
                m.credit = Some(name);
            }
        } else {
            site = Some(name);
        }
    }
    if site.is_none() {
        site = crumb
            .and_then(|p| p.first())
            .filter(|s| {
                let w = s.split_whitespace().count();
                (1..=SITE_MAX_WORDS).contains(&w)
                    && !matches!(
                        key(s).as_str(),
                        "home" | "start" | "startseite" | "accueil" | "inicio"
                    )
            })
            .map(|s| s.to_string());
    }
    if site.is_none() && m.title_line.is_none() {
        // A masthead "Site | Tagline" above the story.
        for l in lines
            .iter()
            .take(start)
            .rev()
            .take(HEADER_LOOKBACK_NO_TITLE)
        {
            if let Some((left, right)) = l.text.split_once(" | ") {
                let w = left.split_whitespace().count();
                if (1..=3).contains(&w)
                    && !ends_sentence(right)
                    && !right
                        .to_lowercase()
                        .split(' ')
                        .any(|x| DESK_WORDS.contains(&x))
                {
                    site = Some(left.trim().to_string());
                    break;
                }
            }
        }
    }
    m.site_name = site;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_names() {
        assert_eq!(
            copyright_name("© 2024 Example Age. All Rights Reserved.").as_deref(),
            Some("Example Age")
        );
        assert_eq!(
            copyright_name("©2022 Wire Co L.P.").as_deref(),
            Some("Wire Co")
        );
        assert_eq!(
            copyright_name("Copyright 2010-2019 Daily Planet").as_deref(),
            Some("Daily Planet")
        );
    }

    #[test]
    fn wire_credit_and_dateline() {
        let mut m = Meta::default();
        read_credit("WASHINGTON (AP) — The talks began.", &mut m);
        assert_eq!(m.credit.as_deref(), Some("AP"));
        assert_eq!(m.dateline.as_deref(), Some("Washington"));
        let mut m = Meta::default();
        read_credit("(Wire) — Leaders met.", &mut m);
        assert_eq!(m.credit.as_deref(), Some("Wire"));
        assert_eq!(m.dateline, None);
        let mut m = Meta::default();
        read_credit("The leaders (both new) met on Friday.", &mut m);
        assert_eq!(m.credit, None);
    }
}
