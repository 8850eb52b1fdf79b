//! Where a meeting took place, and the gathering it was held on the sidelines of.

use super::attrcues::{
    DURING_TRIP_REACH, DURING_WORDS, GOING_FROM_REACH, GOING_TO, GO_VERBS, LANDMARK_VERBS,
    MEET_PURPOSES, MEET_PURPOSE_REACH, OCCASION_MEALS, PLACE_KINDS, TRIP_NOUNS, WELCOME_WORDS,
};
use super::cues::{INVITE_REACH, INVITE_WORDS, TRAVEL, TRIP_REACH};
use super::gazetteer::{self, Place};
use super::tokens::Tok;

mod scene;
mod unknown;

pub(crate) use scene::own_event_place;

/// Landmarks that stand for their city ("at the White House" → Washington).
pub(crate) const LANDMARKS: &[(&str, &str)] = &[
    ("white house", "Washington"),
    ("oval office", "Washington"),
    ("capitol", "Washington"),
    ("capitol hill", "Washington"),
    ("hill", "Washington"),
    ("pentagon", "Washington"),
    ("state department", "Washington"),
    ("kremlin", "Moscow"),
    ("élysée palace", "Paris"),
    ("elysee palace", "Paris"),
    ("downing street", "London"),
    ("great hall of the people", "Beijing"),
    ("zhongnanhai", "Beijing"),
];

/// Words that head a gathering ("the APEC summit", "a Group of 20 meeting").
#[rustfmt::skip]
pub(crate) const GATHERINGS: &[&str] = &[
    "summit", "forum", "conference", "meeting", "meetings", "session", "assembly", "games",
    "gathering", "congress", "convention", "talks", "ministerial",
];

/// Words that end an occasion phrase.
const OCCASION_STOPS: &[&str] = &[
    ",", ".", ";", ":", "in", "on", "where", "which", "who", "when", "to", "and", "with", "this",
    "next", "last", "later", "—", "(", "that", "from", "after", "before",
];

fn lw(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

/// A location after "in" (city else country), or a landmark after "at"/"in", nearest to token `at`.
pub(crate) fn location(
    text: &str,
    toks: &[Tok],
    at: usize,
    lo: usize,
    hi: usize,
    visit: bool,
) -> Option<(usize, String)> {
    let mut best: Option<(usize, usize, String)> = None;
    // A meeting told inside a quotation ("“Ryan has invited Trump to meet … in Washington”")
    // has its place there too.
    let told_in_quote = opened_before(toks, at);
    each_places(
        text,
        toks,
        lo,
        hi,
        visit,
        Some(at),
        !told_in_quote,
        |i, name, _| {
            let d = i.abs_diff(at);
            if best.as_ref().is_none_or(|b| d < b.0) {
                best = Some((d, i, name));
            }
        },
    );
    // A country far from the trigger is more often the subject matter ("the war in Ukraine").
    best.map(|b| (b.1, b.2))
        // "Modi met Albanese in Goa": a place the gazetteer lacks, right after the meeting.
        .or_else(|| {
            (!told_in_quote)
                .then(|| unknown::unknown_place(text, toks, at, hi))
                .flatten()
        })
}

/// Every place of meeting in tokens `[lo, hi)`: its token, name, and whether it is a city or a
/// landmark (not a country).
pub(crate) fn each_location(
    text: &str,
    toks: &[Tok],
    lo: usize,
    hi: usize,
    visit: bool,
    consider: impl FnMut(usize, String, bool),
) {
    each_places(text, toks, lo, hi, visit, None, true, consider);
}

/// Whether a quotation opened in this sentence is still open at token `at`.
fn opened_before(toks: &[Tok], at: usize) -> bool {
    let mut open = false;
    for t in toks.get(..=at).unwrap_or(toks) {
        match t.lower.as_str() {
            "“" => open = true,
            "”" => open = false,
            _ => {}
        }
    }
    open
}

/// [`each_location`], with places inside quotations passed over or not; `at` is the meeting's
/// own trigger when one is known.
#[allow(clippy::too_many_arguments)]
fn each_places(
    text: &str,
    toks: &[Tok],
    lo: usize,
    hi: usize,
    visit: bool,
    at: Option<usize>,
    skip_quoted: bool,
    mut consider: impl FnMut(usize, String, bool),
) {
    // A sentence whose first mark closes a quotation opened in an earlier one starts inside it.
    let mut quote = Quotes {
        open: toks
            .iter()
            .find(|t| matches!(t.lower.as_str(), "“" | "”"))
            .is_some_and(|t| t.lower == "”"),
    };
    for t in toks.get(..lo).unwrap_or(&[]) {
        quote.step(&t.lower);
    }
    for i in lo..hi {
        let p = lw(toks, i);
        // "with a pointed suggestion: “Next time in Moscow.”": a place said, not the place met;
        // "“invited Putin to visit the DPRK”" still names where the visit goes.
        if quote.step(p) && skip_quoted && !p.starts_with("visit") {
            continue;
        }
        // "the Iraqi capital, Baghdad, will witness an upcoming meeting": a city hosting it.
        if HOST_VERBS.contains(&p) {
            if let Some((k, name)) = host_city(toks, i) {
                consider(k, name, true);
            }
            continue;
        }
        let leaving = LANDMARK_VERBS.contains(&p);
        if !leaving
            && !matches!(
                p,
                "in" | "at" | "to" | "on" | "visited" | "visiting" | "visit"
            )
        {
            continue;
        }
        if p == "in" && SUBJECT_NOUNS.contains(&lw(toks, i.wrapping_sub(1))) {
            continue;
        }
        let mut j = i + 1;
        // "speaks at a Vatican conference": "at a" before a place's name.
        if lw(toks, j) == "the" || (p == "at" && lw(toks, j) == "a") {
            j += 1;
        }
        // "to the city of Guangzhou": the name after the kind of place.
        if PLACE_KINDS.contains(&lw(toks, j)) && lw(toks, j + 1) == "of" {
            j += 2;
        }
        let mut hit = None;
        let mut landmark = false;
        let mut end = j + 1;
        for len in (1..=gazetteer::MAX_WORDS).rev() {
            let (Some(f), Some(l)) = (toks.get(j), toks.get(j + len - 1)) else {
                continue;
            };
            if !f.cap {
                continue;
            }
            let phrase = text.get(f.start..l.end).unwrap_or("");
            if p != "on" {
                if let Some(pl) = gazetteer::lookup(phrase) {
                    // "in Chinese" or "in Japan's waters" is not a place of meeting.
                    // "in the Russian capital" is Moscow.
                    if let (Place::Demonym(c), "capital") = (pl, lw(toks, j + len)) {
                        hit = gazetteer::capital_of(c).map(|c| (c.to_string(), true));
                        break;
                    }
                    if matches!(pl, Place::Demonym(_)) || lw(toks, j + len) == "'s" {
                        break;
                    }
                    end = j + len;
                    hit = match pl {
                        Place::City(c, _) => Some((c.to_string(), true)),
                        Place::Country(c) => Some((c.to_string(), false)),
                        Place::Demonym(_) => break,
                    };
                    break;
                }
            }
            let key = gazetteer::key(phrase);
            if let Some(l) = LANDMARKS.iter().find(|l| l.0 == key) {
                hit = Some((l.1.to_string(), true));
                landmark = true;
                break;
            }
        }
        if hit.is_none() && matches!(p, "in" | "at") {
            hit = finer_place(text, toks, j).map(|n| (n, true));
        }
        // "departed the White House": a landmark only.
        if leaving && !landmark {
            continue;
        }
        if let Some((name, city)) = hit {
            // "moved on Sunday to China, where Kerry met …": the place the clause is about.
            let where_clause = toks.get(i + 2..i + 6).is_some_and(|w| {
                w.windows(2)
                    .any(|x| matches!(x, [a, b] if a.lower == "," && b.lower == "where"))
            });
            // "sent Eggleston to Capitol Hill for a meeting": a landmark one goes to is the place.
            // "may invite Assad to Turkiye": the place the guest is asked to.
            let invited = (i.saturating_sub(INVITE_REACH)..i)
                .rev()
                .take_while(|&k| !CLAUSE_MARKS.contains(&lw(toks, k)))
                .any(|k| {
                    INVITE_WORDS.contains(&lw(toks, k)) || WELCOME_WORDS.contains(&lw(toks, k))
                });
            // "sit down with the UK Prime Minister during a visit to London": the place of the
            // trip the meeting falls in.
            let during_trip = TRIP_NOUNS.contains(&lw(toks, i.wrapping_sub(1)))
                && (2..=DURING_TRIP_REACH + 2)
                    .any(|k| DURING_WORDS.contains(&lw(toks, i.wrapping_sub(k))));
            // "will travel to Beijing next week to meet Wang Yi": where one goes to meet.
            // "goes to Paris to meet Macron": the plain verb of going counts only when its
            // purpose is the meeting's own trigger ("goes to Louisiana to meet the victims, now
            // he meets with …" is another meeting's place).
            let goes_to_meet = (going_before(toks, i) && meets_after(toks, end, None))
                || (GO_VERBS.contains(&lw(toks, i.wrapping_sub(1)))
                    && at.is_some_and(|a| meets_after(toks, end, Some(a))));
            if p == "to"
                && !during_trip
                && !goes_to_meet
                && !where_clause
                && !landmark
                && !invited
                && (!visit || !GOING_TO.contains(&lw(toks, i.wrapping_sub(1))))
            {
                continue;
            }
            consider(i, name, city);
        }
    }
}

/// Whether a word of going stands before the "to" at `i`, right before it or before a "from"
/// and the capitalised place left ("flew from Kyiv to Washington").
fn going_before(toks: &[Tok], i: usize) -> bool {
    if GOING_TO.contains(&lw(toks, i.wrapping_sub(1))) {
        return true;
    }
    (2..=GOING_FROM_REACH + 1)
        .take_while(|&k| k <= i)
        .find(|&k| lw(toks, i - k) == "from")
        .is_some_and(|k| {
            GOING_TO.contains(&lw(toks, (i - k).wrapping_sub(1)))
                && (i - k + 1..i).all(|x| toks.get(x).is_some_and(|t| t.cap))
        })
}

/// Whether a purpose of meeting follows token `from` in the same clause ("… next week to meet
/// Wang Yi", "… for talks"); with `own`, only a purpose holding that token (the trigger).
fn meets_after(toks: &[Tok], from: usize, own: Option<usize>) -> bool {
    (from..from + MEET_PURPOSE_REACH)
        .take_while(|&k| !CLAUSE_MARKS.contains(&lw(toks, k)))
        .any(|k| {
            MEET_PURPOSES.iter().any(|p| {
                p.iter().enumerate().all(|(n, w)| lw(toks, k + n) == *w)
                    && own.is_none_or(|a| (k..k + p.len()).contains(&a))
            })
        })
}

/// A place the gazetteer does not hold, told at token `j` (after "in"/"at" and "the"): a venue
/// named before its kind ("the Vostochny cosmodrome"; a city in its name stands for it: "Ronald
/// Reagan Washington National Airport"), or a town before its known region ("Nusa Dua, Bali").
fn finer_place(text: &str, toks: &[Tok], j: usize) -> Option<String> {
    let cap = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.cap && t.word && !super::dates::is_calendar_word(&t.lower))
    };
    let mut e = j;
    while cap(e) && e - j < VENUE_NAME_WORDS {
        e += 1;
    }
    if e == j {
        return None;
    }
    let first = toks.get(j)?;
    if matches!(gazetteer::lookup(&first.lower), Some(Place::Demonym(_))) {
        return None;
    }
    // The run ends on a venue kind, or a venue kind follows it in lower case.
    let venue_end = if VENUES.contains(&lw(toks, e - 1)) && e - j >= 2 {
        Some(e)
    } else if VENUES.contains(&lw(toks, e)) {
        Some(e + 1)
    } else {
        None
    };
    if let Some(ve) = venue_end {
        for k in j..ve {
            if let Some(Place::City(c, _)) = toks.get(k).and_then(|t| gazetteer::lookup(&t.lower)) {
                return Some(c.to_string());
            }
        }
        let last = toks.get(ve - 1)?;
        return text.get(first.start..last.end).map(str::to_string);
    }
    // "in Nusa Dua, Bali, Indonesia": an unknown capitalised name before a known place.
    let known_after = lw(toks, e) == ","
        && toks.get(e + 1).is_some_and(|t| t.cap)
        && (1..=gazetteer::MAX_WORDS).any(|len| {
            let (Some(f), Some(l)) = (toks.get(e + 1), toks.get(e + len)) else {
                return false;
            };
            matches!(
                text.get(f.start..l.end).and_then(gazetteer::lookup),
                Some(Place::City(..) | Place::Country(_))
            )
        });
    let unknown = (j + 1..=e).all(|k| {
        toks.get(j)
            .zip(toks.get(k - 1))
            .and_then(|(f, l)| text.get(f.start..l.end))
            .is_none_or(|s| gazetteer::lookup(s).is_none())
    });
    if known_after && unknown {
        let last = toks.get(e - 1)?;
        return text.get(first.start..last.end).map(str::to_string);
    }
    // "in Nusa Dua Bali": an unknown name run straight into a known place.
    let known_end = (j + 1..e).find(|&k| {
        toks.get(k)
            .zip(toks.get(e - 1))
            .and_then(|(f, l)| text.get(f.start..l.end))
            .and_then(gazetteer::lookup)
            .is_some_and(|p| matches!(p, Place::City(..) | Place::Country(_)))
    });
    if let Some(k) = known_end {
        let prefix_known = (j + 1..=k).any(|x| {
            toks.get(j)
                .zip(toks.get(x - 1))
                .and_then(|(f, l)| text.get(f.start..l.end))
                .is_some_and(|s| gazetteer::lookup(s).is_some())
        });
        let last = toks.get(k - 1)?;
        if !prefix_known {
            return text.get(first.start..last.end).map(str::to_string);
        }
    }
    None
}

/// The city right before a verb of hosting at `i` ("Geneva will host", "Baghdad, will witness"),
/// with its token.
fn host_city(toks: &[Tok], i: usize) -> Option<(usize, String)> {
    let k = (i.saturating_sub(HOST_REACH)..i).rev().find(|&k| {
        !matches!(
            lw(toks, k),
            "will" | "would" | "is" | "to" | "set" | "," | "also"
        )
    })?;
    let t = toks.get(k).filter(|t| t.cap)?;
    match gazetteer::lookup(&t.lower) {
        Some(Place::City(c, _)) => Some((k, c.to_string())),
        _ => None,
    }
}

/// Verbs whose subject city holds a meeting.
const HOST_VERBS: &[&str] = &["host", "hosts", "hosted", "witness", "witnessed"];

/// Words between a city and its verb of hosting ("Baghdad, will witness").
const HOST_REACH: usize = 4;

/// Kinds of venue a meeting is held at, named after the venue's own name.
#[rustfmt::skip]
const VENUES: &[&str] = &[
    "cosmodrome", "spaceport", "airport", "palace", "resort", "hotel", "estate", "ranch", "castle",
    "villa", "residence", "airbase", "embassy",
];

/// Most words of a venue's or town's name.
const VENUE_NAME_WORDS: usize = 5;

/// Marks that end the clause an invitation is looked for in.
const CLAUSE_MARKS: &[&str] = &[",", ".", ";", ":", "(", ")", "“", "”", "\"", "—", ""];

/// Whether the tokens read so far are inside a quotation (curly marks open and close; a straight
/// mark toggles).
#[derive(Default)]
struct Quotes {
    open: bool,
}

impl Quotes {
    /// Reads one token; true when it lies inside a quotation (the marks themselves included).
    fn step(&mut self, w: &str) -> bool {
        match w {
            "“" => self.open = true,
            "”" => {
                self.open = false;
                return true;
            }
            "\"" => {
                self.open = !self.open;
                return true;
            }
            _ => {}
        }
        self.open
    }
}

/// Nouns after which "in X" is the subject matter, not the meeting's place ("the war in Ukraine").
#[rustfmt::skip]
const SUBJECT_NOUNS: &[&str] = &[
    "war", "conflict", "fighting", "crisis", "situation", "peace", "invasion", "violence",
    "ceasefire", "cease-fire", "elections", "election", "troops", "forces", "operations",
    "investment", "investments", "interests", "presence", "role", "involvement", "attacks",
    "stability", "security", "tensions", "offensive", "embassy", "aggression", "born",
];

/// A forum's name in its common unhyphenated form: "G-20 summit" → "G20 summit" (the letter
/// and number of a group of nations are written both ways).
pub(crate) fn forum_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut prev: Option<char> = None;
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        let group_letter = prev.is_some_and(|p| p.is_ascii_uppercase())
            && out
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|b| !b.is_alphanumeric());
        if c == '-' && group_letter && chars.peek().is_some_and(char::is_ascii_digit) {
            prev = Some(c);
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// The gathering a meeting took place at: "on the sidelines of X", "during X", "at X".
#[cfg(test)]
pub(crate) fn occasion(text: &str, toks: &[Tok], lo: usize, hi: usize) -> Option<String> {
    occasion_ranked(text, toks, lo, hi).map(|x| x.0)
}

/// The occasion, and whether "on the sidelines of" introduced it (the surest form).
pub(crate) fn occasion_ranked(
    text: &str,
    toks: &[Tok],
    lo: usize,
    hi: usize,
) -> Option<(String, bool)> {
    let mut i = lo;
    while i < hi {
        let side =
            matches!(lw(toks, i), "sidelines" | "margins" | "margin") && lw(toks, i + 1) == "of";
        // "his trip was in 2015 for the UN General Assembly": "for" a named gathering after a
        // word of travel ("to prepare for a Budapest summit" is no occasion).
        let trip_for = lw(toks, i) == "for"
            && (i.saturating_sub(TRIP_REACH)..i).any(|k| TRAVEL.contains(&lw(toks, k)));
        let during = trip_for || matches!(lw(toks, i), "during" | "at" | "attend" | "attending");
        if side || during {
            let mut j = i + if side { 2 } else { 1 };
            let start = j;
            let mut last_head = None;
            let mut k = j;
            // The phrase may run past the next trigger ("the summit" is one itself).
            while k < toks.len() && k < j + 12 {
                let w = lw(toks, k);
                if OCCASION_STOPS.contains(&w)
                    && !(w == "and" && toks.get(k + 1).is_some_and(|t| t.cap))
                {
                    break;
                }
                if GATHERINGS.contains(&w) || OCCASION_MEALS.contains(&w) {
                    last_head = Some(k);
                }
                k += 1;
            }
            // "at a remote Siberian launch facility for a summit": the gathering is what the
            // place was "for".
            let start = (start..last_head.unwrap_or(start))
                .rev()
                .find(|&x| lw(toks, x) == "for" && matches!(lw(toks, x + 1), "a" | "an" | "the"))
                .map_or(start, |x| x + 1);
            // "during the talks" / "at their meeting" are the meeting itself, not an occasion.
            let named = (start..last_head.map_or(k, |h| h + 1)).any(|x| {
                toks.get(x)
                    .is_some_and(|t| t.cap && t.word && !super::dates::is_calendar_word(&t.lower))
            }) && !matches!(lw(toks, start), "their" | "his" | "her" | "its");
            // "on the sidelines of the meeting failed to …": the name ends at its head word.
            let end = if side {
                Some(last_head.unwrap_or(k.saturating_sub(1)))
            } else {
                last_head
            };
            if let Some(e) = end.filter(|&e| e >= start && (side || named)) {
                let mut s = start;
                while matches!(lw(toks, s), "the" | "a" | "an" | "this" | "its" | "their") && s < e
                {
                    s += 1;
                }
                // "a Group of 20 meeting" keeps its article-less name.
                let (Some(f), Some(l)) = (toks.get(if side { start } else { s }), toks.get(e))
                else {
                    break;
                };
                let phrase = text.get(f.start..l.end).unwrap_or("").trim();
                let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
                if !phrase.is_empty() && !phrase.to_lowercase().contains("group's") {
                    return Some((forum_name(phrase), side));
                }
            }
            j = k.max(i + 1);
            i = j;
            continue;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests;
