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
mod marks;
mod resolve;
mod speakers;
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
                    .starts_with(verbs::OPENING_MARKS)
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
        if speaker.is_none() && (pre.is_empty() || same_sentence) {
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
            .is_some_and(|w| verbs::NAMING_MARKERS.contains(&w.to_lowercase().as_str()));
        if marked_name
            || is_named_work(pre, inner)
            || is_not_prose(inner)
            || (speaker.is_none() && attr.is_none() && is_title_or_scare(inner))
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
/// [`verbs::WORK_MARKERS`] ("NBC’s “Meet the Press.”", "on “Morning Joe,”").
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
        || verbs::WORK_MARKERS.contains(&lower.as_str());
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
mod tests {
    use super::*;

    fn quotes(t: &str) -> Vec<Quote> {
        let sents = crate::sentences::split(t);
        let people = crate::people::run(t, &sents);
        run(t, &sents, &people, false)
    }

    fn speaker(q: &Quote) -> Option<&str> {
        q.speaker.as_ref().and_then(|s| s.name.as_deref())
    }

    #[test]
    fn direct_with_speaker_after_and_addressee() {
        let t = "Japanese Prime Minister Fumio Kishida met Xi. “It was a good start,” Kishida told reporters after talks.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Direct);
        assert_eq!(speaker(&q[0]), Some("Fumio Kishida"));
        assert_eq!(q[0].addressee.as_deref(), Some("reporters"));
        assert_eq!(q[0].cue.as_deref(), Some("told"));
    }

    #[test]
    fn partial_with_speaker_before() {
        let t =
            "Chinese President Xi Jinping spoke. Xi said the “Asia-Pacific is no one’s backyard.”";
        let q = quotes(t);
        assert_eq!(q[0].kind, QuoteKind::Partial);
        assert_eq!(speaker(&q[0]), Some("Xi Jinping"));
    }

    #[test]
    fn inverted_order_and_continuation() {
        let t = "“We will win,” said Maria Lopez. “And we will govern.”\n\n“Third paragraph.”";
        let q = quotes(t);
        assert_eq!(q.len(), 3);
        assert!(q.iter().all(|q| speaker(q) == Some("Maria Lopez")));
        assert_eq!(q[0].cue.as_deref(), Some("said"));
    }

    #[test]
    fn nested_quote_closed_by_a_straight_apostrophe_keeps_the_speaker_after() {
        let t = "“I had my hands up, sort of, ‘Don’t hit me, please,'” Maria Lopez said Sunday.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
        assert_eq!(q[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn a_statement_without_the_comma_before_its_attribution_is_attributed() {
        let q = quotes("“The caucus is a battle of niches” Steve Grubbs said. “It is.”");
        assert_eq!(speaker(&q[0]), Some("Steve Grubbs"));
        let q = quotes("“We stand by our record\" said Nick Merrill, a spokesman.");
        assert_eq!(speaker(&q[0]), Some("Nick Merrill"));
        // mid-sentence, a quote with no comma is a phrase, not a statement
        let q = quotes("Lopez called it “a disgrace” Smith said later on the radio.");
        assert_ne!(speaker(&q[0]), Some("Smith"));
    }

    #[test]
    fn a_pronoun_after_a_quote_skips_the_people_named_inside_it() {
        let t = "Although it was far from the last word to be said about the long affair of Senator Maria Lopez and her staff, Attorney General Anna Berg took the last step Wednesday.\n\n“I met with Senator Maria Lopez and agents who conducted the investigation,” she said in a statement.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(speaker(&q[0]), Some("Anna Berg"));
    }

    #[test]
    fn pronoun_resolves_to_last_person() {
        let t = "Foreign Minister Wang Yi arrived. “We are ready,” he said.";
        let q = quotes(t);
        let s = q[0].speaker.as_ref();
        assert_eq!(s.map(|s| s.mention.as_str()), Some("he"));
        assert_eq!(speaker(&q[0]), Some("Wang Yi"));
    }

    #[test]
    fn a_pronoun_skips_people_of_the_other_gender() {
        let t = "Senator Maria Lopez met Governor John Smith on Monday. “We agreed on a lot,” she said.";
        assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
        let t =
            "Senator Maria Lopez met Governor John Smith on Monday. “We agreed on a lot,” he said.";
        assert_eq!(speaker(&quotes(t)[0]), Some("John Smith"));
        // a gendered word before the name tells what the given name does not
        let t = "Governor Lee Tan met the actress Zara Okonkwo. “It went well,” he said.";
        assert_eq!(speaker(&quotes(t)[0]), Some("Lee Tan"));
    }

    #[test]
    fn an_infinitive_cue_is_said_by_the_subject_of_the_main_clause() {
        let t = "Senator Maria Lopez joked that Brooklyn was her answer, but went on to say, “There are places that are dangerous.”";
        assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
    }

    #[test]
    fn a_relative_pronoun_speaker_is_the_person_before_it() {
        let t = "“We will win,” said Senator Maria Lopez, who attended the rally. “They know it.”";
        let q = quotes(t);
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
        // the relative clause is part of the source phrase
        assert_eq!(
            q[0].speaker.as_ref().map(|s| s.mention.as_str()),
            Some("Senator Maria Lopez, who attended the rally")
        );
        let t =
            "Senator Maria Lopez, who has in the past called it “a disgrace to the state,” spoke.";
        let q = quotes(t);
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
        assert_eq!(
            q[0].speaker.as_ref().map(|s| s.mention.as_str()),
            Some("who")
        );
    }

    #[test]
    fn a_name_before_a_colon_speaks_the_quote_after_it() {
        let t = "The polls ended too early. More from Maria Lopez and Anna Berg: “The data showed a shift.”";
        let q = quotes(t);
        assert_eq!(
            q[0].speaker.as_ref().map(|s| s.mention.as_str()),
            Some("Maria Lopez and Anna Berg")
        );
        // a headline in capitals names nobody
        let t = "UN REPORT: “The data showed a shift in the voters' mood,” it said.";
        assert_ne!(speaker(&quotes(t)[0]), Some("UN REPORT"));
    }

    #[test]
    fn attributions_after_a_state_abbreviation_or_with_read() {
        let t = "“It is not the time,” Senate Majority Leader Maria Lopez, R-Ky., said.";
        assert_eq!(speaker(&quotes(t)[0]), Some("Maria Lopez"));
        let t = "“And with every vote, we grow stronger,” read the email.";
        assert_eq!(speaker(&quotes(t)[0]), Some("the email"));
        let t = "“We will win,” said Maria Lopez, Facebook’s vice president of policy. She left.";
        assert_eq!(
            quotes(t)[0].speaker.as_ref().map(|s| s.mention.as_str()),
            Some("Maria Lopez, Facebook’s vice president of policy")
        );
    }

    #[test]
    fn unnamed_source_kept_as_written() {
        let t = "“A summit would bode well,” an international affairs analyst from the mainland said, speaking on condition of anonymity.";
        let q = quotes(t);
        assert_eq!(
            speaker(&q[0]),
            Some("an international affairs analyst from the mainland")
        );
    }

    fn indirect(t: &str) -> Vec<Quote> {
        let sents = crate::sentences::split(t);
        let people = crate::people::run(t, &sents);
        let toks = tokenize(t);
        let ctx = Ctx::new(t, &toks, &people);
        let resolve_plain = |ctx: &Ctx, span: (usize, usize), start: usize| {
            resolve(ctx, span, (start, span.0), None, None)
        };
        indirect::find(&ctx, &sents, &[], &resolve_plain)
    }

    #[test]
    fn indirect_speech_from_a_verb_of_saying() {
        let t = "Japanese Prime Minister Fumio Kishida met Xi. Kishida, for his part, said both sides had a responsibility to uphold peace.";
        let q = indirect(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Indirect);
        assert_eq!(q[0].text, "both sides had a responsibility to uphold peace");
        assert_eq!(speaker(&q[0]), Some("Fumio Kishida"));
    }

    #[test]
    fn indirect_needs_a_clause_not_a_noun_phrase() {
        assert!(
            indirect("Yang stressed the importance of stable relations between the two.")
                .is_empty()
        );
        let t = "Xi Jinping told Fumio Kishida, the Prime Minister of Japan, that the two economies should reaffirm ties.";
        let q = indirect(t);
        assert_eq!(q[0].addressee.as_deref(), Some("Fumio Kishida"));
        assert_eq!(q[0].text, "the two economies should reaffirm ties");
    }

    #[test]
    fn programme_names_after_a_possessive_are_not_quotes() {
        let t = "“We will win,” Perez said Sunday on NBC’s “Meet the Press.” He left.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "We will win,");
        assert!(quotes("The post was dated “2016-06-29” by its author.").is_empty());
    }

    #[test]
    fn speaker_phrase_running_into_its_verb_phrase_is_cut_to_the_subject() {
        let t = "Senator Maria Lopez spoke. She went on to say, “We will win.”";
        let q = quotes(t);
        let s = q[0].speaker.as_ref();
        assert_eq!(s.map(|s| s.mention.as_str()), Some("She"));
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_attributes_the_quote_below_it() {
        let t = "Senator Maria Lopez spoke at length. Lopez told reporters:\n\n“We will win this fight.”";
        let q = quotes(t);
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
        assert_eq!(q[0].cue.as_deref(), Some("told"));
    }

    #[test]
    fn a_sentence_ending_on_its_verb_of_saying_attributes_the_next_quote() {
        let t = "Maria Lopez, the party spokeswoman, said in a statement. “There are no ballots to recount.”";
        let q = quotes(t);
        assert_eq!(speaker(&q[0]), Some("Maria Lopez"));
        let t = "Maria Lopez said that it rained. “There are no ballots to recount.”";
        assert!(quotes(t).first().is_none_or(|q| q.cue.is_none()));
    }

    #[test]
    fn scare_quotes_and_titles_are_dropped() {
        let t =
            "He appeared on “Morning Joe” to defend the so-called “strategic relationship” idea.";
        assert!(quotes(t).is_empty());
    }

    #[test]
    fn quote_over_several_paragraphs_keeps_its_speaker() {
        let t = "“We will build the road,” the minister said. “It will take years.\n\n“But it will be done.”";
        let q = quotes(t);
        assert_eq!(q.len(), 3);
        assert!(q
            .iter()
            .all(|q| q.speaker.as_ref().and_then(|s| s.name.as_deref()) == Some("the minister")));
    }

    #[test]
    fn headline_quotes_are_not_story_quotes() {
        let t = "Quad Ministers Oppose “Unilateral Attempts to Change Status Quo”\n\n“We agree,” she said.";
        let q = quotes(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "We agree,");
    }

    #[test]
    fn according_to() {
        let t =
            "The two agreed to “maintain communication”, according to China’s foreign ministry.";
        let q = quotes(t);
        assert_eq!(q[0].kind, QuoteKind::Partial);
        assert_eq!(speaker(&q[0]), Some("China’s foreign ministry"));
        assert_eq!(q[0].cue.as_deref(), Some("according to"));
    }
}
