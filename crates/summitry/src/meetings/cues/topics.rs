//! Topics and outcomes (details.rs): the cue words that open what a meeting covered or
//! settled, and the words that end such a phrase.

/// Longest phrase taken after a cue, in tokens: a topic is a noun phrase, not a paragraph.
pub(crate) const MAX_PHRASE: usize = 30;

/// Longest list of items read after one cue, in tokens: two phrases' worth.
pub(crate) const MAX_LIST: usize = 2 * MAX_PHRASE;

/// Words an item does not start with ("the", "about", "and" of "X, and Y"): they are dropped.
#[rustfmt::skip]
pub(crate) const ITEM_LEADS: &[&str] = &[
    "the", "about", "on", "over", "a", "an", "also", "to", "and", "or",
];

/// Words after "and" that open a new item ("and the detention of …", "and to strengthen …").
pub(crate) const AND_ITEM_OPENERS: &[&str] = &["the", "about", "to", "on", "over"];

/// Words that make "talks on X" a place, not a topic ("on the sidelines", "on the margins").
pub(crate) const NOT_TOPIC_HEADS: &[&str] = &["sidelines", "margins"];

/// Words that open a relative clause after a comma (", which is creating friction …"): the
/// clause is no item of the list.
pub(crate) const RELATIVE_WORDS: &[&str] = &["which", "who"];

/// Words after the comma closing a relative clause that carry the list on (", and allegations").
pub(crate) const LIST_RESUMERS: &[&str] = &["and", "as"];

/// Nouns for the talks themselves: one just before a topic cue makes the sentence about the
/// meeting's agenda ("discussions will also cover …").
#[rustfmt::skip]
pub(crate) const TALK_NOUNS: &[&str] = &[
    "talks", "discussions", "discussion", "meeting", "summit", "call", "conversation", "session",
    "sessions", "meetings", "agenda", "dialogue",
];

/// Tokens after a talk noun within which a topic cue still speaks of the agenda ("talks will
/// also cover").
pub(crate) const AGENDA_REACH: usize = 3;

/// Phrases whose subject is a topic ("X was on the agenda", "X was part of their discussions").
#[rustfmt::skip]
pub(crate) const AGENDA: &[&str] = &[
    "on the agenda", "part of their discussions", "part of the discussions", "part of the talks",
    "on the table", "at the forefront of their agenda", "topped the agenda", "tops the agenda",
    "the central topic", "the main topic", "a central topic", "a key topic", "high on the agenda",
    "dominated the talks", "dominated the meeting", "dominated the discussions",
];

/// Words a topic or outcome phrase does not end on ("letter and", "with only a", "so I"),
/// besides the closed classes details.rs composes with them (articles, prepositions, …).
#[rustfmt::skip]
pub(crate) const TRAILING: &[&str] = &[
    "as", "so", "only", "not", ",", "i", "he", "she", "they", "we", "what",
];

/// Words that carry no topic of their own, besides the closed classes details.rs composes with
/// them: an item of only these is dropped ("so I", "as well").
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "so", "as", "well", "there", "here", "only", "very", "more", "much", "some", "her",
];

/// Words after "about" that make it a quantity ("about 45 minutes", "about a dozen").
#[rustfmt::skip]
pub(crate) const QUANTITY: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "thirty", "forty", "fifty", "sixty", "ninety", "hundred", "half", "dozen", "an", "a", "how",
    "what", "it", "this", "that", "to",
];

/// Talk words that make "on" after a name open a topic ("talks with Putin on the war").
#[rustfmt::skip]
pub(crate) const ON_HEADS: &[&str] = &[
    "summit", "talks", "meeting", "meetings", "call", "conversation", "discussion", "discussions",
    "sit-down", "negotiations", "dialogue", "talked", "spoke", "consulted", "met",
];

/// Words after "on" (and a determiner) that tell a time, medium or place, not a topic.
#[rustfmt::skip]
pub(crate) const ON_NOT_TOPIC: &[&str] = &[
    "sidelines", "margins", "phone", "telephone", "tarmac", "way", "eve", "occasion", "day",
    "night", "morning", "afternoon", "evening", "visit", "trip", "behalf", "weekend", "same",
    "first", "last", "next", "whole", "video", "campaign", "hill", "island", "ground", "board",
    "stage", "call", "line", "record", "air", "show", "program", "programme",
];

/// Tokens before "on" searched for one of [`ON_HEADS`] in the same clause.
pub(crate) const ON_REACH: usize = 9;

/// Tokens before "about" searched for one of [`ABOUT_HEADS`] ("a call Tuesday about trade").
pub(crate) const ABOUT_REACH: usize = 3;

/// Tokens a subject before "was on the agenda" does not reach back across: clause and quote
/// boundaries.
#[rustfmt::skip]
pub(crate) const SUBJECT_BOUNDS: &[&str] = &[
    ",", ".", ";", ":", "“", "”", "\"", "that", "while", "although", "though", "because", "but",
    "—",
];

/// Words of the predicate dropped from the end of such a subject ("X was expected to be").
#[rustfmt::skip]
pub(crate) const SUBJECT_PREDICATE: &[&str] = &[
    "was", "were", "is", "are", "be", "also", "to", "expected", "believed", "anticipated",
    "likely", "set", "seen", "has", "have", "had", "been",
];
