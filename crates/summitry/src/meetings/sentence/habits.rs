//! Mentions that tell no meeting of their own: an unspecified earlier meeting or a habit
//! ("Obama has met previously with Clinton").

use super::*;
use crate::meetings::cues::Class;

/// "Obama has met previously with Clinton", "the two have met several times": a present
/// perfect with an adverb of repetition or of an unspecified past tells that the parties have
/// met at some time, not of a meeting the report gives. A date in the sentence is checked by
/// the caller ("have met twice since May" tells of dated meetings).
pub(super) fn unspecified_past(toks: &[Tok], trig: &triggers::Trigger, hi: usize) -> bool {
    let is_aux = |k: usize| cues::PERFECT_AUX.contains(&lw(toks, k));
    let habit_at = |k: usize| {
        cues::PERFECT_HABITS
            .iter()
            .find(|p| phrase_at(toks, k, p))
            .is_some_and(|p| {
                // "met before the summit": a preposition, not an adverb.
                !cues::HABIT_PREPOSITIONS.contains(p)
                    || !lw(toks, k + 1)
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
    };
    let Some(a1) = trig.a.checked_sub(1) else {
        return false;
    };
    // A meeting or call verb's participle ("met", "talked", "spoken"), not a noun ("talks").
    let verb = lw(toks, trig.a);
    let participle = matches!(trig.class, Class::Meet | Class::Call)
        && (verb.ends_with("ed") || cues::IRREGULAR_PARTICIPLES.contains(&verb));
    let perfect = participle && (is_aux(a1) || (a1 >= 1 && is_aux(a1 - 1) && habit_at(a1)));
    perfect
        && (habit_at(a1)
            || (trig.b..hi.min(trig.b + cues::PERFECT_HABIT_REACH))
                .any(|k| habit_at(k) && !(trig.b..k).any(|j| CLAUSE_BREAKS.contains(&lw(toks, j)))))
}

#[cfg(test)]
mod tests {
    use crate::meetings::testkit::meet;
    use crate::{Meeting, MeetingStatus};

    fn meets(t: &str) -> Vec<Meeting> {
        meet(t, "2016-01-28")
    }

    #[test]
    fn an_unspecified_earlier_meeting_is_no_record() {
        assert!(
            meets("President Barack Obama has met previously with Hillary Clinton.").is_empty()
        );
        assert!(meets("Angela Merkel and Emmanuel Macron have met several times.").is_empty());
        assert!(meets("Vladimir Putin has met with Xi Jinping many times in the past.").is_empty());
        // Any meeting or call verb, and the past perfect.
        assert!(meets("Joe Biden and Xi Jinping have talked several times by phone.").is_empty());
        assert!(meets("Joe Biden and Vladimir Putin had met several times before.").is_empty());
    }

    #[test]
    fn an_earlier_meeting_joining_a_record_lends_no_place() {
        let m = meets(
            "Joe Biden met Xi Jinping on Wednesday. The two leaders have met before, in Bali.",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].location, None);
        assert_eq!(m[0].evidence.len(), 2);
        // A meeting told with its own place keeps it.
        let m = meets("Joe Biden met Xi Jinping in Bali on Wednesday.");
        assert_eq!(m[0].location.as_deref(), Some("Bali"));
    }

    #[test]
    fn a_dated_or_plain_perfect_meeting_stays() {
        let m = meets(
            "President Barack Obama has met with Hillary Clinton at the White House on Monday.",
        );
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].status, MeetingStatus::Held);
        assert_eq!(
            meets("Angela Merkel has met Emmanuel Macron in Paris.").len(),
            1
        );
        assert_eq!(
            meets("Vladimir Putin has met with Xi Jinping before the summit in Beijing.").len(),
            1
        );
    }
}
