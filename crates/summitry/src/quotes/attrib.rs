//! Attribution: the speaker phrase, cue and addressee around a quote.

use crate::people::tokens::Token;
use crate::Person;

use super::speakers::{
    ADVERBIAL_PREPS, ADVERB_SUFFIX, INFINITIVE_MARKER, INTRO_WORDS, NAME_ABBREVIATIONS,
};
use super::verbs::{
    is_addressee_verb, is_aux_word, is_clause_opener, is_cue_verb, is_phrase_stop,
    is_speaker_pronoun, is_speech_verb, BARE_ATTRIBUTION_REACH, CLOSING_MARKS, MAX_INTRO_WORDS,
    MAX_POST_CUE_DISTANCE, MAX_SPEAKER_WORDS, NOT_CUE_NEXT,
};

/// Whether `w` is an abbreviation or initial that a full stop follows inside a name.
fn is_abbreviation(w: &str) -> bool {
    NAME_ABBREVIATIONS.contains(&w)
        || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || (w.contains('.') && w.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// Whether `w` reads as an adverb: lower case, with the adverb suffix
/// ("to correctly predict", not "to Italy said").
pub(super) fn is_adverb(w: &str) -> bool {
    w.ends_with(ADVERB_SUFFIX) && !w.chars().any(char::is_uppercase)
}

/// What the text around a quote says about who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The speaker phrase as a byte span.
    pub speaker: (usize, usize),
    /// The whole source phrase, appositions included ("Graham, a former
    /// candidate,"), as a byte span.
    pub full: (usize, usize),
    /// The cue word(s) as written.
    pub cue: String,
    /// The addressee phrase, when the cue verb takes one.
    pub addressee: Option<String>,
    /// Byte offset where the attribution clause starts (for kind decisions).
    pub clause_start: usize,
}

/// The text, its words, and where people are mentioned.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// `(start, end, person index)` of every person mention, sorted.
    pub mentions: Vec<(usize, usize, usize)>,
    pub people: &'a [Person],
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(text: &'a str, toks: &'a [Token], people: &'a [Person]) -> Self {
        let mut mentions: Vec<(usize, usize, usize)> = people
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.mentions.iter().map(move |m| (m.start, m.end, i)))
            .collect();
        mentions.sort_unstable();
        Ctx {
            text,
            toks,
            mentions,
            people,
        }
    }

    pub(super) fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn lower(&self, i: usize) -> std::borrow::Cow<'a, str> {
        let w = self.word(i);
        if w.chars().any(char::is_uppercase) {
            std::borrow::Cow::Owned(w.to_lowercase())
        } else {
            std::borrow::Cow::Borrowed(w)
        }
    }

    /// The text between token `i` and token `i + 1`.
    pub(super) fn gap(&self, i: usize) -> &'a str {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => self.text.get(a.full_end..b.start).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether tokens `i` and `i + 1` belong to one phrase: only spaces
    /// between them, or an abbreviation's full stop ("Sen. Chuck Schumer"),
    /// or a parenthesis ("Schumer (D-N.Y.)").
    pub(super) fn plain_gap(&self, i: usize) -> bool {
        let g = self.gap(i);
        if g.chars().all(char::is_whitespace) {
            return true;
        }
        let core: String = g.chars().filter(|c| !c.is_whitespace()).collect();
        match core.as_str() {
            "." => is_abbreviation(self.word(i)),
            "(" | ")" | ".)" => true,
            _ => false,
        }
    }

    /// Whether tokens `i` and `i + 1` are parted by a comma, maybe after an
    /// abbreviation's full stop or a parenthesis ("McConnell, R-Ky., said").
    pub(super) fn comma_gap(&self, i: usize) -> bool {
        matches!(self.gap(i).trim(), "," | ".," | ")," | ".),")
    }

    /// Token indices whose start lies in `[s, e)`.
    pub(crate) fn range(&self, s: usize, e: usize) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.start < s);
        let b = self.toks.partition_point(|t| t.start < e);
        (a, b.max(a))
    }

    pub(super) fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.toks.get(a).map_or(0, |t| t.start);
        let e = self.toks.get(b).map_or(s, |t| t.full_end);
        (s, e)
    }

    /// The person mentioned inside `[s, e)`, if any (the last one).
    pub(crate) fn person_in(&self, s: usize, e: usize) -> Option<&'a Person> {
        let i = self.mentions.partition_point(|m| m.0 < s);
        self.mentions
            .get(i..)?
            .iter()
            .take_while(|m| m.1 <= e)
            .last()
            .and_then(|m| self.people.get(m.2))
    }

    /// Whether a person is mentioned inside `[s, e)`.
    pub(crate) fn person_mentioned_in(&self, s: usize, e: usize) -> bool {
        let i = self.mentions.partition_point(|m| m.0 < s);
        self.mentions.get(i).is_some_and(|m| m.1 <= e)
    }

    /// The last person mentioned before `pos`.
    pub(crate) fn person_before(&self, pos: usize) -> Option<&'a Person> {
        let i = self.mentions.partition_point(|m| m.1 <= pos);
        i.checked_sub(1)
            .and_then(|j| self.mentions.get(j))
            .and_then(|m| self.people.get(m.2))
    }

    /// Whether token `i` is a cue (verb, or "according to").
    pub(super) fn is_cue(&self, i: usize) -> bool {
        is_cue_verb(self.word(i))
            && !self.word(i).starts_with(char::is_uppercase)
            && !NOT_CUE_NEXT.contains(&&*self.lower(i + 1))
            || self.is_according(i)
    }

    pub(super) fn is_according(&self, i: usize) -> bool {
        self.lower(i) == "according" && self.lower(i + 1) == "to"
    }

    /// A phrase after a cue verb: words up to punctuation or a stop word.
    pub(super) fn phrase_after(&self, from: usize, end: usize) -> Option<(usize, usize)> {
        let mut j = from;
        while j < end && j < from + MAX_SPEAKER_WORDS {
            if j > from && is_phrase_stop(self.word(j)) {
                break;
            }
            if j == from && is_phrase_stop(self.word(j)) {
                return None;
            }
            j += 1;
            if !self.plain_gap(j - 1) {
                break;
            }
        }
        (j > from).then_some((from, j - 1))
    }

    /// The speaker phrase ending just before token `v` (a cue verb): back to
    /// punctuation, a clause opener or `start`, skipping auxiliaries.
    pub(super) fn phrase_before(&self, v: usize, start: usize) -> Option<(usize, usize)> {
        let mut end = v;
        while end > start && self.is_aux(end - 1) {
            if !self.plain_gap(end - 1) {
                break;
            }
            end -= 1;
        }
        // a time or place phrase before the verb: "Trump, …, on Friday described"
        if end > start + 1 {
            let mut b = end - 1;
            while b > start && end - b < 5 && self.plain_gap(b - 1) {
                b -= 1;
            }
            if let Some(p) = (b..end).find(|&p| ADVERBIAL_PREPS.contains(&&*self.lower(p))) {
                let capital_before = p > start && self.word(p - 1).starts_with(char::is_uppercase);
                if p > start && (self.gap(p - 1).contains(',') || capital_before) {
                    end = p;
                }
            }
        }
        if end == start {
            return None;
        }
        if self.gap(end - 1).contains(',') {
            return self.head_before_apposition(start, end);
        }
        if !self.plain_gap(end - 1) {
            return None;
        }
        let mut b = end - 1;
        while b > start && end - b < MAX_SPEAKER_WORDS {
            let prev = b - 1;
            if !self.plain_gap(prev) || is_clause_opener(self.word(prev)) {
                break;
            }
            b = prev;
        }
        if is_clause_opener(self.word(b)) {
            return None;
        }
        Some((b, end - 1))
    }

    /// The subject at the start of the sentence `[s, e)`, after an
    /// introductory phrase: a pronoun, or a person's name with its titles.
    pub(crate) fn sentence_subject(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let (a, b) = self.range(s, e);
        let mut start = a;
        if INTRO_WORDS.contains(&&*self.lower(a)) {
            start = (a..b.min(a + MAX_INTRO_WORDS)).find(|&j| self.gap(j).contains(','))? + 1;
        }
        let w = self.word(start);
        if Self::is_pronoun(w) && !w.eq_ignore_ascii_case("it") && !w.eq_ignore_ascii_case("i") {
            return Some((start, start));
        }
        let t = self.toks.get(start)?;
        let mut end = start;
        while end + 1 < b
            && self.plain_gap(end)
            && self
                .toks
                .get(end + 1)
                .is_some_and(|t| t.is_capitalised(self.text))
            && !self.toks.get(end).is_some_and(|t| t.possessive)
        {
            end += 1;
        }
        let e_off = self.toks.get(end)?.end;
        if self.person_in(t.start, e_off).is_some() {
            return Some((start, end));
        }
        // "The Florida senator likes “…”": a determiner phrase headed by a title
        if matches!(&*self.lower(start), "the" | "a" | "an") {
            let mut j = start + 1;
            while j < b && j < start + 6 && self.plain_gap(j - 1) {
                if crate::lexicon::canonical_role(self.word(j)).is_some()
                    && !self.toks.get(j).is_some_and(|t| t.possessive)
                {
                    let next_is_name = self
                        .toks
                        .get(j + 1)
                        .is_some_and(|t| t.is_capitalised(self.text));
                    if !next_is_name {
                        return Some((start, j));
                    }
                }
                j += 1;
            }
        }
        None
    }

    /// The source phrase from token `x` to the cue verb `v`, auxiliaries off.
    pub(super) fn full_before(&self, x: usize, v: usize) -> (usize, usize) {
        let mut end = v;
        while end > x + 1 && self.is_aux(end - 1) {
            end -= 1;
        }
        self.span(x, end.saturating_sub(1).max(x))
    }

    /// The last token of an apposition after token `y` (", a former
    /// candidate,"), or `y` when none follows.
    pub(super) fn apposition_end(&self, y: usize, b: usize) -> usize {
        if !self.gap(y).trim().eq(",") || y + 1 >= b {
            return y;
        }
        let first = self.word(y + 1);
        // a relative clause ("Small, who attended the rally") or an age
        // ("Gonzalez, 55,") describes the speaker too
        let relative = first == "who" || first.starts_with(|c: char| c.is_ascii_digit());
        // "Bush, Florida’s former governor,": a possessive place before a title
        let possessive = self.toks.get(y + 1).is_some_and(|t| t.possessive)
            && self.word(y + 2).starts_with(char::is_lowercase);
        let opens = relative
            || possessive
            || first.starts_with(char::is_lowercase)
                && !is_clause_opener(first)
                && !is_phrase_stop(first)
                && !is_cue_verb(first);
        if !opens {
            return y;
        }
        let mut z = y + 1;
        while z + 1 < b && z < y + 3 * MAX_SPEAKER_WORDS && self.plain_gap(z) {
            z += 1;
        }
        z
    }

    /// Whether token `i` may stand between a speaker and the cue verb
    /// ("also", "has", "quickly").
    fn is_aux(&self, i: usize) -> bool {
        let w = self.lower(i);
        is_aux_word(&w) || (w.len() > 4 && is_adverb(self.word(i)))
    }

    /// "Hemsley, the co-author of …, said": the speaker is the comma
    /// segment that names someone, not the apposition next to the verb.
    fn head_before_apposition(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let mut seg_end = end;
        let mut j = end;
        while j > start {
            j -= 1;
            let seg_start = if j == start || self.gap(j - 1).contains(',') {
                j
            } else {
                continue;
            };
            let w = self.word(seg_start);
            let lower = w.to_lowercase();
            let is_clause = matches!(
                lower.as_str(),
                "who" | "which" | "whose" | "a" | "an" | "the" | "one" | "himself" | "herself"
            ) || !w.starts_with(char::is_uppercase) && !Self::is_pronoun(w);
            if !is_clause {
                let last = (seg_end - 1).min(seg_start + MAX_SPEAKER_WORDS - 1);
                return Some((seg_start, last));
            }
            seg_end = seg_start;
            if end - seg_start > 3 * MAX_SPEAKER_WORDS {
                break;
            }
        }
        None
    }

    pub(super) fn addressee(&self, v: usize, end: usize) -> Option<String> {
        if !is_addressee_verb(self.word(v)) || !self.plain_gap(v) {
            return None;
        }
        let (a, b) = self.phrase_after(v + 1, end)?;
        let (s, e) = self.span(a, b);
        Some(self.text.get(s..e)?.to_string())
    }

    /// "according to X" anywhere in tokens `[a, b)`.
    pub(super) fn according_in(&self, a: usize, b: usize) -> Option<Attribution> {
        let i = (a..b).find(|&i| self.is_according(i))?;
        let (x, y) = self.phrase_after(i + 2, b)?;
        Some(Attribution {
            speaker: self.span(x, y),
            full: self.span(x, self.apposition_end(y, b)),
            cue: "according to".to_string(),
            addressee: None,
            clause_start: self.toks.get(i)?.start,
        })
    }

    /// A closing attribution clause later in the sentence: "…, Gilbert
    /// said." / "…, said Steve Elmendorf".
    pub(crate) fn tail(&self, s: usize, e: usize) -> Option<Attribution> {
        let (a, b) = self.range(s, e);
        (a..b)
            .filter(|&i| i > a && self.gap(i - 1).contains(','))
            .find_map(|i| self.after(self.toks.get(i)?.start, e))
    }

    /// Attribution after a quote, in `[s, e)`: "…," Kishida said / said Kishida / according to X.
    pub(crate) fn after(&self, s: usize, e: usize) -> Option<Attribution> {
        self.after_quote(s, e, false)
    }

    /// [`Self::after`] for a quote that may open its sentence (`initial`):
    /// such a quote is a statement even without the comma before the
    /// attribution ("…niches” Grubbs said. / …anonymity" said Nick Merrill).
    pub(crate) fn after_quote(&self, s: usize, e: usize, initial: bool) -> Option<Attribution> {
        let (a, b) = self.range(s, e);
        if a >= b {
            return None;
        }
        let lead = self.text.get(s..self.toks.get(a)?.start)?;
        let ended = self
            .text
            .get(..s)
            .and_then(|t| t.trim_end_matches(CLOSING_MARKS).chars().next_back())
            .is_some_and(|c| matches!(c, '.' | '?' | '!'));
        let new_sentence = (ended || lead.contains(['.', '?', '!', ';']))
            && self.word(a).starts_with(char::is_uppercase)
            && !Self::is_pronoun(self.word(a));
        let reach = if new_sentence {
            6
        } else {
            MAX_POST_CUE_DISTANCE
        };
        let quote_end = self
            .text
            .get(..s)
            .and_then(|t| t.trim_end_matches(CLOSING_MARKS).chars().next_back());
        let detached = lead.contains([',', '?', '!', '.', '—', '–', '-'])
            || quote_end.is_some_and(|c| matches!(c, ',' | '?' | '!' | '.' | '—' | '–'));
        let pronoun_subject = Self::is_pronoun(self.word(a))
            && (a + 1..b.min(a + 4)).any(|v| self.is_cue(v) && !self.is_according(v));
        let bare_attribution = initial
            && ((self.is_cue(a) && is_speech_verb(self.word(a)))
                || (self.word(a).starts_with(char::is_uppercase)
                    && (a + 1..b.min(a + BARE_ATTRIBUTION_REACH)).any(|v| {
                        self.is_cue(v) && is_speech_verb(self.word(v)) && self.plain_gap(v - 1)
                    })));
        if !detached && !pronoun_subject && !bare_attribution {
            return self.according_in(a, b);
        }
        if is_clause_opener(self.word(a)) {
            return None;
        }
        // inverted: said Kishida / according to X
        if self.is_cue(a) {
            let (v, from) = if self.is_according(a) {
                (a, a + 2)
            } else {
                (a, a + 1)
            };
            if let Some((x, y)) = self.phrase_after(from, b) {
                let cue = if self.is_according(a) {
                    "according to".to_string()
                } else {
                    self.word(v).to_string()
                };
                let z = self.apposition_end(y, b);
                return Some(Attribution {
                    speaker: self.span(x, y),
                    full: self.span(x, z),
                    cue,
                    addressee: None,
                    clause_start: self.toks.get(a)?.start,
                });
            }
        }
        // subject first: Kishida told reporters
        let mut v = a;
        while v < b && v < a + reach {
            if v > a && self.is_cue(v) && !self.is_according(v) {
                // the head of the phrase: up to an apposition's comma
                let mut end = (a..v).find(|&j| self.gap(j).contains(',')).unwrap_or(v - 1);
                while end > a && is_aux_word(self.word(end)) {
                    end -= 1;
                }
                if !self.plain_gap(v - 1) && !self.comma_gap(v - 1) {
                    return None;
                }
                return Some(Attribution {
                    speaker: self.span(a, end),
                    full: self.full_before(a, v),
                    cue: self.word(v).to_string(),
                    addressee: self.addressee(v, b),
                    clause_start: self.toks.get(a)?.start,
                });
            }
            if v > a && !self.plain_gap(v - 1) && !self.comma_gap(v - 1) {
                return None;
            }
            if v > a && is_clause_opener(self.word(v)) {
                return None;
            }
            v += 1;
        }
        None
    }

    /// Attribution before a quote, in `[s, e)`: Xi said the “…” / According to X, “…”.
    pub(crate) fn before(&self, s: usize, e: usize) -> Option<Attribution> {
        let (a, b) = self.range(s, e);
        if a >= b {
            return None;
        }
        if self.is_according(a) {
            let (x, y) = self.phrase_after(a + 2, b)?;
            return Some(Attribution {
                speaker: self.span(x, y),
                full: self.span(x, self.apposition_end(y, b)),
                cue: "according to".to_string(),
                addressee: None,
                clause_start: self.toks.get(a)?.start,
            });
        }
        if let Some(at) = self.according_in(a, b) {
            return Some(at);
        }
        // the reporting verb of the main clause: the first verb of saying,
        // else the last cue ("X said that Beijing hoped …")
        let v = (a..b)
            .rev()
            .find(|&v| {
                self.is_cue(v) && is_speech_verb(self.word(v)) && !self.lower(v).ends_with("ing")
            })
            .or_else(|| {
                (a..b)
                    .rev()
                    .find(|&v| self.is_cue(v) && !self.is_according(v))
            })?;
        let own_subject = self
            .phrase_before(v, a)
            .is_some_and(|(x, _)| x > a && self.lower(x - 1) == "with");
        let participle = self.lower(v).ends_with("ing")
            && v > a
            && !own_subject
            && (self.gap(v - 1).contains(',') || self.phrase_before(v, a).is_none());
        let coordinated = v > a && matches!(&*self.lower(v - 1), "and" | "but");
        // "went on to say", "the only pollster to correctly predict": the
        // subject of the main clause speaks
        let infinitive = (v > a && self.lower(v - 1) == INFINITIVE_MARKER)
            || (v > a + 1 && self.lower(v - 2) == INFINITIVE_MARKER && is_adverb(self.word(v - 1)));
        let main = if participle || coordinated || infinitive {
            self.main_subject(a, v)
        } else {
            None
        };
        if main.is_none() && (participle || coordinated) {
            return None;
        }
        let (x, y) = match main {
            Some(p) => p,
            None => self.subject_head(self.phrase_before(v, a)?),
        };
        let full = if main.is_some() {
            self.span(x, y)
        } else {
            self.full_before(x, v)
        };
        Some(Attribution {
            speaker: self.span(x, y),
            full,
            cue: self.word(v).to_string(),
            addressee: self.addressee(v, b),
            clause_start: self.toks.get(x)?.start,
        })
    }

    /// The subject of the main clause before token `v`: the speaker phrase
    /// of an earlier cue verb, else the first person or pronoun.
    fn main_subject(&self, a: usize, v: usize) -> Option<(usize, usize)> {
        if let Some(u) = (a..v).find(|&u| {
            self.is_cue(u) && is_speech_verb(self.word(u)) && !self.lower(u).ends_with("ing")
        }) {
            if let Some(p) = self.phrase_before(u, a) {
                return Some(p);
            }
        }
        (a..v)
            .find(|&j| {
                let w = self.word(j);
                Self::is_pronoun(w) && w != "it" && w != "It"
                    || self.toks.get(j).is_some_and(|t| {
                        let k = self.mentions.partition_point(|m| m.0 < t.start);
                        self.mentions.get(k).is_some_and(|m| m.0 == t.start)
                    })
            })
            .map(|j| {
                // extend over the rest of a multi-word name
                let mut e = j;
                while e + 1 < v
                    && self.plain_gap(e)
                    && self.word(e + 1).starts_with(char::is_uppercase)
                {
                    e += 1;
                }
                (j, e)
            })
    }

    /// The subject at the head of a phrase that runs on into its verb
    /// phrase ("He went on to say", "Clinton made a point of saying"): the
    /// pronoun, or the name of a person named in the text.
    fn subject_head(&self, (x, y): (usize, usize)) -> (usize, usize) {
        if y <= x {
            return (x, y);
        }
        let w = self.word(x);
        if Self::is_pronoun(w) && !w.eq_ignore_ascii_case("it") && !w.eq_ignore_ascii_case("i") {
            return (x, x);
        }
        let mut e = x;
        while e < y && self.plain_gap(e) && self.word(e + 1).starts_with(char::is_uppercase) {
            e += 1;
        }
        let lower_next = e < y && self.word(e + 1).starts_with(char::is_lowercase);
        let person = self
            .toks
            .get(x)
            .zip(self.toks.get(e))
            .and_then(|(a, b)| self.person_in(a.start, b.end))
            .is_some();
        // "Clinton went on to", not "Clinton campaign chairman John Podesta"
        let verb_next = lower_next
            && !crate::lexicon::is_title_word(self.word(e + 1))
            && !(e + 1..=y).any(|j| self.word(j).starts_with(char::is_uppercase))
            && !matches!(
                &*self.lower(e + 1),
                "of" | "and" | "de" | "van" | "von" | "al"
            );
        if person && verb_next && !self.toks.get(e).is_some_and(|t| t.possessive) {
            (x, e)
        } else {
            (x, y)
        }
    }

    /// Whether a speaker phrase is a personal pronoun.
    pub(crate) fn is_pronoun(phrase: &str) -> bool {
        is_speaker_pronoun(&phrase.to_lowercase())
    }
}
