//! Pinned multilingual HTML pages (German, Spanish, French, Italian,
//! Portuguese): gold body snippets in, boilerplate out, title, date and
//! authors as the gold says, and where the body starts and ends.

use crate::util::{fixtures, norm, read_json};
use std::collections::BTreeSet;

/// Word set of a byline, as score.py's `authors_text` Jaccard compares them.
fn words(s: &str) -> BTreeSet<String> {
    norm(s).split_whitespace().map(str::to_string).collect()
}

/// Bylines match when their word sets overlap this much (score.py's threshold).
const AUTHORS_JACCARD: f64 = 0.8;

#[test]
fn multilingual_pages_are_pinned() {
    let dir = fixtures().join("html-multi");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    names.sort();
    assert!(names.len() >= 5);
    for path in names {
        let name = path.display();
        let gold = read_json(&path.with_extension("json"));
        let g = &gold["article"];
        let a = summitry::extract(&std::fs::read(&path).unwrap(), &summitry::Options::new())
            .unwrap()
            .article;
        let text = norm(&a.text);
        for s in g["body_contains"].as_array().into_iter().flatten() {
            let s = norm(s.as_str().unwrap());
            assert!(text.contains(&s), "{name}: body lacks {s:?}");
        }
        for s in g["not_body"].as_array().into_iter().flatten() {
            let s = norm(s.as_str().unwrap());
            assert!(!text.contains(&s), "{name}: body keeps {s:?}");
        }
        if let Some(t) = g["title"].as_str() {
            assert_eq!(
                norm(a.title.as_deref().unwrap_or("")),
                norm(t),
                "{name}: title"
            );
        }
        if let Some(d) = g["published"].as_str() {
            assert_eq!(
                a.published.as_deref().and_then(|p| p.get(..10)),
                Some(d),
                "{name}: published"
            );
        }
        if let Some(by) = g["authors_text"].as_str() {
            let (want, got) = (words(by), words(&a.authors.join(", ")));
            let overlap = want.intersection(&got).count() as f64;
            let union = want.union(&got).count().max(1) as f64;
            assert!(
                overlap / union >= AUTHORS_JACCARD,
                "{name}: authors {:?}",
                a.authors
            );
        }
        let body: Vec<&summitry::Block> = a
            .blocks
            .iter()
            .filter(|b| b.kind != summitry::BlockKind::Caption)
            .collect();
        let pinned = &gold["pinned"];
        if let Some(s) = pinned["body_start"].as_str() {
            let first = body.first().map_or("", |b| b.text.as_str());
            assert!(first.starts_with(s), "{name}: body starts {first:?}");
        }
        if let Some(s) = pinned["body_end"].as_str() {
            let last = body.last().map_or("", |b| b.text.as_str());
            assert!(last.starts_with(s), "{name}: body ends {last:?}");
        }
    }
}
