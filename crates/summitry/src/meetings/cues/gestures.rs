//! Trigger phrases added beside the main table: gestures and joint acts that only two
//! people in one place can perform ("shook hands", "signed"), and the modifiers that make a
//! meeting noun another meeting than the one in focus ("a follow-up meeting").

use super::Class;

/// More trigger phrases, `(phrase, class, needs a party right after it)`, read with
/// [`super::TRIGGERS`]: joint acts, and talk nouns whose parties follow "between". The weak ones count only with two named people as their subject
/// ("Putin and Trump shook hands", "Trump and Zelensky planned to sign the deal").
pub(crate) const MORE_TRIGGERS: &[(&str, Class, bool)] = &[
    ("shook hands", Class::Weak, false),
    ("shake hands", Class::Weak, false),
    ("shaking hands", Class::Weak, false),
    ("shook hands with", Class::Meet, true),
    ("shake hands with", Class::Meet, true),
    ("sign", Class::Weak, false),
    ("signed", Class::Weak, false),
    // "that discussion between Quad leaders": the pair or grouping follows "between".
    ("discussion between", Class::Meet, false),
    ("discussions between", Class::Meet, false),
];

/// Words right before a meeting noun that make it another meeting of the parties in focus
/// ("wanting a follow-up meeting" after the summit: a new one, not the summit told again).
/// Written as the tokenizer splits them, hyphens apart.
pub(crate) const ANOTHER_MEETING: &[&str] = &["follow - up", "another", "second", "next", "new"];

/// Words right before a meeting word that mark it as another meeting of the same parties
/// ("their second meeting", "an earlier visit", "their first phone call"); "again" marks it
/// after the word ("met again"). Such a record is not folded into one told before it.
#[rustfmt::skip]
pub(crate) const DISTINCT_MARKERS: &[&str] = &[
    "another", "second", "third", "earlier", "first", "previous", "prior", "follow", "again",
];

/// Words in a mention that tell one more meeting beside one told before ("also met privately
/// with several victims before the start of the roundtable"): with a group of another kind, the
/// mention opens its own record.
#[rustfmt::skip]
pub(crate) const SEPARATE_MARKERS: &[&str] = &[
    "also", "separately", "later", "before the", "after the",
];

/// Words for members of a legislature, one class when groups are compared ("Republican
/// senators" and "the GOP lawmakers" are one group).
#[rustfmt::skip]
pub(crate) const LEGISLATORS: &[&str] = &[
    "lawmakers", "senators", "members", "representatives", "congressmen", "congresswomen",
    "mps", "legislators", "parliamentarians",
];

/// Words of a group's role that say nothing of who is in it ("members of the leadership").
pub(crate) const GROUP_FILLERS: &[&str] = &["of", "the", "and", "a", "an", "its", "their"];

/// Meeting words a [`DISTINCT_MARKERS`] word marks.
#[rustfmt::skip]
pub(crate) const MARKED_MEETINGS: &[&str] = &[
    "meet", "met", "meets", "meeting", "meetings", "talks", "summit", "call", "visit", "trip",
    "conversation", "engagement", "encounter", "phone", "telephone", "spoke", "talked",
];

/// Most words between a marker and the meeting word it marks ("first direct engagement").
pub(crate) const DISTINCT_REACH: usize = 3;

/// How many tokens before a trigger a pair subject ("they", "the two") may stand when it names
/// the two people just mentioned ("They then walked toward each other, smiled and shook hands").
pub(crate) const PAIR_SUBJECT_REACH: usize = 10;

/// Words that may stand between "bilateral" and the meeting noun it modifies in a
/// coordination of kinds ("bilateral as well as trilateral meetings", "bilateral and
/// multilateral talks"); any other word means "bilateral" qualifies something else
/// ("bilateral trade will top the agenda of the meeting").
pub(crate) const KIND_COORDINATION: &[&str] = &[
    "as",
    "well",
    "and",
    "or",
    ",",
    "trilateral",
    "multilateral",
    "other",
];

/// Weak triggers that are signings: a meeting only when what is signed is a pact between
/// the signers ("signed the agreement"), not "signed a letter" or "signed the order".
pub(crate) const SIGNING_VERBS: &[&str] = &["sign", "signed", "signs", "signing"];

/// What two parties sign together when they meet.
pub(crate) const PACT_NOUNS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "deals",
    "accord",
    "accords",
    "treaty",
    "treaties",
    "pact",
    "pacts",
    "memorandum",
    "memoranda",
    "declaration",
    "communique",
    "communiqué",
    "charter",
    "protocol",
    "armistice",
    "ceasefire",
    "cease",
];

/// How many tokens after a signing verb its pact noun may stand ("sign the U.S.-Ukraine
/// minerals deal": hyphens are tokens).
pub(crate) const PACT_REACH: usize = 8;

/// Meeting nouns: told with no status cue and no past verb, such a meeting is held only by
/// default ("Trump's visit to Israel", "his one-on-one meeting … is an important step").
#[rustfmt::skip]
pub(crate) const MEETING_NOUNS: &[&str] = &[
    "visit", "trip", "meeting", "meetings", "talks", "summit", "sit-down", "get-together",
    "encounter", "one-on-one",
];

/// How many tokens before a meeting noun a past verb governs it ("held a bilateral meeting").
pub(crate) const PAST_VERB_REACH: usize = 3;

/// Words before "meeting" or "visit" that make it a verb ("right after meeting with the
/// caucus", "as he visit…", "is meeting with"), not a meeting noun.
#[rustfmt::skip]
pub(crate) const VERB_LEADS: &[&str] = &[
    "after", "before", "since", "while", "by", "without", "upon", "when", "is", "are", "was",
    "were", "be", "been", "am", "he", "she", "they", "we", "i", "you", "who", "to", "will", "would",
    "can", "could", "may", "might", "should", "must", "not", "also",
];

/// Past forms that tell a meeting noun's clause is about what happened ("the meeting was …").
#[rustfmt::skip]
pub(crate) const PAST_WORDS: &[&str] = &[
    "was", "were", "had", "did", "went", "took", "met", "came", "left", "held", "saw", "made",
    "gave", "told", "said", "spoke", "began", "ended", "brought", "got", "won", "lost", "ran",
];

/// Days counted from the story's own time, not the report's ("was set to meet the following
/// day"): a past plan so dated is not told carried out.
#[rustfmt::skip]
pub(crate) const NARRATIVE_DAYS: &[&str] = &[
    "the following day", "the next day", "the day after", "a day later", "the following week",
    "the next morning", "the following morning", "the next week",
];

/// Most tokens after a trigger such a day may stand ("meet the following day").
pub(crate) const NARRATIVE_DAY_REACH: usize = 3;

/// Words before a meeting verb that add another meeting to one told ("Biden also met …").
pub(crate) const ALSO_WORDS: &[&str] = &["also"];

/// How many words before a meeting verb an [`ALSO_WORDS`] word may stand.
pub(crate) const ALSO_REACH: usize = 2;
