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

/// Words of `text`: runs of letters and digits, with inner apostrophes,
/// hyphens and dots ("O’Malley", "Japan-China", "U.S"). A trailing `'s` is
/// split off as a possessive. Linear in the text.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            if is_apostrophe(d) || d == '-' || d == '.' {
                let next = text.get(j + d.len_utf8()..).and_then(|s| s.chars().next());
                if next.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    it.next();
                    continue;
                }
            }
            break;
        }
        let word = text.get(start..end).unwrap_or("");
        let mut tok = Token {
            start,
            end,
            possessive: false,
            full_end: end,
        };
        for suffix in ["'s", "’s", "'S", "’S"] {
            if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                tok.end = end - suffix.len();
                tok.possessive = true;
                break;
            }
        }
        if !tok.possessive && word.ends_with('s') {
            let next = text.get(end..).and_then(|s| s.chars().next());
            let after = next.and_then(|n| text.get(end + n.len_utf8()..)?.chars().next());
            if next.is_some_and(is_apostrophe) && !after.is_some_and(char::is_alphanumeric) {
                tok.possessive = true;
                tok.full_end = end + next.map_or(0, char::len_utf8);
            }
        }
        out.push(tok);
    }
    out
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
