//! Metadata read off the lines around the story: headline, byline, dates,
//! site name, wire credit, dateline, section and summary bullets.

use super::chrome::{BYLINE_CUES, DESK_WORDS, MODIFIED_CUES, PUBLISHED_CUES};
use super::classify::Feat;
use super::dates;
use super::lines::Line;
use super::shape::{
    breadcrumb_parts, contains_cue, is_breadcrumb, is_byline, is_date_line, is_dated_header, key,
    starts_with_cue,
};
use super::site;
use super::weights::*;

/// What the lines say about the story.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Meta {
    pub(crate) title: Option<String>,
    pub(crate) title_line: Option<usize>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) credit: Option<String>,
    pub(crate) dateline: Option<String>,
    pub(crate) description: Option<String>,
    /// Lines used as metadata, kept out of the body.
    pub(crate) used: Vec<usize>,
}

/// Reads the metadata given the main region `start..=end`.
pub(crate) fn read(lines: &[Line], feats: &[Feat], region: Option<(usize, usize)>) -> Meta {
    let mut m = Meta::default();
    let start = region.map_or(lines.len(), |(s, _)| s);
    let end = region.map_or(lines.len(), |(_, e)| e);
    let crumb_at = lines
        .iter()
        .take(start)
        .position(|l| is_breadcrumb(&l.text));
    let crumb = crumb_at
        .and_then(|i| lines.get(i))
        .map(|l| breadcrumb_parts(&l.text));

    find_title(lines, feats, start, crumb_at, crumb.as_deref(), &mut m);
    let header_from = match m.title_line {
        Some(t) => t + 1,
        None => header_start(start),
    };
    find_description(lines, header_from, start, &mut m);
    find_byline_and_dates(
        lines,
        feats,
        header_from,
        (start + DATE_LOOKAHEAD).min(end + 1),
        &mut m,
    );
    if m.authors.is_empty() {
        byline_near_story(lines, feats, start, end, &mut m);
    }
    if m.published.is_none() {
        // A "Published …" line just above the headline.
        if let Some(t) = m.title_line {
            let above = (0..t).rev().take(2);
            for i in above {
                if let Some(l) = lines.get(i) {
                    let lower = l.text.to_lowercase();
                    if contains_cue(&lower, PUBLISHED_CUES) {
                        m.published = dates::find(&l.text).map(|d| d.iso());
                        m.used.push(i);
                    }
                }
            }
        }
    }
    if m.published.is_none() {
        date_near_story(lines, feats, start, end, &mut m);
    }
    if let Some((s, _)) = region {
        if let Some(first) = lines.get(s) {
            site::read_credit(&first.text, &mut m);
        }
    }
    site::find_site_and_credit(lines, start, end, crumb.as_deref(), &mut m);
    if let Some(parts) = crumb.as_deref() {
        if parts.len() >= 3 {
            m.section = parts
                .get(parts.len() - 2)
                .map(|s| s.to_string())
                .filter(|s| !s.is_empty());
        }
    }
    m
}

/// The publication date from a short dated line just above or at the top
/// of the story, unless several dated lines there make it a list of other
/// stories.
fn date_near_story(lines: &[Line], feats: &[Feat], start: usize, end: usize, m: &mut Meta) {
    let from = start.saturating_sub(DATE_LOOKBACK);
    let to = (start + DATE_LOOKAHEAD).min(end);
    let dated: Vec<(usize, String)> = (from..=to)
        .filter_map(|i| {
            let (l, f) = (lines.get(i)?, feats.get(i)?);
            if f.words > DATE_LINE_MAX_WORDS || f.class == super::classify::Class::Good {
                return None;
            }
            let lower = l.text.to_lowercase();
            if contains_cue(&lower, MODIFIED_CUES) && !contains_cue(&lower, PUBLISHED_CUES) {
                return None;
            }
            // A bare date at the very top is the site header's today.
            if i < SITE_HEADER_LINES && !contains_cue(&lower, PUBLISHED_CUES) {
                return None;
            }
            Some((i, dates::find(&l.text)?.iso()))
        })
        .collect();
    if dated.len() > DATE_MAX_CANDIDATES {
        return;
    }
    if let Some((i, d)) = dated.into_iter().next() {
        m.published = Some(d);
        m.used.push(i);
    }
}

/// A byline near the story when the header has none: "By Jane Doe" a few
/// lines above it (above the headline too), or "… by Jane Doe" ending a
/// short dated line ("on March 10, 2015 by Jane Doe").
fn byline_near_story(lines: &[Line], feats: &[Feat], start: usize, end: usize, m: &mut Meta) {
    let from = start.saturating_sub(TITLE_LOOKBACK);
    let to = (start + DATE_LOOKAHEAD).min(end + 1);
    for i in from..to {
        let (Some(l), Some(f)) = (lines.get(i), feats.get(i)) else {
            continue;
        };
        if f.class == super::classify::Class::Good || f.words > BYLINE_MAX_WORDS {
            continue;
        }
        let t = l.text.as_str();
        let names = if is_byline(t, f.words) {
            byline_names(t)
        } else if let Some(names) = trailing_byline(t, f.words) {
            names
        } else {
            continue;
        };
        if names.is_empty() {
            continue;
        }
        for n in names {
            push_author(m, &n);
        }
        m.used.push(i);
        return;
    }
}

/// The names of a short dated line ending in a byline: "on March 10,
/// 2015 by Jane Doe".
fn trailing_byline(t: &str, words: usize) -> Option<Vec<String>> {
    let (_, after) = t.rsplit_once(" by ")?;
    let ok = words <= BYLINE_MAX_WORDS
        && dates::find(t).is_some()
        && after.starts_with(|c: char| c.is_uppercase());
    ok.then(|| byline_names(&format!("By {after}")))
        .filter(|n| !n.is_empty())
}

/// Where the header (byline, dates) begins when no headline was found: a
/// few non-empty lines above the story.
fn header_start(start: usize) -> usize {
    start.saturating_sub(HEADER_LOOKBACK_NO_TITLE)
}

fn headline_like(t: &str, f: &Feat) -> bool {
    (TITLE_MIN_WORDS..=TITLE_MAX_WORDS).contains(&f.words)
        && !t.ends_with(['.', ',', ';', ':'])
        && !t.contains(" | ")
        && !f.header
        && !f.caption
        && !f.chrome
        && t.chars().any(char::is_uppercase)
        && !t.contains(['©', '»', '›', '<', '>', '@', '[', ']', '←', '→'])
        && !t.starts_with('(')
        && !t.chars().next().is_some_and(char::is_lowercase)
        && digit_share(t) < TITLE_MAX_DIGIT_SHARE
        && !label_line(t)
}

/// A "Label: Value" line ("Source: Jane Doe", "Publisher: Example AG"):
/// a field of the page, not a headline. Headlines that open with a topic
/// say more after the colon, or not in capitalised words only ("Port:
/// Record throughput", "Brexit: What now?").
fn label_line(t: &str) -> bool {
    t.rsplit_once(':').is_some_and(|(head, value)| {
        let before = head.split_whitespace().count();
        let words: Vec<&str> = value.split_whitespace().collect();
        (1..=LABEL_MAX_WORDS).contains(&before)
            && (1..=LABEL_MAX_WORDS).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !value.contains(['?', '!'])
            && !value.chars().any(|c| c.is_ascii_digit())
    })
}

/// Share of digits among the non-space characters.
fn digit_share(t: &str) -> f64 {
    let (mut d, mut n) = (0usize, 0usize);
    for c in t.chars().filter(|c| !c.is_whitespace()) {
        n += 1;
        d += usize::from(c.is_ascii_digit());
    }
    if n == 0 {
        0.0
    } else {
        d as f64 / n as f64
    }
}

fn find_title(
    lines: &[Line],
    feats: &[Feat],
    start: usize,
    crumb_at: Option<usize>,
    crumb: Option<&[&str]>,
    m: &mut Meta,
) {
    // The breadcrumb's last part, when a line below it states it in full.
    if let (Some(last), Some(at)) = (crumb.and_then(|p| p.last()), crumb_at) {
        let k = key(last);
        if let Some(i) = (at + 1..start).find(|&i| lines.get(i).is_some_and(|l| key(&l.text) == k))
        {
            if let Some(l) = lines.get(i) {
                m.title = Some(l.text.clone());
                m.title_line = Some(i);
                return;
            }
        }
    }
    // The nearest repeated headline-like line (the headline restated in a
    // share bar or page header), else the first one below the menus (the
    // header between the site's navigation and the story), else the
    // nearest one above the story.
    let mut first = None;
    let mut repeated = None;
    let mut below_wall = None;
    let mut wall_run = 0usize;
    for i in (0..start).rev().take(TITLE_LOOKBACK) {
        let (Some(l), Some(f)) = (lines.get(i), feats.get(i)) else {
            continue;
        };
        let candidate = !l.bullet && headline_like(&l.text, f) && !name_like(&l.text);
        if !candidate {
            if menu_wall(f) {
                // A chrome phrase is a wall on its own; a menu run from two lines.
                wall_run += if f.chrome && !f.junk {
                    TITLE_WALL_LINES
                } else {
                    1
                };
                // A share bar between the headline and the story is no wall.
                if wall_run >= TITLE_WALL_LINES && below_wall.is_some() {
                    first = below_wall;
                    break;
                }
            } else {
                wall_run = 0;
            }
            continue;
        }
        wall_run = 0;
        below_wall = Some(i);
        if first.is_none() {
            first = Some(i);
        }
        if f.repeated && repeated.is_none() {
            repeated = Some(i);
        }
    }
    // The nearest headline-like line right above a byline or date, even past
    // a share bar or tag list between the header and the story.
    let above_header = (0..start).rev().take(TITLE_LOOKBACK).find(|&i| {
        matches!((lines.get(i), feats.get(i)), (Some(l), Some(f))
            if !l.bullet && headline_like(&l.text, f) && !name_like(&l.text)
                && !author_label(&l.text) && header_below(feats, i))
    });
    if let Some(i) = above_header.or(repeated).or(first) {
        m.title = lines.get(i).map(|l| l.text.clone());
        m.title_line = Some(i);
    }
}

/// Whether a byline or date line follows line `i`, past placeholders only.
fn header_below(feats: &[Feat], i: usize) -> bool {
    feats
        .iter()
        .skip(i + 1)
        .take(TITLE_HEADER_GAP)
        .find(|f| !f.junk)
        .is_some_and(|f| f.header)
}

/// Whether a line names an author ("Artikel von …", "Post author By …").
fn author_label(t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| AUTHOR_LABEL_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a)))
}

/// A line of a menu: short, chrome by its words or its run, not a dateline.
fn menu_wall(f: &Feat) -> bool {
    f.class == super::classify::Class::Bad && f.words <= MENU_ITEM_MAX_WORDS && !f.header
}

/// A line of two to four capitalised words: a person's name.
pub(crate) fn name_like(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
        })
}

/// Summary bullets right under the headline.
fn find_description(lines: &[Line], from: usize, start: usize, m: &mut Meta) {
    if m.title_line.is_none() {
        return;
    }
    let mut parts = Vec::new();
    for i in from..start {
        match lines.get(i) {
            Some(l) if l.bullet && l.text.split_whitespace().count() >= 5 => {
                parts.push(l.text.clone());
                m.used.push(i);
            }
            _ => break,
        }
    }
    if !parts.is_empty() {
        m.description = Some(parts.join(" "));
    }
}

/// Whether a date is written within two lines of line `i` (a name-only
/// byline sits beside the date).
fn near_date(lines: &[Line], i: usize) -> bool {
    (i.saturating_sub(2)..=i + 2)
        .filter(|&j| j != i)
        .any(|j| lines.get(j).is_some_and(|l| dates::find(&l.text).is_some()))
}

fn push_author(m: &mut Meta, a: &str) {
    // "Jane Doe Foto: Agency", "Jane Doe / Categories: …".
    let a = [" Foto", " Photo", " / "]
        .iter()
        .filter_map(|c| a.find(c))
        .min()
        .and_then(|i| a.get(..i))
        .unwrap_or(a);
    let a = a
        .trim()
        .trim_matches(|c: char| matches!(c, ',' | ';' | '-' | '–' | '—' | '|' | ':'))
        .trim();
    let domain = [".com", ".org", ".de", ".net", ".co"]
        .iter()
        .any(|d| a.contains(d));
    let lowercase = !a.chars().any(char::is_uppercase);
    if a.is_empty() || a.split_whitespace().count() > 6 || domain || lowercase {
        return;
    }
    if !m.authors.iter().any(|x| x.eq_ignore_ascii_case(a)) {
        m.authors.push(a.to_string());
    }
}

/// The names of a byline: "By Jane Doe and John Roe, August 1, 2022".
fn byline_names(t: &str) -> Vec<String> {
    let lower = t.to_lowercase();
    let mut rest = t;
    // "ByJane Doe": a cue glued to the name.
    if let Some(r) = t
        .strip_prefix("By")
        .filter(|r| r.starts_with(|c: char| c.is_uppercase()))
    {
        rest = r;
    }
    // Drop the cue word(s).
    for c in BYLINE_CUES {
        if starts_with_cue(&lower, &[c]) {
            rest = t.get(c.len()..).unwrap_or("").trim_start();
            break;
        }
    }
    // Cut at a date or a published cue.
    let cut = rest
        .split([',', '|', '•', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .take_while(|p| {
            let pl = p.to_lowercase();
            dates::find(p).is_none()
                && !starts_with_cue(&pl, PUBLISHED_CUES)
                && !starts_with_cue(&pl, MODIFIED_CUES)
                && !p.chars().any(|c| c.is_ascii_digit())
        })
        .filter(|p| !p.contains('@'))
        .collect::<Vec<_>>();
    let mut out = Vec::new();
    for part in cut {
        for name in part
            .split(" and ")
            .flat_map(|p| p.split(" & "))
            .flat_map(|p| p.split(" und "))
        {
            let n = name.trim();
            if !n.is_empty() {
                out.push(n.to_string());
            }
        }
    }
    out
}

/// The desk word a line starts with ("Staff Published …" → "Staff").
fn desk_prefix(t: &str) -> Option<&str> {
    let lower = t.to_lowercase();
    DESK_WORDS
        .iter()
        .find(|d| starts_with_cue(&lower, &[d]))
        .and_then(|d| t.get(..d.len()))
}

fn find_byline_and_dates(lines: &[Line], feats: &[Feat], from: usize, start: usize, m: &mut Meta) {
    let mut names_only = Vec::new();
    for i in from..start {
        let (Some(l), Some(f)) = (lines.get(i), feats.get(i)) else {
            continue;
        };
        if f.class == super::classify::Class::Good {
            continue;
        }
        let t = l.text.as_str();
        let lower = t.to_lowercase();
        let date = dates::find(t);
        let mut used = false;
        if let Some(d) = date {
            if contains_cue(&lower, MODIFIED_CUES) {
                if m.modified.is_none() {
                    m.modified = Some(d.iso());
                }
                used = true;
            } else if is_date_line(t) || is_dated_header(t, f.words) || desk_prefix(t).is_some() {
                if m.published.is_none() {
                    m.published = Some(d.iso());
                }
                used = true;
            }
        }
        if is_byline(t, f.words) {
            for n in byline_names(t) {
                push_author(m, &n);
            }
            used = true;
        } else if let Some(names) = trailing_byline(t, f.words) {
            for n in names {
                push_author(m, &n);
            }
            used = true;
        } else if let Some(d) = desk_prefix(t) {
            push_author(m, d);
            used = true;
        } else if t.contains(" | ") && f.words <= BYLINE_MAX_WORDS {
            let lower_rest = lower.split_once(" | ").map_or("", |(_, r)| r);
            if DESK_WORDS.iter().any(|d| lower_rest.contains(d)) {
                push_author(m, t);
                used = true;
            }
        } else if date.is_none() && name_like(t) && !f.repeated && near_date(lines, i) {
            names_only.push((i, t.to_string()));
        }
        if used {
            m.used.push(i);
        }
    }
    if m.authors.is_empty() && names_only.len() == 1 {
        for (i, n) in names_only {
            push_author(m, &n);
            m.used.push(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_src(src: &str) -> Meta {
        let lines = super::super::lines::split(src);
        let feats = super::super::classify::features_of(&lines, false);
        let region = super::super::region::main_region(&lines, &feats);
        read(&lines, &feats, region)
    }

    const P: &str = "The two leaders met in the capital on Thursday and agreed that their countries would resume talks.";

    #[test]
    fn bylines() {
        assert_eq!(
            byline_names("By Jane Doe and John Roe"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(
            byline_names("By Jane Doe, August 1, 2022"),
            vec!["Jane Doe"]
        );
        assert_eq!(
            desk_prefix("Staff Published August 19, 2022"),
            Some("Staff")
        );
    }

    #[test]
    fn breadcrumb_gives_title_section_site() {
        let m = read_src(&format!(
            "Daily Planet > World > Leaders agree to resume talks\nWorld\nLeaders agree to resume talks\nBy Jane Doe\n{P}\n{P} Again."
        ));
        assert_eq!(m.title.as_deref(), Some("Leaders agree to resume talks"));
        assert_eq!(m.section.as_deref(), Some("World"));
        assert_eq!(m.site_name.as_deref(), Some("Daily Planet"));
        assert_eq!(m.authors, vec!["Jane Doe".to_string()]);
    }

    #[test]
    fn summary_bullets_are_the_description() {
        let m = read_src(&format!(
            "Leaders agree to resume talks\n  • The two sides will meet again next month in the capital\n{P}\n{P} Again."
        ));
        assert_eq!(
            m.description.as_deref(),
            Some("The two sides will meet again next month in the capital")
        );
    }

    #[test]
    fn dates_of_other_stories_are_not_published() {
        let m = read_src(&format!(
            "Latest News\nOne story\nPublished September 23, 2023\nTwo story\nPublished September 23, 2023\nThird\nPublished September 22, 2023\nLeaders agree to resume talks\nPublished August 19, 2022\nLast updated: 2022/08/19 at 6:06 AM\n{P}\n{P} Again."
        ));
        assert_eq!(m.published.as_deref(), Some("2022-08-19"));
        assert_eq!(m.modified.as_deref(), Some("2022-08-19T06:06"));
    }

    #[test]
    fn masthead_with_tagline_is_the_site() {
        let m = read_src(&format!("Planet | Insights For Leaders\n{P}\n{P} Again."));
        assert_eq!(m.site_name.as_deref(), Some("Planet"));
        assert_eq!(m.title, None);
    }

    #[test]
    fn byline_at_the_end_of_a_dated_line() {
        let m = read_src(&format!(
            "Home\nNews\nFetching the web\nOlder Article\non March 10, 2015 by Jane Doe\nin Featured Article\n{P}\n{P} Again."
        ));
        assert_eq!(m.authors, vec!["Jane Doe".to_string()]);
    }

    #[test]
    fn label_lines_are_no_headlines() {
        assert!(label_line("Source: Jane Doe"));
        assert!(label_line("Translated by: Max Muster"));
        assert!(!label_line("Port: Record throughput"));
        assert!(!label_line("Brexit: What now?"));
        assert!(!label_line("Topinambur ernten: 3 Profi-Tipps"));
        assert!(!label_line("Analysis: Why the talks failed again"));
    }

    #[test]
    fn names() {
        assert!(name_like("Boris T. Kaiser"));
        assert!(!name_like("The talks began"));
        assert!(!name_like("Staff"));
    }

    #[test]
    fn the_line_above_the_byline_is_the_headline() {
        let src = format!(
            "Home\nWorld\nPolitics\n\nLeaders Agree To Resume Talks After Long Pause\n\nBy Jane Doe, Staff Writer\nApril 5, 2018\nTags\n\n  • Privacy\n  • Technology\n\n  • Facebook\n  • Twitter\n  • Email\n  • Print\n\nA phone with a flag on it in front of a map\n\n{P}\n\n{P}\n\n{P}\n"
        );
        let m = read_src(&src);
        assert_eq!(
            m.title.as_deref(),
            Some("Leaders Agree To Resume Talks After Long Pause")
        );
        // An author label above the byline is not the headline.
        assert!(author_label("Artikel von Alexa Muster"));
        assert!(author_label("Post author By Jane Doe"));
        assert!(!author_label("Leaders Agree To Resume Talks"));
    }
}
