//! The object of a party verb ("received", "convened"): whether it is a party (a person, an
//! office, a group) or a thing, read one way by the trigger finder and by party selection.

use super::super::cues::{OFFICES, PARTY_OBJECTS, TITLE_WORDS};
use super::super::offices::is_group_head;
use super::super::parties::{Ent, EntKind};
use super::super::tokens::Tok;
use super::lw;

/// What a token of an object is to the reader looking for its head.
pub(crate) enum Step {
    /// A word that may be the head (the last one read wins).
    Head,
    /// Read past it ("'s", an adverb, a number).
    Pass,
    /// The object ends before it.
    Stop,
}

/// The head of the object starting at token `b`: the last [`Step::Head`] token before the
/// first [`Step::Stop`], reading at most `reach` tokens.
pub(crate) fn object_head(
    toks: &[Tok],
    b: usize,
    reach: usize,
    step: impl Fn(usize, &Tok) -> Step,
) -> Option<&Tok> {
    let mut head = None;
    let end = b.saturating_add(reach).min(toks.len());
    for (k, t) in toks.get(b..end).unwrap_or(&[]).iter().enumerate() {
        match step(b + k, t) {
            Step::Head => head = Some(t),
            Step::Pass => {}
            Step::Stop => break,
        }
    }
    head
}

/// Whether an object with `head` is a thing: a lower-case word that names no party — no party
/// object, office, title word, group head, nor one of `people` ("received a letter", "convened
/// talks"; not "received the Chinese president", "convened his cabinet").
pub(crate) fn is_thing(head: Option<&Tok>, people: &[&str]) -> bool {
    head.is_some_and(|h| {
        let w = h.lower.as_str();
        !h.cap
            && !people.contains(&w)
            && !PARTY_OBJECTS.contains(&w)
            && !OFFICES.contains(&w)
            && !TITLE_WORDS.contains(&w)
            && !is_group_head(w)
    })
}

/// "received the Qatari foreign minister": an office right after the article that follows the
/// verb ending at token `b` is its object (not "the Qatari foreign minister's letter").
pub(crate) fn office_after_article(toks: &[Tok], e: &Ent, b: usize) -> bool {
    e.kind == EntKind::Office
        && e.a == b + 1
        && crate::wordclass::ARTICLES.contains(&lw(toks, b))
        && lw(toks, e.b) != "'s"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::testkit::sents;

    fn toks(t: &str) -> Vec<Tok> {
        sents(t).1.into_iter().next().unwrap_or_default()
    }

    fn last_word(_: usize, t: &Tok) -> Step {
        if t.lower == "in" {
            Step::Stop
        } else if t.word {
            Step::Head
        } else {
            Step::Pass
        }
    }

    #[test]
    fn thing_object_is_a_lower_case_non_party_head() {
        let t = toks("received a letter in Beijing.");
        assert!(is_thing(object_head(&t, 1, 8, last_word), &[]));
        assert_eq!(
            object_head(&t, 1, 8, last_word).map(|h| h.lower.as_str()),
            Some("letter")
        );
    }

    #[test]
    fn office_or_listed_person_object_is_no_thing() {
        let t = toks("received the foreign minister in Beijing.");
        assert!(!is_thing(object_head(&t, 1, 8, last_word), &[]));
        let t = toks("convened lunch in Beijing.");
        assert!(!is_thing(object_head(&t, 1, 8, last_word), &["lunch"]));
        assert!(is_thing(object_head(&t, 1, 8, last_word), &[]));
    }
}
