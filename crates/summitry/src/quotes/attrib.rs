//! Attribution: the speaker phrase, cue and addressee around a quote.

use crate::people::tokens::Token;
use crate::Person;

use super::speakers::{ADVERB_SUFFIX, NAME_ABBREVIATIONS};
use super::verbs::{is_cue_verb, is_speaker_pronoun, NOT_CUE_NEXT};

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

    /// Whether a speaker phrase is a personal pronoun.
    pub(crate) fn is_pronoun(phrase: &str) -> bool {
        is_speaker_pronoun(&phrase.to_lowercase())
    }
}
