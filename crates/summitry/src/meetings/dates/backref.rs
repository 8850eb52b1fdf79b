//! A date told for a meeting in a later sentence of its paragraph by pointing back at it
//! ("… arrived at the White House for a hastily arranged visit. … on that day back in March
//! 2010").

use chrono::NaiveDate;

use super::super::attrcues::{
    BACKREF_BYTES, BACKREF_LINKS, BACKREF_NOUNS, BACKREF_PARAGRAPHS, BACKREF_REACH, BACKREF_THAT,
};
use super::super::names::Index;
use super::super::tokens::{tokenize, Tok};
use super::super::triggers;
use super::{date_ref, find, lw, Found, Tense};
use crate::wordclass::{BE_HAVE_FINITE, DEMONSTRATIVES, SUBJECT_PRONOUNS};
use crate::{DateRef, Span};

/// The token of the demonstrative that points the date back at a thing told already ("on that
/// day back in", "that visit in"): a demonstrative on a noun of time or of a meeting, with only
/// link words between it and the date.
pub(crate) fn points_back(toks: &[Tok], f: &Found) -> Option<usize> {
    let lo = f.a.saturating_sub(BACKREF_REACH);
    (lo..f.a).find(|&k| {
        let w = lw(toks, k);
        (w == BACKREF_THAT || DEMONSTRATIVES.contains(&w))
            && BACKREF_NOUNS.contains(&lw(toks, k + 1))
            && (k + 2..f.a).all(|j| BACKREF_LINKS.contains(&lw(toks, j)))
    })
}

fn is_stop(t: &Tok) -> bool {
    !t.word && matches!(t.lower.as_str(), "." | "?" | "!")
}

/// Whether the sentence `[s, e)` holding the pointer at `k` (date `f`) tells an event of its own: a
/// meeting trigger other than the pointer's noun ("Biden first met Xi back in …"), or a
/// finite verb whose subject is a plain noun ("protests had erupted", "On that day in 2019,
/// protests …").
fn own_event(toks: &[Tok], s: usize, e: usize, k: usize, f: &Found, idx: &Index) -> bool {
    let sent = toks.get(s..e).unwrap_or(&[]);
    if triggers::find(sent, idx)
        .iter()
        .any(|t| s + t.a != k + 1 && s + t.a != k)
    {
        return true;
    }
    let plain_noun = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.word
                && !t.cap
                && t.lower.chars().all(char::is_alphabetic)
                && !SUBJECT_PRONOUNS.contains(&t.lower.as_str())
                && !BACKREF_NOUNS.contains(&t.lower.as_str())
                && !(k..f.b).contains(&j)
        })
    };
    // A fronted "On that day in 2019," then the clause's own subject.
    if lw(toks, f.b) == "," && plain_noun(f.b + 1) {
        return true;
    }
    // Not the sentence's first word: its capital hides whether it is a name.
    (s + 2..e).any(|j| BE_HAVE_FINITE.contains(&lw(toks, j)) && plain_noun(j - 1))
}

/// Whether a value fits the tense: no past date for a planned meeting, no future one for a
/// held one (compared at the value's own precision).
fn fits(value: &str, reference: Option<NaiveDate>, tense: Tense) -> bool {
    let Some(r) = reference else { return true };
    let r = r.format("%Y-%m-%d").to_string();
    let r = r.get(..value.len()).unwrap_or(&r);
    match tense {
        Tense::Past => value <= r,
        Tense::Future => value >= r,
    }
}

/// The date a later sentence of the same or the next paragraph gives the meeting told in `span`
/// by pointing back at it; `None` when no date there points back.
pub(crate) fn told_after(
    text: &str,
    span: Span,
    reference: Option<NaiveDate>,
    tense: Tense,
    idx: &Index,
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
    let sentence = |a: usize| {
        let s = (0..a)
            .rev()
            .find(|&j| toks.get(j).is_some_and(is_stop))
            .map_or(0, |j| j + 1);
        let e = (a..toks.len())
            .find(|&j| toks.get(j).is_some_and(is_stop))
            .unwrap_or(toks.len());
        (s, e)
    };
    find(&toks)
        .iter()
        .filter(|f| !f.since && !f.of_report)
        .filter_map(|f| points_back(&toks, f).map(|k| (f, k)))
        .filter(|&(f, k)| {
            let (s, e) = sentence(k);
            !own_event(&toks, s, e, k, f, idx)
        })
        .map(|(f, _)| date_ref(text, &toks, f, reference, tense))
        .find(|d| {
            d.value
                .as_deref()
                .is_some_and(|v| fits(v, reference, tense))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(t: &str) -> Option<String> {
        let end = t.find('.').map_or(t.len(), |i| i + 1);
        told_after(
            t,
            Span { start: 0, end },
            None,
            Tense::Past,
            &Index::default(),
        )
        .and_then(|d| d.value)
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

    fn planned(t: &str) -> Option<String> {
        let end = t.find('.').map_or(t.len(), |i| i + 1);
        let r = NaiveDate::from_ymd_opt(2023, 11, 17);
        told_after(
            t,
            Span { start: 0, end },
            r,
            Tense::Future,
            &Index::default(),
        )
        .and_then(|d| d.value)
    }

    #[test]
    fn unrelated_later_events_do_not_date_the_meeting() {
        for t in [
            "Lane met Ruiz in Woodside. The two sides agreed to restore military talks, which Ruiz suspended back in August 2022.",
            "Lane met Ruiz in Woodside. Ruiz last visited the country back in 2017.",
            "Lane met Ruiz in Woodside. Lane first met Ruiz back in 2011, when both were deputies.",
            "Lane met Ruiz in Woodside. At that time in 2013, Ruiz had just taken office.",
            "Lane met Ruiz in Woodside. On that day in 2019, protests had erupted in the capital.",
            "Lane met Ruiz in Woodside. Protests erupted across the capital on that day in 2019, and crowds had gathered.",
        ] {
            assert_eq!(after(t), None, "{t}");
        }
        assert_eq!(
            planned("Lane will meet Ruiz in Woodside. That meeting in Bali in November 2022 was cordial."),
            None
        );
        assert_eq!(
            planned("Lane will meet Ruiz in Woodside. That visit in November 2022 was cordial."),
            None
        );
        assert_eq!(
            planned("Lane will meet Ruiz in Woodside. It will be a show of respect on that day in December 2023."),
            Some("2023-12".into())
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
