//! "X discussed T with Y during a meeting": the meeting noun after "during" takes the clause's
//! subject and the "with" object before it as its parties.

use super::*;

/// The parties of a meeting noun told after "during" ("Shoukry discussed the ceasefire with
/// Blinken during a meeting in Cairo"): the first party of the clause and the party right
/// after its "with", which stands before "during". `None` when either is missing.
pub(super) fn during_parties(
    toks: &[Tok],
    ents: &[parties::Ent],
    trig: &triggers::Trigger,
) -> Option<Vec<Participant>> {
    let d = (trig.a.saturating_sub(cues::DURING_REACH)..trig.a)
        .rev()
        .find(|&k| cues::DURING_WORDS.contains(&lw(toks, k)))?;
    // Only a determiner or modifiers between "during" and the noun ("during their talks").
    if !(d + 1..trig.a).all(|k| toks.get(k).is_some_and(|t| t.word && !t.cap)) {
        return None;
    }
    let cs = clause_start(toks, d, 0);
    let w = (cs..d).rev().find(|&k| lw(toks, k) == "with")?;
    let party = |e: &&parties::Ent| e.kind != EntKind::Group;
    let obj = ents
        .iter()
        .filter(party)
        .find(|e| e.a == w + 1 && e.b <= d)?;
    // The subject stands before a verb that comes before "with".
    let subj = ents.iter().filter(party).find(|e| e.a >= cs && e.b < w)?;
    let same = subj.party.name.is_some() && subj.party.name == obj.party.name;
    (!same).then(|| vec![subj.party.clone(), obj.party.clone()])
}

#[cfg(test)]
mod tests {
    use crate::meetings::testkit::{meet, names};

    #[test]
    fn a_talk_with_someone_during_a_meeting_is_their_meeting() {
        let t = "Egyptian Foreign Minister Sameh Shoukry discussed the Gaza ceasefire with \
                 Antony Blinken during a meeting in Cairo on Monday.";
        let m = meet(t, "2024-02-06");
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(names(&m[0]), ["Sameh Shoukry", "Antony Blinken"]);
        assert_eq!(m[0].location.as_deref(), Some("Cairo"));
    }

    #[test]
    fn no_with_object_before_during_makes_no_meeting() {
        assert!(meet(
            "Sameh Shoukry discussed the ceasefire during a meeting in Cairo.",
            "2024-02-06"
        )
        .is_empty());
        assert!(meet(
            "The minister spoke with enthusiasm during a meeting.",
            "2024-02-06"
        )
        .is_empty());
    }
}
