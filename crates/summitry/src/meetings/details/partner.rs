//! "discussed Gaza with Antony Blinken": the person talked with after a topic is the meeting's
//! other party, not part of what was discussed.

use super::super::attrcues::{
    MAX_NAME_RUN, PARTNER_MEET_WORDS, PARTNER_NOUNS, PARTNER_NOUN_REACH, PARTNER_PREPS,
    PARTNER_REACH,
};
use super::super::cues::MAX_LIST;
use super::super::gazetteer;
use super::super::tokens::Tok;
use super::lw;
use crate::wordclass as wc;

/// The end of a topic phrase opening at token `a`: the "with" before a party talked with
/// ("Gaza with Antony Blinken", "trade with him", "security with his Chinese counterpart"),
/// else `hi`. A place or an acronym after "with" stays ("relations with China", "ties with
/// NATO"), as does a "with" right at the start.
pub(super) fn partner_cut(text: &str, toks: &[Tok], a: usize, hi: usize) -> usize {
    (a + 1..hi.min(a + MAX_LIST))
        .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ":" | "—"))
        .find(|&k| {
            PARTNER_PREPS.contains(&lw(toks, k))
                && !PARTNER_MEET_WORDS.contains(&lw(toks, k - 1))
                && partner_at(text, toks, k + 1)
        })
        .unwrap_or(hi)
}

/// After the party cut off at token `k` ("with Sunak"), the comma the topic list goes on after
/// ("discuss them with Sunak, along with the situations in Gaza"), when only the party's words
/// stand between.
pub(super) fn resumes_after(toks: &[Tok], k: usize, hi: usize) -> Option<usize> {
    (k + 2..hi.min(k + 2 + PARTNER_REACH))
        .take_while(|&x| toks.get(x).is_some_and(|t| t.word || t.lower == ","))
        .find(|&x| lw(toks, x) == ",")
}

/// Whether a party talked with opens at token `j`: an object pronoun, a possessive before a
/// word of counterpart, or a capitalised name that is no place, people or acronym.
fn partner_at(text: &str, toks: &[Tok], j: usize) -> bool {
    let w = lw(toks, j);
    if wc::OBJECT_PRONOUNS.contains(&w) {
        return true;
    }
    if wc::POSSESSIVES.contains(&w) {
        return (j + 1..=j + PARTNER_NOUN_REACH).any(|k| PARTNER_NOUNS.contains(&lw(toks, k)));
    }
    let run = (j..j + MAX_NAME_RUN)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.cap && t.word))
        .count();
    let Some(first) = toks.get(j).filter(|_| run > 0) else {
        return false;
    };
    let acronym = run == 1
        && text
            .get(first.start..first.end)
            .is_some_and(|s| !s.chars().any(char::is_lowercase));
    let place = (1..=run.min(gazetteer::MAX_WORDS)).any(|len| {
        toks.get(j + len - 1)
            .and_then(|l| text.get(first.start..l.end))
            .and_then(gazetteer::lookup)
            .is_some()
    });
    !acronym && !place
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    /// The topic phrase after "discussed" in `t`, cut before a partner.
    fn cut(t: &str) -> String {
        let toks = tokenize(t, 0, t.len());
        let a = toks
            .iter()
            .position(|w| w.lower == "discussed")
            .unwrap_or(0)
            + 1;
        let e = partner_cut(t, &toks, a, toks.len());
        let (Some(f), Some(l)) = (toks.get(a), toks.get(e - 1)) else {
            return String::new();
        };
        t.get(f.start..l.end).unwrap_or("").to_string()
    }

    #[test]
    fn the_party_talked_with_is_cut_off() {
        assert_eq!(cut("Shoukry discussed Gaza with Antony Blinken"), "Gaza");
        assert_eq!(
            cut("He discussed trade and security with him"),
            "trade and security"
        );
        assert_eq!(
            cut("She discussed energy with her Chinese counterpart"),
            "energy"
        );
    }

    #[test]
    fn a_place_or_a_group_after_with_stays() {
        assert_eq!(
            cut("They discussed relations with China"),
            "relations with China"
        );
        assert_eq!(
            cut("They discussed ties with the United States"),
            "ties with the United States"
        );
        assert_eq!(
            cut("They discussed cooperation with NATO"),
            "cooperation with NATO"
        );
        assert_eq!(
            cut("They discussed trade with Russian firms"),
            "trade with Russian firms"
        );
    }
}
