//! What a meeting's own sentences leave open, the story around them often says: a date stated
//! elsewhere in its evidence ("said in a statement Saturday"), the day the lead sets ("President
//! Obama spent Thursday …"), and the dateline city ("ORLANDO, Fla. (Reuters) —").

use chrono::NaiveDate;

use super::cues::{DATELINE_DAYS, LEAD_SENTENCES};
use super::dates::{self, Expr, Tense};
use super::gazetteer;
use super::merge::Rec;
use super::tokens::Tok;
use crate::{MeetingStatus, Span};

/// Fills the date and place of held meetings from their evidence, the lead and the dateline.
pub(crate) fn fill(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
    reference: Option<NaiveDate>,
) {
    if recs.is_empty() {
        return;
    }
    let lead = lead_day(text, sents, reference);
    let place = dateline(text, sents);
    // Where the meeting told just before, with a party in common, took place: the stops of one
    // trip ("his meeting in London with Sunak was canceled … Mitsotakis did meet with Starmer").
    let mut prev_place: Vec<Option<String>> = Vec::with_capacity(recs.len());
    for (i, r) in recs.iter().enumerate() {
        let first = r.evidence.first().map_or(0, |e| e.start);
        let near = recs.get(..i).unwrap_or(&[]).iter().rev().find(|q| {
            q.location.is_some()
                && q.evidence.iter().any(|e| e.start < first)
                && value(q) == value(r)
                && q.parties
                    .iter()
                    .any(|x| x.name.is_some() && r.parties.iter().any(|y| y.name == x.name))
        });
        let prev = r
            .evidence
            .first()
            .and_then(|e| sentence_of(sentences, e))
            .and_then(|k| k.checked_sub(1));
        // "Biden met Xi in Bali in November 2022. Biden met Xi again on Wednesday": the place of
        // a meeting the sentence before dates otherwise is that meeting's.
        let other_day = prev.is_some_and(|k| {
            recs.iter().enumerate().any(|(j, q)| {
                j != i
                    && q.evidence
                        .iter()
                        .any(|e| sentence_of(sentences, e) == Some(k))
                    && matches!((value(q), value(r)), (Some(a), Some(b)) if a != b)
            })
        });
        let before = prev
            .filter(|_| !other_day)
            .and_then(|k| sents.get(k))
            .and_then(|toks| {
                // "Biden spoke in Ohio.": the place of that sentence's own event.
                super::place::location(text, toks, 0, 0, toks.len(), false)
                    .filter(|x| !super::place::own_event_place(toks, x.0))
            })
            .map(|x| x.1);
        prev_place.push(near.and_then(|q| q.location.clone()).or(before));
    }
    for (r, ctx) in recs
        .iter_mut()
        .zip(prev_place)
        .filter(|(r, _)| r.status == MeetingStatus::Held)
    {
        if r.date.is_none() {
            let day = r
                .telling()
                .find_map(|e| day_in(text, sentences, sents, e, reference));
            r.date = day.or_else(|| lead.clone());
        }
        let recent = match (
            r.date
                .as_ref()
                .and_then(|d| d.value.as_deref())
                .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()),
            reference,
        ) {
            (Some(d), Some(rf)) => (rf - d).num_days().abs() <= DATELINE_DAYS,
            (None, _) => r.date.as_ref().is_none_or(|d| d.value.is_none()),
            _ => false,
        };
        if r.location.is_none() {
            // Evidence that tells no details ("have met before, in Bali") gives no place.
            let place = r
                .telling()
                .find_map(|e| place_in(text, sentences, sents, e));
            r.location = place;
        }
        // "… in Bali. The last time … was in 2016": a meeting of an earlier year was elsewhere.
        // "Biden flew to Bali. In November 2022, Biden met Xi there": "there" points back.
        let there = r.evidence.iter().any(|e| {
            sentence_of(sentences, e)
                .and_then(|k| sents.get(k))
                .is_some_and(|t| super::attrs::says_there(t))
        });
        if r.location.is_none() && (there || !super::attrs::of_earlier_year(r, reference)) {
            r.location = ctx;
        }
        if r.location.is_none() && recent {
            r.location = place.clone();
        }
    }
}

/// A day named in one evidence sentence ("in a statement Saturday"), resolved in the past.
fn day_in(
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
    e: &Span,
    reference: Option<NaiveDate>,
) -> Option<crate::DateRef> {
    let toks = sents.get(sentence_of(sentences, e)?)?;
    dates::find(toks)
        .iter()
        .find(|d| !d.since && !d.of_report && matches!(d.what, Expr::Weekday(..) | Expr::Days(_)))
        .map(|d| dates::date_ref(text, toks, d, reference, Tense::Past))
        .filter(|d| d.value.is_some())
}

/// A record's resolved date, else the date as written, if any.
fn value(r: &Rec) -> Option<&str> {
    r.date
        .as_ref()
        .map(|d| d.value.as_deref().unwrap_or(d.text.as_str()))
}

/// The index of the sentence an evidence span starts in.
fn sentence_of(sentences: &[Span], e: &Span) -> Option<usize> {
    sentences
        .partition_point(|s| s.start <= e.start)
        .checked_sub(1)
        .filter(|&i| sentences.get(i).is_some_and(|s| e.start < s.end))
}

/// A place named in one evidence sentence ("in the U.S. Capitol", "at the White House").
fn place_in(text: &str, sentences: &[Span], sents: &[Vec<Tok>], e: &Span) -> Option<String> {
    let toks = sents.get(sentence_of(sentences, e)?)?;
    super::place::location(text, toks, 0, 0, toks.len(), false).map(|x| x.1)
}

/// The day the first sentences of the story set ("spent Thursday", "on Wednesday").
fn lead_day(
    text: &str,
    sents: &[Vec<Tok>],
    reference: Option<NaiveDate>,
) -> Option<crate::DateRef> {
    sents.iter().take(LEAD_SENTENCES).find_map(|toks| {
        dates::find(toks)
            .iter()
            .find(|d| !d.since && matches!(d.what, Expr::Weekday(_, 0) | Expr::Days(_)))
            .map(|d| dates::date_ref(text, toks, d, reference, Tense::Past))
            .filter(|d| d.value.is_some())
    })
}

/// The dateline city: capital letters opening a sentence of the lead, then "(", a dash, or a
/// comma and a state ("WASHINGTON (AP) —", "ROME -", "ORLANDO, Fla.").
pub(crate) fn dateline(text: &str, sents: &[Vec<Tok>]) -> Option<String> {
    sents.iter().take(LEAD_SENTENCES).find_map(|toks| {
        let upper = |t: &Tok| {
            t.word
                && text.get(t.start..t.end).is_some_and(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        && !w.chars().any(char::is_lowercase)
                })
        };
        let n = toks.iter().take(4).take_while(|t| upper(t)).count();
        let (first, last, next) = (toks.first()?, toks.get(n.checked_sub(1)?)?, toks.get(n)?);
        let after = toks.get(n + 1);
        let ok = matches!(next.lower.as_str(), "(" | "—" | "–" | "-")
            || (next.lower == "," && after.is_some_and(|a| a.cap));
        if !ok {
            return None;
        }
        let raw = text.get(first.start..last.end)?;
        if let Some(p) = gazetteer::lookup(raw) {
            return Some(match p {
                gazetteer::Place::City(c, _) => c.to_string(),
                other => other.country().to_string(),
            });
        }
        // A city the gazetteer does not hold: its name in title case.
        Some(
            raw.split_whitespace()
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next().map_or(String::new(), |f| {
                        f.to_uppercase()
                            .chain(cs.flat_map(char::to_lowercase))
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .join(" "),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn line(t: &str) -> Option<String> {
        let toks = tokenize(t, 0, t.len());
        dateline(t, &[toks])
    }

    #[test]
    fn datelines() {
        assert_eq!(
            line("WASHINGTON (AP) — The Latest").as_deref(),
            Some("Washington")
        );
        assert_eq!(
            line("ORLANDO, Fla. (Reuters) - President").as_deref(),
            Some("Orlando")
        );
        assert_eq!(
            line("NEW YORK — The president").as_deref(),
            Some("New York")
        );
        assert_eq!(line("The president met NATO leaders (AP)"), None);
        assert_eq!(line("NATO, the alliance, met"), None);
    }
}
