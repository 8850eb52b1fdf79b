//! summitry reads news pages and returns what a diplomacy analyst needs from
//! them: the clean article (body and metadata), the people in it, the
//! **meetings** it reports (who met whom, held or planned or cancelled, when,
//! where, on the sidelines of what, for how long, about what, with what
//! outcome) and the **quotes** (what was said, by whom, to whom).
//!
//! # Example
//!
//! ```
//! let page = "<html><head><title>Leaders meet</title></head><body><article>\
//!     <p>Chinese President Xi Jinping met Japanese Prime Minister Fumio Kishida \
//!     on Thursday in Bangkok, on the sidelines of the APEC summit.</p>\
//!     <p>“Today’s meeting was a good start,” Kishida told reporters.</p>\
//!     </article></body></html>";
//! let doc = summitry::extract_html(page)?;
//! assert!(doc.article.text.contains("Fumio Kishida"));
//! println!("{}", serde_json::to_string_pretty(&doc).unwrap());
//! # Ok::<(), summitry::Error>(())
//! ```
//!
//! # Pipeline
//!
//! Each stage is its own module with a small typed interface; data flows
//! one way:
//!
//! decode → parse (HTML) or split (text) → main content → metadata →
//! sentences → people → quotes → meetings → [`Document`].
//!
//! Every stage is also callable on its own: [`article_from_html`],
//! [`article_from_text`], [`sentences`], [`people`], [`quotes`],
//! [`meetings`], and [`analyze`] for an [`Article`] you already have.
//!
//! # Untrusted input
//!
//! The library never panics on input and never prints. Work is bounded by
//! [`Limits`] (on by default): input size, DOM depth, sentence length and
//! quotes per page. "Nothing found" is not an error: an empty body or empty
//! lists come back. [`Error`] is only for exceeded limits, bad options and
//! input that cannot be read as text.

// Zero panics on input: no unwrap/expect, no indexing that can go out of
// bounds, in library code (tests may).
#![cfg_attr(
    not(test),
    warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]

/// The design notes (`DESIGN.md`): stages, invariants, tests.
pub mod design {
    #![doc = include_str!("../../../DESIGN.md")]
}

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct ReadmeDoctests;

mod article;
mod content;
mod decode;
mod error;
mod html;
mod lexicon;
mod meetings;
mod metadata;
mod model;
mod options;
mod people;
mod quotes;
mod sentences;
mod text;
mod wordclass;

use chrono::NaiveDate;

pub use error::{Error, Result};
pub use model::{
    Article, Block, BlockKind, DateRef, Document, InputKind, Meeting, MeetingDuration, MeetingKind,
    MeetingStatus, Mention, Participant, Person, Quote, QuoteKind, Span, Speaker,
};
pub use options::{InputFormat, Limits, Options};

/// Runs the whole pipeline on raw bytes: decodes them (any charset), reads
/// them as HTML or text (see [`Options::input`]), and finds the article,
/// people, quotes and meetings.
///
/// # Errors
///
/// [`Error::Empty`] for empty input, [`Error::TooLarge`] past
/// [`Limits::max_input_bytes`], [`Error::Binary`] for data that is not text,
/// [`Error::UnknownCharset`] for an unknown [`Options::charset`].
///
/// # Example
///
/// ```
/// use summitry::{extract, InputFormat, Options};
/// let opts = Options::new().with_input(InputFormat::Text);
/// let doc = extract(b"Leaders meet\n\nThe two leaders met in Bangkok on Thursday to discuss trade and security.", &opts)?;
/// assert_eq!(doc.input_kind, summitry::InputKind::Text);
/// # Ok::<(), summitry::Error>(())
/// ```
pub fn extract(bytes: &[u8], opts: &Options) -> Result<Document> {
    let decoded = decode::run(bytes, opts)?;
    let article = match decoded.kind {
        InputKind::Html => article_from_html(&decoded.text, opts),
        InputKind::Text => article_from_text(&decoded.text, opts),
    };
    let mut doc = analyze(article, opts);
    doc.input_kind = decoded.kind;
    Ok(doc)
}

/// [`extract`] on an HTML page given as a string, with default options.
///
/// # Errors
///
/// As [`extract`].
///
/// # Example
///
/// ```
/// let doc = summitry::extract_html("<p>Hello there, this is a page.</p>")?;
/// assert_eq!(doc.input_kind, summitry::InputKind::Html);
/// # Ok::<(), summitry::Error>(())
/// ```
pub fn extract_html(html: &str) -> Result<Document> {
    extract(
        html.as_bytes(),
        &Options::new().with_input(InputFormat::Html),
    )
}

/// [`extract`] on a plain-text page dump, with default options.
///
/// # Errors
///
/// As [`extract`].
///
/// # Example
///
/// ```
/// let doc = summitry::extract_text("Headline here\n\nA story paragraph that is long enough to count as body text.")?;
/// assert_eq!(doc.input_kind, summitry::InputKind::Text);
/// # Ok::<(), summitry::Error>(())
/// ```
pub fn extract_text(text: &str) -> Result<Document> {
    extract(
        text.as_bytes(),
        &Options::new().with_input(InputFormat::Text),
    )
}

/// The article (body and metadata) of an HTML page.
///
/// # Example
///
/// ```
/// let a = summitry::article_from_html("<html><head><title>T</title></head><body><p>Body text of the story, long enough.</p></body></html>", &summitry::Options::new());
/// assert!(a.text.contains("Body text"));
/// ```
pub fn article_from_html(html: &str, opts: &Options) -> Article {
    let dom = html::parse(html, opts);
    let meta = metadata::run(&dom, opts);
    let blocks = content::run(&dom, meta.title.as_deref());
    let mut article = article::assemble(meta, blocks);
    metadata::finish(&mut article);
    article
}

/// The article (body and metadata) of a plain-text page dump.
///
/// # Example
///
/// ```
/// let a = summitry::article_from_text("Sign In\n\nThe two leaders met in Bangkok on Thursday to discuss trade and security.", &summitry::Options::new());
/// assert!(!a.text.contains("Sign In"));
/// ```
pub fn article_from_text(text: &str, opts: &Options) -> Article {
    let (meta, blocks) = text::run(text, opts);
    article::assemble(meta, blocks)
}

/// Runs the analysis stages (sentences, people, quotes, meetings) on an
/// article you already have.
///
/// # Example
///
/// ```
/// let article = summitry::Article { text: "Nothing here.".into(), ..Default::default() };
/// let doc = summitry::analyze(article, &summitry::Options::new());
/// assert!(doc.meetings.is_empty());
/// ```
pub fn analyze(article: Article, opts: &Options) -> Document {
    let text = article.text.as_str();
    let mut spans = sentences(text);
    // Longer "sentences" are markup debris or hostile input: the later
    // stages skip them (see `Limits::max_sentence_bytes`).
    spans.retain(|s| s.len() <= opts.limits.max_sentence_bytes);
    let people = people::run(text, &spans);
    let mut quotes = quotes::run(text, &spans, &people, opts.indirect_quotes);
    quotes.truncate(opts.limits.max_quotes);
    let reference = opts
        .reference_date
        .or_else(|| article.published.as_deref().and_then(parse_date));
    let meetings = meetings::run_with_quotes(text, &spans, &people, &quotes, reference);
    Document {
        source: opts.url.clone(),
        input_kind: InputKind::Html,
        article,
        people,
        meetings,
        quotes,
    }
}

/// The sentences of `text`, as byte spans.
///
/// # Example
///
/// ```
/// let t = "Mr. Xi met Mr. Kishida. They talked.";
/// assert_eq!(summitry::sentences(t).len(), 2);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    sentences::split(text)
}

/// The people named in `text`, with their mentions.
///
/// # Example
///
/// ```
/// let people = summitry::people("Chinese President Xi Jinping arrived. Xi spoke.");
/// # let _ = people;
/// ```
pub fn people(text: &str) -> Vec<Person> {
    // the people stage reads words, not sentences: no split needed
    people::run(text, &[])
}

/// The quotes in `text`, attributed to `people` (as found by [`people`]).
///
/// # Example
///
/// ```
/// let t = "“We agreed,” Kishida told reporters.";
/// let q = summitry::quotes(t, &summitry::people(t));
/// # let _ = q;
/// ```
pub fn quotes(text: &str, people: &[Person]) -> Vec<Quote> {
    quotes::run(text, &sentences(text), people, false)
}

/// The meetings `text` reports. Relative dates resolve against `reference`.
///
/// The quotes are found on the way, as [`analyze`] does (a quoted "I met
/// with …" has its speaker as a party); use [`meetings_with_quotes`] when
/// you have them already.
///
/// # Example
///
/// ```
/// let t = "Xi Jinping met Fumio Kishida on Thursday.";
/// let m = summitry::meetings(t, &summitry::people(t), chrono::NaiveDate::from_ymd_opt(2022, 11, 18));
/// assert_eq!(m.len(), 1);
/// ```
pub fn meetings(text: &str, people: &[Person], reference: Option<NaiveDate>) -> Vec<Meeting> {
    let spans = sentences(text);
    let quotes = quotes::run(text, &spans, people, false);
    meetings::run_with_quotes(text, &spans, people, &quotes, reference)
}

/// [`meetings`] given the quotes of `text` (as found by [`quotes`]).
///
/// # Example
///
/// ```
/// let t = "“Late this afternoon, I met with Fumio Kishida,” Xi Jinping said.";
/// let people = summitry::people(t);
/// let q = summitry::quotes(t, &people);
/// let m = summitry::meetings_with_quotes(t, &people, &q, None);
/// assert_eq!(m, summitry::meetings(t, &people, None));
/// ```
pub fn meetings_with_quotes(
    text: &str,
    people: &[Person],
    quotes: &[Quote],
    reference: Option<NaiveDate>,
) -> Vec<Meeting> {
    meetings_from_parts(text, &sentences(text), people, quotes, reference)
}

/// [`meetings`] given every earlier stage's output for `text`: its
/// [`sentences`], [`people`] and [`quotes`]. This is what [`analyze`] runs;
/// nothing is computed twice.
///
/// # Example
///
/// ```
/// let t = "Xi Jinping met Fumio Kishida on Thursday. They talked for an hour.";
/// let spans = summitry::sentences(t);
/// let people = summitry::people(t);
/// let q = summitry::quotes(t, &people);
/// let m = summitry::meetings_from_parts(t, &spans, &people, &q, None);
/// assert_eq!(m, summitry::meetings(t, &people, None));
/// ```
pub fn meetings_from_parts(
    text: &str,
    sentences: &[Span],
    people: &[Person],
    quotes: &[Quote],
    reference: Option<NaiveDate>,
) -> Vec<Meeting> {
    meetings::run_with_quotes(text, sentences, people, quotes, reference)
}

/// Parses the date part of an ISO 8601 date or date-time.
fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Stage 2 on its own: parses an HTML page into a DOM, bounded by
/// [`Limits::max_dom_depth`] and [`Limits::max_attributes`].
///
/// # Example
///
/// ```
/// let dom = summitry::parse_html("<p>Hello</p>", &summitry::Options::new());
/// assert_eq!(dom.root_element().text().collect::<String>(), "Hello");
/// ```
pub fn parse_html(html: &str, opts: &Options) -> scraper::Html {
    html::parse(html, opts)
}

/// Stage 4 on its own: the metadata of a parsed page (an [`Article`] with
/// an empty body).
///
/// # Example
///
/// ```
/// let opts = summitry::Options::new();
/// let dom = summitry::parse_html("<html><head><title>Talks resume | Wire</title></head></html>", &opts);
/// assert!(summitry::metadata_from_dom(&dom, &opts).text.is_empty());
/// ```
pub fn metadata_from_dom(dom: &scraper::Html, opts: &Options) -> Article {
    metadata::run(dom, opts)
}

/// Stage 3 on its own: the body of a parsed page (an [`Article`] with no
/// metadata). `title`, when known, lets the headline be dropped from the
/// body.
///
/// # Example
///
/// ```
/// let dom = summitry::parse_html("<article><p>The ministers met in Paris on Monday to discuss trade.</p></article>", &summitry::Options::new());
/// assert!(summitry::body_from_dom(&dom, None).text.contains("ministers met"));
/// ```
pub fn body_from_dom(dom: &scraper::Html, title: Option<&str>) -> Article {
    article::assemble(Article::default(), content::run(dom, title))
}
