//! Word tokens with byte offsets: the unit every matcher of this stage works on.

use compact_str::CompactString;

/// One token of the text: a word, a number or one punctuation mark.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Start byte offset in the text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Lower-cased form, curly apostrophes straightened (inline up to 24
    /// bytes: almost every word is built without a heap allocation).
    pub lower: CompactString,
    /// Whether it is a word or number (not punctuation).
    pub word: bool,
    /// Whether it starts with an upper-case letter.
    pub cap: bool,
}

/// Words that keep their trailing full stop ("Mr.", "Aug.", "Jr.").
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "adm", "lt", "col", "rev", "jr",
    "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "prof", "pres", "amb", "sec",
];

/// Splits `text[start..end]` into tokens.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Tok> {
    let s = text.get(start..end).unwrap_or("");
    // About one token per five bytes of prose: one allocation for most sentences.
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = it.peek() {
                if d.is_alphanumeric() {
                    j = k + d.len_utf8();
                    it.next();
                } else if d == '.' && is_dotted_letters(s, i, k) {
                    // U.S. / U.N. / a.m.: letters separated by dots stay one token.
                    j = k + 1;
                    it.next();
                } else {
                    break;
                }
            }
            // A single capital ("V."), or an abbreviation, keeps its full stop
            // (only a word a full stop follows is looked at).
            let word = s.get(i..j).unwrap_or("");
            let abbrev = || {
                (word.chars().count() == 1 && c.is_uppercase())
                    || (word.len() <= 4 && DOTTED.iter().any(|d| d.eq_ignore_ascii_case(word)))
                    || (word.contains('.') && word.len() <= 5)
            };
            if s.get(j..j + 1) == Some(".") && !word.ends_with('.') && abbrev() {
                j += 1;
                it.next();
            }
            push(&mut out, s, start, i, j, true);
        } else if (c == '\'' || c == '’') && matches!(it.peek(), Some(&(_, 's')) | Some(&(_, 'S')))
        {
            // Possessive 's: one token.
            it.next();
            let j = i + c.len_utf8() + 1;
            let ends_word = s
                .get(j..)
                .and_then(|r| r.chars().next())
                .is_none_or(|n| !n.is_alphanumeric());
            if ends_word {
                push(&mut out, s, start, i, j, false);
            } else {
                push(&mut out, s, start, i, i + c.len_utf8(), false);
            }
        } else if (c == '\'' || c == '’') && is_will_clitic(s, i + c.len_utf8()) {
            // "I'll", "we’ll": the clitic is one token, the "will" of a plan.
            it.next();
            it.next();
            push(&mut out, s, start, i, i + c.len_utf8() + 2, false);
        } else {
            push(&mut out, s, start, i, i + c.len_utf8(), false);
        }
    }
    out
}

/// Whether `s[at..]` starts with the clitic "ll" of "I'll", ending the word.
fn is_will_clitic(s: &str, at: usize) -> bool {
    let rest = s.get(at..).unwrap_or("");
    rest.get(..2).is_some_and(|l| l.eq_ignore_ascii_case("ll"))
        && rest
            .get(2..)
            .and_then(|r| r.chars().next())
            .is_none_or(|n| !n.is_alphanumeric())
}

fn is_dotted_letters(s: &str, word_start: usize, dot: usize) -> bool {
    // The run so far is single letters and dots ("U", "U.S"), and a letter follows the dot.
    let run = s.get(word_start..dot).unwrap_or("");
    let single = run.split('.').all(|p| p.chars().count() == 1);
    let next = s.get(dot + 1..).and_then(|r| r.chars().next());
    single && next.is_some_and(|n| n.is_alphabetic())
}

fn push(out: &mut Vec<Tok>, s: &str, base: usize, i: usize, j: usize, word: bool) {
    let t = s.get(i..j).unwrap_or("");
    out.push(Tok {
        start: base + i,
        end: base + j,
        lower: if t.is_ascii() {
            let mut l = CompactString::from(t);
            l.make_ascii_lowercase();
            l
        } else {
            CompactString::from(t.to_lowercase().replace('’', "'"))
        },
        word,
        cap: t.chars().next().is_some_and(char::is_uppercase),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<String> {
        tokenize(t, 0, t.len())
            .into_iter()
            .map(|t| t.lower.to_string())
            .collect()
    }

    #[test]
    fn keeps_abbreviations_initials_and_possessives() {
        assert_eq!(
            words("U.S. Sen. Vladimir V. Putin’s talks, 3½ hours."),
            vec![
                "u.s.", "sen.", "vladimir", "v.", "putin", "'s", "talks", ",", "3½", "hours", "."
            ]
        );
    }

    #[test]
    fn the_will_clitic_is_one_token() {
        assert_eq!(
            words("I’ll go, we'll see"),
            vec!["i", "'ll", "go", ",", "we", "'ll", "see"]
        );
        assert_eq!(words("'llama"), vec!["'", "llama"]);
    }
}
