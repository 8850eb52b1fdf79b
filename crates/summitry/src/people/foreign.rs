//! Evidence that ties a person the text leaves unqualified to a country, or
//! away from one, before the story's home country is given by default.

use super::cues::{
    LEADER_NOUNS, LEADER_ROLES, MAX_ANAPHOR_GAP, MIN_OTHER_COUNTRY_HITS, OTHER_SIDE_NOUNS,
    POSSESSIVE_ENDINGS, TRAVEL_CUES,
};
use crate::lexicon::{self, PlaceKind};
use crate::Person;

/// Gives "the <demonym> leader" (opening a sentence) the country it names,
/// on the nearest person named before it in the same paragraph who has no
/// country yet, unless a person of that country is nearer; a person of that
/// country without a role takes the description as role ("Ukrainian leader").
pub(super) fn leader_descriptions(text: &str, places: &[lexicon::PlaceHit], people: &mut [Person]) {
    for pl in places.iter().filter(|pl| pl.kind == PlaceKind::Demonym) {
        let after = text.get(pl.end..).unwrap_or("");
        let noun = LEADER_NOUNS.iter().find(|n| {
            after
                .strip_prefix(' ')
                .and_then(|a| a.strip_prefix(**n))
                .is_some_and(|rest| {
                    !rest.starts_with(char::is_alphanumeric) && !rest.starts_with(" of")
                })
        });
        let leads = noun.is_some();
        let before = text.get(..pl.start).unwrap_or("");
        let Some(b) = before
            .strip_suffix("The ")
            .or_else(|| before.strip_suffix("the "))
        else {
            continue;
        };
        let opens = b.trim_end_matches([' ', '"', '“']).is_empty()
            || b.trim_end_matches([' ', '"', '“'])
                .ends_with(['.', '!', '?', ';', '\n', '—']);
        if !leads || !opens {
            continue;
        }
        let Some(who) = nearest_before(people, pl.start) else {
            continue;
        };
        let between = text.get(who.1..pl.start).unwrap_or("\n");
        if pl.start - who.1 > MAX_ANAPHOR_GAP || between.contains('\n') {
            continue;
        }
        let Some(p) = people.get_mut(who.0) else {
            continue;
        };
        if p.country.is_none() {
            p.country = Some(pl.country.to_string());
        }
        // and their role, as written, when the text gives no other
        let end = pl.end + 1 + noun.map_or(0, |n| n.len());
        if p.role.is_none() && p.country.as_deref() == Some(pl.country) {
            p.role = text.get(pl.start..end).map(str::to_string);
        }
    }
}

/// The person whose trip goes to country `pl`, named as its possessor
/// ("Obama's visit to Turkey").
fn trip_possessor(text: &str, pl: &lexicon::PlaceHit, people: &[Person]) -> Option<usize> {
    if pl.kind != PlaceKind::Country {
        return None;
    }
    let before = text.get(..pl.start)?;
    let bare = before.strip_suffix("the ").unwrap_or(before);
    let lead = TRAVEL_CUES.iter().find_map(|c| bare.strip_suffix(*c))?;
    let end = POSSESSIVE_ENDINGS
        .iter()
        .find_map(|p| lead.strip_suffix(p))?
        .len();
    people
        .iter()
        .position(|p| p.mentions.iter().any(|m| m.end == end))
}

/// Gives the country a named person's trip goes to the head of state or
/// government without a country named next in the same sentence: the host
/// ("during Obama's visit to Turkey this week, President Erdogan …").
pub(super) fn visit_hosts(text: &str, places: &[lexicon::PlaceHit], people: &mut [Person]) {
    for pl in places {
        let Some(traveller) = trip_possessor(text, pl, people) else {
            continue;
        };
        let (_, e) = sentence_around(text, pl.start);
        let host = people
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                *i != traveller
                    && p.country.is_none()
                    && p.role.as_deref().is_some_and(|r| LEADER_ROLES.contains(&r))
            })
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (i, m.start)))
            .filter(|&(_, s)| s >= pl.end && s < e)
            .min_by_key(|&(_, s)| s);
        if let Some(p) = host.and_then(|(i, _)| people.get_mut(i)) {
            p.country = Some(pl.country.to_string());
        }
    }
}

/// Index and mention end of the person mentioned last before `at`.
fn nearest_before(people: &[Person], at: usize) -> Option<(usize, usize)> {
    people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |m| (i, m.end)))
        .filter(|&(_, e)| e <= at)
        .max_by_key(|&(_, e)| e)
}

/// For each person, the countries the text sends them to or sets them
/// against ("his visit to China", "his Chinese counterpart"): the nearest
/// person without a country in the same sentence is not of that country.
/// A traveller named as the possessor of the trip is that person, and one
/// whose country is known bars no one ("during Obama's visit to Turkey,
/// President Erdogan …": Erdogan is the host, not the traveller).
pub(super) fn excluded_countries(
    text: &str,
    places: &[lexicon::PlaceHit],
    people: &[Person],
) -> Vec<Vec<&'static str>> {
    let mut out = vec![Vec::new(); people.len()];
    for pl in places {
        let before = text.get(..pl.start).unwrap_or("");
        let bare = before.strip_suffix("the ").unwrap_or(before);
        let travel = pl.kind == PlaceKind::Country && TRAVEL_CUES.iter().any(|c| bare.ends_with(c));
        let after = text.get(pl.end..).unwrap_or("");
        let other_side = pl.kind == PlaceKind::Demonym
            && (before.ends_with("his ") || before.ends_with("her ") || before.ends_with("their "))
            && OTHER_SIDE_NOUNS.iter().any(|n| {
                after
                    .strip_prefix(n)
                    .is_some_and(|r| !r.starts_with(char::is_alphanumeric) || r.starts_with('s'))
            });
        if !(travel || other_side) {
            continue;
        }
        // "Obama's visit to": the possessor travels
        if let Some(i) = trip_possessor(text, pl, people).filter(|_| travel) {
            if people.get(i).is_some_and(|p| p.country.is_none()) {
                if let Some(list) = out.get_mut(i) {
                    list.push(pl.country);
                }
            }
            continue;
        }
        let (s, e) = sentence_around(text, pl.start);
        let who = people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.country.is_none())
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (i, m)))
            .filter(|(_, m)| m.start >= s && m.end <= e)
            .min_by_key(|(_, m)| m.start.abs_diff(pl.start));
        if let Some(list) = who.and_then(|(i, _)| out.get_mut(i)) {
            list.push(pl.country);
        }
    }
    out
}

/// The country named (by name or demonym) clearly most often apart from
/// `barred`: at least [`MIN_OTHER_COUNTRY_HITS`] times and at least twice as
/// often as the next, so a guest kept from the home country gets their own.
pub(super) fn clear_other(places: &[lexicon::PlaceHit], barred: &[&str]) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for h in places {
        if h.kind == PlaceKind::City || barred.contains(&h.country) {
            continue;
        }
        match counts.iter_mut().find(|(c, _)| *c == h.country) {
            Some((_, n)) => *n += 1,
            None => counts.push((h.country, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let best = counts.first()?;
    let next = counts.get(1).map_or(0, |c| c.1);
    (best.1 >= MIN_OTHER_COUNTRY_HITS && best.1 >= 2 * next).then_some(best.0)
}

/// The one country (by name, demonym or city) outside `barred` named in the
/// sentences that mention `p`; `None` when there are none or several.
pub(super) fn sole_country_near(
    text: &str,
    places: &[lexicon::PlaceHit],
    p: &Person,
    barred: &[&str],
) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    for m in &p.mentions {
        let (s, e) = sentence_around(text, m.start);
        let i = places.partition_point(|h| h.start < s);
        for h in places
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|h| h.end <= e)
        {
            if barred.contains(&h.country) {
                continue;
            }
            match found {
                Some(c) if c != h.country => return None,
                _ => found = Some(h.country),
            }
        }
    }
    found
}

/// Byte bounds of the sentence around `at` (cut at ". ", "? ", "! " and
/// line breaks).
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or("");
    let s = [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|d| before.rfind(d).map(|i| i + d.len()))
        .max()
        .unwrap_or(0);
    let after = text.get(at..).unwrap_or("");
    let e = [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|d| after.find(d))
        .min()
        .map_or(text.len(), |i| at + i);
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Mention;

    fn person(text: &str, name: &str) -> Person {
        let mentions = text
            .match_indices(name)
            .map(|(i, _)| Mention {
                start: i,
                end: i + name.len(),
                text: name.to_string(),
            })
            .collect();
        Person {
            name: name.to_string(),
            role: None,
            country: None,
            mentions,
        }
    }

    #[test]
    fn visit_and_counterpart_exclude_the_host() {
        let t = "At the end of his visit to China, Macron met students. Macron praised his Chinese counterpart.";
        let people = vec![person(t, "Macron")];
        let places = lexicon::find_places(t);
        let ex = excluded_countries(t, &places, &people);
        assert_eq!(ex.first().map(Vec::len), Some(2));
        assert!(ex.iter().flatten().all(|c| *c == "China"));
    }

    #[test]
    fn a_traveller_with_a_country_bars_no_host() {
        let t = "During Obama's visit to Turkey this week, President Erdogan repeated his request.";
        let places = lexicon::find_places(t);
        let mut obama = person(t, "Obama");
        obama.country = Some("United States".to_string());
        let ex = excluded_countries(t, &places, &[obama, person(t, "Erdogan")]);
        assert!(ex.iter().all(Vec::is_empty));
        // a possessor of unknown country is barred from the host; the host is not
        let ex = excluded_countries(t, &places, &[person(t, "Obama"), person(t, "Erdogan")]);
        assert_eq!(ex, vec![vec!["Turkey"], vec![]]);
    }

    #[test]
    fn without_a_possessor_the_nearest_person_without_a_country_travels() {
        let t = "Albanese will meet Biden in Japan and has been invited to the US this year.";
        let places = lexicon::find_places(t);
        let mut biden = person(t, "Biden");
        biden.country = Some("United States".to_string());
        let ex = excluded_countries(t, &places, &[person(t, "Albanese"), biden]);
        assert_eq!(ex, vec![vec!["United States"], vec![]]);
    }

    #[test]
    fn a_leader_named_after_a_possessed_trip_is_its_host() {
        let t = "During Obama's visit to Turkey this week, President Erdogan repeated his request.";
        let places = lexicon::find_places(t);
        let mut erdogan = person(t, "Erdogan");
        erdogan.role = Some("President".to_string());
        let mut people = vec![person(t, "Obama"), erdogan];
        visit_hosts(t, &places, &mut people);
        let countries: Vec<_> = people.iter().map(|p| p.country.as_deref()).collect();
        assert_eq!(countries, vec![None, Some("Turkey")]);
        // no possessor, or no office of state: no host
        let t2 = "During the visit to Turkey this week, President Erdogan repeated it.";
        let mut people = vec![person(t2, "Erdogan")];
        people[0].role = Some("President".to_string());
        visit_hosts(t2, &lexicon::find_places(t2), &mut people);
        assert_eq!(people[0].country, None);
        let mut people = vec![person(t, "Obama"), person(t, "Erdogan")];
        visit_hosts(t, &places, &mut people);
        assert!(people.iter().all(|p| p.country.is_none()));
    }

    #[test]
    fn a_leader_description_names_the_last_person() {
        let t = "Trump met Zelenskiy on Friday. The Ukrainian leader left early.";
        let mut people = vec![person(t, "Trump"), person(t, "Zelenskiy")];
        let places = lexicon::find_places(t);
        leader_descriptions(t, &places, &mut people);
        assert_eq!(
            people.get(1).and_then(|p| p.country.as_deref()),
            Some("Ukraine")
        );
        assert_eq!(people.first().and_then(|p| p.country.as_deref()), None);
    }
}
