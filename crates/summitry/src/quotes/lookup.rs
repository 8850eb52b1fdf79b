//! Looking up who a speaker phrase stands for: a pronoun's antecedent of the
//! right gender, the person before a relative "who", a name before a colon.

use crate::people::gender::{self, Gender};
use crate::Person;

use super::attrib::Ctx;
use super::speakers::{GENDER_MENTIONS, MAX_COLON_NAME_WORDS, PRONOUN_LOOKBACK};

impl<'a> Ctx<'a> {
    /// The gender of `p`: from the given name, else from a gendered word
    /// before (or opening) one of its first mentions ("Mrs. Clinton").
    pub(crate) fn gender_of(&self, p: &Person) -> Option<Gender> {
        let gendered = gender::of_word;
        gender::of_name(&p.name).or_else(|| {
            p.mentions.iter().take(GENDER_MENTIONS).find_map(|m| {
                let before = self.text.get(..m.start).unwrap_or("");
                let prev = before
                    .trim_end_matches([' ', ',', '.'])
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let own = m.text.split(|c: char| !c.is_alphanumeric()).next();
                gendered(prev).or_else(|| own.and_then(gendered))
            })
        })
    }

    /// Whether `p` may be the antecedent of the (lowercase) pronoun.
    pub(crate) fn fits(&self, p: &Person, pronoun: &str) -> bool {
        match (self.gender_of(p), gender::of_pronoun(pronoun)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    /// The last person mentioned before `pos` that fits the pronoun, among
    /// the last [`PRONOUN_LOOKBACK`] mentions.
    pub(crate) fn person_before_fitting(&self, pos: usize, pronoun: &str) -> Option<&'a Person> {
        let i = self.mentions.partition_point(|m| m.1 <= pos);
        self.mentions
            .get(..i)?
            .iter()
            .rev()
            .take(PRONOUN_LOOKBACK)
            .filter_map(|m| self.people.get(m.2))
            .find(|p| self.fits(p, pronoun))
    }

    /// The person whose mention ends right before `pos`, with only
    /// punctuation and spaces between ("Small, who").
    pub(crate) fn person_just_before(&self, pos: usize) -> Option<&'a Person> {
        let i = self.mentions.partition_point(|m| m.1 <= pos);
        let m = self.mentions.get(i.checked_sub(1)?)?;
        let gap = self.text.get(m.1..pos)?;
        gap.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | '(' | ')'))
            .then(|| self.people.get(m.2))
            .flatten()
    }

    /// The name right before a colon that introduces a quote in `[s, e)`
    /// ("Philip Bump: “…”", "More from Blumenthal and Cohen: “…”"): a run of
    /// capitalised words (joined by "and"), as a byte span. A run in capitals
    /// only (a headline) counts only when it names a person.
    pub(crate) fn colon_name(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let (a, b) = self.range(s, e);
        let last = b.checked_sub(1).filter(|&l| l >= a)?;
        if !self.gap(last).trim_start().starts_with(':') {
            return None;
        }
        let capital = |i: usize| self.word(i).starts_with(char::is_uppercase);
        if !capital(last) {
            return None;
        }
        let mut first = last;
        while first > a && last - first < MAX_COLON_NAME_WORDS && self.plain_gap(first - 1) {
            let prev = first - 1;
            let joins = self.lower(prev) == "and" && prev > a && capital(prev - 1);
            if !(capital(prev) || joins) {
                break;
            }
            first = prev;
        }
        let span = self.span(first, last);
        let words = self.text.get(span.0..span.1)?;
        let shouting = !words.chars().any(char::is_lowercase);
        if shouting && self.person_in(span.0, span.1).is_none() {
            return None;
        }
        Some(span)
    }
}
