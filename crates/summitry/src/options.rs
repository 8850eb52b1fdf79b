//! Options and limits for one extraction.

use chrono::NaiveDate;

/// How to read the input bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Detect HTML or plain text from the content.
    #[default]
    Auto,
    /// Read as an HTML page.
    Html,
    /// Read as a plain-text dump of a page.
    Text,
}

/// Bounds on the work done for one input, all on by default.
///
/// Each bound keeps cost roughly linear in the input on hostile pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Largest input accepted, in bytes; larger inputs give
    /// [`Error::TooLarge`](crate::Error::TooLarge).
    ///
    /// # Default
    /// 64 MiB.
    pub max_input_bytes: usize,
    /// Deepest element nesting kept when parsing HTML; deeper markup is
    /// flattened into its ancestor at this depth (its text is kept).
    ///
    /// # Default
    /// 512.
    pub max_dom_depth: usize,
    /// Most attributes kept on one HTML element; the rest are dropped
    /// before parsing (html5ever checks each attribute against all earlier
    /// ones of its element, so a tag with a million attributes would take
    /// minutes).
    ///
    /// # Default
    /// 256.
    pub max_attributes: usize,
    /// Longest sentence, in bytes, that the people, quote and meeting stages
    /// look inside; longer sentences are skipped by those stages.
    ///
    /// # Default
    /// 4096.
    pub max_sentence_bytes: usize,
    /// Most quotes reported per document; the rest are dropped.
    ///
    /// # Default
    /// 2000.
    pub max_quotes: usize,
}

impl Limits {
    /// The default limits.
    pub const fn new() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_dom_depth: 512,
            max_attributes: 256,
            max_sentence_bytes: 4096,
            max_quotes: 2000,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::new()
    }
}

/// Options for [`extract`](crate::extract).
///
/// ```
/// use summitry::{InputFormat, Options};
/// let opts = Options::new()
///     .with_input(InputFormat::Text)
///     .with_reference_date(chrono::NaiveDate::from_ymd_opt(2023, 11, 17));
/// assert_eq!(opts.input, InputFormat::Text);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Options {
    /// URL of the page, used when the page states no canonical URL, and as
    /// the document's `source` when none is given.
    ///
    /// # Default
    /// `None`.
    pub url: Option<String>,
    /// Date that relative dates ("on Thursday") resolve against. When set,
    /// it wins over the article's own publication date.
    ///
    /// # Default
    /// `None`.
    pub reference_date: Option<NaiveDate>,
    /// Whether the input is HTML, text, or to be detected.
    ///
    /// # Default
    /// [`InputFormat::Auto`].
    pub input: InputFormat,
    /// Charset the caller knows the bytes are in (a label such as
    /// `"windows-1252"`). A byte-order mark still wins.
    ///
    /// # Default
    /// `None`: from the page's `<meta charset>`, else detected.
    pub charset: Option<String>,
    /// Whether reported speech without quotation marks ("Kishida said both
    /// sides had a responsibility to …") is reported as `indirect` quotes.
    /// Off by default: on PolNeAR about 81% of them match hand-annotated
    /// indirect speech, so about one in five is noise.
    ///
    /// # Default
    /// `false`.
    pub indirect_quotes: bool,
    /// Bounds on the work done.
    pub limits: Limits,
}

impl Options {
    /// Default options.
    pub const fn new() -> Self {
        Options {
            url: None,
            reference_date: None,
            input: InputFormat::Auto,
            charset: None,
            indirect_quotes: false,
            limits: Limits::new(),
        }
    }

    /// Sets [`Options::url`].
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets [`Options::reference_date`].
    pub fn with_reference_date(mut self, date: Option<NaiveDate>) -> Self {
        self.reference_date = date;
        self
    }

    /// Sets [`Options::input`].
    pub fn with_input(mut self, input: InputFormat) -> Self {
        self.input = input;
        self
    }

    /// Sets [`Options::charset`].
    pub fn with_charset(mut self, charset: impl Into<String>) -> Self {
        self.charset = Some(charset.into());
        self
    }

    /// Sets [`Options::indirect_quotes`].
    pub fn with_indirect_quotes(mut self, on: bool) -> Self {
        self.indirect_quotes = on;
        self
    }

    /// Sets [`Options::limits`].
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}
