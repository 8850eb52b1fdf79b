//! Membership subjects: "Wallnau was among the 30 or so pastors who met with Trump" — the one
//! said to be among those who met took part.

use super::super::parties::{Ent, EntKind};
use super::super::partycues::AMONG_REACH;
use super::super::tokens::Tok;
use super::lw;
use crate::Participant;

/// The person of "<person> was among the … who <trigger>", the relative "who" right before
/// the trigger at token `a`.
pub(super) fn among_subject(toks: &[Tok], ents: &[Ent], a: usize) -> Option<Participant> {
    let who = a.checked_sub(1)?;
    if !matches!(lw(toks, who), "who" | "that") {
        return None;
    }
    let among = (who.saturating_sub(AMONG_REACH)..who)
        .rev()
        .find(|&k| lw(toks, k) == "among" || matches!(lw(toks, k), "," | ";" | ":" | "."))
        .filter(|&k| lw(toks, k) == "among")?;
    let be = among.checked_sub(1)?;
    if !matches!(lw(toks, be), "was" | "is" | "were" | "are") {
        return None;
    }
    ents.iter()
        .find(|e| e.b == be && e.kind == EntKind::Person)
        .map(|e| e.party.clone())
}
