//! Helpers shared by the integration tests: fixtures and a small scorer
//! mirroring `shared/tools/score.py`'s body and record metrics.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The fixtures folder.
pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Reads a JSON file.
pub fn read_json(path: &Path) -> serde_json::Value {
    let s = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Lowercases, unifies quote marks, and keeps word characters, as score.py's `norm`.
pub fn norm(s: &str) -> String {
    let s = s
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"")
        .to_lowercase();
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '\'' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn shingles(s: &str) -> HashMap<Vec<String>, usize> {
    let t = tokens(s);
    let mut m = HashMap::new();
    if t.len() < 4 {
        if !t.is_empty() {
            *m.entry(t).or_insert(0) += 1;
        }
        return m;
    }
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Body F1 over 4-token shingles, as score.py computes it for one document.
pub fn body_f1(gold: &str, pred: &str) -> f64 {
    let (g, p) = (shingles(gold), shingles(pred));
    let tp: usize = g
        .iter()
        .map(|(k, v)| (*v).min(*p.get(k).unwrap_or(&0)))
        .sum();
    let gs: usize = g.values().sum();
    let ps: usize = p.values().sum();
    if tp == 0 {
        return 0.0;
    }
    let (pr, re) = (tp as f64 / ps as f64, tp as f64 / gs as f64);
    2.0 * pr * re / (pr + re)
}
