//! Pronouns: the person "he" or "she" before a trigger stands for, and which persons a
//! pronoun may stand for at all.

use super::super::parties::{Ent, EntKind};
use super::super::partycues::OBJECT_PREPS;
use super::super::tokens::Tok;
use super::super::triggers::Trigger;
use super::lw;
use crate::Participant;

/// The words of [`AUX`] besides the finite auxiliaries and modals: "do" forms, non-finite
/// "be", verbs of intent and adverbs between a pronoun and its verb.
#[rustfmt::skip]
const AUX_WORDS: &[&str] = &[
    "prepared", "ready", "willing", "hoping", "hopes", "wants", "wanted", "going", "able", "eager",
    "keen", "trying", "scheduled", "likely", "did", "does", "be", "been", "being", "reportedly",
    "personally", "finally", "also", "then", "later", "already", "to", "expected", "due", "set",
    "plans", "planned", "not", "never", "first", "again", "privately", "briefly", "separately",
    "once",
];

/// Auxiliaries and adverbs that may stand between a pronoun subject and its verb.
const AUX: &[&[&str]] = &[
    crate::wordclass::BE_HAVE_FINITE,
    crate::wordclass::MODALS,
    AUX_WORDS,
];

pub(super) fn pronoun_subject(
    toks: &[Tok],
    ents: &[Ent],
    a: usize,
    prev: &Prev,
) -> Option<Participant> {
    let mut k = a;
    while k > 0 && crate::wordclass::in_any(AUX, lw(toks, k - 1)) {
        k -= 1;
    }
    let possessive = (1..=3)
        .filter(|&d| a >= d)
        .map(|d| lw(toks, a - d))
        .find(|w| matches!(*w, "his" | "her"));
    let pronoun = match possessive {
        Some(w) => w,
        None if k > 0 && matches!(lw(toks, k - 1), "he" | "she") => lw(toks, k - 1),
        // "he had shelved plans for a summit with Putin": the clause's subject, a few words back.
        // ("she emerged from the meeting": a meeting told before, whose parties are known.)
        None if lw(toks, a.wrapping_sub(1)) == "the" => return None,
        None => {
            let from = a.saturating_sub(super::super::partycues::PRONOUN_SUBJECT_REACH);
            let at = (from..a)
                .rev()
                .take_while(|&j| toks.get(j).is_some_and(|t| t.word))
                .find(|&j| matches!(lw(toks, j), "he" | "she"))?;
            k = at + 1;
            lw(toks, at)
        }
    };
    let before = || {
        ents.iter()
            .rev()
            .filter(|e| e.b < k && e.kind == EntKind::Person && fits_pronoun(&e.party, pronoun))
    };
    // "Sanders … met the caucus at Reid's invitation, and just hours before his meeting with
    // Clinton": a possessive before a meeting noun is the clause subject's, not a possessor's
    // inside a prepositional phrase.
    possessive
        .and_then(|_| before().find(|e| !OBJECT_PREPS.contains(&e.prep.as_str())))
        .or_else(|| before().next())
        .map(|e| e.party.clone())
        .or_else(|| prev.of(pronoun).clone())
}

/// The person "he" and the person "she" most likely stand for, from the last sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Prev {
    /// For "he", "him", "his".
    pub he: Option<Participant>,
    /// For "she", "her".
    pub she: Option<Participant>,
}

impl Prev {
    /// The person a pronoun stands for.
    pub(crate) fn of(&self, pronoun: &str) -> &Option<Participant> {
        if matches!(pronoun, "she" | "her" | "hers" | "herself") {
            &self.she
        } else {
            &self.he
        }
    }
}

/// Whether a person may be the one a pronoun stands for: "she" is no one with a male given
/// name, "he" no one with a female one; other names fit both.
pub(crate) fn fits_pronoun(p: &Participant, pronoun: &str) -> bool {
    p.name
        .as_deref()
        .is_none_or(|n| crate::people::gender::fits(n, pronoun))
}

/// The person an object pronoun right after a trigger stands for ("refused to meet him",
/// "met with her"), other than the parties `out` already holds. A person standing as a
/// subject comes before one governed by a preposition, however near: in "Greece's premier
/// turned down talks with Dowden, after Sunak refused to meet him", "him" is the premier.
pub(super) fn object_pronoun(
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    out: &[Participant],
    prev: &Prev,
) -> Option<Participant> {
    let mut k = trig.b;
    if lw(toks, k) == "with" {
        k += 1;
    }
    let pronoun = lw(toks, k);
    if !matches!(pronoun, "him" | "her") {
        return None;
    }
    let fits = |p: &Participant| !out.iter().any(|q| q.name == p.name) && fits_pronoun(p, pronoun);
    let before = || {
        ents.iter()
            .rev()
            .filter(|e| e.kind == EntKind::Person && e.b <= trig.a && fits(&e.party))
    };
    before()
        .find(|e| !OBJECT_PREPS.contains(&e.prep.as_str()))
        .or_else(|| before().next())
        .map(|e| e.party.clone())
        .or_else(|| prev.of(pronoun).clone().filter(|p| fits(p)))
}

/// "Phillips said that Sanders had treated her family disrespectfully during a phone call": a
/// meeting noun after "during" with one party is with the one an object or possessive pronoun
/// between that party and "during" stands for — the subject opening the sentence if it fits,
/// else the nearest person before the party.
pub(super) fn during_pronoun(
    toks: &[Tok],
    ents: &[Ent],
    trig: &Trigger,
    out: &[Participant],
) -> Option<Participant> {
    let during = (1..=super::DURING_REACH)
        .filter(|&d| trig.a >= d)
        .map(|d| trig.a - d)
        .find(|&k| lw(toks, k) == "during")?;
    let party = ents.iter().rev().find(|e| {
        e.b <= during && e.kind == EntKind::Person && out.iter().any(|q| q.name == e.party.name)
    })?;
    let pronoun = (party.b..during)
        .map(|k| lw(toks, k))
        .find(|w| matches!(*w, "him" | "her"))?;
    let fits = |p: &Participant| !out.iter().any(|q| q.name == p.name) && fits_pronoun(p, pronoun);
    let before = || {
        ents.iter()
            .filter(|e| e.kind == EntKind::Person && e.b <= party.a && fits(&e.party))
    };
    let opening = before()
        .next()
        .filter(|e| (0..e.a).all(|k| toks.get(k).is_some_and(|t| !t.word || t.cap)));
    opening
        .or_else(|| before().next_back())
        .map(|e| e.party.clone())
}
