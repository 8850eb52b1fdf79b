//! The sides of a trigger: the parties standing on its left (the subject) and on its right.

use super::super::cues::{LEFT_GAP, RIGHT_GAP, SPEECH_VERBS};
use super::super::partycues::{OFFICE_DETS, SUBJECT_PRONOUNS};
use super::super::tokens::Tok;
use super::{group, is_break, subject_group, Ent, EntKind};

/// Prepositions after which a country is a place, not a party.
const PLACE_PREPS: &[&str] = &[
    "in", "at", "from", "of", "across", "around", "near", "over", "about", "on", "for", "into",
    "against", "within", "toward", "towards", "by",
];

/// Whether entity `e` may be a party of a trigger of the given class.
pub(crate) fn eligible(e: &Ent, visit: bool) -> bool {
    if e.kind == EntKind::Person {
        return true;
    }
    if PLACE_PREPS.contains(&e.prep.as_str()) {
        return false;
    }
    if e.prep == "to" {
        return visit;
    }
    true
}

/// The parties on the right of a trigger ending at token `b`: `(first, last)` entity indices.
pub(crate) fn right(ents: &[Ent], toks: &[Tok], b: usize, visit: bool) -> Option<(usize, usize)> {
    let k = ents.iter().position(|e| e.a >= b)?;
    let e = ents.get(k)?;
    let gap: Vec<&Tok> = (b..e.a).filter_map(|i| toks.get(i)).collect();
    let with = gap
        .iter()
        .copied()
        .chain(b.checked_sub(1).and_then(|p| toks.get(p)))
        .any(|t| matches!(t.lower.as_str(), "with" | "between" | "among"));
    let limit = if with { RIGHT_GAP + 3 } else { RIGHT_GAP };
    if gap.len() > limit
        || gap.iter().any(|t| {
            is_break(t)
                || t.lower == ","
                || SPEECH_VERBS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "that" | "which" | "who" | "where" | "when" | "after" | "before" | "since"
                )
        })
        || gap.iter().skip(1).any(|t| t.lower == "to")
        || (!visit && gap.first().is_some_and(|t| t.lower == "to") && gap.len() > 1)
    {
        return None;
    }
    // "to view Scalia's casket": a possessive is a modifier, not a party.
    if toks.get(e.b).is_some_and(|t| t.lower == "'s") {
        return None;
    }
    if !eligible(e, visit) && !with {
        return None;
    }
    // "met his Japanese counterpart": an office after a determiner is the object all the same.
    let office_det = e.kind == EntKind::Office
        && gap.len() == 1
        && gap.iter().all(|t| OFFICE_DETS.contains(&t.lower.as_str()));
    if e.kind != EntKind::Person && !with && !visit && !gap.is_empty() && !office_det {
        return None;
    }
    let (_, hi) = group(ents, toks, k);
    Some((k, hi))
}

/// "Sanders laid out an agenda at a news conference outside his office right after meeting
/// with the caucus": a gerund after "after"/"before" has the sentence's subject, however far
/// back, when no other person and no clause break stands between.
fn gerund_subject(ents: &[Ent], toks: &[Tok], a: usize) -> Option<(usize, usize)> {
    let trig = toks.get(a)?;
    let prev = a.checked_sub(1).and_then(|p| toks.get(p))?;
    if !trig.lower.ends_with("ing")
        || !super::super::partycues::GERUND_LINKS.contains(&prev.lower.as_str())
    {
        return None;
    }
    let first = ents.iter().position(|e| e.b <= a)?;
    let e = ents.get(first)?;
    let lead = (0..e.a).all(|k| {
        toks.get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "but" | "and" | "meanwhile" | "also"))
    });
    let alone = !ents
        .iter()
        .skip(first + 1)
        .any(|x| x.b <= a && x.kind == EntKind::Person);
    let gap = toks.get(e.b..a.saturating_sub(1)).unwrap_or(&[]);
    let clean = gap.len() <= super::super::partycues::GERUND_REACH
        && !gap.iter().any(|t| {
            is_break(t)
                || matches!(t.lower.as_str(), "," | ";" | ":" | "(" | ")")
                || SPEECH_VERBS.contains(&t.lower.as_str())
                || crate::wordclass::in_any(LEFT_STOPS, &t.lower)
        });
    (e.kind == EntKind::Person && lead && alone && clean).then_some((first, first))
}

/// The words of [`LEFT_STOPS`] besides "that": relative and subordinating words that open
/// another clause (not "whose", which opens a noun phrase; not "until", "unless", "than").
#[rustfmt::skip]
const LEFT_STOP_WORDS: &[&str] = &[
    "which", "who", "whom", "where", "when", "while", "because", "although", "though", "if", "but",
    "since", "after", "before", "as",
];

/// Words that, between a subject and its trigger, show the subject belongs to another clause.
const LEFT_STOPS: &[&[&str]] = &[crate::wordclass::COMPLEMENTIZERS, LEFT_STOP_WORDS];

/// The parties on the left of a trigger starting at token `a`.
pub(crate) fn left(ents: &[Ent], toks: &[Tok], a: usize, visit: bool) -> Option<(usize, usize)> {
    let k = ents.iter().rposition(|e| e.b <= a)?;
    let e = ents.get(k)?;
    let mut gap: Vec<&Tok> = (e.b..a).filter_map(|i| toks.get(i)).collect();
    // Skip an apposition of several parts: ", the self-proclaimed, consummate outsider,".
    if gap.first().is_some_and(|t| t.lower == ",") {
        if let Some(close) = gap.iter().rposition(|t| t.lower == ",") {
            let inner = gap.get(1..close).unwrap_or(&[]);
            let plain = close > 0
                && inner.len() <= super::super::partycues::APPOSITION_REACH
                && inner.iter().filter(|t| t.lower == ",").count() >= 1
                && !inner.iter().any(|t| {
                    is_break(t)
                        || matches!(t.lower.as_str(), "and" | "or" | ";" | ":")
                        || SPEECH_VERBS.contains(&t.lower.as_str())
                        || crate::wordclass::in_any(LEFT_STOPS, &t.lower)
                });
            if plain {
                gap = gap.split_off(close);
            }
        }
    }
    // Skip one apposition: ", special adviser to the Japanese cabinet ,".
    if gap.first().is_some_and(|t| t.lower == ",") {
        match gap.iter().skip(1).position(|t| t.lower == ",") {
            Some(close) => gap = gap.split_off(close + 2),
            None => {
                gap.remove(0);
            }
        }
    }
    if gap.first().is_some_and(|t| t.lower == "'s") {
        gap.remove(0);
    }
    // "Donald Trump (C) welcomes": a short parenthesis.
    if gap.first().is_some_and(|t| t.lower == "(") {
        if let Some(close) = gap.iter().position(|t| t.lower == ")").filter(|&c| c <= 4) {
            gap = gap.split_off(close + 1);
        }
    }
    // "Kishida told reporters after meeting Xi": the speaker is the one who met.
    let after_speech = gap.len() <= 5
        && gap
            .last()
            .is_some_and(|t| matches!(t.lower.as_str(), "after" | "following" | "before" | "upon"))
        && gap.iter().any(|t| SPEECH_VERBS.contains(&t.lower.as_str()));
    // "Clinton made the brief visit after a somber meeting with …": the subject met.
    let after_meeting = gap.len() <= LEFT_GAP
        && gap
            .iter()
            .rev()
            .take(4)
            .any(|t| matches!(t.lower.as_str(), "after" | "following" | "before"))
        && !gap.iter().any(|t| {
            SPEECH_VERBS.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "that" | "which" | "who" | "when" | "while" | "because" | "if"
                )
        });
    if let Some(s) = gerund_subject(ents, toks, a) {
        return Some(s);
    }
    if (after_speech || after_meeting) && !gap.iter().any(|t| is_break(t) || t.lower == ",") {
        let (lo, _) = group(ents, toks, k);
        return Some((lo, k));
    }
    // "… to meet the victims, now he meets with …": a subject pronoun is the subject.
    if gap.len() > LEFT_GAP
        || gap.iter().any(|t| {
            is_break(t)
                || t.lower == ","
                || SPEECH_VERBS.contains(&t.lower.as_str())
                || crate::wordclass::in_any(LEFT_STOPS, &t.lower)
                || SUBJECT_PRONOUNS.contains(&t.lower.as_str())
        })
    {
        return None;
    }
    if let Some(p) = person_of_country(ents, toks, k) {
        return Some((subject_group(ents, toks, p), p));
    }
    if !eligible(e, visit) && e.kind == EntKind::Country {
        return None;
    }
    Some((subject_group(ents, toks, k), k))
}

/// "Prime Minister Benjamin Netanyahu of Israel met …": a country right after "<person> of"
/// only qualifies that person, who is the subject; the index of that person.
fn person_of_country(ents: &[Ent], toks: &[Tok], k: usize) -> Option<usize> {
    let e = ents.get(k)?;
    let p = k.checked_sub(1)?;
    let person = ents.get(p)?;
    let of = toks.get(person.b).is_some_and(|t| t.lower == "of") && person.b + 1 == e.a;
    (e.kind == EntKind::Country && e.prep == "of" && person.kind == EntKind::Person && of)
        .then_some(p)
}
