//! One walk over the DOM gathering every metadata source: meta tags,
//! JSON-LD scripts, `<title>`, headings, `<time>`, microdata, `rel=author`
//! and byline elements, the canonical link and the page language.
//!
//! Submodules: [`hints`] (the class/id hint automaton and the attributes read
//! on every element), [`elements`] (tests and texts of single elements).

mod elements;
mod hints;

use crate::html::AttrExt;
use scraper::{node::Node, ElementRef, Html};

use super::byline_words::{
    BOX_NAME_CHARS, BOX_SCAN_NODES, MAX_BYLINE_CHARS, MAX_HANDLE_CHARS, SUBMITTED_LEVELS,
};
use super::entities::unescape;
use super::lexicon::{AFTER_H1_ELEMENTS, BEFORE_H1_CHARS, BEFORE_H1_ELEMENTS, MAX_CANDIDATES};
use crate::article::normalize_space;
use elements::*;
use hints::*;

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

/// Walks the page once.
pub(crate) fn gather(doc: &Html) -> Page {
    let mut p = Page::default();
    let mut byline_near: Vec<bool> = Vec::new();
    let mut named_meta: Vec<(String, String)> = Vec::new();
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
                        // `property` (RDFa) before `name` for the same key.
                        let to = if matches!(attr, "property" | "itemprop") {
                            &mut p.meta
                        } else {
                            &mut named_meta
                        };
                        for k in k.split_whitespace() {
                            to.push((key(k), content.clone()));
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
    p.meta.append(&mut named_meta);
    // Bylines near the story (in an article, after the headline) before the rest.
    let (near, far): (Vec<_>, Vec<_>) = p.bylines.drain(..).zip(byline_near).partition(|(_, n)| *n);
    p.bylines = near.into_iter().chain(far).map(|(b, _)| b).collect();
    p
}
