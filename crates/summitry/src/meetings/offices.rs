//! Titles before a name, offices that stand for a person, and groups of people as parties.

use super::cues::{OFFICES, TITLE_WORDS};
use super::cueset::word_set;
use super::gazetteer;
use super::names::{Index, Known};
use super::parties::{Ent, EntKind};
use super::partycues::COUNTERPARTS;
use super::tokens::Tok;
use crate::Participant;

/// Where the titles before a name begin ("China's top diplomat Yang Jiechi", "U.S. President Joe Biden").
pub(crate) fn title_chain_start(text: &str, toks: &[Tok], i: usize, floor: usize) -> usize {
    let place_ending_at = |end: usize| -> usize {
        for len in (1..=gazetteer::MAX_WORDS).rev() {
            if end < len || end - len < floor {
                continue;
            }
            let (Some(f), Some(l)) = (toks.get(end - len), toks.get(end - 1)) else {
                continue;
            };
            if f.cap
                && text
                    .get(f.start..l.end)
                    .and_then(gazetteer::lookup)
                    .is_some()
            {
                return len;
            }
        }
        0
    };
    let mut a = i;
    let mut office = false;
    while a > floor {
        let Some(t) = toks.get(a - 1) else { break };
        let title = t.word
            && (word_set!(TITLE_WORDS).contains(t.lower.as_str())
                || OFFICES.contains(&t.lower.as_str()));
        // "Chinese President, Xi Jinping" / "the Russian foreign minister, Sergey V. Lavrov".
        if t.lower == ","
            && a == i
            && a >= 2
            && toks.get(a - 2).is_some_and(|p| {
                p.word
                    && (word_set!(TITLE_WORDS).contains(p.lower.as_str())
                        || OFFICES.contains(&p.lower.as_str()))
            })
        {
            a -= 1;
            continue;
        }
        if title {
            office = true;
            a -= 1;
            continue;
        }
        // "Secretary of State", "Minister of Foreign Affairs".
        if office
            && t.lower == "of"
            && a >= 2
            && toks.get(a - 2).is_some_and(|p| {
                p.word && p.cap && word_set!(TITLE_WORDS).contains(p.lower.as_str())
            })
        {
            a -= 1;
            continue;
        }
        // "European Commission President": an organisation's name before a title.
        if office
            && t.word
            && t.cap
            && toks
                .get(a)
                .is_some_and(|n| n.cap && word_set!(TITLE_WORDS).contains(n.lower.as_str()))
        {
            let mut k = a - 1;
            while k > floor && toks.get(k - 1).is_some_and(|p| p.word && p.cap) && a - k < 3 {
                k -= 1;
            }
            a = k;
            continue;
        }
        if t.lower == "'s" && a >= 2 {
            let n = place_ending_at(a - 1);
            if n > 0 {
                a -= 1 + n;
                continue;
            }
            break;
        }
        let n = place_ending_at(a);
        if n > 0 {
            a -= n;
            continue;
        }
        if office && matches!(t.lower.as_str(), "his" | "her" | "their" | "its") {
            a -= 1;
        }
        break;
    }
    a.max(floor)
}

/// Plural nouns that head a group party ("House Democrats", "community leaders").
#[rustfmt::skip]
const GROUP_HEADS: &[&str] = &[
    "democrats", "republicans", "lawmakers", "senators", "congressmen", "legislators", "members",
    "leaders", "caucus", "donors", "supporters", "surrogates", "workers", "victims", "families",
    "survivors", "relatives", "activists", "pastors", "executives", "governors", "mayors",
    "students", "veterans", "titans", "delegates", "conservatives", "progressives", "evangelicals",
    "prosecutors",
];

/// Words in a group phrase that make it a political body of the article's home country.
#[rustfmt::skip]
const POLITICAL: &[&str] = &[
    "democrats", "republicans", "lawmakers", "senators", "congressmen", "legislators", "caucus",
    "house", "senate", "congressional", "gop", "democratic", "republican", "conservative",
    "conservatives", "progressive", "progressives", "establishment", "party", "governors",
    "delegates", "donors", "prosecutors", "leadership",
];

/// Last words of an organisation's name ("the National Rifle Association").
#[rustfmt::skip]
const ORG_SUFFIXES: &[&str] = &[
    "association", "committee", "council", "coalition", "foundation", "institute", "union",
    "caucus", "federation", "alliance",
];

/// Lower-case modifiers allowed inside a group phrase.
#[rustfmt::skip]
const GROUP_MODS: &[&str] = &[
    "top", "senior", "local", "community", "congressional", "progressive", "conservative",
    "prominent", "black", "religious", "evangelical", "business", "group", "party", "state",
    "federal", "several", "some", "many", "dozens", "and", "other", "fellow", "christian", "jewish",
    "muslim", "labor", "union", "gun", "rights", "civil", "key", "influential", "political",
    "career",
];

/// Whether a lower-case word heads a group of people ("supporters", "leaders").
pub(crate) fn is_group_head(w: &str) -> bool {
    word_set!(GROUP_HEADS).contains(w)
}

pub(crate) fn group_at(
    text: &str,
    toks: &[Tok],
    i: usize,
    floor: usize,
    idx: &Index,
) -> Option<Ent> {
    let t = toks.get(i)?;
    let org = t.cap && word_set!(ORG_SUFFIXES).contains(t.lower.as_str());
    if !org && !word_set!(GROUP_HEADS).contains(t.lower.as_str()) {
        return None;
    }
    // "members of Congress": the head takes its "of" phrase.
    let mut b = i + 1;
    if t.lower == "members"
        && toks.get(b).is_some_and(|x| x.lower == "of")
        && toks.get(b + 1).is_some_and(|x| x.cap)
    {
        b += 2;
    }
    // "the titans of the political establishment": an "of" phrase of political words says who.
    if b == i + 1 && toks.get(b).is_some_and(|x| x.lower == "of") {
        let mut k = b + 1;
        if toks.get(k).is_some_and(|x| x.lower == "the") {
            k += 1;
        }
        let mut end = None;
        for m in k..k + super::partycues::GROUP_OF_REACH {
            let Some(x) = toks.get(m) else { break };
            let political = POLITICAL.contains(&x.lower.as_str());
            if !x.word || !(x.cap || political || GROUP_MODS.contains(&x.lower.as_str())) {
                break;
            }
            if political {
                end = Some(m + 1);
            }
        }
        if let Some(e) = end {
            b = e;
        }
    }
    let mut a = i;
    while a > floor {
        let Some(p) = toks.get(a - 1) else { break };
        let ok = p.word
            && ((p.cap
                && gazetteer::lookup(text.get(p.start..p.end).unwrap_or("")).is_none()
                && !matches!(p.lower.as_str(), "the" | "a" | "an"))
                || GROUP_MODS.contains(&p.lower.as_str())
                || p.lower.chars().all(|c| c.is_ascii_digit())
                // "Pacific island leaders": one lower-case noun after a capitalised modifier.
                || (a == i
                    && !p.cap
                    && p.lower.chars().all(|c| c.is_ascii_lowercase())
                    && a >= 2
                    && a - 2 >= floor
                    && toks.get(a - 2).is_some_and(|q| {
                        q.word
                            && q.cap
                            && !matches!(q.lower.as_str(), "the" | "a" | "an")
                            && idx.mention_at(q.start).is_none()
                    })));
        if !ok {
            break;
        }
        a -= 1;
    }
    // A lone generic head ("members", "leaders") names no one, unless what follows says who
    // ("workers impacted by the layoffs", "leaders who backed him").
    // ("members of the House Republican leadership": an "of" phrase says who, too.)
    let specified = b > i + 1
        || toks
            .get(b)
            .is_some_and(|x| super::partycues::GROUP_POSTMODIFIERS.contains(&x.lower.as_str()));
    if a == i
        && !org
        && !specified
        && matches!(
            t.lower.as_str(),
            "members"
                | "leaders"
                | "workers"
                | "families"
                | "students"
                | "executives"
                | "supporters"
        )
    {
        return None;
    }
    if org && a == i {
        return None;
    }
    // "Judiciary Committee Chairman Chuck Grassley": the organisation only qualifies a title.
    if org && toks.get(b).is_some_and(|x| x.word && x.cap) {
        return None;
    }
    while toks.get(a).is_some_and(|x| x.lower == "and") && a < i {
        a += 1;
    }
    let (f, l) = (toks.get(a)?, toks.get(b - 1)?);
    let phrase = text.get(f.start..l.end)?.to_string();
    let political = org
        || (a..b).any(|k| {
            toks.get(k)
                .is_some_and(|x| POLITICAL.contains(&x.lower.as_str()))
        });
    let prep = a
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .map(|p| p.lower.clone())
        .unwrap_or_default();
    Some(Ent {
        a,
        b,
        kind: EntKind::Group,
        party: Participant {
            name: None,
            role: Some(phrase),
            country: if political { idx.home.clone() } else { None },
        },
        prep,
    })
}

/// "Wang Yi met his Japanese counterpart": an unnamed counterpart holds the office of the
/// party it is the counterpart of, the first other party of another country with a role.
pub(crate) fn counterpart_roles(parties: &mut [Participant]) {
    let is_counterpart = |p: &Participant| {
        p.name.is_none()
            && p.role
                .as_deref()
                .is_some_and(|r| COUNTERPARTS.contains(&r.to_lowercase().as_str()))
    };
    for i in 0..parties.len() {
        let Some(p) = parties.get(i).filter(|p| is_counterpart(p)) else {
            continue;
        };
        let country = p.country.clone();
        let role = parties
            .iter()
            .find(|q| {
                !is_counterpart(q)
                    && q.role.is_some()
                    && (q.country.is_none() || country.is_none() || q.country != country)
            })
            .and_then(|q| q.role.clone());
        if let (Some(r), Some(p)) = (role, parties.get_mut(i)) {
            p.role = Some(r);
        }
    }
}

/// Offices that name the same post, for resolving "the Japanese premier" to the known prime minister.
const ROLE_FAMILIES: &[&[&str]] = &[
    &["prime minister", "premier", "pm"],
    &["president"],
    &[
        "foreign minister",
        "foreign secretary",
        "secretary of state",
    ],
    &["vice president"],
    &["chancellor"],
    &["defense minister", "defence minister", "defense secretary"],
];

/// The family of offices a role belongs to; the longest office it ends with decides
/// ("Vice President" is a vice president, not a president).
pub(crate) fn family(role: &str) -> Option<usize> {
    let r = role.to_lowercase();
    ROLE_FAMILIES
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            f.iter()
                .filter(|x| r == **x || r.ends_with(&format!(" {x}")))
                .map(|x| x.len())
                .max()
                .map(|n| (n, i))
        })
        .max_by_key(|&(n, i)| (n, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

/// The people among `hits`, once each: a name that ends another of the same country
/// ("Peña Nieto", "Enrique Peña Nieto") is that person, under the fuller name.
fn distinct<'a>(hits: impl Iterator<Item = &'a Known>) -> Vec<&'a Known> {
    let mut out: Vec<&Known> = Vec::new();
    for k in hits.take(super::partycues::MAX_OFFICE_HOLDERS) {
        let same = |o: &Known| {
            o.country == k.country
                && (o.name == k.name
                    || o.name.ends_with(&format!(" {}", k.name))
                    || k.name.ends_with(&format!(" {}", o.name)))
        };
        match out.iter().position(|o| same(o)) {
            Some(i) => {
                if let Some(o) = out.get_mut(i).filter(|o| o.name.len() < k.name.len()) {
                    *o = k;
                }
            }
            None => out.push(k),
        }
    }
    out
}

/// The one known person who holds `office` for `country`, if exactly one does.
pub(crate) fn resolve_office(
    idx: &Index,
    office: &str,
    country: Option<&str>,
    words: &[Tok],
) -> Option<Participant> {
    if words.iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "former" | "then" | "new" | "deputy" | "vice"
        )
    }) && !office.starts_with("vice")
    {
        return None;
    }
    // "the Russian leader": the head of state or government of that country.
    if office == "leader" && country.is_some() {
        let heads = distinct(idx.people.iter().filter(|k| {
            k.country.as_deref() == country
                && k.role
                    .as_deref()
                    .and_then(family)
                    .is_some_and(|f| f <= 1 || f == 4)
        }));
        let mut heads = heads.into_iter();
        let k = heads.next()?;
        if heads.next().is_some() {
            return None;
        }
        return Some(Participant {
            name: Some(k.name.clone()),
            role: k.role.clone(),
            country: k.country.clone(),
        });
    }
    let f = family(office)?;
    let mut hits = distinct(idx.people.iter().filter(|k| {
        (country.is_none() || k.country.as_deref() == country)
            && k.role.as_deref().and_then(family) == Some(f)
    }))
    .into_iter();
    let k = hits.next()?;
    if let Some(other) = hits.next() {
        // "the president" with several presidents named: the one of the article's home country.
        if country.is_some() {
            return None;
        }
        let home = idx.home.as_deref();
        let mut at_home = std::iter::once(k)
            .chain(std::iter::once(other))
            .chain(hits)
            .filter(|k| k.country.as_deref() == home && home.is_some());
        let h = at_home.next()?;
        if at_home.next().is_some() {
            return None;
        }
        return Some(Participant {
            name: Some(h.name.clone()),
            role: h.role.clone(),
            country: h.country.clone(),
        });
    }
    Some(Participant {
        name: Some(k.name.clone()),
        role: k.role.clone(),
        country: k.country.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::{family, resolve_office};
    use crate::meetings::names::{Index, Known};

    #[test]
    fn a_short_and_a_full_name_are_one_holder() {
        let k = |n: &str| Known {
            name: n.into(),
            role: Some("President".into()),
            country: Some("Mexico".into()),
        };
        let idx = Index {
            people: vec![k("Peña Nieto"), k("Enrique Peña Nieto")],
            ..Default::default()
        };
        let p = resolve_office(&idx, "president", Some("Mexico"), &[]);
        assert_eq!(
            p.and_then(|p| p.name).as_deref(),
            Some("Enrique Peña Nieto")
        );
        let two = Index {
            people: vec![k("Enrique Peña Nieto"), k("Andrés Manuel López Obrador")],
            ..Default::default()
        };
        assert!(resolve_office(&two, "president", Some("Mexico"), &[]).is_none());
    }

    #[test]
    fn a_counterpart_holds_the_other_sides_office() {
        let p = |n: Option<&str>, r: &str, c: &str| crate::Participant {
            name: n.map(Into::into),
            role: Some(r.into()),
            country: Some(c.into()),
        };
        let mut ps = [
            p(Some("Wang Yi"), "Foreign Minister", "China"),
            p(None, "Counterpart", "Japan"),
        ];
        super::counterpart_roles(&mut ps);
        assert_eq!(ps[1].role.as_deref(), Some("Foreign Minister"));
        let mut alone = [
            p(None, "Counterpart", "Japan"),
            p(None, "Counterpart", "China"),
        ];
        super::counterpart_roles(&mut alone);
        assert_eq!(alone[0].role.as_deref(), Some("Counterpart"));
    }

    #[test]
    fn vice_president_is_not_a_president() {
        assert_ne!(family("Vice President"), family("President"));
        assert_eq!(family("US President"), family("president"));
        assert_eq!(family("Premier"), family("Prime Minister"));
    }
}
