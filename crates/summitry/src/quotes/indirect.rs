//! Indirect speech: reported speech without quotation marks ("Kishida, for
//! his part, said both sides had a responsibility to …"; "…, according to
//! a ministry official"). Only in sentences that hold no quotation mark,
//! and only where a speaker, a verb of saying and a whole clause are clear.

use crate::{Quote, QuoteKind, Span};

use super::attrib::Ctx;
use super::shapes::{
    is_clause_start, is_clause_verb, CLAUSE_ENDS, INDIRECT_VERBS, MIN_INDIRECT_WORDS,
};

/// Resolves a speaker phrase `(start, end)` in the sentence starting at the
/// given offset to a [`crate::Speaker`] (`None`: the phrase names none).
pub(super) type Resolver = dyn Fn(&Ctx, (usize, usize), usize) -> Option<crate::Speaker>;

/// The indirect quotes of `sentences` that hold no quotation mark.
pub(super) fn find(
    ctx: &Ctx,
    sentences: &[Span],
    quoted: &[Span],
    resolve: &Resolver,
) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut qi = 0;
    for s in sentences {
        while quoted.get(qi).is_some_and(|q| q.end <= s.start) {
            qi += 1;
        }
        if quoted.get(qi).is_some_and(|q| q.start < s.end) {
            continue;
        }
        let body = s.text(ctx.text);
        if body.contains(['“', '”', '"', '«', '»', '„', '「']) {
            continue;
        }
        if let Some(q) = in_sentence(ctx, *s, resolve) {
            out.push(q);
        }
    }
    out
}

fn in_sentence(ctx: &Ctx, s: Span, resolve: &Resolver) -> Option<Quote> {
    let (a, b) = ctx.range(s.start, s.end);
    // "SPEAKER said (that) CLAUSE."
    let v = (a + 1..b).find(|&v| INDIRECT_VERBS.contains(&&*ctx.lower(v)) && ctx.plain_gap(v))?;
    let (x, y) = ctx.phrase_before(v, a)?;
    let mut c = v + 1;
    let addressee = if matches!(&*ctx.lower(v), "told" | "tells" | "urged") {
        let (_, ye) = ctx.phrase_after(c, b)?;
        let ad = ctx.span(c, ye);
        c = ctx.apposition_end(ye, b) + 1;
        ctx.text.get(ad.0..ad.1).map(str::to_string)
    } else {
        None
    };
    let first = ctx.lower(c);
    let opened = first == "that" || Ctx::is_pronoun(&first) || first == "there";
    let starts = opened
        || is_clause_start(&first)
        || (ctx.word(c).starts_with(char::is_uppercase) && !ctx.is_cue(c));
    if !starts {
        return None;
    }
    if first == "that" {
        c += 1;
    }
    // the clause runs to the sentence end or to a closing attribution
    let mut e = b;
    if let Some(k) = (c + 1..b).find(|&k| {
        let w = ctx.lower(k);
        ctx.gap(k - 1).contains([',', ';', '-', '—', '–'])
            && (CLAUSE_ENDS.contains(&&*w) || (w.len() > 5 && w.ends_with("ing")))
    }) {
        e = k;
    }
    if !opened && !(c..e).any(|k| is_clause_verb(&ctx.lower(k))) {
        return None;
    }
    if e <= c || e - c < MIN_INDIRECT_WORDS {
        return None;
    }
    let start = ctx.toks.get(c)?.start;
    let end = ctx.toks.get(e - 1)?.end;
    let speaker = resolve(ctx, ctx.span(x, y), s.start)?;
    Some(Quote {
        text: ctx.text.get(start..end)?.to_string(),
        kind: QuoteKind::Indirect,
        speaker: Some(speaker),
        cue: Some(ctx.word(v).to_string()),
        addressee,
        start,
        end,
    })
}
