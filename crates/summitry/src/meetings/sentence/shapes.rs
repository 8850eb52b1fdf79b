//! Shapes the per-sentence pass reads beside its triggers: a visit to a capital, an earlier
//! meeting named after "since", a stand-in party, and where a date belongs.

use super::*;

/// "with Xi recently paying a visit to Moscow": a traveller's visit to a capital is one to that
/// country's leader, the one the sentence or else the text names. Beside another trigger of the
/// sentence ("is visiting London and had been expected to meet Sunak") the visit only sets the
/// scene: the capital makes no party.
pub(super) fn capital_host(
    text: &str,
    toks: &[Tok],
    trig: &triggers::Trigger,
    n_trigs: usize,
    idx: &names::Index,
    ps: &mut Vec<Participant>,
) {
    if trig.class != Class::Visit || ps.len() != 2 {
        return;
    }
    let at = if lw(toks, trig.b) == "to" {
        trig.b + 1
    } else {
        trig.b
    };
    let Some(country) = super::super::arrivals::capital_at(text, toks, at) else {
        return;
    };
    let bare = |p: &Participant| {
        p.name.is_none() && p.role.is_none() && p.country.as_deref() == Some(country)
    };
    if !ps.get(1).is_some_and(bare) {
        return;
    }
    if n_trigs > 1 {
        ps.truncate(1);
        return;
    }
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    // Mentions are sorted by start: only those inside the sentence are read.
    let from = idx.mentions.partition_point(|m| m.0 < first.start);
    let in_sentence = idx
        .mentions
        .iter()
        .skip(from)
        .take_while(|m| m.0 < last.end)
        .any(|m| {
            m.1 <= last.end
                && idx.people.get(m.2).is_some_and(|k| {
                    k.country.as_deref() == Some(country)
                        && super::super::arrivals::hosts(k.role.as_deref())
                })
        });
    // A host in the sentence is found later, from its parties.
    if !in_sentence {
        if let Some(h) = super::super::offices::resolve_office(idx, "leader", Some(country), &[])
            .filter(|h| h.name.is_some() && ps.first().is_none_or(|v| v.name != h.name))
        {
            if let Some(slot) = ps.get_mut(1) {
                *slot = h;
            }
        }
    }
}

/// "… to meet Xi since Malcolm Turnbull in 2016": the person right after "since" (from `b`, the
/// trigger's end, to `hi`) and the date right after the name.
pub(super) fn since_person<'a>(
    toks: &[Tok],
    ents: &'a [parties::Ent],
    found: &'a [dates::Found],
    b: usize,
    hi: usize,
) -> Option<(&'a parties::Ent, &'a dates::Found)> {
    let k = (b..hi).find(|&k| lw(toks, k) == "since")?;
    let e = ents
        .iter()
        .find(|e| e.kind == EntKind::Person && e.a > k && e.a <= k + 2)?;
    let d = found
        .iter()
        .find(|d| d.a >= e.b && d.a <= e.b + cues::SINCE_DATE_REACH && d.a < hi)?;
    Some((e, d))
}

/// The parties of the earlier meeting "since" a person points to: that person in place of the
/// party the sentence makes "the first" ("making Albanese the first … since Turnbull").
pub(super) fn stand_in(
    toks: &[Tok],
    ents: &[parties::Ent],
    ps: &[Participant],
    e: &parties::Ent,
    lo: usize,
    a: usize,
) -> Option<Vec<Participant>> {
    if ps
        .iter()
        .any(|p| p.name.is_some() && p.name == e.party.name)
    {
        return None;
    }
    let first = (lo..a).rev().find(|&k| lw(toks, k) == "first")?;
    let subject = ents.iter().rev().find(|x| {
        x.b <= first
            && ps
                .iter()
                .any(|p| p.name.is_some() && p.name == x.party.name)
    })?;
    let mut out = vec![e.party.clone()];
    out.extend(ps.iter().filter(|p| p.name != subject.party.name).cloned());
    (out.len() >= 2).then_some(out)
}

/// The date expression nearest a trigger in its stretch `[lo, hi)` (not the report's own date),
/// and the "since" date of an earlier meeting when the sentence says "first … since".
/// Joins `new` into the record `found` points at, or appends it as a record
/// created by this sentence; returns the record's index.
pub(super) fn join_or_push(
    recs: &mut Vec<Rec>,
    found: Option<usize>,
    new: Rec,
    created: &mut Vec<usize>,
) -> usize {
    match found {
        Some(i) => {
            if let Some(r) = recs.get_mut(i) {
                merge::join(r, new);
            }
            i
        }
        None => {
            recs.push(new);
            created.push(recs.len() - 1);
            recs.len() - 1
        }
    }
}

pub(super) fn nearest_date<'a>(
    toks: &[Tok],
    found_dates: &'a [dates::Found],
    lo: usize,
    hi: usize,
    trig: &triggers::Trigger,
    first_since: bool,
) -> (Option<&'a dates::Found>, Option<&'a dates::Found>) {
    let mut since_rec = None;
    let mut best: Option<&dates::Found> = None;
    for d in found_dates {
        if d.of_report || d.b <= lo || d.a >= hi || dates_the_saying(toks, lo, d, trig.a) {
            continue;
        }
        if d.since {
            if first_since {
                since_rec = Some(d);
            }
            continue;
        }
        // Nearest wins; a date after the trigger breaks ties, a vague one ("this week")
        // yields to any exact one.
        let dist = |f: &dates::Found| {
            let d = if f.a >= trig.b {
                2 * (f.a - trig.b)
            } else {
                2 * trig.a.saturating_sub(f.b) + 1
            };
            d + if f.what == dates::Expr::Vague {
                1000
            } else {
                0
            }
        };
        if best.is_none_or(|b| dist(d) < dist(b)) {
            best = Some(d);
        }
    }
    (best, since_rec)
}

/// Whether the date `d` before a trigger at `a` dates the saying whose "that" clause holds the
/// meeting ("Albanese confirmed to the media on Wednesday morning that the summit had been
/// cancelled"): a past verb stands before the date in the stretch from `lo`, "that" after it.
pub(super) fn dates_the_saying(toks: &[Tok], lo: usize, d: &dates::Found, a: usize) -> bool {
    d.b <= a
        && (d.b..a).any(|k| lw(toks, k) == "that")
        && (lo..d.a).any(|k| {
            toks.get(k).is_some_and(|t| {
                !t.cap
                    && (cues::SPEECH_VERBS.contains(&t.lower.as_str())
                        || cues::SAYING_VERBS.contains(&t.lower.as_str()))
            })
        })
}

/// Whether a call trigger at `a` is told as what came before ("following what he called a
/// productive phone call", "after a phone call"): a marker stands a few words before it.
pub(super) fn follows_after(toks: &[Tok], a: usize, lo: usize) -> bool {
    (lo.max(a.saturating_sub(partycues::PRIOR_CALL_REACH))..a)
        .any(|j| partycues::PRIOR_MARKERS.contains(&lw(toks, j)))
}

/// Whether a word before the meeting noun at `a` makes it another meeting ("a follow-up
/// meeting", "another summit").
pub(super) fn another_before(toks: &[Tok], a: usize) -> bool {
    cues::ANOTHER_MEETING.iter().any(|p| {
        let n = p.split(' ').count();
        a >= n && phrase_at(toks, a - n, p)
    })
}

/// The two people a pair subject before the trigger at `a` stands for ("they", "the two"):
/// the only two named before it in the sentence, else the only two of the sentence before.
pub(super) fn pair_subject_parties(
    toks: &[Tok],
    ents: &[parties::Ent],
    a: usize,
    si: usize,
    recent: &[(usize, Participant, Option<crate::people::gender::Gender>)],
) -> Option<Vec<Participant>> {
    let from = a.saturating_sub(cues::PAIR_SUBJECT_REACH);
    let at = (from..a).rev().find(|&k| {
        cues::PAIR_SUBJECTS
            .iter()
            .any(|p| phrase_at(toks, k, p) && k + p.split(' ').count() <= a)
    })?;
    // The subject and the trigger in one sentence part ("they headed into talks").
    if (at..a).any(|k| matches!(lw(toks, k), ";" | ":" | "“" | "”" | "\"")) {
        return None;
    }
    let two = |ps: &mut Vec<Participant>| (ps.len() == 2).then(|| ps.clone());
    let mut here: Vec<Participant> = Vec::new();
    for e in ents
        .iter()
        .filter(|e| e.kind == parties::EntKind::Person && e.b <= at)
    {
        if !here.iter().any(|q| q.name == e.party.name) {
            here.push(e.party.clone());
        }
    }
    if here.len() >= 2 {
        return two(&mut here);
    }
    let mut before: Vec<Participant> = Vec::new();
    for (_, p, _) in recent.iter().filter(|(k, _, _)| k + 1 == si) {
        if p.name.is_some() && !before.iter().any(|q| q.name == p.name) {
            before.push(p.clone());
        }
    }
    // "Putin grinned as the two started their meeting": one of the pair named again.
    if !here.iter().all(|h| before.iter().any(|q| q.name == h.name)) {
        return None;
    }
    two(&mut before)
}

/// Keeps the first party of each country (parties of no known country all stay).
pub(super) fn one_per_country(ps: &mut Vec<Participant>) {
    let mut seen: Vec<String> = Vec::new();
    ps.retain(|p| match &p.country {
        Some(c) if seen.contains(c) => false,
        Some(c) => {
            seen.push(c.clone());
            true
        }
        None => true,
    });
}

/// The bilaterals inside a meeting of two sides: each party of one side with each of the other,
/// when `sides` are those of `r`, a meeting of three or more.
pub(super) fn side_pairs(
    r: &Rec,
    sides: Option<&(Vec<Participant>, Vec<Participant>)>,
) -> Option<Vec<Vec<Participant>>> {
    let (left, right) = sides?;
    if r.kind != MeetingKind::Multilateral || r.parties.len() != left.len() + right.len() {
        return None;
    }
    let all: Vec<Participant> = left.iter().chain(right).cloned().collect();
    if !merge::same_parties(&r.parties, &all) {
        return None;
    }
    Some(
        left.iter()
            .flat_map(|l| right.iter().map(move |x| vec![l.clone(), x.clone()]))
            .collect(),
    )
}

/// Whether "bilateral" in `toks[lo..]` modifies the trigger's meeting noun: inside the
/// trigger, or before it with only kind coordination between ("bilateral as well as
/// trilateral meetings"), not "bilateral trade … of the meeting".
pub(super) fn bilateral_kind_of(
    toks: &[Tok],
    lo: usize,
    trig: &super::super::triggers::Trigger,
) -> bool {
    (lo..trig.b).any(|k| {
        lw(toks, k) == "bilateral"
            && (k >= trig.a
                || (k + 1..trig.a).all(|j| cues::KIND_COORDINATION.contains(&lw(toks, j))))
    })
}

/// Opens the bilaterals inside the meeting in focus, a meeting of two sides ([`side_pairs`]),
/// each held on its day and at its place.
pub(super) fn open_side_bilaterals(
    st: &mut State,
    status: MeetingStatus,
    span: Span,
    si: usize,
    created: &mut Vec<usize>,
) {
    let within = st.focus.and_then(|f| st.recs.get(f)).and_then(|r| {
        side_pairs(r, st.sides.as_ref()).map(|p| (p, r.date.clone(), r.location.clone()))
    });
    let Some((pairs, date, location)) = within else {
        return;
    };
    for pair in pairs {
        let new = Rec {
            date: date.clone(),
            location: location.clone(),
            ..Rec::new(MeetingKind::Bilateral, pair, status, vec![span], si)
        };
        let found = merge::find(&st.recs, &new, si);
        join_or_push(&mut st.recs, found, new, created);
    }
}

/// Whether the trigger at `a` is denied ("did not hold a bilateral meeting", "has yet to meet"):
/// a denial stands within a few tokens before it, only filler words between.
pub(super) fn denied(toks: &[Tok], a: usize, lo: usize) -> bool {
    let from = a.saturating_sub(cues::DENIAL_REACH).max(lo);
    (from..a).any(|k| {
        cues::DENIALS.iter().any(|d| {
            phrase_at(toks, k, d)
                && (k + d.split(' ').count()..a).all(|j| cues::DENIAL_GAP.contains(&lw(toks, j)))
        })
    })
}

/// "canceled a planned trip to Israel, where he was to meet Netanyahu": a plan told in a
/// relative clause of a cancelled trigger is the plan called off.
pub(super) fn plan_of_cancelled(
    toks: &[Tok],
    prev: Option<(MeetingStatus, usize)>,
    a: usize,
    status: MeetingStatus,
) -> MeetingStatus {
    let Some((MeetingStatus::Cancelled, b)) = prev else {
        return status;
    };
    let relative = (b..a).any(|k| cues::PLAN_RELATIVES.contains(&lw(toks, k)))
        && !(b..a).any(|k| matches!(lw(toks, k), ";" | "but" | "instead"));
    if relative && matches!(status, MeetingStatus::Planned | MeetingStatus::Proposed) {
        MeetingStatus::Cancelled
    } else {
        status
    }
}

/// "A planned visit by Baerbock to China was postponed": the country (or capital) after the
/// visitor's "to" is the host of a visit noun whose only party came with "by".
pub(super) fn visit_by_to(
    text: &str,
    toks: &[Tok],
    ents: &[parties::Ent],
    trig: &triggers::Trigger,
    ps: &mut Vec<Participant>,
) {
    if trig.class != Class::Visit || ps.len() != 1 || lw(toks, trig.b) != "by" {
        return;
    }
    let Some(visitor) = ents.iter().find(|e| e.a == trig.b + 1) else {
        return;
    };
    if ps.first().map(|p| &p.name) != Some(&visitor.party.name) || lw(toks, visitor.b) != "to" {
        return;
    }
    let host = ents
        .iter()
        .find(|e| e.a == visitor.b + 1 && e.kind == EntKind::Country)
        .map(|e| e.party.clone())
        .or_else(|| {
            super::super::arrivals::capital_at(text, toks, visitor.b + 1).map(|c| Participant {
                country: Some(c.to_string()),
                ..Participant::default()
            })
        });
    if let Some(h) = host.filter(|h| h.country.is_some() && h.country != visitor.party.country) {
        ps.push(h);
    }
}

/// Whether there are said to be no plans for the trigger's meeting: a negation before it up
/// from `slo` ("has no plans to meet"), or a verdict after it before `end` ("is not necessary").
pub(super) fn no_plans(toks: &[Tok], slo: usize, trig: &triggers::Trigger, end: usize) -> bool {
    (slo..trig.a).any(|k| NEGATIONS.iter().any(|n| phrase_at(toks, k, n)))
        || (trig.b..end.min(trig.b + partycues::NEGATION_AFTER_REACH)).any(|k| {
            partycues::NEGATIONS_AFTER
                .iter()
                .any(|n| phrase_at(toks, k, n))
        })
}

/// Whether the trigger is a meeting noun ("Trump's visit", "his one-on-one meeting"), not a
/// verb ("after meeting with", "he visits").
pub(super) fn meeting_noun(toks: &[Tok], trig: &triggers::Trigger) -> bool {
    (trig.a..trig.b).any(|k| cues::MEETING_NOUNS.contains(&lw(toks, k)))
        && !cues::VERB_LEADS.contains(&trig.det.as_str())
}

/// Whether a past form tells the trigger was held: the trigger itself ("met", "visited"), a
/// verb just before it ("held a meeting", "paid a visit") or one after it up to `shi` ("the
/// meeting ended").
pub(super) fn past_near(toks: &[Tok], trig: &triggers::Trigger, shi: usize) -> bool {
    let past = |k: usize| {
        let w = lw(toks, k);
        cues::PAST_WORDS.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
    };
    (trig.a.saturating_sub(cues::PAST_VERB_REACH)..trig.a).any(past)
        || (trig.a..shi.max(trig.b)).any(past)
}

/// Whether a date names a whole day on or after the report's day (resolved as past, so only
/// "today", "tonight" or an absolute date can).
pub(super) fn not_before(
    text: &str,
    toks: &[Tok],
    d: &dates::Found,
    reference: Option<NaiveDate>,
) -> bool {
    let r = dates::date_ref(text, toks, d, reference, Tense::Past);
    reference.is_some()
        && r.value.as_ref().is_some_and(|v| v.len() == 10)
        && !super::super::records::before_reference(&r, reference)
}
