//! The end of the per-sentence pass: what a sentence tells of the meeting in focus, arrivals
//! read as visits, visits folded into their meetings, and the "he"/"she" of the next sentences.

use super::*;

/// Fills the records this sentence touched with its details, dates and places; a sentence
/// with no meeting of its own may touch the meeting in focus.
#[allow(clippy::too_many_arguments)]
pub(super) fn focus_details(
    text: &str,
    toks: &[Tok],
    span: Span,
    si: usize,
    reference: Option<NaiveDate>,
    st: &mut State,
    ents: &[parties::Ent],
    no_trigs: bool,
    mut touched: Vec<(usize, usize, usize, bool)>,
    none_created: bool,
    mut found_dates: Vec<dates::Found>,
) {
    // "The two agreed to …", "Wang also discussed …", "… was on the agenda": a sentence with no
    // meeting of its own that tells what the meeting in focus covered.
    let in_reach = st.focus.filter(|&f| {
        st.recs
            .get(f)
            .is_some_and(|r| si.saturating_sub(r.last) <= ANAPHOR_REACH)
    });
    if let Some(f) = in_reach.filter(|_| touched.is_empty() && none_created) {
        let focus_party = st.recs.get(f).is_some_and(|r| {
            ents.iter()
                .find(|e| e.kind == EntKind::Person)
                .is_some_and(|e| {
                    e.a <= 2
                        && r.parties
                            .iter()
                            .any(|q| q.name.is_some() && q.name == e.party.name)
                })
        });
        let agenda = details::agenda(toks);
        let about = agenda || details::has_cue(toks);
        if is_pair_subject(toks) || (about && (focus_party || agenda)) {
            touched.push((f, 0, toks.len(), false));
        }
    }
    if no_trigs && !touched.is_empty() {
        found_dates = dates::find(toks);
    }
    for (f, lo, hi, quiet) in touched {
        if quiet {
            if let Some(r) = st.recs.get_mut(f) {
                merge::extend(r, Vec::new(), Vec::new(), vec![span], si);
                if r.quiet.len() < cues::MAX_DETAILS {
                    r.quiet.push(span);
                }
            }
            st.focus = Some(f);
            continue;
        }
        let (topics, outcomes) = details::find(text, toks, lo, hi);
        let dur = duration::find(text, toks, lo, hi);
        let loc = place::location(text, toks, lo, lo, hi, false).map(|x| x.1);
        let occ = place::occasion_ranked(text, toks, lo, hi);
        let date = found_dates
            .iter()
            .find(|d| d.a >= lo && d.b <= hi && !d.of_report && !d.since)
            .map(|d| (d.clone(), lo));
        if let Some(r) = st.recs.get_mut(f) {
            let date =
                date.map(|(d, _)| dates::date_ref(text, toks, &d, reference, tense(r.status)));
            merge::fill(r, date, loc, occ, dur);
            merge::extend(r, topics, outcomes, vec![span], si);
        }
        st.focus = Some(f);
    }
}

/// Opens or joins a visit record for each arrival the sentence tells.
#[allow(clippy::too_many_arguments)]
pub(super) fn visits_on_arrival(
    text: &str,
    toks: &[Tok],
    span: Span,
    si: usize,
    idx: &names::Index,
    reference: Option<NaiveDate>,
    st: &mut State,
    ents: &[parties::Ent],
    created_here: &mut Vec<usize>,
) {
    // "Netanyahu arrived at the White House on Monday": a visit to the president.
    for arr in super::super::arrivals::find(text, toks, ents, idx) {
        // "landed in Moscow … for his first state visit to Russia": the visit is told already.
        let told = st.recs.iter().rev().take(cues::MAX_LOOKBACK).any(|r| {
            r.last == si
                && r.kind == MeetingKind::Visit
                && r.parties
                    .iter()
                    .any(|p| p.name.is_some() && p.name == arr.visitor.name)
        });
        if told {
            continue;
        }
        let found_dates = dates::find(toks);
        let trig = triggers::Trigger {
            a: arr.at,
            b: arr.at + 1,
            class: Class::Visit,
            needs_party: false,
            det: compact_str::CompactString::default(),
        };
        let (best, _) = nearest_date(toks, &found_dates, 0, toks.len(), &trig, false);
        let cs = clause_start(toks, arr.at, 0);
        let status = status(toks, cs, arr.at + 1, arr.at + 1);
        let status = carried_out(text, toks, (cs, arr.at + 1), best, reference, status);
        let new = Rec {
            date: best
                .map(|d| dates::date_ref(text, toks, d, reference, tense(status)))
                .or_else(|| dates::told_after(text, span, reference, tense(status), idx)),
            ..Rec::new(
                MeetingKind::Visit,
                vec![arr.visitor, arr.host],
                status,
                vec![span],
                si,
            )
        };
        let mut new = new;
        let found = merge::find(&st.recs, &new, si).filter(|&i| {
            new.date.is_some()
                || !told_of_another_time(
                    text,
                    span,
                    st.recs.get(i).and_then(|r| r.evidence.last()),
                    reference,
                )
        });
        new.elsewhen = found.is_none() && merge::find(&st.recs, &new, si).is_some();
        join_or_push(&mut st.recs, found, new, created_here);
    }
}

/// Folds the visits opened here into their meetings and updates who "he" and "she" stand for.
pub(super) fn after_sentence(
    st: &mut State,
    ents: &[parties::Ent],
    si: usize,
    created_here: &[usize],
) {
    let first_new = created_here.first().copied();
    // "The Quad Leaders Summit … has been cancelled following Biden's decision not to go ahead
    // with a planned visit to Australia": a gathering of several leaders is not the visit.
    let foldable: Vec<usize> = created_here
        .iter()
        .copied()
        .filter(|&i| {
            st.recs
                .get(i)
                .is_some_and(|r| r.kind != MeetingKind::Multilateral)
        })
        .collect();
    fold_visits(&mut st.recs, &foldable);
    if let Some(from) = first_new {
        host_for_visits(st.recs.get_mut(from..).unwrap_or(&mut []), ents, si);
    }
    // "he"/"she" in the next sentences: the most-mentioned person of the last three sentences.
    st.recent.retain(|(k, _, _)| si.saturating_sub(*k) < 3);
    for e in ents.iter().filter(|e| e.kind == EntKind::Person) {
        let gender = e.party.name.as_deref().and_then(gender::of_name);
        st.recent.push((si, e.party.clone(), gender));
    }
    let count = |p: &Participant| {
        p.name
            .as_ref()
            .and_then(|n| st.counts.get(n))
            .copied()
            .unwrap_or(0)
    };
    let pick = |g: Gender| {
        st.recent
            .iter()
            .rev()
            .filter(|(_, _, x)| gender::fits_gender(*x, g))
            .max_by_key(|(_, p, _)| count(p))
            .map(|(_, p, _)| p.clone())
    };
    let (he, she) = (pick(Gender::Male), pick(Gender::Female));
    st.prev.he = he.or(st.prev.he.take());
    st.prev.she = she.or(st.prev.she.take());
}
