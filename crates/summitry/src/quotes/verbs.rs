//! The quote stage's lexicons: cue verbs and phrases, pronouns, addressees.

use std::sync::LazyLock;

use crate::lexicon::{with_lower, FastSet};
use crate::wordclass::{
    in_any, ARTICLES, BE_HAVE_FINITE, COMPLEMENTIZERS, CONNECTIVES, COORDINATORS, DEMONSTRATIVES,
    DO_FORMS, FOCUS_ADVERBS, INTERROGATIVES, MODALS, POSSESSIVES, RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS, SUBORDINATORS, WEEKDAYS,
};

use super::speakers::PERSON_RELATIVE;

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
    "barked",
    "boomed",
    "beamed",
    "snapped",
    "gushed",
    "griped",
    "surmised",
    "read",
    "reads",
    "intoned",
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

/// The subject pronoun that stands for no speaker: generic "you".
pub(crate) const GENERIC_PRONOUN: &str = "you";

/// Whether the lower-case `w` is a personal pronoun that stands for a
/// speaker ("he", "it"); resolved to the last person named.
pub(crate) fn is_speaker_pronoun(w: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&w) && w != GENERIC_PRONOUN
}

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

fn union(classes: &[&'static [&'static str]]) -> FastSet<&'static str> {
    classes.iter().flat_map(|c| c.iter().copied()).collect()
}

static SPEECH_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(SPEECH_VERBS));
static STANCE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set(STANCE_VERBS));
static AUX_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut s = union(&[AUX_WORDS, FOCUS_ADVERBS, BE_HAVE_FINITE, DO_FORMS, MODALS]);
    for w in NOT_BETWEEN_MODALS {
        s.remove(w);
    }
    s
});
static CLAUSE_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut s = union(&[
        CLAUSE_OPENERS,
        COORDINATORS,
        SUBORDINATORS,
        COMPLEMENTIZERS,
        RELATIVE_PRONOUNS,
        INTERROGATIVES,
        CONNECTIVES,
    ]);
    s.remove(PERSON_RELATIVE);
    for w in EMBEDDED_QUESTION_WORDS {
        s.remove(w);
    }
    s
});
static STOP_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| union(&[PHRASE_STOPS, WEEKDAYS]));

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
