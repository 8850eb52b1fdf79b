//! The quote stage's tables on a quote's shape: names of works and scare
//! quotes, reported clauses without marks, quotation marks, reaches.

use crate::wordclass::{
    in_any, ARTICLES, BE_HAVE_FINITE, COMPLEMENTIZERS, DEMONSTRATIVES, DO_FORMS, MODALS,
    POSSESSIVES, SUBJECT_PRONOUNS,
};

/// Words before a quotation mark that make it a name or a scare quote,
/// not speech ("the so-called “strategic relationship”", "titled “Scam”").
pub(crate) const NAMING_MARKERS: &[&str] = &["so-called", "titled", "entitled", "nicknamed"];

/// Words right before a quotation in title case that make it the name of a
/// programme, book or work ("on “Meet the Press”", "told “Fox and Friends”",
/// "her memoir, “Tough Choices”"), not speech. A possessive ("NBC’s") counts too.
pub(crate) const WORK_MARKERS: &[&str] = &[
    "on",
    "told",
    "with",
    "called",
    "named",
    "dubbed",
    "show",
    "program",
    "programme",
    "podcast",
    "book",
    "memoir",
    "film",
    "movie",
    "series",
    "album",
    "song",
    "column",
    "documentary",
    "play",
    "musical",
    "novel",
    "magazine",
    "newsletter",
    "broadcast",
    "episode",
    "hit",
];

/// Verbs that introduce reported speech without quotation marks ("said
/// both sides had …"): the verbs of saying and the firmest stance verbs.
pub(crate) const INDIRECT_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "argued",
    "argues",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "insisted",
    "insists",
    "explained",
    "explains",
    "acknowledged",
    "claimed",
    "claims",
    "suggested",
    "suggests",
    "emphasized",
    "emphasised",
    "asserted",
    "contended",
    "predicted",
    "maintained",
    "conceded",
    "admitted",
    "confirmed",
    "announced",
    "wrote",
    "writes",
    "stated",
    "declared",
    "reiterated",
    "urged",
];

/// Quantifiers and "there" that may open a reported clause right after the
/// verb ([`is_clause_start`]).
pub(crate) const CLAUSE_STARTS: &[&str] = &["both", "there", "no", "some", "all", "many"];

/// Whether the lower-case `w` may open a reported clause right after the
/// verb: a pronoun, a determiner, "that" or a [`CLAUSE_STARTS`] word.
pub(crate) fn is_clause_start(w: &str) -> bool {
    in_any(
        &[
            COMPLEMENTIZERS,
            SUBJECT_PRONOUNS,
            ARTICLES,
            DEMONSTRATIVES,
            POSSESSIVES,
            CLAUSE_STARTS,
        ],
        w,
    )
}

/// Whether the lower-case `w` is a finite auxiliary: a reported clause not
/// opened by "that" or a pronoun must hold one, else the verb took a noun
/// phrase ("stressed the importance of …"), not speech.
pub(crate) fn is_clause_verb(w: &str) -> bool {
    in_any(&[BE_HAVE_FINITE, DO_FORMS, MODALS], w)
}

/// Phrases that end a reported clause ("…, saying …", "…, according to …").
pub(crate) const CLAUSE_ENDS: &[&str] = &[
    "according",
    "while",
    "but",
    "and",
    "though",
    "although",
    "because",
    "so",
    "which",
    "compared",
    "whereas",
    "yet",
    "he",
    "she",
    "they",
];

/// Shortest reported clause, in words.
pub(crate) const MIN_INDIRECT_WORDS: usize = 5;

/// Closing marks (and the straight apostrophe that closes a nested quote,
/// `please,'”`) trimmed to find the punctuation a quote ends on.
pub(crate) const CLOSING_MARKS: &[char] = &['”', '"', '’', '\'', '»', '」', ' '];

/// Most words from a quote to the verb of a comma-less attribution after it
/// ("…niches” Grubbs said): a name of up to four words.
pub(crate) const BARE_ATTRIBUTION_REACH: usize = 5;

/// Most words of an introductory clause before a sentence's subject
/// ("Although it was far from the last word to be said about …, Attorney
/// General … took").
pub(crate) const MAX_INTRO_WORDS: usize = 24;

/// Opening quotation marks: a sentence that starts on one has its first
/// words inside a quote.
pub(crate) const OPENING_MARKS: &[char] = &['“', '"', '„', '«', '「', '『'];
