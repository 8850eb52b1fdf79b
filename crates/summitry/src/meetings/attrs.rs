//! Attributes settled once a meeting's record is complete: the place its evidence gives when its
//! trigger sentence gave none, the city for a country ("in India" … "in New Delhi"), and the name
//! of the gathering "the summit" refers back to.

use super::attrcues::DAY_NAMED_REACH;
use super::cues::{
    BY_WIRE, HELD_TALKS, IN_PERSON, LEAD_IN, LENGTH_CUES, MAX_EVIDENCE, MAX_NAME_WORDS, MAX_WINDOW,
    MEASURED_TALKS, NAME_JOINERS, OPENING_DETERMINERS, OPENING_PREPS, OPENING_TALK_NOUNS,
    PAIR_PHRASES, TALKED, TOPIC_REACH, TRAVEL,
};
use super::gazetteer::{self, Place};
use super::merge::Rec;
use super::place::{self, GATHERINGS};
use super::tokens::Tok;
use crate::Span;
use rustc_hash::FxHashMap;

mod days;
mod places;
mod rehome;

/// The sentence index of an evidence span (evidence spans are sentence spans).
fn sentence_of(sentences: &[Span], e: &Span) -> Option<usize> {
    sentences.binary_search_by_key(&e.start, |s| s.start).ok()
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

/// What names a party in a sentence: the last word of its name (lower case), else its country.
enum PartyMark {
    Surname(String),
    Country(String),
    Nothing,
}

impl PartyMark {
    /// The mark of a party, worked out once per record (not once per sentence looked at).
    fn of(p: &crate::Participant) -> Self {
        if let Some(name) = &p.name {
            let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
            return if last.is_empty() {
                Self::Nothing
            } else {
                Self::Surname(last)
            };
        }
        p.country.clone().map_or(Self::Nothing, Self::Country)
    }
}

/// Whether the sentence names the party: the last word of its name, or its country.
fn names_party(toks: &[Tok], m: &PartyMark) -> bool {
    match m {
        PartyMark::Surname(last) => toks.iter().any(|t| t.cap && t.lower == *last),
        PartyMark::Country(country) => toks.iter().any(|t| {
            t.cap && gazetteer::lookup(&t.lower).is_some_and(|pl| pl.country() == country)
        }),
        PartyMark::Nothing => false,
    }
}

/// "In their discussion, …", "During the talks, …": a sentence that opens on the meeting itself.
fn about_the_talks(toks: &[Tok]) -> bool {
    let lw = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    OPENING_PREPS.contains(&lw(0))
        && OPENING_DETERMINERS.contains(&lw(1))
        && OPENING_TALK_NOUNS.contains(&lw(2))
}

/// Whether the sentence speaks of the pair together ("the two leaders", "both men").
fn has_pair_phrase(toks: &[Tok]) -> bool {
    (0..toks.len()).any(|i| {
        PAIR_PHRASES.iter().any(|p| {
            p.iter()
                .enumerate()
                .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w))
        })
    })
}

/// "Mitsotakis said he had hoped to discuss them with Sunak, along with …": a sentence near a
/// meeting that names its parties and a topic cue, and that no other meeting claims, tells what
/// the meeting was (to be) about.
fn topics_nearby(recs: &mut [Rec], text: &str, sentences: &[Span], sents: &[Vec<Tok>]) {
    let mut owners: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    let ev: Vec<Vec<usize>> = recs
        .iter()
        .map(|r| {
            r.evidence
                .iter()
                .take(MAX_EVIDENCE)
                .filter_map(|e| sentence_of(sentences, e))
                .collect()
        })
        .collect();
    for (ri, idx) in ev.iter().enumerate() {
        for &si in idx {
            owners.insert(si, ri);
        }
    }
    let mut cue: Vec<Option<bool>> = vec![None; sents.len()];
    for (ri, r) in recs.iter_mut().enumerate() {
        let Some(idx) = ev.get(ri) else { continue };
        let (Some(&lo), Some(&hi)) = (idx.iter().min(), idx.iter().max()) else {
            continue;
        };
        // Both parties (two of a multilateral's) must be named.
        const NEED: usize = 2;
        if r.parties.len() < NEED {
            continue;
        }
        let marks: Vec<PartyMark> = r.parties.iter().map(PartyMark::of).collect();
        let hi = (hi + TOPIC_REACH)
            .min(lo + MAX_WINDOW)
            .min(sents.len().saturating_sub(1));
        // "Trump shelved plans for a summit with Putin on the Ukraine war. Trump's reversal came
        // days after he announced he would meet Putin": the sentence just before may say what
        // the meeting was about when it names both parties.
        if let Some(toks) = lo
            .checked_sub(1)
            .filter(|b| !owners.contains_key(b))
            .and_then(|b| sents.get(b))
        {
            if marks.iter().filter(|m| names_party(toks, m)).count() >= NEED {
                let (topics, _) = super::details::find(text, toks, 0, toks.len());
                let last = r.last;
                super::merge::extend(r, topics, Vec::new(), Vec::new(), last);
            }
        }
        for si in lo..=hi {
            if owners.contains_key(&si) {
                continue;
            }
            let Some(toks) = sents.get(si) else { continue };
            let named = marks.iter().filter(|m| names_party(toks, m)).count();
            let both = named >= NEED;
            // "Putin said the two leaders had reached an understanding", "… by phone with
            // Clinton. He congratulated Clinton on her victory": one party named, and the pair
            // or the sentence right after the meeting's.
            // "… sat face to face with Ryan. And soon after, both men issued a statement": the
            // pair told right after the meeting's sentence.
            let pair = has_pair_phrase(toks);
            let next = si > 0 && idx.contains(&(si - 1));
            let one_more = (named >= 1 && (pair || next)) || (pair && next);
            if !both && !one_more && !about_the_talks(toks) {
                continue;
            }
            // "Blinken and Lavrov chatted for roughly 10 minutes on the sidelines of the G20
            // conference in New Delhi": a sentence telling of the pair talking tells where, at
            // what and how long, when the record does not say.
            if both && toks.iter().any(|t| TALKED.contains(&t.lower.as_str())) {
                fill_from(r, text, toks);
            }
            // A sentence lies in the window of several records: its cue test runs once.
            let Some(slot) = cue.get_mut(si) else {
                continue;
            };
            if !*slot.get_or_insert_with(|| super::details::has_cue(toks)) {
                continue;
            }
            let (topics, outcomes) = super::details::find(text, toks, 0, toks.len());
            let last = r.last;
            super::merge::extend(r, topics, outcomes, Vec::new(), last);
        }
    }
}

/// Fills a record's missing place, occasion and length from one sentence about it.
fn fill_from(r: &mut Rec, text: &str, toks: &[Tok]) {
    if r.location.is_none() {
        r.location = place::location(text, toks, 0, 0, toks.len(), false).map(|x| x.1);
    }
    if r.occasion.is_none() {
        if let Some((o, side)) = place::occasion_ranked(text, toks, 0, toks.len()) {
            r.occasion = Some(o);
            r.side = side;
        }
    }
    if r.duration.is_none() {
        r.duration = super::duration::find(text, toks, 0, toks.len());
    }
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
    topics_nearby(recs, text, sentences, sents);
    // Gatherings by head word, each list in text order (built on the first generic occasion).
    let mut named: Option<FxHashMap<String, Vec<Named>>> = None;
    let dateline = super::fallback::dateline(text, sents);
    for r in recs.iter_mut() {
        let idx: Vec<usize> = r
            .evidence
            .iter()
            .take(MAX_EVIDENCE)
            .filter_map(|e| sentence_of(sentences, e))
            .collect();
        // The dateline city filled in for want of a better place yields to one told for a party
        // just before the meeting ("TALLAHASSEE — … In Orlando, Clinton made a stop …").
        let from_dateline = r.location.is_some() && r.location == dateline;
        settle_location(r, text, sents, &idx, from_dateline);
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
        let has = |si: usize, words: &[&str]| {
            sents
                .get(si)
                .is_some_and(|t| t.iter().any(|t| words.contains(&t.lower.as_str())))
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

/// A city of the record's country, or any place, from its evidence sentences.
fn settle_location(r: &mut Rec, text: &str, sents: &[Vec<Tok>], idx: &[usize], weak: bool) {
    let country = match r.location.as_deref().map(gazetteer::lookup) {
        _ if weak => None,
        Some(Some(Place::Country(c))) => Some(c),
        Some(_) => return,
        None => None,
    };
    let mut found: Option<String> = None;
    for &si in idx {
        let Some(toks) = sents.get(si) else { continue };
        place::each_location(text, toks, 0, toks.len(), false, |_, name, city| {
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
    // place a sentence just before gives one of the parties.
    if found.is_none() && country.is_none() {
        let first = idx.iter().copied().min().unwrap_or(0);
        let marks: Vec<PartyMark> = r
            .parties
            .iter()
            .filter(|p| p.name.is_some())
            .map(PartyMark::of)
            .collect();
        for si in (first.saturating_sub(LEAD_IN)..first).rev() {
            let Some(toks) = sents.get(si) else { continue };
            if !marks.iter().any(|m| names_party(toks, m)) {
                continue;
            }
            place::each_location(text, toks, 0, toks.len(), false, |_, name, _| {
                if found.is_none() {
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
mod tests {
    use super::*;
    use crate::meetings::tokens::tokenize;

    fn sents(t: &str) -> (Vec<Span>, Vec<Vec<Tok>>) {
        let mut spans = Vec::new();
        let mut start = 0;
        for part in t.split_inclusive(". ") {
            spans.push(Span {
                start,
                end: start + part.len(),
            });
            start += part.len();
        }
        let toks = spans.iter().map(|s| tokenize(t, s.start, s.end)).collect();
        (spans, toks)
    }

    fn rec(evidence: Vec<Span>, location: Option<&str>, occasion: Option<&str>) -> Rec {
        Rec {
            parties: Vec::new(),
            kind: crate::MeetingKind::Bilateral,
            status: crate::MeetingStatus::Held,
            date: None,
            location: location.map(str::to_string),
            occasion: occasion.map(str::to_string),
            side: true,
            duration: None,
            topics: Vec::new(),
            outcomes: Vec::new(),
            evidence,
            last: 0,
            negated: false,
            present: false,
        }
    }

    fn party(n: &str) -> crate::Participant {
        crate::Participant {
            name: Some(n.to_string()),
            role: None,
            country: None,
        }
    }

    #[test]
    fn a_country_yields_to_its_city_and_the_summit_to_its_name() {
        let t = "Erdogan flew to a Shanghai Cooperation Organisation summit in Kazakhstan. \
                 He and Putin met on the sidelines of the summit in India. \
                 They spoke at the meeting in New Delhi. ";
        let (spans, toks) = sents(t);
        let ev = vec![spans[1], spans[2]];
        let mut recs = vec![rec(ev, Some("India"), Some("summit"))];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].location.as_deref(), Some("New Delhi"));
        assert_eq!(
            recs[0].occasion.as_deref(),
            Some("Shanghai Cooperation Organisation summit")
        );
    }

    #[test]
    fn a_missing_place_comes_from_the_evidence() {
        let t = "Sanders met Obama. The meeting at the White House lasted an hour. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(spans.clone(), None, None)];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].location.as_deref(), Some("Washington"));
        assert_eq!(recs[0].occasion, None);
    }

    #[test]
    fn a_nearby_sentence_naming_both_parties_gives_topics() {
        let t = "Sunak cancelled his meeting with Mitsotakis. \
                 Mitsotakis said he had hoped to discuss migration with Sunak. \
                 Starmer wants to discuss trade with voters. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.parties = vec![party("Rishi Sunak"), party("Kyriakos Mitsotakis")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].topics.len(), 1, "{:?}", recs[0].topics);
        assert!(recs[0].topics[0].starts_with("migration"));
    }

    #[test]
    fn one_party_and_the_pair_or_the_next_sentence_gives_outcomes() {
        let t = "Putin met Trump in Alaska. Reporters waited. \
                 Putin said the two leaders had reached an understanding on Ukraine. \
                 Trump agreed to visit Moscow. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.parties = vec![party("Vladimir Putin"), party("Donald Trump")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].outcomes.len(), 1, "{:?}", recs[0].outcomes);
        let t = "Sanders conceded in a phone call with Clinton. \
                 He congratulated Clinton on her victory. \
                 Later Clinton agreed to a debate. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.parties = vec![party("Bernie Sanders"), party("Hillary Clinton")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].outcomes.len(), 1, "{:?}", recs[0].outcomes);
        assert!(recs[0].outcomes[0].starts_with("congratulated Clinton"));
    }

    #[test]
    fn the_sentence_just_before_naming_both_gives_topics() {
        let t = "Trump shelved a summit with Putin on the Ukraine war. \
                 Trump had said he would meet Putin in Budapest. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[1]], None, None);
        r.parties = vec![party("Donald Trump"), party("Vladimir Putin")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].topics, vec!["Ukraine war".to_string()]);
    }

    #[test]
    fn a_place_told_just_before_for_a_party() {
        let t = "Kelly was seen entering a tower in New York. Fans were excited. Kelly met with Trump. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[2]], None, None);
        r.parties = vec![party("Megyn Kelly"), party("Donald Trump")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].location.as_deref(), Some("New York"));
    }

    #[test]
    fn a_call_told_in_passing_is_a_call_with_its_length() {
        let t = "Biden and Xi discussed Taiwan in a call lasting almost two hours. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(vec![spans[0]], None, None)];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].kind, crate::MeetingKind::Call);
        assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(120));
        let t = "They met for dinner after speaking by phone. Two hours later they left. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(spans.clone(), None, None)];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].kind, crate::MeetingKind::Bilateral);
        assert_eq!(recs[0].duration, None);
    }

    #[test]
    fn a_length_before_a_talk_noun_is_the_meetings() {
        let t = "Blinken and Lavrov hold 10-minute chat at G20. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(spans.clone(), None, None)];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(10));
    }

    #[test]
    fn a_named_summit_gives_its_place_to_a_meeting_on_its_sidelines() {
        let t = "Erdogan flew to a Shanghai Cooperation Organisation summit in Kazakhstan. \
                 He and Putin met on the sidelines of the summit. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(vec![spans[1]], None, Some("summit"))];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].location.as_deref(), Some("Kazakhstan"));
    }

    #[test]
    fn a_nearby_sentence_of_the_pair_talking_gives_place_occasion_and_length() {
        let t = "Blinken and Lavrov met briefly. Relations have soured. \
                 Officials said Blinken and Lavrov chatted for roughly 10 minutes on the sidelines \
                 of the G20 conference in New Delhi, India. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(vec![spans[0]], None, None)];
        recs[0].parties = vec![party("Antony Blinken"), party("Sergei Lavrov")];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].location.as_deref(), Some("New Delhi"));
        assert_eq!(recs[0].occasion.as_deref(), Some("G20 conference"));
        assert_eq!(recs[0].duration.as_ref().map(|d| d.minutes), Some(10));
    }

    #[test]
    fn the_summit_is_the_latest_named_one_before_the_meeting() {
        let t = "Leaders flew to a Group of 20 summit in Rome. \
                 Biden and Xi met at the summit. \
                 Next year brings an East Asia summit in Jakarta. ";
        let (spans, toks) = sents(t);
        let mut recs = vec![rec(vec![spans[1]], None, Some("summit"))];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].occasion.as_deref(), Some("Group of 20 summit"));
    }

    #[test]
    fn a_sentence_opening_on_the_talks_gives_topics_without_names() {
        let t = "Biden met Xi. During the talks, they discussed fentanyl. \
                 At a rally, voters discussed taxes. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.parties = vec![party("Joe Biden"), party("Xi Jinping")];
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].topics, vec!["fentanyl"]);
    }

    #[test]
    fn a_host_greeting_a_guest_for_talks_is_bilateral() {
        let t = "Trump greeted Putin on the tarmac ahead of their summit. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.kind = crate::MeetingKind::Visit;
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].kind, crate::MeetingKind::Bilateral);
        let t = "Obama visited Vietnam, where the two held talks. ";
        let (spans, toks) = sents(t);
        let mut r = rec(vec![spans[0]], None, None);
        r.kind = crate::MeetingKind::Visit;
        let mut recs = vec![r];
        refine(&mut recs, t, &spans, &toks, None);
        assert_eq!(recs[0].kind, crate::MeetingKind::Visit);
    }
}
