//! Capitalised runs of words and the word tests that tell a name from a
//! title, an organisation or a common word.

use std::sync::LazyLock;

use crate::lexicon::{self, FastSet};

use super::ctx::Ctx;
use super::cues::{
    ARABIC_ARTICLES, MAX_REGNAL_NUMERAL_LEN, NAME_PARTICLES, REGNAL_NUMERAL_LETTERS,
};
use super::notnames::{FUNCTION_WORDS, NOT_NAME_WORDS};
use super::titles;
use super::tokens::Token;

/// The gap between two tokens.
pub(super) fn gap<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => text.get(a.full_end..b.start).unwrap_or(""),
        _ => "",
    }
}

pub(super) fn word<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.text(text))
}

/// Whether token `i` is a single capital letter (an initial).
pub(super) fn is_initial(text: &str, toks: &[Token], i: usize) -> bool {
    let w = word(text, toks, i);
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

pub(super) fn capitalised(text: &str, toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_capitalised(text)
            || text
                .as_bytes()
                .get(t.start)
                .is_some_and(|b| matches!(b, b'a' | b'e' | b'A' | b'E'))
                && ARABIC_ARTICLES.iter().any(|p| {
                    t.text(text)
                        .strip_prefix(p)
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                })
    })
}

/// Maximal runs of capitalised words joined by single spaces (or by an
/// initial's or honorific's full stop), with lowercase name particles inside.
pub(super) fn name_runs(text: &str, toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(text, toks, i) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < toks.len() && joins(text, toks, i) {
            i += 1;
        }
        // a run never ends on a particle
        let mut end = i;
        while end > start && !capitalised(text, toks, end) {
            end -= 1;
        }
        out.push((start, end));
        i += 1;
    }
    out
}

/// Whether token `i` and `i + 1` belong to one capitalised run.
pub(super) fn joins(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.possessive {
        return false;
    }
    let g = gap(text, toks, i);
    let w = word(text, toks, i);
    let gap_ok = g == " " || (g == ". " && (is_initial(text, toks, i) || lexicon::is_honorific(w)));
    if !gap_ok {
        return false;
    }
    if capitalised(text, toks, i + 1) {
        return true;
    }
    // one or two particles before the next capitalised word ("von der Leyen")
    let particle =
        |k: usize| NAME_PARTICLES.contains(&word(text, toks, k)) && gap(text, toks, k) == " ";
    particle(i + 1)
        && (capitalised(text, toks, i + 2) || particle(i + 2) && capitalised(text, toks, i + 3))
}

/// Whether a word can open a person's title or country prefix.
pub(super) fn is_prefix_word(w: &str) -> bool {
    lexicon::is_title_word(w)
        || lexicon::is_title_word(w.strip_suffix('s').unwrap_or(""))
        || lexicon::is_title_modifier(w)
        || lexicon::is_honorific(w)
        || titles::is_religious_title(w)
        || lexicon::country_by_name(w).is_some()
        || lexicon::country_of_demonym(w).is_some()
        || is_function_word(w)
        || lexicon::with_lower(w, |l| {
            matches!(
                l,
                "foreign"
                    | "ministry"
                    | "affairs"
                    | "party"
                    | "communist"
                    | "cabinet"
                    | "state"
                    | "counterpart"
                    | "counterparts"
            )
        })
}

static ORG_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| NOT_NAME_WORDS.iter().copied().collect());
static FUNCTION_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// Whether `w` heads organisations and places ("Forum", "Ministry").
pub(super) fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}

/// Whether `w` is a capitalised function word ("The", "However").
pub(super) fn is_function_word(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}

/// Whether token `i` opens a sentence or paragraph.
pub(super) fn sentence_initial(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let g = gap(ctx.text, ctx.toks, i - 1);
    g.contains(['.', '!', '?', '\n', ':', '“', '"'])
}

/// A capitalised sentence opener that is a participle or adverb
/// ("Rebuking Vance, …", "Therefore Rubio …"), not a first name.
pub(super) fn is_clause_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    (lower.len() > 5 && (lower.ends_with("ing") || lower.ends_with("ly")))
        || matches!(
            lower.as_str(),
            "therefore" | "thus" | "hence" | "moreover" | "indeed"
        )
}

/// Two capital letters opening a name ("JD Vance"), not a country or an
/// organisation's initials.
pub(super) fn is_paired_initials(w: &str) -> bool {
    w.len() == 2
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && lexicon::country_of(w).is_none()
        && lexicon::organisation(w).is_none()
}

/// Whether `w` is a roman numeral of two letters or more, as after a
/// monarch's or pope's given name ("II", "XVI").
pub(super) fn is_regnal_numeral(w: &str) -> bool {
    (2..=MAX_REGNAL_NUMERAL_LEN).contains(&w.len())
        && w.chars().all(|c| REGNAL_NUMERAL_LETTERS.contains(&c))
}

/// Whether a word rules out a person's name.
pub(super) fn is_not_name(w: &str) -> bool {
    is_org_word(w)
        || is_function_word(w)
        || lexicon::is_title_word(w)
        || lexicon::country_of(w).is_some()
        || w.strip_suffix('s')
            .is_some_and(|d| lexicon::country_of_demonym(d).is_some())
        || lexicon::organisation(w).is_some()
        || w.chars().any(|c| c.is_ascii_digit())
        || (w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
}
