//! Definite descriptions that refer back to the last person named ("…
//! Donald Trump when the Republican presidential front-runner arrives"):
//! they give a role to a person the text never titles by name.

use super::cues::{
    DESCRIPTION_BREAKERS, MAX_ANAPHOR_GAP, MAX_DESCRIPTION_WORDS, NON_ANAPHORIC_MODIFIERS,
    SUBJECT_OPENERS,
};
use crate::lexicon;
use crate::Person;

/// Gives each person without a role (or with only an abbreviated title such
/// as "Sen.") the written form of a qualified definite description
/// ("the former secretary of state", "the Vermont senator") that follows a
/// mention of that person closely, with no other person named in between.
/// A bare "the president" is left alone: it too often means someone else.
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
        let k = ends.partition_point(|&(e, _)| e <= start);
        let Some(&(end, who)) = k.checked_sub(1).and_then(|k| ends.get(k)) else {
            continue;
        };
        let between = text.get(end..start).unwrap_or("\n");
        if start - end > MAX_ANAPHOR_GAP || between.contains('\n') {
            continue;
        }
        let (Some(p), Some(g)) = (people.get_mut(who), given.get_mut(who)) else {
            continue;
        };
        let abbreviated = p
            .role
            .as_deref()
            .is_some_and(|pr| pr.ends_with('.') && lexicon::canonical_role(pr) == Some(r.role));
        if *g || !(p.role.is_none() || abbreviated) {
            continue;
        }
        // "the British prime minister" names a country: it must be theirs
        let i = places.partition_point(|pl| pl.start < start);
        let named = places.get(i).filter(|pl| pl.end <= r.start);
        if named.is_some_and(|pl| p.country.as_deref() != Some(pl.country)) {
            continue;
        }
        let Some(written) = text.get(start..r.end).and_then(|d| d.split_once(' ')) else {
            continue;
        };
        p.role = Some(written.1.to_string());
        *g = true;
    }
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
