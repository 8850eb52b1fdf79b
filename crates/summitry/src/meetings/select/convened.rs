//! Convening: "the senator convened top surrogates (including Nina Turner and Shailene
//! Woodley)" is a meeting of the one who convenes with the people named in the object.

use super::super::cues::PERSONAL_TITLES;
use super::super::parties::{self, Ent, EntKind};
use super::super::partycues::{
    CONVENED_OBJECT_ENDS, CONVENED_PEOPLE, CONVENING_CLASS, LIST_JOINERS, MEMBER_MARKERS,
    NO_OBJECT_AFTER, PURPOSE_BEFORE_TO,
};
use super::super::tokens::Tok;
use super::super::triggers::Trigger;
use super::{lw, object, push_party, Prev};
use crate::wordclass::{
    in_any, BE_HAVE_FINITE, COORDINATORS, MODALS, PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS,
    TIME_DEICTICS, WEEKDAYS,
};
use crate::Participant;

/// Whether the trigger is a verb of convening: a one-word row of the triggers table of the
/// convening class that needs a party after it.
/// The trigger finder already set its class from that row, so no table is scanned here.
pub(super) fn is_convening(trig: &Trigger) -> bool {
    trig.b == trig.a + 1 && trig.needs_party && trig.class == CONVENING_CLASS
}

/// Whether `w` is one of the verbs of convening in the triggers table.
#[cfg(test)]
fn is_convening_verb(w: &str) -> bool {
    super::super::cues::TRIGGERS
        .iter()
        .any(|&(p, class, needs)| p == w && needs && class == CONVENING_CLASS)
}

/// Whether a marker of members ([`MEMBER_MARKERS`], one or two words) starts at token `j`.
fn member_marker_at(toks: &[Tok], j: usize) -> bool {
    MEMBER_MARKERS
        .iter()
        .any(|m| m.split(' ').enumerate().all(|(d, w)| lw(toks, j + d) == w))
}

/// The parties of a convening: its subject, and the people its object names, either right
/// after the verb ("convened Turner and Woodley") or after a marker of members ("including",
/// "like", "such as") inside the object. Nothing when no person is named so ("reporters
/// gathered in the room", "she convened a hearing"), when the verb has no object ("gathered
/// outside the courthouse, including X") or its object is a thing ("gathered evidence …,
/// including testimony from X").
pub(super) fn convened(
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    hi: usize,
    prev: &Prev,
) -> Vec<Participant> {
    let mut out = Vec::new();
    let from = trig.b;
    let first = lw(toks, from);
    if PREPOSITIONS.contains(&first) || NO_OBJECT_AFTER.contains(&first) {
        return out;
    }
    if thing_object(toks, from) {
        return out;
    }
    let subject: Vec<Participant> = match parties::left(ents, toks, trig.a, false) {
        Some((lo, lh)) => ents
            .get(lo..=lh)
            .unwrap_or(&[])
            .iter()
            .map(|e| e.party.clone())
            .collect(),
        None => titled_subject(toks, ents, trig, prev)
            .or_else(|| pronoun_subject(toks, trig, prev))
            .into_iter()
            .collect(),
    };
    if subject.is_empty() {
        return out;
    }
    // The object runs to the sentence's end, a later trigger, or ", to" + verb (its purpose).
    let end = (from..hi)
        .find(|&k| {
            CONVENED_OBJECT_ENDS.contains(&lw(toks, k))
                || (lw(toks, k) == "to" && k > 0 && PURPOSE_BEFORE_TO.contains(&lw(toks, k - 1)))
        })
        .unwrap_or(hi);
    let mut named: Vec<&Ent> = Vec::new();
    let mut marked = false;
    let mut last_direct: Option<usize> = None;
    let mut k = from;
    let mut depth = 0usize;
    for e in ents
        .iter()
        .filter(|e| e.a >= from && e.b <= end && e.kind == EntKind::Person)
    {
        // Markers between the previous person and this one; a closing parenthesis ends them.
        for j in k..e.a {
            match lw(toks, j) {
                "(" => depth += 1,
                ")" => {
                    depth = depth.saturating_sub(1);
                    marked = false;
                }
                _ if member_marker_at(toks, j) => marked = true,
                _ => {}
            }
        }
        k = e.b;
        // "a team such as Jeff Bezos's former deputy Dave Limp": a possessor is no member.
        if matches!(lw(toks, e.b), "'s" | "'") {
            continue;
        }
        let direct =
            depth == 0 && (e.a == from || last_direct.is_some_and(|b| coordinated(toks, b, e.a)));
        if direct {
            last_direct = Some(e.b);
        }
        if marked || direct {
            named.push(e);
        }
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

/// Whether only joiners ("and", a comma) stand between two tokens.
fn coordinated(toks: &[Tok], from: usize, to: usize) -> bool {
    from < to && (from..to).all(|j| LIST_JOINERS.contains(&lw(toks, j)))
}

/// Whether the object starting at token `b` is a thing: its head (the last word before a
/// preposition, conjunction, marker of members or punctuation) is a lower-case word that names
/// no people ("gathered evidence against X", "assembled support"; not "convened his cabinet",
/// "convened top surrogates", "convened the Politburo", "convened Turner and Woodley").
fn thing_object(toks: &[Tok], b: usize) -> bool {
    let head = object::object_head(toks, b, toks.len(), |k, t| {
        let w = t.lower.as_str();
        if w == "'s" {
            object::Step::Pass
        } else if !t.word
            || member_marker_at(toks, k)
            || in_any(
                &[
                    PREPOSITIONS,
                    COORDINATORS,
                    RELATIVE_PRONOUNS,
                    SUBORDINATORS,
                    TIME_DEICTICS,
                    WEEKDAYS,
                    NO_OBJECT_AFTER,
                ],
                w,
            )
        {
            object::Step::Stop
        } else {
            object::Step::Head
        }
    });
    object::is_thing(head, CONVENED_PEOPLE)
}

/// "He convened his national security team, including …": the person the last sentences'
/// "he" or "she" stands for, the pronoun right before the verb or its auxiliary.
fn pronoun_subject(toks: &[Tok], trig: &Trigger, prev: &Prev) -> Option<Participant> {
    let mut k = trig.a.checked_sub(1)?;
    while in_any(&[BE_HAVE_FINITE, MODALS], lw(toks, k)) {
        k = k.checked_sub(1)?;
    }
    let w = lw(toks, k);
    if !matches!(w, "he" | "she") {
        return None;
    }
    prev.of(w).clone()
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

#[cfg(test)]
mod tests {
    use super::is_convening_verb;

    #[test]
    fn convening_verbs_are_the_trigger_rows_of_their_class() {
        for w in ["convened", "convenes", "gathered", "assembled"] {
            assert!(is_convening_verb(w), "{w}");
        }
        for w in ["met", "trilateral", "received", "gathering"] {
            assert!(!is_convening_verb(w), "{w}");
        }
    }
}
