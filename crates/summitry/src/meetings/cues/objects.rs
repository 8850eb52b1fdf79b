//! What a verb of receiving takes as object: a party ("received Putin", "received the Chinese
//! president") makes a visit; a thing ("received Gülen-linked donations", "received a letter")
//! does not.

use crate::wordclass;

/// Verbs of receiving: triggers of a visit (class Visit, a party right after), and a visit
/// only when their object is a party (the trigger table takes them from here).
pub(crate) const RECEIVE_VERBS: &[&str] = &["received", "receives"];

/// Most tokens of the object read after such a verb.
pub(crate) const OBJECT_REACH: usize = 8;

/// Word classes that end the object of such a verb: prepositions, conjunctions, relative words
/// and time words ("received Xi in Beijing", "received donations that …", "received him
/// yesterday").
pub(crate) const OBJECT_STOP_CLASSES: &[&[&str]] = &[
    wordclass::PREPOSITIONS,
    wordclass::COORDINATORS,
    wordclass::SUBORDINATORS,
    wordclass::RELATIVE_PRONOUNS,
    wordclass::COMPLEMENTIZERS,
    wordclass::TIME_DEICTICS,
    OBJECT_STOPS,
];

/// Other tokens that end such an object: punctuation, and time and place words no class
/// above holds ("received him here last week").
#[rustfmt::skip]
pub(crate) const OBJECT_STOPS: &[&str] = &[
    ",", ".", ";", ":", "(", ")", "“", "”", "\"", "!", "?", "—", "–", "during", "last", "this",
    "next", "tomorrow", "earlier", "later", "again", "here", "there", "over", "under", "amid",
    "despite",
];

/// The ending of an adverb after the object ("received him warmly"), which is no head.
pub(crate) const ADVERB_ENDING: &str = "ly";

/// Lower-case heads of an object that is a party: pronouns and persons received as guests
/// (offices and group nouns count as well).
#[rustfmt::skip]
pub(crate) const PARTY_OBJECTS: &[&str] = &[
    "him", "her", "them", "us", "me", "you", "guests", "guest", "visitors", "visitor",
    "dignitaries", "dignitary", "delegations", "delegates", "counterpart", "counterparts",
    "host", "hosts", "envoys", "ministers", "presidents", "premiers", "heads", "head",
    "representatives", "representative", "team", "crew", "family", "pope",
];
