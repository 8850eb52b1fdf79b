//! A date told for a meeting in a later sentence of its paragraph by pointing back at it
//! ("… arrived at the White House for a hastily arranged visit. … on that day back in March
//! 2010").

use chrono::NaiveDate;

use super::super::attrcues::{
    BACKREF_BYTES, BACKREF_NOUNS, BACKREF_PARAGRAPHS, BACKREF_REACH, BACKREF_THAT, BACKREF_WORD,
};
use super::super::tokens::{tokenize, Tok};
use super::{date_ref, find, Found, Tense};
use crate::wordclass::DEMONSTRATIVES;
use crate::{DateRef, Span};

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

/// Whether the words just before the date point back at a thing told already: "back in",
/// "that day", "that visit" (a demonstrative on a noun of time or of a meeting).
fn points_back(toks: &[Tok], f: &Found) -> bool {
    let lo = f.a.saturating_sub(BACKREF_REACH);
    (lo..f.a).any(|k| {
        let w = lw(toks, k);
        w == BACKREF_WORD
            || ((w == BACKREF_THAT || DEMONSTRATIVES.contains(&w))
                && BACKREF_NOUNS.contains(&lw(toks, k + 1)))
    })
}

/// The date a later sentence of the same or the next paragraph gives the meeting told in `span`
/// by pointing back at it; `None` when no date there points back.
pub(crate) fn told_after(
    text: &str,
    span: Span,
    reference: Option<NaiveDate>,
    tense: Tense,
) -> Option<DateRef> {
    let rest = text.get(span.end..)?;
    // Up to the end of the next paragraph: a short news paragraph often ends on the meeting
    // and the next one opens on the pointer back.
    let mut breaks = 0;
    let mut end = rest.len();
    let mut prev = ' ';
    for (i, c) in rest.char_indices().take_while(|&(i, _)| i < BACKREF_BYTES) {
        if c == '\n' && prev != '\n' {
            breaks += 1;
            if breaks > BACKREF_PARAGRAPHS {
                end = i;
                break;
            }
        }
        prev = c;
    }
    let mut end = end.min(BACKREF_BYTES);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let toks = tokenize(text, span.end, span.end + end);
    find(&toks)
        .iter()
        .find(|f| !f.since && !f.of_report && points_back(&toks, f))
        .map(|f| date_ref(text, &toks, f, reference, tense))
        .filter(|d| d.value.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(t: &str) -> Option<String> {
        let end = t.find('.').map_or(t.len(), |i| i + 1);
        told_after(t, Span { start: 0, end }, None, Tense::Past).and_then(|d| d.value)
    }

    #[test]
    fn a_later_sentence_pointing_back_dates_the_meeting() {
        assert_eq!(
            after("Lane arrived at the palace for a hastily arranged visit. It was a show of respect on that day back in March 2010."),
            Some("2010-03".into())
        );
        assert_eq!(
            after("Lane arrived at the palace. That visit in May 2009 went badly."),
            Some("2009-05".into())
        );
    }

    #[test]
    fn another_events_date_or_a_later_paragraph_does_not() {
        assert_eq!(
            after("Lane arrived at the palace. Ruiz had won the election in March 2010."),
            None
        );
        assert_eq!(
            after("Lane arrived at the palace.\n\nThat visit in May 2009 went badly."),
            Some("2009-05".into())
        );
        assert_eq!(
            after("Lane arrived at the palace.\n\nHe left.\n\nThat visit in May 2009 went badly."),
            None
        );
    }
}
