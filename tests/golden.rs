//! Golden tests: the seeds (plain-text dumps) and a few HTML pages against
//! their hand-written gold. Floors rise as the stages improve; each check
//! names the seed and the field so a regression says where it is.

use crate::util::{body_f1, fixtures, norm, read_json};

fn seeds() -> Vec<(String, summitry::Document, serde_json::Value)> {
    let dir = fixtures().join("seeds");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let gold = read_json(&dir.join("gold").join(format!("{stem}.json")));
        let bytes = std::fs::read(&path).unwrap();
        let doc = summitry::extract(&bytes, &summitry::Options::new()).unwrap();
        out.push((stem, doc, gold));
    }
    assert_eq!(out.len(), 5, "five seeds");
    out
}

/// Mean body F1 over the seeds must not fall below this.
const SEED_BODY_F1_FLOOR: f64 = 0.99;

#[test]
fn seed_bodies_match_gold() {
    let mut total = 0.0;
    for (stem, doc, gold) in seeds() {
        let body: Vec<&str> = gold["article"]["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let f1 = body_f1(&body.join("\n\n"), &doc.article.text);
        assert!(f1 > 0.8, "{stem}: body F1 {f1:.3}");
        total += f1;
    }
    assert!(
        total / 5.0 >= SEED_BODY_F1_FLOOR,
        "mean seed body F1 {:.3}",
        total / 5.0
    );
}

/// The seeds' metadata (title, site name, authors, publication date, wire
/// credit) equals the gold, compared as `score.py` does (normalised text,
/// date part only).
#[test]
fn seed_metadata_matches_gold() {
    for (stem, doc, gold) in seeds() {
        let a = &doc.article;
        let g = &gold["article"];
        let text = |v: &serde_json::Value| v.as_str().map(norm);
        for (field, got) in [
            ("title", a.title.as_deref().map(norm)),
            ("site_name", a.site_name.as_deref().map(norm)),
        ] {
            assert_eq!(got, text(&g[field]), "{stem}: {field}");
        }
        let mut want: Vec<String> = g["authors"]
            .as_array()
            .map(|v| v.iter().filter_map(|x| x.as_str()).map(norm).collect())
            .unwrap_or_default();
        let mut got: Vec<String> = a.authors.iter().map(|x| norm(x)).collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{stem}: authors");
        let day = |s: Option<&str>| s.and_then(|s| s.get(..10)).map(str::to_string);
        assert_eq!(
            day(a.published.as_deref()),
            day(g["published"].as_str()),
            "{stem}: published"
        );
        if let Some(credit) = g["credit"].as_str() {
            assert_eq!(
                a.credit.as_deref().map(norm),
                Some(norm(credit)),
                "{stem}: credit"
            );
        }
    }
}

/// No gold `not_body` line of a seed leaks into its body.
#[test]
fn seed_chrome_stays_out() {
    for (stem, doc, gold) in seeds() {
        let body = norm(&doc.article.text);
        let lines: Vec<&str> = doc.article.text.lines().map(str::trim).collect();
        for line in gold["article"]["not_body"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            let n = norm(line);
            if n.is_empty() {
                continue;
            }
            let leaked = if n.len() >= 12 {
                body.contains(&n)
            } else {
                lines.contains(&line.trim())
            };
            assert!(!leaked, "{stem}: chrome kept: {line}");
        }
    }
}

#[test]
fn seed_blocks_have_exact_offsets() {
    for (stem, doc, _) in seeds() {
        let a = &doc.article;
        for b in &a.blocks {
            if b.kind != summitry::BlockKind::Caption {
                assert_eq!(&a.text[b.start..b.end], b.text, "{stem}");
            }
        }
    }
}

#[test]
fn html_pages_find_title_and_body() {
    let dir = fixtures().join("html");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    let mut n = 0;
    for path in names
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
    {
        let gold = read_json(&path.with_extension("json"));
        let doc =
            summitry::extract(&std::fs::read(&path).unwrap(), &summitry::Options::new()).unwrap();
        let body: Vec<&str> = gold["article"]["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let f1 = body_f1(&body.join("\n\n"), &doc.article.text);
        assert!(f1 > 0.5, "{}: body F1 {f1:.3}", path.display());
        assert!(!doc.article.text.is_empty());
        let _ = norm;
        n += 1;
    }
    assert!(n >= 5);
}
