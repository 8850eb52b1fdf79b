//! "The newspaper reported that the Democratic presidential candidate met …": a descriptive
//! subject names the person mentioned last whose role fits its title; "the chief judge" the one
//! person of the article with that role.

use super::super::cues::{COLLECTIVE, OFFICES};
use super::super::gazetteer;
use super::super::names::Index;
use super::super::offices::{family, resolve_office};
use super::super::partycues::{
    COUNTERPARTS, DESCRIBED_FOLLOW_STOPS, DESCRIBED_GAP, DESCRIBED_MODIFIERS, DESCRIBED_TITLES,
    DESCRIPTION_LINKS, FORMER_MODIFIERS, MODIFIER_REACH, OTHER_HOLDER_MODIFIERS, PARTY_FAMILIES,
};
use super::super::tokens::Tok;
use super::{Ent, EntKind};
use crate::wordclass::{
    in_any, COMPLEMENTIZERS, COORDINATORS, SUBORDINATORS, TIME_DEICTICS, WEEKDAYS,
};
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
/// conjunction, "that", or a day ("On Monday the president met …").
fn opens_subject(toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|p| toks.get(p)) else {
        return true;
    };
    let w = p.lower.as_str();
    w == ","
        || COMPLEMENTIZERS.contains(&w)
        || COORDINATORS.contains(&w)
        || SUBORDINATORS.contains(&w)
        || in_any(&[WEEKDAYS, TIME_DEICTICS], w)
}

/// Whether `a` and `b` (lower case) are one modifier: the same word or one party family's.
fn same_modifier(a: &str, b: &str) -> bool {
    a == b
        || PARTY_FAMILIES
            .iter()
            .any(|f| f.contains(&a) && f.contains(&b))
}

/// Whether the modifier `m` (lower case) stands within [`MODIFIER_REACH`] words before one of
/// the mentions of person `who` ("Democrat Hillary Clinton").
fn modifier_before(text: &str, idx: &Index, who: usize, m: &str) -> bool {
    idx.mentions
        .iter()
        .filter(|x| x.2 == who)
        .any(|&(start, _, _)| {
            let mut s = start.saturating_sub(MODIFIER_REACH * 16);
            while s > 0 && !text.is_char_boundary(s) {
                s -= 1;
            }
            let before = text.get(s..start).unwrap_or_default();
            let before = before.rsplit(['\n', ';']).next().unwrap_or_default();
            before
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .take(MODIFIER_REACH)
                .any(|w| same_modifier(&w.to_lowercase(), m))
        })
}

/// How well person `who` fits a descriptive subject ending on `title` with the capitalised
/// modifiers `mods`: `None` when they do not, else the number of modifiers their role or the
/// words before their mentions carry. A person with a role fits when it ends on the title; one
/// without must carry every capitalised modifier (a place modifier by their country). "The
/// former president" is only one written "former" ("Former President Donald Trump").
fn fit(
    text: &str,
    idx: &Index,
    who: usize,
    title: &str,
    mods: &[(String, bool)],
    former: bool,
) -> Option<usize> {
    let k = idx.people.get(who)?;
    let role = k.role.as_deref().map(str::to_lowercase);
    let was = || {
        FORMER_MODIFIERS.iter().any(|m| {
            role.as_deref()
                .is_some_and(|r| r.split(' ').any(|w| w == *m))
                || modifier_before(text, idx, who, m)
        })
    };
    if former && !was() {
        return None;
    }
    let carried = |(m, place): &(String, bool)| {
        role.as_deref()
            .is_some_and(|r| r.split(' ').any(|w| same_modifier(w, m)))
            || (!place && modifier_before(text, idx, who, m))
    };
    let n = mods.iter().filter(|m| carried(m)).count();
    match role.as_deref() {
        Some(r) => (r.rsplit(' ').next() == Some(title)).then_some(n),
        None => {
            let own = mods.iter().filter(|m| !m.1).count();
            (own > 0 && n == own).then_some(n)
        }
    }
}

/// "the [up to three modifiers] TITLE" at token `i`, standing as a clause subject with no name
/// after it, is the person mentioned within [`DESCRIBED_GAP`] bytes before it who fits the
/// title best (see [`fit`]); a country the modifiers name must be theirs; two people who fit
/// equally well leave it unresolved.
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
    let mut mods: Vec<(String, bool)> = Vec::new();
    let mut former = false;
    let mut b = None;
    for k in 1..=DESCRIBED_MODIFIERS + 1 {
        let t = toks.get(i + k).filter(|t| t.word)?;
        if FORMER_MODIFIERS.contains(&t.lower.as_str()) {
            former = true;
            continue;
        }
        if idx.mention_at(t.start).is_some() || OTHER_HOLDER_MODIFIERS.contains(&t.lower.as_str()) {
            return None;
        }
        if k > 1 && is_title(&t.lower) {
            b = Some(i + k + 1);
            break;
        }
        let place = text.get(t.start..t.end).and_then(gazetteer::lookup);
        if let Some(p) = &place {
            country = Some(p.country());
        }
        if t.cap {
            mods.push((t.lower.to_string(), place.is_some()));
        }
    }
    let b = b?;
    // "the Democratic candidate, Hillary Clinton", "the candidate of …", "the candidate's …":
    // the words after it say who it is; it must be followed by a verb-like word.
    let next = toks.get(b)?;
    if !next.word || next.cap || in_any(DESCRIBED_FOLLOW_STOPS, &next.lower) {
        return None;
    }
    let title = toks.get(b - 1)?.lower.as_str();
    let n = idx.mentions.partition_point(|m| m.0 < the.start);
    // (person, fit) of the best fit so far, and whether another person fits as well.
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for &(_, end, who) in idx.mentions.get(..n)?.iter().rev() {
        if the.start.saturating_sub(end) > DESCRIBED_GAP {
            break;
        }
        if best.is_some_and(|(w, _)| w == who) {
            continue;
        }
        let Some(k) = idx.people.get(who) else {
            continue;
        };
        if country.is_some_and(|c| k.country.as_deref() != Some(c)) {
            continue;
        }
        let Some(f) = fit(text, idx, who, title, &mods, former) else {
            continue;
        };
        match best {
            Some((_, g)) if g > f => {}
            Some((_, g)) if g == f => tie = true,
            _ => {
                best = Some((who, f));
                tie = false;
            }
        }
    }
    let (who, _) = best.filter(|_| !tie)?;
    let k = idx.people.get(who)?;
    Some(Ent {
        a: i,
        b,
        kind: EntKind::Person,
        party: Participant {
            name: Some(k.name.clone()),
            role: k.role.clone(),
            country: k.country.clone(),
        },
        prep: prep.into(),
    })
}

/// "President Joe Biden spoke in Ohio. The president met with Mexican President Claudia
/// Sheinbaum": the holder of `office` mentioned last within [`DESCRIBED_GAP`] bytes before token
/// `i`, when only one such holder is; else the article's one holder of it ([`resolve_office`]).
/// Never a person the rest of the sentence names: nobody meets themselves.
pub(super) fn office_holder(
    toks: &[Tok],
    i: usize,
    idx: &Index,
    office: &str,
) -> Option<Participant> {
    let the = toks.get(i)?;
    let f = family(office)?;
    let n = idx.mentions.partition_point(|m| m.0 < the.start);
    let mut found: Option<usize> = None;
    for &(_, end, who) in idx.mentions.get(..n)?.iter().rev() {
        if the.start.saturating_sub(end) > DESCRIBED_GAP {
            break;
        }
        let Some(k) = idx.people.get(who) else {
            continue;
        };
        if k.role.as_deref().and_then(family) != Some(f) {
            continue;
        }
        match found.and_then(|w| idx.people.get(w)) {
            None => found = Some(who),
            Some(o) if o.name != k.name => {
                found = None;
                break;
            }
            Some(_) => {}
        }
    }
    let p = match found.and_then(|w| idx.people.get(w)) {
        Some(k) => Participant {
            name: Some(k.name.clone()),
            role: k.role.clone(),
            country: k.country.clone(),
        },
        None => resolve_office(idx, office, None, &[])?,
    };
    let end = toks.last().map_or(0, |t| t.end);
    let later = idx.mentions.iter().any(|&(s, _, who)| {
        s > the.start && s < end && idx.people.get(who).map(|k| &k.name) == p.name.as_ref()
    });
    (!later).then_some(p)
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
    fn descriptive_subject_is_the_person_its_modifier_describes() {
        let m = meet(
            "Democratic presidential nominee Hillary Clinton spoke in Tampa on Friday. The newspaper reported that the Democratic presidential candidate met privately with Jeb Bush.",
            "2016-07-22",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(names(&m[0]), vec!["Hillary Clinton", "Jeb Bush"]);
    }

    #[test]
    fn descriptive_subject_takes_the_one_of_two_its_party_fits() {
        // "Democrat" before a mention fits "the Democratic candidate"; the more recent
        // Republican does not.
        let m = meet(
            "Democrat Hillary Clinton and Republican Donald Trump spoke on Monday. The Democratic candidate met with Nikki Haley in Des Moines.",
            "2016-07-22",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(names(&m[0]), vec!["Hillary Clinton", "Nikki Haley"]);
    }

    #[test]
    fn descriptive_subject_without_evidence_or_with_a_tie_names_no_one() {
        for t in [
            // No party before her name: "Republican" does not describe her.
            "Hillary Clinton spoke on Monday. The Republican candidate met with Nikki Haley in Des Moines.",
            // Two people fit equally.
            "Democrat Bernie Sanders spoke in Ohio on Monday. Democrat Hillary Clinton spoke in Tampa on Friday. The Democratic candidate met privately with Jeb Bush.",
        ] {
            let m = meet(t, "2016-07-22");
            assert!(
                m.iter().all(|m| !names(m).contains(&"Hillary Clinton".to_string())
                    && !names(m).contains(&"Bernie Sanders".to_string())),
                "{t}"
            );
        }
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

    #[test]
    fn the_former_president_is_one_written_former() {
        let m = meet(
            "Former President Donald Trump spoke in Ohio. On Monday the former president met with Nikki Haley in Des Moines.",
            "2023-11-17",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(names(&m[0]), vec!["Donald Trump", "Nikki Haley"]);
        // A sitting president is not "the former president".
        let m = meet(
            "President Joe Biden spoke in Ohio. The former president met with Nikki Haley in Des Moines.",
            "2023-11-17",
        );
        assert!(m
            .iter()
            .all(|m| !names(m).contains(&"Joe Biden".to_string())));
    }
}
