//! The per-sentence pass: each trigger takes its parties, status, date and details, and
//! either opens a record, joins one, or files an earlier meeting it refers back to.

use chrono::NaiveDate;

use super::cues::{
    Class, ANAPHORS, ANAPHOR_REACH, CALL_MEDIA, CLAUSE_BREAKS, FRAME_REACH, HABITUAL, NEGATIONS,
    SPLIT_VERBS, STATUS_AFTER, STATUS_BEFORE,
};
use super::dates::Tense;
use super::merge::Rec;
use super::parties::EntKind;
use super::records::{
    add_reference, before_reference, fold_visits, host_for_visits, nearest_tense, reference_rec,
};
use super::select::parties_for;
use super::settle::{
    carried_out, gapped_party, invitation_declined, invited_to_meet, settled_after,
};
use super::tokens::Tok;
use super::{
    clause_start, cues, dates, details, duration, forums, is_pair_subject, kind_of, lw, merge,
    names, parties, partycues, phrase_at, place, select, status, tense, triggers,
};
use crate::{MeetingKind, MeetingStatus, Participant, Span};

mod after;
mod during;
mod elsewhen;
mod habits;
mod shapes;
use crate::people::gender::{self, Gender};
use after::{after_sentence, focus_details, visits_on_arrival};
use during::during_parties;
use elsewhen::told_of_another_time;
use habits::unspecified_past;
use shapes::*;

pub(super) struct State {
    pub(super) recs: Vec<Rec>,
    /// The record last created or joined, and the sentence it was in.
    pub(super) focus: Option<usize>,
    /// The persons of the last sentences that "he" and "she" stand for.
    pub(super) prev: select::Prev,
    /// Persons named in the last sentences, with the sentence index and the gender of the
    /// given name (found once, when the person is added).
    pub(super) recent: Vec<(usize, Participant, Option<Gender>)>,
    /// How often each person is mentioned in the text.
    pub(super) counts: rustc_hash::FxHashMap<String, usize>,
    /// The two sides of the last meeting of three or more parties opened, the subject's first
    /// ("Macron and von der Leyen are meeting Xi").
    pub(super) sides: Option<(Vec<Participant>, Vec<Participant>)>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn sentence(
    text: &str,
    toks: &[Tok],
    span: Span,
    si: usize,
    idx: &names::Index,
    reference: Option<NaiveDate>,
    st: &mut State,
) {
    let mut ents = parties::entities(text, toks, idx);
    select::generic_offices(toks, &mut ents);
    let trigs = triggers::find(toks, idx);
    // Most sentences hold no trigger: their dates are read only if a meeting in focus needs them.
    let found_dates = if trigs.is_empty() {
        Vec::new()
    } else {
        dates::find(toks)
    };
    // (rec, lo, hi, whether the mention is evidence only: "have met before, in Bali")
    let mut touched: Vec<(usize, usize, usize, bool)> = Vec::new();
    let mut created_here: Vec<usize> = Vec::new();
    // "the first … since": the sentence points back to an earlier meeting.
    let mut made_reference = false;
    // Whether the bilaterals inside the meeting in focus were opened in this sentence.
    let mut split_sides = false;
    // The status of the trigger before, and where it ended.
    let mut prev_status: Option<(MeetingStatus, usize)> = None;
    let first_since = toks
        .iter()
        .any(|t| matches!(t.lower.as_str(), "first" | "last"));
    for (ti, trig) in trigs.iter().enumerate() {
        let lo = ti
            .checked_sub(1)
            .and_then(|p| trigs.get(p))
            .map_or(0, |p| p.b);
        let hi = trigs.get(ti + 1).map_or(toks.len(), |n| n.a);
        let before = ti.checked_sub(1).and_then(|p| trigs.get(p));
        let (mut ps, extent, left_n) = parties_for(text, toks, &ents, trig, before, &st.prev);
        // "the Quad nations are expected to have a sideline meeting": the members' leaders.
        if let Some(members) = forums::forum_of(toks, trig.a, trig.b, lo) {
            if ps
                .iter()
                .all(|p| p.country.as_deref().is_none_or(|c| members.contains(&c)))
            {
                ps = forums::members(idx, members, forums::office(toks, trig.a, trig.b, lo));
            }
        }
        capital_host(text, toks, trig, trigs.len(), idx, &mut ps);
        visit_by_to(text, toks, &ents, trig, &mut ps);
        // "discussed T with Y during a meeting": the subject and the "with" object.
        if ps.len() < 2 {
            if let Some(pair) = during_parties(toks, &ents, trig) {
                ps = pair;
            }
        }
        let cs = clause_start(toks, trig.a, 0);
        // From the clause start, or from the first party when it stands further back
        // ("Putin and Xi will discuss … during their talks").
        let first_party = ps
            .iter()
            .filter_map(|p| {
                ents.iter()
                    .find(|e| e.party.name.is_some() && e.party.name == p.name && e.b <= trig.a)
            })
            .map(|e| e.a)
            .min()
            .filter(|_| (1..=3).any(|d| trig.a >= d && lw(toks, trig.a - d) == "their"))
            .unwrap_or(trig.a);
        let slo = cs
            .max(trig.a.saturating_sub(STATUS_BEFORE).min(first_party))
            .max(lo);
        // "without signing a planned agreement following a heated exchange with Trump": the cues
        // before "following" tell of something else than the meeting after it.
        let slo = (trig.a.saturating_sub(FRAME_REACH)..trig.a)
            .rev()
            .find(|&k| cues::SUBJECT_FRAMES.contains(&lw(toks, k)))
            .map_or(slo, |k| slo.max(k + 1));
        let after = extent.max(trig.b);
        let comma = (after..toks.len())
            .find(|&k| lw(toks, k) == ",")
            .unwrap_or(toks.len());
        let shi = (after + STATUS_AFTER).min(hi.max(trig.b)).min(comma);
        // "frequently meets with": a habit, not a meeting.
        if (trig.a.saturating_sub(2)..trig.a).any(|k| HABITUAL.contains(&lw(toks, k))) {
            continue;
        }
        // Date: the nearest expression in this trigger's stretch, not the report's own date.
        let (best, since_rec) = nearest_date(toks, &found_dates, lo, hi, trig, first_since);
        // "Obama has met previously with Clinton": no meeting of its own, unless dated.
        let unspecified = best.is_none() && unspecified_past(toks, trig, hi);
        // "the first Australian Prime Minister to have talks with the Chinese leader since
        // Malcolm Turnbull in 2016": the date is that of an earlier meeting, Turnbull's.
        let since_person = first_since
            .then(|| since_person(toks, &ents, &found_dates, trig.b, hi))
            .flatten();
        let best = best.filter(|b| since_person.is_none_or(|(_, d)| d.a != b.a));
        let mut status = status(toks, slo, trig.b, shi);
        status = settled_after(toks, trig.b, hi, status);
        // "has invited Donald Trump to meet with the leadership on Thursday": still to come.
        // Not when the guest declined, nor when the meeting is dated before the report
        // ("invited Biden to meet European leaders in Brussels in 2021, where they discussed").
        if status == MeetingStatus::Held && invited_to_meet(toks, trig.a) {
            let past = best.is_some_and(|d| {
                before_reference(
                    &dates::date_ref(text, toks, d, reference, Tense::Future),
                    reference,
                )
            });
            if invitation_declined(toks, trig.b, hi) {
                status = MeetingStatus::Proposed;
            } else if !past {
                status = MeetingStatus::Planned;
            }
        }
        // "invited him to a U.S.-Pacific island summit in Washington in September": the guest is
        // asked to a gathering with a date of its own, planned already.
        if status == MeetingStatus::Proposed
            && trigs.get(ti + 1).is_some_and(|n| {
                cues::INVITE_WORDS.contains(&lw(toks, trig.a))
                    && (trig.b..n.a).any(|k| lw(toks, k) == "to")
                    && n.a <= trig.b + cues::INVITE_VISIT_REACH
                    && cues::INVITE_GATHERINGS.contains(&lw(toks, n.b.saturating_sub(1)))
                    && found_dates.iter().any(|d| {
                        d.a >= n.b && d.a <= n.b + cues::INVITE_VISIT_REACH && !d.of_report
                    })
            })
        {
            status = MeetingStatus::Planned;
        }
        // "has no plans to meet": a proposal if nothing was planned, a cancellation if it was.
        // "an additional meeting between the two is not necessary": the verdict follows the noun.
        let negated = no_plans(toks, slo, trig, comma.min(hi));
        // "did not hold a bilateral meeting": no meeting; only a plan on record is called off.
        let denied = denied(toks, trig.a, slo);
        let negated = negated || denied;
        // "there are no plans for President Trump to meet with Putin": never a held meeting.
        if negated && status == MeetingStatus::Held {
            status = MeetingStatus::Proposed;
        }
        // "arrived at the White House for a hastily arranged visit": the plan was carried out;
        // "was to arrive … on Monday" with that Monday past: a plan whose day has come and gone.
        let told = status;
        // "who was set to meet the following day with Zelensky": a day counted from the story's
        // own time, not the report's; the plan is not told carried out, nor dated by another day.
        let narrative_day = (trig.b..hi.min(trig.b + cues::NARRATIVE_DAY_REACH))
            .any(|k| cues::NARRATIVE_DAYS.iter().any(|p| phrase_at(toks, k, p)));
        let best = best.filter(|d| !narrative_day || d.a >= trig.b);
        if !narrative_day {
            status = carried_out(text, toks, (slo, trig.a), best, reference, status);
        }
        let inferred = told != MeetingStatus::Held && status == MeetingStatus::Held;
        status = plan_of_cancelled(toks, prev_status, trig.a, status);
        // "Trump's visit to Israel", "His meeting with Clinton … on Tuesday night is an important
        // step": a mention with no status cue and no past verb is held only by default.
        let uncued = status == MeetingStatus::Held
            && told == MeetingStatus::Held
            && !past_near(toks, trig, shi);
        // Dated today or later, it is still to come.
        if uncued
            && meeting_noun(toks, trig)
            && best.is_some_and(|d| not_before(text, toks, d, reference))
        {
            status = MeetingStatus::Planned;
        }
        prev_status = Some((status, trig.b));
        // "after the president meets with Sanders": the present tense tells of what is to come.
        let present = status == MeetingStatus::Held
            && lw(toks, trig.a) == "meets"
            && !(slo..trig.a).any(|k| HABITUAL.contains(&lw(toks, k)));
        if present {
            status = MeetingStatus::Planned;
        }
        // "first direct engagement since they met in San Francisco in November": the meeting
        // after "since" is an earlier one, its own record, whoever the focus is on.
        let since_trig = first_since
            && (trig.a.saturating_sub(4)..trig.a).any(|k| lw(toks, k) == "since")
            && !(trig.a.saturating_sub(4)..trig.a).any(|k| CLAUSE_BREAKS.contains(&lw(toks, k)));
        let since_date = found_dates
            .iter()
            .filter(|d| d.a >= trig.b.min(lo.max(trig.b)) && d.a < hi && !d.of_report)
            .find(|d| d.since || since_trig)
            .or_else(|| {
                found_dates
                    .iter()
                    .find(|d| d.since && d.a >= lo && d.a < hi && first_since)
            })
            .filter(|_| first_since);
        if ps.len() < 2 || since_trig {
            let focus_parties = st
                .focus
                .and_then(|f| st.recs.get(f))
                .filter(|r| si.saturating_sub(r.last) <= ANAPHOR_REACH)
                .map(|r| r.parties.clone());
            let parties = if ps.len() >= 2 {
                Some(ps.clone())
            } else {
                focus_parties
            };
            if let (Some(d), Some(parties)) = (since_date, parties) {
                if since_trig || (ps.len() < 2 && d.a >= trig.b) {
                    let from = if since_trig { trig.b } else { d.b };
                    let old = reference_rec(text, toks, d, reference, from, hi, parties, span, si);
                    add_reference(&mut st.recs, old, si);
                    made_reference = true;
                    continue;
                }
            }
            if since_trig && ps.len() >= 2 {
                continue;
            }
        }
        // "Putin and Trump each flew to Alaska. … They then … shook hands": with no meeting in
        // focus, a pair subject stands for the two people just named.
        let focus_live = st
            .focus
            .and_then(|f| st.recs.get(f))
            .is_some_and(|r| si.saturating_sub(r.last) <= ANAPHOR_REACH);
        // "… are meeting Xi. There will be bilateral as well as trilateral meetings": one
        // bilateral for each party of one side with each of the other.
        if ps.is_empty() && focus_live && !split_sides && bilateral_kind_of(toks, lo, trig) {
            split_sides = true;
            open_side_bilaterals(st, status, span, si, &mut created_here);
        }
        // ("they met voters" has a party of its own: not the pair.)
        if ps.is_empty() && !focus_live {
            if let Some(pair) = pair_subject_parties(toks, &ents, trig.a, si, &st.recent) {
                ps = pair;
            }
        }
        if ps.len() < 2 {
            // A mention with one named party joins the latest meeting of that party nearby;
            // one with no parties of its own joins the meeting in focus.
            let own = ps.first().filter(|p| p.name.is_some()).and_then(|p| {
                // The meeting in focus first: a reference-point record filed after it is not
                // what "the conversation" means.
                if let Some(f) = st.focus.filter(|&f| {
                    st.recs
                        .get(f)
                        .is_some_and(|r| r.parties.iter().any(|q| q.name == p.name))
                }) {
                    return Some(f);
                }
                let from = st.recs.len().saturating_sub(cues::MAX_LOOKBACK);
                st.recs
                    .get(from..)
                    .unwrap_or(&[])
                    .iter()
                    .rposition(|r| {
                        si.saturating_sub(r.last) <= ANAPHOR_REACH
                            && r.parties.iter().any(|q| q.name == p.name)
                    })
                    .map(|i| from + i)
            });
            let Some(f) = own.or(st.focus) else { continue };
            let Some(r) = st.recs.get_mut(f) else {
                continue;
            };
            let anaphoric = ANAPHORS.contains(&trig.det.as_str())
                || ps.iter().all(|p| {
                    r.parties
                        .iter()
                        .any(|q| q.name.is_some() && q.name == p.name)
                });
            if si.saturating_sub(r.last) > ANAPHOR_REACH
                || !anaphoric
                || trig.class == Class::Weak
                || (trig.needs_party && lw(toks, trig.b) != "the")
            {
                continue;
            }
            // "They met again, in July 2008": the same parties, another meeting.
            let again = (trig.b..(trig.b + 2).min(hi)).any(|k| lw(toks, k) == "again");
            // "The pair met for dinner on Friday … The two leaders held talks on Thursday":
            // another day, another meeting of the same parties.
            let other_day = best
                .filter(|d| {
                    d.what != dates::Expr::Vague
                        && d.a >= trig.b
                        && d.a <= trig.b + partycues::OTHER_DAY_REACH
                        && status == MeetingStatus::Held
                        && r.status == MeetingStatus::Held
                })
                .and_then(|d| dates::date_ref(text, toks, d, reference, tense(status)).value)
                .is_some_and(|v| {
                    r.date
                        .as_ref()
                        .and_then(|x| x.value.as_ref())
                        .is_some_and(|w| !v.starts_with(w.as_str()) && !w.starts_with(v.as_str()))
                });
            // "Biden will meet Johnson on Friday. Biden also met the governor": "also" and a
            // held/planned clash tell another meeting, whose other party is not named.
            let also = (trig.a.saturating_sub(cues::ALSO_REACH)..trig.a)
                .any(|k| cues::ALSO_WORDS.contains(&lw(toks, k)));
            if also && !merge::status_ok(r.status, status) {
                continue;
            }
            // "The visit in March 2013" after another visit: another meeting, whose is not told.
            if other_day && matches!(trig.det.as_str(), "the" | "this" | "that" | "a" | "an") {
                continue;
            }
            // "spoke by telephone on Monday, after Trump said the two top diplomats would be
            // meeting this week": a plan beside a held call is another meeting of the pair.
            // "wanting a follow-up meeting" after the summit: another meeting, not the summit.
            let other_status = !merge::status_ok(r.status, status)
                && status != MeetingStatus::Cancelled
                && ((slo.max(1)..trig.a).any(|k| lw(toks, k) == "two" && lw(toks, k - 1) == "the")
                    || another_before(toks, trig.a));
            // "would meet Putin …, following what he called a productive phone call": the call
            // that came before the meeting just made is a meeting of its own.
            let prior_call = trig.class == Class::Call
                && r.kind != MeetingKind::Call
                && r.last == si
                && follows_after(toks, trig.a, lo);
            if prior_call {
                status = MeetingStatus::Held;
            }
            // "… following the public spat, and a planned signing ceremony was canceled": the
            // signing called off after the talks were held is another meeting of the parties.
            let side_event = status == MeetingStatus::Cancelled
                && r.status == MeetingStatus::Held
                && (trig.a..trig.b).any(|k| cues::SIDE_EVENTS.contains(&lw(toks, k)));
            if (again || other_day || other_status || prior_call || side_event)
                && trig.class != Class::Weak
            {
                ps = r.parties.clone();
                // "the deal signing was canceled" after talks with Trump and Vance: one signer
                // for each side, the first named of its country.
                if side_event {
                    one_per_country(&mut ps);
                }
            } else {
                // "An additional meeting … is not necessary": a plan on record, called off.
                if (status == MeetingStatus::Cancelled
                    && (r.status != MeetingStatus::Held || r.inferred))
                    || (negated && r.status == MeetingStatus::Planned)
                {
                    r.status = MeetingStatus::Cancelled;
                    r.inferred = false;
                }
                // "… spoke on Tuesday. The call lasted two hours": told later as a call, a call.
                if trig.class == Class::Call
                    && !made_reference
                    && r.kind == MeetingKind::Bilateral
                    && ANAPHORS.contains(&trig.det.as_str())
                {
                    r.kind = MeetingKind::Call;
                }
                touched.push((f, lo, hi, unspecified));
                continue;
            }
        }
        let date = best
            .map(|d| {
                let mut t = tense(status);
                if status == MeetingStatus::Cancelled {
                    t = nearest_tense(&d.what, reference);
                }
                dates::date_ref(text, toks, d, reference, t)
            })
            .or_else(|| dates::told_after(text, span, reference, tense(status), idx));
        let main_hi = since_rec.map_or(hi, |d| d.a);
        let location = place::location(text, toks, trig.a, lo, main_hi, trig.class == Class::Visit)
            .map(|x| x.1);
        let (occasion, side) = place::occasion_ranked(text, toks, lo, main_hi)
            .map_or((None, false), |(o, s)| (Some(o), s));
        let dur = duration::find(text, toks, lo, hi);
        // "met Starmer, with whom he discussed …": a weak trigger next does not end the details.
        let details_hi = trigs
            .get(ti + 1..)
            .and_then(|n| n.iter().find(|t| t.class != Class::Weak))
            .map_or(toks.len(), |n| n.a);
        let (topics, outcomes) =
            details::find(text, toks, lo, since_rec.map_or(details_hi, |d| d.a));
        // "talk with Xi via video conference": the medium makes it a call.
        let wire_at = (trig.b..hi).find(|&k| CALL_MEDIA.iter().any(|c| phrase_at(toks, k, c)));
        // "called off an expected meeting … after speaking by phone": the phone call is another,
        // earlier meeting of the same parties, held; the meeting keeps its kind.
        let call_before = wire_at.is_some_and(|k| {
            let from = trig.b.max(k.saturating_sub(partycues::PRIOR_CALL_REACH));
            (from..k).any(|j| partycues::PRIOR_MARKERS.contains(&lw(toks, j)))
                && lw(toks, k.saturating_sub(1)).ends_with("ing")
        });
        let by_wire = wire_at.is_some() && !call_before;
        let class = if by_wire && trig.class == Class::Meet {
            Class::Call
        } else {
            trig.class
        };
        let base = Rec {
            kind: kind_of(class, ps.len()),
            parties: ps.clone(),
            status,
            date,
            location,
            occasion,
            side,
            duration: dur,
            topics,
            outcomes,
            evidence: vec![span],
            last: si,
            negated,
            present: present && status == MeetingStatus::Planned,
            inferred,
            uncued: uncued && status == MeetingStatus::Held,
            elsewhen: false,
            quiet: Vec::new(),
            separate: (lo..hi)
                .any(|k| cues::SEPARATE_MARKERS.iter().any(|m| phrase_at(toks, k, m))),
        };
        // "arranging calls with both Sanders and Clinton": one call with each.
        let plural = matches!(lw(toks, trig.a), "calls" | "meetings" | "visits")
            || lw(toks, trig.b.saturating_sub(2)) == "calls";
        // "Pence met with Cruz and Trump": one person meeting two named people, one by one.
        let one_by_one = left_n == 1
            && ps.len() == 3
            && ps.iter().all(|p| p.name.is_some())
            && SPLIT_VERBS.contains(&lw(toks, trig.a));
        let mut sets = vec![ps.clone()];
        if (plural || one_by_one) && left_n == 1 && ps.len() >= 3 {
            sets = ps
                .iter()
                .skip(1)
                .map(|p| vec![ps.first().cloned().unwrap_or_default(), p.clone()])
                .collect();
        }
        let mut at = 0;
        // "Instead, the Quad nations are expected to have a sideline meeting": a new plan.
        let instead = toks.iter().any(|t| t.lower == "instead");
        // "Blinken and Wang met again in Washington": not a meeting told before.
        let again = super::repeats::marks_repeat(text, &span);
        for set in sets {
            let mut new = base.clone();
            new.kind = kind_of(class, set.len());
            new.parties = set;
            let found = merge::find(&st.recs, &new, si).filter(|&i| {
                !st.recs
                    .get(i)
                    .is_some_and(|r| merge::replaces(r, &new, instead) || (again && r.last < si))
            });
            // An undated, unplaced earlier meeting may join a record, never open one.
            if unspecified && base.location.is_none() && found.is_none() {
                continue;
            }
            // Joining, it is evidence only: "have met before, in Bali" does not place the
            // meeting on record there.
            if unspecified && found.is_some() {
                new.date = None;
                new.location = None;
                new.occasion = None;
                new.duration = None;
                new.quiet = new.evidence.clone();
            }
            // A denied meeting with no plan on record to call off is no meeting at all.
            if denied
                && !found.and_then(|i| st.recs.get(i)).is_some_and(|r| {
                    matches!(r.status, MeetingStatus::Planned | MeetingStatus::Proposed)
                })
            {
                continue;
            }
            at = join_or_push(&mut st.recs, found, new, &mut created_here);
        }
        if ps.len() >= 3 && left_n >= 1 && left_n < ps.len() && !plural && !one_by_one {
            let (l, r) = ps.split_at(left_n);
            st.sides = Some((l.to_vec(), r.to_vec()));
        }
        // "Pence met with Cruz and Trump last week, and this week with Kasich": the verb left
        // out of the second clause is the same meeting verb, of the same subject.
        if left_n == 1 && class == Class::Meet && SPLIT_VERBS.contains(&lw(toks, trig.a)) {
            if let Some((gap, e)) = gapped_party(toks, &ents, extent, hi) {
                let mut new = base.clone();
                new.parties = vec![ps.first().cloned().unwrap_or_default(), e.party.clone()];
                new.kind = MeetingKind::Bilateral;
                new.date = found_dates
                    .iter()
                    .find(|d| d.a >= gap && d.b <= e.a)
                    .map(|d| dates::date_ref(text, toks, d, reference, tense(status)));
                if !new
                    .parties
                    .iter()
                    .skip(1)
                    .any(|p| ps.iter().any(|q| q.name.is_some() && q.name == p.name))
                {
                    let found = merge::find(&st.recs, &new, si);
                    join_or_push(&mut st.recs, found, new, &mut created_here);
                }
            }
        }
        if call_before && ps.len() >= 2 {
            let mut call = base.clone();
            call.kind = MeetingKind::Call;
            call.status = MeetingStatus::Held;
            call.date = best.map(|d| dates::date_ref(text, toks, d, reference, Tense::Past));
            let found = merge::find(&st.recs, &call, si);
            join_or_push(&mut st.recs, found, call, &mut created_here);
        }
        st.focus = Some(at);
        if let Some((e, d)) = since_person {
            if let Some(parties) = stand_in(toks, &ents, &ps, e, lo, trig.a) {
                let old = reference_rec(text, toks, d, reference, d.b, hi, parties, span, si);
                add_reference(&mut st.recs, old, si);
                made_reference = true;
            }
        }
        // "the first … since November last year in Bangkok": that earlier meeting is its own record.
        if let Some(d) = since_rec {
            let old = reference_rec(text, toks, d, reference, d.b, hi, ps, span, si);
            add_reference(&mut st.recs, old, si);
            made_reference = true;
        }
    }
    focus_details(
        text,
        toks,
        span,
        si,
        reference,
        st,
        &ents,
        trigs.is_empty(),
        touched,
        created_here.is_empty(),
        found_dates,
    );
    visits_on_arrival(
        text,
        toks,
        span,
        si,
        idx,
        reference,
        st,
        &ents,
        &mut created_here,
    );
    after_sentence(st, &ents, si, &created_here);
}
