//! Stage 4 (HTML): the article's metadata from the page head and markup.
//!
//! Order of trust: JSON-LD, OpenGraph / `article:*` meta, other meta, markup.

use scraper::{ElementRef, Html, Selector};

use crate::article::normalize_space;
use crate::{Article, Options};

/// Reads the metadata of a parsed page into an [`Article`] with an empty body.
pub(crate) fn run(doc: &Html, opts: &Options) -> Article {
    let mut a = Article::default();
    let meta = |keys: &[&str]| -> Option<String> {
        for key in keys {
            for el in select(doc, "meta") {
                let v = el.value();
                let k = v
                    .attr("property")
                    .or_else(|| v.attr("name"))
                    .or_else(|| v.attr("itemprop"));
                if k.is_some_and(|k| k.eq_ignore_ascii_case(key)) {
                    if let Some(c) = v
                        .attr("content")
                        .map(normalize_space)
                        .filter(|c| !c.is_empty())
                    {
                        return Some(c);
                    }
                }
            }
        }
        None
    };
    a.title = meta(&["og:title", "twitter:title"])
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title"));
    a.description = meta(&["og:description", "description", "twitter:description"]);
    a.site_name = meta(&["og:site_name", "application-name"]);
    a.published = meta(&[
        "article:published_time",
        "datePublished",
        "pubdate",
        "date",
        "dc.date",
    ]);
    a.modified = meta(&["article:modified_time", "dateModified", "og:updated_time"]);
    a.section = meta(&["article:section"]);
    a.image = meta(&["og:image", "twitter:image"]);
    if let Some(author) = meta(&["author", "article:author"]).filter(|s| !s.starts_with("http")) {
        a.authors.push(author);
    }
    a.language = select(doc, "html")
        .next()
        .and_then(|h| h.value().attr("lang"))
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|l| !l.is_empty());
    a.url = select(doc, "link[rel=canonical]")
        .next()
        .and_then(|l| l.value().attr("href"))
        .map(str::to_string)
        .or_else(|| opts.url.clone());
    a
}

fn select<'a>(doc: &'a Html, css: &str) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    let sel = Selector::parse(css).ok();
    sel.into_iter()
        .flat_map(move |s| doc.select(&s).collect::<Vec<_>>())
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    select(doc, css)
        .map(|e| normalize_space(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}
