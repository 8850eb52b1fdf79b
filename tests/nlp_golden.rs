//! Golden tests of the sentence, people and quote stages on the seeds:
//! people with role and country, and every quotation of the gold found and
//! given to the right speaker. Floors rise as the stages improve.

use std::collections::HashSet;

use crate::util::{fixtures, norm, read_json};

fn seeds() -> Vec<(String, summitry::Document, serde_json::Value)> {
    let dir = fixtures().join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let gold = read_json(&dir.join("gold").join(format!("{stem}.json")));
            let doc = summitry::extract(&std::fs::read(&path).unwrap(), &summitry::Options::new())
                .unwrap();
            (stem, doc, gold)
        })
        .collect()
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "to", "in", "on", "for", "from", "s", "its", "his", "her",
    "their",
];

fn toks(s: &str) -> Vec<String> {
    norm(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty() && !STOP.contains(t))
        .map(str::to_string)
        .collect()
}

/// Share of the shorter token list found in the longer one (score.py's `overlap`).
fn overlap(a: &str, b: &str) -> f64 {
    let (ta, tb) = (toks(a), toks(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut rest = tb.clone();
    let mut common = 0;
    for t in &ta {
        if let Some(i) = rest.iter().position(|x| x == t) {
            rest.swap_remove(i);
            common += 1;
        }
    }
    common as f64 / ta.len().min(tb.len()) as f64
}

fn jaccard(a: &str, b: &str) -> f64 {
    let (ta, tb): (HashSet<String>, HashSet<String>) =
        (toks(a).into_iter().collect(), toks(b).into_iter().collect());
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    ta.intersection(&tb).count() as f64 / ta.union(&tb).count() as f64
}

/// Quote-text similarity: common tokens over the longer list (score.py's `sim`).
fn sim(a: &str, b: &str) -> f64 {
    let (ta, tb) = (toks(a), toks(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    overlap(a, b) * ta.len().min(tb.len()) as f64 / ta.len().max(tb.len()) as f64
}

fn speaker_ok(gold: &serde_json::Value, q: &summitry::Quote) -> bool {
    let Some(sp) = &q.speaker else { return false };
    let name = sp.name.clone().unwrap_or_default();
    match gold {
        serde_json::Value::String(g) => norm(g) == norm(&name),
        serde_json::Value::Array(list) => list.iter().filter_map(|g| g.as_str()).any(|g| {
            jaccard(g, &name).max(jaccard(g, &sp.mention)) >= 0.5
                || (!norm(g).is_empty() && norm(&name).contains(&norm(g)))
        }),
        _ => false,
    }
}

/// Floors over the five seeds (measured: people 1.00, country 1.00, role 1.00).
const PEOPLE_RECALL_FLOOR: f64 = 0.95;
const PEOPLE_PRECISION_FLOOR: f64 = 0.95;
const COUNTRY_FLOOR: f64 = 0.95;
const ROLE_FLOOR: f64 = 0.90;

#[test]
fn seed_people_with_role_and_country() {
    let (mut hit, mut gold_n, mut pred_n) = (0, 0, 0);
    let (mut country_ok, mut country_n, mut role_ok, mut role_n) = (0, 0, 0, 0);
    for (stem, doc, gold) in seeds() {
        pred_n += doc.people.len();
        for g in gold["people"].as_array().unwrap() {
            gold_n += 1;
            let name = g["name"].as_str().unwrap();
            let Some(p) = doc.people.iter().find(|p| norm(&p.name) == norm(name)) else {
                eprintln!("{stem}: missing {name}");
                continue;
            };
            hit += 1;
            if let Some(c) = g["country"].as_str() {
                country_n += 1;
                country_ok += usize::from(p.country.as_deref().map(norm) == Some(norm(c)));
            }
            if let Some(r) = g["role"].as_str() {
                role_n += 1;
                role_ok += usize::from(overlap(r, p.role.as_deref().unwrap_or("")) >= 0.5);
            }
        }
        for p in &doc.people {
            for m in &p.mentions {
                assert_eq!(doc.article.text.get(m.start..m.end), Some(m.text.as_str()));
            }
        }
    }
    let (r, p) = (
        hit as f64 / gold_n as f64,
        hit as f64 / pred_n.max(1) as f64,
    );
    assert!(r >= PEOPLE_RECALL_FLOOR, "people recall {r:.3}");
    assert!(p >= PEOPLE_PRECISION_FLOOR, "people precision {p:.3}");
    let c = country_ok as f64 / country_n as f64;
    assert!(c >= COUNTRY_FLOOR, "person.country {c:.3}");
    let ro = role_ok as f64 / role_n as f64;
    assert!(ro >= ROLE_FLOOR, "person.role {ro:.3}");
}

/// Share of the seeds' required quotes found and attributed (measured 18/19:
/// the missing one is a paragraph the body stage drops).
const QUOTES_ATTRIBUTED_FLOOR: f64 = 0.90;

#[test]
fn seed_quotes_found_and_attributed() {
    let (mut right, mut kind_ok, mut found, mut total) = (0, 0, 0, 0);
    for (stem, doc, gold) in seeds() {
        for q in &doc.quotes {
            assert_eq!(doc.article.text.get(q.start..q.end), Some(q.text.as_str()));
        }
        for g in gold["quotes"].as_array().unwrap() {
            if g.get("optional").and_then(|o| o.as_bool()) == Some(true) {
                continue;
            }
            total += 1;
            let text = g["text"].as_str().unwrap();
            let Some(q) = doc.quotes.iter().find(|q| sim(text, &q.text) >= 0.6) else {
                eprintln!("{stem}: quote not found: {text}");
                continue;
            };
            found += 1;
            let kind = serde_json::to_value(q.kind).unwrap();
            kind_ok += usize::from(kind == g["kind"]);
            if speaker_ok(&g["speaker"], q) {
                right += 1;
            } else {
                eprintln!("{stem}: wrong speaker {:?} for {text}", q.speaker);
            }
        }
    }
    let a = right as f64 / total as f64;
    assert!(a >= QUOTES_ATTRIBUTED_FLOOR, "quotes attributed {a:.3}");
    assert_eq!(kind_ok, found, "quote kinds");
}
