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

/// Lead characters a text run through Unicode decomposition (NFD) spells as
/// a base letter and a combining mark ("PeA\u{303}±a" for "PeÃ±a"):
/// (base, mark, the precomposed lead).
const DECOMPOSED_LEADS: &[(char, char, char)] = &[
    ('A', '\u{302}', 'Â'),
    ('A', '\u{303}', 'Ã'),
    ('A', '\u{308}', 'Ä'),
    ('A', '\u{30A}', 'Å'),
    ('C', '\u{327}', 'Ç'),
    ('E', '\u{300}', 'È'),
    ('E', '\u{301}', 'É'),
    ('E', '\u{302}', 'Ê'),
    ('E', '\u{308}', 'Ë'),
    ('I', '\u{300}', 'Ì'),
    ('I', '\u{301}', 'Í'),
    ('I', '\u{302}', 'Î'),
    ('I', '\u{308}', 'Ï'),
    ('N', '\u{303}', 'Ñ'),
    ('O', '\u{300}', 'Ò'),
    ('O', '\u{301}', 'Ó'),
    ('O', '\u{302}', 'Ô'),
    ('O', '\u{303}', 'Õ'),
    ('O', '\u{308}', 'Ö'),
    ('U', '\u{300}', 'Ù'),
    ('U', '\u{301}', 'Ú'),
    ('U', '\u{302}', 'Û'),
    ('U', '\u{308}', 'Ü'),
    ('Y', '\u{301}', 'Ý'),
    ('a', '\u{300}', 'à'),
    ('a', '\u{301}', 'á'),
    ('a', '\u{302}', 'â'),
    ('a', '\u{303}', 'ã'),
    ('a', '\u{308}', 'ä'),
    ('a', '\u{30A}', 'å'),
    ('c', '\u{327}', 'ç'),
    ('e', '\u{300}', 'è'),
    ('e', '\u{301}', 'é'),
    ('e', '\u{302}', 'ê'),
    ('e', '\u{308}', 'ë'),
    ('i', '\u{300}', 'ì'),
    ('i', '\u{301}', 'í'),
    ('i', '\u{302}', 'î'),
    ('i', '\u{308}', 'ï'),
    ('n', '\u{303}', 'ñ'),
    ('o', '\u{300}', 'ò'),
    ('o', '\u{301}', 'ó'),
    ('o', '\u{302}', 'ô'),
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
///
/// A decomposed lead (an ASCII letter, then a combining mark U+0300–U+0327,
/// `CC 80`–`CC A7`) followed by such a character is suspicious too.
fn suspicious(text: &str) -> bool {
    let b = text.as_bytes();
    let continues = |i: usize| matches!(b.get(i), Some(0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2));
    memchr::memchr_iter(0xC3, b)
        .any(|i| matches!(b.get(i + 1), Some(0x82..=0xB4)) && continues(i + 2))
        || memchr::memchr_iter(0xCC, b).any(|i| {
            i.checked_sub(1)
                .and_then(|j| b.get(j))
                .is_some_and(u8::is_ascii_alphabetic)
                && matches!(b.get(i + 1), Some(0x80..=0xA7))
                && continues(i + 2)
        })
}

/// The lead at the start of `s`, precomposed or decomposed, and its length
/// in bytes.
fn lead_at(s: &str) -> Option<(char, usize)> {
    let mut cs = s.chars();
    let c = cs.next()?;
    if needs(c) > 0 {
        return Some((c, c.len_utf8()));
    }
    if !c.is_ascii_alphabetic() {
        return None;
    }
    let mark = cs.next()?;
    DECOMPOSED_LEADS
        .iter()
        .find(|&&(base, m, _)| base == c && m == mark)
        .map(|&(_, _, lead)| (lead, 1 + mark.len_utf8()))
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
    while let Some((at, _)) = rest.next() {
        let Some((c, lead_len)) = lead_at(text.get(at..).unwrap_or_default()) else {
            continue;
        };
        let n = needs(c);
        let after = at + lead_len;
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
        // The same runs after Unicode decomposition split their leads.
        assert_eq!(repair("PeA\u{303}±a".into()), "Peña");
        assert_eq!(repair("it a\u{302}€™s".into()), "it ’s");
    }

    #[test]
    fn correct_text_is_unchanged() {
        for t in [
            "São Paulo, ÀÉÎ",
            "Âge: 40 °C",
            "naïve café Ô",
            "Ã lone",
            "â€",
            "A\u{303} alone",
            "Cafe\u{301}",
        ] {
            assert_eq!(repair(t.to_string()), t);
        }
    }

    /// Spells `t` as a Windows-1252 reader shows its UTF-8 bytes.
    fn mis_decode(t: &str) -> String {
        t.bytes()
            .map(|b| {
                super::CP1252_HIGH
                    .iter()
                    .find(|&&(_, x)| x == b)
                    .map_or(char::from(b), |&(c, _)| c)
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, .. Default::default() })]

        /// Whatever the pieces, repair never panics and keeps ASCII-only text.
        #[test]
        fn repair_is_total(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Ã", "Â", "â", "€", "™", "±", "©", "A", "\u{303}", "\u{302}", "\u{301}", "a", " ", "Å", "ô", "\u{80}", "\u{9d}", "ñ", "中",
        ]), 0..24)) {
            let s: String = parts.concat();
            let out = repair(s.clone());
            if s.is_ascii() {
                proptest::prop_assert_eq!(out, s);
            }
        }

        /// Words of accented letters and punctuation (not CJK, which repair
        /// leaves alone by design), mis-decoded between
        /// ASCII words, come back as they were written.
        #[test]
        fn mis_decoded_words_round_trip(words in proptest::collection::vec(proptest::sample::select(vec![
            "Peña", "François", "it’s", "“quoted”", "Zürich", "—", "São", "Erdoğan", "€5", "naïve", "Œuvre",
        ]), 1..8)) {
            let t = words.join(" and ");
            proptest::prop_assert_eq!(repair(mis_decode(&t)), t);
        }
    }
}
