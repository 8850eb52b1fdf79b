//! The quote stage's lexicons: cue verbs and phrases, pronouns, addressees.

use std::sync::LazyLock;

use crate::lexicon::{with_lower, FastSet};

/// Verbs of saying, all forms: the core attribution cues of news prose.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "stated",
    "declare",
    "declares",
    "declared",
    "announce",
    "announces",
    "announced",
    "explain",
    "explains",
    "explained",
    "explaining",
    "write",
    "writes",
    "wrote",
    "writing",
    "ask",
    "asks",
    "asked",
    "asking",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "answer",
    "answered",
    "remark",
    "remarked",
    "comment",
    "commented",
    "continue",
    "continued",
    "continues",
    "recall",
    "recalled",
    "recalls",
    "quip",
    "quipped",
    "joke",
    "joked",
    "tweeted",
    "post",
    "posted",
];

/// Verbs of stance and emphasis that also introduce speech in news reports
/// (forms more often nouns — "state", "claims", "tweet" — left out).
pub(crate) const STANCE_VERBS: &[&str] = &[
    "stress",
    "stressed",
    "stresses",
    "stressing",
    "urge",
    "urged",
    "urges",
    "urging",
    "note",
    "noted",
    "notes",
    "noting",
    "warn",
    "warned",
    "warns",
    "warning",
    "insist",
    "insisted",
    "insists",
    "insisting",
    "argue",
    "argued",
    "argues",
    "arguing",
    "claim",
    "claimed",
    "claiming",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasise",
    "emphasised",
    "emphasising",
    "emphasizing",
    "suggest",
    "suggested",
    "suggests",
    "predict",
    "predicted",
    "predicts",
    "complain",
    "complained",
    "complains",
    "concede",
    "conceded",
    "concedes",
    "contend",
    "contended",
    "contends",
    "observe",
    "observed",
    "observes",
    "counter",
    "countered",
    "caution",
    "cautioned",
    "promise",
    "promised",
    "promises",
    "vow",
    "vowed",
    "vows",
    "pledge",
    "pledged",
    "pledges",
    "confirm",
    "confirmed",
    "confirms",
    "deny",
    "denied",
    "denies",
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "admit",
    "admitted",
    "admits",
    "agree",
    "agreed",
    "agrees",
    "reiterate",
    "reiterated",
    "reiterates",
    "repeat",
    "repeated",
    "proclaim",
    "proclaimed",
    "charge",
    "charged",
    "allege",
    "alleged",
    "alleges",
    "maintain",
    "maintained",
    "maintains",
    "conclude",
    "concluded",
    "assert",
    "asserted",
    "asserts",
    "express",
    "expressed",
    "expresses",
    "describe",
    "described",
    "describes",
    "call",
    "called",
    "calls",
    "calling",
    "echo",
    "echoed",
    "echoes",
    "boast",
    "boasted",
    "boasts",
    "mock",
    "mocked",
    "scoff",
    "scoffed",
    "shout",
    "shouted",
    "yell",
    "yelled",
    "cry",
    "cried",
    "chant",
    "chanted",
    "laugh",
    "laughed",
    "sigh",
    "sighed",
    "exclaim",
    "exclaimed",
    "whisper",
    "whispered",
    "thunder",
    "thundered",
    "lament",
    "lamented",
    "muse",
    "mused",
    "opine",
    "opined",
    "advise",
    "advised",
    "demand",
    "demanded",
    "demands",
    "predicting",
    "hint",
    "hinted",
    "signal",
    "signaled",
    "signalled",
    "point",
    "pointed",
    "indicate",
    "indicated",
    "indicates",
    "reveal",
    "revealed",
    "reveals",
    "report",
    "reported",
    "reports",
    "recount",
    "recounted",
    "testify",
    "testified",
    "concur",
    "concurred",
    "figure",
    "figured",
    "figures",
    "think",
    "thinks",
    "thought",
    "believe",
    "believes",
    "believed",
    "feel",
    "feels",
    "felt",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "accuse",
    "accused",
    "accuses",
    "criticize",
    "criticized",
    "criticised",
    "praise",
    "praised",
    "blast",
    "blasted",
    "slam",
    "slammed",
    "attack",
    "attacked",
    "dismiss",
    "dismissed",
    "tout",
    "touted",
    "touts",
    "refer",
    "referred",
    "label",
    "labeled",
    "labelled",
    "dub",
    "dubbed",
    "brand",
    "branded",
    "pronounce",
    "pronounced",
    "react",
    "reacted",
    "reacts",
    "remember",
    "remembered",
    "remembers",
    "wonder",
    "wondered",
    "wonders",
    "retort",
    "retorted",
    "retorts",
    "fume",
    "fumed",
    "rail",
    "railed",
    "marvel",
    "marveled",
    "marvelled",
    "concludes",
    "question",
    "questioned",
    "assure",
    "assured",
    "assures",
    "recalling",
    "explaining",
];

/// A cue word followed by one of these is a participle, not speech ("measures added by").
pub(crate) const NOT_CUE_NEXT: &[&str] = &["by", "up", "off"];

/// Speech verbs that take the addressee as object ("told reporters").
pub(crate) const ADDRESSEE_VERBS: &[&str] = &[
    "told", "tell", "tells", "telling", "urged", "urges", "asked", "asks", "assured", "warned",
    "reminded", "informed",
];

/// Personal pronouns that stand for a speaker; resolved to the last person named.
pub(crate) const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// Whether `word` (any case) is a cue verb.
pub(crate) fn is_cue_verb(word: &str) -> bool {
    with_lower(word, |w| SPEECH_SET.contains(w) || STANCE_SET.contains(w))
}

/// Whether `word` is a verb of saying proper (not stance).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    with_lower(word, |w| SPEECH_SET.contains(w))
}

/// Whether `word` may stand between a speaker and its verb ([`AUX_WORDS`]).
pub(crate) fn is_aux_word(word: &str) -> bool {
    with_lower(word, |w| AUX_SET.contains(w))
}

/// Whether `word` opens a clause ([`CLAUSE_OPENERS`]).
pub(crate) fn is_clause_opener(word: &str) -> bool {
    with_lower(word, |w| CLAUSE_SET.contains(w))
}

/// Whether `word` ends a speaker or addressee phrase ([`PHRASE_STOPS`]).
pub(crate) fn is_phrase_stop(word: &str) -> bool {
    with_lower(word, |w| STOP_SET.contains(w))
}

/// Whether `word` is a speech verb taking an addressee ([`ADDRESSEE_VERBS`]).
pub(crate) fn is_addressee_verb(word: &str) -> bool {
    with_lower(word, |w| ADDRESSEE_VERBS.contains(&w))
}

fn set(words: &'static [&'static str]) -> FastSet<&'static str> {
    words.iter().copied().collect()
}

static SPEECH_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(SPEECH_VERBS));
static STANCE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(STANCE_VERBS));
static AUX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(AUX_WORDS));
static CLAUSE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(CLAUSE_OPENERS));
static STOP_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(PHRASE_STOPS));

/// Words between a speaker and the cue verb ("Xi also said", "he has said").
pub(crate) const AUX_WORDS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "would",
    "will",
    "could",
    "might",
    "may",
    "previously",
    "earlier",
    "once",
    "recently",
    "further",
    "again",
    "repeatedly",
    "reportedly",
    "was",
    "were",
    "is",
    "are",
    "did",
    "does",
    "do",
    "just",
    "only",
    "even",
    "still",
    "often",
    "once",
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

/// Words that open a clause: a speaker phrase never reaches back past them.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "with",
    "and",
    "but",
    "while",
    "as",
    "that",
    "after",
    "before",
    "when",
    "because",
    "since",
    "although",
    "though",
    "where",
    "which",
    "so",
    "if",
    "then",
    "whom",
    "whose",
    "than",
    "what",
    "yet",
    "or",
    "nor",
    "until",
    "unless",
    "whereas",
    "meanwhile",
];

/// Words that end a speaker or addressee phrase after a cue verb.
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
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "in",
    "over",
    "via",
    "through",
];

/// The longest speaker phrase, in words.
pub(crate) const MAX_SPEAKER_WORDS: usize = 12;

/// How far after a closing mark the cue verb may stand, in words.
pub(crate) const MAX_POST_CUE_DISTANCE: usize = 14;

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

/// Words that may open a reported clause right after the verb.
pub(crate) const CLAUSE_STARTS: &[&str] = &[
    "that", "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "these",
    "those", "both", "his", "her", "their", "its", "there", "no", "some", "all", "many",
];

/// Finite verbs and auxiliaries: a reported clause not opened by "that" or a
/// pronoun must hold one, else the verb took a noun phrase ("stressed the
/// importance of …"), not speech.
pub(crate) const CLAUSE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "will", "would", "had", "has", "have", "could", "should", "must",
    "can", "may", "might", "did", "does", "do",
];

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
