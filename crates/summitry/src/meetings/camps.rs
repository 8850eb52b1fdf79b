//! The kind of a meeting of three or more parties, from the sides they stand on: the gold of
//! news reports calls a meeting of two sides "bilateral" however many people each side sends
//! ("Trump and Vance with Zelensky", "Garland with top Senate Democrats, including Reid").

use crate::{MeetingKind, Participant};

/// A side of a meeting: a country, or a party of no known country.
#[derive(PartialEq, Eq)]
enum Side<'a> {
    Country(&'a str),
    /// A party of no country ("survivors of the massacre"): a side of its own.
    Group(usize),
}

/// The kind of a meeting between `parties` that the triggers called bilateral or (by count)
/// multilateral. Parties of two countries are two sides: bilateral. Three or more countries
/// (a nameless group of no country counting as one): multilateral. Parties of one country are
/// two sides when one of them is a group the others meet ("Clinton and Pelosi with House
/// Democrats"), and many when all are named people ("Trump, Ryan and Priebus").
pub(crate) fn kind_by_sides(parties: &[Participant], kind: MeetingKind) -> MeetingKind {
    if parties.len() < 3 || !matches!(kind, MeetingKind::Bilateral | MeetingKind::Multilateral) {
        return kind;
    }
    let mut countries: Vec<&str> = Vec::new();
    for c in parties.iter().filter_map(|p| p.country.as_deref()) {
        if !countries.contains(&c) {
            countries.push(c);
        }
    }
    // A named person of no known country: at a meeting of one country, one of its people
    // ("pastors who met with Trump"); at a meeting of several, a side of their own ("Obama,
    // Abe and Park").
    let abroad = countries.len() >= 2;
    let mut sides: Vec<Side> = Vec::new();
    for (i, p) in parties.iter().enumerate() {
        let side = match (p.country.as_deref(), p.name.is_some()) {
            (Some(c), _) => Side::Country(c),
            (None, false) => Side::Group(i),
            (None, true) if abroad => Side::Group(i),
            (None, true) => continue,
        };
        if !sides.contains(&side) {
            sides.push(side);
        }
    }
    match sides.len() {
        0 | 1 if parties.iter().any(|p| p.name.is_none()) => MeetingKind::Bilateral,
        0 | 1 => MeetingKind::Multilateral,
        2 => MeetingKind::Bilateral,
        _ => MeetingKind::Multilateral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: Option<&str>, country: Option<&str>) -> Participant {
        Participant {
            name: name.map(str::to_string),
            role: None,
            country: country.map(str::to_string),
        }
    }

    #[test]
    fn two_countries_are_two_sides() {
        let ps = [
            p(Some("A"), Some("United States")),
            p(Some("B"), Some("Ukraine")),
            p(Some("C"), Some("United States")),
        ];
        assert_eq!(
            kind_by_sides(&ps, MeetingKind::Multilateral),
            MeetingKind::Bilateral
        );
    }

    #[test]
    fn three_countries_are_many_sides() {
        let ps = [
            p(Some("A"), Some("United States")),
            p(Some("B"), Some("Japan")),
            p(Some("C"), Some("South Korea")),
        ];
        assert_eq!(
            kind_by_sides(&ps, MeetingKind::Bilateral),
            MeetingKind::Multilateral
        );
    }

    #[test]
    fn a_group_of_one_country_is_the_other_side() {
        let us = Some("United States");
        let named = [p(Some("A"), us), p(Some("B"), us), p(Some("C"), us)];
        let with_group = [p(Some("A"), us), p(Some("B"), us), p(None, us)];
        assert_eq!(
            kind_by_sides(&named, MeetingKind::Multilateral),
            MeetingKind::Multilateral
        );
        assert_eq!(
            kind_by_sides(&with_group, MeetingKind::Multilateral),
            MeetingKind::Bilateral
        );
    }

    #[test]
    fn calls_and_visits_keep_their_kind() {
        let ps = [p(Some("A"), None), p(Some("B"), None), p(Some("C"), None)];
        assert_eq!(kind_by_sides(&ps, MeetingKind::Call), MeetingKind::Call);
    }
}
