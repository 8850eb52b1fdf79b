//! JSON-LD (`<script type="application/ld+json">`): the article object and
//! what it says, tolerant of arrays, `@graph`, `@id` references and broken
//! JSON. Walks are iterative and budgeted.

use serde_json::Value;

use super::entities::unescape;
use super::lexicon::{ARTICLE_TYPES, MAX_SCRIPT_BYTES, MAX_VALUES};
use crate::article::normalize_space;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default, Clone)]
pub(crate) struct Ld {
    pub(crate) headline: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) authors: Vec<String>,
    pub(crate) published: Option<String>,
    pub(crate) modified: Option<String>,
    pub(crate) publisher: Option<String>,
    pub(crate) section: Option<String>,
    pub(crate) keywords: Vec<String>,
    pub(crate) image: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) url: Option<String>,
    /// A real article type (not a generic web page) was found.
    pub(crate) is_article: bool,
}

/// Reads the scripts' JSON-LD; the most article-like object wins.
pub(crate) fn read(scripts: &[String]) -> Ld {
    let mut objects: Vec<Value> = Vec::new();
    for s in scripts {
        if s.len() > MAX_SCRIPT_BYTES {
            continue;
        }
        if let Some(v) = parse(s) {
            collect(v, &mut objects);
        }
    }
    let rank = |o: &Value| -> Option<usize> {
        types(o)
            .iter()
            .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a.eq_ignore_ascii_case(t)))
            .min()
    };
    let best = objects
        .iter()
        .enumerate()
        .filter_map(|(i, o)| rank(o).map(|r| (r, i)))
        .min()
        .and_then(|(_, i)| objects.get(i));
    let mut ld = Ld::default();
    let Some(o) = best else {
        ld.publisher = objects.iter().find_map(|o| {
            types(o)
                .iter()
                .any(|t| t.contains("Organization") || *t == "WebSite")
                .then(|| text(o.get("name")?))
                .flatten()
        });
        return ld;
    };
    ld.is_article = rank(o).is_some_and(|r| {
        ARTICLE_TYPES
            .get(r)
            .is_some_and(|t| !matches!(*t, "WebPage" | "ItemPage" | "CreativeWork"))
    });
    ld.headline = o.get("headline").and_then(text);
    ld.name = o.get("name").and_then(text);
    ld.published = o
        .get("datePublished")
        .or_else(|| o.get("dateCreated"))
        .and_then(text);
    ld.modified = o.get("dateModified").and_then(text);
    ld.section = o.get("articleSection").and_then(text);
    ld.description = o.get("description").and_then(text);
    ld.language = o.get("inLanguage").and_then(text);
    ld.url = o
        .get("url")
        .and_then(text)
        .filter(|u| u.starts_with("http"));
    ld.image = o.get("image").and_then(|v| match v {
        Value::Array(a) => a.first().and_then(image_url),
        v => image_url(v),
    });
    ld.keywords = match o.get("keywords") {
        Some(Value::String(s)) => s
            .split(',')
            .map(normalize_space)
            .filter(|k| !k.is_empty())
            .collect(),
        Some(Value::Array(a)) => a.iter().filter_map(text).collect(),
        _ => Vec::new(),
    };
    let resolve = |v: &Value| -> Option<Value> {
        let id = v.get("@id")?.as_str()?;
        if v.get("name").is_some() {
            return None;
        }
        objects
            .iter()
            .find(|o| o.get("@id").and_then(Value::as_str) == Some(id) && o.get("name").is_some())
            .cloned()
    };
    let author = o.get("author").or_else(|| o.get("creator"));
    if let Some(a) = author {
        let list: Vec<&Value> = match a {
            Value::Array(v) => v.iter().collect(),
            v => vec![v],
        };
        for v in list {
            let v = resolve(v).unwrap_or_else(|| v.clone());
            let name = match &v {
                Value::String(s) => Some(normalize_space(&unescape(s))),
                Value::Object(_) => v
                    .get("name")
                    .and_then(text)
                    .map(|n| full_name(n, v.get("description").and_then(text))),
                _ => None,
            };
            if let Some(n) = name.filter(|n| !n.is_empty() && !n.starts_with("http")) {
                if !ld.authors.contains(&n) {
                    ld.authors.push(n);
                }
            }
        }
    }
    let org_name = objects.iter().find_map(|o| {
        types(o)
            .iter()
            .any(|t| t.contains("Organization") || *t == "WebSite")
            .then(|| text(o.get("name")?))
            .flatten()
    });
    ld.publisher = o.get("publisher").and_then(|p| {
        let p = resolve(p).unwrap_or_else(|| p.clone());
        match &p {
            Value::String(s) => Some(normalize_space(s)),
            Value::Array(a) => a.first().and_then(|x| x.get("name")).and_then(text),
            _ => p.get("name").and_then(text),
        }
    });
    if ld.publisher.is_none() {
        ld.publisher = org_name;
    }
    ld
}

/// A one-word author name ("Nils") completed from its own bio when that
/// opens with it and a capitalised surname ("Nils Pickert ist freier Autor").
fn full_name(name: String, description: Option<String>) -> String {
    let Some(d) = description else {
        return name;
    };
    if name.contains(char::is_whitespace) {
        return name;
    }
    let Some(rest) = d
        .strip_prefix(name.as_str())
        .and_then(|r| r.strip_prefix(' '))
    else {
        return name;
    };
    let surname = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ':', ';']);
    let capitalised = surname.chars().next().is_some_and(char::is_uppercase)
        && surname.chars().count() >= 2
        && surname
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    if capitalised {
        format!("{name} {surname}")
    } else {
        name
    }
}

fn image_url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(_) => v.get("url").and_then(text),
        _ => None,
    }
}

fn text(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => normalize_space(&unescape(s)),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => return a.iter().find_map(text),
        Value::Object(_) => return v.get("name").or_else(|| v.get("@value")).and_then(text),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn types(o: &Value) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .map(|t| t.rsplit(['/', ':']).next().unwrap_or(t))
    .collect()
}

/// Parses a script body, repairing what pages commonly break.
fn parse(s: &str) -> Option<Value> {
    let t = s
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//")
        .trim_start_matches("<![CDATA[")
        .trim_end_matches("]]>")
        .trim_end_matches("//")
        .trim()
        .trim_end_matches(';');
    if let Ok(v) = serde_json::from_str(t) {
        return Some(v);
    }
    // Raw control characters inside strings are the usual breakage.
    let cleaned: String = t
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    serde_json::from_str(&cleaned).ok()
}

/// Every object with a `@type` (arrays, `@graph`, `mainEntity` flattened).
fn collect(root: Value, out: &mut Vec<Value>) {
    let mut stack = vec![root];
    let mut budget = MAX_VALUES;
    while let Some(v) = stack.pop() {
        if budget == 0 {
            break;
        }
        budget -= 1;
        match v {
            Value::Array(a) => stack.extend(a.into_iter().rev()),
            Value::Object(mut m) => {
                if let Some(g) = m.remove("@graph") {
                    stack.push(g);
                }
                for key in ["mainEntity", "itemListElement"] {
                    if let Some(e) = m.get(key) {
                        if e.is_object() || e.is_array() {
                            stack.push(e.clone());
                        }
                    }
                }
                if m.contains_key("@type") {
                    out.push(Value::Object(m));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_and_author_forms() {
        let s = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Page"},
            {"@type":"Person","@id":"#p1","name":"Jane Roe"},
            {"@type":"NewsArticle","headline":"Leaders meet","datePublished":"2022-11-17T10:00:00+09:00",
             "author":[{"@id":"#p1"},{"@type":"Person","name":"John Doe"},"Kim Lee"],
             "publisher":{"@type":"Organization","name":"The Daily"}}]}"##;
        let ld = read(&[s.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Leaders meet"));
        assert_eq!(ld.authors, vec!["Jane Roe", "John Doe", "Kim Lee"]);
        assert_eq!(ld.publisher.as_deref(), Some("The Daily"));
        assert!(ld.is_article);
    }

    #[test]
    fn a_first_name_author_is_completed_from_its_bio() {
        let s = r##"{"@graph":[{"@type":"Person","@id":"#a","name":"Nils","description":"Nils Pickert ist freier Autor."},
            {"@type":"Article","author":{"@id":"#a"}}]}"##;
        assert_eq!(read(&[s.to_string()]).authors, vec!["Nils Pickert"]);
        let t = r##"{"@type":"Article","author":{"@type":"Person","name":"Ela","description":"Ela is a cook."}}"##;
        assert_eq!(read(&[t.to_string()]).authors, vec!["Ela"]);
    }

    #[test]
    fn cdata_wrapped_scripts() {
        let s = "<![CDATA[ {\"@type\":\"Article\",\"headline\":\"H\"} ]]>";
        assert_eq!(read(&[s.to_string()]).headline.as_deref(), Some("H"));
    }

    #[test]
    fn broken_json_is_repaired_or_ignored() {
        let s = "{\"@type\":\"Article\",\"headline\":\"Line\nbreak\"};";
        assert_eq!(
            read(&[s.to_string()]).headline.as_deref(),
            Some("Line break")
        );
        assert!(read(&["{not json".to_string()]).headline.is_none());
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(read(&[deep]).headline.is_none());
    }
}
