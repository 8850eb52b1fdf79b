//! Turns the kept article subtrees into body blocks, in one forward sweep:
//! inline text gathers in a buffer, block elements flush it, the innermost
//! kind-giving element (heading, list item, quote, caption) names the block,
//! `<br><br>` splits paragraphs, and data tables become one block per row.

use super::clean::is_data_table;
use super::flat::Flat;
use super::weights::{
    CATEGORY_CUES, CREDIT_MAX_CHARS, META_LINE_CHARS, PHOTO_AGENCIES, SHORT_LINE_CHARS,
    SOCIAL_NAMES, TEASER_CUES, TEASER_LINK_DENSITY, TEASER_MAX_CHARS,
};
use crate::article::{normalize_space, BlockDraft};
use crate::BlockKind;

/// Invisible format characters dropped from text (soft hyphen, zero-width marks, BOM).
const INVISIBLE: &[char] = &[
    '\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}',
];

/// Elements that end the running paragraph.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "ul",
    "caption",
    "body",
];

struct Emitter {
    out: Vec<BlockDraft>,
    buf: String,
    /// Characters of `buf` inside links.
    linked: usize,
}

impl Emitter {
    fn flush(&mut self, kind: BlockKind, level: Option<u8>) {
        if self.buf.trim().is_empty() {
            self.buf.clear();
            return;
        }
        let buf = std::mem::take(&mut self.buf);
        let linked = std::mem::take(&mut self.linked);
        if is_teaser(&buf, linked, kind) {
            return;
        }
        let mut para = String::new();
        let push = |para: &mut String, out: &mut Vec<BlockDraft>| {
            let t = normalize_space(para);
            para.clear();
            if !t.is_empty() {
                let mut d = BlockDraft::new(kind, t);
                d.level = level;
                out.push(d);
            }
        };
        for line in buf.split('\n') {
            if line.trim().is_empty() && !para.trim().is_empty() {
                push(&mut para, &mut self.out);
            } else {
                para.push(' ');
                para.push_str(line);
            }
        }
        push(&mut para, &mut self.out);
    }
}

/// An inline teaser, "Read more" line or copyright line.
fn is_teaser(buf: &str, linked: usize, kind: BlockKind) -> bool {
    let t = buf.trim();
    if t.is_empty() || kind == BlockKind::Caption {
        return false;
    }
    let density = linked as f64 / t.len() as f64;
    let chars = t.chars().count();
    if kind == BlockKind::Paragraph && density > TEASER_LINK_DENSITY && chars < TEASER_MAX_CHARS {
        return true;
    }
    if is_duration(t) {
        return true;
    }
    if chars <= CREDIT_MAX_CHARS && t.contains('/') {
        let lower = t.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        if PHOTO_AGENCIES.iter().any(|a| {
            if a.contains(' ') {
                lower.contains(a)
            } else {
                words.contains(a)
            }
        }) {
            return true;
        }
    }
    if chars <= META_LINE_CHARS && t.contains(':') {
        let lower = t.to_lowercase().replace(" :", ":");
        if CATEGORY_CUES.iter().any(|c| lower.contains(c)) {
            return true;
        }
    }
    if chars < TEASER_MAX_CHARS {
        let lower = t.to_lowercase();
        if SOCIAL_NAMES.iter().filter(|s| lower.contains(*s)).count() >= 2 {
            return true;
        }
    }
    let head: String = t.chars().take(40).collect::<String>().to_lowercase();
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    // One-word cues ("Comments", "Newsletter") only on short lines: they also open prose.
    TEASER_CUES
        .iter()
        .any(|c| head.starts_with(c) && (c.contains(' ') || chars <= SHORT_LINE_CHARS))
        && chars < TEASER_MAX_CHARS * 2
}

/// A video player's duration line: "2:35", "Video 01:02:03", "▶ 4:10 min".
fn is_duration(t: &str) -> bool {
    if t.chars().count() > 24 || !t.contains(':') {
        return false;
    }
    let rest: String = t
        .to_lowercase()
        .split_whitespace()
        .filter(|w| {
            !matches!(
                *w,
                "video" | "play" | "min" | "min." | "▶" | "►" | "|" | "-"
            )
        })
        .collect();
    !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_digit() || c == ':')
        && rest.chars().next().is_some_and(|c| c.is_ascii_digit())
}

fn kind_of(f: &Flat<'_>, stack: &[(usize, usize)]) -> (BlockKind, Option<u8>) {
    for &(_, el) in stack.iter().rev() {
        let tag = f.tag_of(el);
        if f.st.get(el).is_some_and(|s| s.caption) {
            return (BlockKind::Caption, None);
        }
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                return (
                    BlockKind::Heading,
                    tag.get(1..).and_then(|l| l.parse().ok()),
                )
            }
            "li" | "dd" | "dt" => return (BlockKind::ListItem, None),
            "blockquote" => return (BlockKind::Blockquote, None),
            "figcaption" | "caption" | "figure" => return (BlockKind::Caption, None),
            _ => {}
        }
    }
    (BlockKind::Paragraph, None)
}

/// The blocks of the subtrees `roots`, skipping `gone` subtrees.
pub(crate) fn emit(f: &Flat<'_>, gone: &[bool], roots: &[usize]) -> Vec<BlockDraft> {
    let mut e = Emitter {
        out: Vec::new(),
        buf: String::new(),
        linked: 0,
    };
    for &r in roots {
        let end = f.end_of(r);
        let mut stack: Vec<(usize, usize)> = Vec::new();
        let mut i = r;
        let mut link_end = 0usize;
        while i < end {
            while stack.last().is_some_and(|&(e_end, _)| e_end <= i) {
                let (k, l) = kind_of(f, &stack);
                e.flush(k, l);
                stack.pop();
            }
            if gone.get(i).copied().unwrap_or(true) {
                i = f.end_of(i);
                continue;
            }
            if let Some(t) = f.text(i) {
                if t.is_ascii() {
                    // No invisible characters in ASCII; ASCII whitespace is
                    // space and \t \n \v \f \r.
                    e.buf.extend(t.bytes().map(|b| {
                        if (b'\t'..=b'\r').contains(&b) {
                            ' '
                        } else {
                            char::from(b)
                        }
                    }));
                } else {
                    for c in t.chars() {
                        if INVISIBLE.contains(&c) {
                            continue;
                        }
                        e.buf.push(if c.is_whitespace() { ' ' } else { c });
                    }
                }
                if i < link_end {
                    e.linked += t.len();
                }
                i += 1;
                continue;
            }
            let tag = f.tag_of(i);
            if tag == "a" && f.is_link(i) {
                link_end = link_end.max(f.end_of(i));
            }
            if tag == "br" {
                e.buf.push('\n');
            } else if tag == "table" && is_data_table(f, i) {
                let (k, l) = kind_of(f, &stack);
                e.flush(k, l);
                table_rows(f, gone, i, &mut e.out);
                i = f.end_of(i);
                continue;
            } else if BLOCK_TAGS.contains(&tag) {
                let (k, l) = kind_of(f, &stack);
                e.flush(k, l);
                stack.push((f.end_of(i), i));
            }
            i += 1;
        }
        while !stack.is_empty() {
            let (k, l) = kind_of(f, &stack);
            e.flush(k, l);
            stack.pop();
        }
        e.flush(BlockKind::Paragraph, None);
    }
    e.out
}

fn table_rows(f: &Flat<'_>, gone: &[bool], t: usize, out: &mut Vec<BlockDraft>) {
    let end = f.end_of(t);
    let mut i = t + 1;
    let mut row: Vec<String> = Vec::new();
    let finish = |row: &mut Vec<String>, out: &mut Vec<BlockDraft>| {
        let cells: Vec<String> = row.drain(..).filter(|c| !c.is_empty()).collect();
        if !cells.is_empty() {
            out.push(BlockDraft::new(BlockKind::Table, cells.join(" | ")));
        }
    };
    while i < end {
        if gone.get(i).copied().unwrap_or(true) {
            i = f.end_of(i);
            continue;
        }
        match f.tag_of(i) {
            "tr" => {
                finish(&mut row, out);
                i += 1;
            }
            "td" | "th" | "caption" => {
                let text = normalize_space(&text_of(f, gone, i));
                if f.tag_of(i) == "caption" {
                    if !text.is_empty() {
                        out.push(BlockDraft::new(BlockKind::Caption, text));
                    }
                } else {
                    row.push(text);
                }
                i = f.end_of(i);
            }
            _ => i += 1,
        }
    }
    finish(&mut row, out);
}

fn text_of(f: &Flat<'_>, gone: &[bool], n: usize) -> String {
    let mut s = String::new();
    let end = f.end_of(n);
    let mut i = n;
    while i < end {
        if gone.get(i).copied().unwrap_or(true) {
            i = f.end_of(i);
            continue;
        }
        if let Some(t) = f.text(i) {
            s.push_str(t);
        } else if matches!(f.tag_of(i), "br" | "p" | "div" | "li") {
            s.push(' ');
        }
        i += 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(html: &str) -> Vec<BlockDraft> {
        let doc = scraper::Html::parse_document(html);
        let f = Flat::build(&doc);
        let gone = vec![false; f.len()];
        let body = (0..f.len()).find(|&i| f.tag_of(i) == "body").unwrap();
        emit(&f, &gone, &[body])
    }

    #[test]
    fn loose_text_and_double_br_make_paragraphs() {
        let b = blocks("<div>One <b>t\u{ad}wo</b><br><br>three<p>four</p>five</div>");
        let t: Vec<_> = b.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(t, vec!["One two", "three", "four", "five"]);
    }

    #[test]
    fn kinds_and_levels() {
        let b = blocks("<h3>Head</h3><ul><li><p>item</p></li></ul><blockquote><p>q</p></blockquote><figure><figcaption>cap</figcaption></figure>");
        assert_eq!(b[0].kind, BlockKind::Heading);
        assert_eq!(b[0].level, Some(3));
        assert_eq!(b[1].kind, BlockKind::ListItem);
        assert_eq!(b[2].kind, BlockKind::Blockquote);
        assert_eq!(b[3].kind, BlockKind::Caption);
    }

    #[test]
    fn credits_and_teasers_are_dropped() {
        let b = blocks("<p>AFP / Jane Roe</p><p>Video 2:35</p><p>Read more: Another story here</p><p>Follow us on Twitter and Facebook</p><p>The minister spoke on Monday.</p>");
        let t: Vec<_> = b.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(t, vec!["The minister spoke on Monday."]);
    }

    #[test]
    fn category_lines_and_rating_prompts_are_dropped() {
        let b = blocks("<p>24.01.2022 11:38 Kategorie: News</p><p>News date : 04/21/2022 Category : Press Releases</p>\
             <p>(Noch keine Bewertungen) Loading...</p><p>The category: a word the minister used on Monday, in a long sentence of the story.</p>");
        let t: Vec<_> = b.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(t[0].starts_with("The category"));
    }

    #[test]
    fn data_tables_become_rows() {
        let b = blocks("<table><thead><tr><th>Year</th><th>Total</th></tr></thead><tr><td>2020</td><td>5</td></tr></table>");
        let t: Vec<_> = b.iter().map(|d| (d.kind, d.text.as_str())).collect();
        assert_eq!(
            t,
            vec![
                (BlockKind::Table, "Year | Total"),
                (BlockKind::Table, "2020 | 5")
            ]
        );
    }
}
