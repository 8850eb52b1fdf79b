//! Definite descriptions that refer back to the last person named ("…
//! Donald Trump when the Republican presidential front-runner arrives"):
//! they give a role to a person the text never titles by name.

use super::cues::{
    DESCRIPTION_BREAKERS, MAX_ANAPHOR_BREAKS, MAX_ANAPHOR_GAP, MAX_DESCRIPTION_WORDS,
    NON_ANAPHORIC_MODIFIERS, SUBJECT_OPENERS, UNQUALIFIED_PRESIDENT_COUNTRY, US_PARTY_WORDS,
};
use crate::lexicon;
use crate::Person;

/// Gives each person without a role (or with only an abbreviated title such
/// as "Sen.") the written form of a qualified definite description
/// ("the former secretary of state", "the Vermont senator") that follows a
/// mention of that person closely, with no other person named in between
/// but people of another country than the description names ("Obama …
/// he serves as the British ambassador"). A bare "the president" is left
/// alone: it too often means someone else.
pub(super) fn description_roles(
    text: &str,
    roles: &[lexicon::RoleHit],
    places: &[lexicon::PlaceHit],
    people: &mut [Person],
) {
    // every mention's end, with its person, in text order
    let mut ends: Vec<(usize, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| (m.end, i)))
        .collect();
    ends.sort_unstable();
    let mut given = vec![false; people.len()];
    for r in roles {
        let Some(start) = description_start(text, r) else {
            continue;
        };
        if !opens_clause(text.get(..start).unwrap_or("")) {
            continue;
        }
        // "the British prime minister" names a country: it must be theirs
        let i = places.partition_point(|pl| pl.start < start);
        // so does a US party's name ("the Democratic presidential candidate")
        let party = || {
            text.get(start..r.start)
                .is_some_and(|d| d.split(' ').any(|w| US_PARTY_WORDS.contains(&w)))
                .then_some((UNQUALIFIED_PRESIDENT_COUNTRY, false))
        };
        let named = places
            .get(i)
            .filter(|pl| pl.end <= r.start)
            .map(|pl| (pl.country, true))
            .or_else(party);
        let k = ends.partition_point(|&(e, _)| e <= start);
        let before = ends.get(..k).unwrap_or(&[]);
        let Some(who) = referent(text, before, start, (r.role, named), people, &given) else {
            continue;
        };
        let (Some(p), Some(g)) = (people.get_mut(who), given.get_mut(who)) else {
            continue;
        };
        let Some(written) = text.get(start..r.end).and_then(|d| d.split_once(' ')) else {
            continue;
        };
        p.role = Some(written.1.to_string());
        *g = true;
    }
}

/// The person a description of `role` at `start` refers back to: the last
/// one named before it, within [`MAX_ANAPHOR_GAP`] bytes and one paragraph
/// break, passing over people it cannot describe: another office holder
/// ("Sanders met Pope Francis. ¶ The Democratic presidential candidate
/// said …") or someone of another country than the one it names
/// ("Zelenskiy's doubts that the US president's efforts …"). Stops at the
/// first person without a role (or with its abbreviation, "Sen.").
fn referent(
    text: &str,
    ends: &[(usize, usize)],
    start: usize,
    (role, named): (&str, Option<(&str, bool)>),
    people: &[Person],
    given: &[bool],
) -> Option<usize> {
    for &(end, who) in ends.iter().rev() {
        let between = text.get(end..start)?;
        if start - end > MAX_ANAPHOR_GAP || paragraph_breaks(between) > MAX_ANAPHOR_BREAKS {
            return None;
        }
        let p = people.get(who)?;
        if given.get(who).copied().unwrap_or(true) {
            return None; // described already: this one is theirs too, or no one's
        }
        // a place must be the person's country; a party only not contradict it
        let other_country = named.is_some_and(|(c, strict)| match p.country.as_deref() {
            Some(pc) => pc != c,
            None => strict,
        });
        match p.role.as_deref() {
            None if !other_country => return Some(who),
            // "Sen." and "the Vermont senator"
            Some(pr) if lexicon::canonical_role(pr) == Some(role) || pr == role => {
                let abbreviated = pr.ends_with('.');
                return (abbreviated && !other_country).then_some(who);
            }
            // another office holder: the description is someone else's
            Some(_) if !other_country => return None,
            _ => {}
        }
    }
    None
}

/// Paragraph breaks in `s`: runs of whitespace holding a line break.
fn paragraph_breaks(s: &str) -> usize {
    let mut n = 0;
    let mut in_break = false;
    for c in s.chars() {
        if c == '\n' {
            n += usize::from(!in_break);
            in_break = true;
        } else if !c.is_whitespace() {
            in_break = false;
        }
    }
    n
}

/// Whether a description after `before` stands as a clause subject: at a
/// sentence or clause start, or after a conjunction.
pub(super) fn opens_clause(before: &str) -> bool {
    let b = before.trim_end_matches([' ', '"', '“', '‘', '\'']);
    if b.is_empty() || b.ends_with(['.', '!', '?', ',', ';', ':', '\n', '—']) {
        return true;
    }
    let w = b.rsplit(' ').next().unwrap_or("");
    SUBJECT_OPENERS.contains(&w.to_lowercase().as_str())
}

/// Start of "the <modifiers> <title>" ending at role hit `r`, when at least
/// one modifier stands between "the" and the title and no name follows it.
fn description_start(text: &str, r: &lexicon::RoleHit) -> Option<usize> {
    let after = text.get(r.end..)?;
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '-')
        || after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase))
    {
        return None; // a title before a name, or part of a longer word
    }
    let mut before = text.get(..r.start)?;
    let mut modifiers = 0;
    loop {
        let b = before.strip_suffix(' ')?;
        let i = b.rfind(' ').map_or(0, |i| i + 1);
        let w = b.get(i..)?;
        if w == "the" || w == "The" {
            return (modifiers > 0).then_some(i);
        }
        let plain = !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-');
        if !plain
            || modifiers == MAX_DESCRIPTION_WORDS
            || NON_ANAPHORIC_MODIFIERS.contains(&w.to_lowercase().as_str())
            || DESCRIPTION_BREAKERS.contains(&w)
        {
            return None;
        }
        modifiers += 1;
        before = b.get(..i)?;
    }
}

#[cfg(test)]
mod tests {
    fn roles(t: &str) -> Vec<(String, Option<String>)> {
        super::super::run(t, &[])
            .into_iter()
            .map(|p| (p.name, p.role))
            .collect()
    }

    #[test]
    fn qualified_description_gives_the_last_named_person_a_role() {
        let t = "Benjamin Netanyahu will meet Donald Trump when the Republican presidential \
                 front-runner arrives in Israel. Trump said so.";
        let p = roles(t);
        let trump = p.iter().find(|p| p.0 == "Donald Trump").unwrap();
        assert_eq!(
            trump.1.as_deref(),
            Some("Republican presidential front-runner")
        );
    }

    #[test]
    fn a_description_naming_a_country_passes_over_a_person_of_another() {
        let t = "Britain's Peter Westmacott praised President Barack Obama in an \
                 interview. He serves as the British ambassador. Westmacott spoke.";
        let p = roles(t);
        let w = p.iter().find(|p| p.0 == "Peter Westmacott");
        assert_eq!(w.and_then(|p| p.1.as_deref()), Some("British ambassador"));
        // one of no known country is not taken for the British one
        let t = "Peter Westmacott praised President Barack Obama in an interview. \
                 He serves as the British ambassador. Westmacott spoke.";
        let p = roles(t);
        assert!(p
            .iter()
            .all(|p| p.1.as_deref() != Some("British ambassador")));
    }

    #[test]
    fn a_leader_description_gives_its_role_to_the_untitled_leader() {
        let t = "Donald Trump met Volodymyr Zelenskiy on Friday. Zelenskiy left early. \
                 The Ukrainian leader angered Trump.";
        let p = roles(t);
        let z = p.iter().find(|p| p.0 == "Volodymyr Zelenskiy");
        assert_eq!(z.and_then(|p| p.1.as_deref()), Some("Ukrainian leader"));
        // a titled person keeps the title
        let t = "Donald Trump met President Volodymyr Zelenskiy on Friday. Zelenskiy left \
                 early. The Ukrainian leader angered Trump.";
        let p = roles(t);
        let z = p.iter().find(|p| p.0 == "Volodymyr Zelenskiy");
        assert_eq!(z.and_then(|p| p.1.as_deref()), Some("President"));
    }

    #[test]
    fn bare_future_object_or_foreign_descriptions_give_nothing() {
        for tail in [
            "The president spoke later.",
            "He said the next president must act.",
            "He joined the race for president.",
            "He met the British prime minister.",
            "He praised the former president.",
        ] {
            let t = format!("Talks went well, John Smith said on Monday. {tail} Smith left.");
            let p = roles(&t);
            let smith = p.iter().find(|p| p.0 == "John Smith").unwrap();
            assert_eq!(smith.1, None, "{tail}");
        }
    }
}
