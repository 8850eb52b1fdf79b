//! From a speaker phrase to a [`Speaker`]: a person, a resolved pronoun, the
//! phrase as written — or nothing, when the phrase is no speaker at all.

use crate::{Person, Speaker};

use super::attrib::Ctx;
use super::speakers::{
    is_clause_auxiliary, is_leading_adverb, is_not_phrase_end, is_not_phrase_start,
    is_not_speaker_word, MAX_HEAD_WORDS,
};
use super::verbs::is_cue_verb;

/// The speaker an attribution names: a person, a resolved pronoun, or the
/// phrase as written; `None` when the phrase cannot name a speaker
/// ([`is_not_speaker`]).
///
/// A pronoun's antecedent is looked for before the quote (`open`): a person
/// named inside the quote is talked about, not talking ("“… Secretary
/// Clinton’s use of a personal email system …,” she said").
pub(super) fn resolve(
    ctx: &Ctx,
    (s, e): (usize, usize),
    (sent_start, open): (usize, usize),
    last_speaker: Option<&Person>,
    prev_subject: Option<&Person>,
) -> Option<Speaker> {
    let mut phrase = ctx.text.get(s..e).unwrap_or("").trim();
    if Ctx::is_pronoun(phrase) {
        return Some(pronoun(
            ctx,
            phrase,
            s,
            (sent_start, open),
            last_speaker,
            prev_subject,
        ));
    }
    // a sentence adverb before the speaker ("Now Bloomberg says")
    if let Some((head, rest)) = phrase.split_once(' ') {
        if is_leading_adverb(&head.to_ascii_lowercase()) {
            phrase = rest.trim_start();
        }
    }
    // a relative clause ("Small, who attended the rally, said"): "who" is
    // the person named just before it
    let first = phrase.split_whitespace().next().unwrap_or("");
    if first.eq_ignore_ascii_case("who") {
        // "…, who he called …", "who Beck on Wednesday called": the subject
        // after "who" speaks
        let rest = phrase.get(first.len()..).unwrap_or("").trim_start();
        let at = e.saturating_sub(rest.len());
        let second = rest.split_whitespace().next().unwrap_or("");
        if Ctx::is_pronoun(second) && !second.eq_ignore_ascii_case("it") {
            return Some(pronoun(
                ctx,
                second,
                at,
                (sent_start, open),
                last_speaker,
                prev_subject,
            ));
        }
        if second.starts_with(char::is_uppercase) {
            if let Some(p) = ctx.person_in(at, e) {
                return Some(Speaker {
                    name: Some(p.name.clone()),
                    mention: second.to_string(),
                });
            }
        }
        let name = ctx
            .person_just_before(s)
            .map_or_else(|| first.to_string(), |p| p.name.clone());
        return Some(Speaker {
            name: Some(name),
            mention: first.to_string(),
        });
    }
    if let Some(p) = ctx.person_in(s, e) {
        return Some(Speaker {
            name: Some(p.name.clone()),
            mention: phrase.to_string(),
        });
    }
    if is_not_speaker(phrase) {
        // "On Monday he", "at the town hall this week she": the pronoun speaks
        let last = phrase.rsplit(' ').next().unwrap_or("");
        if last != phrase && Ctx::is_pronoun(last) && !last.eq_ignore_ascii_case("it") {
            let at = e.saturating_sub(last.len());
            return Some(pronoun(
                ctx,
                last,
                at,
                (sent_start, open),
                last_speaker,
                prev_subject,
            ));
        }
        // "The email goes on to", "a reporter can be heard": the noun phrase
        // before the verb
        let head = noun_phrase_head(phrase)?;
        return Some(Speaker {
            name: Some(head.to_string()),
            mention: head.to_string(),
        });
    }
    Some(Speaker {
        name: Some(phrase.to_string()),
        mention: phrase.to_string(),
    })
}

/// A pronoun speaker at byte `s`, resolved to the person it stands for
/// when it is "he" or "she" and one fits.
fn pronoun(
    ctx: &Ctx,
    phrase: &str,
    s: usize,
    (sent_start, open): (usize, usize),
    last_speaker: Option<&Person>,
    prev_subject: Option<&Person>,
) -> Speaker {
    let lower = phrase.to_lowercase();
    let anchor = s.min(open);
    let fits = |p: &&Person| ctx.fits(p, &lower);
    let name = matches!(lower.as_str(), "he" | "she")
        .then(|| {
            ctx.person_before(anchor)
                .filter(|_| ctx.person_mentioned_in(sent_start, anchor))
                .filter(fits)
                .or(prev_subject.filter(fits))
                .or(last_speaker.filter(fits))
                .or_else(|| ctx.person_before_fitting(anchor, &lower))
        })
        .flatten()
        .map(|p| p.name.clone());
    Speaker {
        name,
        mention: phrase.to_string(),
    }
}

/// The noun phrase that opens a phrase running on into its verb ("The
/// email goes on to" → "The email", "A footnote in the" → "A footnote"):
/// cut before the first auxiliary or cue verb (or "… on to"), then drop
/// function words at the end. `None` when no short noun phrase is left.
fn noun_phrase_head(phrase: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = phrase
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - phrase.as_ptr() as usize, w))
        .collect();
    let opener = words
        .first()
        .map(|(_, w)| w.to_lowercase())
        .unwrap_or_default();
    if is_not_phrase_start(&opener) || opener.ends_with("ing") || opener.ends_with("ly") {
        return None;
    }
    let lower = |i: usize| {
        words
            .get(i)
            .map(|(_, w)| w.to_lowercase())
            .unwrap_or_default()
    };
    let verb = (1..words.len())
        .find(|&i| {
            let w = lower(i);
            is_clause_auxiliary(&w)
                || (is_cue_verb(&w)
                    && words
                        .get(i)
                        .is_some_and(|(_, x)| !x.starts_with(char::is_uppercase)))
                || (lower(i + 1) == "on" && lower(i + 2) == "to")
        })
        .unwrap_or(words.len());
    let mut end = verb;
    while end > 1 && is_not_phrase_end(&lower(end - 1)) {
        end -= 1;
    }
    if end > MAX_HEAD_WORDS {
        return None;
    }
    let (at, last) = words.get(end.checked_sub(1)?)?;
    let head = phrase
        .get(..at + last.len())?
        .trim_end_matches([',', ';', ':']);
    (head.len() < phrase.len() && !is_not_speaker(head)).then_some(head)
}

/// Whether a phrase that names no person cannot be a speaker: a speaker is a
/// person, an office, an organisation or a group — a noun phrase. Left-overs
/// of a wrong parse are not: a function word alone ("to", "the"), a phrase
/// that starts on a preposition or a verb ("telling reporters", "on Twitter
/// before") or ends on a function word ("he was the only pollster to"), or a
/// clause ("a woman can run for president without being").
pub(super) fn is_not_speaker(phrase: &str) -> bool {
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return true;
    };
    if !phrase.chars().any(char::is_alphabetic) {
        return true;
    }
    // "At the bottom it reads", not "At least half of voters"
    let at_place = first == "at"
        && words
            .get(1)
            .is_some_and(|w| !matches!(w.as_str(), "least" | "most"));
    let negated = |w: &String| w.ends_with("n’t") || w.ends_with("n't");
    if words.len() == 1 {
        return is_not_speaker_word(first) || negated(first);
    }
    let verb_first = first.ends_with("ing")
        && (is_cue_verb(first)
            || words
                .get(1)
                .is_some_and(|w| is_not_phrase_end(w) || w == "up"));
    is_not_phrase_start(first)
        || at_place
        || verb_first
        || is_not_phrase_end(last)
        || words.iter().any(negated)
        || words.iter().skip(1).any(|w| is_clause_auxiliary(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_phrases_are_speakers() {
        for p in [
            "the senator",
            "a State Department official",
            "one former campaign staffer",
            "the editorial board",
            "who",
            "some",
            "his",
            "leading Republicans",
            "the Heritage Foundation website",
            "At least half of voters in each state",
        ] {
            assert!(!is_not_speaker(p), "{p}");
        }
    }

    #[test]
    fn a_phrase_running_into_its_verb_keeps_its_noun_phrase() {
        assert_eq!(noun_phrase_head("The email goes on to"), Some("The email"));
        assert_eq!(
            noun_phrase_head("a reporter can be heard"),
            Some("a reporter")
        );
        assert_eq!(noun_phrase_head("A footnote in the"), Some("A footnote"));
        assert_eq!(noun_phrase_head("telling reporters during a visit"), None);
        assert_eq!(noun_phrase_head("he was the only pollster to"), None);
    }

    #[test]
    fn parse_left_overs_are_not_speakers() {
        for p in [
            "to",
            "the",
            "now",
            "wouldn’t",
            "telling reporters during a visit to Scotland",
            "on Twitter before",
            "went on to",
            "he was the only pollster to correctly",
            "a South Carolina native who",
            "a woman can run for president without being",
            "refusing to",
            "In an attempt to make its",
            "At the bottom",
            "1",
            "",
        ] {
            assert!(is_not_speaker(p), "{p}");
        }
    }
}
