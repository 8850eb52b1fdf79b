//! A place the gazetteer lacks, told right after the meeting ("Modi met Albanese in Goa on
//! Friday").

use super::super::attrcues::{
    UNKNOWN_PLACE_ENDS, UNKNOWN_PLACE_NOT, UNKNOWN_PLACE_REACH, UNKNOWN_PLACE_WORDS,
};
use super::super::gazetteer;
use super::super::tokens::Tok;
use super::{lw, CLAUSE_MARKS};

/// The capitalised name after an "in" a few words past the trigger at `at`, in the same clause,
/// that is no month or weekday, no demonym, no acronym, no body, medium, title or gathering, and
/// no name told earlier in the sentence (a person's): with its "in" token.
pub(super) fn unknown_place(
    text: &str,
    toks: &[Tok],
    at: usize,
    hi: usize,
) -> Option<(usize, String)> {
    let i = (at + 1..(at + 1 + UNKNOWN_PLACE_REACH).min(hi))
        .take_while(|&k| !CLAUSE_MARKS.contains(&lw(toks, k)))
        .find(|&k| lw(toks, k) == "in")?;
    let j = i + 1;
    let mut e = j;
    while toks.get(e).is_some_and(|t| t.cap && t.word) && e < j + UNKNOWN_PLACE_WORDS {
        e += 1;
    }
    if e == j || !UNKNOWN_PLACE_ENDS.contains(&lw(toks, e)) {
        return None;
    }
    let run = toks.get(j..e)?;
    let plain = run.iter().all(|t| {
        let w = text.get(t.start..t.end).unwrap_or("");
        !super::super::dates::is_calendar_word(&t.lower)
            && !UNKNOWN_PLACE_NOT.contains(&t.lower.as_str())
            && w.chars().any(char::is_lowercase)
            && gazetteer::lookup(w).is_none()
    });
    // "Sanders met Clinton in Clinton's home": a name already told is a person's.
    let told = toks
        .get(..i)
        .unwrap_or(&[])
        .iter()
        .any(|t| t.cap && run.iter().any(|r| r.lower == t.lower));
    if !plain || told {
        return None;
    }
    let (f, l) = (run.first()?, run.last()?);
    let name = text.get(f.start..l.end)?;
    if gazetteer::lookup(name).is_some() {
        return None;
    }
    Some((i, name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::unknown_place;
    use crate::meetings::tokens::tokenize;

    fn after_met(t: &str) -> Option<String> {
        let toks = tokenize(t, 0, t.len());
        let at = toks.iter().position(|x| x.lower == "met")?;
        unknown_place(t, &toks, at, toks.len()).map(|x| x.1)
    }

    #[test]
    fn a_name_after_in_past_the_meeting_is_its_place() {
        assert_eq!(
            after_met("Modi met Albanese in Goa on Friday.").as_deref(),
            Some("Goa")
        );
        assert_eq!(
            after_met("Putin met Kim in Vostochny.").as_deref(),
            Some("Vostochny")
        );
    }

    #[test]
    fn bodies_days_names_and_acronyms_are_no_place() {
        assert_eq!(after_met("Ryan met Trump in Congress on Friday."), None);
        assert_eq!(after_met("Modi met Albanese in March."), None);
        assert_eq!(after_met("Modi met Albanese in NATO talks."), None);
        assert_eq!(after_met("Sanders met Obama in Obama's office."), None);
        assert_eq!(after_met("Modi met Albanese in English."), None);
        assert_eq!(
            after_met("Modi met Albanese in Goa Province officials' view."),
            None
        );
        assert_eq!(
            after_met("Modi met Albanese, and then spoke in Goa."),
            None,
            "another clause"
        );
    }
}
