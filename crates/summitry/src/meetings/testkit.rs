//! Shared scaffolding of the stage's tests: run it on a short text, read
//! the parties back, cut a text into sentence spans and tokens.

use super::tokens::{tokenize, Tok};
use super::*;
use crate::sentences::split;

/// The meetings of `t`, with `r` (YYYY-MM-DD) as the reference date.
pub(super) fn meet(t: &str, r: &str) -> Vec<Meeting> {
    run(
        t,
        &split(t),
        &[],
        NaiveDate::parse_from_str(r, "%Y-%m-%d").ok(),
    )
}

/// Each party of `m` as its name, else its country, in record order.
pub(super) fn names(m: &Meeting) -> Vec<String> {
    m.participants
        .iter()
        .map(|p| {
            p.name
                .clone()
                .or_else(|| p.country.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// `t` cut after each ". " into sentence spans, and their tokens.
pub(super) fn sents(t: &str) -> (Vec<Span>, Vec<Vec<Tok>>) {
    let mut spans = Vec::new();
    let mut start = 0;
    for part in t.split_inclusive(". ") {
        spans.push(Span {
            start,
            end: start + part.len(),
        });
        start += part.len();
    }
    let toks = spans.iter().map(|s| tokenize(t, s.start, s.end)).collect();
    (spans, toks)
}

/// A held record of the named parties, of `kind`, stated by `evidence`.
pub(super) fn held_rec(names: &[&str], kind: MeetingKind, evidence: Vec<Span>) -> merge::Rec {
    merge::Rec::new(
        kind,
        names
            .iter()
            .map(|n| crate::Participant {
                name: Some((*n).to_string()),
                role: None,
                country: None,
            })
            .collect(),
        MeetingStatus::Held,
        evidence,
        0,
    )
}
