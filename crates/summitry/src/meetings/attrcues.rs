//! Cue tables of the attribute passes that settle a record once it is complete
//! ([`super::attrs`]).

/// Words that tell of a phone call: a sentence with one that a non-call record took in belongs to
/// the call its names point to ("Marape said Biden had called him and invited him …").
#[rustfmt::skip]
pub(crate) const CALL_WORDS: &[&str] = &[
    "telephoned", "phoned", "call", "phone", "telephone", "rang",
];

/// "called" tells of a call only before one of these (a person called, not "called for").
#[rustfmt::skip]
pub(crate) const CALLED_OBJECTS: &[&str] = &["him", "her", "them", "me", "us"];

/// Pair phrases that count two ("the two leaders"): a record of three or more parties is not
/// what they mean.
pub(crate) const PAIR_COUNT: &str = "two";
