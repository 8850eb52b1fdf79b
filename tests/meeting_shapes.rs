//! The meeting shapes named by issue #6, one case each, as data
//! (`fixtures/shapes/meetings.json`): a sentence or two, the reference date,
//! and what the meetings stage must report. Each case runs the whole text
//! pipeline and compares the serialized meetings, so a shape that stops
//! being read fails here with its name.
//!
//! An expected meeting lists `participants` (names, or objects with
//! `country` / `role_has`) that must all be in one reported meeting; the
//! other keys are checked only when present: `status`, `kind`, `date`
//! (resolved value or null), `date_text_has`, `location`, `occasion_has`,
//! `duration` (minutes), `topic_has`, `outcome_has`, `evidence_min`,
//! `min_participants`. The number of reported meetings must equal the number
//! expected.
//!
//! A case marked `"pending": "why"` is a known gap: it must still fail, so
//! that the day it passes the mark has to come off.

use serde_json::Value;

use crate::util::{fixtures, read_json};

/// The reference date of a case without its own `ref`: a Friday.
const DEFAULT_REF: &str = "2023-11-17";

fn run(case: &Value) -> Vec<Value> {
    let reference = match case.get("ref") {
        Some(Value::Null) => None,
        Some(v) => v.as_str().map(|s| s.parse().unwrap()),
        None => Some(DEFAULT_REF.parse().unwrap()),
    };
    let opts = summitry::Options::new()
        .with_input(summitry::InputFormat::Text)
        .with_reference_date(reference);
    let text = case["text"].as_str().unwrap();
    let doc = summitry::extract(text.as_bytes(), &opts).unwrap();
    let json = serde_json::to_value(&doc).unwrap();
    json["meetings"].as_array().cloned().unwrap_or_default()
}

fn party_fits(want: &Value, got: &Value) -> bool {
    match want {
        Value::String(name) => got["name"].as_str() == Some(name.as_str()),
        Value::Object(o) => o.iter().all(|(k, v)| match k.as_str() {
            "country" => got["country"] == *v,
            "role_has" => got["role"]
                .as_str()
                .zip(v.as_str())
                .is_some_and(|(r, w)| r.contains(w)),
            _ => panic!("unknown participant key {k}"),
        }),
        _ => panic!("bad participant {want}"),
    }
}

fn has(got: &Value, key: &str, want: &Value) -> bool {
    let text_has = |v: &Value| {
        v.as_str()
            .zip(want.as_str())
            .is_some_and(|(s, w)| s.contains(w))
    };
    let list_has = |v: &Value| v.as_array().is_some_and(|l| l.iter().any(text_has));
    match key {
        "participants" => want.as_array().unwrap().iter().all(|w| {
            got["participants"]
                .as_array()
                .is_some_and(|ps| ps.iter().any(|p| party_fits(w, p)))
        }),
        "status" | "kind" | "location" => got[key] == *want,
        "date" => got["date"]["value"] == *want,
        "date_text_has" => text_has(&got["date"]["text"]),
        "occasion_has" => text_has(&got["occasion"]),
        "duration" => got["duration"]["minutes"] == *want,
        "topic_has" => list_has(&got["topics"]),
        "outcome_has" => list_has(&got["outcomes"]),
        "evidence_min" => {
            got["evidence"].as_array().map_or(0, Vec::len) as u64 >= want.as_u64().unwrap()
        }
        "min_participants" => {
            got["participants"].as_array().map_or(0, Vec::len) as u64 >= want.as_u64().unwrap()
        }
        _ => panic!("unknown expectation key {key}"),
    }
}

/// Returns the first expectation key `got` fails, if any.
fn first_miss<'a>(want: &'a Value, got: &Value) -> Option<&'a str> {
    want.as_object()
        .unwrap()
        .iter()
        .find(|(k, v)| !has(got, k, v))
        .map(|(k, _)| k.as_str())
}

/// What the reported meetings of `case` get wrong, one line per miss.
fn misses(case: &Value) -> Vec<String> {
    let got = run(case);
    let want = case["expect"].as_array().unwrap();
    if got.len() != want.len() {
        return vec![format!(
            "{} meetings, want {}: {got:?}",
            got.len(),
            want.len()
        )];
    }
    // Each expected meeting takes a reported one of its own: a full fit
    // first, so two expectations never both count one report.
    let mut free: Vec<&Value> = got.iter().collect();
    let mut out = Vec::new();
    for w in want {
        if let Some(i) = free.iter().position(|g| first_miss(w, g).is_none()) {
            free.remove(i);
            continue;
        }
        let closest = free
            .iter()
            .position(|g| has(g, "participants", &w["participants"]));
        let key = closest
            .and_then(|i| free.get(i))
            .and_then(|g| first_miss(w, g))
            .unwrap_or("participants");
        out.push(format!(
            "`{key}` differs in {:?}",
            closest.map(|i| free.remove(i))
        ));
    }
    out
}

#[test]
fn issue_6_meeting_shapes() {
    let cases = read_json(&fixtures().join("shapes/meetings.json"));
    let mut failures = Vec::new();
    for case in cases.as_array().unwrap() {
        let shape = case["shape"].as_str().unwrap();
        let misses = misses(case);
        match (case.get("pending"), misses.is_empty()) {
            (None, false) => failures.extend(misses.into_iter().map(|m| format!("{shape}: {m}"))),
            (Some(why), true) => {
                failures.push(format!("{shape}: passes now, drop `pending` ({why})"))
            }
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} shape(s) fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
