//! One walk over the DOM gathering every metadata source: meta tags,
//! JSON-LD scripts, `<title>`, headings, `<time>`, microdata, `rel=author`
//! and byline elements, the canonical link and the page language.

use crate::html::AttrExt;
use scraper::{node::Node, ElementRef, Html};

use super::byline_words::{
    AUTHOR_BOX_HEADINGS, AUTHOR_LABELS, BOX_NAME_CHARS, BOX_SCAN_NODES, BYLINE_CLASS_HINTS,
    BYLINE_PREFIXES, LABELLED_LINE_CHARS, LABELLED_SIBLINGS, MAX_BYLINE_CHARS, MAX_HANDLE_CHARS,
    SUBMITTED_LEVELS,
};
use super::entities::unescape;
use super::lexicon::{
    AFTER_H1_ELEMENTS, BEFORE_H1_CHARS, BEFORE_H1_ELEMENTS, CHROME_DATE_HINTS, CHROME_DATE_LEVELS,
    DATE_HINTS, MAX_CANDIDATES,
};
use crate::article::normalize_space;
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// A `<time>` or date-bearing element.
#[derive(Debug, Clone)]
pub(crate) struct TimeEl {
    /// `datetime`/`content` attribute, else the text.
    pub(crate) value: String,
    /// Says it is the publication date (`pubdate`, itemprop, class).
    pub(crate) published: bool,
    /// Says it is the modification date.
    pub(crate) modified: bool,
    /// Inside an `article`/`main` or a header of one.
    pub(crate) in_article: bool,
    /// Inside a link, list item, nav, aside or footer: likely another story's date.
    pub(crate) elsewhere: bool,
}

/// Everything the page says about itself, before choosing.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Meta tags as (normalised key, content), in page order.
    pub(crate) meta: Vec<(String, String)>,
    pub(crate) ld_scripts: Vec<String>,
    pub(crate) title_tag: Option<String>,
    pub(crate) h1: Vec<String>,
    /// For each `h1` made only of child elements (kicker and headline spans), their texts.
    pub(crate) h1_parts: Vec<Vec<String>>,
    /// Number of `h1` elements on the page.
    pub(crate) h1_count: usize,
    pub(crate) times: Vec<TimeEl>,
    /// Microdata / rel=author / byline-class texts, in page order.
    pub(crate) bylines: Vec<String>,
    /// Microdata `itemprop=author` names (most trusted bylines).
    pub(crate) item_authors: Vec<String>,
    /// `rel=author` link texts (after byline elements: often in teaser lists too).
    pub(crate) rel_authors: Vec<String>,
    /// Posters' user names: a forum post's `data-author`, the `username` in a
    /// CMS "submitted by" line (least trusted: used when nothing else names one).
    pub(crate) handles: Vec<String>,
    /// hCard authors (`class="author vcard"`, the name in its `fn`): the post's
    /// author in most blog themes.
    pub(crate) hcard_authors: Vec<String>,
    /// Short lines opened by an author label ("Autorin: Jane Roe", "<b>Text:</b>
    /// Jane Roe"), anywhere in the page but comments, in page order.
    pub(crate) labelled: Vec<String>,
    /// Short texts of date-looking elements (class/id "date", "datum", …), in page order.
    pub(crate) date_texts: Vec<String>,
    /// Short texts of the elements just after the first `h1` (where a date line usually is).
    pub(crate) after_h1: Vec<String>,
    /// Short date-only texts among the elements just before the first `h1`
    /// (a box header's date line), nearest the `h1` last.
    pub(crate) before_h1: Vec<String>,
    pub(crate) canonical: Option<String>,
    pub(crate) lang: Option<String>,
}

impl Page {
    /// First non-empty meta value among `keys` (in key order).
    pub(crate) fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.meta
                .iter()
                .find(|(mk, v)| mk == k && !v.is_empty())
                .map(|(_, v)| v.clone())
        })
    }

    /// Every non-empty meta value of `key`.
    pub(crate) fn meta_all(&self, key: &str) -> Vec<String> {
        self.meta
            .iter()
            .filter(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }
}

fn key(s: &str) -> String {
    s.trim().to_lowercase().replace('.', ":")
}

/// Text of an element, capped at `cap` bytes (stops early on big boxes).
pub(crate) fn capped_text(el: ElementRef<'_>, cap: usize) -> String {
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

fn has_ancestor(el: ElementRef<'_>, tags: &[&str]) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| tags.contains(&a.value().name()))
}

/// class/id says: a date element ([`DATE_HINTS`]).
const H_DATE: u16 = 1;
/// …an updated-date element.
const H_UPDATE: u16 = 2;
/// …a site header's "today".
const H_TODAY: u16 = 4;
/// …the publication date ("publish", "posted", "created").
const H_PUBLISHED: u16 = 8;
/// …the modification date ("updated", "modified").
const H_MODIFIED: u16 = 16;
/// …a byline ([`BYLINE_CLASS_HINTS`]).
const H_BYLINE: u16 = 32;
/// …authorisation, not an author.
const H_AUTHORI: u16 = 64;

/// Every class/id hint list in one automaton (one scan per attribute).
fn hint_matcher() -> Option<&'static (AhoCorasick, Vec<u16>)> {
    static M: OnceLock<Option<(AhoCorasick, Vec<u16>)>> = OnceLock::new();
    M.get_or_init(|| {
        let lists: [(&[&str], u16); 7] = [
            (DATE_HINTS, H_DATE),
            (&["update"], H_UPDATE),
            (&["today"], H_TODAY),
            (&["publish", "posted", "created"], H_PUBLISHED),
            (&["updated", "modified"], H_MODIFIED),
            (BYLINE_CLASS_HINTS, H_BYLINE),
            (&["authori"], H_AUTHORI),
        ];
        crate::html::hints::category_automaton(&lists)
    })
    .as_ref()
}

/// The hint bits named by a class or id value.
fn hints_of(s: &str) -> u16 {
    if s.is_empty() {
        return 0;
    }
    let Some((ac, bits)) = hint_matcher() else {
        return 0;
    };
    ac.find_iter(s).fold(0, |acc, m| {
        acc | bits.get(m.pattern().as_usize()).copied().unwrap_or(0)
    })
}

/// `itemprop`, `class`, `id` and `rel` of an element ("" when absent), in
/// one pass over its attributes.
/// The attributes `gather` reads on every element, found in one pass.
#[derive(Default)]
struct CommonAttrs<'a> {
    itemprop: &'a str,
    class: &'a str,
    id: &'a str,
    rel: &'a str,
    /// A forum post's poster.
    data_author: Option<&'a str>,
}

fn common_attrs(e: &scraper::node::Element) -> CommonAttrs<'_> {
    if e.name.ns != html5ever::ns!(html) {
        let get = |k| e.get_attr(k).unwrap_or("");
        return CommonAttrs {
            itemprop: get("itemprop"),
            class: get("class"),
            id: get("id"),
            rel: get("rel"),
            data_author: e.get_attr("data-author"),
        };
    }
    let mut c = CommonAttrs::default();
    for (k, v) in e.attrs() {
        match k {
            "itemprop" if c.itemprop.is_empty() => c.itemprop = v,
            "class" if c.class.is_empty() => c.class = v,
            "id" if c.id.is_empty() => c.id = v,
            "rel" if c.rel.is_empty() => c.rel = v,
            "data-author" if c.data_author.is_none() => c.data_author = Some(v),
            _ => {}
        }
    }
    c
}

/// What may stand before an author label on its line ("05.02.2020 <span>- Redaktion: …").
fn is_label_lead(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '|' | '·' | '•')
}

/// The line an author label opens: the element's own short text
/// ("Autorin: Jane Roe, Projektleiterin"), or a bare label element and the
/// text after it up to the next line break ("<b>Von:</b> <br> Jane Roe").
fn labelled_line(el: ElementRef<'_>) -> Option<String> {
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
fn links_home(el: ElementRef<'_>) -> bool {
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
fn is_box_heading(t: &str) -> bool {
    let l = t.to_lowercase();
    let l = l.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    AUTHOR_BOX_HEADINGS.contains(&l) || BYLINE_PREFIXES.iter().any(|p| p.trim_end_matches(':') == l)
}

/// Whether a class attribute holds `word` as one of its names (ASCII
/// case-insensitive; names split at ASCII whitespace, as HTML splits them).
fn has_class_word(class: &str, word: &str) -> bool {
    class.len() >= word.len()
        && class
            .as_bytes()
            .split(u8::is_ascii_whitespace)
            .any(|c| c.eq_ignore_ascii_case(word.as_bytes()))
}

/// Inside a comment section or a form (comment authors are not bylines).
fn in_comments(el: ElementRef<'_>) -> bool {
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
fn in_site_chrome(el: ElementRef<'_>) -> bool {
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
fn heading_parts(el: ElementRef<'_>) -> Vec<String> {
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

/// Walks the page once.
pub(crate) fn gather(doc: &Html) -> Page {
    let mut p = Page::default();
    let mut byline_near: Vec<bool> = Vec::new();
    let mut after_h1_budget = AFTER_H1_ELEMENTS;
    let mut seen: usize = 0;
    let mut before: std::collections::VecDeque<(usize, String)> = std::collections::VecDeque::new();
    for node in doc.tree.root().descendants() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = e.name();
        seen += 1;
        if p.h1_count == 0 && name == "h1" {
            p.before_h1 = before
                .drain(..)
                .filter(|(i, _)| seen - i <= BEFORE_H1_ELEMENTS)
                .map(|(_, t)| t)
                .collect();
        } else if p.h1_count == 0 {
            // Most elements' first text is blank or long: test the raw text
            // before building a normalized copy.
            if let Some(t) = el
                .children()
                .find_map(|c| c.value().as_text())
                .map(|t| t.trim())
                .filter(|t| t.len() <= BEFORE_H1_CHARS * 4 && t.bytes().any(|b| b.is_ascii_digit()))
            {
                let t = normalize_space(t);
                if t.chars().count() <= BEFORE_H1_CHARS && t.chars().any(|c| c.is_ascii_digit()) {
                    if before.len() >= MAX_CANDIDATES {
                        before.pop_front();
                    }
                    before.push_back((seen, t));
                }
            }
        }
        match name {
            "html" => {
                p.lang = e
                    .get_attr("lang")
                    .or_else(|| e.get_attr("xml:lang"))
                    .map(str::to_string);
            }
            "meta" => {
                let content = e
                    .get_attr("content")
                    .map(|c| normalize_space(&unescape(c)))
                    .unwrap_or_default();
                for attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let Some(k) = e.get_attr(attr) {
                        for k in k.split_whitespace() {
                            p.meta.push((key(k), content.clone()));
                        }
                    }
                }
            }
            "title" if p.title_tag.is_none() && !has_ancestor(el, &["svg"]) => {
                p.title_tag = Some(capped_text(el, 2000)).filter(|t| !t.is_empty());
            }
            "h1" if p.h1.len() < MAX_CANDIDATES => {
                p.h1_count += 1;
                let t = capped_text(el, 2000);
                if !t.is_empty() {
                    p.h1.push(t);
                    p.h1_parts.push(heading_parts(el));
                }
            }
            "script" => {
                if e.get_attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                {
                    p.ld_scripts.push(el.text().collect());
                }
                continue;
            }
            "link" => {
                let rel = e.get_attr("rel").unwrap_or("");
                if rel.eq_ignore_ascii_case("canonical") && p.canonical.is_none() {
                    p.canonical = e.get_attr("href").map(|h| h.trim().to_string());
                }
                continue;
            }
            _ => {}
        }
        if p.h1_count > 0 && name != "h1" && after_h1_budget > 0 {
            after_h1_budget -= 1;
            let own: String = el
                .children()
                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                .collect();
            let own = normalize_space(&own);
            if !own.is_empty() && own.chars().count() <= MAX_BYLINE_CHARS {
                p.after_h1.push(own);
            }
        }
        let CommonAttrs {
            itemprop,
            class,
            id,
            rel,
            data_author,
        } = common_attrs(e);
        let hints = hints_of(class) | hints_of(id) | e.get_attr("data-testid").map_or(0, hints_of);
        // Dates.
        if name == "time" || itemprop.contains("datePublished") || itemprop.contains("dateModified")
        {
            // A comment's date is not the article's.
            if p.times.len() < MAX_CANDIDATES * 4 && !in_comments(el) {
                let value = e
                    .get_attr("datetime")
                    .or_else(|| e.get_attr("content"))
                    .map(str::to_string)
                    .unwrap_or_else(|| capped_text(el, 200));
                let published = e.get_attr("pubdate").is_some()
                    || itemprop.contains("datePublished")
                    || itemprop.contains("dateCreated")
                    || hints & H_PUBLISHED != 0;
                let modified = itemprop.contains("dateModified") || hints & H_MODIFIED != 0;
                p.times.push(TimeEl {
                    value,
                    published,
                    modified,
                    in_article: has_ancestor(el, &["article", "main"]),
                    elsewhere: has_ancestor(el, &["li", "nav", "aside", "footer"])
                        || in_site_chrome(el),
                });
            }
            continue;
        }
        if p.date_texts.len() < MAX_CANDIDATES
            && hints & H_DATE != 0
            && hints & (H_UPDATE | H_TODAY) == 0
            && !matches!(name, "body" | "html" | "article" | "main")
            && !el
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "a" | "nav" | "footer" | "aside" | "li"))
            && !in_site_chrome(el)
        {
            let attr = e
                .get_attr("datetime")
                .or_else(|| e.get_attr("content"))
                .or_else(|| e.get_attr("title"));
            let t = match attr {
                Some(a) if !a.trim().is_empty() => normalize_space(a),
                _ => capped_text(el, MAX_BYLINE_CHARS * 2),
            };
            if !t.is_empty() && t.chars().count() <= MAX_BYLINE_CHARS {
                p.date_texts.push(t);
            }
        }
        // Authors.
        if name != "meta"
            && itemprop
                .split_whitespace()
                .any(|i| i == "author" || i == "creator")
        {
            if p.item_authors.len() < MAX_CANDIDATES {
                let inner = el
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .find(|d| d.value().get_attr("itemprop") == Some("name"));
                let t = match inner {
                    Some(n) => n
                        .value()
                        .get_attr("content")
                        .map(normalize_space)
                        .unwrap_or_else(|| capped_text(n, MAX_BYLINE_CHARS * 2)),
                    None => e
                        .get_attr("content")
                        .map(normalize_space)
                        .unwrap_or_else(|| capped_text(el, MAX_BYLINE_CHARS * 2)),
                };
                if !t.is_empty() && t.chars().count() <= MAX_BYLINE_CHARS {
                    p.item_authors.push(t);
                }
            }
            continue;
        }
        if p.hcard_authors.len() < MAX_CANDIDATES
            && has_class_word(class, "vcard")
            && has_class_word(class, "author")
            && !in_comments(el)
        {
            let fn_el = el
                .descendants()
                .take(BOX_SCAN_NODES)
                .filter_map(ElementRef::wrap)
                .find(|d| has_class_word(d.value().get_attr("class").unwrap_or(""), "fn"));
            let t = capped_text(fn_el.unwrap_or(el), MAX_BYLINE_CHARS * 2);
            // An hCard linking to the home page is the site's own (a blog's header).
            if !t.is_empty()
                && t.chars().count() <= MAX_BYLINE_CHARS
                && !links_home(fn_el.unwrap_or(el))
            {
                p.hcard_authors.push(t);
            }
        }
        if p.labelled.len() < MAX_CANDIDATES
            && matches!(name, "p" | "strong" | "b" | "em" | "span" | "div" | "small")
        {
            if let Some(t) = labelled_line(el) {
                if !in_comments(el) {
                    p.labelled.push(t);
                }
            }
        }
        if p.handles.len() < MAX_CANDIDATES {
            let user = data_author.map(normalize_space).or_else(|| {
                (has_class_word(class, "username")
                    && el
                        .ancestors()
                        .filter_map(ElementRef::wrap)
                        .take(SUBMITTED_LEVELS)
                        .any(|a| {
                            has_class_word(a.value().get_attr("class").unwrap_or(""), "submitted")
                        }))
                .then(|| capped_text(el, MAX_BYLINE_CHARS * 2))
            });
            if let Some(t) = user.filter(|t| {
                !t.is_empty() && t.chars().count() <= MAX_HANDLE_CHARS && !t.contains("://")
            }) {
                if !in_comments(el) {
                    p.handles.push(t);
                }
            }
        }
        let rel_author = rel.split_whitespace().any(|r| r == "author");
        if rel_author && p.rel_authors.len() < MAX_CANDIDATES && !in_comments(el) {
            // rel=author names its author: trusted like microdata.
            let t = capped_text(el, MAX_BYLINE_CHARS * 2);
            if !t.is_empty() && t.chars().count() <= MAX_BYLINE_CHARS {
                p.rel_authors.push(t);
            }
            continue;
        }
        let is_byline = name == "byline" || (hints & H_BYLINE != 0 && hints & H_AUTHORI == 0);
        if is_byline
            && p.bylines.len() < MAX_CANDIDATES
            && !matches!(name, "body" | "article" | "main" | "html")
            && !in_comments(el)
        {
            let near = p.h1_count > 0 || has_ancestor(el, &["article", "main"]);
            let t = capped_text(el, MAX_BYLINE_CHARS * 2);
            if !t.is_empty() && t.chars().count() <= MAX_BYLINE_CHARS {
                p.bylines.push(t);
                byline_near.push(near);
            } else if !t.is_empty() {
                // An author box: the short text of an author element inside it, else
                // its first short line.
                let is_name = |t: &String| {
                    (3..=BOX_NAME_CHARS).contains(&t.chars().count()) && !is_box_heading(t)
                };
                let inner = || {
                    el.descendants()
                        .take(BOX_SCAN_NODES)
                        .skip(1)
                        .filter_map(ElementRef::wrap)
                };
                let short = inner()
                    .filter(|d| {
                        let a = common_attrs(d.value());
                        (hints_of(a.class) | hints_of(a.id)) & H_BYLINE != 0
                    })
                    .map(|d| capped_text(d, BOX_NAME_CHARS * 2))
                    .find(is_name)
                    .or_else(|| {
                        inner()
                            .map(|d| capped_text(d, BOX_NAME_CHARS * 2))
                            .find(is_name)
                    });
                if let Some(s) = short {
                    p.bylines.push(s);
                    byline_near.push(near);
                }
            }
        }
    }
    // Bylines near the story (in an article, after the headline) before the rest.
    let (near, far): (Vec<_>, Vec<_>) = p.bylines.drain(..).zip(byline_near).partition(|(_, n)| *n);
    p.bylines = near.into_iter().chain(far).map(|(b, _)| b).collect();
    p
}
