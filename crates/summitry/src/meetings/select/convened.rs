//! Convening: "the senator convened top surrogates (including Nina Turner and Shailene
//! Woodley)" is a meeting of the one who convenes with the people named in the object.

use super::super::cues::PERSONAL_TITLES;
use super::super::parties::{self, Ent, EntKind};
use super::super::partycues::{CONVENING_VERBS, MEMBER_MARKERS};
use super::super::tokens::Tok;
use super::super::triggers::Trigger;
use super::{lw, push_party, Prev};
use crate::Participant;

/// Whether the trigger is a verb of convening.
pub(super) fn is_convening(toks: &[Tok], trig: &Trigger) -> bool {
    trig.b == trig.a + 1 && CONVENING_VERBS.contains(&lw(toks, trig.a))
}

/// The parties of a convening: its subject, and the people its object names, either right
/// after the verb ("convened Turner and Woodley") or after a marker of members ("including",
/// "like", "such as") inside the object. Nothing when no person is named so: "reporters
/// gathered in the room", "she convened a hearing".
pub(super) fn convened(
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    hi: usize,
    prev: &Prev,
) -> Vec<Participant> {
    let mut out = Vec::new();
    let subject: Vec<Participant> = match parties::left(ents, toks, trig.a, false) {
        Some((lo, lh)) => ents
            .get(lo..=lh)
            .unwrap_or(&[])
            .iter()
            .map(|e| e.party.clone())
            .collect(),
        None => titled_subject(toks, ents, trig, prev).into_iter().collect(),
    };
    if subject.is_empty() {
        return out;
    }
    // The object runs to the sentence's end, a later trigger, or ", to" + verb (its purpose).
    let end = (trig.b..hi)
        .find(|&k| {
            matches!(lw(toks, k), ";" | ":")
                || (lw(toks, k) == "to" && k > 0 && lw(toks, k - 1) == ",")
        })
        .unwrap_or(hi);
    let mut named: Vec<&Ent> = Vec::new();
    let mut marked = false;
    let mut last_direct: Option<usize> = None;
    let mut k = trig.b;
    let mut depth = 0usize;
    for e in ents
        .iter()
        .filter(|e| e.a >= trig.b && e.b <= end && e.kind == EntKind::Person)
    {
        // Markers between the previous person and this one; a closing parenthesis ends them.
        for j in k..e.a {
            match lw(toks, j) {
                "(" => depth += 1,
                ")" => {
                    depth = depth.saturating_sub(1);
                    marked = false;
                }
                w if MEMBER_MARKERS.contains(&w) || (w == "such" && lw(toks, j + 1) == "as") => {
                    marked = true;
                }
                _ => {}
            }
        }
        let direct =
            depth == 0 && (e.a == trig.b || last_direct.is_some_and(|b| coordinated(toks, b, e.a)));
        if direct {
            last_direct = Some(e.b);
        }
        if marked || direct {
            named.push(e);
        }
        k = e.b;
    }
    if named.is_empty() {
        return out;
    }
    for p in &subject {
        push_party(&mut out, p);
    }
    for e in named {
        push_party(&mut out, &e.party);
    }
    out
}

/// Whether only "and" or a comma stand between two tokens.
fn coordinated(toks: &[Tok], from: usize, to: usize) -> bool {
    from < to && (from..to).all(|j| matches!(lw(toks, j), "and" | ","))
}

/// "as the senator convened …": a title after "the" as subject is the person the sentence
/// named last before it ("Within Sanders' inner circle …"), else the one person the last
/// sentences' pronouns stand for.
fn titled_subject(toks: &[Tok], ents: &[Ent], trig: &Trigger, prev: &Prev) -> Option<Participant> {
    let t = trig.a.checked_sub(2)?;
    if lw(toks, t) != "the" || !PERSONAL_TITLES.contains(&lw(toks, t + 1)) {
        return None;
    }
    if let Some(e) = ents
        .iter()
        .rev()
        .find(|e| e.b <= t && e.kind == EntKind::Person)
    {
        return Some(e.party.clone());
    }
    match (&prev.he, &prev.she) {
        (Some(p), None) | (None, Some(p)) => Some(p.clone()),
        _ => None,
    }
}
