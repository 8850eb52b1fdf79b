//! Repairs UTF-8 text that was once decoded as Windows-1252 ("PeÃ±a" for
//! "Peña", "itâ€™s" for "it’s"), a common fault of scraped corpora.
//!
//! A run is repaired only when its characters, taken back to Windows-1252
//! bytes, form one valid UTF-8 sequence: a lead byte (Â–ô) followed by the
//! right number of continuation bytes (U+0080–U+00BF or the Windows-1252
//! punctuation that stands for 0x80–0x9F). Real text almost never has such a
//! run, so correct text passes through unchanged.

/// Windows-1252's characters for bytes 0x80–0x9F that are not the Latin-1
/// code point itself: the punctuation a mis-decoded continuation byte becomes.
const CP1252_HIGH: &[(char, u8)] = &[
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// Code points a repair may produce: Latin-1 Supplement to Cyrillic, and
/// general punctuation to mathematical operators (quotes, dashes, €, ™).
const REPAIRABLE: &[std::ops::RangeInclusive<u32>] = &[0x80..=0x52F, 0x2000..=0x22FF];

/// The continuation byte a mis-decoded character stands for, if any.
fn continuation(c: char) -> Option<u8> {
    match u32::from(c) {
        v @ 0x80..=0xBF => u8::try_from(v).ok(),
        _ => CP1252_HIGH.iter().find(|(k, _)| *k == c).map(|&(_, b)| b),
    }
}

/// How many continuation bytes a lead character (as a Latin-1 byte) needs.
fn needs(c: char) -> usize {
    match u32::from(c) {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => 0,
    }
}

/// Whether a repaired character is one a Windows-1252 mix-up plausibly hid:
/// Latin, Greek or Cyrillic letters, or general punctuation and symbols.
/// Others are real text ("ß" before a soft hyphen is not NKo "߭").
fn plausible(c: char) -> bool {
    REPAIRABLE.iter().any(|r| r.contains(&u32::from(c)))
}

/// A byte-level test for a mis-decoded run, fast enough for every input:
/// a lead character Â–ô (`C3 82`–`C3 B4` in UTF-8) followed by a character
/// a continuation byte turns into (U+0080–U+00BF is `C2 ..`; Windows-1252
/// punctuation starts `C5`, `C6`, `CB` or `E2`).
fn suspicious(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xC3, b).any(|i| {
        matches!(b.get(i + 1), Some(0x82..=0xB4))
            && matches!(b.get(i + 2), Some(0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2))
    })
}

/// `text` with its mis-decoded UTF-8 runs repaired (given back unchanged,
/// without a copy, when it has none).
pub(crate) fn repair(text: String) -> String {
    if !suspicious(&text) {
        return text;
    }
    let mut out: Option<String> = None;
    // Bytes of `text` before `done` are in `out` already.
    let mut done = 0;
    let mut rest = text.char_indices();
    while let Some((at, c)) = rest.next() {
        let n = needs(c);
        if n == 0 {
            continue;
        }
        let after = at + c.len_utf8();
        // At most four bytes, on the stack: this runs for every accented letter.
        let mut bytes = [0u8; 4];
        let mut len = 0;
        if let Some((slot, b)) = bytes.first_mut().zip(u8::try_from(u32::from(c)).ok()) {
            *slot = b;
            len = 1;
        }
        let mut end = after;
        for d in text.get(after..).unwrap_or_default().chars().take(n) {
            match (continuation(d), bytes.get_mut(len)) {
                (Some(b), Some(slot)) => {
                    *slot = b;
                    len += 1;
                    end += d.len_utf8();
                }
                _ => break,
            }
        }
        if len != n + 1 {
            continue;
        }
        let Some(fixed) = bytes
            .get(..len)
            .and_then(|b| std::str::from_utf8(b).ok())
            .filter(|s| s.chars().all(plausible))
        else {
            continue;
        };
        let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
        o.push_str(text.get(done..at).unwrap_or_default());
        o.push_str(fixed);
        done = end;
        // Skip the continuation characters just used.
        while rest.as_str().len() > text.len() - end {
            rest.next();
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(text.get(done..).unwrap_or_default());
            o
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn mis_decoded_runs_are_repaired() {
        assert_eq!(repair("Enrique PeÃ±a Nieto".into()), "Enrique Peña Nieto");
        assert_eq!(repair("FranÃ§ois said itâ€™s".into()), "François said it’s");
    }

    #[test]
    fn correct_text_is_unchanged() {
        for t in [
            "São Paulo, ÀÉÎ",
            "Âge: 40 °C",
            "naïve café Ô",
            "Ã lone",
            "â€",
        ] {
            assert_eq!(repair(t.to_string()), t);
        }
    }
}
