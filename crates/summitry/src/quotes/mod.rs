//! Stage 7: quotations and reported speech, attributed to speakers.
//!
//! Quoted spans come from pairing quotation marks ([`marks`]); each is then
//! attributed from the words after it ("…," Kishida told reporters) or
//! before it (Xi said the “…”) within its sentence, or inherits the speaker
//! of the quote just before it (a quoted paragraph that continues a
//! statement). Speakers resolve to people; pronouns to the last person
//! named; organisations and unnamed sources stay as written.

mod attrib;
mod indirect;
mod lookup;
mod marks;
mod phrases;
mod resolve;
mod shapes;
mod sides;
mod speakers;
mod stops;
pub(crate) mod verbs;

use crate::people::tokens::tokenize;
use crate::{Person, Quote, QuoteKind, Span};

use attrib::{Attribution, Ctx};
use resolve::resolve;

/// A pronoun speaker refers back to the previous quote's speaker when that
/// quote ended less than this many bytes before.
const PRONOUN_REACH: usize = 600;

/// Longest quoted title, in words.
const MAX_TITLE_WORDS: usize = 8;

/// Most words after the verb of a sentence that introduces the quote after
/// it ("said in a statement on Monday.").
const MAX_LEAD_IN_TAIL: usize = 4;

/// Unattributed quotes of at most this many words are scare quotes.
const MAX_SCARE_WORDS: usize = 3;

/// Finds the quotes in `text`.
pub(crate) fn run(text: &str, sentences: &[Span], people: &[Person], indirect: bool) -> Vec<Quote> {
    let marked = marks::find(text);
    if marked.is_empty() && !indirect {
        return Vec::new();
    }
    let toks = if indirect {
        tokenize(text)
    } else {
        tokens_near(text, sentences, &marked)
    };
    let ctx = Ctx::new(text, &toks, people);
    let mut out: Vec<Quote> = Vec::with_capacity(marked.len());
    let mut prev_close: Option<usize> = None;
    for (k, m) in marked.iter().enumerate() {
        let si = sentences.partition_point(|s| s.end <= m.open);
        let sent_start = sentences
            .get(si)
            .map_or(0, |s| s.start)
            .max(prev_close.unwrap_or(0))
            .min(m.open);
        let ei = sentences.partition_point(|s| s.end < m.close);
        let mut sent_end = sentences.get(ei).map_or(text.len(), |s| s.end).max(m.close);
        let mut extended = false;
        if sent_end <= m.close {
            // the sentence ended inside the quote ("…?" Sanders asked): the
            // attribution is in the next one, if it is in the same paragraph
            if let Some(next) = sentences.get(ei + 1) {
                if !text.get(m.close..next.start).unwrap_or("\n").contains('\n') {
                    sent_end = next.end;
                    extended = true;
                }
            }
        }
        if let Some(next) = marked.get(k + 1) {
            sent_end = sent_end.min(next.open).max(m.close);
        }
        let initial = text
            .get(sent_start..m.open)
            .unwrap_or("x")
            .trim()
            .is_empty();
        let after = if m.closed {
            ctx.after_quote(m.close, sent_end, initial)
        } else {
            None
        };
        let before = if after.is_none() {
            ctx.before(sent_start, m.open)
        } else {
            None
        };
        let tail = if after.is_none() && before.is_none() && m.closed && !extended {
            ctx.tail(m.close, sent_end)
        } else {
            None
        };
        let pre = text.get(sent_start..m.open).unwrap_or("").trim();
        let post = text.get(m.close..sent_end).unwrap_or("").trim();
        let attr = after.as_ref().or(before.as_ref()).or(tail.as_ref());
        let kind = kind_of(text, m, pre, post, before.as_ref(), after.is_some());
        let last_speaker = out
            .last()
            .filter(|p| m.open.saturating_sub(p.end) < PRONOUN_REACH)
            .and_then(|p| p.speaker.as_ref())
            .and_then(|s| s.name.as_deref())
            .and_then(|n| people.iter().find(|p| p.name == n));
        // the person the previous sentence is about: "Christie bristled … He also said";
        // across a paragraph break only when no quote just before names a speaker
        let paragraph_breaks = usize::from(last_speaker.is_none());
        let prev_subject = si
            .checked_sub(1)
            .and_then(|k| sentences.get(k))
            .filter(|p| {
                text.get(p.end..m.open)
                    .unwrap_or("")
                    .matches("\n\n")
                    .count()
                    <= paragraph_breaks
            })
            // a sentence that opens on a quote has its subject inside the quote
            .filter(|p| {
                !text
                    .get(p.start..p.end)
                    .unwrap_or("")
                    .trim_start()
                    .starts_with(shapes::OPENING_MARKS)
            })
            .and_then(|p| ctx.sentence_subject(p.start, p.end))
            .and_then(|(x, y)| {
                let (s, e) = (toks.get(x)?.start, toks.get(y)?.end);
                ctx.person_in(s, e)
            });
        let mut speaker = attr.and_then(|a| {
            let mut sp = resolve(
                &ctx,
                a.speaker,
                (sent_start, m.open),
                last_speaker,
                prev_subject,
            )?;
            if let Some(full) = text.get(a.full.0..a.full.1) {
                let relative = sp.mention.eq_ignore_ascii_case("who");
                if a.full != a.speaker && !Ctx::is_pronoun(&sp.mention) && !relative {
                    sp.mention = full.trim_end_matches([',', ' ']).to_string();
                }
            }
            Some(sp)
        });
        // no attribution, or one that names no speaker: the sentence's subject
        let subject = if speaker.is_none() && !pre.is_empty() {
            ctx.sentence_subject(sent_start, m.open)
        } else {
            None
        };
        if speaker.is_none() {
            speaker = subject.and_then(|(x, y)| {
                let (s, e) = (
                    toks.get(x).map_or(0, |t| t.start),
                    toks.get(y).map_or(0, |t| t.end),
                );
                resolve(
                    &ctx,
                    (s, e),
                    (sent_start, m.open),
                    last_speaker,
                    prev_subject,
                )
            });
        }
        // "Mark Blumenthal and Jon Cohen: “…”": the name before the colon
        if speaker.is_none() && attr.is_none() && pre.ends_with(':') {
            speaker = ctx.colon_name(sent_start, m.open).and_then(|span| {
                resolve(&ctx, span, (sent_start, m.open), last_speaker, prev_subject)
            });
        }
        // a quotation set off as its own paragraph after a line ending in a
        // colon ("Stated Stone:", "…, as Joel Pollak observed:")
        let lead_in = if speaker.is_none() && attr.is_none() && pre.is_empty() {
            colon_lead_in(text, sentences, si, m.open).and_then(|(a, b)| ctx.before(a, b))
        } else {
            None
        };
        if let Some(l) = &lead_in {
            speaker = resolve(
                &ctx,
                l.speaker,
                (sent_start, m.open),
                last_speaker,
                prev_subject,
            );
        }
        let attr = attr.or(lead_in.as_ref());
        let mut cue = attr.map(|a| a.cue.clone());
        let addressee = attr.and_then(|a| a.addressee.clone());
        let same_sentence = prev_close
            .is_some_and(|c| sentences.get(si).is_some_and(|s| s.start < c) && c <= m.open);
        // a quote with no cue of its own, mid-sentence, still carries on
        // the voice of the quote just before it
        let uncued = attr.is_none() && subject.is_none();
        // inherited only by that: still dropped as a title or scare quote
        let via_uncued = speaker.is_none() && uncued && !pre.is_empty() && !same_sentence;
        if speaker.is_none() && (pre.is_empty() || same_sentence || uncued) {
            // continuation: the quote right after an attributed quote keeps its speaker
            if let Some(p) = out.last() {
                let between = text.get(p.end..m.open).unwrap_or("");
                if between.matches("\n\n").count() <= 1 && between.len() < 400 {
                    speaker.clone_from(&p.speaker);
                    cue = None;
                }
            }
        }
        let inner = text.get(m.start..m.end).unwrap_or("");
        let marked_name = pre
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .is_some_and(|w| shapes::NAMING_MARKERS.contains(&w.to_lowercase().as_str()));
        if marked_name
            || is_named_work(pre, inner)
            || is_not_prose(inner)
            || ((speaker.is_none() || via_uncued) && attr.is_none() && is_title_or_scare(inner))
            || (attr.is_none() && is_title(inner))
        {
            prev_close = Some(m.close);
            continue;
        }
        out.push(Quote {
            text: text.get(m.start..m.end).unwrap_or("").to_string(),
            kind,
            speaker,
            cue,
            addressee,
            start: m.start,
            end: m.end,
        });
        prev_close = Some(m.close);
    }
    let quoted: Vec<Span> = marked.iter().map(|m| Span::new(m.open, m.close)).collect();
    let resolve_plain = |ctx: &Ctx, span: (usize, usize), start: usize| {
        resolve(ctx, span, (start, span.0), None, None)
    };
    if indirect {
        out.extend(indirect::find(&ctx, sentences, &quoted, &resolve_plain));
    }
    out.sort_by_key(|q| q.start);
    out
}

/// The words of the sentences around quotation marks (the one before each
/// quote through the one after it): attribution never looks further, and
/// most of a page holds no quote.
fn tokens_near(
    text: &str,
    sentences: &[Span],
    marked: &[marks::Marked],
) -> Vec<crate::people::tokens::Token> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for m in marked {
        let a = sentences
            .partition_point(|s| s.end <= m.open)
            .saturating_sub(1);
        let b = (sentences.partition_point(|s| s.end < m.close) + 1).min(sentences.len());
        match ranges.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b + 1),
            _ => ranges.push((a, b + 1)),
        }
    }
    let mut out = Vec::new();
    for (a, b) in ranges {
        let start = sentences.get(a).map_or(0, |s| s.start);
        let end = sentences
            .get(b.saturating_sub(1).min(sentences.len().saturating_sub(1)))
            .map_or(text.len(), |s| s.end)
            .max(start);
        let Some(chunk) = text.get(start..end) else {
            continue;
        };
        out.extend(tokenize(chunk).into_iter().map(|mut t| {
            t.start += start;
            t.end += start;
            t.full_end += start;
            t
        }));
    }
    out
}

/// A quoted title ("Morning Joe", "The Truman Show") or scare quote
/// ("autopsy"): short, and either in title case or without a verb's
/// worth of words. Only dropped when nobody is said to have said it.
fn is_title_or_scare(q: &str) -> bool {
    is_title(q)
        || (q.split_whitespace().count() <= MAX_SCARE_WORDS && !q.ends_with(['.', '!', '?', ',']))
}

/// A quoted name of a work or programme: in title case (a comma or full
/// stop kept inside the marks aside) right after a possessive or a word of
/// [`shapes::WORK_MARKERS`] ("NBC’s “Meet the Press.”", "on “Morning Joe,”").
fn is_named_work(pre: &str, inner: &str) -> bool {
    let Some(last) = pre
        .rsplit(char::is_whitespace)
        .next()
        .map(|w| w.trim_end_matches([',', ':']))
    else {
        return false;
    };
    let lower = last.to_lowercase();
    let marked = lower.ends_with("'s")
        || lower.ends_with("’s")
        || shapes::WORK_MARKERS.contains(&lower.as_str());
    marked && is_title(inner.trim_end_matches([',', '.']))
}

/// Quoted text that is not prose: a URL, a number or an identifier
/// (attribute residue from embedded posts: “2016-06-29”, “http://…”).
fn is_not_prose(q: &str) -> bool {
    let t = q.trim_end_matches([',', '.']);
    !t.contains(char::is_whitespace)
        && (t.contains("://") || t.contains(|c: char| c.is_ascii_digit()))
        || !t.chars().any(char::is_alphabetic)
}

/// The sentence just before the quote at `open` when it introduces it: it
/// ends the previous paragraph with a colon ("Stated Stone:"), or it ends
/// on its own verb of saying ("Sam Lau, the party's spokesman, said in a
/// statement."). Its span up to the final mark.
fn colon_lead_in(text: &str, sentences: &[Span], si: usize, open: usize) -> Option<(usize, usize)> {
    let prev = sentences.get(si.checked_sub(1)?)?;
    let between = text.get(prev.end..open)?;
    let body = text.get(prev.start..prev.end)?.trim_end();
    if !between.trim().is_empty() {
        return None;
    }
    let colon = between.contains('\n') && body.ends_with(':');
    let lead_in = colon || body.ends_with('.') && ends_on_speech_verb(body);
    if !lead_in {
        return None;
    }
    Some((prev.start, prev.start + body.len() - 1))
}

/// Whether a sentence ends on its verb of saying, with at most a few words
/// after it and no content clause or quotation ("…, said in a statement.").
fn ends_on_speech_verb(body: &str) -> bool {
    if body.contains(['“', '"', '”']) {
        return false;
    }
    let words: Vec<&str> = body
        .trim_end_matches('.')
        .split_whitespace()
        .rev()
        .take(MAX_LEAD_IN_TAIL + 1)
        .collect();
    words
        .iter()
        .position(|w| verbs::is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .is_some_and(|i| {
            !words
                .iter()
                .take(i)
                .any(|w| matches!(*w, "that" | "it" | "so"))
        })
}

/// A quoted title: short, in title case, no closing punctuation.
fn is_title(q: &str) -> bool {
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.len() > MAX_TITLE_WORDS || q.ends_with(['.', '!', '?', ',']) {
        return false;
    }
    let significant: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().count() > 3 || w.starts_with(char::is_uppercase))
        .collect();
    let title_case = !significant.is_empty()
        && significant
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    title_case
}

/// Direct when the quote is the whole statement: nothing but an
/// attribution before it and after it; partial when it sits inside the
/// reporter's own sentence.
fn kind_of(
    text: &str,
    m: &marks::Marked,
    pre: &str,
    post: &str,
    before: Option<&Attribution>,
    after: bool,
) -> QuoteKind {
    let starts_upper = text
        .get(m.start..)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
    let pre_ok = pre.is_empty()
        || pre.ends_with([':', ',', '—'])
        || (starts_upper && before.is_some_and(|b| pre.ends_with(b.cue.as_str())));
    let post_ok = post.is_empty()
        || after
        || post.starts_with([',', '.', ';', ':', '!', '?', '—', '–', '-', ')'])
        || !m.closed;
    if pre_ok && post_ok && starts_upper {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests;
