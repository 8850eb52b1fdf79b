//! One capitalised run read as a candidate name: the title and country
//! prefix before it, an apposition after it, a speech verb beside it.

use crate::lexicon;
use crate::quotes::verbs;

use super::ctx::{is_common_word, Ctx};
use super::cues::{
    is_apposition_opener, ANCHOR_NOUNS, CHINESE_SURNAMES, MAX_ABBREVIATION_LEN,
    MAX_APPOSITION_WORDS, MAX_NAME_WORDS, MAX_PARTY_TAG_WORDS, MAX_PREFIX_WORDS, NAME_PARTICLES,
    NUMBERED_PART_WORDS, OTHER_FAMILY_FIRST_SURNAMES, PATRONYMIC_PARTICLES, REGNAL_GIVEN_NAMES,
    SEATS_OF_GOVERNMENT, STATE_OFFICES, STATE_OFFICE_LINK, UNIONS, UNQUALIFIED_PRESIDENT_COUNTRY,
    US_PARTY_WORDS,
};
use super::pair;
use super::runs::{
    capitalised, gap, is_clause_word, is_function_word, is_initial, is_not_name, is_org_word,
    is_paired_initials, is_regnal_numeral, sentence_initial, word,
};
use super::titles;
use super::Candidate;

/// Turns a capitalised run into a candidate name, with the title and
/// country its context gives.
pub(super) fn analyze(ctx: &Ctx, a: usize, b: usize) -> Option<Candidate> {
    let (text, toks, hits) = (ctx.text, ctx.toks, ctx.hits);
    // two bare words that meet each other ("Macron and Scholz met")
    let paired = a == b && pair::meets_bare_name(ctx, a);
    if a == b {
        // the common case: one capitalised word ("The", "Tokyo", "Kishida");
        // it names someone new only after a title or honorific
        let titled = a > 0
            && matches!(gap(text, toks, a - 1), " " | ". ")
            && (ctx.covered.get(a - 1).copied().unwrap_or(false)
                || ctx.is_prefix(word(text, toks, a - 1)));
        let w = word(text, toks, a);
        if !(titled || paired) || is_function_word(w) || is_common_word(ctx, w) {
            return None;
        }
    }
    // strip the title / country / function-word prefix inside the run
    let mut first = a;
    while first <= b {
        let Some(t) = toks.get(first) else { break };
        if let Some(&end) = hits.get(&t.start) {
            while first <= b && toks.get(first).is_some_and(|t| t.start < end) {
                first += 1;
            }
        } else if ctx.is_prefix(word(text, toks, first))
            || (first == a && sentence_initial(ctx, a) && is_clause_word(word(text, toks, a)))
            || US_PARTY_WORDS.contains(&word(text, toks, first))
            || (lexicon::is_us_state_word(word(text, toks, first))
                && (ctx.covered.get(first + 1).copied().unwrap_or(false)
                    || lexicon::is_title_word(word(text, toks, first + 1))))
            || (first == a
                && first < b
                && (sentence_initial(ctx, a) || first + 1 < b)
                && is_common_word(ctx, word(text, toks, a)))
        {
            first += 1;
        } else {
            break;
        }
    }
    if first > b {
        return None;
    }
    // a title inside the run, after an organisation's name ("Mondelez CEO
    // Irene Rosenfeld"): the name starts after it
    if let (Some(s), Some(e)) = (toks.get(first), toks.get(b)) {
        if let Some(r) = ctx.roles_in(s.start, e.start).last() {
            first = (first..=b)
                .find(|&k| toks.get(k).is_some_and(|t| t.start >= r.end))
                .unwrap_or(first);
        }
    }
    // a portfolio after "<title> of" ("Minister of Strategic Affairs Ron
    // Dermer"): the name starts after its last office word
    let mut portfolio = None;
    if a >= 2 && word(text, toks, a - 1) == "of" && gap(text, toks, a - 1) == " " {
        let title_end = toks.get(a - 2).map_or(0, |t| t.end);
        let i = ctx.roles.partition_point(|r| r.end < title_end);
        let title = ctx.roles.get(i).filter(|r| r.end == title_end);
        let office = (first..b).rev().find(|&k| {
            let w = word(text, toks, k);
            is_org_word(w) || ctx.is_prefix(w)
        });
        // and a full name of two words or more remains
        if let (Some(t), Some(k)) = (title, office.filter(|&k| k + 1 < b)) {
            first = k + 1;
            portfolio = Some(t.role);
        }
    }
    let last = b;
    // a regnal numeral closes a name after a given name and a title
    // ("King Abdullah II") or after a given name and surname ("Harry Hurt
    // III"), not after a lone word ("Volume IV", "Metroid II")
    let titled = first > 0 && ctx.covered.get(first - 1).copied().unwrap_or(false);
    // untitled, a monarch's given name right before the numeral starts the
    // name: "Sohn Friedrich II" (German "son") is "Friedrich II"
    let monarch = last > first + 1
        && !titled
        && is_regnal_numeral(word(text, toks, last))
        && REGNAL_GIVEN_NAMES.contains(&word(text, toks, last - 1));
    if monarch {
        first = last - 1;
    }
    let untitled_ok = (monarch
        || last > first + 1 && (first..last).all(|i| capitalised(text, toks, i)))
        && !NUMBERED_PART_WORDS.contains(&word(text, toks, last - 1));
    let numeral =
        last > first && (titled || untitled_ok) && is_regnal_numeral(word(text, toks, last));
    let words = (first..=last)
        .filter(|&i| !PATRONYMIC_PARTICLES.contains(&word(text, toks, i)))
        .count();
    if words - usize::from(numeral) > MAX_NAME_WORDS {
        return None;
    }
    for i in first..=last {
        let w = word(text, toks, i);
        // after a title only: "Vice President JD Vance", not "UC Irvine"
        let paired_initials = i == first
            && first < last
            && first > 0
            && ctx.covered.get(first - 1).copied().unwrap_or(false)
            && is_paired_initials(w);
        // a family-first surname opening a titled name ("President Park
        // Geun Hye"), not a place word ("Gorky Park")
        let family_first = i == first
            && first < last
            && first > 0
            && ctx.covered.get(first - 1).copied().unwrap_or(false)
            && (CHINESE_SURNAMES.contains(&w) || OTHER_FAMILY_FIRST_SURNAMES.contains(&w));
        let numeral_end = numeral && i == last;
        if !NAME_PARTICLES.contains(&w)
            && !is_initial(text, toks, i)
            && !paired_initials
            && !family_first
            && !numeral_end
            && is_not_name(w)
        {
            return None;
        }
    }
    // the prefix: words before the name that are titles, countries, modifiers
    let mut p = first;
    while p > 0 && first - p < MAX_PREFIX_WORDS {
        let g = gap(text, toks, p - 1);
        let w = word(text, toks, p - 1);
        // ". " only after an abbreviation ("Sen. Ted Cruz"), not a sentence end
        let abbrev = w.starts_with(char::is_uppercase) && w.chars().count() <= MAX_ABBREVIATION_LEN;
        let sep_ok = g == " " || (g == ". " && abbrev);
        let in_hit = ctx.covered.get(p - 1).copied().unwrap_or(false);
        let org_word = is_org_word(w.trim_end_matches('s'))
            || is_org_word(w)
            || lexicon::is_title_word(w.trim_end_matches('s'));
        let us_word = US_PARTY_WORDS.contains(&w) || lexicon::is_us_state_word(w);
        if !sep_ok
            || !(in_hit || org_word || us_word || ctx.is_prefix(w) || w == "of" || w == "the")
        {
            break;
        }
        p -= 1;
    }
    let mut role = None;
    let mut country = None;
    let mut anchored = false;
    // the prefix title is an abbreviation ("Sen.", "Gen."): a fuller
    // description after the name says more
    let mut abbreviated = false;
    if p < first {
        let span_start = toks.get(p).map_or(0, |t| t.start);
        let span_end = toks.get(first).map_or(0, |t| t.start);
        if let Some(r) = ctx.roles_in(span_start, span_end).last() {
            role = Some(r.role.to_string());
            anchored = true;
            abbreviated = text.get(r.start..r.end).is_some_and(|s| s.ends_with('.'));
        } else if let Some(i) = (p..first).rev().find(|&i| {
            let w = word(text, toks, i);
            titles::RELIGIOUS_TITLES.contains(&w)
        }) {
            // with its full stop: "Rev."
            let t = toks.get(i).map_or((0, 0), |t| (t.start, t.end));
            let dotted = text.get(t.1..).is_some_and(|a| a.starts_with('.'));
            role = text.get(t.0..t.1 + usize::from(dotted)).map(str::to_string);
            anchored = true;
        }
        if let Some(pl) = ctx.places_in(span_start, span_end).last() {
            country = Some(pl.country);
        } else if let Some(c) = seat_of_government(text.get(span_start..span_end).unwrap_or("")) {
            country = Some(c);
        } else if let Some(c) = union_in_prefix(ctx, p, first) {
            country = Some(c);
        } else if (p..first).any(|i| {
            let w = word(text, toks, i);
            US_PARTY_WORDS.contains(&w) || lexicon::is_us_state_word(w)
        }) {
            country = Some(UNQUALIFIED_PRESIDENT_COUNTRY);
        }
        anchored |= (p..first).any(|i| {
            let w = word(text, toks, i);
            lexicon::is_honorific(w)
        });
        // a country's possessive right before a full name ("Russia’s
        // Vladimir Putin")
        anchored |= first < b
            && !is_common_word(ctx, word(text, toks, first))
            && !is_common_word(ctx, word(text, toks, b))
            && toks.get(first - 1).is_some_and(|t| {
                // not a quoted title: “America’s Bitter Pill”
                let quoted = text
                    .get(..t.start)
                    .is_some_and(|b| b.ends_with(['“', '"', '\'', '‘']));
                t.possessive
                    && !quoted
                    && ctx
                        .places_in(t.start, t.full_end)
                        .any(|pl| pl.kind == lexicon::PlaceKind::Country)
            });
    }
    if role.is_none() {
        if let Some(r) = portfolio {
            role = Some(r.to_string());
            anchored = true;
        }
    }
    if role.is_none() && first > 0 && gap(text, toks, first - 1) == ", " {
        if let Some((r, c)) = title_before_comma(ctx, first - 1) {
            role = Some(r.to_string());
            anchored = true;
            country = country.or(c);
        }
    }
    // a job noun before the name and its courtesy title ("anchor Megyn
    // Kelly", "his wife, Madam Peng Liyuan")
    if role.is_none() && p > 0 && matches!(gap(text, toks, p - 1), " " | ", ") {
        if let Some(n) = titles::person_noun(word(text, toks, p - 1)) {
            role = Some(n.to_string());
            anchored = true;
        }
    }
    // "his counterpart Xi Jinping": a noun that stands for a person
    if first > 0
        && gap(text, toks, first - 1) == " "
        && ANCHOR_NOUNS.contains(&word(text, toks, first - 1))
    {
        anchored = true;
    }
    anchored |= paired;
    if first == last && !anchored {
        return None; // a lone word counts only after a title or honorific
    }
    let common_last = is_common_word(ctx, word(text, toks, last));
    // an apposition after the name: ", the President of China,"
    // an abbreviated title yields to the post after a party tag ("Rep.
    // Elijah Cummings (D-Md.), chair of …")
    let tagged = abbreviated && party_tag_end(ctx, last).is_some();
    if let Some((r, c)) = apposition(ctx, last) {
        if role.is_none() || tagged && r.is_some() {
            role = r.map(str::to_string);
        }
        anchored |= r.is_some();
        if country.is_none() {
            country = c;
        }
    }
    // "President Vladimir V. Putin of Russia": the country after "of"
    if country.is_none() && gap(text, toks, last) == " " && word(text, toks, last + 1) == "of" {
        if let Some(t) = toks.get(last + 2) {
            country = ctx
                .places_in(t.start, t.full_end)
                .next()
                .filter(|p| p.start == t.start)
                .map(|p| p.country);
        }
    }
    // a speech verb right after or right before
    let after = word(text, toks, last + 1);
    let g_after = gap(text, toks, last);
    if (g_after == " " || g_after == ", ") && verbs::is_speech_verb(after) {
        anchored = true;
    }
    if first > 0
        && gap(text, toks, first - 1) == " "
        && verbs::is_speech_verb(word(text, toks, first - 1))
    {
        anchored = true;
    }
    if common_last && !anchored {
        return None; // "Trump Tower", "Clinton Probe": a name and a common word
    }
    Some(Candidate {
        first,
        last,
        role,
        country,
        anchored,
        paired,
    })
}

/// A title set off by a comma before a name ("The Turkish President,
/// Recep Tayyip Erdogan"): the title ends at token `t`, and is opened by
/// "the" or a country; returns the title and that country.
fn title_before_comma(ctx: &Ctx, t: usize) -> Option<(&'static str, Option<&'static str>)> {
    let end = ctx.toks.get(t)?.end;
    let i = ctx.roles.partition_point(|r| r.end < end);
    let r = ctx.roles.get(i).filter(|r| r.end == end)?;
    let before = ctx.text.get(..r.start)?.strip_suffix(' ')?;
    let j = ctx.places.partition_point(|p| p.end < before.len());
    if let Some(p) = ctx.places.get(j).filter(|p| p.end == before.len()) {
        return Some((r.role, Some(p.country)));
    }
    (before.ends_with("the") || before.ends_with("The")).then_some((r.role, None))
}

/// The union whose body a title prefix names ("European Commission
/// President Ursula von der Leyen" → "European Union"), in one or two words;
/// the body's first word may stand just before the prefix ("European").
fn union_in_prefix(ctx: &Ctx, p: usize, first: usize) -> Option<&'static str> {
    (p.saturating_sub(1)..first).find_map(|i| {
        let s = ctx.toks.get(i)?.start;
        [i, i + 1]
            .into_iter()
            .filter(|&j| j < first)
            .filter_map(|j| ctx.text.get(s..ctx.toks.get(j)?.end))
            .filter_map(lexicon::organisation)
            .find(|o| UNIONS.contains(o))
    })
}

/// The country whose seat of government a title prefix names ("Kremlin aide").
fn seat_of_government(prefix: &str) -> Option<&'static str> {
    SEATS_OF_GOVERNMENT.iter().find_map(|&(seat, country)| {
        prefix
            .match_indices(seat)
            .any(|(i, _)| {
                let after = prefix.get(i + seat.len()..).unwrap_or("");
                !after.starts_with(char::is_alphanumeric)
            })
            .then_some(country)
    })
}

/// The last token of a short parenthesis right after token `last` that
/// closes before a comma: a legislator's party and state ("Sen. Chuck
/// Grassley (R-Iowa), chairman of …").
fn party_tag_end(ctx: &Ctx, last: usize) -> Option<usize> {
    if gap(ctx.text, ctx.toks, last) != " (" {
        return None;
    }
    (last + 1..=last + MAX_PARTY_TAG_WORDS)
        .find(|&k| matches!(gap(ctx.text, ctx.toks, k), "), " | ".), "))
}

/// Role and country from an apposition after token `last`.
fn apposition(ctx: &Ctx, last: usize) -> Option<(Option<&'static str>, Option<&'static str>)> {
    let (text, toks) = (ctx.text, ctx.toks);
    let tag = party_tag_end(ctx, last);
    let last = tag.unwrap_or(last);
    let g = gap(text, toks, last);
    let g = if tag.is_some() {
        g.trim_start_matches(['.', ')'])
    } else {
        g
    };
    if g.trim() != "," {
        return None;
    }
    let start_tok = last + 1;
    let mut end_tok = start_tok;
    while end_tok < start_tok + MAX_APPOSITION_WORDS && end_tok + 1 < toks.len() {
        let g = gap(text, toks, end_tok);
        if g.contains([',', '.', ';', ':', '(', ')', '“', '”', '"', '\n']) {
            break;
        }
        end_tok += 1;
    }
    let opener = word(text, toks, start_tok).to_lowercase();
    let s = toks.get(start_tok)?.start;
    let e = toks.get(end_tok)?.full_end;
    let first_role = ctx.roles_in(s, e).next();
    let first_place = ctx.places_in(s, e).next();
    let role = first_role.map(|r| r.role);
    let first_words_end = toks.get(start_tok + 2).map_or(usize::MAX, |t| t.full_end);
    let starts_ok = is_apposition_opener(&opener)
        || first_role.is_some_and(|r| r.start < first_words_end)
        || first_place.is_some_and(|p| p.start == s);
    if !starts_ok || opener == "who" && role.is_none() {
        return None;
    }
    // ", President Obama made": a title before another name is that
    // person's, not an apposition
    let titles_a_name = first_role.is_some_and(|r| {
        text.get(r.end..)
            .and_then(|a| a.strip_prefix(' '))
            .is_some_and(|a| a.starts_with(char::is_uppercase))
    });
    if titles_a_name {
        return None;
    }
    let mut country = first_place.map(|p| p.country);
    // "the senator from Vermont": a state's office is the United States'
    if role.is_some_and(|r| STATE_OFFICES.contains(&r))
        && (start_tok..end_tok).any(|k| {
            word(text, toks, k) == STATE_OFFICE_LINK
                && gap(text, toks, k) == " "
                && lexicon::is_us_state_word(word(text, toks, k + 1))
        })
    {
        country = Some(UNQUALIFIED_PRESIDENT_COUNTRY);
    }
    if role.is_none() && country.is_none() {
        return None;
    }
    Some((role, country))
}

#[cfg(test)]
mod tests {
    use crate::people::{found_names as names, found_people as people_of};

    #[test]
    fn a_regnal_numeral_needs_a_title_or_a_given_name() {
        assert_eq!(
            names("Emperor Wilhelm II visited the colony in 1905."),
            ["Emperor Wilhelm II"]
        );
        assert_eq!(
            names("The author Harry Hurt III said so. Hurt smiled."),
            ["Harry Hurt III"]
        );
        let p = names("Später regierte sein Sohn Friedrich II das Land. Friedrich starb.");
        assert!(p.iter().all(|n| !n.starts_with("Sohn")), "{p:?}");
        assert_eq!(names("Brent Bozell III said so.")[0], "Brent Bozell III");
    }

    #[test]
    fn a_senator_from_a_state_serves_the_united_states() {
        let p = people_of("Bernie Sanders, the senator from Vermont, said he would vote no.");
        let us = Some("United States".to_string());
        assert_eq!(
            p.first().map(|x| (x.1.clone(), x.2.clone())),
            Some((Some("Senator".into()), us))
        );
        // a senator of no state keeps no country
        let q = people_of("Bernie Sanders, the senator, said he would vote no.");
        assert_eq!(q.first().and_then(|x| x.2.clone()), None);
    }
}
