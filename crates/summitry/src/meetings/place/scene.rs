//! Whether a place told in a sentence is the scene it sets for what follows ("arrived in
//! Beijing") or the place of the sentence's own event ("spoke in Ohio").

use super::super::attrcues::{
    OWN_EVENT_VERBS, PAST_ED_MIN_LEN, SCENE_VERBS, VENUE_PREPS, VENUE_REACH,
};
use super::super::cues::{PAST_ARRIVALS, TRAVEL};
use super::super::dates::lw;
use super::super::tokens::Tok;

/// Whether the place a preposition at token `i` brings in belongs to its sentence's own event:
/// the word before it (or before the venue it names, "spoke at a rally in Ohio") is a finite
/// verb of doing ("spoke in Ohio", "campaigned in Iowa"), not one of arriving or staying that
/// sets the scene for what follows ("arrived in Beijing").
pub(crate) fn own_event_place(toks: &[Tok], i: usize) -> bool {
    let event_verb = |k: usize| {
        let w = lw(toks, k);
        let past = w.len() >= PAST_ED_MIN_LEN && w.ends_with("ed");
        toks.get(k).is_some_and(|t| t.word && !t.cap)
            && (past || OWN_EVENT_VERBS.contains(&w))
            && !SCENE_VERBS.contains(&w)
            && !PAST_ARRIVALS.contains(&w)
            && !TRAVEL.contains(&w)
    };
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    if event_verb(before) {
        return true;
    }
    // "at a rally in Ohio": the venue's own preposition, with only words between.
    (1..=VENUE_REACH)
        .filter_map(|d| i.checked_sub(d + 1))
        .take_while(|&k| toks.get(k + 1).is_some_and(|t| t.word))
        .find(|&k| VENUE_PREPS.contains(&lw(toks, k + 1)))
        .is_some_and(event_verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    /// Whether the place after the last "in"/"to" of `t` is its sentence's own event's.
    fn own(t: &str) -> bool {
        let toks = tokenize(t, 0, t.len());
        let at = toks
            .iter()
            .rposition(|w| matches!(w.lower.as_str(), "in" | "to"))
            .unwrap_or(0);
        own_event_place(&toks, at)
    }

    #[test]
    fn a_verb_of_doing_owns_its_place() {
        assert!(own("President Joe Biden spoke in Ohio."));
        assert!(own("The senator campaigned in Iowa on Sunday."));
        assert!(own("Cruz spoke at a rally in Buffalo."));
        assert!(own("Cruz said at a town hall in Buffalo."));
    }

    #[test]
    fn a_verb_of_arriving_or_being_sets_the_scene() {
        assert!(!own("President Joe Biden arrived in Beijing on Monday."));
        assert!(!own("He stayed in Paris."));
        assert!(!own("Obama flew to Boise for a speech."));
        assert!(!own("Biden was in Ohio."));
        assert!(!own("Kelly was seen entering Trump Tower in New York."));
        assert!(!own("Xi's visit to the summit in Bali."));
        assert!(!own("The Republican National Committee in Washington."));
    }
}
