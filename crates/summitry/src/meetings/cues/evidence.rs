//! Attributes settled from a record's whole evidence (attrs.rs) and dates (dates.rs).

/// Most evidence sentences of one record looked through: keeps a meeting told a thousand times
/// linear to settle.
pub(crate) const MAX_EVIDENCE: usize = 24;

/// Words that may stand inside a gathering's name between capitalised words ("Group of 20").
pub(crate) const NAME_JOINERS: &[&str] = &["of", "-", "for", "and", "on", "&"];

/// Most words of a gathering's name before its head word ("Asia-Pacific Economic Cooperation").
pub(crate) const MAX_NAME_WORDS: usize = 8;

/// How many sentences past its last evidence a record's parties are still looked for.
pub(crate) const TOPIC_REACH: usize = 3;

/// Words of talking: a nearby sentence with the pair and one of them tells of their meeting.
#[rustfmt::skip]
pub(crate) const TALKED: &[&str] = &[
    "met", "meet", "meeting", "talks", "talked", "chatted", "spoke", "conversation", "discussed",
    "summit", "encounter", "sat",
];

/// Phrases that speak of a meeting's pair together, so one name beside them is enough.
#[rustfmt::skip]
pub(crate) const PAIR_PHRASES: &[&[&str]] = &[
    &["the", "two", "leaders"], &["both", "leaders"], &["the", "two", "men"], &["both", "men"],
    &["the", "pair"], &["the", "two", "sides"], &["both", "sides"], &["the", "two", "presidents"],
    &["the", "two", "diplomats"], &["the", "two", "ministers"], &["the", "two", "women"],
];

/// Most sentences looked through for one record's topics.
pub(crate) const MAX_WINDOW: usize = 60;

/// Words that open a sentence on the meeting itself ("In their discussion", "During the talks").
pub(crate) const OPENING_PREPS: &[&str] = &["in", "during", "at"];

/// Determiners between such an opening word and the talk noun.
pub(crate) const OPENING_DETERMINERS: &[&str] = &["their", "the"];

/// Talk nouns such an opening names ("During the talks, …").
#[rustfmt::skip]
pub(crate) const OPENING_TALK_NOUNS: &[&str] = &[
    "discussion", "discussions", "talks", "meeting", "call", "conversation",
];

/// Words that tell of a call in a sentence ("discussed … in a call lasting two hours").
#[rustfmt::skip]
pub(crate) const BY_WIRE: &[&[&str]] = &[
    &["in", "a", "call"], &["in", "a", "phone", "call"], &["in", "a", "telephone", "call"],
    &["in", "a", "video", "call"], &["by", "phone"], &["by", "telephone"], &["over", "the", "phone"],
    &["in", "a", "phone", "conversation"], &["in", "a", "telephone", "conversation"],
];

/// Words that tell of meeting in person: a sentence with one is not made a call.
#[rustfmt::skip]
pub(crate) const IN_PERSON: &[&str] = &[
    "met", "meet", "meeting", "summit", "visit", "visited", "face-to-face", "in-person", "dinner",
    "lunch", "breakfast", "hosted", "welcomed", "sat",
];

/// Words of travel: a record told with one stays a visit.
#[rustfmt::skip]
pub(crate) const TRAVEL: &[&str] = &[
    "visit", "visits", "visited", "visiting", "trip", "travel", "traveled", "travelled", "arrived",
    "arrives", "came", "flew", "tour", "destination",
];

/// How many words before "for" a word of travel makes it name the trip's gathering.
pub(crate) const TRIP_REACH: usize = 8;

/// Words in a held visit's evidence that make it talks between host and guest, not a trip.
pub(crate) const HELD_TALKS: &[&str] = &["summit", "talks", "met", "dinner"];

/// Words right before a length that make it the meeting's ("lasting two hours", "for an hour").
pub(crate) const LENGTH_CUES: &[&str] = &["lasting", "lasted", "lasts", "last", "for", "after"];

/// How many sentences before a meeting's first one may give its place (a trip's stop is told
/// early and the meetings of the stay paragraphs later).
pub(crate) const LEAD_IN: usize = 10;

/// Words of inviting: "invite Assad to Turkiye" names where the guest is to be met.
pub(crate) const INVITE_WORDS: &[&str] =
    &["invite", "invited", "invites", "inviting", "invitation"];

/// How many words before "to" an invitation may stand ("invite Syria's President Assad to").
pub(crate) const INVITE_REACH: usize = 8;

/// Nouns a length right before them measures ("a 10-minute chat", "two-hour talks").
#[rustfmt::skip]
pub(crate) const MEASURED_TALKS: &[&str] = &[
    "chat", "talks", "talk", "meeting", "call", "conversation", "summit", "session", "discussion",
    "discussions", "encounter", "phone", "telephone", "video", "exchange", "sit-down",
];

// --- Dates (dates.rs) ---

/// Nouns a possessive date may date and still date a meeting ("Thursday's talks").
#[rustfmt::skip]
pub(crate) const OWN_EVENTS: &[&str] = &[
    "meeting", "meetings", "talks", "summit", "call", "conversation", "session", "visit",
    "sit-down", "encounter", "discussion", "discussions", "dinner", "lunch", "breakfast",
    "phone", "telephone", "video", "bilateral", "one-on-one", "face-to-face", "trip",
    "negotiations", "get-together", "gathering",
];

/// Words before a bare year (or "the" and a year) that make it a date ("in 2016", "during the
/// 2012 race").
pub(crate) const YEAR_PREPS: &[&str] = &["in", "since", "of", "during"];

/// Words before "last year" that make it a stretch of time, not a date ("spent the last year").
pub(crate) const STRETCH_WORDS: &[&str] = &["the", "over", "for", "throughout"];
