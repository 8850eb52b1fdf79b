//! A held meeting's length told in a sentence of its own that no trigger marks: time spent with
//! a party ("For an hour, the nominee sat face to face with House Speaker Paul Ryan", "Emerging
//! from nearly two hours alone with Mr. Obama, the prime minister …").

use super::super::attrcues::{ALONE_WORDS, SPENT_LEADS, WITH_NAME_REACH};
use super::super::cues::MAX_EVIDENCE;
use super::super::duration;
use super::super::merge::Rec;
use super::super::tokens::Tok;
use super::{names_party, sentence_of, PartyMark};
use crate::{MeetingStatus, Span};

/// Whether the sentence has "with" followed closely by a party's name (from token `from`).
fn with_party(toks: &[Tok], from: usize, marks: &[PartyMark]) -> Option<usize> {
    (from..toks.len()).find(|&w| {
        toks.get(w).is_some_and(|t| t.lower == "with")
            && toks
                .get(w + 1..(w + 1 + WITH_NAME_REACH).min(toks.len()))
                .is_some_and(|after| marks.iter().any(|m| names_party(after, m)))
    })
}

/// The length of time the sentence spends with a party: a length right before "(alone) with"
/// a party, or one a word like "for" opens, in a sentence with "with" and a party after it.
fn time_with(text: &str, toks: &[Tok], marks: &[PartyMark]) -> Option<crate::MeetingDuration> {
    let (a, b, d) = duration::find_span(text, toks, 0, toks.len())?;
    let mut k = b;
    while toks
        .get(k)
        .is_some_and(|t| ALONE_WORDS.contains(&t.lower.as_str()))
    {
        k += 1;
    }
    let right_after = with_party(toks, k, marks) == Some(k);
    let led = a
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| SPENT_LEADS.contains(&t.lower.as_str()))
        && with_party(toks, b, marks).is_some();
    (right_after || led).then_some(d)
}

/// Gives a held meeting with no length the one a sentence tells of time spent with its parties:
/// a sentence of no other meeting that names all its parties, or the sentence right after one of
/// its own. A sentence that would fit several meetings gives none.
pub(super) fn lengths_told_apart(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
) {
    let open: Vec<usize> = (0..recs.len())
        .filter(|&ri| {
            recs.get(ri).is_some_and(|r| {
                r.duration.is_none()
                    && r.status == MeetingStatus::Held
                    && r.parties.len() >= 2
                    && r.parties.iter().all(|p| p.name.is_some())
            })
        })
        .collect();
    if open.is_empty() {
        return;
    }
    // Most sentences tell no length: the cheap test first.
    let mut owner: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    for (ri, r) in recs.iter().enumerate() {
        for si in r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter_map(|e| sentence_of(sentences, e))
        {
            owner.insert(si, ri);
        }
    }
    let marks: Vec<(usize, Vec<PartyMark>)> = open
        .iter()
        .filter_map(|&ri| {
            Some((
                ri,
                recs.get(ri)?.parties.iter().map(PartyMark::of).collect(),
            ))
        })
        .collect();
    let mut found: Vec<(usize, usize, crate::MeetingDuration)> = Vec::new();
    for (si, toks) in sents.iter().enumerate() {
        if owner.contains_key(&si) || !toks.iter().any(|t| duration::is_unit(&t.lower)) {
            continue;
        }
        let follows = |ri: usize| {
            (1..=2).any(|k| {
                si.checked_sub(k)
                    .and_then(|p| owner.get(&p))
                    .is_some_and(|&o| o == ri)
            })
        };
        let mut fits = marks.iter().filter_map(|(ri, m)| {
            let all = m.iter().all(|m| names_party(toks, m));
            if !all && !follows(*ri) {
                return None;
            }
            time_with(text, toks, m).map(|d| (*ri, d))
        });
        if let (Some((ri, d)), None) = (fits.next(), fits.next()) {
            found.push((si, ri, d));
        }
    }
    for (si, ri, d) in found {
        let Some(span) = sentences.get(si) else {
            continue;
        };
        if let Some(r) = recs.get_mut(ri).filter(|r| r.duration.is_none()) {
            r.duration = Some(d);
            // The sentence tells of the meeting: it is evidence of it.
            let at = r.evidence.partition_point(|x| x.start < span.start);
            if r.evidence.get(at) != Some(span) {
                r.evidence.insert(at, *span);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::testkit::sents;
    use crate::MeetingKind;

    fn rec(names: &[&str], evidence: Vec<Span>) -> Rec {
        crate::meetings::testkit::held_rec(names, MeetingKind::Bilateral, evidence)
    }

    fn minutes(t: &str, names: &[&str], ev: &[usize]) -> Option<u32> {
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(names, ev.iter().map(|&i| spans[i]).collect())];
        lengths_told_apart(&mut recs, t, &spans, &toks);
        recs[0].duration.as_ref().map(|d| d.minutes)
    }

    #[test]
    fn time_spent_with_a_party_is_the_meetings_length() {
        let t = "For an hour, the nominee sat face to face with House Speaker Paul Ryan, who \
                 had surprised Trump. Trump met Ryan at the RNC. ";
        assert_eq!(minutes(t, &["Donald Trump", "Paul Ryan"], &[1]), Some(60));
        let t = "Netanyahu came to Washington in May 2009. Emerging from nearly two hours alone \
                 with President Obama, the prime minister looked ashen. ";
        assert_eq!(
            minutes(t, &["Benjamin Netanyahu", "Barack Obama"], &[0]),
            Some(120)
        );
        // Far from the meeting, one party is not enough; a length of something else is none.
        let t = "Netanyahu came to Washington in May 2009. He waited. He slept. Emerging from \
                 two hours alone with President Obama, he looked ashen. ";
        assert_eq!(
            minutes(t, &["Benjamin Netanyahu", "Barack Obama"], &[0]),
            None
        );
        let t = "Trump met Ryan at the RNC. Trump spoke for an hour about Ryan's budget. ";
        assert_eq!(minutes(t, &["Donald Trump", "Paul Ryan"], &[0]), None);
    }
}
