//! What a verb of receiving takes as object: a party ("received Putin", "received the Chinese
//! president") makes a visit; a thing ("received Gülen-linked donations", "received a letter")
//! does not.

/// Verbs of receiving that are a visit only when their object is a party.
pub(crate) const RECEIVE_VERBS: &[&str] = &["received", "receives", "receive", "receiving"];

/// Most tokens of the object read after such a verb.
pub(crate) const OBJECT_REACH: usize = 8;

/// Words that end the object of such a verb: prepositions, conjunctions, relative words and
/// time words ("received Xi in Beijing", "received donations that …", "received him yesterday").
#[rustfmt::skip]
pub(crate) const OBJECT_STOPS: &[&str] = &[
    ",", ".", ";", ":", "(", ")", "“", "”", "\"", "!", "?", "—", "–", "in", "at", "on", "from",
    "for", "with", "to", "by", "during", "after", "before", "that", "which", "who", "whom", "and",
    "or", "as", "when", "while", "since", "last", "this", "next", "into", "of", "yesterday",
    "today", "tomorrow", "tonight", "earlier", "later", "again", "here", "there", "upon", "over",
    "under", "amid", "despite", "but",
];

/// Lower-case heads of an object that is a party: pronouns and persons received as guests
/// (offices and group nouns count as well).
#[rustfmt::skip]
pub(crate) const PARTY_OBJECTS: &[&str] = &[
    "him", "her", "them", "us", "me", "you", "guests", "guest", "visitors", "visitor",
    "dignitaries", "dignitary", "delegations", "delegates", "counterpart", "counterparts",
    "host", "hosts", "envoys", "ministers", "presidents", "premiers", "heads", "head",
    "representatives", "representative", "team", "crew", "family", "pope",
];
