//! A place a record's sentences give without a preposition: the city that names the gathering
//! ("the Sydney Quad meeting will not go ahead").

use super::super::attrcues::{CITY_NAME_WORDS, CITY_TO_HEAD};
use super::super::gazetteer::{self, Place};
use super::super::place::GATHERINGS;
use super::super::tokens::Tok;

/// "the Sydney Quad meeting", "the Cleveland convention": the city right after "the" (or "a")
/// that names a gathering a few words on.
pub(super) fn city_naming_gathering(text: &str, toks: &[Tok]) -> Option<String> {
    for (i, t) in toks.iter().enumerate() {
        if !matches!(t.lower.as_str(), "the" | "a") {
            continue;
        }
        for len in (1..=gazetteer::MAX_WORDS).rev() {
            let (Some(f), Some(l)) = (toks.get(i + 1), toks.get(i + len)) else {
                continue;
            };
            if !f.cap || !l.cap || (i + 1..=i + len).any(|k| toks.get(k).is_some_and(|w| !w.word)) {
                continue;
            }
            let Some(Place::City(city, _)) = text.get(f.start..l.end).and_then(gazetteer::lookup)
            else {
                continue;
            };
            let after = i + len + 1;
            let head = (after..=after + CITY_TO_HEAD).find(|&k| {
                toks.get(k)
                    .is_some_and(|w| GATHERINGS.contains(&w.lower.as_str()))
            });
            // Every token up to the head is a word (no comma, no possessive), and at most one
            // is capitalised: more make the name of a forum.
            if head.is_some_and(|h| {
                (after..h).all(|k| toks.get(k).is_some_and(|w| w.word && w.lower != "'s"))
                    && (after..h)
                        .filter(|&k| toks.get(k).is_some_and(|w| w.cap))
                        .count()
                        <= CITY_NAME_WORDS
            }) {
                return Some(city.to_string());
            }
            break;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn city(t: &str) -> Option<String> {
        city_naming_gathering(t, &tokenize(t, 0, t.len()))
    }

    #[test]
    fn the_city_naming_the_gathering() {
        assert_eq!(
            city("Albanese confirmed the Sydney Quad meeting will not go ahead.").as_deref(),
            Some("Sydney")
        );
        assert_eq!(
            city("He flew to the Paris climate conference.").as_deref(),
            Some("Paris")
        );
        assert_eq!(
            city("He went to a Shanghai Cooperation Organisation summit."),
            None
        );
        assert_eq!(city("The Paris deal was signed at the meeting."), None);
    }
}
