//! Social handles that stand for a known person: "@realDonaldTrump" holds "Donald Trump",
//! "@SpeakerRyan" is the speaker named Ryan.

use super::super::cues::PERSONAL_TITLES;
use super::super::partycues::{DIRECTION_MARKS, HANDLE_MIN_NAME_BYTES, NAME_SUFFIXES};
use super::super::tokens::Tok;
use super::Index;

/// Adds a mention for each handle ("@" glued to a word) that names one known person.
pub(super) fn add(text: &str, sents: &[Vec<Tok>], idx: &mut Index) {
    if !text.contains('@') {
        return;
    }
    // Each person's name joined and lower-cased ("donaldtrump"), and surname, computed once.
    let keys: Vec<(String, String)> = idx
        .people
        .iter()
        .map(|k| {
            let ws: Vec<String> = k
                .name
                .split_whitespace()
                .map(|w| w.trim_end_matches('.').to_lowercase())
                .filter(|w| !NAME_SUFFIXES.contains(&w.as_str()))
                .collect();
            let joined = if ws.len() >= 2 {
                ws.concat()
            } else {
                String::new()
            };
            (joined, ws.last().cloned().unwrap_or_default())
        })
        .collect();
    let mut added = Vec::new();
    for toks in sents {
        for (i, pair) in toks.windows(2).enumerate() {
            let [at, h] = pair else { continue };
            if at.lower != "@" || at.end != h.start || !h.word {
                continue;
            }
            // A direction mark glued before the "@" (pasted tweets carry them) belongs to it.
            let at = i
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .filter(|m| m.end == at.start && m.lower.chars().all(is_mark))
                .unwrap_or(at);
            let raw = text.get(h.start..h.end).unwrap_or("");
            if let Some(p) = person(raw, &h.lower, &keys) {
                // The mention holds the "@", so the handle reads as one name token-wise.
                if idx.mention_at(h.start).is_none() {
                    added.push((at.start, h.end, p));
                }
            }
        }
    }
    if !added.is_empty() {
        idx.mentions.extend(added);
        idx.mentions.sort_unstable();
        idx.mentions.dedup_by(|b, a| b.0 < a.1);
    }
}

/// Invisible marks of text direction and zero-width spaces.
fn is_mark(c: char) -> bool {
    DIRECTION_MARKS
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// The one person a handle names: the longest full name it holds, else a title and a surname
/// ("SpeakerRyan") in camel case.
fn person(raw: &str, lower: &str, keys: &[(String, String)]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let mut tie = false;
    for (k, (joined, _)) in keys.iter().enumerate() {
        if joined.len() < HANDLE_MIN_NAME_BYTES || !lower.contains(joined.as_str()) {
            continue;
        }
        match best {
            Some((n, _)) if n > joined.len() => {}
            Some((n, b)) if n == joined.len() => {
                tie |= keys.get(b).map(|x| &x.0) != Some(joined);
            }
            _ => {
                best = Some((joined.len(), k));
                tie = false;
            }
        }
    }
    if let Some((_, k)) = best {
        return (!tie).then_some(k);
    }
    let words = camel_words(raw);
    let (last, titles) = words.split_last()?;
    let titled = !titles.is_empty()
        && titles.iter().all(|w| {
            let w = w.to_lowercase();
            PERSONAL_TITLES.contains(&w.as_str())
                || PERSONAL_TITLES.contains(&format!("{w}.").as_str())
        });
    if !titled {
        return None;
    }
    let last = last.to_lowercase();
    let mut hits = keys
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| *s == last)
        .map(|(k, _)| k);
    let first = hits.next()?;
    // Two people of that surname: the handle names neither.
    hits.all(|k| keys.get(k).map(|x| &x.0) == keys.get(first).map(|x| &x.0))
        .then_some(first)
}

/// The words of a camel-case handle: "SpeakerRyan" → ["Speaker", "Ryan"].
fn camel_words(raw: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut prev_lower = false;
    for (i, c) in raw.char_indices() {
        if c.is_uppercase() && prev_lower {
            out.push(raw.get(from..i).unwrap_or(""));
            from = i;
        }
        prev_lower = c.is_lowercase();
    }
    out.push(raw.get(from..).unwrap_or(""));
    out.retain(|w| !w.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::super::Known;
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn with_people(t: &str, names: &[&str]) -> Index {
        let sents = vec![tokenize(t, 0, t.len())];
        let mut idx = Index::default();
        for n in names {
            idx.people.push(Known {
                name: (*n).into(),
                role: None,
                country: None,
            });
        }
        add(t, &sents, &mut idx);
        idx
    }

    fn named(idx: &Index) -> Vec<&str> {
        idx.mentions
            .iter()
            .filter_map(|m| idx.people.get(m.2))
            .map(|k| k.name.as_str())
            .collect()
    }

    #[test]
    fn a_handle_holding_a_full_name_or_a_title_and_surname_is_that_person() {
        let idx = with_people(
            "I've invited \u{202a}@realDonaldTrump for a meeting, @SpeakerRyan wrote.",
            &["Paul Ryan", "Donald Trump"],
        );
        assert_eq!(named(&idx), vec!["Donald Trump", "Paul Ryan"]);
        // The mention starts at the direction mark glued to the handle.
        let at = "I've invited ".len();
        assert_eq!(idx.mentions.first().map(|m| m.0), Some(at));
        assert_eq!(camel_words("SpeakerRyan"), vec!["Speaker", "Ryan"]);
    }

    #[test]
    fn other_handles_and_plain_words_name_no_one() {
        // A handle of a surname alone, of someone else, or a word with no "@", is no mention.
        let idx = with_people(
            "Trump met @Ryan and @thehill reported it; realDonaldTrump fans cheered.",
            &["Paul Ryan", "Donald Trump"],
        );
        assert!(idx.mentions.is_empty());
        let idx = with_people("Follow @SpeakerRyan today.", &["Paul Ryan", "Jack Ryan"]);
        assert!(idx.mentions.is_empty());
    }

    #[test]
    fn a_name_suffix_is_no_part_of_the_handle_and_marks_glue_only_when_invisible() {
        let idx = with_people(
            "Thanks, \u{200f}@JosephKennedy, she wrote.",
            &["Joseph Kennedy Jr."],
        );
        assert_eq!(named(&idx), vec!["Joseph Kennedy Jr."]);
        assert_eq!(idx.mentions.first().map(|m| m.0), Some("Thanks, ".len()));
        assert!(is_mark('\u{2067}') && is_mark('\u{feff}'));
        assert!(!is_mark('x') && !is_mark('\u{2010}'));
    }
}
