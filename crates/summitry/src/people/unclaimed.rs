//! A leader the text describes by country alone ("Greece's premier", "the
//! Greek prime minister") and names elsewhere without a title: the one
//! untitled person near the description holds that office.

use super::cues::{LEADER_ROLES, MAX_UNCLAIMED_GAP};
use crate::lexicon::{self, PlaceKind};
use crate::Person;

/// A description "<Country>'s <leader title>" or "the <demonym> <leader
/// title>" opening a clause and not followed by a name: `(start, end, country, written title)`.
fn descriptions<'a>(
    text: &'a str,
    places: &[lexicon::PlaceHit],
    roles: &[lexicon::RoleHit],
) -> Vec<(usize, usize, &'static str, &'a str)> {
    let mut out = Vec::new();
    for pl in places {
        let after = text.get(pl.end..).unwrap_or("");
        let skip = match pl.kind {
            PlaceKind::Country => ["'s ", "’s "]
                .iter()
                .find(|s| after.starts_with(*s))
                .map(|s| s.len()),
            PlaceKind::Demonym => {
                let before = text.get(..pl.start).unwrap_or("");
                (before.ends_with("the ") || before.ends_with("The ")).then_some(1)
            }
            PlaceKind::City => None,
        };
        let Some(skip) = skip.filter(|_| after.starts_with([' ', '\'', '’'])) else {
            continue;
        };
        let at = pl.end + skip;
        let Some(r) = roles.iter().find(|r| r.start == at) else {
            continue;
        };
        let tail = text.get(r.end..).unwrap_or("");
        let named = tail.starts_with(|c: char| c.is_alphanumeric() || c == '-')
            || tail
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase));
        if named || !LEADER_ROLES.contains(&r.role) {
            continue;
        }
        // "He met the British prime minister" is someone else: only a subject refers.
        let start = if pl.kind == PlaceKind::Demonym {
            pl.start.saturating_sub(4)
        } else {
            pl.start
        };
        if !super::anaphora::opens_clause(text.get(..start).unwrap_or("")) {
            continue;
        }
        if let Some(w) = text.get(r.start..r.end) {
            out.push((start, r.end, pl.country, w));
        }
    }
    out
}

/// Gives the country and written title of an unclaimed leader description
/// to the only person without role or country mentioned within
/// [`MAX_UNCLAIMED_GAP`] bytes of it, when nobody else is of that country.
pub(super) fn unclaimed_leaders(
    text: &str,
    places: &[lexicon::PlaceHit],
    roles: &[lexicon::RoleHit],
    people: &mut [Person],
) {
    for (s, e, country, written) in descriptions(text, places, roles) {
        if people.iter().any(|p| p.country.as_deref() == Some(country)) {
            continue;
        }
        let near = |p: &Person| {
            p.mentions.iter().any(|m| {
                let d = if m.start >= e {
                    m.start - e
                } else {
                    s.saturating_sub(m.end)
                };
                d <= MAX_UNCLAIMED_GAP
            })
        };
        let mut bare = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.role.is_none() && p.country.is_none() && near(p))
            .map(|(i, _)| i);
        let (Some(i), None) = (bare.next(), bare.next()) else {
            continue;
        };
        if let Some(p) = people.get_mut(i) {
            p.country = Some(country.to_string());
            p.role = Some(written.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    fn people(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        super::super::run(t, &[])
            .into_iter()
            .map(|p| (p.name, p.role, p.country))
            .collect()
    }

    #[test]
    fn a_country_leader_description_names_the_untitled_person() {
        let t = "Officials regretted that Greece's premier turned down talks.\n\nKyriakos \
                 Mitsotakis was expected in London on Monday, Mr Mitsotakis said.";
        let p = people(t);
        let k = p.iter().find(|p| p.0 == "Kyriakos Mitsotakis");
        assert_eq!(
            k.map(|p| (p.1.as_deref(), p.2.as_deref())),
            Some((Some("premier"), Some("Greece")))
        );
    }

    #[test]
    fn a_titled_or_claimed_leader_is_left_alone() {
        let t = "Greek Prime Minister Nikos Papas spoke. Greece's premier met John Smith, \
                 John Smith said.";
        let p = people(t);
        let s = p.iter().find(|p| p.0 == "John Smith");
        assert_eq!(s.and_then(|p| p.1.as_deref()), None);
    }
}
