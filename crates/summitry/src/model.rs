//! The typed output model: what one input document yields.
//!
//! Every type here serializes (serde) to the shape in `SCHEMA.md`: snake_case
//! enum values, absent values as `null`, empty lists as `[]`, offsets as byte
//! offsets into [`Article::text`], end exclusive, on `char` boundaries.

use serde::{Deserialize, Serialize};

/// Everything summitry found in one input.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Path or URL of the input, as the caller named it.
    pub source: Option<String>,
    /// Whether the input was read as HTML or as a plain-text dump.
    pub input_kind: InputKind,
    /// The clean article: body and metadata.
    pub article: Article,
    /// Every person the body names, once each.
    pub people: Vec<Person>,
    /// Meetings the article reports: held, planned, proposed or cancelled.
    pub meetings: Vec<Meeting>,
    /// Quotations and reported speech, attributed.
    pub quotes: Vec<Quote>,
}

/// How the input was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// An HTML page.
    #[default]
    Html,
    /// A plain-text dump of a page.
    Text,
}

/// The main content of a page and its metadata.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Canonical URL if the page states one, else the one given, else `None`.
    pub url: Option<String>,
    /// Headline, without a site-name suffix.
    pub title: Option<String>,
    /// Standfirst, dek, `og:description` or summary bullets.
    pub description: Option<String>,
    /// Name of the publishing site.
    pub site_name: Option<String>,
    /// People or desks in the byline, one string each.
    pub authors: Vec<String>,
    /// Wire or agency the story comes from ("Bloomberg", "AP").
    pub credit: Option<String>,
    /// Place of a dateline ("WASHINGTON (AP) —" → "Washington").
    pub dateline: Option<String>,
    /// Publication date or date-time, ISO 8601, with offset when the page gives one.
    pub published: Option<String>,
    /// Last modification date or date-time, ISO 8601.
    pub modified: Option<String>,
    /// BCP 47 primary language tag ("en").
    pub language: Option<String>,
    /// Section of the site ("Politics").
    pub section: Option<String>,
    /// Keywords and tags.
    pub tags: Vec<String>,
    /// Lead image URL.
    pub image: Option<String>,
    /// The body: body blocks (all but captions) joined by a blank line.
    pub text: String,
    /// The body's blocks with their byte spans in [`Article::text`].
    pub blocks: Vec<Block>,
}

/// One block of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What kind of block this is.
    pub kind: BlockKind,
    /// Heading level (1–6), for headings only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The block's text.
    pub text: String,
    /// Byte offset of the block in [`Article::text`]. Captions are kept out
    /// of the text: their `start == end` marks where they stood.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// Kind of a body block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A paragraph of running text.
    Paragraph,
    /// A heading inside the body (see [`Block::level`]).
    Heading,
    /// An item of a list.
    ListItem,
    /// A quoted block.
    Blockquote,
    /// A photo caption; not part of [`Article::text`].
    Caption,
    /// A table, one row a line, cells separated by ` | `.
    Table,
}

/// A byte span in [`Article::text`], end exclusive.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `""` when it is out of bounds or not on
    /// char boundaries.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies inside this span.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A mention of a person: a span with its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Mention {
    /// Start byte offset in [`Article::text`].
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The words of the mention.
    pub text: String,
}

/// A person named in the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Fullest name in the text ("Xi Jinping").
    pub name: String,
    /// Title of office when the text gives one ("President").
    pub role: Option<String>,
    /// Country the person represents, when the text gives it ("China").
    pub country: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A meeting the article reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// The parties.
    pub participants: Vec<Participant>,
    /// Bilateral, multilateral, call or visit.
    pub kind: MeetingKind,
    /// Held, planned, proposed or cancelled.
    pub status: MeetingStatus,
    /// When, as written and resolved.
    pub date: Option<DateRef>,
    /// City if named, else country.
    pub location: Option<String>,
    /// The larger gathering it took place at ("APEC summit").
    pub occasion: Option<String>,
    /// How long it lasted.
    pub duration: Option<MeetingDuration>,
    /// What was raised or discussed.
    pub topics: Vec<String>,
    /// What was agreed or decided.
    pub outcomes: Vec<String>,
    /// The sentences that state this meeting.
    pub evidence: Vec<Span>,
}

/// A party to a meeting: a person, an office of a country, or a country.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Participant {
    /// Canonical name as in [`Document::people`]; `None` for a party named
    /// only by office and country, or for a country itself.
    pub name: Option<String>,
    /// Title of office.
    pub role: Option<String>,
    /// Country.
    pub country: Option<String>,
}

/// Kind of meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// Two parties meeting in person.
    Bilateral,
    /// Three or more parties, or a forum.
    Multilateral,
    /// A phone or video call.
    Call,
    /// A host receiving a visitor.
    Visit,
}

/// Whether the meeting happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    /// It took place, or is taking place.
    Held,
    /// Scheduled, expected, due, being arranged.
    Planned,
    /// Proposed, called for, hoped for, not agreed.
    Proposed,
    /// Called off, postponed without a date, or never took place.
    Cancelled,
}

/// A date expression and its resolved value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateRef {
    /// The expression as written ("Thursday", "Aug. 4", "August").
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when nothing anchors it.
    pub value: Option<String>,
}

/// How long a meeting lasted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MeetingDuration {
    /// The expression as written ("about 45 minutes").
    pub text: String,
    /// Length in whole minutes.
    pub minutes: u32,
}

/// A quotation or a piece of reported speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// What was said, without the quotation marks.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it; `None` when the text does not say.
    pub speaker: Option<Speaker>,
    /// The cue word that attributes it ("said", "told", "according to").
    pub cue: Option<String>,
    /// To whom it was said ("reporters"), when the text says.
    pub addressee: Option<String>,
    /// Start byte offset of `text` in [`Article::text`].
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// Kind of quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// A whole statement in quotation marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

/// Who said a quote.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical person name (as in [`Document::people`]), or the noun
    /// phrase as written for an organisation or unnamed source.
    pub name: Option<String>,
    /// The words in the text that attribute the quote ("Kishida", "he").
    pub mention: String,
}
