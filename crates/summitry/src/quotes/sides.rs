//! Attribution on either side of a quote: "according to", the words after
//! the closing mark, the sentence before the opening one.

use super::attrib::{is_adverb, Attribution, Ctx};
use super::shapes::{BARE_ATTRIBUTION_REACH, CLOSING_MARKS};
use super::speakers::INFINITIVE_MARKER;
use super::stops::MAX_POST_CUE_DISTANCE;
use super::verbs::{is_aux_word, is_clause_opener, is_speech_verb};

impl Ctx<'_> {
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
    pub(super) fn main_subject(&self, a: usize, v: usize) -> Option<(usize, usize)> {
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
    pub(super) fn subject_head(&self, (x, y): (usize, usize)) -> (usize, usize) {
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
}
