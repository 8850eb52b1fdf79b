//! The words around a speaker phrase after or before a cue verb: what may
//! stand between speaker and verb, what opens a clause, what ends a phrase.
//! Closed-class words are composed from [`crate::wordclass`] in
//! [`super::verbs`]'s lookups.

/// Adverbs (and the focus adverbs and finite auxiliaries of [`crate::wordclass`]) between a
/// speaker and the cue verb ("Xi also said", "he has said").
pub(crate) const AUX_WORDS: &[&str] = &[
    "later",
    "then",
    "previously",
    "earlier",
    "once",
    "recently",
    "further",
    "again",
    "repeatedly",
    "reportedly",
    "just",
    "only",
    "even",
    "often",
    "last",
    "simply",
    "flatly",
    "publicly",
    "privately",
    "quickly",
    "finally",
    "told",
    "quoted",
    "as",
];

/// Words that open a clause, with the conjunctions, "that", wh-words (but
/// "who") and sentence adverbs of [`crate::wordclass`]: a speaker phrase
/// never reaches back past them.
pub(crate) const CLAUSE_OPENERS: &[&str] = &["with", "then"];

/// Wh-words that open an embedded question inside a speaker phrase's
/// sentence ("a debate over how the United States responds") and are not
/// taken as clause openers there.
pub(crate) const EMBEDDED_QUESTION_WORDS: &[&str] = &["why", "how"];

/// Modals of obligation and ability not taken as standing between a
/// speaker and the cue verb ("must say" opens a quote less often than it
/// ends a clause).
pub(crate) const NOT_BETWEEN_MODALS: &[&str] = &["can", "should", "must"];

/// Words that end a speaker or addressee phrase after a cue verb (and the
/// weekday names of [`crate::wordclass`]).
pub(crate) const PHRASE_STOPS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "that",
    "who",
    "which",
    "about",
    "to",
    "of",
    "for",
    "from",
    "with",
    "by",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "and",
    "but",
    "because",
    "if",
    "though",
    "although",
    "since",
    "according",
    "then",
    "recently",
    "adding",
    "noting",
    "saying",
    "told",
    "said",
    "over",
    "via",
    "through",
];

/// The longest speaker phrase, in words.
pub(crate) const MAX_SPEAKER_WORDS: usize = 12;

/// How far after a closing mark the cue verb may stand, in words.
pub(crate) const MAX_POST_CUE_DISTANCE: usize = 14;
