//! A leader the text describes by country alone ("Greece's premier", "the
//! Greek prime minister") and names elsewhere without a title: the one
//! untitled person near the description holds that office.

use super::cues::{LEADER_ROLES, MAX_UNCLAIMED_GAP};
use crate::lexicon::{self, PlaceKind};
use crate::Person;

/// `(start, end, country, written title, canonical title, opens a clause)`.
type Desc<'a> = (usize, usize, &'static str, &'a str, &'static str, bool);

/// A description "<Country>'s <leader title>" or "the <demonym> <leader
/// title>" not followed by a name.
fn descriptions<'a>(
    text: &'a str,
    places: &[lexicon::PlaceHit],
    roles: &[lexicon::RoleHit],
) -> Vec<Desc<'a>> {
    let mut out = Vec::new();
    for pl in places {
        let after = text.get(pl.end..).unwrap_or("");
        let skip = match pl.kind {
            PlaceKind::Country => ["'s ", "’s "]
                .iter()
                .find(|s| after.starts_with(*s))
                .map(|s| s.len())
                .or_else(|| the_before(text, pl.start).then_some(1)),
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
        let start = if the_before(text, pl.start) {
            pl.start.saturating_sub(4)
        } else {
            pl.start
        };
        let subject = super::anaphora::opens_clause(text.get(..start).unwrap_or(""));
        if let Some(w) = text.get(r.start..r.end) {
            out.push((start, r.end, pl.country, w, r.role, subject));
        }
    }
    out
}

/// Whether "the " stands right before byte `at` ("the UK Prime Minister").
fn the_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    before.ends_with("the ") || before.ends_with("The ")
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
    for (s, e, country, written, role, subject) in descriptions(text, places, roles) {
        if people.iter().any(|p| p.country.as_deref() == Some(country)) {
            continue;
        }
        // "the UK Prime Minister": the one holder of that title without a country.
        let mut same = people.iter().enumerate().filter(|(_, p)| {
            p.country.is_none()
                && p.role
                    .as_deref()
                    .and_then(lexicon::canonical_role)
                    .is_some_and(|c| c == role)
        });
        if let (Some((i, _)), None) = (same.next(), same.next()) {
            if let Some(p) = people.get_mut(i) {
                p.country = Some(country.to_string());
            }
            continue;
        }
        if !subject {
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
    fn a_country_title_description_gives_the_holder_a_country() {
        let t = "Talks with Greece. Prime Minister Rishi Sunak refused. Greek officials were to \
                 meet the UK Prime Minister during a visit, Sunak said.";
        let p = people(t);
        let s = p.iter().find(|p| p.0 == "Rishi Sunak");
        assert_eq!(s.and_then(|p| p.2.as_deref()), Some("United Kingdom"));
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
