//! The content stage's heuristics, one constant per knob with its reason.

/// Tags whose text is scored as a paragraph (Readability's `DEFAULT_TAGS_TO_SCORE`, trimmed).
pub(crate) const SCORED_TAGS: &[&str] = &["p", "pre", "td"];
/// Shorter paragraphs do not vote (Readability uses 25).
pub(crate) const MIN_PARAGRAPH_CHARS: usize = 25;
/// One point per this many characters of paragraph (Readability: 100).
pub(crate) const CHARS_PER_POINT: f64 = 100.0;
/// Cap of the length points of one paragraph (Readability: 3).
pub(crate) const MAX_LENGTH_POINTS: f64 = 3.0;
/// How many ancestors a paragraph's score reaches.
pub(crate) const ANCESTOR_LEVELS: usize = 3;
/// Share of the score passed to each further ancestor.
pub(crate) const ANCESTOR_DECAY: f64 = 0.5;
/// Below this many characters the chosen container is a miss: fall back.
pub(crate) const MIN_ARTICLE_CHARS: usize = 250;
/// class/id substrings that mark story containers.
pub(crate) const POSITIVE_HINTS: &[&str] = &[
    "article", "content", "story", "body", "post", "entry", "text", "main",
];
/// class/id substrings that mark chrome containers.
pub(crate) const NEGATIVE_HINTS: &[&str] = &[
    "comment", "sidebar", "footer", "nav", "menu", "related", "promo", "share", "social", "widget",
    "ad-", "banner",
];
/// Multiplier for a positive hint.
pub(crate) const POSITIVE_FACTOR: f64 = 1.25;
/// Multiplier for a negative hint.
pub(crate) const NEGATIVE_FACTOR: f64 = 0.4;
/// Elements never part of the story.
pub(crate) const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "aside", "footer", "form", "button", "iframe", "svg",
    "template", "select", "header",
];
/// class/id substrings of subtrees dropped inside the story.
pub(crate) const SKIP_HINTS: &[&str] = &[
    "share",
    "social",
    "related",
    "newsletter",
    "comment",
    "cookie",
    "advert",
    "promo",
];
