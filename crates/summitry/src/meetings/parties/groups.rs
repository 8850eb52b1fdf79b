//! Coordinated parties: which entities of a sentence stand together as one side ("Yoon,
//! Kishida, and Biden"; "talks with Iran brokered by Oman").

use super::super::cues::CLAUSE_BREAKS;
use super::super::tokens::Tok;
use super::{Ent, EntKind};

pub(super) fn is_break(t: &Tok) -> bool {
    CLAUSE_BREAKS.contains(&t.lower.as_str()) || t.lower == "."
}

/// Tokens between two entities that only coordinate them (", ", "and", ", and").
fn coordinated(toks: &[Tok], from: usize, to: usize) -> bool {
    if to <= from {
        return to == from;
    }
    let gap: Vec<&str> = (from..to)
        .filter_map(|k| toks.get(k))
        .map(|t| t.lower.as_str())
        .collect();
    if matches!(
        gap.as_slice(),
        [","] | ["and"] | [",", "and"] | ["&"] | ["as", "well", "as"] | ["-"] | ["–"]
    ) {
        return true;
    }
    // "Modi and a high-level U.S. delegation": an article and a few modifiers before the next.
    if let ["and", det, mods @ ..] = gap.as_slice() {
        if matches!(*det, "a" | "an" | "the")
            && mods.len() <= 4
            && mods
                .iter()
                .all(|w| *w == "-" || (!w.is_empty() && w.chars().all(|c| c.is_alphabetic())))
        {
            return true;
        }
    }
    // "talks with Iran brokered by Oman": the go-between is a party too.
    if let [m, "by"] = gap.as_slice() {
        if super::super::partycues::MEDIATED_BY.contains(m) {
            return true;
        }
    }
    // "Xi Jinping and his wife, Madam Peng Liyuan": the spouse who came along.
    if let ["and", poss, spouse, rest @ ..] = gap.as_slice() {
        if matches!(*poss, "his" | "her")
            && super::super::partycues::SPOUSES.contains(spouse)
            && rest.len() <= 2
            && rest.iter().enumerate().all(|(n, w)| {
                (n == 0 && *w == ",")
                    || toks
                        .get(to - rest.len() + n)
                        .is_some_and(|t| t.cap && t.word)
            })
        {
            return true;
        }
    }
    // "Takeo Akiba, secretary general of the Secretariat, and Yang": an apposition in between.
    matches!(gap.as_slice(), [",", inner @ .., ",", "and"] if inner.len() <= 12 && !inner.iter().any(|w| matches!(*w, "," | ";" | ":" | "." | "and" | "who" | "which" | "said" | "says")))
}

/// Whether two entities share one span (an office shared out among countries), or the
/// second is the host at whose invitation the first met ("the caucus at Reid's invitation",
/// "the caucus at the invitation of Reid").
fn shared(x: &Ent, y: &Ent, toks: &[Tok]) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (x.a == y.a && x.b == y.b)
        || (y.kind == EntKind::Person
            && ((y.a == x.b + 1 && w(x.b) == "at" && w(y.b) == "'s" && w(y.b + 1) == "invitation")
                || (y.a == x.b + 4
                    && w(x.b) == "at"
                    && w(x.b + 1) == "the"
                    && w(x.b + 2) == "invitation"
                    && w(x.b + 3) == "of")))
}

/// The coordinated group of entities that contains `k`.
pub(crate) fn group(ents: &[Ent], toks: &[Tok], k: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (k, k);
    while lo > 0 {
        let (Some(p), Some(c)) = (ents.get(lo - 1), ents.get(lo)) else {
            break;
        };
        if shared(p, c, toks) || coordinated(toks, p.b, c.a) {
            lo -= 1;
        } else {
            break;
        }
    }
    while let (Some(c), Some(n)) = (ents.get(hi), ents.get(hi + 1)) {
        if shared(c, n, toks) || coordinated(toks, c.b, n.a) {
            hi += 1;
        } else {
            break;
        }
    }
    (lo, hi)
}

/// The subject group ending at entity `k`: "Following his meeting with Ryan, Trump met …" —
/// commas alone make no list; a list has its "and" ("Yoon, Kishida, and Biden").
pub(super) fn subject_group(ents: &[Ent], toks: &[Tok], k: usize) -> usize {
    let (lo, hi) = group(ents, toks, k);
    let joined = (lo..hi).any(|i| {
        let (Some(c), Some(n)) = (ents.get(i), ents.get(i + 1)) else {
            return false;
        };
        (c.b..n.a).any(|x| toks.get(x).is_some_and(|t| t.lower != ","))
    });
    if joined {
        lo
    } else {
        k
    }
}
