//! Topics told near a meeting's own sentences: a sentence that names its parties (or, while the
//! meeting is the one last told, one of them, the pair or a pronoun) and a topic cue tells what
//! the meeting was (to be) about. The window is the few sentences after each of the meeting's own:
//! a topic sentence does not carry it further, nor does the stretch between two far mentions
//! (both mostly brought in other aims of the article).

use super::super::attrcues::{
    ESCORTED, PRONOUN_SUBJECTS, SENTENCE_STUB_LEN, SUBJECT_LEADS, TALKS_OPENING_REACH,
};
use super::super::cues::{
    MAX_EVIDENCE, MAX_WINDOW, OPENING_DETERMINERS, OPENING_PREPS, OPENING_TALK_NOUNS, PAIR_PHRASES,
    TALKED, TOPIC_REACH,
};
use super::super::merge::Rec;
use super::super::tokens::Tok;
use super::super::{duration, place};
use super::{names_party, names_the_talks, sentence_of, PartyMark};
use crate::Span;

/// "In their discussion, …", "During the talks, …": a sentence that opens on the meeting itself.
fn about_the_talks(toks: &[Tok]) -> bool {
    let lw = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    OPENING_PREPS.contains(&lw(0))
        && OPENING_DETERMINERS.contains(&lw(1))
        && OPENING_TALK_NOUNS.contains(&lw(2))
}

/// Whether the sentence speaks of the pair together ("the two leaders", "both men").
fn has_pair_phrase(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| {
        PAIR_PHRASES.iter().any(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        })
    })
}

/// "Mitsotakis said he had hoped to discuss them with Sunak, along with …": a sentence near a
/// meeting that names its parties and a topic cue, and that no other meeting claims, tells what
/// the meeting was (to be) about.
pub(super) fn topics_nearby(recs: &mut [Rec], text: &str, sentences: &[Span], sents: &[Vec<Tok>]) {
    let mut owners: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    let ev: Vec<Vec<usize>> = recs
        .iter()
        .map(|r| {
            r.evidence
                .iter()
                .take(MAX_EVIDENCE)
                .filter_map(|e| sentence_of(sentences, e))
                .collect()
        })
        .collect();
    // The record in focus at each sentence: the one whose sentence was told last before it
    // (none when that sentence tells of several).
    let mut shared: Vec<bool> = vec![false; sents.len()];
    for (ri, idx) in ev.iter().enumerate() {
        for &si in idx {
            if owners.insert(si, ri).is_some_and(|o| o != ri) {
                if let Some(x) = shared.get_mut(si) {
                    *x = true;
                }
            }
        }
    }
    let mut focus: Vec<Option<usize>> = Vec::with_capacity(sents.len());
    let mut cur = None;
    for si in 0..sents.len() {
        if let Some(&ri) = owners.get(&si) {
            cur = (!shared.get(si).copied().unwrap_or(true)).then_some(ri);
        }
        focus.push(cur);
    }
    let mut cue: Vec<Option<(bool, bool)>> = vec![None; sents.len()];
    for (ri, r) in recs.iter_mut().enumerate() {
        let Some(idx) = ev.get(ri) else { continue };
        let (Some(&lo), Some(&hi)) = (idx.iter().min(), idx.iter().max()) else {
            continue;
        };
        // Both parties (two of a multilateral's) must be named.
        const NEED: usize = 2;
        if r.parties.len() < NEED {
            continue;
        }
        let marks: Vec<PartyMark> = r.parties.iter().map(PartyMark::of_either).collect();
        let cap = (lo + MAX_WINDOW).min(sents.len().saturating_sub(1));
        let hi = (hi + TOPIC_REACH).min(cap);
        // "Trump shelved plans for a summit with Putin on the Ukraine war. Trump's reversal came
        // days after he announced he would meet Putin": the sentence just before may say what
        // the meeting was about when it names both parties.
        if let Some(toks) = lo
            .checked_sub(1)
            .filter(|b| !owners.contains_key(b))
            .and_then(|b| sents.get(b))
        {
            if marks.iter().filter(|m| names_party(toks, m)).count() >= NEED {
                let (topics, _) = super::super::details::find(text, toks, 0, toks.len());
                let last = r.last;
                super::super::merge::extend(r, topics, Vec::new(), Vec::new(), last);
            }
        }
        let mut si = lo;
        while si <= hi {
            let here = si;
            si += 1;
            // Only the sentences just after one of its own: a long stretch between two far
            // mentions of a meeting is mostly about other things.
            if owners.contains_key(&here)
                || !idx.iter().any(|&x| x <= here && here <= x + TOPIC_REACH)
            {
                continue;
            }
            let Some(toks) = sents.get(here) else {
                continue;
            };
            let named = marks.iter().filter(|m| names_party(toks, m)).count();
            let both = named >= NEED;
            let pair = has_pair_phrase(toks);
            // "Kim was also briefed on …", "The KCNA said the two leaders discussed …", "But he
            // reiterated …": while the meeting is the one last told, one party, the pair, a
            // pronoun or "the summit" is enough.
            let in_focus = focus.get(here).copied().flatten() == Some(ri)
                && (named >= 1 || pair || pronoun_opens(toks) || names_the_talks(toks));
            if !both && !in_focus && !about_the_talks(toks) {
                continue;
            }
            // "Blinken and Lavrov chatted for roughly 10 minutes on the sidelines of the G20
            // conference in New Delhi": a sentence telling of the pair talking tells where, at
            // what and how long, when the record does not say.
            if both
                && toks.iter().any(|t| {
                    TALKED.contains(&t.lower.as_str()) || ESCORTED.contains(&t.lower.as_str())
                })
            {
                fill_from(r, text, toks);
            }
            // A sentence lies in the window of several records: its cue tests run once. A bare
            // purpose clause ("… to find common ground") counts only where both parties are named.
            let Some(slot) = cue.get_mut(here) else {
                continue;
            };
            let (firm, any) = *slot.get_or_insert_with(|| {
                let firm = super::super::details::has_firm_cue(toks);
                (firm, firm || super::super::details::has_cue(toks))
            });
            if !(firm || (both && any)) {
                continue;
            }
            let (topics, outcomes) = super::super::details::find(text, toks, 0, toks.len());
            let last = r.last;
            super::super::merge::extend(r, topics, outcomes, Vec::new(), last);
        }
    }
}

/// Whether the sentence opens on a pronoun subject ("But he reiterated …", "“They discussed").
pub(super) fn pronoun_opens(toks: &[Tok]) -> bool {
    toks.iter()
        .map(|t| t.lower.as_str())
        .find(|w| !SUBJECT_LEADS.contains(w))
        .is_some_and(|w| PRONOUN_SUBJECTS.contains(&w))
}

/// Fills a record's missing place, occasion and length from one sentence about it.
fn fill_from(r: &mut Rec, text: &str, toks: &[Tok]) {
    if r.location.is_none() {
        r.location = place::location(text, toks, 0, 0, toks.len(), false).map(|x| x.1);
    }
    if r.occasion.is_none() {
        if let Some((o, side)) = place::occasion_ranked(text, toks, 0, toks.len()) {
            r.occasion = Some(o);
            r.side = side;
        }
    }
    if r.duration.is_none() {
        r.duration = duration::find(text, toks, 0, toks.len());
    }
}

/// "… had a second, more informal conversation during the G-20 gala dinner. The four-minute
/// talks between Albanese, Xi and Peng …": a meeting whose first sentence opens on the talks
/// takes the gathering (and a missing place) the sentence just before gives the pair talking.
pub(super) fn occasion_told_before(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
) {
    for r in recs.iter_mut().filter(|r| r.occasion.is_none()) {
        let Some(first) = r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter_map(|e| sentence_of(sentences, e))
            .min()
        else {
            continue;
        };
        let Some(toks) = sents.get(first) else {
            continue;
        };
        // A stub of a sentence split at a paragraph break ("The") belongs to the next one.
        let mut prev = first;
        while prev > 0
            && sents
                .get(prev - 1)
                .is_some_and(|t| t.len() <= SENTENCE_STUB_LEN)
        {
            prev -= 1;
        }
        let opens_on_talks = toks
            .iter()
            .take(TALKS_OPENING_REACH)
            .any(|t| OPENING_TALK_NOUNS.contains(&t.lower.as_str()))
            && toks.first().is_some_and(|t| {
                !t.cap || OPENING_DETERMINERS.contains(&t.lower.as_str()) || prev < first
            });
        let Some(before) = prev.checked_sub(1).and_then(|k| sents.get(k)) else {
            continue;
        };
        let talked =
            has_pair_phrase(before) && before.iter().any(|t| TALKED.contains(&t.lower.as_str()));
        if !opens_on_talks || !talked {
            continue;
        }
        if let Some((o, side)) = place::occasion_ranked(text, before, 0, before.len()) {
            r.occasion = Some(o);
            r.side = side;
            if r.location.is_none() {
                r.location = place::location(text, before, 0, 0, before.len(), false).map(|x| x.1);
            }
        }
    }
}
