//! Name words: cleaning a capitalised run into a name, the runs of a sentence, the places that
//! split them, and the title words before a name.

use rustc_hash::FxHashSet;

use super::super::cues::{NOT_NAME, TITLE_WORDS};
use super::super::cueset::word_set;
use super::super::gazetteer::{self, Place};
use super::super::partycues::{COMMON_SURNAMES, REGNAL_NUMERAL_LETTERS};
use super::super::tokens::Tok;

/// A person's name without the common words, titles and trailing words a capitalised run may
/// carry ("Rival Hillary Clinton", "Mondelez CEO Irene Rosenfeld", "Megyn Kelly Was Just Spotted").
pub(in crate::meetings) fn clean_name(name: &str, lower: &FxHashSet<&str>) -> String {
    let mut name = name;
    while name.split_whitespace().count() >= 3 && !is_regnal(name) {
        let first = name.split_whitespace().next().unwrap_or("");
        let f = first.to_lowercase();
        let title = word_set!(TITLE_WORDS).contains(f.as_str())
            || word_set!(NOT_NAME).contains(f.as_str())
            || matches!(f.as_str(), "sir" | "dame");
        if !lower.contains(f.as_str()) && !title {
            break;
        }
        name = name.get(first.len()..).unwrap_or("").trim_start();
    }
    // "Mondelez CEO Irene Rosenfeld": a title inside the name ends what comes before it.
    let ws: Vec<&str> = name.split_whitespace().collect();
    if is_regnal(name) {
        return name.to_string();
    }
    if let Some(k) = ws.iter().take(ws.len().saturating_sub(2)).rposition(|w| {
        let l = w.to_lowercase();
        word_set!(TITLE_WORDS).contains(l.as_str())
            || matches!(l.as_str(), "ceo" | "counsel" | "chair" | "founder")
    }) {
        if let (Some(first), Some(last)) = (ws.get(k + 1), ws.last()) {
            let start = first.as_ptr() as usize - name.as_ptr() as usize;
            let end = last.as_ptr() as usize - name.as_ptr() as usize + last.len();
            name = name.get(start..end).unwrap_or(name);
        }
    }
    // "Megyn Kelly Was Just Spotted": trailing common words are not the name.
    while name.split_whitespace().count() >= 3 {
        let last = name.split_whitespace().last().unwrap_or("");
        if !lower.contains(last.to_lowercase().as_str()) {
            break;
        }
        name = name
            .get(..name.len() - last.len())
            .unwrap_or(name)
            .trim_end();
    }
    name.to_string()
}

/// Whether a name is a title, one given name and a regnal numeral ("King Abdullah II"): the
/// title stays, as in "Pope Francis".
fn is_regnal(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    matches!(ws.as_slice(), [_, _, n] if n.len() >= 2 && n.chars().all(|c| REGNAL_NUMERAL_LETTERS.contains(&c)))
}

/// Whether two two-word names share the surname and differ only in the spelling of the first
/// name's ending ("Sergei"/"Sergey"), as transliterations do.
pub(super) fn same_but_spelling(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.split_whitespace(), b.split_whitespace());
    let (Some(f1), Some(l1), None) = (x.next(), x.next(), x.next()) else {
        return false;
    };
    let (Some(f2), Some(l2), None) = (y.next(), y.next(), y.next()) else {
        return false;
    };
    let common = f1
        .chars()
        .zip(f2.chars())
        .take_while(|(p, q)| p == q)
        .count();
    l1 == l2
        && f1 != f2
        && common >= SPELLING_PREFIX
        && f1.chars().count().abs_diff(common) <= 1
        && f2.chars().count().abs_diff(common) <= 1
}

/// Letters two spellings of a first name must share from the start ("Serge-i", "Serge-y").
const SPELLING_PREFIX: usize = 4;

fn is_name_word(t: &Tok) -> bool {
    t.word
        && t.cap
        && !word_set!(NOT_NAME).contains(t.lower.as_str())
        && !t.lower.chars().all(|c| c.is_ascii_digit())
}

/// Length in tokens of a gazetteer place starting at token `i`, or 0.
pub(crate) fn place_len(text: &str, toks: &[Tok], i: usize) -> usize {
    if toks.get(i).is_none_or(|t| !gazetteer::may_start(&t.lower)) {
        return 0;
    }
    for len in (1..=gazetteer::MAX_WORDS).rev() {
        let (Some(f), Some(l)) = (toks.get(i), toks.get(i + len - 1)) else {
            continue;
        };
        if len > 1 && !gazetteer::may_end(&l.lower) {
            continue;
        }
        if text
            .get(f.start..l.end)
            .and_then(gazetteer::lookup)
            .is_some()
        {
            return len;
        }
    }
    0
}

/// Raw name runs `(start tok, end tok)` of one sentence, split at places.
pub(in crate::meetings) fn runs(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(t) = toks.get(i) else { break };
        if !is_name_word(t)
            || place_len(text, toks, i) > 0
            || t.lower.ends_with('.') && t.lower.len() > 2 && !t.lower.eq("jr.")
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while let Some(n) = toks.get(j) {
            // "Min-koo", "al-Assad" stay one name; "Xi-Kishida" is two.
            let hyphen = n.lower == "-"
                && toks.get(j + 1).is_some_and(|x| {
                    x.word && (!x.cap || toks.get(j - 1).is_some_and(|p| p.lower == "al"))
                })
                && n.start == toks.get(j - 1).map_or(0, |p| p.end);
            if hyphen {
                j += 2;
                continue;
            }
            let particle = matches!(
                n.lower.as_str(),
                "von"
                    | "van"
                    | "der"
                    | "de"
                    | "al"
                    | "bin"
                    | "ibn"
                    | "la"
                    | "da"
                    | "di"
                    | "du"
                    | "dos"
                    | "del"
            ) && toks.get(j + 1).is_some_and(|x| {
                (x.word && x.cap)
                    || x.lower == "-"
                    || matches!(x.lower.as_str(), "der" | "den" | "la" | "le")
            });
            if particle {
                j += 1;
                continue;
            }
            // "Paula White": a surname that is also a common name word, after a given name and
            // not before what it usually names ("White House").
            let surname = n.cap
                && COMMON_SURNAMES.contains(&n.lower.as_str())
                && !toks.get(j + 1).is_some_and(|x| x.cap);
            if surname || (is_name_word(n) && place_len(text, toks, j) == 0) {
                j += 1;
            } else {
                break;
            }
        }
        out.push((i, j));
        i = j;
    }
    out
}

pub(in crate::meetings) fn run_text<'a>(
    text: &'a str,
    toks: &[Tok],
    a: usize,
    b: usize,
) -> &'a str {
    let s = toks.get(a).map_or(0, |t| t.start);
    let e = toks.get(b.saturating_sub(1)).map_or(s, |t| t.end);
    text.get(s..e).unwrap_or("")
}

/// Role and country from the title words right before a name ("Chinese President").
pub(crate) fn title_before(text: &str, toks: &[Tok], a: usize) -> (Option<String>, Option<String>) {
    let mut k = a;
    let mut role_start = None;
    let mut country = None;
    while k > 0 {
        let Some(t) = toks.get(k - 1) else { break };
        if t.word && word_set!(TITLE_WORDS).contains(t.lower.as_str()) && t.lower != "u.s." {
            role_start = Some(k - 1);
            k -= 1;
            continue;
        }
        if let Some(p) = gazetteer::lookup(text.get(t.start..t.end).unwrap_or("")) {
            if matches!(p, Place::Demonym(_) | Place::Country(_)) {
                country = Some(p.country().to_string());
            }
        }
        if t.lower == "'s" {
            if let Some(p) = toks
                .get(k.wrapping_sub(2))
                .and_then(|c| gazetteer::lookup(text.get(c.start..c.end).unwrap_or("")))
            {
                country = Some(p.country().to_string());
            }
        }
        break;
    }
    let role = role_start
        .map(|r| run_text(text, toks, r, a).to_string())
        .filter(|s| !s.is_empty());
    (role, country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_royal_title_before_a_regnal_name_stays() {
        let lower = FxHashSet::default();
        assert_eq!(clean_name("King Abdullah II", &lower), "King Abdullah II");
        assert_eq!(clean_name("Pope Benedict XVI", &lower), "Pope Benedict XVI");
        // Any other title before a full name still goes.
        assert_eq!(clean_name("President Joe Biden", &lower), "Joe Biden");
        assert_eq!(clean_name("King Charles Smith", &lower), "Charles Smith");
    }

    #[test]
    fn a_common_word_surname_ends_a_name_but_opens_none() {
        let t = "Evangelist Paula White met the White House staff.";
        let toks = crate::meetings::tokens::tokenize(t, 0, t.len());
        let names: Vec<&str> = runs(t, &toks)
            .into_iter()
            .map(|(a, b)| run_text(t, &toks, a, b))
            .collect();
        assert!(
            names.iter().any(|n| n.ends_with("Paula White")),
            "{names:?}"
        );
        assert!(!names.iter().any(|n| n.contains("House")), "{names:?}");
    }

    #[test]
    fn transliterated_first_names_are_one_person() {
        assert!(same_but_spelling("Sergei Lavrov", "Sergey Lavrov"));
        assert!(!same_but_spelling("John Smith", "Joan Smith"));
        assert!(!same_but_spelling("Sergei Lavrov", "Sergey Ivanov"));
    }
}
