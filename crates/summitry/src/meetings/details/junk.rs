//! Topics that are no topic: a clause, an anaphor, the meeting itself, a list's header, or the
//! name of the gathering.

use super::super::attrcues::{
    COUNTED_NOUNS, COUNT_TO_NOUN, COUNT_WORDS, INVITATION_MEET_VERBS, INVITATION_WORD, MEET_VERB,
    SELF_MEETING_WORDS, TOPIC_ANAPHOR_ENDS, TOPIC_CLAUSE_AFTER_AND, TOPIC_CUT_ENDS,
    TOPIC_DATING_OPENER, TOPIC_NON_OPENERS, TOPIC_NON_OPENING_PAIRS, TOPIC_OPENING_SUBORDINATORS,
};
use super::super::gazetteer;
use super::super::place::GATHERINGS;
use crate::wordclass::{
    in_any, ARTICLES, BE_HAVE_FINITE, COMPLEMENTIZERS, DEMONSTRATIVES, POSSESSIVES, SUBORDINATORS,
};

/// The topic cut before a trailing "and how …" clause ("fentanyl and how to regulate it" gives
/// "fentanyl"); a topic that opens on the clause is left whole.
pub(crate) fn cut_clause(t: &str) -> &str {
    let mut prev: Option<&str> = None;
    let mut pos = 0;
    for w in t.split(' ') {
        let start = pos;
        pos += w.len() + 1;
        if let Some(p) = prev {
            let lw = clean(w).to_lowercase();
            if p == "and" && TOPIC_CLAUSE_AFTER_AND.contains(&lw.as_str()) {
                let head = t.get(..start).unwrap_or(t).trim_end();
                let head = head.strip_suffix("and").unwrap_or(head);
                let head = head.trim_end().trim_end_matches(',').trim_end();
                if head.chars().any(char::is_alphanumeric) {
                    return head;
                }
            }
        }
        prev = Some(w);
    }
    t
}

/// Whether the word opens a noun phrase as a determiner would ("a", "his", "this", "Biden's").
fn determiner(w: &str) -> bool {
    in_any(&[ARTICLES, POSSESSIVES, DEMONSTRATIVES, COMPLEMENTIZERS], w)
        || (w.chars().count() > 2 && (w.ends_with("'s") || w.ends_with("’s")))
}

/// A word of the phrase, its edge punctuation trimmed.
fn clean(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
}

/// Whether a topic phrase says nothing of what was discussed.
pub(crate) fn junk_topic(t: &str) -> bool {
    let words: Vec<&str> = t
        .split_whitespace()
        .map(clean)
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let (Some(first), Some(last)) = (lower.first(), lower.last()) else {
        return false;
    };
    let pair = TOPIC_NON_OPENING_PAIRS
        .iter()
        .any(|p| lower.get(..2).is_some_and(|w| w == p.as_slice()));
    let dating = first == TOPIC_DATING_OPENER && lower.get(1).is_some_and(|w| determiner(w));
    if TOPIC_NON_OPENERS.contains(&first.as_str())
        || (in_any(&[BE_HAVE_FINITE, SUBORDINATORS], first)
            && !TOPIC_OPENING_SUBORDINATORS.contains(&first.as_str()))
        || dating
        || pair
        || (lower.len() > 1 && TOPIC_ANAPHOR_ENDS.contains(&last.as_str()))
        || (lower.len() > 1 && TOPIC_CUT_ENDS.contains(&last.as_str()))
    {
        return true;
    }
    let self_meeting = lower.iter().enumerate().any(|(k, w)| {
        SELF_MEETING_WORDS.contains(&w.as_str())
            || (w == INVITATION_WORD && invites_to_meet(&words, &lower, k))
            || (w == MEET_VERB
                && (lower.get(k + 1).is_some_and(|n| n == "with")
                    || words
                        .get(k + 1)
                        .is_some_and(|n| n.starts_with(char::is_uppercase))))
    });
    if self_meeting {
        return true;
    }
    // "make three points to Lavrov": the header of a list whose items follow.
    let header = lower.iter().enumerate().any(|(k, w)| {
        COUNT_WORDS.contains(&w.as_str())
            && (k + 1..=k + COUNT_TO_NOUN).any(|n| {
                lower
                    .get(n)
                    .is_some_and(|x| COUNTED_NOUNS.contains(&x.as_str()))
            })
    });
    if header {
        return true;
    }
    // "Budapest summit": a place's gathering names the meeting, not its subject.
    match lower.split_last() {
        Some((head, place)) if !place.is_empty() && GATHERINGS.contains(&head.as_str()) => {
            let name = words.get(..place.len()).unwrap_or(&[]).join(" ");
            words
                .iter()
                .take(place.len())
                .all(|w| w.starts_with(char::is_uppercase))
                && gazetteer::lookup(&name).is_some()
        }
        _ => false,
    }
}

/// Whether the invitation at `k` ends the phrase or asks a person or a meeting ("an invitation
/// to President Assad", "to meet him"), not to something else ("to join NATO").
fn invites_to_meet(words: &[&str], lower: &[String], k: usize) -> bool {
    match lower.get(k + 1) {
        None => true,
        Some(to) if to == "to" => {
            words
                .get(k + 2)
                .is_some_and(|n| n.starts_with(char::is_uppercase))
                || lower.get(k + 2).is_some_and(|n| {
                    INVITATION_MEET_VERBS.contains(&n.as_str())
                        || crate::wordclass::OBJECT_PRONOUNS.contains(&n.as_str())
                })
        }
        Some(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{cut_clause, junk_topic};

    #[test]
    fn a_trailing_how_clause_is_cut_not_the_item() {
        assert_eq!(cut_clause("fentanyl and how to regulate it"), "fentanyl");
        assert_eq!(cut_clause("trade, and why it matters"), "trade");
        assert_eq!(cut_clause("how to end the war"), "how to end the war");
        assert_eq!(cut_clause("trade and investment"), "trade and investment");
    }

    #[test]
    fn an_invitation_to_join_something_is_a_topic() {
        assert!(!junk_topic("Ukraine's invitation to join NATO"));
        assert!(junk_topic("extend an invitation to meet"));
        assert!(junk_topic("an invitation"));
    }

    #[test]
    fn following_opens_no_topic_only_before_a_determiner() {
        assert!(!junk_topic("following through on climate commitments"));
        assert!(junk_topic("following a shouting match"));
        assert!(junk_topic("following Biden's visit"));
    }

    #[test]
    fn a_clause_is_no_topic() {
        assert!(junk_topic("has electrified the Republican base"));
        assert!(junk_topic("stating that he could extend an offer"));
        assert!(junk_topic("sometimes in unsubtle ways"));
        assert!(!junk_topic("that Moscow should release Paul Whelan"));
        assert!(!junk_topic("with preparations for the summit"));
        assert!(junk_topic("make sure that it occurs"));
        assert!(junk_topic("inform him of the decision"));
        assert!(!junk_topic("make progress on trade"));
        assert!(!junk_topic("information sharing"));
        assert!(junk_topic("although the talks went on"));
        assert!(junk_topic("unless Russia withdraws"));
        assert!(!junk_topic(
            "as a priority that supersedes the fate of Assad"
        ));
    }

    #[test]
    fn a_phrase_cut_before_its_noun_is_no_topic() {
        assert!(junk_topic("go ahead with a planned"));
        assert!(!junk_topic("go ahead with a planned visit to Australia"));
        assert!(!junk_topic("planned"));
    }

    #[test]
    fn an_anaphor_at_the_end_is_no_topic() {
        assert!(junk_topic("extend it"));
        assert!(!junk_topic("congratulate him"));
        assert!(!junk_topic("it"));
    }

    #[test]
    fn the_meeting_itself_is_no_topic() {
        assert!(junk_topic("his desire to meet with President Assad"));
        assert!(junk_topic(
            "hope that such a meeting would mark a new chapter"
        ));
        assert!(junk_topic("extend an invitation to President Assad"));
        assert!(junk_topic("details of the encounter and spoke anonymously"));
        assert!(!junk_topic(
            "build relations that meet the requirements of the era"
        ));
        assert!(!junk_topic("preparations for the summit"));
    }

    #[test]
    fn a_list_header_is_no_topic() {
        assert!(junk_topic("make three points to Mr Lavrov"));
        assert!(junk_topic("present three US positions to Lavrov"));
        assert!(!junk_topic("normalize relations between the two nations"));
    }

    #[test]
    fn a_place_and_its_gathering_is_no_topic() {
        assert!(junk_topic("Budapest summit"));
        assert!(!junk_topic("arrange the Budapest summit"));
        assert!(!junk_topic("climate summit"));
        assert!(!junk_topic("Ukraine"));
    }
}
