//! Splitting a dump into lines: bullets and indents read off, blank lines
//! noted, and lines the dumper wrapped re-joined into their paragraph.

use crate::article::normalize_space;

use super::weights::{WRAP_MIN_CHARS, WRAP_WIDTH_MIN_LINES, WRAP_WIDTH_SHARE};

/// Bullet glyphs that text browsers and copy-paste put before list items.
const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '□', '■', '●', '○', '·', '*', '-', '–', '►', '▶', '»',
];

/// Invisible hyphenation hint; removed so words read whole.
const SOFT_HYPHEN: char = '\u{ad}';

/// One line (or re-joined paragraph) of the dump.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// The text, whitespace collapsed, bullet marker removed.
    pub(crate) text: String,
    /// Whether the line was a bulleted or numbered list item.
    pub(crate) bullet: bool,
    /// Leading spaces of the first source line.
    pub(crate) indent: usize,
    /// Whether a blank line came before it.
    pub(crate) blank_before: bool,
    /// Whether the line starts with an item number ("10. Name", "3) Step"),
    /// or was an item of a numbered list.
    pub(crate) numbered: bool,
}

/// Splits off a bullet marker: `"• Home"` → `(true, false, "Home")`;
/// numbered items (`" 1. Text"`) count as bullets when indented, and as
/// ordered (the middle flag).
fn strip_bullet(t: &str, indent: usize) -> (bool, bool, &str) {
    let mut chars = t.chars();
    if let Some(c) = chars.next() {
        let rest = chars.as_str();
        if BULLETS.contains(&c) && rest.starts_with([' ', '\u{a0}']) {
            return (true, false, rest.trim_start());
        }
    }
    if indent > 0 {
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        if (1..=3).contains(&digits) {
            if let Some(rest) = t.get(digits..) {
                if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
                    return (true, true, r.trim_start());
                }
            }
        }
    }
    (false, false, t)
}

/// "10. Name", "3) Step": an item number and a space.
fn starts_numbered(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && t.get(digits..)
            .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
}

fn ends_sentence(t: &str) -> bool {
    t.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '»', ')', '…'])
}

fn starts_lower(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_lowercase)
}

/// The lines of `src`, with wrapped lines re-joined.
pub(crate) fn split(src: &str) -> Vec<Line> {
    let raw: Vec<(&str, usize)> = src.lines().map(|l| (l, l.chars().count())).collect();
    let widest = raw.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let near = (widest as f64 * WRAP_WIDTH_SHARE) as usize;
    let at_width = raw.iter().filter(|&&(_, n)| n >= near).count();
    let wraps_at_width = widest >= WRAP_MIN_CHARS && at_width >= WRAP_WIDTH_MIN_LINES;

    let mut out: Vec<Line> = Vec::with_capacity(raw.len());
    let mut blank = false;
    let mut prev_raw_len = 0usize;
    let mut prev_joinable = false;
    for (l, raw_len) in raw {
        let trimmed = l.trim();
        if trimmed.is_empty()
            || trimmed
                .chars()
                .all(|c| c.is_whitespace() || c == '\u{200b}')
        {
            blank = true;
            prev_joinable = false;
            continue;
        }
        let indent = l.len() - l.trim_start().len();
        let (bullet, ordered, body) = strip_bullet(trimmed, indent);
        let text = if body.contains(SOFT_HYPHEN) {
            normalize_space(&body.replace(SOFT_HYPHEN, ""))
        } else {
            normalize_space(body)
        };
        if text.is_empty() {
            blank = true;
            prev_joinable = false;
            continue;
        }
        if prev_joinable && !bullet && !blank {
            if let Some(last) = out.last_mut() {
                let cut_at_width = wraps_at_width && prev_raw_len >= near;
                if cut_at_width || starts_lower(&text) {
                    last.text.push(' ');
                    last.text.push_str(&text);
                    prev_raw_len = raw_len;
                    prev_joinable = !ends_sentence(&last.text) || wraps_at_width && raw_len >= near;
                    continue;
                }
            }
        }
        prev_joinable = raw_len >= WRAP_MIN_CHARS
            && (!ends_sentence(&text) || wraps_at_width && raw_len >= near);
        prev_raw_len = raw_len;
        let numbered = ordered || starts_numbered(&text);
        out.push(Line {
            text,
            bullet,
            indent,
            blank_before: blank,
            numbered,
        });
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_and_indent() {
        let v = split("  • Home\n    ◦ World\n 1. First point\nPlain line");
        assert_eq!(v.len(), 4);
        assert!(v[0].bullet && v[0].text == "Home" && v[0].indent == 2);
        assert!(v[1].bullet && v[1].text == "World");
        assert!(v[2].bullet && v[2].text == "First point" && v[2].numbered);
        assert!(!v[0].numbered);
        assert!(!v[3].bullet);
    }

    #[test]
    fn blank_lines_are_noted() {
        let v = split("One\n\n\nTwo\nThree");
        assert!(!v[0].blank_before && v[1].blank_before && !v[2].blank_before);
    }

    #[test]
    fn wrapped_lines_rejoin() {
        let long = "The minister said the talks had gone well and that both sides wanted";
        let v = split(&format!("{long}\nmore meetings soon.\nNext line here."));
        assert_eq!(v.len(), 2);
        assert!(v[0].text.ends_with("wanted more meetings soon."));
    }

    #[test]
    fn short_or_finished_lines_stay_apart() {
        let v = split("Staff\nlowercase start\nA full sentence that is long enough to be wrapped, really.\nand more");
        assert_eq!(v.len(), 4);
    }

    #[test]
    fn soft_hyphens_go_numbers_noted() {
        let v = split("Mit\u{ad}te\n10. Ronnie Dio\n2019. Year");
        assert_eq!(v[0].text, "Mitte");
        assert!(v[1].numbered && !v[2].numbered);
    }

    #[test]
    fn dash_without_space_is_text() {
        let v = split("–With assistance from someone.");
        assert!(!v[0].bullet);
    }
}
