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

/// The gold body paragraphs, in order.
fn gold_body(gold: &serde_json::Value) -> Vec<&str> {
    gold["article"]["body"]
        .as_array()
        .expect("gold article.body is an array")
        .iter()
        .filter_map(|v| v.as_str())
        .collect()
}

#[test]
fn seed_bodies_match_gold() {
    let mut total = 0.0;
    for (stem, doc, gold) in seeds() {
        let body = gold_body(&gold);
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
        let body = gold_body(&gold);
        let f1 = body_f1(&body.join("\n\n"), &doc.article.text);
        assert!(
            f1 > HTML_BODY_F1_FLOOR,
            "{}: body F1 {f1:.3}",
            path.display()
        );
        assert!(!doc.article.text.is_empty());
        // The body starts and ends where the story does (captions count: gold keeps them inline).
        let text = norm(
            &doc.article
                .blocks
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
        let long = |l: &&&str| l.len() >= 80;
        for line in [body.iter().find(long), body.iter().rev().find(long)]
            .into_iter()
            .flatten()
        {
            let head: String = norm(line).chars().take(40).collect();
            assert!(
                text.contains(&head),
                "{}: body lacks {head:?}",
                path.display()
            );
        }
        // The title is the gold one, or it without a site or author suffix.
        if let Some(title) = gold["article"]["title"].as_str() {
            let got = norm(doc.article.title.as_deref().unwrap_or(""));
            assert!(
                !got.is_empty() && norm(title).starts_with(&got),
                "{}: title {got:?}",
                path.display()
            );
        }
        n += 1;
    }
    assert!(n >= 5);
}

/// Every HTML fixture's body F1 must exceed this.
const HTML_BODY_F1_FLOOR: f64 = 0.9;

/// A pinned page: (fixture, published date, authors, dateline).
type Pinned = (
    &'static str,
    Option<&'static str>,
    &'static [&'static str],
    Option<&'static str>,
);

/// Metadata of representative pages, pinned.
const PINNED: &[Pinned] = &[
    ("ars-1", Some("2015-04-16"), &["Dan Goodin"], None),
    ("bbc-1", Some("2015-07-24"), &[], None),
    ("cnn", Some("2016-02-01"), &["Ahiza Garcia"], None),
    ("folha", Some("2018-12-21"), &[], None),
    (
        "guardian-1",
        Some("2019-01-03"),
        &["Eleanor Ainge Roy"],
        None,
    ),
    (
        "nytimes-1",
        Some("2017-01-13"),
        &["Jeffrey Gettleman"],
        Some("London"),
    ),
    (
        "wapo-1",
        Some("2015-03-18"),
        &["Erin Cunningham"],
        Some("Cairo"),
    ),
];

#[test]
fn html_pages_metadata_is_pinned() {
    let dir = fixtures().join("html");
    for &(stem, published, authors, dateline) in PINNED {
        let bytes = std::fs::read(dir.join(format!("{stem}.html"))).unwrap();
        let a = summitry::extract(&bytes, &summitry::Options::new())
            .unwrap()
            .article;
        assert_eq!(
            a.published.as_deref().and_then(|p| p.get(..10)),
            published,
            "{stem}: published"
        );
        if !authors.is_empty() {
            assert_eq!(a.authors, authors, "{stem}: authors");
        }
        assert_eq!(a.dateline.as_deref(), dateline, "{stem}: dateline");
    }
}

/// Seed meetings: every required gold meeting must be found with the same participants
/// (by name, or by country for a nameless party) and status, as score.py's
/// `meetings_strict`; F1 over the five seeds must not fall below this floor.
const SEED_MEETINGS_STRICT_F1_FLOOR: f64 = 0.95;

fn party_key(name: Option<&str>, country: Option<&str>) -> String {
    match name {
        Some(n) => norm(n),
        None => format!("@{}", norm(country.unwrap_or(""))),
    }
}

#[test]
fn seed_meetings_match_gold() {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (stem, doc, gold) in seeds() {
        let pred: Vec<(Vec<String>, String)> = doc
            .meetings
            .iter()
            .map(|m| {
                let mut k: Vec<String> = m
                    .participants
                    .iter()
                    .map(|p| party_key(p.name.as_deref(), p.country.as_deref()))
                    .collect();
                k.sort();
                let status = serde_json::to_value(m.status).unwrap();
                (k, status.as_str().unwrap_or("").to_string())
            })
            .collect();
        let mut used = vec![false; pred.len()];
        let mut optional_hits = 0;
        for g in gold["meetings"].as_array().unwrap() {
            let mut k: Vec<String> = g["participants"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| party_key(p["name"].as_str(), p["country"].as_str()))
                .collect();
            k.sort();
            let alt: Vec<String> = {
                let mut a: Vec<String> = g["participants"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| {
                        if p["name_may_be_null"].as_bool() == Some(true) {
                            party_key(None, p["country"].as_str())
                        } else {
                            party_key(p["name"].as_str(), p["country"].as_str())
                        }
                    })
                    .collect();
                a.sort();
                a
            };
            let status = g["status"].as_str().unwrap_or("");
            let hit = pred
                .iter()
                .enumerate()
                .position(|(i, p)| !used[i] && (p.0 == k || p.0 == alt) && p.1 == status);
            match (hit, g["optional"].as_bool() == Some(true)) {
                (Some(i), opt) => {
                    used[i] = true;
                    if opt {
                        optional_hits += 1;
                    } else {
                        tp += 1;
                    }
                }
                (None, false) => {
                    fn_ += 1;
                    eprintln!("{stem}: missed {k:?} {status}");
                }
                (None, true) => {}
            }
        }
        let _ = optional_hits;
        fp += used.iter().filter(|u| !**u).count();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    assert!(
        f1 >= SEED_MEETINGS_STRICT_F1_FLOOR,
        "seed meetings strict F1 {f1:.3} (tp {tp}, fp {fp}, fn {fn_})"
    );
}

#[test]
fn indirect_quotes_are_opt_in() {
    let t = "Leaders meet\n\nJapanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday. Kishida, for his part, said both sides had a responsibility to uphold peace and security in the world.";
    let off = summitry::extract(
        t.as_bytes(),
        &summitry::Options::new().with_input(summitry::InputFormat::Text),
    )
    .unwrap();
    assert!(off
        .quotes
        .iter()
        .all(|q| q.kind != summitry::QuoteKind::Indirect));
    let opts = summitry::Options::new()
        .with_input(summitry::InputFormat::Text)
        .with_indirect_quotes(true);
    let on = summitry::extract(t.as_bytes(), &opts).unwrap();
    let q = on
        .quotes
        .iter()
        .find(|q| q.kind == summitry::QuoteKind::Indirect)
        .expect("an indirect quote");
    assert!(
        q.text.contains("both sides had a responsibility"),
        "{}",
        q.text
    );
    assert_eq!(
        q.speaker.as_ref().and_then(|s| s.name.as_deref()),
        Some("Fumio Kishida")
    );
}
