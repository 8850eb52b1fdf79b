//! The parties of a meeting: who stands around its trigger in the sentence.

use super::cues::{COLLECTIVE, OFFICES};
use super::gazetteer::{self, Place};
use super::names::{title_before, Index};
use super::offices::{group_at, resolve_office, title_chain_start};
use super::tokens::Tok;
use crate::Participant;

mod groups;
mod plural;
mod recent;
mod sides;
pub(crate) use groups::group;
use groups::{is_break, subject_group};
pub(crate) use plural::plural_office_at;
pub(crate) use sides::{left, right};

/// What kind of party an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntKind {
    /// A named person.
    Person,
    /// An office of a country ("his Japanese counterpart").
    Office,
    /// A country or its government.
    Country,
    /// A group of people ("House Democrats", "community leaders").
    Group,
}

/// A party candidate in a sentence: tokens `[a, b)`.
#[derive(Debug, Clone)]
pub(crate) struct Ent {
    /// First token.
    pub a: usize,
    /// End token (exclusive).
    pub b: usize,
    /// What it is.
    pub kind: EntKind,
    /// The party it stands for.
    pub party: Participant,
    /// The word before it, lower case ("with", "in", "to").
    pub prep: compact_str::CompactString,
}

/// Modifiers allowed between a country and an office ("Japan's top security adviser").
const OFFICE_MODS: &[&str] = &[
    "top", "chief", "senior", "new", "former", "then", "acting", "deputy", "national", "foreign",
    "the",
];

fn country_at(text: &str, toks: &[Tok], i: usize) -> Option<(usize, Place)> {
    let t = toks.get(i)?;
    let plural = t.lower.strip_suffix('s').filter(|_| t.cap);
    if !gazetteer::may_start(&t.lower) && plural.is_none_or(|w| !gazetteer::may_start(w)) {
        return None;
    }
    for len in (1..=gazetteer::MAX_WORDS).rev() {
        let (Some(f), Some(l)) = (toks.get(i), toks.get(i + len - 1)) else {
            continue;
        };
        if (!f.cap && f.lower != "the") || (len > 1 && !gazetteer::may_end(&l.lower)) {
            continue;
        }
        if let Some(p) = text.get(f.start..l.end).and_then(gazetteer::lookup) {
            return Some((len, p));
        }
    }
    // "the Russians": a plural demonym after "the" is the country.
    let t = toks.get(i)?;
    let prev = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .map(|p| p.lower.as_str());
    let single = t.lower.strip_suffix('s')?;
    match (prev, t.cap, gazetteer::lookup(single)) {
        (Some("the"), true, Some(Place::Demonym(c))) => Some((1, Place::Country(c))),
        _ => None,
    }
}

fn office_at(toks: &[Tok], i: usize) -> Option<(usize, &'static str)> {
    static FIRST: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| OFFICES.iter().filter_map(|o| o.split(' ').next()).collect());
    if !toks
        .get(i)
        .is_some_and(|t| first.contains(t.lower.as_str()))
    {
        return None;
    }
    for o in OFFICES {
        let n = o.split(' ').count();
        let ok = o
            .split(' ')
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == w));
        if ok {
            return Some((n, o));
        }
    }
    None
}

/// An office in title case ("foreign minister" -> "Foreign Minister").
pub(crate) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the party candidates of one sentence.
pub(crate) fn entities(text: &str, toks: &[Tok], idx: &Index) -> Vec<Ent> {
    let mut out: Vec<Ent> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        let prep = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .map(|p| p.lower.clone())
            .unwrap_or_default();
        if let Some((end, p)) = idx.mention_at(t.start) {
            let mut b = i + 1;
            while toks.get(b).is_some_and(|x| x.end <= end) {
                b += 1;
            }
            // "Bernie supporters": a name before a group's head only says whose group it is.
            if toks
                .get(b)
                .is_some_and(|x| !x.cap && super::offices::is_group_head(&x.lower))
            {
                i = b;
                continue;
            }
            let k = idx.people.get(p);
            let (role, country) = title_before(text, toks, i);
            let floor = out.last().map_or(0, |e| e.b);
            let a = title_chain_start(text, toks, i, floor);
            let prep = a
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .map(|p| p.lower.clone())
                .unwrap_or_default();
            out.push(Ent {
                a,
                b,
                kind: EntKind::Person,
                party: Participant {
                    name: k.map(|k| k.name.clone()),
                    role: k.and_then(|k| k.role.clone()).or(role),
                    country: k.and_then(|k| k.country.clone()).or(country),
                },
                prep,
            });
            i = b;
            continue;
        }
        // "“I met with FBI Director James Comey …,” she said": "I" is the quote's speaker.
        if t.lower == "i" && t.cap {
            if let Some(k) = idx.speaker_at(t.start).and_then(|k| idx.people.get(k)) {
                out.push(Ent {
                    a: i,
                    b: i + 1,
                    kind: EntKind::Person,
                    party: Participant {
                        name: Some(k.name.clone()),
                        role: k.role.clone(),
                        country: k.country.clone(),
                    },
                    prep,
                });
                i += 1;
                continue;
            }
        }
        if let Some(b) = plural::offices_of(text, toks, i, &prep, idx, &mut out) {
            i = b;
            continue;
        }
        // "the president": the one known person who holds that office.
        if t.lower == "the" {
            if let Some((olen, office)) = office_at(toks, i + 1) {
                let b = i + 1 + olen;
                let next = toks.get(b).map(|x| x.lower.as_str()).unwrap_or("");
                let named = toks
                    .get(b)
                    .is_some_and(|x| idx.mention_at(x.start).is_some() || x.cap);
                if next == "of" {
                    if let Some((clen, place)) = country_at(text, toks, b + 1) {
                        let c = place.country();
                        let e = b + 1 + clen;
                        let party =
                            resolve_office(idx, office, Some(c), &[]).unwrap_or(Participant {
                                name: None,
                                role: Some(title_case(office)),
                                country: Some(c.to_string()),
                            });
                        let kind = if party.name.is_some() {
                            EntKind::Person
                        } else {
                            EntKind::Office
                        };
                        out.push(Ent {
                            a: i,
                            b: e,
                            kind,
                            party,
                            prep,
                        });
                        i = e;
                        continue;
                    }
                }
                if !named && !matches!(next, "of" | "'s" | ",") {
                    if let Some(k) = recent::office_holder(toks, i, idx, office) {
                        out.push(Ent {
                            a: i,
                            b,
                            kind: EntKind::Person,
                            party: k,
                            prep,
                        });
                        i = b;
                        continue;
                    }
                }
            }
        }
        if let Some(e) = recent::recent_holder(text, toks, i, idx, &prep) {
            i = e.b;
            out.push(e);
            continue;
        }
        if let Some(e) = recent::described(toks, i, idx, &prep) {
            i = e.b;
            out.push(e);
            continue;
        }
        if let Some((len, place)) = country_at(text, toks, i) {
            // Country or demonym, maybe followed by 's, modifiers and an office.
            let mut j = i + len;
            if toks.get(j).is_some_and(|x| x.lower == "'s") {
                j += 1;
            }
            let mut m = j;
            while toks
                .get(m)
                .is_some_and(|x| OFFICE_MODS.contains(&x.lower.as_str()))
                && office_at(toks, m).is_none()
            {
                m += 1;
            }
            if let Some((olen, office)) = office_at(toks, m) {
                let b = m + olen;
                // An office followed by a name in apposition is that person, found next.
                let mut n = b;
                if toks.get(n).is_some_and(|x| x.lower == ",") {
                    n += 1;
                }
                let named = toks
                    .get(n)
                    .is_some_and(|x| idx.mention_at(x.start).is_some());
                let collective = COLLECTIVE.contains(&office);
                if !named && !collective {
                    if let Some(k) = resolve_office(
                        idx,
                        office,
                        Some(place.country()),
                        toks.get(j..b).unwrap_or(&[]),
                    ) {
                        out.push(Ent {
                            a: i,
                            b,
                            kind: EntKind::Person,
                            party: k,
                            prep,
                        });
                        i = b;
                        continue;
                    }
                }
                if !named && (matches!(place, Place::Demonym(_)) || j > i + len || collective) {
                    let start_role = toks.get(j).map_or(0, |x| x.start);
                    let role_text = toks
                        .get(b - 1)
                        .and_then(|e| text.get(start_role..e.end))
                        .unwrap_or(office);
                    let det = i
                        .checked_sub(1)
                        .and_then(|p| toks.get(p))
                        .map(|p| p.lower.clone())
                        .unwrap_or_default();
                    let det_prep = i
                        .checked_sub(2)
                        .and_then(|p| toks.get(p))
                        .map(|p| p.lower.clone())
                        .unwrap_or_default();
                    out.push(Ent {
                        a: i,
                        b,
                        kind: if collective {
                            EntKind::Country
                        } else {
                            EntKind::Office
                        },
                        party: Participant {
                            name: None,
                            role: if collective {
                                None
                            } else {
                                Some(title_case(&role_text.to_lowercase()))
                            },
                            country: Some(place.country().to_string()),
                        },
                        prep: if matches!(det.as_str(), "the" | "his" | "her" | "their" | "its") {
                            det_prep
                        } else {
                            prep
                        },
                    });
                    i = b;
                    continue;
                }
                i = b;
                continue;
            }
            if matches!(place, Place::Country(_))
                && toks.get(i + len).is_none_or(|x| x.lower != "'s")
            {
                // A bare country: a party only where the sentence makes it one.
                let next = toks.get(i + len).map(|x| x.lower.as_str()).unwrap_or("");
                // "a Syria-Turkey meeting": the countries of a meeting noun are its parties.
                let meeting_noun = matches!(
                    next,
                    "meeting" | "meetings" | "talks" | "summit" | "call" | "dialogue"
                );
                let modifier = !meeting_noun
                    && toks.get(i + len).is_some_and(|x| {
                        x.word
                            && !x.cap
                            && !matches!(
                                next,
                                "and"
                                    | "or"
                                    | "to"
                                    | "in"
                                    | "on"
                                    | "for"
                                    | "at"
                                    | "over"
                                    | "after"
                                    | "before"
                                    | "during"
                                    | "amid"
                                    | "as"
                                    | "which"
                                    | "that"
                                    | "who"
                                    | "is"
                                    | "was"
                                    | "has"
                                    | "had"
                                    | "have"
                                    | "will"
                                    | "would"
                                    | "said"
                                    | "says"
                                    | "agreed"
                                    | "canceled"
                                    | "cancelled"
                                    | "proposed"
                                    | "met"
                            )
                            && !crate::wordclass::in_any(super::partycues::AFTER_COUNTRY, next)
                    });
                let adjective = toks.get(i + len).is_some_and(|x| {
                    x.word
                        && x.cap
                        && !crate::wordclass::in_any(
                            super::partycues::CALENDAR_AFTER_COUNTRY,
                            &x.lower,
                        )
                });
                if !modifier
                    && !adjective
                    && (toks.get(i + len).is_none_or(|x| x.lower != "-")
                        || country_at(text, toks, i + len + 1)
                            .is_some_and(|c| matches!(c.1, Place::Country(_))))
                {
                    out.push(Ent {
                        a: i,
                        b: i + len,
                        kind: EntKind::Country,
                        party: Participant {
                            name: None,
                            role: None,
                            country: Some(place.country().to_string()),
                        },
                        prep,
                    });
                }
            }
            i += len;
            continue;
        }
        if let Some(b) = shared_offices(toks, i, &mut out) {
            i = b;
            continue;
        }
        if let Some(e) = group_at(text, toks, i, out.last().map_or(0, |e| e.b), idx) {
            i = e.b;
            out.push(e);
            continue;
        }
        i += 1;
    }
    out
}

/// "Saudi Arabia and Iran agreed to hold talks between foreign ministers": a plural office
/// after "between" or "their" stands for that office of each country the sentence named
/// before it, one party per country. Returns the end of the office.
fn shared_offices(toks: &[Tok], i: usize, out: &mut Vec<Ent>) -> Option<usize> {
    let prev = i.checked_sub(1).and_then(|p| toks.get(p))?;
    if !super::partycues::SHARED_OFFICE_DETS.contains(&prev.lower.as_str()) {
        return None;
    }
    let (len, office) = OFFICES.iter().find_map(|o| {
        let ws: Vec<&str> = o.split(' ').collect();
        let n = ws.len();
        let ok = ws.iter().enumerate().all(|(k, w)| {
            toks.get(i + k).is_some_and(|t| {
                if k + 1 == n {
                    t.lower.strip_suffix('s') == Some(*w)
                } else {
                    t.lower == *w
                }
            })
        });
        (ok && !COLLECTIVE.contains(o)).then_some((n, *o))
    })?;
    let mut countries: Vec<String> = Vec::new();
    for e in out.iter().filter(|e| e.kind == EntKind::Country) {
        if let Some(c) = e.party.country.as_ref().filter(|c| !countries.contains(c)) {
            countries.push(c.clone());
        }
    }
    if !(2..=super::partycues::MAX_SHARED_OFFICE_COUNTRIES).contains(&countries.len()) {
        return None;
    }
    let b = i + len;
    for c in countries {
        out.push(Ent {
            a: i,
            b,
            kind: EntKind::Office,
            party: Participant {
                name: None,
                role: Some(title_case(office)),
                country: Some(c),
            },
            prep: prev.lower.clone(),
        });
    }
    Some(b)
}

#[cfg(test)]
mod tests {
    use super::sides::eligible;
    use super::*;
    use crate::meetings::names::index;
    use crate::meetings::tokens::tokenize;

    fn ents(t: &str) -> (Vec<Ent>, Vec<Tok>) {
        let toks = tokenize(t, 0, t.len());
        let idx = index(t, std::slice::from_ref(&toks), &[]);
        (entities(t, &toks, &idx), toks)
    }

    #[test]
    fn office_and_country_parties() {
        let (e, _) = ents("Chinese Foreign Minister Wang Yi canceled an August meeting with his Japanese counterpart.");
        assert_eq!(e.len(), 2);
        assert_eq!(
            e.first().and_then(|x| x.party.name.as_deref()),
            Some("Wang Yi")
        );
        assert_eq!(
            e.get(1).and_then(|x| x.party.country.as_deref()),
            Some("Japan")
        );
        assert_eq!(e.get(1).map(|x| x.kind), Some(EntKind::Office));
    }

    #[test]
    fn coordinated_subjects_form_one_group() {
        let (e, toks) = ents("The three leaders, Yoon Suk Yeol, Fumio Kishida, and Joe Biden, also held a trilateral meeting.");
        let trig = toks
            .iter()
            .position(|t| t.lower == "trilateral")
            .unwrap_or(0);
        assert_eq!(left(&e, &toks, trig, false), Some((0, 2)));
    }

    #[test]
    fn description_by_a_unique_role_is_its_holder() {
        let t = "Merrick Garland was named. The chief judge of the U.S. Court of Appeals visited the Capitol to meet with Harry Reid.";
        let toks = tokenize(t, 0, t.len());
        let person = |name: &str, role: Option<&str>| crate::Person {
            name: name.into(),
            role: role.map(Into::into),
            country: None,
            mentions: t
                .match_indices(name)
                .map(|(s, m)| crate::Mention {
                    start: s,
                    end: s + m.len(),
                    text: m.into(),
                })
                .collect(),
        };
        let people = [
            person("Merrick Garland", Some("chief judge")),
            person("Harry Reid", None),
        ];
        let idx = index(t, std::slice::from_ref(&toks), &people);
        let e = entities(t, &toks, &idx);
        let named: Vec<_> = e.iter().filter_map(|x| x.party.name.as_deref()).collect();
        assert_eq!(
            named,
            vec!["Merrick Garland", "Merrick Garland", "Harry Reid"]
        );
        // The description spans its "of" phrase, up to the verb.
        let d = e.get(1).map_or(0, |x| x.b);
        assert_eq!(toks.get(d).map(|x| x.lower.as_str()), Some("visited"));
    }

    #[test]
    fn person_of_country_is_the_subject() {
        let (e, toks) =
            ents("Prime Minister Benjamin Netanyahu of Israel met President Obama on Monday.");
        let trig = toks.iter().position(|t| t.lower == "met").unwrap_or(0);
        let (lo, hi) = left(&e, &toks, trig, false).unwrap_or((9, 9));
        assert_eq!(lo, hi);
        let who = e.get(hi).map(|x| (x.kind, x.party.name.as_deref()));
        assert_eq!(who, Some((EntKind::Person, Some("Benjamin Netanyahu"))));
    }

    #[test]
    fn country_after_in_is_a_place() {
        let (e, toks) = ents("Joe Biden met Xi Jinping in China.");
        let trig = toks.iter().position(|t| t.lower == "met").unwrap_or(0);
        assert_eq!(right(&e, &toks, trig + 1, false), Some((1, 1)));
        assert!(!eligible(e.get(2).unwrap_or(&e[0]), false));
    }
}
