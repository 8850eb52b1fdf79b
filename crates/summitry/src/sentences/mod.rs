//! Stage 5: sentences with byte spans into the article text.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "u.s", "u.k", "u.n",
    "a.m", "p.m", "inc", "corp", "jr", "sr", "prof",
];

/// Splits `text` into sentences, never across a blank line.
pub(crate) fn split(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut para_start = 0;
    for para in text.split("\n\n") {
        let mut pending: Option<Span> = None;
        for (off, s) in para.split_sentence_bound_indices() {
            let start = para_start + off;
            let span = match pending.take() {
                Some(p) => Span::new(p.start, start + s.len()),
                None => Span::new(start, start + s.len()),
            };
            if ends_with_abbreviation(s.trim_end()) {
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

fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

fn ends_with_abbreviation(s: &str) -> bool {
    let Some(stripped) = s.strip_suffix('.') else {
        return false;
    };
    let last = stripped
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = last.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        || (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_abbreviations_inside() {
        let t = "U.S. President Joe Biden met Mr. Xi on Nov. 15. They talked.";
        let s: Vec<&str> = split(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            vec![
                "U.S. President Joe Biden met Mr. Xi on Nov. 15.",
                "They talked."
            ]
        );
    }
}
