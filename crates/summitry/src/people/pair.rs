//! Two bare capitalised words that meet each other ("Macron and Scholz
//! met in Berlin", "Putin met Erdogan"): no title anchors them, but only
//! people meet, talk or hold talks, so each is a person's short name.

use super::ctx::{is_common_word, Ctx};
use super::cues::{MAX_PAIR_VERB_GAP, PAIR_MEETING_VERBS, PAIR_OBJECT_VERBS};
use super::runs::{capitalised, gap, is_function_word, is_not_name, joins, word};

/// Whether token `i`, a capitalised word on its own, is one of a pair of
/// bare names that meet: "<i> and <j> <verb>", "<j> and <i> <verb>",
/// "<i> met <j>" or "<j> met <i>".
pub(super) fn meets_bare_name(ctx: &Ctx, i: usize) -> bool {
    if !bare_name(ctx, i) {
        return false;
    }
    let (text, toks) = (ctx.text, ctx.toks);
    // "<i> and <j> met"
    if gap(text, toks, i) == " "
        && word(text, toks, i + 1) == "and"
        && gap(text, toks, i + 1) == " "
        && bare_name(ctx, i + 2)
        && verb_follows(ctx, i + 2, PAIR_MEETING_VERBS)
    {
        return true;
    }
    // "<j> and <i> met"
    if i >= 2
        && word(text, toks, i - 1) == "and"
        && gap(text, toks, i - 1) == " "
        && gap(text, toks, i - 2) == " "
        && bare_name(ctx, i - 2)
        && verb_follows(ctx, i, PAIR_MEETING_VERBS)
    {
        return true;
    }
    // "<i> met (with) <j>"
    if let Some(j) = object_after(ctx, i) {
        if bare_name(ctx, j) {
            return true;
        }
    }
    // "<j> met (with) <i>"
    (i.saturating_sub(3)..i).any(|j| bare_name(ctx, j) && object_after(ctx, j) == Some(i))
}

/// Token `i` is a capitalised word standing alone (not in a longer run),
/// not a place or title, not an organisation, month or function word, and
/// not a word the text also writes in lowercase.
fn bare_name(ctx: &Ctx, i: usize) -> bool {
    let (text, toks) = (ctx.text, ctx.toks);
    let Some(t) = toks.get(i) else { return false };
    let w = word(text, toks, i);
    let alone_before = i == 0 || !capitalised(text, toks, i - 1) || !joins(text, toks, i - 1);
    capitalised(text, toks, i)
        && !t.possessive
        && alone_before
        && !joins(text, toks, i)
        && w.chars().count() > 2
        && !ctx.covered.get(i).copied().unwrap_or(true)
        && !is_function_word(w)
        && !is_not_name(w)
        && !is_common_word(ctx, w)
}

/// Whether one of `verbs` follows token `i`, after at most
/// [`MAX_PAIR_VERB_GAP`] lowercase words and no punctuation.
fn verb_follows(ctx: &Ctx, i: usize, verbs: &[&str]) -> bool {
    let (text, toks) = (ctx.text, ctx.toks);
    (i + 1..=i + 1 + MAX_PAIR_VERB_GAP)
        .take_while(|&k| gap(text, toks, k - 1) == " ")
        .take_while(|&k| word(text, toks, k).starts_with(char::is_lowercase))
        .any(|k| phrase_at(ctx, k, verbs).is_some())
}

/// The number of words of the first of `phrases` written from token `k` on.
fn phrase_at(ctx: &Ctx, k: usize, phrases: &[&str]) -> Option<usize> {
    let (text, toks) = (ctx.text, ctx.toks);
    phrases
        .iter()
        .map(|p| p.split(' '))
        .filter_map(|ws| {
            let mut n = 0;
            for (o, pw) in ws.enumerate() {
                if word(text, toks, k + o) != pw || (o > 0 && gap(text, toks, k + o - 1) != " ") {
                    return None;
                }
                n = o + 1;
            }
            Some(n)
        })
        .max()
}

/// The token right after "<i> met (with)": the met one.
fn object_after(ctx: &Ctx, i: usize) -> Option<usize> {
    if gap(ctx.text, ctx.toks, i) != " " {
        return None;
    }
    let n = phrase_at(ctx, i + 1, PAIR_OBJECT_VERBS)?;
    (gap(ctx.text, ctx.toks, i + n) == " ").then_some(i + 1 + n)
}

#[cfg(test)]
mod tests {
    use crate::people::run;

    fn names(t: &str) -> Vec<String> {
        run(t, &[]).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn two_bare_names_that_meet_are_people() {
        assert_eq!(
            names("Macron and Scholz met in Berlin on Monday."),
            ["Macron", "Scholz"]
        );
        assert_eq!(
            names("On Monday, Putin met Erdogan in Sochi."),
            ["Putin", "Erdogan"]
        );
        assert_eq!(
            names("After the vote, Modi and Sharif will hold talks."),
            ["Modi", "Sharif"]
        );
    }

    #[test]
    fn places_companies_and_unmet_words_are_not() {
        assert!(names("France and Germany met in Berlin on Monday.").is_empty());
        assert!(names("Monday and Tuesday met the deadline.").is_empty());
        assert!(names("Macron and Scholz visited Berlin on Monday.").is_empty());
        assert!(names("The committee met in Berlin on Monday.").is_empty());
    }
}

#[cfg(test)]
mod short_and_state_tests {
    use crate::people::run;

    fn people(t: &str) -> Vec<(String, Option<String>, Option<String>, usize)> {
        run(t, &[])
            .into_iter()
            .map(|p| (p.name, p.role, p.country, p.mentions.len()))
            .collect()
    }

    #[test]
    fn the_part_after_an_arabic_article_is_the_same_person() {
        let p = people(
            "Egyptian President Abdel Fattah al-Sisi welcomed the plan. Sisi said it was good.",
        );
        assert_eq!(p.len(), 1);
        assert_eq!(
            p.first().map(|x| (x.0.as_str(), x.3)),
            Some(("Abdel Fattah al-Sisi", 2))
        );
        // an unrelated bare word is not a mention of him
        let q = people("Egyptian President Abdel Fattah al-Sisi welcomed the plan. Cairo agreed.");
        assert_eq!(q.first().map(|x| x.3), Some(1));
    }

    #[test]
    fn a_senator_from_a_state_serves_the_united_states() {
        let p = people("Bernie Sanders, the senator from Vermont, said he would vote no.");
        let us = Some("United States".to_string());
        assert_eq!(
            p.first().map(|x| (x.1.clone(), x.2.clone())),
            Some((Some("Senator".into()), us))
        );
        // a senator of no state keeps no country
        let q = people("Bernie Sanders, the senator, said he would vote no.");
        assert_eq!(q.first().and_then(|x| x.2.clone()), None);
    }
}
