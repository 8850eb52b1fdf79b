//! Stage 5: sentences with byte spans into the article text.
//!
//! The core of UAX #29 sentence boundaries, in one linear pass (the full
//! unicode-segmentation iterator cost more than boilerplate removal): a
//! terminator (. ! ? … 。！？), then closing quotes and brackets, then space
//! — but a full stop followed by a lowercase word ends nothing. Never across
//! a line break. Then the rules news prose needs: abbreviations ("U.S.",
//! "Gov.", "Nov. 15") and initials ("John F. Kennedy") do not end a sentence;
//! an ellipsis before a capital does.

mod rules;

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// Sentence terminators of scripts the fast rule does not cover (Devanagari
/// danda, Arabic and Urdu question mark and full stop, Armenian, Ethiopic,
/// Myanmar): paragraphs holding them are split by unicode-segmentation.
const OTHER_TERMINATORS: &[char] = &['।', '॥', '؟', '۔', '։', '።', '፧', '။', '܁', '܂'];

use rules::{FINAL_ABBREVIATIONS, MONTH_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS};

/// Splits `text` into sentences, never across a blank line.
pub(crate) fn split(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut para_start = 0;
    for para in text.split("\n\n") {
        let mut pending: Option<Span> = None;
        // Scripts whose terminators the fast rule does not know go through
        // the full UAX #29 segmenter.
        let pieces: Vec<(usize, &str)> = if has_other_terminator(para) {
            para.split_sentence_bound_indices().collect()
        } else {
            pieces(para)
        };
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

/// Whether `para` holds one of `OTHER_TERMINATORS`. Their UTF-8 forms all
/// start with one of a few lead bytes: most paragraphs are cleared by a
/// byte scan without decoding a character.
fn has_other_terminator(para: &str) -> bool {
    para.bytes().any(|b| OTHER_TERMINATOR_LEADS.contains(&b)) && para.contains(OTHER_TERMINATORS)
}

/// The UTF-8 lead bytes of `OTHER_TERMINATORS` (U+0589, U+061F, U+06D4,
/// U+0701/2, U+0964/5, U+104B, U+1362/7).
const OTHER_TERMINATOR_LEADS: [u8; 6] = [0xD6, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1];

/// Whether `c` ends a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇')
}

/// Whether `c` may follow a terminator inside the sentence it ends.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '」' | '』' | '›'
    ) || is_terminator(c)
}

/// The sentence pieces of one paragraph, each with its trailing space, as
/// `(offset, piece)`. Linear.
fn pieces(para: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = para.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let mut end = None;
        if c == '\n' {
            end = Some(i + 1);
        } else if is_terminator(c) {
            let full_stop_only = c == '.';
            let mut j = i + c.len_utf8();
            let mut stop_only = full_stop_only;
            while let Some(&(k, d)) = it.peek() {
                if !is_closer(d) {
                    break;
                }
                stop_only &= !matches!(d, '!' | '?' | '…');
                j = k + d.len_utf8();
                it.next();
            }
            let cjk = matches!(c, '。' | '！' | '？');
            let rest = para.get(j..).unwrap_or("");
            let after = rest.trim_start_matches([' ', '\t', '\u{a0}']);
            let spaced = after.len() < rest.len();
            let next = after.chars().next();
            let lower_next = next.is_some_and(char::is_lowercase);
            if rest.is_empty() || cjk || (spaced && !(stop_only && lower_next)) {
                let ws = rest.len() - after.len();
                // consume the space into this piece
                while it.peek().is_some_and(|&(k, _)| k < j + ws) {
                    it.next();
                }
                end = Some(j + ws);
            }
        }
        if let Some(e) = end {
            if let Some(piece) = para.get(start..e) {
                out.push((start, piece));
            }
            start = e;
        }
    }
    if let Some(piece) = para.get(start..) {
        if !piece.is_empty() {
            out.push((start, piece));
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
    let word_end = next
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(next.len(), |(i, _)| i);
    let next_word = next.get(..word_end).unwrap_or("");
    let next_digit = next.starts_with(|c: char| c.is_ascii_digit());
    let joined = crate::lexicon::with_lower(last, |lower| {
        if TITLE_ABBREVIATIONS.contains(&lower) {
            Some(true)
        } else if MONTH_ABBREVIATIONS.contains(&lower) || lower == "no" {
            Some(next_digit)
        } else if FINAL_ABBREVIATIONS.contains(&lower) {
            Some(!SENTENCE_OPENERS.contains(&next_word))
        } else {
            None
        }
    });
    if let Some(j) = joined {
        return j;
    }
    // an initial: one capital letter ("John F. Kennedy")
    last.chars().count() == 1 && last.chars().all(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_bytes_cover_every_other_terminator() {
        for &c in OTHER_TERMINATORS {
            let mut b = [0u8; 4];
            let lead = c.encode_utf8(&mut b).as_bytes()[0];
            assert!(OTHER_TERMINATOR_LEADS.contains(&lead), "{c}");
            assert!(has_other_terminator(&format!("a{c} b")));
        }
        assert!(!has_other_terminator("Plain. Text… “quoted” — done。"));
    }

    #[test]
    fn other_scripts_use_uax29() {
        let t = "भारत एक देश है। यह बड़ा है।";
        let s: Vec<&str> = split(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(s, vec!["भारत एक देश है।", "यह बड़ा है।"]);
    }

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
    fn other_scripts_and_line_breaks() {
        let t = "会谈开始了。双方同意合作！Line one\nLine two";
        assert_eq!(
            sents(t),
            vec!["会谈开始了。", "双方同意合作！", "Line one", "Line two"]
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
