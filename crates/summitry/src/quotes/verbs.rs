//! The quote stage's lexicons: cue verbs and phrases, pronouns, addressees.

use std::sync::LazyLock;

use crate::lexicon::{with_lower, FastSet};
use crate::wordclass::{
    BE_HAVE_FINITE, COMPLEMENTIZERS, CONNECTIVES, COORDINATORS, DO_FORMS, FOCUS_ADVERBS,
    INTERROGATIVES, MODALS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS, WEEKDAYS,
};

use super::speakers::PERSON_RELATIVE;
use super::stops::{
    AUX_WORDS, CLAUSE_OPENERS, EMBEDDED_QUESTION_WORDS, NOT_BETWEEN_MODALS, PHRASE_STOPS,
};

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

/// Whether `word` may stand between a speaker and its verb ([`super::stops::AUX_WORDS`]).
pub(crate) fn is_aux_word(word: &str) -> bool {
    with_lower(word, |w| AUX_SET.contains(w))
}

/// Whether `word` opens a clause ([`super::stops::CLAUSE_OPENERS`]).
pub(crate) fn is_clause_opener(word: &str) -> bool {
    with_lower(word, |w| CLAUSE_SET.contains(w))
}

/// Whether `word` ends a speaker or addressee phrase ([`super::stops::PHRASE_STOPS`]).
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
