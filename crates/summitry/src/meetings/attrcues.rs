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

/// Most words between a city and the gathering it names ("the Sydney Quad meeting", "the
/// Paris climate conference"); more ("a Shanghai Cooperation Organisation summit") make it a
/// forum's name.
pub(crate) const CITY_TO_HEAD: usize = 2;

/// Most capitalised words between such a city and the gathering ("Sydney Quad meeting").
pub(crate) const CITY_NAME_WORDS: usize = 1;

/// Nouns a possessive weekday names a meeting by ("Thursday's meeting", "Monday's call").
#[rustfmt::skip]
pub(crate) const DAY_NAMED_HEADS: &[&str] = &[
    "meeting", "meetings", "summit", "talks", "conversation", "call", "sit-down", "session",
    "encounter", "visit", "dinner", "lunch", "breakfast",
];

/// Sentences before a held meeting's first one looked through for the day that names it.
pub(crate) const DAY_NAMED_REACH: usize = 3;
