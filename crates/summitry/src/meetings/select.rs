//! Which parties a trigger takes: subject and object groups, pronouns, possessives,
//! "their", participles and the sentence's subject.

use super::cues::{
    Class, CALL_PURPOSE_REACH, CALL_PURPOSE_VERBS, SUBJECT_FRAMES, TRIP_BACKERS, TRIP_FRAMES,
    TRIP_FRAME_REACH,
};
use super::names;

use super::parties::{self, Ent, EntKind};
use super::tokens::Tok;
use super::triggers::Trigger;
use crate::Participant;

mod among;
mod convened;
mod hosts;
mod invites;
pub(crate) mod object;
mod pronouns;
use hosts::visit_host;
use pronouns::pronoun_subject;
pub(crate) use pronouns::{fits_pronoun, Prev};

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

pub(crate) fn push_party(out: &mut Vec<Participant>, p: &Participant) {
    let dup = out.iter().any(|q| match (&q.name, &p.name) {
        (Some(a), Some(b)) => a == b,
        (None, None) => q.country == p.country && q.role == p.role,
        _ => false,
    });
    if !dup {
        out.push(p.clone());
    }
}

pub(crate) fn parties_for(
    text: &str,
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    before: Option<&Trigger>,
    prev: &Prev,
) -> (Vec<Participant>, usize, usize) {
    let visit = trig.class == Class::Visit;
    if let Some(pair) = paid_visit(toks, ents, trig) {
        return (pair, trig.b, 1);
    }
    // "convened top surrogates (including …)": the subject and the people named in the object,
    // with no sides (all of them met at once).
    if convened::is_convening(trig) {
        return (
            convened::convened(toks, ents, trig, toks.len(), prev),
            trig.b,
            0,
        );
    }
    let mut out = Vec::new();
    let mut extent = trig.b;
    let right = parties::right(ents, toks, trig.b, visit);
    if trig.needs_party {
        let ok = right.and_then(|(k, _)| ents.get(k)).is_some_and(|e| {
            // Only descriptors may stand between ("spoke to Republican front-runner Donald Trump").
            // "received the Qatari foreign minister": an office after its article.
            let gap_ok = e.a == trig.b
                || object::office_after_article(toks, e, trig.b)
                || (e.a <= trig.b + 4
                    && (trig.b..e.a).all(|k| {
                        toks.get(k).is_some_and(|t| {
                            t.word
                                && !matches!(
                                    t.lower.as_str(),
                                    "on" | "for"
                                        | "off"
                                        | "in"
                                        | "at"
                                        | "the"
                                        | "a"
                                        | "an"
                                        | "up"
                                        | "out"
                                        | "back"
                                        | "it"
                                        | "him"
                                        | "her"
                                        | "them"
                                        | "upon"
                                        | "into"
                                        | "by"
                                        | "about"
                                        | "that"
                                        | "to"
                                )
                        }) || lw(toks, k) == "-"
                    }));
            gap_ok && (trig.class != Class::Call || e.kind == EntKind::Person)
        });
        // "invited him to a summit", "welcomed her": an object pronoun stands for a party named
        // before (resolved below); "called him a liar" names, so "called" takes none.
        let pronoun = super::cues::OBJECT_PRONOUNS.contains(&lw(toks, trig.b))
            && !super::cues::NAMING_VERBS.contains(&lw(toks, trig.a));
        if !ok && !pronoun {
            return (out, extent, 0);
        }
    }
    let mut left = parties::left(ents, toks, trig.a, visit);
    // "Yang visited Japan … and met with Kitamura": Japan is the object of the first verb;
    // the subject is the first verb's.
    if let (Some((lo, hi)), Some(p)) = (left, before) {
        let object = ents.get(lo).is_some_and(|e| e.a <= p.b + 1 && e.a >= p.b);
        let and = ents
            .get(hi)
            .is_some_and(|e| (e.b..trig.a).any(|k| lw(toks, k) == "and"));
        if object && and {
            left = parties::left(ents, toks, p.a, p.class == Class::Visit);
        }
    }
    left = left.map(|(lo, hi)| (headline_pair(toks, ents, lo), hi));
    // "X was a primary sponsor of a congressional trip to Azerbaijan": X did not travel.
    if visit && sponsor_of_trip(toks, ents, trig, left) {
        left = None;
    }
    if let Some(p) = among::among_subject(toks, ents, trig.a) {
        // "Wallnau was among the pastors who met with Trump".
        push_party(&mut out, &p);
    } else if let Some((lo, hi)) = left {
        if let Some(p) = before {
            invites::invited_by(toks, ents, p, (lo, hi), trig, &mut out);
        }
        for e in ents.get(lo..=hi).unwrap_or(&[]) {
            push_party(&mut out, &e.party);
        }
    } else if let Some(p) = pronoun_subject(toks, ents, trig.a, prev) {
        push_party(&mut out, &p);
    } else if let Some(p) = clause_subject(toks, ents, trig.a, right.is_some()) {
        push_party(&mut out, &p);
    } else if let Some(p) = frame_subject(toks, ents, trig.a, visit) {
        push_party(&mut out, &p);
    } else if matches!(lw(toks, 0), "he" | "she")
        && !ents
            .iter()
            .any(|e| e.kind == EntKind::Person && e.b <= trig.a)
    {
        // "She has been under fire for a private meeting … with Bill Clinton".
        if let Some(p) = prev.of(lw(toks, 0)) {
            push_party(&mut out, p);
        }
    } else if lw(toks, trig.a).ends_with("ing")
        && matches!(lw(toks, trig.a.wrapping_sub(1)), "," | "and")
    {
        // "Sanders spent Wednesday …, filming shows and meeting with the Rev. Al Sharpton".
        if let Some(e) = ents
            .first()
            .filter(|e| e.kind == EntKind::Person && e.a <= 3 && e.b <= trig.a)
        {
            push_party(&mut out, &e.party);
        }
    }
    // "Israel cancels delegation's trip to Washington", "a visit to Washington by an Israeli
    // delegation": country to country, the host being the country of the place visited.
    if visit && right.is_none() {
        visit_host(text, toks, ents, trig, &mut out);
    }
    // "The meeting in New Delhi is attended by 40 delegations, including A, B and C".
    if right.is_none() && left.is_none() && out.is_empty() {
        if let Some(by) = (trig.b..(trig.b + ATTENDED_REACH).min(toks.len()))
            .find(|&k| lw(toks, k) == "attended" && lw(toks, k + 1) == "by")
        {
            let mut names = Vec::new();
            for e in ents
                .iter()
                .filter(|e| e.a > by && e.kind == EntKind::Person)
            {
                push_party(&mut names, &e.party);
            }
            if names.len() >= 2 {
                out = names;
                extent = toks.len();
            }
        }
    }
    // "visits to China by Treasury Secretary Janet Yellen and Secretary of State Antony
    // Blinken": the people after "by" are the visitors, the country after "to" their host.
    if let Some((host, visitors)) = visits_by(text, toks, ents, trig, right) {
        let mut parties = vec![host];
        for v in visitors {
            push_party(&mut parties, &v);
        }
        let end = right
            .and_then(|(_, hi)| ents.get(hi))
            .map_or(extent, |e| e.b);
        return (parties, end, 1);
    }
    let left_n = out.len();
    if trig.class == Class::Weak {
        let people = out.iter().filter(|p| p.name.is_some()).count();
        // "Lopez and Berg signed a letter": a signing is a meeting only over a pact.
        let signing = super::cues::SIGNING_VERBS.contains(&lw(toks, trig.a));
        let pact = (trig.b..trig.b + super::cues::PACT_REACH)
            .any(|k| super::cues::PACT_NOUNS.contains(&lw(toks, k)));
        if people < 2 || out.len() != people || (signing && !pact) {
            out.clear();
        }
        return (out, extent, 0);
    }
    if let Some((lo, hi)) = right {
        // "a summit between X and Y": the pair names the parties on its own.
        let between = hi > lo
            && ents
                .get(lo)
                .is_some_and(|e| (trig.b.saturating_sub(1)..e.a).any(|k| lw(toks, k) == "between"));
        if between {
            out.clear();
        }
        for e in ents.get(lo..=hi).unwrap_or(&[]) {
            push_party(&mut out, &e.party);
        }
        extent = ents.get(hi).map_or(extent, |e| e.b);
        // "with half a dozen House Democrats, including Minority Leader Nancy Pelosi": the
        // members the text names take part beside their group.
        if let Some(g) = ents
            .get(hi)
            .filter(|e| e.party.name.is_none() && e.party.role.is_some())
        {
            let mut k = g.b;
            if lw(toks, k) == "," {
                k += 1;
            }
            if lw(toks, k) == "including" {
                for e in ents.iter().skip(hi + 1) {
                    let gap_ok = (k + 1..e.a).all(|x| {
                        matches!(lw(toks, x), "," | "and")
                            || toks.get(x).is_some_and(|t| t.cap && t.word)
                    });
                    if e.kind != EntKind::Person || !gap_ok {
                        break;
                    }
                    push_party(&mut out, &e.party);
                    extent = e.b;
                    k = e.b;
                }
            }
        }
    }
    // "refused to meet him": the object pronoun is someone already named, not the subject.
    if right.is_none() && out.len() == 1 {
        if let Some(p) = pronouns::object_pronoun(toks, ents, trig, &out, prev) {
            push_party(&mut out, &p);
        } else if let Some(p) = pronouns::during_pronoun(toks, ents, trig, &out) {
            push_party(&mut out, &p);
        }
    }
    // "agreed to a phone call on Wednesday, but only to tell Garland …": the one the call's
    // purpose names is its other party.
    if trig.class == Class::Call && out.len() == 1 && right.is_none() {
        if let Some(p) = purpose_party(toks, ents, extent.max(trig.b)) {
            push_party(&mut out, &p);
        }
    }
    // "X and Y asserted … in the first meeting of the leaders": the sentence's subject.
    if out.len() < 2 && left.is_none() {
        if let Some(first) = ents.first().filter(|e| {
            e.b <= trig.a && (0..e.a).all(|k| toks.get(k).is_none_or(|t| !t.word || t.cap))
        }) {
            let (lo, hi) = parties::group(ents, toks, 0);
            if hi > lo
                && ents.get(hi).is_some_and(|e| {
                    e.b <= trig.a
                        && (e.b..trig.a)
                            .all(|k| !matches!(lw(toks, k), "," | ";" | ":" | "—" | "(" | ")"))
                })
                && first.kind != EntKind::Country
            {
                out.clear();
                for e in ents.get(lo..=hi).unwrap_or(&[]) {
                    push_party(&mut out, &e.party);
                }
            }
        }
    }
    // "X told Y … in their first talks": the two people before "their".
    if out.len() < 2 && (1..=3).any(|d| trig.a >= d && lw(toks, trig.a - d) == "their")
        || (out.is_empty() && lw(toks, trig.a.wrapping_sub(2)) == "their")
    {
        let people: Vec<&Ent> = ents
            .iter()
            .filter(|e| e.kind == EntKind::Person && e.b <= trig.a)
            .collect();
        let mut distinct = Vec::new();
        for e in people {
            push_party(&mut distinct, &e.party);
        }
        if distinct.len() == 2 {
            out = distinct;
        }
    }
    // "The US leader pressured Zelensky … during "tense" talks last Friday": with no party of
    // its own, a meeting noun after "during" is between the two people of its clause.
    if out.is_empty()
        && right.is_none()
        && matches!(
            lw(toks, trig.a),
            "talks" | "meeting" | "summit" | "meetings"
        )
        && (1..=DURING_REACH).any(|d| trig.a >= d && lw(toks, trig.a - d) == "during")
    {
        let mut distinct = Vec::new();
        for e in ents
            .iter()
            .filter(|e| e.kind == EntKind::Person && e.b <= trig.a)
        {
            push_party(&mut distinct, &e.party);
        }
        if distinct.len() == 2 {
            out = distinct;
        }
    }
    (out, extent, left_n)
}

/// The host country and the named visitors of "a visit to <country> by <people>".
fn visits_by(
    text: &str,
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    right: Option<(usize, usize)>,
) -> Option<(Participant, Vec<Participant>)> {
    if trig.class != Class::Visit || lw(toks, trig.b) != "to" {
        return None;
    }
    let (lo, hi) = right?;
    let k = trig.b + 1;
    let n = names::place_len(text, toks, k);
    if n == 0 || lw(toks, k + n) != "by" {
        return None;
    }
    let place = toks
        .get(k)
        .zip(toks.get(k + n - 1))
        .and_then(|(f, l)| text.get(f.start..l.end))
        .and_then(super::gazetteer::lookup)?;
    let visitors: Vec<Participant> = ents
        .get(lo..=hi)?
        .iter()
        .filter(|e| e.a > k + n && e.kind == EntKind::Person)
        .map(|e| e.party.clone())
        .collect();
    let host = place.country().to_string();
    if visitors.is_empty() || visitors.iter().any(|v| v.country.as_deref() == Some(&host)) {
        return None;
    }
    Some((
        Participant {
            name: None,
            role: None,
            country: Some(host),
        },
        visitors,
    ))
}

/// The person a call's purpose names right after its verb ("… to tell Garland that …").
fn purpose_party(toks: &[Tok], ents: &[Ent], from: usize) -> Option<Participant> {
    let k = (from..(from + CALL_PURPOSE_REACH).min(toks.len()))
        .find(|&k| lw(toks, k) == "to" && CALL_PURPOSE_VERBS.contains(&lw(toks, k + 1)))?;
    ents.iter()
        .find(|e| e.a == k + 2 && e.kind == EntKind::Person)
        .map(|e| e.party.clone())
}

/// Whether the party left of a trip noun is tied to it by "of" ("a sponsor of a congressional
/// trip to Azerbaijan"): something else of the trip, not its traveller.
fn sponsor_of_trip(
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    left: Option<(usize, usize)>,
) -> bool {
    let Some(e) = left.and_then(|(_, hi)| ents.get(hi)) else {
        return false;
    };
    matches!(
        lw(toks, trig.a),
        "trip" | "visit" | "visits" | "trips" | "state"
    ) && (e.b.max(1)..trig.a)
        .any(|k| lw(toks, k) == "of" && TRIP_BACKERS.contains(&lw(toks, k - 1)))
}

/// The traveller of a trip framed by what the sentence's subject does ("Obama made the comments
/// just before ending a three-day trip to Vietnam"), or the one who met in a meeting that came
/// before what the subject did ("Zelenskyy left the White House … following a heated exchange
/// with Trump"): a person opening the sentence, with no clause break between.
fn frame_subject(toks: &[Tok], ents: &[Ent], a: usize, visit: bool) -> Option<Participant> {
    let framed = (a.saturating_sub(TRIP_FRAME_REACH)..a).any(|k| {
        (visit && TRIP_FRAMES.contains(&lw(toks, k))) || SUBJECT_FRAMES.contains(&lw(toks, k))
    });
    let e = ents.first().filter(|e| {
        framed
            && e.kind == EntKind::Person
            && (0..e.a).all(|k| toks.get(k).is_some_and(|t| t.word && t.cap))
            && e.b <= a
            && (e.b..a).all(|k| {
                toks.get(k).is_some_and(|t| t.word || t.lower == "-")
                    && !super::cues::CLAUSE_BREAKS.contains(&lw(toks, k))
            })
    })?;
    Some(e.party.clone())
}

/// How many tokens may stand between "during" and its meeting noun ("during "tense" talks").
const DURING_REACH: usize = 4;

/// How far after a meeting word "attended by" may stand ("the meeting in New Delhi is attended by").
const ATTENDED_REACH: usize = 8;

/// The person a clause with no subject of its own before the trigger at `a` is about:
/// "Trump, who in August welcomed Putin" (the relative's antecedent), or, for a meeting noun
/// with a party after it, the one who tells of it ("Albanese also said a planned bilateral
/// meeting with Modi might still go ahead").
fn clause_subject(toks: &[Tok], ents: &[Ent], a: usize, has_right: bool) -> Option<Participant> {
    let from = a.saturating_sub(super::partycues::CLAUSE_SUBJECT_REACH);
    let person_ending_at = |end: usize| {
        ents.iter()
            .find(|e| e.kind == EntKind::Person && e.b == end)
            .map(|e| e.party.clone())
    };
    // The words between the cue and the trigger are words only (no other clause).
    let plain = |k: usize| (k + 1..a).all(|j| toks.get(j).is_some_and(|t| t.word));
    if let Some(w) = (from..a).rev().find(|&k| lw(toks, k) == "who") {
        if plain(w) && w >= 2 && lw(toks, w - 1) == "," {
            return person_ending_at(w - 1);
        }
        return None;
    }
    if !has_right {
        return None;
    }
    let s = (from..a)
        .rev()
        .find(|&k| super::partycues::TELLING_VERBS.contains(&lw(toks, k)))?;
    // "said a planned meeting with …" tells of it; "said in an interview with …" does not.
    if !plain(s) || !matches!(lw(toks, s + 1), "a" | "an" | "the" | "that" | "his" | "her") {
        return None;
    }
    let end = if s >= 1 && lw(toks, s - 1) == "also" {
        s - 1
    } else {
        s
    };
    person_ending_at(end)
}

/// "The last time an Australian leader met a Chinese President": an office after "a" or "an"
/// is anyone who held it, not the holder the text names; its party keeps the office and country
/// but no name.
pub(crate) fn generic_offices(toks: &[Tok], ents: &mut [Ent]) {
    for e in ents
        .iter_mut()
        .filter(|e| e.kind == EntKind::Person && e.a >= 1)
    {
        if !matches!(lw(toks, e.a - 1), "a" | "an") {
            continue;
        }
        let Some(name) = e.party.name.as_deref().map(str::to_lowercase) else {
            continue;
        };
        // A name written out ("a Xi-Kishida summit") stays a name.
        if (e.a..e.b).any(|k| name.split_whitespace().any(|w| w == lw(toks, k))) {
            continue;
        }
        e.party.name = None;
    }
}

/// "Trump, Zelensky cancel signing of minerals deal": a headline pairs two names with a bare
/// comma where a sentence says "and". The person opening the sentence, a comma, then the first
/// party of the group at `lo`: the group starts one party earlier.
fn headline_pair(toks: &[Tok], ents: &[Ent], lo: usize) -> usize {
    let pair = lo >= 1
        && ents.get(lo - 1).zip(ents.get(lo)).is_some_and(|(x, y)| {
            x.a == 0
                && x.kind == EntKind::Person
                && y.kind == EntKind::Person
                && y.a == x.b + 1
                && lw(toks, x.b) == ","
        });
    if pair {
        lo - 1
    } else {
        lo
    }
}

/// "with Xi recently paying the Russian leader a visit in Moscow": the party between "pay" and
/// "a visit" is the host, the subject of "pay" the visitor.
fn paid_visit(toks: &[Tok], ents: &[Ent], trig: &Trigger) -> Option<Vec<Participant>> {
    if trig.class != Class::Visit || trig.a < 3 || lw(toks, trig.a - 1) != "a" {
        return None;
    }
    let host = ents.iter().rev().find(|e| e.b + 1 == trig.a)?;
    let pay = (host.a.saturating_sub(2)..host.a)
        .rev()
        .find(|&k| super::cues::PAY_VERBS.contains(&lw(toks, k)))?;
    if trig.a - pay > super::cues::PAY_HOST_REACH + 2
        || (pay + 1..host.a).any(|k| lw(toks, k) != "the")
    {
        return None;
    }
    let (lo, hi) = parties::left(ents, toks, pay, true)?;
    let mut out = Vec::new();
    for e in ents.get(lo..=hi).unwrap_or(&[]) {
        push_party(&mut out, &e.party);
    }
    push_party(&mut out, &host.party);
    (out.len() >= 2).then_some(out)
}
