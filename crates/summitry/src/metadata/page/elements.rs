//! Tests and texts of single elements: capped text, ancestors, author
//! labels, author-box headings, comment sections, site chrome, heading parts.

use crate::html::AttrExt;
use scraper::{node::Node, ElementRef};

use super::super::byline_words::{
    AUTHOR_BOX_HEADINGS, AUTHOR_LABELS, BOX_SCAN_NODES, BYLINE_PREFIXES, LABELLED_LINE_CHARS,
    LABELLED_SIBLINGS,
};
use super::super::lexicon::{CHROME_DATE_HINTS, CHROME_DATE_LEVELS};
use crate::article::normalize_space;

/// Text of an element, capped at `cap` bytes (stops early on big boxes).
pub(super) fn capped_text(el: ElementRef<'_>, cap: usize) -> String {
    let mut s = String::new();
    for t in el.text() {
        // Text of separate elements is separate words ("Author</span><a>Jane").
        if !s.is_empty() && !s.ends_with(char::is_whitespace) && !t.starts_with(char::is_whitespace)
        {
            s.push(' ');
        }
        s.push_str(t);
        if s.len() > cap {
            break;
        }
    }
    normalize_space(&s)
}

pub(super) fn has_ancestor(el: ElementRef<'_>, tags: &[&str]) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| tags.contains(&a.value().name()))
}

/// What may stand before an author label on its line ("05.02.2020 <span>- Redaktion: …").
pub(super) fn is_label_lead(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•')
}

/// The line an author label opens: the element's own short text
/// ("Autorin: Jane Roe, Projektleiterin"), or a bare label element and the
/// text after it up to the next line break ("<b>Von:</b> <br> Jane Roe").
pub(super) fn labelled_line(el: ElementRef<'_>) -> Option<String> {
    // Cheap test first (this runs on every element): the label is the element's
    // own first text, not a descendant's (that descendant is tested itself).
    let first = el.children().find_map(|c| match c.value() {
        Node::Text(t) => Some(t.trim_start_matches(is_label_lead)).filter(|t| !t.is_empty()),
        Node::Element(_) => Some(""),
        _ => None,
    })?;
    let opens = AUTHOR_LABELS.iter().any(|l| {
        first
            .get(..l.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(l))
    });
    if !opens {
        return None;
    }
    let t = capped_text(el, LABELLED_LINE_CHARS * 2);
    let t = t.trim_start_matches(is_label_lead).to_string();
    let lower = t.to_lowercase();
    let label = AUTHOR_LABELS.iter().find(|l| lower.starts_with(*l))?;
    if t.chars().count() > LABELLED_LINE_CHARS {
        return None;
    }
    if lower.len() > label.len() {
        return Some(t);
    }
    // A bare label: the text of the following siblings, skipping line breaks before it.
    let mut line = t.clone();
    for sib in el.next_siblings().take(LABELLED_SIBLINGS) {
        match sib.value() {
            Node::Text(x) => line.push_str(x),
            Node::Element(e)
                if e.name() == "br"
                    && line.get(t.len()..).is_some_and(|r| !r.trim().is_empty()) =>
            {
                break;
            }
            Node::Element(e) if e.name() == "br" => {}
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(sib) {
                    line.push(' ');
                    line.push_str(&capped_text(e, LABELLED_LINE_CHARS));
                }
            }
            _ => {}
        }
        if line.chars().count() > LABELLED_LINE_CHARS {
            return None;
        }
    }
    let line = normalize_space(&line);
    (line.len() > t.len()).then_some(line)
}

/// Whether the element is or holds a link to the site's home page (`href="/"`,
/// `http://example.org/`).
pub(super) fn links_home(el: ElementRef<'_>) -> bool {
    let Some(href) = el
        .descendants()
        .take(BOX_SCAN_NODES)
        .filter_map(ElementRef::wrap)
        .find(|d| d.value().name() == "a")
        .and_then(|a| a.value().get_attr("href"))
    else {
        return false;
    };
    let href = href.trim();
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.find('/').and_then(|i| rest.get(i..)).unwrap_or(""),
        None => href,
    };
    matches!(path, "" | "/") && !href.is_empty()
}

/// An author box's heading ("Autor", "About the author:"), not the name.
pub(super) fn is_box_heading(t: &str) -> bool {
    let l = t.to_lowercase();
    let l = l.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    AUTHOR_BOX_HEADINGS.contains(&l) || BYLINE_PREFIXES.iter().any(|p| p.trim_end_matches(':') == l)
}

/// Whether a class attribute holds `word` as one of its names (ASCII
/// case-insensitive; names split at ASCII whitespace, as HTML splits them).
pub(super) fn has_class_word(class: &str, word: &str) -> bool {
    class.len() >= word.len()
        && class
            .as_bytes()
            .split(u8::is_ascii_whitespace)
            .any(|c| c.eq_ignore_ascii_case(word.as_bytes()))
}

/// Inside a comment section or a form (comment authors are not bylines).
pub(super) fn in_comments(el: ElementRef<'_>) -> bool {
    el.ancestors().filter_map(ElementRef::wrap).any(|a| {
        let v = a.value();
        v.name() == "form"
            || v.get_attr("class")
                .into_iter()
                .chain(v.get_attr("id"))
                .any(|c| c.to_ascii_lowercase().contains("comment"))
    })
}

/// Inside the site's navigation bar by a class/id word ("navtop", "topbar"), where a
/// date is today's, not the article's ([`CHROME_DATE_HINTS`]).
pub(super) fn in_site_chrome(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .take(CHROME_DATE_LEVELS)
        .any(|a| {
            let e = a.value();
            [e.get_attr("class"), e.get_attr("id")]
                .into_iter()
                .flatten()
                .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
                .any(|w| {
                    let w = w.to_ascii_lowercase();
                    CHROME_DATE_HINTS.iter().any(|h| w.starts_with(h))
                })
        })
}

/// The texts of a heading's child elements, when it has two or more and no
/// loose text of its own (`<h1><span>Kicker</span><span>Headline</span></h1>`).
pub(super) fn heading_parts(el: ElementRef<'_>) -> Vec<String> {
    let mut parts = Vec::new();
    for c in el.children() {
        match c.value() {
            Node::Text(t) if !t.trim().is_empty() => return Vec::new(),
            Node::Element(_) => {
                if let Some(ce) = ElementRef::wrap(c) {
                    let t = capped_text(ce, 2000);
                    if !t.is_empty() {
                        parts.push(t);
                    }
                }
            }
            _ => {}
        }
    }
    if parts.len() < 2 {
        parts.clear();
    }
    parts
}
