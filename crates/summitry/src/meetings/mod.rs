//! Stage 8: meetings — who met whom, when, where, and whether it happened.
//!
//! Per sentence: triggers ([`triggers`]) and party candidates ([`parties`]);
//! each trigger takes the parties standing around it, a status from the cue
//! words near it ([`cues`]), a date ([`dates`]), place and occasion
//! ([`place`]), duration ([`duration`]) and topics/outcomes ([`details`]).
//! Mentions of one meeting fold into one record ([`merge`]); mentions with no
//! parties of their own ("the talks", "their meeting") join the meeting in
//! focus. People other sentences put at a held meeting join it ([`attendance`]),
//! and a meeting of three or more parties is bilateral or multilateral by its
//! sides ([`camps`]). Every pass is linear in the text, with tables compiled once.

mod arrivals;
mod attendance;
mod attrcues;
mod attrs;
mod camps;
mod cues;
mod cueset;
mod dates;
mod details;
mod duration;
mod fallback;
mod forums;
mod gazetteer;
mod local;
mod merge;
mod names;
mod offices;
mod parties;
mod partycues;
mod place;
mod records;
mod repeats;
mod select;
mod sentence;
mod settle;
mod tokens;
mod triggers;

use chrono::NaiveDate;

use crate::{Meeting, MeetingKind, MeetingStatus, Person, Quote, Span};
use cues::{Class, AFTER_CUES, CANCELLED, CLAUSE_BREAKS, PAIR_SUBJECTS, PLANNED, PROPOSED};
use dates::Tense;
use records::{before_reference, into_meeting, meets_itself};
use sentence::{sentence, State};
use tokens::Tok;

/// Finds the meetings `text` reports, without its quotes (unit tests); relative
/// dates resolve against `reference`.
#[cfg(test)]
pub(crate) fn run(
    text: &str,
    sentences: &[Span],
    people: &[Person],
    reference: Option<NaiveDate>,
) -> Vec<Meeting> {
    run_with_quotes(text, sentences, people, &[], reference)
}

/// [`run`], with the quotes of the text: "I" inside a quote is its speaker ("“Late this
/// afternoon, I met with FBI Director James Comey …,” she said").
pub(crate) fn run_with_quotes(
    text: &str,
    sentences: &[Span],
    people: &[Person],
    quotes: &[Quote],
    reference: Option<NaiveDate>,
) -> Vec<Meeting> {
    // A sentence longer than the limit (a run-on table or a hostile page) is skipped, so the
    // per-sentence passes stay bounded and the whole stage linear in the text.
    let sents: Vec<Vec<Tok>> = sentences
        .iter()
        .map(|s| {
            if s.len() > cues::MAX_SENTENCE_BYTES {
                Vec::new()
            } else {
                tokens::tokenize(text, s.start, s.end)
            }
        })
        .collect();
    let mut idx = names::index(text, &sents, people);
    idx.add_speakers(text, sentences, quotes);
    let mut st = State {
        recs: Vec::new(),
        focus: None,
        prev: select::Prev::default(),
        recent: Vec::new(),
        counts: idx.counts(),
        sides: None,
    };
    for (si, (toks, span)) in sents.iter().zip(sentences).enumerate() {
        sentence(text, toks, *span, si, &idx, reference, &mut st);
    }
    fallback::fill(&mut st.recs, text, sentences, &sents, reference);
    // "Albanese meets Xi … Tuesday, November 15, 2022" under a later dateline: a caption's
    // present tense, of a meeting already held.
    for r in st.recs.iter_mut().filter(|r| {
        r.present
            && r.status == MeetingStatus::Planned
            && r.date
                .as_ref()
                .is_some_and(|d| before_reference(d, reference))
    }) {
        r.status = MeetingStatus::Held;
    }
    repeats::fold_country_visits(&mut st.recs);
    repeats::fold_repeats(&mut st.recs, text);
    attrs::refine(&mut st.recs, text, sentences, &sents, reference);
    attendance::join(&mut st.recs, text, sentences, &sents, &idx);
    st.recs
        .into_iter()
        .filter(|r| r.parties.len() >= 2 && !meets_itself(&r.parties))
        .map(into_meeting)
        .collect()
}

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

pub(super) fn phrase_at(toks: &[Tok], i: usize, p: &str) -> bool {
    first_word_is(p, lw(toks, i)) && p.split(' ').enumerate().all(|(k, w)| lw(toks, i + k) == w)
}

/// Whether `w` is the first word of phrase `p`: a cheap test before the full comparison.
pub(crate) fn first_word_is(p: &str, w: &str) -> bool {
    !w.is_empty() && p.starts_with(w) && p.as_bytes().get(w.len()).is_none_or(|b| *b == b' ')
}

/// The status the cue words around a trigger give it.
fn status(toks: &[Tok], lo: usize, mid: usize, hi: usize) -> MeetingStatus {
    static SETS: std::sync::OnceLock<[cueset::CueSet; 5]> = std::sync::OnceLock::new();
    let [cancelled, proposed, planned, after, off] = SETS.get_or_init(|| {
        [
            cueset::CueSet::new(CANCELLED),
            cueset::CueSet::new(PROPOSED),
            cueset::CueSet::new(PLANNED),
            cueset::CueSet::new(AFTER_CUES),
            cueset::CueSet::new(partycues::CANCELLED_AFTER),
        ]
    });
    let has = |set: &cueset::CueSet| {
        (lo..hi).any(|i| {
            set.at(toks, i).is_some_and(|(_, w)| {
                (i < mid || after.at(toks, i).is_some_and(|(_, a)| a == w))
                    && !(w == ["may"] && toks.get(i).is_some_and(|t| t.cap))
            })
        })
    };
    if has(cancelled) || (lo..hi).any(|i| off.at(toks, i).is_some()) {
        MeetingStatus::Cancelled
    } else if has(proposed) {
        MeetingStatus::Proposed
    } else if has(planned) {
        MeetingStatus::Planned
    } else {
        MeetingStatus::Held
    }
}

/// Start of the clause a token is in (after the last clause break before it).
fn clause_start(toks: &[Tok], i: usize, floor: usize) -> usize {
    (floor..i)
        .rev()
        .find(|&k| {
            toks.get(k)
                .is_some_and(|t| CLAUSE_BREAKS.contains(&t.lower.as_str()))
        })
        .map_or(floor, |k| k + 1)
}

fn tense(s: MeetingStatus) -> Tense {
    if s == MeetingStatus::Held {
        Tense::Past
    } else {
        Tense::Future
    }
}

fn kind_of(class: Class, n: usize) -> MeetingKind {
    match class {
        Class::Call => MeetingKind::Call,
        Class::Visit => MeetingKind::Visit,
        _ if n >= 3 || class == Class::Multi => MeetingKind::Multilateral,
        _ => MeetingKind::Bilateral,
    }
}

fn is_pair_subject(toks: &[Tok]) -> bool {
    let mut i = 0;
    while matches!(lw(toks, i), "but" | "and" | "meanwhile" | "," | "also") {
        i += 1;
    }
    if PAIR_SUBJECTS.iter().any(|p| phrase_at(toks, i, p)) {
        return true;
    }
    // "The Japanese government said the two diplomats discussed …".
    (0..toks.len()).any(|k| {
        PAIR_SUBJECTS.iter().filter(|p| p.contains(' ')).any(|p| {
            phrase_at(toks, k, p)
                && details::has_cue(
                    toks.get(
                        k + p.split(' ').count()..(k + p.split(' ').count() + 3).min(toks.len()),
                    )
                    .unwrap_or(&[]),
                )
        })
    })
}

#[cfg(test)]
mod testkit;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_parties;
#[cfg(test)]
mod tests_recall;
#[cfg(test)]
mod tests_review;
#[cfg(test)]
mod tests_shapes;
#[cfg(test)]
mod tests_visits;
