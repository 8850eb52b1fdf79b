//! A light word tokenizer with byte offsets, shared by people and quotes.

/// One word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive), without a possessive `'s`.
    pub end: usize,
    /// Whether a possessive `'s` / `’s` (or a bare `'` after s) follows.
    pub possessive: bool,
    /// End of the token including the possessive.
    pub full_end: usize,
}

impl Token {
    /// The word, without its possessive.
    pub(crate) fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether the word starts with an uppercase letter.
    pub(crate) fn is_capitalised(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char at byte `i` and its length; ASCII without decoding.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// Words of `text`: runs of letters and digits, with inner apostrophes,
/// hyphens and dots ("O’Malley", "Japan-China", "U.S"). A trailing `'s` is
/// split off as a possessive. Linear, one pass over the bytes.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some((c, l)) = char_at(text, i) {
        if !is_word_char(c) {
            i += l;
            continue;
        }
        let start = i;
        i += l;
        while let Some((d, dl)) = char_at(text, i) {
            if is_word_char(d) {
                i += dl;
                continue;
            }
            if (is_apostrophe(d) || d == '-' || d == '.')
                && char_at(text, i + dl).is_some_and(|(n, _)| is_word_char(n))
            {
                i += dl;
                continue;
            }
            break;
        }
        let end = i;
        let word = text.get(start..end).unwrap_or("");
        let mut tok = Token {
            start,
            end,
            possessive: false,
            full_end: end,
        };
        if word.len() > 3 && word.ends_with(['s', 'S']) {
            for suffix in ["'s", "’s", "'S", "’S"] {
                if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                    tok.end = end - suffix.len();
                    tok.possessive = true;
                    break;
                }
            }
        }
        if !tok.possessive && word.ends_with('s') {
            if let Some((n, nl)) = char_at(text, end).filter(|&(n, _)| is_apostrophe(n)) {
                let after = char_at(text, end + nl).map(|(a, _)| a);
                if !after.is_some_and(char::is_alphanumeric) {
                    tok.possessive = true;
                    tok.full_end = end + n.len_utf8();
                }
            }
        }
        out.push(tok);
    }
    out
}

/// Where words start: each token, and each part after a hyphen inside one
/// ("Japan-China" → "Japan", "China"), in order. Lexicon phrases are
/// looked up only there.
pub(crate) fn word_starts<'a>(
    text: &'a str,
    toks: &'a [Token],
) -> impl Iterator<Item = usize> + 'a {
    toks.iter().flat_map(move |t| {
        let w = t.text(text);
        std::iter::once(t.start).chain(
            w.match_indices('-')
                .map(move |(i, _)| t.start + i + 1)
                .filter(move |&s| s < t.end),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_possessives() {
        let t = "Japan’s PM O'Malley met U.S. envoys' aides, Japan-China.";
        let w: Vec<(&str, bool)> = tokenize(t)
            .iter()
            .map(|k| (k.text(t), k.possessive))
            .collect();
        assert_eq!(
            w,
            vec![
                ("Japan", true),
                ("PM", false),
                ("O'Malley", false),
                ("met", false),
                ("U.S", false),
                ("envoys", true),
                ("aides", false),
                ("Japan-China", false),
            ]
        );
    }
}
