//! Invitations: the one who invites someone to meet a third party takes part too.

use super::super::parties::{self, Ent, EntKind};
use super::super::partycues::INVITATION_LINKS;
use super::super::tokens::Tok;
use super::super::triggers::Trigger;
use super::{lw, push_party};
use crate::wordclass::ARTICLES;
use crate::Participant;

/// "Ryan has invited Donald Trump to meet with members of the House leadership": the one who
/// invites the subject of the meeting verb (its object, right after the invitation, then "to")
/// takes part in the meeting too, when the other side is a group the inviter may belong to or
/// the inviter's pronoun ("to meet him"); pushes the inviting parties to `out`. ("Biden invited
/// Zelensky to meet Putin" is a meeting of the two he brings together, not of three.) "Invited
/// X for a meeting with GOP leaders" reads the same.
pub(super) fn invited_by(
    toks: &[Tok],
    ents: &[Ent],
    invite: &Trigger,
    (lo, hi): (usize, usize),
    trig: &Trigger,
    out: &mut Vec<Participant>,
) {
    // "invited X to meet …", or "invited X for a meeting with …".
    let object = ents.get(lo).is_some_and(|e| e.a == invite.b)
        && ents.get(hi).is_some_and(|e| {
            (lw(toks, e.b) == "to" && e.b + 1 == trig.a)
                || (INVITATION_LINKS.contains(&lw(toks, e.b))
                    && ARTICLES.contains(&lw(toks, e.b + 1))
                    && e.b + 2 == trig.a)
        });
    if !object || !super::super::cues::INVITE_WORDS.contains(&lw(toks, invite.a)) {
        return;
    }
    let with = usize::from(lw(toks, trig.b) == "with");
    let pronoun = super::super::cues::OBJECT_PRONOUNS.contains(&lw(toks, trig.b + with));
    let group = ents
        .iter()
        .find(|e| e.a >= trig.b)
        .is_some_and(|e| e.a <= trig.b + with && e.kind == EntKind::Group);
    if !pronoun && !group {
        return;
    }
    if let Some((l, h)) = parties::left(ents, toks, invite.a, false) {
        for e in ents.get(l..=h).unwrap_or(&[]) {
            push_party(out, &e.party);
        }
    }
}
