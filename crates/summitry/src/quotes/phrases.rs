//! Speaker and addressee phrases around a cue: the words after or before
//! the verb, a sentence's subject, appositions.

use super::attrib::{is_adverb, Ctx};
use super::shapes::MAX_INTRO_WORDS;
use super::speakers::{ADVERBIAL_PREPS, INTRO_WORDS};
use super::stops::MAX_SPEAKER_WORDS;
use super::verbs::{is_addressee_verb, is_aux_word, is_clause_opener, is_cue_verb, is_phrase_stop};

impl Ctx<'_> {
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
    pub(super) fn is_aux(&self, i: usize) -> bool {
        let w = self.lower(i);
        is_aux_word(&w) || (w.len() > 4 && is_adverb(self.word(i)))
    }

    /// "Hemsley, the co-author of …, said": the speaker is the comma
    /// segment that names someone, not the apposition next to the verb.
    pub(super) fn head_before_apposition(
        &self,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
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
}
