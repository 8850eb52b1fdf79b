//! Finding quoted spans: every kind of quotation mark, per paragraph.
//!
//! A quote left open at the end of a paragraph runs to the paragraph's end:
//! that is how a quotation over several paragraphs is written (an opening
//! mark on each paragraph, the closing one only on the last).

/// A quoted span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Start of the quoted text (after the mark and any space).
    pub start: usize,
    /// End of the quoted text (before the closing mark).
    pub end: usize,
    /// Byte offset just after the closing mark (or the paragraph end).
    pub close: usize,
    /// Whether a closing mark was found in the paragraph.
    pub closed: bool,
}

/// The closing mark for an opening one.
fn closer(open: char) -> Option<&'static [char]> {
    match open {
        '“' => Some(&['”', '“', '"']),
        '„' => Some(&['“', '”']),
        '«' => Some(&['»']),
        '»' => Some(&['«']),
        '「' => Some(&['」']),
        '『' => Some(&['』']),
        '"' => Some(&['"', '”']),
        _ => None,
    }
}

/// Every quoted span of `text`, in order. Linear.
pub(crate) fn find(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        // A paragraph with no quotation mark has no quote: its headline
        // test and scan are skipped.
        if has_mark(para) && !is_headline(para) {
            scan_paragraph(text, para_start, para, &mut out);
        }
        para_start += para.len() + 1;
    }
    out
}

/// A headline or teaser line: no closing punctuation and mostly
/// capitalised words. Quotes in it are not quotes of the story.
fn is_headline(para: &str) -> bool {
    let t = para.trim();
    if t.is_empty() || t.ends_with(['.', '!', '?', ':', ',']) {
        return false;
    }
    let words: Vec<&str> = t
        .split_whitespace()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

/// Whether byte `b` may start a quotation mark this stage pairs (`"`, or
/// the UTF-8 lead byte of the others: U+00AB/BB, U+201C-E, U+300C-F).
fn is_mark_lead(b: u8) -> bool {
    matches!(b, b'"' | 0xC2 | 0xE2 | 0xE3)
}

/// Whether `para` holds a quotation mark this stage pairs, read from its
/// UTF-8 bytes: a lead byte alone is not enough, since 0xE2 also starts
/// the apostrophe '’' and the dash '—' that most English paragraphs hold.
fn has_mark(para: &str) -> bool {
    let b = para.as_bytes();
    b.iter().enumerate().any(|(i, &x)| match x {
        b'"' => true,
        // '«' U+00AB, '»' U+00BB.
        0xC2 => matches!(b.get(i + 1), Some(0xAB | 0xBB)),
        // '“' '”' '„' U+201C-E.
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C..=0x9E)),
        // '「' '」' '『' '』' U+300C-F.
        0xE3 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8C..=0x8F)),
        _ => false,
    })
}

/// Whether `c` is a quotation mark this stage pairs.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』'
    )
}

fn scan_paragraph(text: &str, base: usize, para: &str, out: &mut Vec<Marked>) {
    let mut open: Option<(usize, char)> = None;
    // only the lead bytes of quotation marks are looked at closely
    let candidates = para
        .bytes()
        .enumerate()
        .filter(|&(_, b)| is_mark_lead(b))
        .map(|(i, _)| i);
    for i in candidates {
        let Some(c) = para.get(i..).and_then(|s| s.chars().next()) else {
            continue;
        };
        if !is_mark(c) {
            continue;
        }
        let prev = para.get(..i).and_then(|s| s.chars().next_back());
        let next = para.get(i + c.len_utf8()..).and_then(|s| s.chars().next());
        match open {
            None => {
                let opens = match c {
                    '“' | '„' | '«' | '「' | '『' => true,
                    '"' => {
                        !prev.is_some_and(char::is_alphanumeric)
                            || next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if opens && (c != '"' || next.is_some_and(|n| !n.is_whitespace())) {
                    open = Some((i, c));
                }
            }
            Some((o, oc)) => {
                let Some(closers) = closer(oc) else {
                    open = None;
                    continue;
                };
                let is_close = closers.contains(&c)
                    && !(c == '"' && next.is_some_and(char::is_alphanumeric))
                    && !(c == '“' && oc == '“' && prev.is_none_or(char::is_whitespace));
                if is_close {
                    push(
                        text,
                        out,
                        base + o,
                        oc,
                        base + i,
                        base + i + c.len_utf8(),
                        true,
                    );
                    open = None;
                } else if c == oc && oc == '“' {
                    // a new opening mark: the previous quote was left open
                    push(text, out, base + o, oc, base + i, base + i, false);
                    open = Some((i, c));
                }
            }
        }
    }
    if let Some((o, oc)) = open {
        let end = base + para.len();
        push(text, out, base + o, oc, end, end, false);
    }
}

fn push(
    text: &str,
    out: &mut Vec<Marked>,
    open: usize,
    oc: char,
    end: usize,
    close: usize,
    closed: bool,
) {
    let start = open + oc.len_utf8();
    let Some(inner) = text.get(start..end) else {
        return;
    };
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if e > s {
        out.push(Marked {
            open,
            start: s,
            end: e,
            close,
            closed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_mark_is_exactly_is_mark() {
        for c in ['"', '“', '”', '„', '«', '»', '「', '」', '『', '』'] {
            assert!(is_mark(c));
            assert!(has_mark(&format!("it’s — {c} x")), "{c}");
        }
        for c in ['’', '‘', '—', '–', '…', '\u{a0}', '€', '‹', '›', '〈', '»'] {
            assert_eq!(has_mark(&format!("a{c}b")), is_mark(c), "{c}");
        }
    }

    fn texts(t: &str) -> Vec<&str> {
        find(t)
            .iter()
            .map(|m| t.get(m.start..m.end).unwrap_or(""))
            .collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        let t = "“One,” he said. He said \"two\" and «three» and „four“ and 「five」.";
        assert_eq!(texts(t), vec!["One,", "two", "three", "four", "five"]);
        let mixed = "\"Six,” he said. “Seven,\" she said.";
        assert_eq!(texts(mixed), vec!["Six,", "Seven,"]);
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        let t = "“He called it ‘a mess’ today,” she said.";
        assert_eq!(texts(t), vec!["He called it ‘a mess’ today,"]);
    }

    #[test]
    fn open_quote_runs_to_paragraph_end() {
        let t = "“First paragraph of the speech.\n\n“Second one,” he said.";
        assert_eq!(
            texts(t),
            vec!["First paragraph of the speech.", "Second one,"]
        );
    }

    #[test]
    fn headlines_hold_no_quotes() {
        assert!(texts("Quad Ministers Meet in N.Y., Oppose “Unilateral Attempts”").is_empty());
        assert_eq!(texts("He said “no” today."), vec!["no"]);
    }

    #[test]
    fn inch_marks_are_not_quotes() {
        assert!(texts("He is 6'2\" tall").is_empty());
    }
}
