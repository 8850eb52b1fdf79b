//! Stage 6: the people the body names, with role, country and mentions.
//!
//! No statistical model: a person is a run of capitalised words anchored by
//! a title of office or honorific before it ("Chinese President Xi
//! Jinping"), an apposition after it ("Takeo Akiba, Japan's top national
//! security adviser"), a speech verb ("…," Kishida said) or by repetition
//! of one of its words alone. Later short mentions ("Xi", "President
//! Kishida") resolve to the fullest name.

mod anaphora;
mod cues;
mod group;
pub(crate) mod tokens;

use std::cell::RefCell;
use std::sync::LazyLock;

use crate::lexicon::{self, FastMap, FastSet};
use crate::quotes::verbs;
use crate::{Person, Span};

use cues::{
    APPOSITION_OPENERS, ARABIC_ARTICLES, FUNCTION_WORDS, MAX_ABBREVIATION_LEN,
    MAX_APPOSITION_WORDS, MAX_NAME_WORDS, MAX_PREFIX_WORDS, MAX_ROLE_GAP, MIN_COMMON_WORD_LEN,
    NAME_PARTICLES, NOT_NAME_WORDS, SEATS_OF_GOVERNMENT, UNQUALIFIED_PRESIDENT_COUNTRY,
    US_PARTY_WORDS, WRITTEN_ROLES,
};
use tokens::{tokenize, Token};

/// A name found in the text, before grouping.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Token indices of the name, inclusive.
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) role: Option<String>,
    pub(super) country: Option<&'static str>,
    /// Anchored by a title, honorific, apposition or speech verb.
    pub(super) anchored: bool,
}

/// Finds the people named in `text`.
pub(crate) fn run(text: &str, _sentences: &[Span]) -> Vec<Person> {
    let toks = tokenize(text);
    let mut hits: FastMap<usize, usize> = FastMap::default();
    let (places, roles) = lexicon::places_and_roles_at(text, tokens::word_starts(text, &toks));
    for h in &places {
        hits.insert(h.start, h.end);
    }
    for h in &roles {
        let e = hits.entry(h.start).or_insert(h.end);
        *e = (*e).max(h.end);
    }
    let covered = covered_tokens(&toks, &hits);
    let lower = lowercase_words(text, &toks);
    let ctx = Ctx {
        text,
        toks: &toks,
        hits: &hits,
        covered: &covered,
        lower: &lower,
        places: &places,
        roles: &roles,
        prefix: RefCell::new(FastMap::default()),
    };
    let mut cands: Vec<Candidate> = name_runs(text, &toks)
        .into_iter()
        .filter_map(|(a, b)| analyze(&ctx, a, b))
        .collect();
    plural_titles(text, &toks, &mut cands);
    let mut people = group::group(text, &toks, &cands, &places);
    group::role_mentions(text, &roles, &places, &mut people);
    written_roles(text, &roles, &mut people);
    anaphora::description_roles(text, &roles, &places, &mut people);
    people
}

/// A plural title before two names joined by "and" ("Presidents Joe Biden
/// and Xi Jinping") is the title of each.
fn plural_titles(text: &str, toks: &[Token], cands: &mut [Candidate]) {
    let mut carry: Option<(&'static str, usize)> = None;
    for c in cands.iter_mut() {
        if let Some((r, after)) = carry.take() {
            let joined = toks
                .get(after)
                .zip(toks.get(c.first))
                .and_then(|(a, b)| text.get(a.end..b.start))
                == Some(" and ");
            if joined && c.role.is_none() {
                c.role = Some(r.to_string());
                c.anchored = true;
            }
        }
        if c.role.is_some() || c.first == 0 || gap(text, toks, c.first - 1) != " " {
            continue;
        }
        let w = word(text, toks, c.first - 1);
        let role = w
            .strip_suffix('s')
            .filter(|s| s.starts_with(char::is_uppercase) && lexicon::is_title_word(s))
            .and_then(lexicon::canonical_role);
        if let Some(r) = role {
            c.role = Some(r.to_string());
            c.anchored = true;
            carry = Some((r, c.last));
        }
    }
}

/// Keeps a title as the text writes it where the canonical form would lose
/// what the writer said: abbreviations ("Sen.", "Ohio Gov.") and the many
/// words for a candidate ("front-runner", "presumptive nominee"). The title
/// is the one standing right before a mention of the person.
fn written_roles(text: &str, roles: &[lexicon::RoleHit], people: &mut [Person]) {
    for p in people.iter_mut() {
        let Some(role) = p.role.as_deref() else {
            continue;
        };
        let written = p.mentions.iter().find_map(|m| {
            let i = roles.partition_point(|r| r.end <= m.start);
            let r = roles.get(i.checked_sub(1)?)?;
            let between = text.get(r.end..m.start)?;
            let close = between.len() <= MAX_ROLE_GAP
                && !between.contains(['.', ',', ';', ':', '\n', '(', '“', '"']);
            let surface = text.get(r.start..r.end)?;
            (close && r.role == role).then_some(surface)
        });
        if let Some(w) = written {
            if w.ends_with('.') || WRITTEN_ROLES.contains(&role) {
                p.role = Some(w.to_string());
            }
        }
    }
}

/// The text, its tokens, and where lexicon phrases (places, titles) stand.
struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Start offset → end offset of each place or title phrase.
    hits: &'a FastMap<usize, usize>,
    /// Per token: inside a place or title phrase.
    covered: &'a [bool],
    /// Words the text also writes in lowercase: common words, not names.
    lower: &'a FastSet<&'a str>,
    /// Every place and every title in the text, in order.
    places: &'a [lexicon::PlaceHit],
    roles: &'a [lexicon::RoleHit],
    /// [`is_prefix_word`] of the words asked so far (seven lexicon lookups
    /// each; the same few words come back all through a text).
    prefix: RefCell<FastMap<&'a str, bool>>,
}

impl<'a> Ctx<'a> {
    /// [`is_prefix_word`], remembered per word.
    fn is_prefix(&self, w: &'a str) -> bool {
        if let Some(&v) = self.prefix.borrow().get(w) {
            return v;
        }
        let v = is_prefix_word(w);
        self.prefix.borrow_mut().insert(w, v);
        v
    }

    /// The titles lying inside `[s, e)`.
    fn roles_in(&self, s: usize, e: usize) -> impl Iterator<Item = &lexicon::RoleHit> {
        let i = self.roles.partition_point(|r| r.start < s);
        self.roles
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |r| r.start < e)
            .filter(move |r| r.end <= e)
    }

    /// The places lying inside `[s, e)`.
    fn places_in(&self, s: usize, e: usize) -> impl Iterator<Item = &lexicon::PlaceHit> {
        let i = self.places.partition_point(|r| r.start < s);
        self.places
            .get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |r| r.start < e)
            .filter(move |r| r.end <= e)
    }
}

/// The words the text writes all in lowercase ("rival", "tower") that it
/// also writes capitalised: a capitalised form of one of them is a headline
/// or sentence-initial common word, not a name. Single letters and name
/// particles are left out. A lowercase word opening a line (a tag, a
/// caption, a slug) is no evidence. Only the capitalised words' lowercase
/// forms are hashed into a table; a lowercase word is looked up only when
/// its first letter and length match one of them.
fn lowercase_words<'a>(text: &'a str, toks: &[Token]) -> FastSet<&'a str> {
    let mut caps: FastSet<String> = FastSet::default();
    let mut filter = [0u64; FILTER_WORDS];
    for t in toks {
        let w = t.text(text);
        if w.len() >= MIN_COMMON_WORD_LEN && w.chars().any(char::is_uppercase) {
            // Lowercased on the stack; a word seen before allocates nothing.
            lexicon::with_lower(w, |l| {
                let (k, bit) = filter_slot(l);
                if let Some(slot) = filter.get_mut(k) {
                    *slot |= bit;
                }
                if !caps.contains(l) {
                    caps.insert(l.to_string());
                }
            });
        }
    }
    toks.iter()
        .enumerate()
        .filter(|&(i, t)| {
            let w = t.text(text);
            let (k, bit) = filter_slot(w);
            w.len() >= MIN_COMMON_WORD_LEN
                && filter.get(k).is_some_and(|m| m & bit != 0)
                && i > 0
                && !gap(text, toks, i - 1).contains('\n')
        })
        .map(|(_, t)| t.text(text))
        .filter(|w| {
            !NAME_PARTICLES.contains(w) && w.chars().all(|c| c.is_lowercase()) && caps.contains(*w)
        })
        .collect()
}

/// Size of the common-word prefilter, in 64-bit words.
const FILTER_WORDS: usize = 128;

/// A word's bit in the common-word prefilter: from its first two bytes,
/// last byte and length (a one-hash Bloom filter).
fn filter_slot(w: &str) -> (usize, u64) {
    let b = w.as_bytes();
    let h = [b.first(), b.get(1), b.last()]
        .into_iter()
        .fold(w.len(), |h, x| {
            h.wrapping_mul(31)
                .wrapping_add(usize::from(x.copied().unwrap_or(0)))
        });
    let bit = h % (FILTER_WORDS * 64);
    (bit / 64, 1u64 << (bit % 64))
}

/// Whether the text also writes `w` in lowercase.
fn is_common_word(ctx: &Ctx, w: &str) -> bool {
    lexicon::with_lower(w, |l| ctx.lower.contains(l))
}

/// Marks the tokens that lie inside a lexicon phrase.
fn covered_tokens(toks: &[Token], hits: &FastMap<usize, usize>) -> Vec<bool> {
    let mut spans: Vec<(usize, usize)> = hits.iter().map(|(&s, &e)| (s, e)).collect();
    spans.sort_unstable();
    let mut out = vec![false; toks.len()];
    let mut j = 0;
    for (i, t) in toks.iter().enumerate() {
        while spans.get(j).is_some_and(|&(_, e)| e <= t.start) {
            j += 1;
        }
        if let (Some(&(s, e)), Some(o)) = (spans.get(j), out.get_mut(i)) {
            *o = s <= t.start && t.end <= e;
        }
    }
    out
}

/// The gap between two tokens.
fn gap<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(a), Some(b)) => text.get(a.full_end..b.start).unwrap_or(""),
        _ => "",
    }
}

pub(super) fn word<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.text(text))
}

/// Whether token `i` is a single capital letter (an initial).
fn is_initial(text: &str, toks: &[Token], i: usize) -> bool {
    let w = word(text, toks, i);
    w.chars().count() == 1 && w.chars().all(char::is_uppercase)
}

fn capitalised(text: &str, toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_capitalised(text)
            || text
                .as_bytes()
                .get(t.start)
                .is_some_and(|b| matches!(b, b'a' | b'e' | b'A' | b'E'))
                && ARABIC_ARTICLES.iter().any(|p| {
                    t.text(text)
                        .strip_prefix(p)
                        .is_some_and(|r| r.starts_with(char::is_uppercase))
                })
    })
}

/// Maximal runs of capitalised words joined by single spaces (or by an
/// initial's or honorific's full stop), with lowercase name particles inside.
fn name_runs(text: &str, toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capitalised(text, toks, i) {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < toks.len() && joins(text, toks, i) {
            i += 1;
        }
        // a run never ends on a particle
        let mut end = i;
        while end > start && !capitalised(text, toks, end) {
            end -= 1;
        }
        out.push((start, end));
        i += 1;
    }
    out
}

/// Whether token `i` and `i + 1` belong to one capitalised run.
fn joins(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.possessive {
        return false;
    }
    let g = gap(text, toks, i);
    let w = word(text, toks, i);
    let gap_ok = g == " " || (g == ". " && (is_initial(text, toks, i) || lexicon::is_honorific(w)));
    if !gap_ok {
        return false;
    }
    let next = word(text, toks, i + 1);
    if capitalised(text, toks, i + 1) {
        return true;
    }
    NAME_PARTICLES.contains(&next)
        && capitalised(text, toks, i + 2)
        && gap(text, toks, i + 1) == " "
}

/// Whether a word can open a person's title or country prefix.
fn is_prefix_word(w: &str) -> bool {
    lexicon::is_title_word(w)
        || lexicon::is_title_word(w.strip_suffix('s').unwrap_or(""))
        || lexicon::is_title_modifier(w)
        || lexicon::is_honorific(w)
        || lexicon::country_by_name(w).is_some()
        || lexicon::country_of_demonym(w).is_some()
        || is_function_word(w)
        || lexicon::with_lower(w, |l| {
            matches!(
                l,
                "foreign"
                    | "ministry"
                    | "affairs"
                    | "party"
                    | "communist"
                    | "cabinet"
                    | "state"
                    | "counterpart"
                    | "counterparts"
            )
        })
}

static ORG_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| NOT_NAME_WORDS.iter().copied().collect());
static FUNCTION_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

/// Whether `w` heads organisations and places ("Forum", "Ministry").
fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}

/// Whether `w` is a capitalised function word ("The", "However").
fn is_function_word(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}

/// Whether token `i` opens a sentence or paragraph.
fn sentence_initial(ctx: &Ctx, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let g = gap(ctx.text, ctx.toks, i - 1);
    g.contains(['.', '!', '?', '\n', ':', '“', '"'])
}

/// A capitalised sentence opener that is a participle or adverb
/// ("Rebuking Vance, …", "Therefore Rubio …"), not a first name.
fn is_clause_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    (lower.len() > 5 && (lower.ends_with("ing") || lower.ends_with("ly")))
        || matches!(
            lower.as_str(),
            "therefore" | "thus" | "hence" | "moreover" | "indeed"
        )
}

/// Whether a word rules out a person's name.
fn is_not_name(w: &str) -> bool {
    is_org_word(w)
        || is_function_word(w)
        || lexicon::is_title_word(w)
        || lexicon::country_of(w).is_some()
        || w.strip_suffix('s')
            .is_some_and(|d| lexicon::country_of_demonym(d).is_some())
        || lexicon::organisation(w).is_some()
        || w.chars().any(|c| c.is_ascii_digit())
        || (w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
}

/// Turns a capitalised run into a candidate name, with the title and
/// country its context gives.
fn analyze(ctx: &Ctx, a: usize, b: usize) -> Option<Candidate> {
    let (text, toks, hits) = (ctx.text, ctx.toks, ctx.hits);
    if a == b {
        // the common case: one capitalised word ("The", "Tokyo", "Kishida");
        // it names someone new only after a title or honorific
        let titled = a > 0
            && matches!(gap(text, toks, a - 1), " " | ". ")
            && (ctx.covered.get(a - 1).copied().unwrap_or(false)
                || ctx.is_prefix(word(text, toks, a - 1)));
        let w = word(text, toks, a);
        if !titled || is_function_word(w) || is_common_word(ctx, w) {
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
    let last = b;
    if last + 1 - first > MAX_NAME_WORDS {
        return None;
    }
    for i in first..=last {
        let w = word(text, toks, i);
        if !NAME_PARTICLES.contains(&w) && !is_initial(text, toks, i) && is_not_name(w) {
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
    if p < first {
        let span_start = toks.get(p).map_or(0, |t| t.start);
        let span_end = toks.get(first).map_or(0, |t| t.start);
        if let Some(r) = ctx.roles_in(span_start, span_end).last() {
            role = Some(r.role.to_string());
            anchored = true;
        }
        if let Some(pl) = ctx.places_in(span_start, span_end).last() {
            country = Some(pl.country);
        } else if let Some(c) = seat_of_government(text.get(span_start..span_end).unwrap_or("")) {
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
    }
    if role.is_none() && first > 0 && gap(text, toks, first - 1) == ", " {
        if let Some((r, c)) = title_before_comma(ctx, first - 1) {
            role = Some(r.to_string());
            anchored = true;
            country = country.or(c);
        }
    }
    if first == last && !anchored {
        return None; // a lone word counts only after a title or honorific
    }
    let common_last = is_common_word(ctx, word(text, toks, last));
    // an apposition after the name: ", the President of China,"
    if let Some((r, c)) = apposition(ctx, last) {
        if role.is_none() {
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

/// Role and country from an apposition after token `last`.
fn apposition(ctx: &Ctx, last: usize) -> Option<(Option<&'static str>, Option<&'static str>)> {
    let (text, toks) = (ctx.text, ctx.toks);
    let g = gap(text, toks, last);
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
    let starts_ok = APPOSITION_OPENERS.contains(&opener.as_str())
        || first_role.is_some_and(|r| r.start < first_words_end)
        || first_place.is_some_and(|p| p.start == s);
    if !starts_ok || opener == "who" && role.is_none() {
        return None;
    }
    let country = first_place.map(|p| p.country);
    if role.is_none() && country.is_none() {
        return None;
    }
    Some((role, country))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        run(t, &[])
            .into_iter()
            .map(|p| (p.name, p.role, p.country))
            .collect()
    }

    #[test]
    fn titled_names_with_country() {
        let t = "Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida. Xi spoke.";
        let p = run(t, &[]);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].name, "Xi Jinping");
        assert_eq!(p[0].role.as_deref(), Some("President"));
        assert_eq!(p[0].country.as_deref(), Some("China"));
        assert_eq!(p[0].mentions.len(), 2);
        assert_eq!(p[1].name, "Fumio Kishida");
        assert_eq!(p[1].country.as_deref(), Some("Japan"));
    }

    #[test]
    fn apposition_gives_role_and_country() {
        let t = "Takeo Akiba, Japan’s top national security adviser, met Yang. Akiba left.";
        assert_eq!(
            names(t),
            vec![(
                "Takeo Akiba".to_string(),
                Some("national security adviser".to_string()),
                Some("Japan".to_string())
            )]
        );
    }

    #[test]
    fn east_asian_short_form() {
        let t = "South Korean President Yoon Suk Yeol arrived. Later, Yoon said little.";
        let p = run(t, &[]);
        assert_eq!(p[0].name, "Yoon Suk Yeol");
        assert_eq!(p[0].mentions.last().map(|m| m.text.as_str()), Some("Yoon"));
    }

    #[test]
    fn organisations_are_not_people() {
        let t = "The Asia Pacific Economic Cooperation Forum met in San Francisco. The National Security Secretariat said so.";
        assert!(run(t, &[]).is_empty());
    }

    #[test]
    fn role_mentions_resolve_to_the_office_holder() {
        let t = "Japanese Prime Minister Fumio Kishida spoke. He became the first Japanese premier to attend. China’s top diplomat Yang Jiechi met Japan’s Prime Minister.";
        let p = run(t, &[]);
        let k = p.iter().find(|p| p.name == "Fumio Kishida").map(|p| {
            p.mentions
                .iter()
                .map(|m| m.text.as_str())
                .collect::<Vec<_>>()
        });
        assert_eq!(
            k,
            Some(vec![
                "Fumio Kishida",
                "the first Japanese premier",
                "Japan’s Prime Minister"
            ])
        );
    }

    #[test]
    fn common_words_glued_to_names_are_not_names() {
        let t = "Rival Hillary Clinton said her rival spoke at Trump Tower on the probe. Trump said a tower stood. Donald Trump left. Clinton spoke.";
        let n: Vec<String> = names(t).into_iter().map(|p| p.0).collect();
        assert_eq!(n, vec!["Hillary Clinton", "Donald Trump"]);
    }

    #[test]
    fn suffix_and_regnal_title() {
        let t =
            "Adm. Harry B. Harris Jr. spoke. Harris left. Pope Francis met him; Francis smiled.";
        let p = run(t, &[]);
        let h = p.iter().find(|p| p.name.starts_with("Harry B. Harris"));
        assert_eq!(h.map(|p| p.mentions.len()), Some(2), "{p:?}");
        assert!(p
            .iter()
            .any(|p| p.name == "Pope Francis" && p.mentions.len() == 2));
    }

    #[test]
    fn us_party_and_state_give_the_country() {
        let t = "Ohio Gov. John Kasich met Republican front-runner Donald Trump in Israel.";
        let p = run(t, &[]);
        assert!(p
            .iter()
            .all(|p| p.country.as_deref() == Some("United States")));
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn arabic_article_variants_are_one_person() {
        let t = "President Bashar Assad spoke. He met President Bashar al-Assad later.";
        let p = run(t, &[]);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].name, "Bashar al-Assad");
        assert_eq!(p[0].mentions.len(), 2);
    }

    #[test]
    fn abbreviated_and_candidate_titles_stay_as_written() {
        let t = "Texas Sen. Ted Cruz met Republican front-runner Donald Trump. Cruz left.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("Sen."));
        assert_eq!(p[1].1.as_deref(), Some("front-runner"));
        assert_eq!(p[1].2.as_deref(), Some("United States"));
    }

    #[test]
    fn seat_of_government_and_delegation_give_the_country() {
        let t = "Trump met Russian President Vladimir Putin in Alaska. Putin’s delegation includes Foreign Minister Sergey Lavrov and Kremlin aide Yury Ushakov. The US delegation features Secretary of State Marco Rubio and special envoy Steve Witkoff. Kremlin spokesman Dmitry Peskov said so.";
        let p = names(t);
        let country = |n: &str| p.iter().find(|x| x.0 == n).and_then(|x| x.2.clone());
        assert_eq!(country("Sergey Lavrov").as_deref(), Some("Russia"));
        assert_eq!(country("Yury Ushakov").as_deref(), Some("Russia"));
        assert_eq!(country("Steve Witkoff").as_deref(), Some("United States"));
        assert_eq!(country("Dmitry Peskov").as_deref(), Some("Russia"));
    }

    #[test]
    fn plural_title_and_counterpart() {
        let t = "Presidents Joe Biden and Xi Jinping spoke. Xi hosted his French counterpart Emmanuel Macron. Macron smiled.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("President"));
        assert_eq!(p[1].1.as_deref(), Some("President"));
        assert_eq!(p[2].2.as_deref(), Some("France"));
    }

    #[test]
    fn us_domestic_copy_keeps_its_people_american() {
        let t = "Israel rejected it. Israel said no. Republican senators spoke. Jimmy Carter said Israel erred.";
        let p = names(t);
        assert_eq!(p[0].0, "Jimmy Carter");
        assert_eq!(p[0].2.as_deref(), Some("United States"));
        let t = "Israel rejected it. Israel said no. Jimmy Carter said Israel erred.";
        assert_eq!(names(t)[0].2.as_deref(), Some("Israel"));
    }

    #[test]
    fn title_set_off_by_a_comma() {
        let t = "The Turkish President, Recep Tayyip Erdogan, spoke. Australia's Prime Minister met Chinese President, Xi Jinping.";
        let p = names(t);
        assert_eq!(p[0].1.as_deref(), Some("President"));
        assert_eq!(p[0].2.as_deref(), Some("Turkey"));
        assert_eq!(p[1].1.as_deref(), Some("President"));
    }

    #[test]
    fn a_namesake_shares_the_country() {
        let t = "Israeli Prime Minister Benjamin Netanyahu arrived with his wife, Sara Netanyahu. Netanyahu spoke.";
        let p = names(t);
        let sara = p.iter().find(|x| x.0 == "Sara Netanyahu");
        assert_eq!(sara.and_then(|x| x.2.as_deref()), Some("Israel"));
    }

    #[test]
    fn speech_verb_anchors_a_name() {
        let t = "“We will win,” said Maria Lopez on Friday.";
        assert_eq!(names(t).first().map(|p| p.0.as_str()), Some("Maria Lopez"));
    }

    #[test]
    fn us_party_copy_without_places_makes_unqualified_people_american() {
        let t = "Hillary Clinton met Bernie Sanders on Tuesday. The Democratic race is over, Sanders said.";
        let p = names(t);
        assert!(!p.is_empty());
        assert!(
            p.iter().all(|x| x.2.as_deref() == Some("United States")),
            "{p:?}"
        );
    }

    #[test]
    fn the_pope_is_of_the_vatican() {
        let t = "Bernie Sanders met Pope Francis on Saturday. The Democratic senator said Francis was inspiring.";
        let p = names(t);
        let pope = p.iter().find(|x| x.0.contains("Francis"));
        assert_eq!(pope.and_then(|x| x.2.as_deref()), Some("Vatican"), "{p:?}");
    }

    #[test]
    fn country_after_of_is_the_persons() {
        let t = "Mr. Obama met President Vladimir V. Putin of Russia on Monday. The Republican said Putin was tough.";
        let p = names(t);
        let putin = p.iter().find(|x| x.0.contains("Putin"));
        assert_eq!(putin.and_then(|x| x.2.as_deref()), Some("Russia"), "{p:?}");
    }
}
