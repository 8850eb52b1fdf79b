//! Stage 5: sentences with byte spans into the article text.
//!
//! UAX #29 sentence boundaries (unicode-segmentation), never across a
//! blank line, corrected for what news prose does to them: abbreviations
//! ("U.S.", "Gov.", "Nov. 15"), initials ("John F. Kennedy"). Closing
//! quotation marks after a full stop and ellipses inside a sentence are
//! already handled by UAX #29 and are kept under test here.

mod rules;

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

use rules::{FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS};

/// Splits `text` into sentences, never across a blank line.
pub(crate) fn split(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut para_start = 0;
    for para in text.split("\n\n") {
        let mut pending: Option<Span> = None;
        let pieces: Vec<(usize, &str)> = para
            .split_sentence_bound_indices()
            .flat_map(|(off, s)| split_after_ellipsis(off, s))
            .collect();
        for (k, &(off, s)) in pieces.iter().enumerate() {
            let start = para_start + off;
            let span = match pending.take() {
                Some(p) => Span::new(p.start, start + s.len()),
                None => Span::new(start, start + s.len()),
            };
            let next = pieces.get(k + 1).map_or("", |&(_, n)| n);
            if continues(s.trim_end(), next.trim_start()) {
                pending = Some(span);
            } else {
                out.push(trim(text, span));
            }
        }
        if let Some(p) = pending {
            out.push(trim(text, p));
        }
        para_start += para.len() + 2;
    }
    out.retain(|s| !s.is_empty());
    out
}

/// UAX #29 does not end a sentence at "…": split after one that is
/// followed by a space and a capital letter.
fn split_after_ellipsis(off: usize, s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in s.match_indices('…') {
        let cut = i + '…'.len_utf8();
        let rest = s.get(cut..).unwrap_or("");
        let after = rest.trim_start();
        if after.len() < rest.len() && after.starts_with(char::is_uppercase) {
            let ws = rest.len() - after.len();
            if let Some(piece) = s.get(from..cut + ws) {
                out.push((off + from, piece));
                from = cut + ws;
            }
        }
    }
    if let Some(piece) = s.get(from..) {
        if !piece.is_empty() {
            out.push((off + from, piece));
        }
    }
    out
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(
        span.start + lead,
        span.end.saturating_sub(trail).max(span.start + lead),
    )
}

/// Whether the sentence piece `s` (ending in a full stop) is cut short by
/// an abbreviation or an initial, so that `next` continues it.
fn continues(s: &str, next: &str) -> bool {
    if next.is_empty() || s.ends_with('\n') {
        return false;
    }
    let Some(stripped) = s.strip_suffix('.') else {
        return false;
    };
    if stripped.ends_with('.') {
        return false; // an ellipsis
    }
    let last = stripped
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let lower = last.to_lowercase();
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let next_digit = next.starts_with(|c: char| c.is_ascii_digit());
    if TITLE_ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    if MONTH_ABBREVIATIONS.contains(&lower.as_str()) {
        return next_digit;
    }
    if lower == "no" {
        return next_digit;
    }
    if FINAL_ABBREVIATIONS.contains(&lower.as_str()) {
        return !SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    // an initial: one capital letter ("John F. Kennedy")
    last.chars().count() == 1 && last.chars().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(t: &str) -> Vec<&str> {
        split(t).iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn keeps_abbreviations_inside() {
        let t = "U.S. President Joe Biden met Mr. Xi on Nov. 15. They talked.";
        assert_eq!(
            sents(t),
            vec![
                "U.S. President Joe Biden met Mr. Xi on Nov. 15.",
                "They talked."
            ]
        );
    }

    #[test]
    fn sentence_final_abbreviation_ends_before_an_opener() {
        let t = "He lives in the U.S. He likes it. Gov. Smith came at 9 a.m. to vote.";
        assert_eq!(
            sents(t),
            vec![
                "He lives in the U.S.",
                "He likes it.",
                "Gov. Smith came at 9 a.m. to vote."
            ]
        );
    }

    #[test]
    fn initials_stay_inside() {
        let t = "John F. Kennedy spoke. Then he left.";
        assert_eq!(sents(t), vec!["John F. Kennedy spoke.", "Then he left."]);
    }

    #[test]
    fn closing_quote_after_the_full_stop() {
        let t = "He said, “We agreed.” Then they left. “Really?” she asked.";
        assert_eq!(
            sents(t),
            vec![
                "He said, “We agreed.”",
                "Then they left.",
                "“Really?”",
                "she asked."
            ]
        );
    }

    #[test]
    fn ellipses() {
        let t = "We waited... and waited. It ended… Then the talks began.";
        assert_eq!(
            sents(t),
            vec![
                "We waited... and waited.",
                "It ended…",
                "Then the talks began."
            ]
        );
    }

    #[test]
    fn never_across_a_blank_line() {
        let t = "First paragraph without a stop\n\nSecond one.";
        assert_eq!(
            sents(t),
            vec!["First paragraph without a stop", "Second one."]
        );
    }

    #[test]
    fn number_abbreviation() {
        let t = "He is ranked No. 1 in the polls. The answer was no. Then came the vote.";
        assert_eq!(
            sents(t),
            vec![
                "He is ranked No. 1 in the polls.",
                "The answer was no.",
                "Then came the vote."
            ]
        );
    }
}
