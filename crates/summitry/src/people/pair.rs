//! Two bare capitalised words that meet each other ("Macron and Scholz
//! met in Berlin", "Putin met Erdogan"): no title anchors them, but each is
//! a person's short name when one of the two is a person elsewhere on the
//! page, or when they meet in a known country or city. Clubs, companies
//! and factions also meet and hold talks: without either sign they are
//! left alone ("Chelsea met Arsenal at Stamford Bridge").

use crate::lexicon::{self, FastSet};
use crate::wordclass::{
    in_any, ARTICLES, COORDINATORS, DEMONSTRATIVES, FOCUS_ADVERBS, POSSESSIVES, PREPOSITIONS,
    SUBORDINATORS, TIME_DEICTICS,
};

use super::ctx::{is_common_word, Ctx};
use super::cues::{
    MAX_PAIR_VENUE_REACH, MAX_PAIR_VERB_GAP, PAIR_COORDINATOR, PAIR_MEETING_VERBS,
    PAIR_OBJECT_VERBS, PAIR_PERSON_PRONOUNS, PAIR_TALK_VERBS, PAIR_VENUE_PREPOSITIONS,
    PAIR_VERB_ADVERBS,
};
use super::runs::{capitalised, gap, is_function_word, is_not_name, joins, word};
use super::titles;

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
        && word(text, toks, i + 1) == PAIR_COORDINATOR
        && gap(text, toks, i + 1) == " "
        && bare_name(ctx, i + 2)
        && pair_meets(ctx, i, i + 2, verb_after(ctx, i + 2))
    {
        return true;
    }
    // "<j> and <i> met"
    if i >= 2
        && word(text, toks, i - 1) == PAIR_COORDINATOR
        && gap(text, toks, i - 1) == " "
        && gap(text, toks, i - 2) == " "
        && bare_name(ctx, i - 2)
        && pair_meets(ctx, i - 2, i, verb_after(ctx, i))
    {
        return true;
    }
    // "<i> met (with) <j>"
    if let Some(j) = object_after(ctx, i) {
        if bare_name(ctx, j) && pair_meets(ctx, i, j, Some((j + 1, false))) {
            return true;
        }
    }
    // "<j> met (with) <i>"
    (i.saturating_sub(3)..i).any(|j| {
        bare_name(ctx, j)
            && object_after(ctx, j) == Some(i)
            && pair_meets(ctx, j, i, Some((i + 1, false)))
    })
}

/// Whether the bare words `a` and `b`, with a meeting verb ending before
/// token `end` (`talk` for talk verbs), are people: one of them is a
/// person elsewhere on the page, or, for a meeting verb, they meet in a
/// known country or city.
fn pair_meets(ctx: &Ctx, a: usize, b: usize, verb: Option<(usize, bool)>) -> bool {
    let Some((end, talk)) = verb else {
        return false;
    };
    let anchors = ctx.anchors.get_or_init(|| person_anchors(ctx));
    let (text, toks) = (ctx.text, ctx.toks);
    anchors.contains(word(text, toks, a))
        || anchors.contains(word(text, toks, b))
        || !talk && meets_in_place(ctx, end)
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

/// The meeting or talk verb after token `i`, after at most
/// [`MAX_PAIR_VERB_GAP`] lowercase words and no punctuation, and not
/// followed by an object: the token after the verb phrase and whether it is
/// a talk verb.
fn verb_after(ctx: &Ctx, i: usize) -> Option<(usize, bool)> {
    let (text, toks) = (ctx.text, ctx.toks);
    (i + 1..=i + 1 + MAX_PAIR_VERB_GAP)
        .take_while(|&k| gap(text, toks, k - 1) == " ")
        .take_while(|&k| word(text, toks, k).starts_with(char::is_lowercase))
        .find_map(|k| {
            let meet = phrase_at(ctx, k, PAIR_MEETING_VERBS).map(|n| (k + n, false));
            meet.or_else(|| phrase_at(ctx, k, PAIR_TALK_VERBS).map(|n| (k + n, true)))
        })
        .filter(|&(end, _)| !object_at(ctx, end))
}

/// Whether token `k`, right after a meeting verb, opens its object ("met
/// the deadline", "met expectations"): a determiner or a lowercase word
/// that is no preposition, time word or adverb.
fn object_at(ctx: &Ctx, k: usize) -> bool {
    let (text, toks) = (ctx.text, ctx.toks);
    let w = word(text, toks, k);
    if k == 0 || gap(text, toks, k - 1) != " " || !w.starts_with(char::is_lowercase) {
        return false;
    }
    if in_any(&[ARTICLES, POSSESSIVES], w) {
        return true;
    }
    !(w.ends_with("ly")
        || in_any(
            &[
                PREPOSITIONS,
                SUBORDINATORS,
                COORDINATORS,
                TIME_DEICTICS,
                FOCUS_ADVERBS,
                DEMONSTRATIVES,
                PAIR_VERB_ADVERBS,
            ],
            w,
        ))
}

/// Whether a known country or city follows "in"/"at" within
/// [`MAX_PAIR_VENUE_REACH`] tokens from `k`, in the same sentence.
fn meets_in_place(ctx: &Ctx, k: usize) -> bool {
    let (text, toks) = (ctx.text, ctx.toks);
    (k..k + MAX_PAIR_VENUE_REACH)
        .take_while(|&m| m == k || !gap(text, toks, m - 1).contains(['.', '!', '?', ';', '\n']))
        .any(|m| {
            m > 0
                && PAIR_VENUE_PREPOSITIONS.contains(&word(text, toks, m - 1))
                && gap(text, toks, m - 1) == " "
                && toks.get(m).is_some_and(|t| {
                    ctx.places_in(t.start, text.len())
                        .next()
                        .is_some_and(|p| p.start == t.start)
                })
        })
}

/// The capitalised words the page makes people somewhere: after a title or
/// honorific ("Chancellor Scholz"), after a given name ("Olaf Scholz"), or
/// before "he"/"she" within two words ("Scholz said he …"). One pass.
fn person_anchors<'a>(ctx: &Ctx<'a>) -> FastSet<&'a str> {
    let (text, toks) = (ctx.text, ctx.toks);
    let mut set = FastSet::default();
    for k in 0..toks.len() {
        if !capitalised(text, toks, k) {
            continue;
        }
        let titled = k > 0 && gap(text, toks, k - 1) == " " && {
            let p = word(text, toks, k - 1);
            lexicon::is_title_word(p) || lexicon::is_honorific(p) || titles::is_religious_title(p)
        };
        let pronoun = [k + 1, k + 2].iter().any(|&m| {
            PAIR_PERSON_PRONOUNS.contains(&word(text, toks, m))
                && matches!(gap(text, toks, m - 1), " " | ", ")
                && (m == k + 1 || gap(text, toks, k) == " ")
        });
        if titled || pronoun || after_given_name(ctx, k) {
            set.insert(word(text, toks, k));
        }
    }
    set
}

/// Whether token `k` follows a given name: a capitalised word joined to it
/// by a space that is no title, place, function word or common word.
fn after_given_name(ctx: &Ctx, k: usize) -> bool {
    let (text, toks) = (ctx.text, ctx.toks);
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let w = word(text, toks, p);
    gap(text, toks, p) == " "
        && capitalised(text, toks, p)
        && toks.get(p).is_some_and(|t| !t.possessive)
        && !ctx.covered.get(p).copied().unwrap_or(true)
        && !ctx.is_prefix(w)
        && !is_not_name(w)
        && !is_common_word(ctx, w)
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
    use crate::people::found_names as names;

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
        // talks need one of the two to be a person elsewhere on the page
        assert_eq!(
            names("Narendra Modi spoke. After the vote, Modi and Sharif will hold talks."),
            ["Narendra Modi", "Sharif"]
        );
        assert_eq!(
            names("Wolves met Burnley on Saturday. Burnley said he was happy."),
            ["Wolves", "Burnley"]
        );
    }

    #[test]
    fn places_companies_and_unmet_words_are_not() {
        assert!(names("France and Germany met in Berlin on Monday.").is_empty());
        assert!(names("Monday and Tuesday met the deadline.").is_empty());
        assert!(names("Macron and Scholz visited Berlin on Monday.").is_empty());
        assert!(names("The committee met in Berlin on Monday.").is_empty());
    }

    #[test]
    fn clubs_companies_and_factions_are_not() {
        for t in [
            "Chelsea met Arsenal at Stamford Bridge on Sunday.",
            "Liverpool and Everton met in the derby.",
            "Wolves met Burnley on Saturday.",
            "Microsoft and OpenAI held talks on Monday.",
            "Hamas and Fatah held talks in Cairo.",
            "Boeing and Airbus met the deadline.",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }
}
