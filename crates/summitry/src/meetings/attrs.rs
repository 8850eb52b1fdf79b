//! Attributes settled once a meeting's record is complete: the place its evidence gives when its
//! trigger sentence gave none, the city for a country ("in India" … "in New Delhi"), and the name
//! of the gathering "the summit" refers back to.

use super::attrcues::{
    DAY_NAMED_REACH, DURING_THEIR, EARLIER_MEETING_DAYS, EXISTENTIAL_AFTER_THERE, HELD_AT,
    HELD_TALK_NOUNS, TALK_DETERMINERS, THERE,
};
use super::cues::{
    BY_WIRE, HELD_TALKS, IN_PERSON, LEAD_IN, LENGTH_CUES, MAX_EVIDENCE, MAX_NAME_WORDS,
    MEASURED_TALKS, NAME_JOINERS, TRAVEL,
};
use super::gazetteer::{self, Place};
use super::merge::Rec;
use super::place::{self, GATHERINGS};
use super::tokens::Tok;
use crate::Span;
use rustc_hash::FxHashMap;

mod again;
mod days;
mod length;
mod nearby;
mod otherdate;
mod places;
mod rehome;

/// The sentence index of an evidence span (evidence spans are sentence spans).
fn sentence_of(sentences: &[Span], e: &Span) -> Option<usize> {
    sentences.binary_search_by_key(&e.start, |s| s.start).ok()
}

/// Whether one of `r`'s sentences tells its plan in the past tense ("was expected to").
fn told_as_past_plan(r: &Rec, sentences: &[Span], sents: &[Vec<Tok>]) -> bool {
    r.evidence
        .iter()
        .filter_map(|e| sentence_of(sentences, e).and_then(|i| sents.get(i)))
        .any(|toks| {
            (0..toks.len()).any(|k| {
                super::cues::PAST_PLANS
                    .iter()
                    .any(|p| super::phrase_at(toks, k, p))
            })
        })
}

/// A named gathering told in the text: the sentence, its head word ("summit") and its name.
struct Named {
    si: usize,
    head: String,
    name: String,
    /// The place told right after the name ("a … summit in Kazakhstan").
    place: Option<String>,
}

/// Named gatherings of the text, in order: capitalised words (or a number) right before a
/// gathering head ("a Shanghai Cooperation Organisation summit", "a Group of 20 meeting").
fn named_gatherings(text: &str, sents: &[Vec<Tok>]) -> Vec<Named> {
    let mut out = Vec::new();
    for (si, toks) in sents.iter().enumerate() {
        for (i, t) in toks.iter().enumerate() {
            if !GATHERINGS.contains(&t.lower.as_str()) || i == 0 {
                continue;
            }
            let mut s = i;
            while s > 0 && i - s < MAX_NAME_WORDS {
                let Some(p) = toks.get(s - 1) else { break };
                let joiner = NAME_JOINERS.contains(&p.lower.as_str())
                    && toks.get(s.wrapping_sub(2)).is_some_and(|q| q.cap);
                let number = p.lower.chars().all(|c| c.is_ascii_digit()) && p.word;
                if (p.cap && p.word && !super::dates::is_calendar_word(&p.lower))
                    || joiner
                    || number
                {
                    s -= 1;
                } else {
                    break;
                }
            }
            // The first word must be a capitalised one that is not the sentence's "The".
            while s < i && toks.get(s).is_some_and(|f| !f.cap || f.lower == "the") {
                s += 1;
            }
            if s == i {
                continue;
            }
            if let (Some(f), Some(l)) = (toks.get(s), toks.get(i)) {
                if let Some(name) = text.get(f.start..l.end) {
                    let place =
                        place::location(text, toks, i + 1, i + 1, (i + 2).min(toks.len()), false)
                            .map(|x| x.1);
                    out.push(Named {
                        si,
                        head: t.lower.to_string(),
                        name: place::forum_name(name),
                        place,
                    });
                }
            }
        }
    }
    out
}

/// Whether an occasion names nothing: "summit", "the meeting".
fn generic(occasion: &str) -> bool {
    !occasion.split_whitespace().any(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// What names a party in a sentence: the first or last word of its name (lower case: "Xi" of
/// "Xi Jinping", "Biden" of "Joe Biden"), else its country.
enum PartyMark {
    Surname(String, Option<String>),
    Country(String),
    Nothing,
}

impl PartyMark {
    /// The mark of a party, worked out once per record (not once per sentence looked at).
    fn of(p: &crate::Participant) -> Self {
        Self::with_first(p, false)
    }

    /// The mark of a party that its first name word also gives ("Xi" of "Xi Jinping"): for a
    /// sentence near the meeting, where the party is already in view.
    fn of_either(p: &crate::Participant) -> Self {
        Self::with_first(p, true)
    }

    fn with_first(p: &crate::Participant, either: bool) -> Self {
        if let Some(name) = &p.name {
            let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
            let first = either
                .then(|| name.split_whitespace().next().unwrap_or("").to_lowercase())
                .filter(|f| f.chars().count() >= 2 && *f != last);
            return if last.is_empty() {
                Self::Nothing
            } else {
                Self::Surname(last, first)
            };
        }
        p.country.clone().map_or(Self::Nothing, Self::Country)
    }
}

/// Whether the sentence names the party: the last word of its name, or its country.
fn names_party(toks: &[Tok], m: &PartyMark) -> bool {
    match m {
        PartyMark::Surname(last, first) => toks
            .iter()
            .any(|t| t.cap && (t.lower == *last || first.as_ref().is_some_and(|f| t.lower == *f))),
        PartyMark::Country(country) => toks.iter().any(|t| {
            t.cap && gazetteer::lookup(&t.lower).is_some_and(|pl| pl.country() == country)
        }),
        PartyMark::Nothing => false,
    }
}

/// Whether the sentence names the talks themselves ("the summit", "their talks").
pub(super) fn names_the_talks(toks: &[Tok]) -> bool {
    toks.windows(2).any(|w| {
        matches!(w, [d, n] if TALK_DETERMINERS.contains(&d.lower.as_str())
            && HELD_TALK_NOUNS.contains(&n.lower.as_str()))
    })
}

/// Whether the sentence says "during their summit" (or talks, meeting …) anywhere.
fn during_their(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| {
        toks.get(i).is_some_and(|t| t.lower == "during")
            && DURING_THEIR.iter().any(|p| {
                p.iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
            })
    })
}

/// Settles location, occasion and topics of every record from its whole evidence.
pub(crate) fn refine(
    recs: &mut [Rec],
    text: &str,
    sentences: &[Span],
    sents: &[Vec<Tok>],
    reference: Option<chrono::NaiveDate>,
) {
    rehome::rehome(recs, text, sentences, sents);
    otherdate::drop_other_times(recs, text, sentences, sents, reference);
    // "a summit in November" with nothing to anchor it, where the text also says "November
    // 2023": that year's November.
    for r in recs.iter_mut() {
        if let Some(d) = r.date.as_mut().filter(|d| d.value.is_none()) {
            if let Some(m) = super::dates::bare_month(&d.text) {
                if let Some(y) = super::dates::year_of_month(sents, m) {
                    d.value = Some(format!("{y:04}-{m:02}"));
                }
            }
        }
    }
    // "Mitsotakis was expected to sit down with Sunak … on Monday" … "No10 cancelled the
    // meeting", told on Tuesday: the day of a plan told in the past tense and called off is
    // the nearest such day, not the next one its planning gave. ("Sunak is due to meet … on
    // Saturday", then cancelled, keeps the coming Saturday.)
    for r in recs.iter_mut().filter(|r| {
        r.status == crate::MeetingStatus::Cancelled && told_as_past_plan(r, sentences, sents)
    }) {
        if let Some(d) = r.date.as_mut() {
            if let Some(v) = super::dates::nearest_weekday(&d.text, reference) {
                d.value = Some(v);
            }
        }
    }
    // "Kim invited Putin to visit his country during their summit": what the sentence tells
    // before the summit happened at it, though a trigger stood between.
    for r in recs
        .iter_mut()
        .filter(|r| r.status == crate::MeetingStatus::Held)
    {
        let during: Vec<usize> = r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter_map(|e| sentence_of(sentences, e))
            .filter(|&si| sents.get(si).is_some_and(|t| during_their(t)))
            .collect();
        for si in during {
            let Some(toks) = sents.get(si) else { continue };
            let (topics, outcomes) = super::details::find(text, toks, 0, toks.len());
            let last = r.last;
            super::merge::extend(r, topics, outcomes, Vec::new(), last);
        }
    }
    // "coverage of Thursday's meeting … Following his meeting with Ryan, Trump met …": a held
    // meeting with no date takes the day a possessive names a meeting by, just before or among
    // its sentences.
    for r in recs
        .iter_mut()
        .filter(|r| r.date.is_none() && r.status == crate::MeetingStatus::Held)
    {
        let idx = r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter_map(|e| sentence_of(sentences, e));
        let Some((lo, hi)) = idx.fold(None, |acc: Option<(usize, usize)>, s| {
            Some(acc.map_or((s, s), |(a, b)| (a.min(s), b.max(s))))
        }) else {
            continue;
        };
        r.date = (lo.saturating_sub(DAY_NAMED_REACH)..=hi)
            .filter_map(|si| sents.get(si))
            .find_map(|toks| days::day_naming_meeting(text, toks, reference));
    }
    length::lengths_told_apart(recs, text, sentences, sents);
    nearby::topics_nearby(recs, text, sentences, sents);
    nearby::occasion_told_before(recs, text, sentences, sents);
    again::again_to_held(recs);
    // Gatherings by head word, each list in text order (built on the first generic occasion).
    let mut named: Option<FxHashMap<String, Vec<Named>>> = None;
    let dateline = super::fallback::dateline(text, sents);
    // The day of each record told in each sentence: a lead-in sentence with a meeting of
    // another day gives that meeting's place, not this one's.
    let days: Vec<(usize, String)> = recs
        .iter()
        .filter_map(|r| Some((r, day_of(r)?)))
        .flat_map(|(r, v)| {
            r.evidence
                .iter()
                .filter_map(|e| sentence_of(sentences, e))
                .map(move |si| (si, v.to_string()))
        })
        .collect();
    for r in recs.iter_mut() {
        let idx: Vec<usize> = r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter(|e| !r.quiet.contains(e))
            .filter_map(|e| sentence_of(sentences, e))
            .collect();
        // The dateline city filled in for want of a better place yields to one told for a party
        // just before the meeting ("TALLAHASSEE — … In Orlando, Clinton made a stop …").
        let from_dateline = r.location.is_some() && r.location == dateline;
        settle_location(r, text, sents, &idx, from_dateline, reference, &days);
        settle_call_and_length(r, text, sents, &idx);
        let Some(occ) = r.occasion.as_deref().filter(|o| generic(o)) else {
            continue;
        };
        let head = occ.split_whitespace().last().unwrap_or("").to_lowercase();
        let first = idx.iter().copied().min().unwrap_or(0);
        let named = named.get_or_insert_with(|| {
            let mut by_head: FxHashMap<String, Vec<Named>> = FxHashMap::default();
            for n in named_gatherings(text, sents) {
                by_head.entry(n.head.clone()).or_default().push(n);
            }
            by_head
        });
        // The latest one told before (or in) the meeting's first sentence.
        let list = named.get(&head).map_or(&[][..], Vec::as_slice);
        let upto = list.partition_point(|n| n.si <= first);
        if let Some(n) = upto.checked_sub(1).and_then(|k| list.get(k)) {
            r.occasion = Some(n.name.clone());
            // "… a summit in Kazakhstan. … met on the sidelines of the summit": its place.
            if r.location.is_none() {
                r.location.clone_from(&n.place);
            }
        }
    }
}

/// A bilateral record whose first sentence tells of a call is a call; a record with no length
/// takes the one its evidence gives ("a call lasting almost two hours").
fn settle_call_and_length(r: &mut Rec, text: &str, sents: &[Vec<Tok>], idx: &[usize]) {
    let first = idx.iter().copied().min();
    if r.kind == crate::MeetingKind::Bilateral {
        if let Some(toks) = first.and_then(|f| sents.get(f)) {
            let at = |i: usize, p: &[&str]| {
                p.iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
            };
            let wire = (0..toks.len()).any(|i| BY_WIRE.iter().any(|p| at(i, p)));
            if wire && !toks.iter().any(|t| IN_PERSON.contains(&t.lower.as_str())) {
                r.kind = crate::MeetingKind::Call;
            }
        }
    }
    // "Trump greeted Putin on the tarmac ahead of their summit", "Xi hosted Macron … The two
    // held talks": a host greeting a guest for talks is a bilateral meeting; a trip is a visit.
    if r.kind == crate::MeetingKind::Visit && r.status == crate::MeetingStatus::Held {
        // "… hosted al-Assad ahead of the Arab League summit": a named gathering's summit is
        // an occasion after the visit, not the pair's talks.
        let has = |si: usize, words: &[&str]| {
            sents.get(si).is_some_and(|ts| {
                ts.iter().enumerate().any(|(k, t)| {
                    words.contains(&t.lower.as_str())
                        && !(t.lower == "summit"
                            && k.checked_sub(1)
                                .and_then(|p| ts.get(p))
                                .is_some_and(|p| p.cap && p.word && !p.lower.contains('-')))
                })
            })
        };
        let travel = first.is_some_and(|f| has(f, TRAVEL));
        if !travel && idx.iter().any(|&si| has(si, HELD_TALKS)) {
            r.kind = crate::MeetingKind::Bilateral;
        }
    }
    if r.duration.is_some() {
        return;
    }
    for &si in idx {
        let Some(toks) = sents.get(si) else { continue };
        if let Some((a, b, d)) = super::duration::find_span(text, toks, 0, toks.len()) {
            let before = |k: usize| toks.get(a.wrapping_sub(k)).map_or("", |t| t.lower.as_str());
            // "hold 10-minute chat": a length right before a talk noun measures the talk.
            let measures = toks
                .get(b)
                .is_some_and(|t| MEASURED_TALKS.contains(&t.lower.as_str()));
            if LENGTH_CUES.contains(&before(1)) || LENGTH_CUES.contains(&before(2)) || measures {
                r.duration = Some(d);
                return;
            }
        }
    }
}

/// The place told after "was held" (or "took place") in one of the sentences.
fn held_at(text: &str, sents: &[Vec<Tok>], idx: &[usize]) -> Option<String> {
    for toks in idx.iter().filter_map(|&si| sents.get(si)) {
        // The subject is the meeting itself ("The meeting was held"), not other talks.
        let Some(at) = (1..toks.len()).find(|&i| {
            toks.get(i - 1)
                .is_some_and(|t| HELD_TALK_NOUNS.contains(&t.lower.as_str()))
                && HELD_AT.iter().any(|p| {
                    p.iter()
                        .enumerate()
                        .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
                })
        }) else {
            continue;
        };
        let mut found = None;
        place::each_location(text, toks, at, toks.len(), false, |_, name, _| {
            found.get_or_insert(name);
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Whether the record is dated apart from the news around it: its date names an earlier year
/// ("in 2016", "the 2017 meeting", "in July 2008") or lies months before the reference; with no
/// reference, a bare year. "on Saturday" told on 2 January is last week's meeting.
pub(crate) fn of_earlier_year(r: &Rec, reference: Option<chrono::NaiveDate>) -> bool {
    use chrono::{Datelike, NaiveDate};
    let Some(d) = r.date.as_ref() else {
        return false;
    };
    let Some(v) = d.value.as_deref() else {
        return false;
    };
    let year = v.get(..4).and_then(|y| y.parse::<i32>().ok());
    let (Some(y), Some(rf)) = (year, reference) else {
        return year.is_some() && reference.is_none() && v.len() == 4;
    };
    let named = d
        .text
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && n.parse::<i32>().is_ok_and(|n| n < rf.year()));
    if v.len() == 4 || named {
        return y < rf.year();
    }
    // The last day the value may stand for: a month counts from its end.
    let day = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok().or_else(|| {
        let m = v.get(5..7)?.parse::<u32>().ok()?;
        let next = if m == 12 {
            NaiveDate::from_ymd_opt(y + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(y, m + 1, 1)
        };
        next?.pred_opt()
    });
    day.is_some_and(|day| (rf - day).num_days() > EARLIER_MEETING_DAYS)
}

/// The record's resolved date, else its date as written.
fn day_of(r: &Rec) -> Option<&str> {
    r.date
        .as_ref()
        .map(|d| d.value.as_deref().unwrap_or(d.text.as_str()))
}

/// Whether the sentence points back to a place told before with "there" ("Biden met Xi Jinping
/// there"), not the existential "there was".
pub(crate) fn says_there(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        t.lower == THERE
            && !toks.get(i + 1).is_some_and(|n| {
                crate::wordclass::in_any(
                    &[
                        crate::wordclass::BE_HAVE_FINITE,
                        crate::wordclass::MODALS,
                        EXISTENTIAL_AFTER_THERE,
                    ],
                    &n.lower,
                )
            })
    })
}

/// A city of the record's country, or any place, from its evidence sentences.
fn settle_location(
    r: &mut Rec,
    text: &str,
    sents: &[Vec<Tok>],
    idx: &[usize],
    weak: bool,
    reference: Option<chrono::NaiveDate>,
    days: &[(usize, String)],
) {
    // "The meeting was held at the Mulia Resort in Nusa Dua": the place the text gives the
    // meeting itself.
    if let Some(p) = held_at(text, sents, idx) {
        r.location = Some(p);
        return;
    }
    let country = match r.location.as_deref().map(gazetteer::lookup) {
        _ if weak => None,
        Some(Some(Place::Country(c))) => Some(c),
        Some(_) => return,
        None => None,
    };
    let mut found: Option<String> = None;
    for &si in idx {
        let Some(toks) = sents.get(si) else { continue };
        // "Macron's trip to Canton in southern China": a trip names the city of that country;
        // "when Netanyahu came to Washington": a visit names the place it goes to.
        let trip = country.is_some() || r.kind == crate::MeetingKind::Visit;
        place::each_location(text, toks, 0, toks.len(), trip, |_, name, city| {
            if found.is_some() {
                return;
            }
            match country {
                // "in India" … "in New Delhi": the city of that country.
                Some(c) => {
                    if city && gazetteer::lookup(&name).is_some_and(|p| p.country() == c) {
                        found = Some(name);
                    }
                }
                None => found = Some(name),
            }
        });
        if found.is_some() {
            break;
        }
    }
    // "Kelly was seen entering Trump Tower in New York City. … Kelly met with Trump": the
    // place a sentence just before gives one of the parties. ("Xi met Albanese in Bali. … Xi
    // last met an Australian leader in 2016": a meeting of an earlier year was elsewhere.)
    let there = idx
        .iter()
        .any(|&si| sents.get(si).is_some_and(|t| says_there(t)));
    if found.is_none() && country.is_none() && (there || !of_earlier_year(r, reference)) {
        let first = idx.iter().copied().min().unwrap_or(0);
        let marks: Vec<PartyMark> = r
            .parties
            .iter()
            .filter(|p| p.name.is_some())
            .map(PartyMark::of)
            .collect();
        for si in (first.saturating_sub(LEAD_IN)..first).rev() {
            let Some(toks) = sents.get(si) else { continue };
            // "Biden met Xi in Bali in November 2022. Biden met Xi again on Wednesday".
            let own = day_of(r);
            if own.is_some_and(|v| days.iter().any(|(s, d)| *s == si && d != v)) {
                continue;
            }
            // "He was scheduled to … head to New York … Following a breakfast with Sharpton,
            // Sanders is scheduled to …": the sentence right before may name the party by pronoun.
            let pronoun = si + 1 == first && nearby::pronoun_opens(toks);
            if !pronoun && !marks.iter().any(|m| names_party(toks, m)) {
                continue;
            }
            // "Biden spoke in Ohio. On Monday the president met …": a place of the sentence's
            // own event is not the scene of the meeting told after it.
            place::each_location(text, toks, 0, toks.len(), true, |at, name, _| {
                if found.is_none() && !place::own_event_place(toks, at) {
                    found = Some(name);
                }
            });
            if found.is_some() {
                break;
            }
        }
    }
    // "the Sydney Quad meeting will not go ahead": the city that names the gathering.
    if found.is_none() && r.location.is_none() {
        found = idx
            .iter()
            .filter_map(|&si| sents.get(si))
            .find_map(|toks| places::city_naming_gathering(text, toks));
    }
    if let Some(f) = found {
        r.location = Some(f);
    }
}

#[cfg(test)]
mod tests;
