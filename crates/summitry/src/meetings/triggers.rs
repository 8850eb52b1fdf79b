//! Trigger words: the verbs and nouns that report an encounter.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use super::cues::{
    Class, ADVERB_ENDING, CHAT_DETS, INVITED_TO, INVITE_VISIT_REACH, MORE_TRIGGERS, NAME_MODIFIERS,
    NOT_AFTER, OBJECT_REACH, OBJECT_STOP_CLASSES, RECEIVE_VERBS, TRIGGERS,
};
use super::names::Index;
use super::tokens::Tok;

/// A trigger found in a sentence: tokens `[a, b)`.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// First token.
    pub a: usize,
    /// End token (exclusive).
    pub b: usize,
    /// What it reports.
    pub class: Class,
    /// Whether a party must follow it directly ("called Obama").
    pub needs_party: bool,
    /// The word before it, lower case ("the", "their").
    pub det: compact_str::CompactString,
}

/// Month and day names: "an August meeting" is a meeting, not a gathering's name.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "tonight",
];

/// Capitalised words at a sentence start that are not a gathering's name ("The meeting").
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "their", "his", "her", "its", "our", "any", "no", "every",
    "each", "one", "another", "such", "last", "next", "first", "second", "both", "during", "after",
    "before", "at", "in", "since", "following", "but", "and", "the", "if", "when", "while", "as",
    "for", "on",
];

type Entry = (Vec<String>, Class, bool);

fn table() -> &'static HashMap<String, Vec<Entry>> {
    static T: OnceLock<HashMap<String, Vec<Entry>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: HashMap<String, Vec<Entry>> = HashMap::default();
        let receiving = RECEIVE_VERBS.iter().map(|v| (*v, Class::Visit, true));
        for (p, c, n) in TRIGGERS
            .iter()
            .chain(MORE_TRIGGERS)
            .copied()
            .chain(receiving)
        {
            // Phrases are written as the tokenizer splits them, hyphens apart.
            let words: Vec<String> = p
                .replace('-', " - ")
                .split_whitespace()
                .map(str::to_string)
                .collect();
            if let Some(f) = words.first().cloned() {
                m.entry(f).or_default().push((words, c, n));
            }
        }
        for v in m.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        m
    })
}

fn rank(c: Class) -> u8 {
    match c {
        Class::Call => 4,
        Class::Multi => 3,
        Class::Visit => 2,
        Class::Meet | Class::Convene => 1,
        Class::Weak => 0,
    }
}

/// Finds the triggers of one sentence; adjacent ones ("one-on-one meeting") become one.
pub(crate) fn find(toks: &[Tok], idx: &Index) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    // The "visit" of "invited Putin to visit": told by the invitation, not a trigger of its own.
    let mut invited_visit: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        let hit = table().get(t.lower.as_str()).and_then(|v| {
            v.iter().find(|(w, _, _)| {
                w.iter()
                    .enumerate()
                    .all(|(k, x)| toks.get(i + k).is_some_and(|y| y.lower == *x))
            })
        });
        let Some((words, class, needs)) = hit else {
            i += 1;
            continue;
        };
        if invited_visit == Some(i) {
            i += words.len();
            continue;
        }
        let mut class = *class;
        let to_visit = matches!(t.lower.as_str(), "invite" | "invited" | "invites")
            .then(|| invitation_visit(toks, i + words.len()))
            .flatten();
        if to_visit.is_some() {
            class = Class::Visit;
        }
        let b = i + words.len();
        let prev = i.checked_sub(1).and_then(|p| toks.get(p));
        let det = prev.map(|p| p.lower.clone()).unwrap_or_default();
        let next = toks.get(b).map(|n| n.lower.as_str()).unwrap_or("");
        // "the APEC summit", "an Asean meeting": the name of a gathering, not a meeting of parties.
        let gathering_name = matches!(
            t.lower.as_str(),
            "summit" | "meeting" | "meetings" | "talks" | "summits"
        ) && prev.is_some_and(|p| {
            p.cap
                && p.word
                && idx.mention_at(p.start).is_none()
                && !is_person_end(toks, i - 1, idx)
                && super::gazetteer::lookup(&p.lower).is_none()
                && !CALENDAR.contains(&p.lower.as_str())
                && !DETERMINERS.contains(&p.lower.as_str())
        }) && !super::forums::names_forum_meeting(toks, i);
        let next2 = toks.get(b + 1).map(|n| n.lower.as_str()).unwrap_or("");
        let skip = NOT_AFTER.contains(&next)
            || (matches!(next, "the" | "their" | "its" | "our" | "these")
                && NOT_AFTER.contains(&next2))
            || gathering_name
            || (t.lower == "visit" && matches!(next, "us" | "our"))
            || (t.lower == "talks" && det == "peace")
            || (t.lower == "called" && matches!(det.as_str(), "-" | "so"))
            // "what he called a productive phone call": naming, not calling.
            || (t.lower == "called"
                && i >= 2
                && toks.get(i - 2).is_some_and(|w| w.lower == "what"))
            // "bilateral ties": an adjective, unless it names the meeting ("a bilateral with").
            || (words.len() == 1
                && t.lower == "bilateral"
                && !matches!(next, "with" | "meeting" | "meetings" | "talks" | "summit" | "discussion" | "discussions" | "on" | "at" | "in" | "." | ","))
            || (matches!(t.lower.as_str(), "called" | "call" | "calls" | "phoned")
                && matches!(next, "for" | "on" | "off" | "upon" | "out" | "up" | "back" | "in" | "it" | "them"))
            // A bare "call" is a phone call only as a noun after a determiner ("a call lasting").
            || (words.len() == 1
                && matches!(t.lower.as_str(), "call" | "calls")
                && (!matches!(det.as_str(), "a" | "the" | "their" | "his" | "her" | "this" | "that" | "'s" | "two" | "several" | "frequent" | "regular" | "brief" | "lengthy" | "productive")
                    || matches!(next, "for" | "on" | "off" | "up" | "out" | "it" | "to")))
            || (matches!(t.lower.as_str(), "visit" | "trip")
                && det == "'s"
                && temporal_before(toks, i))
            // "a 10-minute chat" is a conversation; "a group chat" or "chat apps" are not.
            || (words.len() == 1 && t.lower == "chat" && !CHAT_DETS.contains(&det.as_str()))
            // "received Gülen-linked donations": the name only qualifies what was received.
            || (*needs && class == Class::Visit && compound_after(toks, b))
            // "received a letter from Obama": what was received is a thing, not a guest.
            || (RECEIVE_VERBS.contains(&t.lower.as_str()) && thing_object(toks, b))
            // "the last US president to visit Russia was Barack Obama": a record, not a visit.
            || superlative_visit(toks, i, b, class);
        if !skip {
            invited_visit = to_visit.or(invited_visit);
            match out.last_mut() {
                Some(l) if l.b + 1 >= i && l.b <= i => {
                    l.b = b;
                    if rank(class) > rank(l.class) {
                        l.class = class;
                        l.needs_party = *needs;
                    } else if l.needs_party && !needs {
                        l.needs_party = false;
                    }
                }
                _ => out.push(Trigger {
                    a: i,
                    b,
                    class,
                    needs_party: *needs,
                    det,
                }),
            }
        }
        i = b;
    }
    out
}

/// The token of "visit" in "invited Putin to visit his country" (the invitation starting at
/// `b`, after the verb): the invitation is one to visit.
fn invitation_visit(toks: &[Tok], b: usize) -> Option<usize> {
    (b..(b + INVITE_VISIT_REACH).min(toks.len()))
        .take_while(|&k| toks.get(k).is_some_and(|t| t.word || t.lower == "'s"))
        .find(|&k| {
            toks.get(k).is_some_and(|t| t.lower == "to")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| INVITED_TO.contains(&n.lower.as_str()))
        })
        .map(|k| k + 1)
}

/// Whether a name right after `b` qualifies a noun by a hyphenated modifier ("Gülen-linked").
fn compound_after(toks: &[Tok], b: usize) -> bool {
    (b..(b + 4).min(toks.len())).any(|k| {
        toks.get(k).is_some_and(|t| t.lower == "-")
            && toks
                .get(k + 1)
                .is_some_and(|n| NAME_MODIFIERS.contains(&n.lower.as_str()))
    })
}

/// Whether the object starting at `b` is a thing: its head (the last word before a
/// preposition, conjunction, time word or punctuation) is a lower-case word that names no
/// party ("received Gülen-linked donations that …"; not "received the Chinese president").
fn thing_object(toks: &[Tok], b: usize) -> bool {
    use super::select::object::{is_thing, object_head, Step};
    let head = object_head(toks, b, OBJECT_REACH, |_, t| {
        if crate::wordclass::in_any(OBJECT_STOP_CLASSES, &t.lower) {
            Step::Stop
        // An adverb after the object ("received him warmly") is no head.
        } else if t.word
            && t.lower.chars().all(char::is_alphabetic)
            && !t.lower.ends_with(ADVERB_ENDING)
        {
            Step::Head
        } else {
            Step::Pass
        }
    });
    is_thing(head, &[])
}

/// "the last US president to visit Russia was Barack Obama", "the first leader to visit … is":
/// a superlative's infinitive tells who holds a record, not of a visit in the story.
fn superlative_visit(toks: &[Tok], i: usize, b: usize, class: Class) -> bool {
    let lower = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    class == Class::Visit
        && i >= 1
        && lower(i - 1) == "to"
        && (i.saturating_sub(6)..i)
            .any(|k| lower(k) == "the" && matches!(lower(k + 1), "first" | "last" | "only"))
        && (b..(b + 6).min(toks.len())).any(|k| matches!(lower(k), "was" | "is" | "were"))
}

/// "following Pelosi's visit": a visit that only dates something else.
fn temporal_before(toks: &[Tok], i: usize) -> bool {
    (i.saturating_sub(10)..i).any(|k| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "following" | "after" | "since" | "before" | "amid" | "over" | "wake"
            )
        })
    })
}

fn is_person_end(toks: &[Tok], k: usize, idx: &Index) -> bool {
    // A capitalised word that closes a person mention ("the Xi-Kishida summit" ends in a name).
    let Some(t) = toks.get(k) else { return false };
    // Mentions are sorted by start and do not overlap: only the last one starting at or before
    // the word can hold it.
    let k = idx.mentions.partition_point(|m| m.0 <= t.start);
    k > 0 && idx.mentions.get(k - 1).is_some_and(|m| t.end <= m.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::names::index;
    use crate::meetings::tokens::tokenize;

    fn trig(t: &str) -> Vec<(String, Class)> {
        let toks = tokenize(t, 0, t.len());
        let idx = index(t, std::slice::from_ref(&toks), &[]);
        find(&toks, &idx)
            .into_iter()
            .map(|g| {
                let s = toks.get(g.a).map_or(0, |x| x.start);
                let e = toks.get(g.b - 1).map_or(0, |x| x.end);
                (t[s..e].to_string(), g.class)
            })
            .collect()
    }

    #[test]
    fn verbal_and_nominal_triggers() {
        assert_eq!(trig("Xi met Kishida."), vec![("met".into(), Class::Meet)]);
        assert_eq!(
            trig("the first one-on-one meeting between them"),
            vec![("one-on-one meeting".into(), Class::Meet)]
        );
        assert_eq!(
            trig("Biden spoke by phone with Xi"),
            vec![("spoke by phone".into(), Class::Call)]
        );
        assert_eq!(
            trig("a brief trilateral meeting"),
            vec![("trilateral meeting".into(), Class::Multi)]
        );
        assert_eq!(
            trig("pay a state visit to Japan"),
            vec![("state visit".into(), Class::Visit)]
        );
        assert_eq!(
            trig("they sat across from one another"),
            vec![("sat across from".into(), Class::Meet)]
        );
        assert_eq!(
            trig("held face-to-face talks"),
            vec![("face-to-face talks".into(), Class::Meet)]
        );
        assert_eq!(
            trig("in a video call on Monday"),
            vec![("video call".into(), Class::Call)]
        );
    }

    #[test]
    fn a_chat_is_a_conversation_after_a_determiner_or_length() {
        assert_eq!(
            trig("Blinken and Lavrov hold 10-minute chat at G20"),
            vec![("chat".into(), Class::Weak)]
        );
        assert_eq!(
            trig("Mr Blinken and Mr Lavrov chatted for roughly 10 minutes"),
            vec![("chatted".into(), Class::Meet)]
        );
        assert!(trig("messages leaked from a group chat").is_empty());
    }

    #[test]
    fn an_invitation_to_visit_is_one_visit_trigger() {
        assert_eq!(
            trig("Kim invited Russian President Vladimir Putin to visit his country"),
            vec![("invited".into(), Class::Visit)]
        );
    }

    #[test]
    fn a_name_in_a_hyphenated_modifier_is_not_received() {
        assert!(trig("lawmakers received Gulen-linked donations").is_empty());
        assert_eq!(
            trig("Erdogan received Putin in Ankara"),
            vec![("received".into(), Class::Visit)]
        );
    }

    #[test]
    fn each_receiving_verb_is_a_visit_trigger() {
        for v in RECEIVE_VERBS {
            let t = format!("Xi Jinping {v} Joe Biden in Beijing");
            assert_eq!(trig(&t), vec![((*v).to_string(), Class::Visit)]);
        }
    }

    #[test]
    fn receiving_a_thing_is_no_visit() {
        assert!(trig("lawmakers received donations that appear questionable").is_empty());
        assert!(trig("The senator received a letter from Obama").is_empty());
        assert!(trig("received G\u{fc}len-linked donations").is_empty());
        // A subordinator ends the object like a preposition (the wordclass lists).
        assert!(trig("The Green candidate receives less support than Johnson").is_empty());
        assert!(!trig("The president received Johnson at the White House").is_empty());
    }

    #[test]
    fn receiving_a_party_is_a_visit() {
        for s in [
            "Xi received the visiting Chinese president in Beijing",
            "Erdogan received him warmly",
            "The king received the delegation yesterday",
            "Modi received Putin",
        ] {
            assert_eq!(trig(s).len(), 1, "{s}");
        }
    }

    #[test]
    fn gathering_names_are_not_triggers() {
        assert!(trig("during the APEC summit").is_empty());
        assert!(trig("relations that meet the requirements of the era").is_empty());
    }
}
