//! Grouping name candidates into people: one person per fullest name,
//! short mentions ("Xi", "President Kishida") resolved to it, and the
//! country filled in when the text leaves it implicit.

use crate::lexicon::{self, FastMap};
use crate::{Mention, Person, Span};

use super::cues::{
    ARABIC_ARTICLES, CHINESE_SURNAMES, DELEGATION_WORDS, LEADER_ROLES, MAX_PAST_MARKER_DISTANCE,
    NAME_KEEPING_TITLES, NAME_SUFFIXES, OFFICE_SEATS, OTHER_FAMILY_FIRST_SURNAMES,
    PAST_HOLDER_MARKERS, ROLE_MENTION_MODIFIERS, UNQUALIFIED_PRESIDENT_COUNTRY, US_DEFAULT_ROLES,
    US_INSTITUTIONS, US_LEADER_TITLES, US_OFFICES, US_PARTY_WORDS,
};
use super::runs::{is_regnal_numeral, word};
use super::titles::PERSON_NOUNS;
use super::tokens::Token;
use super::Candidate;

/// Groups candidates into people, resolving short mentions.
pub(super) fn group(
    text: &str,
    toks: &[Token],
    cands: &[Candidate],
    places: &[lexicon::PlaceHit],
) -> Vec<Person> {
    // how often each capitalised word stands alone (outside a longer name)
    let mut alone: FastMap<&str, usize> = FastMap::default();
    let mut in_name = vec![false; toks.len()];
    for c in cands.iter().filter(|c| c.last > c.first) {
        for f in in_name.iter_mut().take(c.last + 1).skip(c.first) {
            *f = true;
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if !in_name.get(i).copied().unwrap_or(false) && t.is_capitalised(text) {
            *alone.entry(t.text(text)).or_default() += 1;
        }
    }
    struct Acc {
        name: String,
        short: String,
        role: Option<String>,
        country: Option<&'static str>,
        anchored: bool,
        mentions: Vec<Span>,
    }
    let mut people: Vec<Acc> = Vec::new();
    let mut by_name: FastMap<String, usize> = FastMap::default();
    for c in cands.iter().filter(|c| c.last > c.first) {
        let (Some(s), Some(e)) = (toks.get(c.first), toks.get(c.last)) else {
            continue;
        };
        let name = text.get(s.start..e.end).unwrap_or("").to_string();
        let idx = *by_name.entry(name_key(&name)).or_insert_with(|| {
            let first_w = word(text, toks, c.first);
            let suffix = |w: &str| NAME_SUFFIXES.contains(&w) || is_regnal_numeral(w);
            let last_w = if suffix(word(text, toks, c.last)) && c.last > c.first {
                word(text, toks, c.last - 1)
            } else {
                word(text, toks, c.last)
            };
            let fa = alone.get(first_w).copied().unwrap_or(0);
            let bare = strip_article(last_w);
            let la = alone.get(last_w).copied().unwrap_or(0)
                + if bare == last_w {
                    0
                } else {
                    alone.get(bare).copied().unwrap_or(0)
                };
            let family_first = CHINESE_SURNAMES.contains(&first_w)
                || OTHER_FAMILY_FIRST_SURNAMES.contains(&first_w);
            let short = if fa > la || (fa == la && family_first) {
                first_w
            } else {
                // "Assad" stands alone for "Bashar al-Assad"
                strip_article(last_w)
            };
            people.push(Acc {
                name: name.clone(),
                short: short.to_string(),
                role: None,
                country: None,
                anchored: false,
                mentions: Vec::new(),
            });
            people.len() - 1
        });
        if let Some(p) = people.get_mut(idx) {
            let name = regnal_name(text, toks, c).unwrap_or(name);
            if name.len() > p.name.len() {
                p.name.clone_from(&name); // the fullest spelling: "Bashar al-Assad"
            }
            p.mentions.push(Span::new(s.start, e.end));
            p.anchored |= c.anchored;
            // a title of office outranks a job noun met first ("billionaire")
            let job = |r: Option<&str>| r.is_some_and(|r| PERSON_NOUNS.contains(&r));
            let office = c.role.is_some() && !job(c.role.as_deref());
            if p.role.is_none() || office && job(p.role.as_deref()) {
                p.role.clone_from(&c.role);
            }
            if p.country.is_none() {
                p.country = c.country;
            }
        }
    }
    // a person is kept when anchored or when its short form recurs alone
    for p in &mut people {
        if !p.anchored && alone.get(p.short.as_str()).copied().unwrap_or(0) > 0 {
            p.anchored = true;
        }
    }
    people.retain(|p| p.anchored);
    let mut by_short: FastMap<&str, usize> = FastMap::default();
    for (i, p) in people.iter().enumerate() {
        by_short.entry(p.short.as_str()).or_insert(i);
    }
    // short mentions, titled single names included
    let mut extra: Vec<(usize, Span, Option<String>, Option<&'static str>)> = Vec::new();
    let single: FastMap<usize, &Candidate> = cands
        .iter()
        .filter(|c| c.first == c.last)
        .map(|c| (c.first, c))
        .collect();
    for (i, t) in toks.iter().enumerate() {
        if in_name.get(i).copied().unwrap_or(false) || !t.is_capitalised(text) {
            continue;
        }
        if let Some(&pi) = by_short.get(strip_article(t.text(text))) {
            let (r, c) = single
                .get(&i)
                .map_or((None, None), |c| (c.role.clone(), c.country));
            extra.push((pi, Span::new(t.start, t.end), r, c));
        }
    }
    let mut lone: Vec<Acc> = Vec::new();
    // In text order: the first titled mention gives a lone name its role,
    // whatever the map's hash order.
    let mut singles: Vec<(usize, &Candidate)> = single.iter().map(|(&i, &c)| (i, c)).collect();
    singles.sort_unstable_by_key(|&(i, _)| i);
    for (_, c) in singles {
        let Some(t) = toks.get(c.first) else { continue };
        let w = t.text(text);
        let person = c.role.is_some() || c.paired;
        if person && !by_short.contains_key(w) && !lone.iter().any(|l| l.short == w) {
            let name = match c.role.as_deref() {
                Some(r)
                    if NAME_KEEPING_TITLES.contains(&r)
                        && c.first > 0
                        && word(text, toks, c.first - 1) == r =>
                {
                    format!("{r} {w}")
                }
                _ => w.to_string(),
            };
            lone.push(Acc {
                name,
                short: w.to_string(),
                role: c.role.clone(),
                country: c.country,
                anchored: true,
                mentions: Vec::new(),
            });
        }
    }
    for (pi, span, r, c) in extra {
        if let Some(p) = people.get_mut(pi) {
            p.mentions.push(span);
            if p.role.is_none() {
                p.role = r;
            }
            if p.country.is_none() {
                p.country = c;
            }
        }
    }
    let base = people.len();
    people.extend(lone);
    for (i, t) in toks.iter().enumerate() {
        if people.len() == base || in_name.get(i).copied().unwrap_or(false) {
            continue;
        }
        let w = t.text(text);
        if let Some(p) = people.iter_mut().skip(base).find(|p| p.short == w) {
            p.mentions.push(Span::new(t.start, t.end));
        }
    }
    let mut out: Vec<Person> = people
        .into_iter()
        .filter(|p| !p.mentions.is_empty())
        .map(|mut p| {
            p.mentions.sort();
            p.mentions.dedup();
            let first_word = p.name.split(' ').next().unwrap_or("");
            let country = p.country.or_else(|| {
                CHINESE_SURNAMES
                    .contains(&first_word)
                    .then_some("China")
                    .filter(|_| p.name.contains(' '))
            });
            Person {
                mentions: p
                    .mentions
                    .iter()
                    .map(|s| Mention {
                        start: s.start,
                        end: s.end,
                        text: s.text(text).to_string(),
                    })
                    .collect(),
                name: p.name,
                role: p.role,
                country: country.map(str::to_string),
            }
        })
        .collect();
    delegations(text, places, &mut out);
    shared_family_names(&mut out);
    let names_us = places
        .iter()
        .any(|h| h.country == UNQUALIFIED_PRESIDENT_COUNTRY)
        || US_INSTITUTIONS.iter().any(|i| text.contains(i));
    for p in out.iter_mut().filter(|p| {
        p.country.is_none() && p.role.as_deref().is_some_and(|r| US_OFFICES.contains(&r))
    }) {
        p.country = Some(UNQUALIFIED_PRESIDENT_COUNTRY.to_string());
    }
    for p in out.iter_mut().filter(|p| p.country.is_none()) {
        let seat = p.role.as_deref().and_then(|r| {
            OFFICE_SEATS
                .iter()
                .find(|(o, _)| o.eq_ignore_ascii_case(r))
                .map(|(_, c)| *c)
        });
        if let Some(c) = seat {
            p.country = Some(c.to_string());
        }
    }
    if names_us {
        for p in out.iter_mut().filter(|p| {
            p.country.is_none()
                && p.role
                    .as_deref()
                    .is_some_and(|r| US_DEFAULT_ROLES.contains(&r))
        }) {
            p.country = Some(UNQUALIFIED_PRESIDENT_COUNTRY.to_string());
        }
    }
    out.sort_by_key(|p| p.mentions.first().map_or(usize::MAX, |m| m.start));
    out
}

/// Gives the people the text leaves unqualified the story's home country:
/// the United States in US domestic copy (party words), else the country
/// the text names most; and the one unqualified "President" of copy naming
/// the United States is the US president. Run after the titles and
/// descriptions have given what evidence they can.
/// A person the text sends to or sets against a country (`excluded`, by
/// person index) never gets it by default.
pub(super) fn home_countries(
    text: &str,
    places: &[lexicon::PlaceHit],
    excluded: &[Vec<&'static str>],
    people: &mut [Person],
) {
    let barred = |i: usize, c: &str| excluded.get(i).is_some_and(|l| l.contains(&c));
    let names_us = places
        .iter()
        .any(|h| h.country == UNQUALIFIED_PRESIDENT_COUNTRY)
        || US_INSTITUTIONS.iter().any(|i| text.contains(i));
    let us_domestic = US_PARTY_WORDS.iter().any(|w| {
        text.match_indices(w).any(|(i, _)| {
            let after = text.get(i + w.len()..).unwrap_or("");
            let before = text.get(..i).unwrap_or("");
            !after.starts_with(char::is_alphanumeric) && !before.ends_with(char::is_alphanumeric)
        })
    });
    // US domestic copy (party words) writes its own people unqualified, even
    // in a story that names another country more often
    let home = if us_domestic {
        Some(UNQUALIFIED_PRESIDENT_COUNTRY)
    } else {
        dominant_country(places)
    };
    if let Some(home) = home {
        let is_leader = |r: Option<&str>| r.is_some_and(|r| LEADER_ROLES.contains(&r));
        let home_has_leader = people
            .iter()
            .any(|p| p.country.as_deref() == Some(home) && is_leader(p.role.as_deref()));
        // countries that already have a leader named
        let mut led: Vec<&'static str> = places
            .iter()
            .map(|h| h.country)
            .filter(|c| {
                people
                    .iter()
                    .any(|p| p.country.as_deref() == Some(*c) && is_leader(p.role.as_deref()))
            })
            .collect();
        led.push(home);
        for (i, p) in people.iter_mut().enumerate() {
            if p.country.is_some() {
                continue;
            }
            if barred(i, home) {
                let bar = excluded.get(i).map_or(&[][..], Vec::as_slice);
                p.country = super::foreign::clear_other(places, bar).map(str::to_string);
                continue;
            }
            let role = p.role.as_deref();
            // an office the home country does not have is a foreign one
            let foreign = home == UNQUALIFIED_PRESIDENT_COUNTRY
                && is_leader(role)
                && !role.is_some_and(|r| US_LEADER_TITLES.contains(&r));
            if !(foreign || home_has_leader && is_leader(role)) {
                p.country = Some(home.to_string());
            } else if let Some(c) = (!(past_holder(text, p) || us_domestic && us_title(role)))
                .then(|| super::foreign::clear_other(places, &led))
                .flatten()
                .filter(|c| super::foreign::sole_country_near(text, places, p, &led) == Some(*c))
            {
                // a foreign leader: the other country the text names clearly
                // most, when it is the only one named in the sentences that
                // name them and has no leader named yet (not a past holder,
                // nor a president of US copy: a former US president)
                p.country = Some(c.to_string());
                led.push(c);
            }
        }
    }
    // English-language copy writes the US president unqualified
    let us_has_president = people.iter().any(|p| {
        p.country.as_deref() == Some(UNQUALIFIED_PRESIDENT_COUNTRY)
            && p.role.as_deref() == Some("President")
    });
    if names_us && !us_has_president {
        if let Some((_, p)) = people.iter_mut().enumerate().find(|(i, p)| {
            p.country.is_none()
                && p.role.as_deref() == Some("President")
                && !barred(*i, UNQUALIFIED_PRESIDENT_COUNTRY)
        }) {
            p.country = Some(UNQUALIFIED_PRESIDENT_COUNTRY.to_string());
        }
    }
}

/// Whether `role` is a title the US leader holds ("President").
fn us_title(role: Option<&str>) -> bool {
    role.is_some_and(|r| US_LEADER_TITLES.contains(&r))
}

/// Whether a title word before the person's first mention marks a past
/// holder ("former Prime Minister Malcolm Turnbull"), whose country the
/// story's leaders do not tell.
fn past_holder(text: &str, p: &Person) -> bool {
    let Some(first) = p.mentions.first() else {
        return false;
    };
    let before = text.get(..first.start).unwrap_or("");
    before
        .split_whitespace()
        .rev()
        .take(MAX_PAST_MARKER_DISTANCE)
        .any(|w| {
            let w = w.to_lowercase();
            PAST_HOLDER_MARKERS
                .iter()
                .any(|m| w == *m || w.strip_prefix(m).is_some_and(|r| r.starts_with('-')))
        })
}

/// Gives the people listed after "X's delegation" or "the US delegation"
/// (up to the end of that sentence) the country of X, when they have none.
fn delegations(text: &str, places: &[lexicon::PlaceHit], out: &mut [Person]) {
    for w in DELEGATION_WORDS {
        for (at, _) in text.match_indices(w) {
            let end = at + w.len();
            if text
                .get(end..)
                .is_some_and(|a| a.starts_with(char::is_alphanumeric))
            {
                continue;
            }
            let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else {
                continue;
            };
            let owner = before
                .strip_suffix("’s")
                .or_else(|| before.strip_suffix("'s"))
                .unwrap_or(before);
            let i = places.partition_point(|p| p.end < owner.len());
            let country = match places.get(i).filter(|p| p.end == owner.len()) {
                Some(p) => Some(p.country),
                None if owner.len() < before.len() => out
                    .iter()
                    .find(|p| p.mentions.iter().any(|m| m.end == owner.len()))
                    .and_then(|p| p.country.as_deref())
                    .and_then(lexicon::country_by_name),
                None => None,
            };
            let Some(country) = country else { continue };
            let rest = text.get(end..).unwrap_or("");
            let stop = end
                + rest
                    .find(". ")
                    .into_iter()
                    .chain(rest.find('\n'))
                    .min()
                    .unwrap_or(rest.len());
            for p in out.iter_mut().filter(|p| p.country.is_none()) {
                if p.mentions
                    .first()
                    .is_some_and(|m| m.start >= end && m.start < stop)
                {
                    p.country = Some(country.to_string());
                }
            }
        }
    }
}

/// A person with no country shares it with a namesake of the same family
/// name that has one ("Sara Netanyahu" beside "Benjamin Netanyahu").
fn shared_family_names(out: &mut [Person]) {
    let family = |n: &str| n.rsplit(' ').next().unwrap_or("").to_string();
    let known: Vec<(String, String)> = out
        .iter()
        .filter(|p| p.name.contains(' '))
        .filter_map(|p| Some((family(&p.name), p.country.clone()?)))
        .collect();
    for p in out
        .iter_mut()
        .filter(|p| p.country.is_none() && p.name.contains(' '))
    {
        let f = family(&p.name);
        let mut same = known.iter().filter(|(k, _)| *k == f).map(|(_, c)| c);
        if let (Some(c), None) = (same.next(), same.next()) {
            p.country = Some(c.clone());
        }
    }
}

/// A word without the Arabic article ("al-Assad" → "Assad").
fn strip_article(w: &str) -> &str {
    ARABIC_ARTICLES
        .iter()
        .find_map(|a| w.strip_prefix(a))
        .filter(|r| !r.is_empty())
        .unwrap_or(w)
}

/// A name's grouping key: the Arabic article is often dropped from the
/// family name ("Bashar Assad" and "Bashar al-Assad" are one person).
/// A given name and regnal numeral after the title that keeps them
/// ("King Abdullah II", "Pope Benedict XVI"): the name with its title, as
/// for one known by one name ("Pope Francis").
fn regnal_name(text: &str, toks: &[Token], c: &Candidate) -> Option<String> {
    let role = c
        .role
        .as_deref()
        .filter(|r| NAME_KEEPING_TITLES.contains(r))?;
    if c.last != c.first + 1 || !is_regnal_numeral(word(text, toks, c.last)) {
        return None;
    }
    let s = toks.get(c.first)?.start;
    let e = toks.get(c.last)?.end;
    let before = text.get(..s)?.strip_suffix(' ')?;
    let opens = before
        .strip_suffix(role)
        .is_some_and(|b| !b.ends_with(char::is_alphanumeric));
    opens.then(|| format!("{role} {}", text.get(s..e).unwrap_or("")))
}

fn name_key(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            ARABIC_ARTICLES
                .iter()
                .find_map(|a| w.strip_prefix(a))
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country the text names most often (names and demonyms), when one
/// clearly leads: a person with no stated country most likely belongs to
/// it (the story's own country writes its people unqualified).
fn dominant_country(places: &[lexicon::PlaceHit]) -> Option<&'static str> {
    let mut counts: FastMap<&'static str, usize> = FastMap::default();
    for h in places {
        if h.kind != lexicon::PlaceKind::City {
            *counts.entry(h.country).or_default() += 1;
        }
    }
    let mut v: Vec<(&'static str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match (v.first(), v.get(1)) {
        (Some(a), Some(b)) if a.1 > b.1 => Some(a.0),
        (Some(a), None) => Some(a.0),
        _ => None,
    }
}

/// Whether two titles name the same office ("premier" and "Prime Minister").
fn same_office(a: &str, b: &str) -> bool {
    fn head(r: &str) -> &str {
        match r {
            "Premier" | "Prime Minister" => "Prime Minister",
            other => other,
        }
    }
    head(a) == head(b)
}

/// Adds role mentions ("the Japanese premier", "China’s top diplomat") to
/// the one person holding that office for that country.
pub(super) fn role_mentions(
    text: &str,
    roles: &[lexicon::RoleHit],
    places: &[lexicon::PlaceHit],
    people: &mut [Person],
) {
    for r in roles {
        let after = text.get(r.end..).unwrap_or("");
        let titled_name = after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(char::is_uppercase));
        let Some(before) = text.get(..r.start).and_then(|b| b.strip_suffix(' ')) else {
            continue;
        };
        if titled_name {
            continue;
        }
        let (owner, possessive) = match before
            .strip_suffix("’s")
            .or_else(|| before.strip_suffix("'s"))
        {
            Some(b) => (b, true),
            None => (before, false),
        };
        let i = places.partition_point(|p| p.end < owner.len());
        let Some(place) = places.get(i).filter(|p| p.end == owner.len()) else {
            continue;
        };
        let start = if possessive {
            place.start
        } else if place.kind == lexicon::PlaceKind::Demonym {
            let Some(b) = text.get(..place.start) else {
                continue;
            };
            let b = b
                .strip_suffix(' ')
                .and_then(|h| {
                    ROLE_MENTION_MODIFIERS
                        .iter()
                        .find_map(|m| h.strip_suffix(m).filter(|r| r.ends_with(' ')))
                })
                .unwrap_or(b);
            match b.strip_suffix("the ").or_else(|| b.strip_suffix("The ")) {
                Some(rest) => rest.len(),
                None => continue,
            }
        } else {
            continue;
        };
        let mut holders = people.iter_mut().filter(|p| {
            p.country.as_deref() == Some(place.country)
                && p.role.as_deref().is_some_and(|pr| same_office(pr, r.role))
        });
        let (Some(p), None) = (holders.next(), holders.next()) else {
            continue;
        };
        if let Some(t) = text.get(start..r.end) {
            p.mentions.push(Mention {
                start,
                end: r.end,
                text: t.to_string(),
            });
        }
    }
    for p in people.iter_mut() {
        p.mentions.sort_by_key(|m| m.start);
        p.mentions.dedup_by_key(|m| m.start);
    }
}
