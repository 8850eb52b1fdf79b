//! "The newspaper reported that the Democratic presidential candidate met …": a descriptive
//! subject names the person mentioned last whose role fits its title; "the chief judge" the one
//! person of the article with that role.

use super::super::cues::{COLLECTIVE, OFFICES};
use super::super::gazetteer;
use super::super::names::Index;
use super::super::partycues::{
    COUNTERPARTS, DESCRIBED_GAP, DESCRIBED_MODIFIERS, DESCRIBED_TITLES, DESCRIPTION_LINKS,
    OTHER_HOLDER_MODIFIERS,
};
use super::super::tokens::Tok;
use super::{Ent, EntKind};
use crate::wordclass::{COMPLEMENTIZERS, COORDINATORS, SUBORDINATORS};
use crate::Participant;

/// Whether `w` is a title a descriptive subject may end on: a one-word office of a person
/// ("president", "leader") or a campaign title ("candidate").
fn is_title(w: &str) -> bool {
    DESCRIBED_TITLES.contains(&w)
        || OFFICES
            .iter()
            .any(|o| *o == w && !COLLECTIVE.contains(o) && !COUNTERPARTS.contains(o))
}

/// Whether the token before `i` lets a subject start at `i`: the sentence start, a comma, a
/// conjunction or "that".
fn opens_subject(toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p)) else {
        return true;
    };
    let w = p.lower.as_str();
    w == ","
        || COMPLEMENTIZERS.contains(&w)
        || COORDINATORS.contains(&w)
        || SUBORDINATORS.contains(&w)
}

/// "the [up to three modifiers] TITLE" at token `i`, standing as a clause subject with no name
/// after it, is the person mentioned last (within [`DESCRIBED_GAP`] bytes) whose role fits the
/// title: a role ending on that title, or no role when a capitalised modifier (a party, a
/// country, a state) qualifies it; a country the modifiers name must be theirs.
pub(super) fn recent_holder(
    text: &str,
    toks: &[Tok],
    i: usize,
    idx: &Index,
    prep: &str,
) -> Option<Ent> {
    let the = toks.get(i).filter(|t| t.lower == "the")?;
    if !opens_subject(toks, i) {
        return None;
    }
    let mut country: Option<&str> = None;
    let mut named_mod = false;
    let mut b = None;
    for k in 1..=DESCRIBED_MODIFIERS + 1 {
        let t = toks.get(i + k).filter(|t| t.word)?;
        if idx.mention_at(t.start).is_some() || OTHER_HOLDER_MODIFIERS.contains(&t.lower.as_str()) {
            return None;
        }
        if k > 1 && is_title(&t.lower) {
            b = Some(i + k + 1);
            break;
        }
        named_mod |= t.cap;
        if let Some(p) = text.get(t.start..t.end).and_then(gazetteer::lookup) {
            country = Some(p.country());
        }
    }
    let b = b?;
    // "the Democratic candidate, Hillary Clinton", "the candidate of …", "the candidate's …":
    // the words after it say who it is; it must be followed by a verb-like word.
    let next = toks.get(b)?;
    if !next.word || next.cap || matches!(next.lower.as_str(), "of" | "'s" | "and" | "or") {
        return None;
    }
    let title = toks.get(b - 1)?.lower.as_str();
    let n = idx.mentions.partition_point(|m| m.0 < the.start);
    for &(_, end, who) in idx.mentions.get(..n)?.iter().rev() {
        if the.start.saturating_sub(end) > DESCRIBED_GAP {
            return None;
        }
        let Some(k) = idx.people.get(who) else {
            continue;
        };
        let fits_role = k.role.as_deref().map_or(named_mod, |r| {
            r.to_lowercase().rsplit(' ').next() == Some(title)
        });
        let fits_country = country.is_none_or(|c| k.country.as_deref() == Some(c));
        if fits_role && fits_country {
            return Some(Ent {
                a: i,
                b,
                kind: EntKind::Person,
                party: Participant {
                    name: Some(k.name.clone()),
                    role: k.role.clone(),
                    country: k.country.clone(),
                },
                prep: prep.into(),
            });
        }
    }
    None
}

/// "The chief judge of the U.S. Court of Appeals for the D.C. Circuit visited …": a definite
/// description by the role of exactly one person of the article is that person.
pub(super) fn described(toks: &[Tok], i: usize, idx: &Index, prep: &str) -> Option<Ent> {
    if toks.get(i)?.lower != "the" {
        return None;
    }
    let (n, k) = idx.role_at(toks, i + 1)?;
    let mut b = i + 1 + n;
    // "the chief judge, Merrick Garland" or "the chief judge's ruling": the name or the
    // possessive is read on its own.
    if toks
        .get(b)
        .is_some_and(|t| matches!(t.lower.as_str(), "," | "'s") || (t.cap && t.word))
        || idx
            .mention_at(toks.get(b).map_or(usize::MAX, |t| t.start))
            .is_some()
    {
        return None;
    }
    if toks.get(b).is_some_and(|t| t.lower == "of") {
        let mut j = b + 1;
        while toks
            .get(j)
            .is_some_and(|t| (t.cap && t.word) || DESCRIPTION_LINKS.contains(&t.lower.as_str()))
        {
            j += 1;
        }
        // Back off trailing links ("of the").
        while j > b + 1
            && toks
                .get(j - 1)
                .is_some_and(|t| !t.cap && DESCRIPTION_LINKS.contains(&t.lower.as_str()))
        {
            j -= 1;
        }
        if j > b + 1 {
            b = j;
        }
    }
    let who = idx.people.get(k)?;
    Some(Ent {
        a: i,
        b,
        kind: EntKind::Person,
        party: Participant {
            name: Some(who.name.clone()),
            role: who.role.clone(),
            country: who.country.clone(),
        },
        prep: prep.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::testkit::{meet, names};

    #[test]
    fn descriptive_subject_is_the_last_person_named() {
        let m = meet(
            "Hillary Clinton spoke in Tampa on Friday. The newspaper reported that the Democratic presidential candidate met privately with Jeb Bush.",
            "2016-07-22",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(names(&m[0]), vec!["Hillary Clinton", "Jeb Bush"]);
    }

    #[test]
    fn descriptive_subject_takes_the_most_recent_of_two() {
        let m = meet(
            "Bernie Sanders spoke in Ohio on Monday. Hillary Clinton spoke in Tampa on Friday. The newspaper reported that the Democratic presidential candidate met privately with Jeb Bush.",
            "2016-07-22",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(names(&m[0]), vec!["Hillary Clinton", "Jeb Bush"]);
    }

    #[test]
    fn description_of_someone_else_names_no_one() {
        // "of the club" says whose president; a lower-case modifier does not describe a
        // person named without a role.
        for t in [
            "Hillary Clinton spoke in Tampa on Friday. The newspaper reported that the president of the club met privately with Jeb Bush.",
            "Hillary Clinton spoke in Tampa on Friday. The newspaper reported that the local club president met privately with Jeb Bush.",
        ] {
            let m = meet(t, "2016-07-22");
            assert!(
                m.iter().all(|m| !names(m).contains(&"Hillary Clinton".to_string())),
                "{t}"
            );
        }
    }
}
