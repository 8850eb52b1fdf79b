//! Groupings of states ("the Quad", "AUKUS"): a meeting of the grouping is a meeting of its
//! members' leaders, named where the article names them.

use super::names::Index;
use super::partycues::{FORUMS, FORUM_REACH, LEADER_ROLES, MEMBER_HEADS, OCCASION_PREPS};
use super::tokens::Tok;
use crate::Participant;

/// The member countries of the grouping token `t` names, if it names one.
fn forum(t: &Tok) -> Option<&'static [&'static str]> {
    if !t.cap {
        return None;
    }
    FORUMS
        .iter()
        .find(|(n, _)| *n == t.lower.as_str())
        .map(|(_, m)| *m)
}

/// Whether the grouping at token `f` is the occasion of something else ("at the G7 summit",
/// "on the margins of the Quad summit") rather than the meeting itself.
fn is_occasion(toks: &[Tok], f: usize) -> bool {
    let mut k = f;
    while k > 0 {
        k -= 1;
        let Some(t) = toks.get(k) else { return false };
        if t.lower == "the" || (t.cap && t.word) {
            continue;
        }
        // "the leaders of Quad" names the members; "the margins of the Quad summit" an occasion.
        if t.lower == "of" {
            return !k
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| MEMBER_HEADS.contains(&p.lower.as_str()));
        }
        return OCCASION_PREPS.contains(&t.lower.as_str());
    }
    false
}

/// "the Quad Leaders Summit", "the Sydney Quad meeting": the capitalised words just before a
/// meeting noun at `i` hold a grouping that is not a mere occasion.
pub(crate) fn names_forum_meeting(toks: &[Tok], i: usize) -> bool {
    (i.saturating_sub(3)..i).rev().any(|k| {
        toks.get(k)
            .is_some_and(|t| forum(t).is_some() && !is_occasion(toks, k))
            && (k + 1..i).all(|j| {
                toks.get(j)
                    .is_some_and(|x| (x.cap && x.word) || matches!(x.lower.as_str(), "'s" | "'"))
            })
    })
}

/// The members of the grouping a trigger `[a, b)` is a meeting of: one named before it in its
/// stretch from `lo` ("the Quad nations are expected to have a sideline meeting"), or just after
/// it ("talks between Quad leaders").
pub(crate) fn forum_of(
    toks: &[Tok],
    a: usize,
    b: usize,
    lo: usize,
) -> Option<&'static [&'static str]> {
    let before = (lo.max(a.saturating_sub(FORUM_REACH))..a)
        .rev()
        .find(|&k| toks.get(k).and_then(forum).is_some());
    if let Some(k) = before {
        return toks
            .get(k)
            .and_then(forum)
            .filter(|_| !is_occasion(toks, k));
    }
    // "discussion between Quad leaders": the trigger may end with its "between".
    let mut k = if b > a && toks.get(b - 1).is_some_and(|t| t.lower == "between") {
        b - 1
    } else {
        b
    };
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_str(), "between" | "of" | "among"))
    {
        k += 1;
        if toks.get(k).is_some_and(|t| t.lower == "the") {
            k += 1;
        }
        return toks.get(k).and_then(forum);
    }
    None
}

/// The office a sentence gives the members of the grouping a trigger `[a, b)` is a meeting of
/// ("Foreign ministers of the G7 met", "G7 finance ministers met"), in the singular.
pub(crate) fn office(toks: &[Tok], a: usize, b: usize, lo: usize) -> Option<&'static str> {
    let k = (lo.max(a.saturating_sub(FORUM_REACH))..a)
        .rev()
        .chain(b..(b + 3).min(toks.len()))
        .find(|&k| toks.get(k).and_then(forum).is_some())?;
    // "G7 foreign ministers".
    if let Some((_, o)) = super::parties::plural_office_at(toks, k + 1) {
        return Some(o);
    }
    // "foreign ministers of the G7".
    let mut j = k;
    if j > 0 && toks.get(j - 1).is_some_and(|t| t.lower == "the") {
        j -= 1;
    }
    if j == 0 || toks.get(j - 1).is_none_or(|t| t.lower != "of") {
        return None;
    }
    (j.saturating_sub(4)..j - 1)
        .find_map(|s| super::parties::plural_office_at(toks, s).filter(|(n, _)| s + n == j - 1))
        .map(|(_, o)| o)
}

/// The parties of a meeting of a grouping: the article's leaders of its member countries (a
/// person with no country but a leader's title counts too), then one unnamed leader for each
/// member country no one stands for, up to one party per member. With an `office` the sentence
/// names ("G7 foreign ministers"), its holders and that office instead of leaders.
pub(crate) fn members(idx: &Index, countries: &[&str], office: Option<&str>) -> Vec<Participant> {
    let office = office.filter(|o| !LEADER_ROLES.iter().any(|l| o.contains(l)) && *o != "leader");
    let leader = |r: Option<&str>| {
        r.is_none_or(|r| {
            let r = r.to_lowercase();
            match office {
                Some(o) => {
                    r.contains(o)
                        || super::offices::family(o)
                            .is_some_and(|f| super::offices::family(&r) == Some(f))
                }
                None => LEADER_ROLES.iter().any(|l| r.contains(l)),
            }
        })
    };
    let mut out: Vec<Participant> = Vec::new();
    let mut seen = vec![false; idx.people.len()];
    for m in &idx.mentions {
        let Some(k) = idx.people.get(m.2) else {
            continue;
        };
        if k.name.is_empty() || seen.get(m.2).copied().unwrap_or(true) {
            continue;
        }
        if let Some(s) = seen.get_mut(m.2) {
            *s = true;
        }
        let fits = match k.country.as_deref() {
            Some(c) => countries.contains(&c) && leader(k.role.as_deref()),
            None => k.role.is_some() && leader(k.role.as_deref()),
        };
        if fits && out.len() < countries.len() {
            out.push(Participant {
                name: Some(k.name.clone()),
                role: k.role.clone(),
                country: k.country.clone(),
            });
        }
    }
    for c in countries {
        if out.len() >= countries.len() {
            break;
        }
        if !out.iter().any(|p| p.country.as_deref() == Some(*c)) {
            out.push(Participant {
                name: None,
                role: Some(office.map_or_else(|| "Leader".to_string(), super::parties::title_case)),
                country: Some((*c).to_string()),
            });
        }
    }
    out
}
