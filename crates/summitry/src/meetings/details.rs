//! What a meeting was about (topics) and what it decided (outcomes).

use std::sync::OnceLock;

use super::cues::{OUTCOME_CUES, PHRASE_STOPS, TOPIC_CUES};
use super::cueset::CueSet;

fn outcome_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    S.get_or_init(|| CueSet::new(OUTCOME_CUES))
}

fn topic_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    S.get_or_init(|| CueSet::new(TOPIC_CUES))
}

fn agenda_cues() -> &'static CueSet {
    static S: OnceLock<CueSet> = OnceLock::new();
    S.get_or_init(|| CueSet::new(AGENDA))
}
use super::tokens::Tok;

/// Longest phrase taken after a cue, in tokens.
const MAX_PHRASE: usize = 30;

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

/// Splits the phrase after a cue into items at ", ", " and " (before "the"), "as well as".
fn items(text: &str, toks: &[Tok], a: usize, hi: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut s = a;
    let mut k = a;
    let end = hi.min(a + MAX_PHRASE);
    let flush = |s: usize, e: usize, out: &mut Vec<String>| {
        let mut s = s;
        while toks.get(s).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "about" | "on" | "over" | "a" | "an" | "also" | "to"
            )
        }) && s + 1 < e
        {
            s += 1;
        }
        if e > s {
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
        if PHRASE_STOPS.contains(&t.lower.as_str())
            && !(k == s && matches!(t.lower.as_str(), "“" | "\""))
            && !(matches!(t.lower.as_str(), "”" | "\"") && toks.get(k + 1).is_some_and(|n| n.word))
        {
            break;
        }
        let and_next = t.lower == "and"
            && toks.get(k + 1).is_some_and(|n| {
                matches!(n.lower.as_str(), "the" | "about" | "to" | "on" | "over")
            });
        let sep = if t.lower == "," || and_next {
            1
        } else {
            at(toks, k, "as well as")
        };
        if sep > 0 {
            flush(s, k, &mut out);
            k += sep;
            s = k;
            continue;
        }
        k += 1;
    }
    flush(s, k, &mut out);
    out
}

/// Whether the tokens hold a topic or outcome cue.
pub(crate) fn has_cue(toks: &[Tok]) -> bool {
    (0..toks.len())
        .any(|i| outcome_cues().at(toks, i).is_some() || topic_cues().at(toks, i).is_some())
}

/// Whether the sentence says something was on the agenda or part of the discussions.
pub(crate) fn agenda(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| agenda_cues().at(toks, i).is_some())
}

/// Phrases whose subject is a topic ("X was on the agenda", "X was part of their discussions").
#[rustfmt::skip]
const AGENDA: &[&str] = &[
    "on the agenda", "part of their discussions", "part of the discussions", "part of the talks",
    "on the table", "at the forefront of their agenda",
];

/// Topics and outcomes stated in tokens `[lo, hi)`.
pub(crate) fn find(text: &str, toks: &[Tok], lo: usize, hi: usize) -> (Vec<String>, Vec<String>) {
    let mut topics = Vec::new();
    let mut outcomes = Vec::new();
    let mut i = lo;
    while i < hi {
        if let Some((n, _)) = outcome_cues().at(toks, i) {
            outcomes.extend(items(text, toks, i + n, hi));
            i += n;
            continue;
        }
        if let Some((n, _)) = topic_cues().at(toks, i) {
            topics.extend(items(text, toks, i + n, hi));
            i += n;
            continue;
        }
        // "X was (also) on the agenda": X is a topic.
        if agenda_cues().at(toks, i).is_some() {
            let mut s = i;
            while s > lo
                && toks
                    .get(s - 1)
                    .is_some_and(|t| !matches!(t.lower.as_str(), "," | "." | ";"))
                && i - s < MAX_PHRASE
            {
                s -= 1;
            }
            let mut e = i;
            while e > s
                && toks.get(e - 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "be"
                            | "also"
                            | "to"
                            | "expected"
                            | "believed"
                    )
                })
            {
                e -= 1;
            }
            topics.extend(items(text, toks, s, e));
        }
        i += 1;
    }
    (topics, outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn f(t: &str) -> (Vec<String>, Vec<String>) {
        let toks = tokenize(t, 0, t.len());
        find(t, &toks, 0, toks.len())
    }

    #[test]
    fn topics_split_into_items() {
        let (t, _) = f("he raised concerns about stability in the Taiwan Strait as well as about China’s military moves, human rights issues and the detention of Japanese citizens during the talks.");
        assert_eq!(
            t,
            vec![
                "stability in the Taiwan Strait",
                "China’s military moves",
                "human rights issues",
                "detention of Japanese citizens"
            ]
        );
    }

    #[test]
    fn outcomes_after_agreed() {
        let (_, o) = f("The two agreed to swiftly begin operations of an air and maritime hotline and to strengthen communications via a dialogue, according to the ministry.");
        assert_eq!(
            o.first().map(String::as_str),
            Some("swiftly begin operations of an air and maritime hotline")
        );
        assert_eq!(o.len(), 2);
    }

    #[test]
    fn topics_listed_after_including_and_clashed_over() {
        let (t, _) = f("Biden raised numerous concerns during the conversation, including around trade, Taiwan, and North Korea's nuclear capabilities.");
        assert!(t.iter().any(|x| x == "Taiwan"), "{t:?}");
        assert!(t.iter().any(|x| x == "trade"), "{t:?}");
        let (t, _) = f("The two clashed over trade restrictions on technology and on Taiwan.");
        assert_eq!(t, vec!["trade restrictions on technology", "Taiwan"]);
    }

    #[test]
    fn topics_after_such_as_cover_and_to_sign() {
        let (t, _) = f("There would be no change on issues such as trade disputes.");
        assert_eq!(t, vec!["trade disputes"]);
        let (t, _) = f("They failed to sign a critical minerals agreement.");
        assert_eq!(t, vec!["critical minerals agreement"]);
    }
}
