//! Sentences a record took in that tell of another meeting: "Putin said the two leaders had
//! reached an understanding" joined to a three-party plan in focus belongs to the pair's summit;
//! "… said Biden had called him and invited him" joined to a cancelled visit belongs to the call.
//! The sentence, with the topics and outcomes it gave, moves to the record it tells of.

use super::super::attrcues::{
    called_object, CALL_WORDS, PAIR_COUNT, PAIR_LOOKBACK, ROLE_WORD_MIN, VISIT_WORDS,
};
use super::super::cues::{MAX_EVIDENCE, PAIR_PHRASES};
use super::super::merge::{same_parties, Rec};
use super::super::tokens::Tok;
use super::{names_party, names_the_talks, sentence_of, PartyMark};
use crate::{MeetingKind, MeetingStatus, Span};

/// Whether the sentence speaks of two parties together ("the two leaders").
fn pair_of_two(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| {
        PAIR_PHRASES.iter().any(|p| {
            p.contains(&PAIR_COUNT)
                && p.iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        })
    })
}

/// Whether the sentence tells of a phone call.
fn tells_of_call(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        CALL_WORDS.contains(&t.lower.as_str())
            || (t.lower == "called" && toks.get(i + 1).is_some_and(|n| called_object(&n.lower)))
    })
}

/// The first and last evidence sentence of a record.
fn bounds(r: &Rec, sentences: &[Span]) -> Option<(usize, usize)> {
    r.evidence
        .iter()
        .take(MAX_EVIDENCE)
        .filter_map(|e| sentence_of(sentences, e))
        .fold(None, |acc, s| {
            Some(acc.map_or((s, s), |(a, b): (usize, usize)| (a.min(s), b.max(s))))
        })
}

/// Whether the sentence tells of a visit or an invitation.
fn tells_of_visit(toks: &[Tok]) -> bool {
    toks.iter().any(|t| VISIT_WORDS.contains(&t.lower.as_str()))
}

/// "Kim invited Putin to visit his country during their summit … The summit between the two
/// leaders came as …": sentences of the held talks a planned visit of the same pair took in
/// (and the ones after them that say nothing of the visit) belong to the talks.
fn talks_out_of_visit(
    recs: &[Rec],
    sentences: &[Span],
    sents: &[Vec<Tok>],
) -> Vec<(usize, usize, Span)> {
    let mut moves = Vec::new();
    for (ri, r) in recs.iter().enumerate() {
        if r.kind != MeetingKind::Visit || r.status == MeetingStatus::Held {
            continue;
        }
        let Some(qi) = recs.iter().position(|q| {
            q.kind != MeetingKind::Visit
                && q.status == MeetingStatus::Held
                && same_parties(&q.parties, &r.parties)
        }) else {
            continue;
        };
        let mut moving = false;
        for e in r.evidence.iter().take(MAX_EVIDENCE).skip(1) {
            let Some(toks) = sentence_of(sentences, e).and_then(|si| sents.get(si)) else {
                continue;
            };
            if tells_of_visit(toks) {
                moving = false;
                continue;
            }
            moving = moving || names_the_talks(toks);
            if moving {
                moves.push((ri, qi, *e));
            }
        }
    }
    moves
}

/// Whether the sentence mentions a party of `r` that `q` lacks, by name or by a word of its
/// office ("an additional meeting between the secretary and foreign minister is not necessary,
/// and there are no plans for President Trump to meet with President Putin" stays with the
/// ministers' meeting).
fn mentions_rest(toks: &[Tok], r: &Rec, q: &Rec) -> bool {
    r.parties
        .iter()
        .filter(|p| {
            !q.parties
                .iter()
                .any(|x| x.name.is_some() && x.name == p.name)
        })
        .any(|p| {
            names_party(toks, &PartyMark::of_either(p))
                || p.role.as_deref().is_some_and(|role| {
                    role.split_whitespace()
                        .map(str::to_lowercase)
                        .filter(|w| w.chars().count() >= ROLE_WORD_MIN)
                        .any(|w| toks.iter().any(|t| t.lower == w))
                })
        })
}

/// Whether every party of the record has a name.
fn all_named_rec(r: &Rec) -> bool {
    r.parties.iter().all(|p| p.name.is_some())
}

/// Moves evidence sentences (never a record's first) to the record they tell of.
pub(super) fn rehome(recs: &mut [Rec], text: &str, sentences: &[Span], sents: &[Vec<Tok>]) {
    if recs.len() < 2 {
        return;
    }
    let mut moves = talks_out_of_visit(recs, sentences, sents);
    let moved: rustc_hash::FxHashSet<(usize, usize)> =
        moves.iter().map(|m| (m.0, m.2.start)).collect();
    let marks: Vec<Vec<PartyMark>> = recs
        .iter()
        .map(|r| r.parties.iter().map(PartyMark::of).collect())
        .collect();
    // Names by either end ("Xi" of "Xi Jinping"), for a sentence naming another meeting's pair.
    let wide: Vec<Vec<PartyMark>> = recs
        .iter()
        .map(|r| r.parties.iter().map(PartyMark::of_either).collect())
        .collect();
    let spans: Vec<Option<(usize, usize)>> = recs.iter().map(|r| bounds(r, sentences)).collect();
    // (from, to, evidence)
    for (ri, r) in recs.iter().enumerate() {
        let (Some(own), Some(own_wide)) = (marks.get(ri), wide.get(ri)) else {
            continue;
        };
        // The sentence last moved out of this record, and where to.
        let mut last_moved: Option<(usize, usize)> = None;
        for e in r.evidence.iter().take(MAX_EVIDENCE).skip(1) {
            if moved.contains(&(ri, e.start)) {
                continue;
            }
            let Some(si) = sentence_of(sentences, e) else {
                continue;
            };
            let Some(toks) = sents.get(si) else { continue };
            // "“…,” Xi told Kishida. … The two agreed on an early restart …" taken in by Xi's
            // meeting with Biden: "the two" are the pair named last, a sentence or two before.
            let pair_subject = super::super::is_pair_subject(toks)
                && !own_wide.iter().any(|m| names_party(toks, m));
            let back = pair_subject
                .then(|| {
                    (si.saturating_sub(PAIR_LOOKBACK)..si).rev().find_map(|b| {
                        let bt = sents.get(b)?;
                        let full = |m: &Vec<PartyMark>| {
                            m.len() >= 2 && m.iter().all(|m| names_party(bt, m))
                        };
                        let q = (0..recs.len())
                            .filter(|&qi| recs.get(qi).is_some_and(all_named_rec))
                            .find(|&qi| wide.get(qi).is_some_and(full));
                        q.map(|q| (q, full(own_wide)))
                    })
                })
                .flatten();
            if let Some((qi, false)) = back.filter(|&(qi, _)| qi != ri) {
                moves.push((ri, qi, *e));
                last_moved = Some((si, qi));
                continue;
            }
            if let Some((_, qi)) = last_moved.filter(|&(ms, _)| ms + 1 == si) {
                if pair_subject {
                    moves.push((ri, qi, *e));
                    last_moved = Some((si, qi));
                    continue;
                }
            }
            // "Netanyahu was to arrive … on Monday for his first visit" taken in by the pair's
            // visit of 2010: a day the sentence names that is another record's of the same
            // parties, and not this one's, moves it there.
            if let Some(qi) = dated_elsewhere(text, toks, recs, ri) {
                moves.push((ri, qi, *e));
                last_moved = Some((si, qi));
                continue;
            }
            let pair = r.parties.len() != 2 && pair_of_two(toks);
            let call = r.kind != MeetingKind::Call && tells_of_call(toks);
            let all_own = own.iter().all(|m| names_party(toks, m));
            // "“I'm willing to work with you …,” Xi told Kishida" taken in by Xi's meeting with
            // Biden: a sentence naming every party of another meeting, not all of its own.
            let other = own.len() >= 2 && !own_wide.iter().all(|m| names_party(toks, m));
            if !pair && !call && !other {
                continue;
            }
            // The record told last before this sentence that fits it.
            let target = recs
                .iter()
                .enumerate()
                .filter(|&(qi, q)| {
                    let (Some(m), Some(w), Some(Some((a, _)))) =
                        (marks.get(qi), wide.get(qi), spans.get(qi))
                    else {
                        return false;
                    };
                    let named = m.iter().filter(|m| names_party(toks, m)).count();
                    let all_named = named == m.len()
                        && named >= 2
                        && q.parties.iter().all(|p| p.name.is_some());
                    let all_wide =
                        w.len() >= 2 && all_named_rec(q) && w.iter().all(|m| names_party(toks, m));
                    qi != ri
                        && *a < si
                        && ((pair && q.parties.len() == 2 && named >= 1)
                            || (call && !all_own && q.kind == MeetingKind::Call && all_named)
                            || (other && all_wide && !mentions_rest(toks, r, q)))
                })
                .max_by_key(|&(qi, _)| spans.get(qi).copied().flatten().map_or(0, |b| b.1))
                .map(|(qi, _)| qi);
            if let Some(qi) = target {
                moves.push((ri, qi, *e));
                last_moved = Some((si, qi));
            }
        }
    }
    for (from, to, e) in moves {
        let Some(si) = sentence_of(sentences, &e) else {
            continue;
        };
        let Some(toks) = sents.get(si) else { continue };
        let said = text.get(e.start..e.end).unwrap_or("");
        let (topics, outcomes) = super::super::details::find(text, toks, 0, toks.len());
        if let Some(r) = recs.get_mut(from) {
            r.evidence.retain(|x| *x != e);
            r.topics.retain(|t| !said.contains(t.as_str()));
            r.outcomes.retain(|o| !said.contains(o.as_str()));
        }
        if let Some(q) = recs.get_mut(to) {
            let at = q.evidence.partition_point(|x| x.start < e.start);
            if q.evidence.get(at) != Some(&e) {
                q.evidence.insert(at, e);
            }
            let last = q.last.max(si);
            super::super::merge::extend(q, topics, outcomes, Vec::new(), last);
        }
    }
}

/// The other record of the same parties whose date, as written, the sentence names while the
/// record `ri` has another date.
fn dated_elsewhere(text: &str, toks: &[Tok], recs: &[Rec], ri: usize) -> Option<usize> {
    let r = recs.get(ri)?;
    let own = r.date.as_ref()?;
    let f = super::super::dates::find(toks)
        .into_iter()
        .find(|f| !f.since && !f.of_report)?;
    let said = super::super::dates::text_of(text, toks, &f);
    if said.is_empty() || said == own.text {
        return None;
    }
    recs.iter().enumerate().position(|(qi, q)| {
        qi != ri
            && same_parties(&q.parties, &r.parties)
            && q.date.as_ref().is_some_and(|d| d.text == said)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::testkit::sents;
    use crate::{MeetingStatus, Participant};

    fn rec(names: &[&str], kind: MeetingKind, evidence: Vec<Span>) -> Rec {
        crate::meetings::testkit::held_rec(names, kind, evidence)
    }

    #[test]
    fn the_two_leaders_go_back_to_the_pair() {
        let t = "Vladimir Putin met Donald Trump in Alaska. \
                 Trump will speak with Emmanuel Macron and Olaf Scholz. \
                 Putin said the two leaders had reached an understanding on Ukraine. ";
        let (spans, toks) = sents(t);
        let mut three = rec(
            &["Donald Trump", "Emmanuel Macron", "Olaf Scholz"],
            MeetingKind::Call,
            vec![spans[1], spans[2]],
        );
        three.outcomes = vec!["reached an understanding on Ukraine".into()];
        let pair = rec(
            &["Vladimir Putin", "Donald Trump"],
            MeetingKind::Bilateral,
            vec![spans[0]],
        );
        let mut recs = vec![pair, three];
        rehome(&mut recs, t, &spans, &toks);
        assert_eq!(recs[0].evidence, vec![spans[0], spans[2]]);
        assert_eq!(recs[1].evidence, vec![spans[1]]);
        assert!(recs[1].outcomes.is_empty());
        assert_eq!(recs[0].outcomes.len(), 1, "{:?}", recs[0].outcomes);
    }

    #[test]
    fn the_summit_leaves_the_planned_visit_for_the_held_talks() {
        let t = "Kim met Putin at the cosmodrome. \
                 Kim invited Putin to visit his country. \
                 Putin accepted the invitation. \
                 The summit between the two leaders came amid tensions. \
                 Kim was also briefed on the rockets. \
                 Putin will visit Pyongyang soon. ";
        let (spans, toks) = sents(t);
        let held = rec(&["Kim", "Putin"], MeetingKind::Bilateral, vec![spans[0]]);
        let mut visit = rec(&["Kim", "Putin"], MeetingKind::Visit, spans[1..].to_vec());
        visit.status = MeetingStatus::Planned;
        visit.topics = vec!["rockets".into()];
        let mut recs = vec![held, visit];
        rehome(&mut recs, t, &spans, &toks);
        assert_eq!(recs[0].evidence, vec![spans[0], spans[3], spans[4]]);
        assert_eq!(recs[1].evidence, vec![spans[1], spans[2], spans[5]]);
        assert!(recs[1].topics.is_empty(), "{:?}", recs[1].topics);
        assert!(
            recs[0].topics.iter().any(|x| x == "rockets"),
            "{:?}",
            recs[0].topics
        );
    }

    #[test]
    fn a_sentence_of_another_pair_and_the_two_after_it_go_to_that_pair() {
        let t = "Xi Jinping met Fumio Kishida in Bangkok. \
                 The warmer tone echoed Xi's meeting with Joe Biden. \
                 Xi told Kishida that ties matter. \
                 Markets rose. \
                 The two agreed on an early restart to a dialog. ";
        let (spans, toks) = sents(t);
        let kishida = rec(
            &["Xi Jinping", "Fumio Kishida"],
            MeetingKind::Bilateral,
            vec![spans[0]],
        );
        let biden = rec(
            &["Xi Jinping", "Joe Biden"],
            MeetingKind::Bilateral,
            vec![spans[1], spans[2], spans[4]],
        );
        let mut recs = vec![kishida, biden];
        rehome(&mut recs, t, &spans, &toks);
        assert_eq!(recs[0].evidence, vec![spans[0], spans[2], spans[4]]);
        assert_eq!(recs[1].evidence, vec![spans[1]]);
        assert!(recs[0].outcomes.iter().any(|o| o.contains("early restart")));
    }

    #[test]
    fn a_sentence_naming_the_own_parties_by_office_stays() {
        let t = "Donald Trump will meet Vladimir Putin. \
                 Marco Rubio spoke with Sergei Lavrov. \
                 A meeting between the secretary and the foreign minister is not needed, and \
                 Trump will not meet Putin. ";
        let (spans, toks) = sents(t);
        let summit = rec(
            &["Donald Trump", "Vladimir Putin"],
            MeetingKind::Bilateral,
            vec![spans[0]],
        );
        let mut ministers = rec(
            &["Marco Rubio", "Sergei Lavrov"],
            MeetingKind::Bilateral,
            vec![spans[1], spans[2]],
        );
        ministers.parties[0].role = Some("Secretary of State".into());
        ministers.parties[1].role = Some("Foreign Minister".into());
        let mut recs = vec![summit, ministers];
        rehome(&mut recs, t, &spans, &toks);
        assert_eq!(recs[1].evidence, vec![spans[1], spans[2]]);
    }

    #[test]
    fn a_sentence_of_the_call_goes_to_the_call() {
        let t = "Joe Biden called James Marape. \
                 Biden had been expected to meet 18 leaders of the region on Monday. \
                 Marape said Biden had called him and invited him to a summit. \
                 Biden had called for calm. ";
        let (spans, toks) = sents(t);
        let call = rec(
            &["Joe Biden", "James Marape"],
            MeetingKind::Call,
            vec![spans[0]],
        );
        let mut visit = rec(&["Joe Biden"], MeetingKind::Bilateral, spans[1..].to_vec());
        visit.parties.push(Participant {
            name: None,
            role: Some("18 leaders".into()),
            country: None,
        });
        let mut recs = vec![call, visit];
        rehome(&mut recs, t, &spans, &toks);
        assert_eq!(recs[0].evidence, vec![spans[0], spans[2]]);
        // "called for calm" tells of no call.
        assert_eq!(recs[1].evidence, vec![spans[1], spans[3]]);
    }

    #[test]
    fn a_sentence_naming_another_records_day_goes_there() {
        use crate::meetings::tokens::tokenize;
        let day = |t: &str| {
            Some(crate::DateRef {
                text: t.into(),
                value: None,
            })
        };
        let mut a = rec(&["Ann Cole", "Tom Baker"], MeetingKind::Visit, Vec::new());
        a.date = day("Monday");
        let mut b = rec(&["Ann Cole", "Tom Baker"], MeetingKind::Visit, Vec::new());
        b.date = day("March 2010");
        let recs = vec![a, b];
        let t = "Cole was to arrive at the palace on Monday for her first visit.";
        let toks = tokenize(t, 0, t.len());
        assert_eq!(dated_elsewhere(t, &toks, &recs, 1), Some(0));
        // Negative: the record's own day, or a day no record of the pair has, stays.
        let t = "Cole came back in March 2010.";
        assert_eq!(dated_elsewhere(t, &tokenize(t, 0, t.len()), &recs, 1), None);
        let t = "Cole left on Friday.";
        assert_eq!(dated_elsewhere(t, &tokenize(t, 0, t.len()), &recs, 1), None);
    }
}
