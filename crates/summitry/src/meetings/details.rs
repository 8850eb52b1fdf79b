//! What a meeting was about (topics) and what it decided (outcomes).

use std::sync::OnceLock;

use super::attrcues::{
    clause_verb, object_pronoun, CLAUSE_OPENERS, MAX_NAME_RUN, MORE_OUTCOME_CUES,
    MORE_PURPOSE_VERBS, MORE_TOPIC_CUES, OBJECT_BREAKS, PRESSED_OBJECT_REACH, PRESSING_VERBS,
    SPEAKER_STOPS, VAGUE_ITEMS, VERB_AFTER_TO, VERB_MIN_LEN,
};
use super::cues::{
    ABOUT_HEADS, ABOUT_REACH, AGENDA, AGENDA_REACH, AND_ITEM_OPENERS, FUNCTION_WORDS, ITEM_LEADS,
    LIST_RESUMERS, MAX_LIST, MAX_PHRASE, NOT_TOPIC_HEADS, ON_HEADS, ON_NOT_TOPIC, ON_REACH,
    OUTCOME_AFTER, OUTCOME_CUES, OUTCOME_KEEP, PHRASE_STOPS, PURPOSE_VERBS, QUANTITY,
    RELATIVE_WORDS, SUBJECT_BOUNDS, SUBJECT_PREDICATE, TALK_NOUNS, TOPIC_CUES, TRAILING,
};
use super::cueset::{word_set, CueSet};
use super::tokens::Tok;
use crate::wordclass as wc;

mod junk;
mod partner;

fn set(cell: &'static OnceLock<CueSet>, table: &'static [&'static str]) -> &'static CueSet {
    cell.get_or_init(|| CueSet::new(table))
}

/// A set compiled from a table of cues.rs and its complement in attrcues.rs.
fn set2(
    cell: &'static OnceLock<CueSet>,
    a: &'static [&'static str],
    b: &'static [&'static str],
) -> &'static CueSet {
    cell.get_or_init(|| CueSet::new(&[a, b].concat()))
}

fn outcome_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    set2(&S, OUTCOME_CUES, MORE_OUTCOME_CUES)
}

fn outcome_keep() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    set(&S, OUTCOME_KEEP)
}

fn outcome_after() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    set(&S, OUTCOME_AFTER)
}

fn topic_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    set2(&S, TOPIC_CUES, MORE_TOPIC_CUES)
}

fn agenda_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    set(&S, AGENDA)
}

fn at(toks: &[Tok], i: usize, p: &str) -> usize {
    if !toks
        .get(i)
        .is_some_and(|t| super::first_word_is(p, &t.lower))
    {
        return 0;
    }
    let n = p.split(' ').count();
    if p.split(' ')
        .enumerate()
        .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == w))
    {
        n
    } else {
        0
    }
}

/// Whether a phrase does not end on the word: a function word, an auxiliary, a possessive (a
/// sentence cut short: "letter and", "with only a", "used to undermine our").
fn trailing(w: &str) -> bool {
    TRAILING.contains(&w)
        || wc::in_any(
            &[
                wc::ARTICLES,
                wc::COORDINATORS,
                wc::PREPOSITIONS,
                wc::POSSESSIVES,
                wc::COMPLEMENTIZERS,
                wc::RELATIVE_PRONOUNS,
                wc::BE_HAVE_FINITE,
                wc::MODALS,
                wc::NONFINITE_AUXILIARIES,
                wc::FOCUS_ADVERBS,
            ],
            w,
        )
}

/// Whether the word carries no topic of its own ("so I", "as well", "with them").
fn function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(&w)
        || wc::in_any(
            &[
                wc::ARTICLES,
                wc::COORDINATORS,
                wc::PREPOSITIONS,
                wc::SUBJECT_PRONOUNS,
                wc::OBJECT_PRONOUNS,
                wc::DEMONSTRATIVES,
                wc::COMPLEMENTIZERS,
                wc::FOCUS_ADVERBS,
            ],
            w,
        )
}

/// Splits the phrase after a cue into items at ", ", " and " (before "the"), "as well as".
fn items(text: &str, toks: &[Tok], a: usize, hi: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut s = a;
    let mut k = a;
    let mut end = hi.min(a + MAX_LIST);
    // After "… three points to Lavrov:" the list goes on past the colon, its items parted by
    // semicolons too.
    let mut colon_list = false;
    let flush = |s: usize, e: usize, out: &mut Vec<String>| {
        let mut s = s;
        let e = e.min(s + MAX_PHRASE);
        while toks
            .get(s)
            .is_some_and(|t| ITEM_LEADS.contains(&t.lower.as_str()))
            && s + 1 < e
        {
            s += 1;
        }
        // "letter and", "with only a": a phrase does not end on a function word.
        let mut e = e;
        while e > s + 1 && toks.get(e - 1).is_some_and(|t| trailing(&t.lower)) {
            e -= 1;
        }
        let words: Vec<&str> = (s..e)
            .filter_map(|x| toks.get(x))
            .filter(|t| t.word && t.lower.chars().count() >= 2 && !function_word(&t.lower))
            .map(|t| t.lower.as_str())
            .collect();
        // "discuss them with Sunak": the pronoun stands for what was said elsewhere.
        if toks
            .get(s)
            .is_some_and(|t| !t.cap && object_pronoun(&t.lower))
        {
            return;
        }
        // "the issue", "make it", "for that matter": nothing said of what was discussed.
        let content = match words.as_slice() {
            [] => false,
            [w] => !VAGUE_ITEMS.contains(w),
            [v, w] => !(VAGUE_ITEMS.contains(v) && VAGUE_ITEMS.contains(w)),
            _ => true,
        };
        // "talks on Thursday", "talks on the sidelines": a time or a place, not a topic.
        let when = toks.get(s).is_some_and(|t| {
            super::dates::is_calendar_word(&t.lower) || NOT_TOPIC_HEADS.contains(&t.lower.as_str())
        });
        if e > s && content && !when {
            if let (Some(f), Some(l)) = (toks.get(s), toks.get(e - 1)) {
                let p = text
                    .get(f.start..l.end)
                    .unwrap_or("")
                    .trim()
                    .trim_matches(|c| matches!(c, '“' | '”' | '"' | '‘' | '’' | '\''))
                    .trim();
                if p.split_whitespace().count() >= 1 && p.chars().any(char::is_alphabetic) {
                    out.push(p.to_string());
                }
            }
        }
    };
    while k < end {
        let Some(t) = toks.get(k) else { break };
        // ", which is creating friction …, and allegations that …": the relative clause is
        // skipped and the list goes on after it.
        if RELATIVE_WORDS.contains(&t.lower.as_str()) && k > a && lw(toks, k - 1) == "," {
            flush(s, k - 1, &mut out);
            let next = (k + 1..end).find(|&x| lw(toks, x) == ",");
            match next {
                Some(c) if LIST_RESUMERS.contains(&lw(toks, c + 1)) => {
                    k = c + 1;
                    s = k;
                    continue;
                }
                _ => return out,
            }
        }
        let quote_next = toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "“" | "\"" | "‘"));
        if t.lower == ":" && !colon_list && !quote_next && k + 1 < hi {
            flush(s, k, &mut out);
            colon_list = true;
            k += 1;
            s = k;
            end = hi.min(k + MAX_LIST);
            continue;
        }
        if t.lower == ";" && colon_list {
            flush(s, k, &mut out);
            k += 1;
            s = k;
            continue;
        }
        // "reached an “understanding” on Ukraine": a word or two in scare quotes goes on.
        let scare = t.lower == "“" && (k + 2..k + 4).any(|x| lw(toks, x) == "”");
        if PHRASE_STOPS.contains(&t.lower.as_str())
            && !scare
            && !(k == s && matches!(t.lower.as_str(), "“" | "\""))
            && !(k > s
                && matches!(t.lower.as_str(), "”" | "\"")
                && toks.get(k + 1).is_some_and(|n| n.word))
        {
            // "the issue at the heart of his agenda: support for Israel": a word that would end
            // the phrase gives way to a colon ahead that opens the list.
            let colon = (!colon_list && t.word)
                .then(|| {
                    (k + 1..(k + MAX_PHRASE).min(hi))
                        .take_while(|&x| !matches!(lw(toks, x), "." | ";" | "“" | "”" | "\""))
                        .find(|&x| lw(toks, x) == ":")
                })
                .flatten();
            match colon {
                Some(c) => {
                    flush(s, k, &mut out);
                    k = c;
                    s = c;
                    continue;
                }
                // "…, the two leaders said": a later item a verb of saying ends is its speaker.
                None if s > a && SPEAKER_STOPS.contains(&t.lower.as_str()) => return out,
                None => break,
            }
        }
        let and_next = t.lower == "and"
            && toks
                .get(k + 1)
                .is_some_and(|n| AND_ITEM_OPENERS.contains(&n.lower.as_str()));
        let sep = if t.lower == "," || and_next {
            1
        } else {
            at(toks, k, "as well as")
        };
        if sep > 0 {
            flush(s, k, &mut out);
            // "…, we will not sit idly by", "…, though an arms deal would …": a new clause, not
            // another item.
            if opens_clause(toks, k + sep) {
                return out;
            }
            k += sep;
            s = k;
            continue;
        }
        k += 1;
    }
    flush(s, k, &mut out);
    out
}

/// Whether the words from token `j` (after a list's separator) open a clause of their own: a
/// subject pronoun or a conjunction ("we will not …", "though an arms deal …", "I’ll have …").
fn opens_clause(toks: &[Tok], j: usize) -> bool {
    let mut j = j;
    while matches!(lw(toks, j), "and" | "“" | "\"") {
        j += 1;
    }
    if CLAUSE_OPENERS.contains(&lw(toks, j)) {
        return true;
    }
    // "…, Mr. Obama freed seven men", "…, Speaker Ryan has invited Trump": a name, then a verb.
    let mut k = j;
    while toks.get(k).is_some_and(|t| t.cap && t.word) && k < j + MAX_NAME_RUN {
        k += 1;
    }
    k > j
        && toks.get(k).is_some_and(|t| {
            !t.cap
                && t.word
                && (clause_verb(&t.lower)
                    || (t.lower.ends_with("ed") && t.lower.len() > VERB_MIN_LEN))
        })
}

/// Whether the tokens hold a topic or outcome cue.
pub(crate) fn has_cue(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| purpose_at(toks, i) || firm_cue_at(toks, i))
}

/// Whether the tokens hold a topic or outcome cue other than a bare purpose clause ("to find
/// common ground"), which near a meeting often tells some other aim than the meeting's.
pub(crate) fn has_firm_cue(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| firm_cue_at(toks, i))
}

/// Whether a topic or outcome cue other than a purpose clause starts at token `i`.
fn firm_cue_at(toks: &[Tok], i: usize) -> bool {
    {
        outcome_cues().at(toks, i).is_some()
            || topic_cues().at(toks, i).is_some()
            || outcome_keep().at(toks, i).is_some()
            || outcome_after().at(toks, i).is_some()
            || pressed_to(toks, i).is_some()
            || about_topic(toks, i, 0)
    }
}

/// Whether the sentence says something was on the agenda or part of the discussions.
pub(crate) fn agenda(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| {
        agenda_cues().at(toks, i).is_some()
            || (TALK_NOUNS.contains(&lw(toks, i))
                && (i + 1..(i + 1 + AGENDA_REACH).min(toks.len()))
                    .any(|k| topic_cues().at(toks, k).is_some()))
    })
}

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

/// Whether "about" at `i` opens a topic: a talk word or a party name right before it, and no
/// quantity after it.
fn about_topic(toks: &[Tok], i: usize, lo: usize) -> bool {
    if lw(toks, i) != "about" {
        return false;
    }
    let next = lw(toks, i + 1);
    if next.is_empty() || next.starts_with(|c: char| c.is_ascii_digit()) || QUANTITY.contains(&next)
    {
        return false;
    }
    let heads = word_set!(ABOUT_HEADS);
    (i.saturating_sub(ABOUT_REACH).max(lo)..i).any(|k| heads.contains(lw(toks, k)))
        || (i > lo && toks.get(i - 1).is_some_and(|t| t.cap && t.word))
}

/// Whether "on" at `i` opens a topic: right after a name, with a talk word a few words before
/// in the same clause ("a summit in Budapest with Putin on the Ukraine war"), and no time,
/// medium or place after it ("talks with Xi on Tuesday", "on the phone", "on the sidelines").
fn on_topic(toks: &[Tok], i: usize, lo: usize) -> bool {
    if lw(toks, i) != "on" || i <= lo || !toks.get(i - 1).is_some_and(|t| t.cap && t.word) {
        return false;
    }
    let next = |k: usize| lw(toks, i + k);
    let head = if matches!(next(1), "the" | "a" | "an" | "his" | "her" | "their") {
        next(2)
    } else {
        next(1)
    };
    if head.is_empty()
        || head.starts_with(|c: char| c.is_ascii_digit())
        || super::dates::is_calendar_word(head)
        || ON_NOT_TOPIC.contains(&head)
    {
        return false;
    }
    (i.saturating_sub(ON_REACH).max(lo)..i)
        .rev()
        .take_while(|&k| !matches!(lw(toks, k), "," | ";" | ":" | "." | "—"))
        .any(|k| ON_HEADS.contains(&lw(toks, k)))
}

/// Whether "to" at `i` opens a purpose clause ("met … to normalize relations").
fn purpose_at(toks: &[Tok], i: usize) -> bool {
    let v = lw(toks, i + 1);
    lw(toks, i) == "to"
        && (word_set!(PURPOSE_VERBS).contains(v) || MORE_PURPOSE_VERBS.contains(&v))
        && topic_cues().at(toks, i + 1).is_none()
}

/// "pressured Zelensky to give up the Donbas": after a verb of pressing at `i`, the token of the
/// infinitive's verb past its object.
fn pressed_to(toks: &[Tok], i: usize) -> Option<usize> {
    if !word_set!(PRESSING_VERBS).contains(lw(toks, i)) {
        return None;
    }
    (i + 2..=i + 1 + PRESSED_OBJECT_REACH)
        .take_while(|&k| !OBJECT_BREAKS.contains(&lw(toks, k - 1)) || k == i + 2)
        .find(|&k| lw(toks, k) == "to")
        .map(|k| k + 1)
        .filter(|&v| {
            toks.get(v)
                .is_some_and(|t| t.word && !t.cap && !function_word(&t.lower))
        })
}

/// Start of the subject that ends before token `i`: back to a clause or quote boundary.
fn subject_start(toks: &[Tok], lo: usize, i: usize) -> usize {
    let mut s = i;
    while s > lo
        && toks
            .get(s - 1)
            .is_some_and(|t| !SUBJECT_BOUNDS.contains(&t.lower.as_str()))
        && i - s < MAX_PHRASE
    {
        s -= 1;
    }
    s
}

/// End of a subject before a predicate: "was", "were", "expected to be" dropped.
fn subject_end(toks: &[Tok], s: usize, i: usize) -> usize {
    let mut e = i;
    while e > s
        && toks
            .get(e - 1)
            .is_some_and(|t| SUBJECT_PREDICATE.contains(&t.lower.as_str()))
    {
        e -= 1;
    }
    e
}

/// The topic items after a cue ending at `a`, up to the party talked with ("discussed Gaza
/// with Antony Blinken": "Gaza").
fn topic_items(text: &str, toks: &[Tok], a: usize, hi: usize) -> Vec<String> {
    let k = partner::partner_cut(text, toks, a, hi);
    let mut out = items(text, toks, a, k);
    // "discuss them with Sunak, along with the situations in Gaza": the list goes on.
    if let Some(c) = partner::resumes_after(toks, k, hi).filter(|&c| !opens_clause(toks, c + 1)) {
        out.extend(items(text, toks, c + 1, hi));
    }
    out
}

/// Topics and outcomes stated in tokens `[lo, hi)`.
pub(crate) fn find(text: &str, toks: &[Tok], lo: usize, hi: usize) -> (Vec<String>, Vec<String>) {
    let mut topics = Vec::new();
    let mut outcomes = Vec::new();
    let mut i = lo;
    while i < hi {
        // The cue word stays in the outcome, and what follows may still hold a topic cue
        // ("failed to sign a minerals deal").
        if outcome_keep().at(toks, i).is_some() {
            outcomes.extend(items(text, toks, i, hi).into_iter().take(1));
            i += 1;
            continue;
        }
        if let Some((n, _)) = outcome_cues().at(toks, i) {
            outcomes.extend(items(text, toks, i + n, hi));
            i += n;
            continue;
        }
        // "a push for", "Obama's push for": a noun, no cue.
        let noun = VERB_AFTER_TO.contains(&lw(toks, i)) && lw(toks, i.wrapping_sub(1)) != "to";
        if let Some((n, _)) = topic_cues().at(toks, i).filter(|_| !noun) {
            topics.extend(topic_items(text, toks, i + n, hi));
            i += n;
            continue;
        }
        if about_topic(toks, i, lo) {
            topics.extend(topic_items(text, toks, i + 1, hi));
            i += 1;
            continue;
        }
        if on_topic(toks, i, lo) {
            topics.extend(topic_items(text, toks, i + 1, hi));
            i += 1;
            continue;
        }
        if purpose_at(toks, i) {
            topics.extend(topic_items(text, toks, i + 1, hi));
            i += 2;
            continue;
        }
        if let Some(v) = pressed_to(toks, i).filter(|&v| v < hi) {
            topics.extend(items(text, toks, v, hi));
            i = v + 1;
            continue;
        }
        // "many points were agreed to": the subject is an outcome.
        if let Some((n, _)) = outcome_after().at(toks, i) {
            let s = subject_start(toks, lo, i);
            outcomes.extend(items(text, toks, s, i));
            i += n;
            continue;
        }
        // "X was (also) on the agenda": X is a topic.
        if agenda_cues().at(toks, i).is_some() {
            let mut s = subject_start(toks, lo, i);
            let mut e = subject_end(toks, s, i);
            // "with preparations for the summit, set for November 15-17, believed to be on the
            // agenda": the subject stands before the aside.
            if e == s && s > lo && lw(toks, s - 1) == "," {
                if let Some(c) = (lo..s - 1)
                    .rev()
                    .take(MAX_PHRASE)
                    .find(|&k| lw(toks, k) == ",")
                {
                    s = subject_start(toks, lo, c);
                    e = c;
                }
            }
            topics.extend(items(text, toks, s, e));
        }
        i += 1;
    }
    let topics = topics
        .iter()
        .map(|t| junk::cut_clause(t).to_string())
        .filter(|t| !junk::junk_topic(t))
        .collect();
    (topics, outcomes)
}

#[cfg(test)]
mod tests;
