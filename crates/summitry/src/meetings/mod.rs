//! Stage 8: meetings — who met whom, when, where, and whether it happened.

use chrono::NaiveDate;

use crate::{Meeting, Person, Span};

/// Finds the meetings `text` reports; relative dates resolve against `reference`.
pub(crate) fn run(
    _text: &str,
    _sentences: &[Span],
    _people: &[Person],
    _reference: Option<NaiveDate>,
) -> Vec<Meeting> {
    Vec::new()
}
