//! The quote stage's speaker tables: how far a pronoun looks back, what a speaker phrase may start and end on, and the
//! words around a speaker phrase (introductions, time phrases, abbreviations).

/// How many of a person's mentions are checked for a gendered word before
/// them (the first few suffice; keeps the check short on long pages).
pub(crate) const GENDER_MENTIONS: usize = 6;

/// How many person mentions back a "he"/"she" looks for one that fits it
/// when the nearer candidates do not.
pub(crate) const PRONOUN_LOOKBACK: usize = 12;

/// Words a speaker phrase of more than one word never ends on: a speaker is
/// a person, an office, an organisation or a group, so it ends on a noun
/// ("he was the only pollster to", "a South Carolina native who").
pub(crate) const NOT_PHRASE_ENDS: &[&str] = &[
    "to", "the", "a", "an", "of", "by", "from", "for", "with", "in", "on", "at", "about", "into",
    "upon", "without", "who", "whom", "which", "that", "what", "why", "how", "when", "where",
    "his", "her", "their", "its", "my", "our", "your", "he", "she", "they", "it", "we", "i", "you",
    "him", "them", "me", "us", "is", "was", "are", "were", "be", "been", "being", "has", "have",
    "had", "having", "can", "could", "will", "would", "should", "may", "might", "must", "do",
    "does", "did", "not", "and", "or", "but", "if", "as", "than", "before", "after", "also",
    "very", "so", "now", "then", "there", "here",
];

/// Words a speaker phrase never starts on: prepositions, verbs and clause
/// words ("telling reporters", "on Twitter before", "went on to").
pub(crate) const NOT_PHRASE_STARTS: &[&str] = &[
    "to",
    "of",
    "by",
    "from",
    "for",
    "with",
    "in",
    "on",
    "into",
    "over",
    "upon",
    "without",
    "including",
    "particularly",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "said",
    "says",
    "went",
    "why",
    "how",
    "what",
    "when",
    "where",
    "if",
    "because",
    "there",
    "it",
    "it’s",
    "it's",
    "you",
    "i",
    "we",
    "he",
    "she",
    "they",
    "he’s",
    "he's",
    "she’s",
    "she's",
    "today",
    "now",
    "yesterday",
    "then",
    "also",
    "not",
];

/// One-word speaker phrases that are not speakers (function words and
/// time words left by a wrong parse: "to", "the", "now", "today").
pub(crate) const NOT_SPEAKER_WORDS: &[&str] = &[
    "to",
    "the",
    "a",
    "an",
    "of",
    "by",
    "from",
    "for",
    "with",
    "in",
    "on",
    "at",
    "about",
    "being",
    "having",
    "been",
    "be",
    "is",
    "was",
    "has",
    "had",
    "now",
    "today",
    "yesterday",
    "tonight",
    "then",
    "here",
    "there",
    "also",
    "not",
    "very",
    "so",
    "that",
    "what",
    "which",
];

/// Auxiliaries whose presence inside a speaker phrase (after its first
/// word) makes it a clause, not a noun phrase ("a reporter can be heard").
pub(crate) const CLAUSE_AUXILIARIES: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "can", "will", "would", "could", "should",
    "did", "does", "do", "must",
];

/// Sentence adverbs and conjunctions that may open a speaker phrase and are
/// not part of it ("Now Bloomberg", "Yet the group").
pub(crate) const LEADING_ADVERBS: &[&str] = &[
    "now",
    "then",
    "today",
    "yesterday",
    "yet",
    "still",
    "also",
    "and",
    "but",
    "so",
    "meanwhile",
];

/// The infinitive marker before a cue verb: its clause's subject speaks
/// ("went on to say").
pub(crate) const INFINITIVE_MARKER: &str = "to";

/// The suffix of an adverb that may split an infinitive ("to correctly
/// predict"); only lower-case words count, so "to Italy said" is no infinitive.
pub(crate) const ADVERB_SUFFIX: &str = "ly";

/// Longest noun phrase kept from a speaker phrase that runs on into its verb
/// ("The U.S. media has always" → "The U.S. media"), in words.
pub(crate) const MAX_HEAD_WORDS: usize = 5;

/// Most words of a name before a colon that introduces a quote ("Mark
/// Blumenthal and Jon Cohen: “…”").
pub(crate) const MAX_COLON_NAME_WORDS: usize = 6;

/// Prepositions of a time or place phrase between a speaker and the verb.
pub(crate) const ADVERBIAL_PREPS: &[&str] =
    &["on", "in", "at", "during", "last", "this", "earlier"];

/// Words that open an introductory phrase before the subject ("In a
/// statement, …", "After the vote, …").
pub(crate) const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "while",
    "as",
    "despite",
    "for",
    "from",
    "with",
    "since",
    "though",
    "although",
    "earlier",
    "later",
    "meanwhile",
    "still",
    "but",
    "and",
    "yet",
    "asked",
    "speaking",
    "instead",
    "now",
    "then",
    "today",
    "yesterday",
];

/// Abbreviations that end in a full stop inside a name or title.
pub(crate) const NAME_ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Prof", "Rev", "St",
    "Jr", "Sr", "Capt", "Cmdr", "Adm", "Maj", "Pres", "Sec", "Atty", "Supt", "Hon",
];
