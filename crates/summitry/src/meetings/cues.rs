//! The heuristics of the meetings stage, one table each, with reasons.
//!
//! Phrases are lower case and written as the tokenizer splits them (words,
//! punctuation and the possessive "'s" are separate tokens; "U.S." is one).

mod evidence;
mod gestures;
mod names;
mod objects;
mod seats;
mod shapes;
mod status;
mod topics;
pub(crate) use evidence::{
    BY_WIRE, HELD_TALKS, INVITE_REACH, INVITE_WORDS, IN_PERSON, LEAD_IN, LENGTH_CUES, MAX_EVIDENCE,
    MAX_NAME_WORDS, MAX_WINDOW, MEASURED_TALKS, NAME_JOINERS, OPENING_DETERMINERS, OPENING_PREPS,
    OPENING_TALK_NOUNS, OWN_EVENTS, PAIR_PHRASES, STRETCH_WORDS, TALKED, TOPIC_REACH, TRAVEL,
    TRIP_REACH, YEAR_PREPS,
};
pub(crate) use gestures::{
    ALSO_REACH, ALSO_WORDS, ANOTHER_MEETING, DISTINCT_MARKERS, DISTINCT_REACH, GROUP_FILLERS,
    KIND_COORDINATION, LEGISLATORS, MARKED_MEETINGS, MEETING_NOUNS, MORE_TRIGGERS, NARRATIVE_DAYS,
    NARRATIVE_DAY_REACH, PACT_NOUNS, PACT_REACH, PAIR_SUBJECT_REACH, PAST_VERB_REACH, PAST_WORDS,
    SEPARATE_MARKERS, SIGNING_VERBS, VERB_LEADS,
};
pub(crate) use names::{
    COLLECTIVE, GROUP_ROLE_OPENERS, NOT_NAME, OFFICES, PERSONAL_TITLES, TITLE_WORDS,
};
pub(crate) use objects::{
    ADVERB_ENDING, OBJECT_REACH, OBJECT_STOP_CLASSES, PARTY_OBJECTS, RECEIVE_VERBS,
};
pub(crate) use seats::{CAPITAL_ARRIVALS, HOST_OFFICES, NOT_HOST, SEATS, SEAT_ARRIVALS};
pub(crate) use shapes::{
    INVITE_GATHERINGS, NAMING_VERBS, OBJECT_PRONOUNS, PAY_HOST_REACH, PAY_VERBS, SIDE_EVENTS,
    SINCE_DATE_REACH,
};
pub(crate) use status::{
    AFTER_CUES, CANCELLED, CANCELLED_PREDICATES, DECLINED, DENIALS, DENIAL_GAP, DENIAL_REACH,
    HELD_AFTER, HELD_AFTER_REACH, PLANNED, PLAN_RELATIVES, PREDICATE_AUX, PREDICATE_REACH,
    PROPOSED,
};
pub(crate) use topics::{
    ABOUT_REACH, AGENDA, AGENDA_REACH, AND_ITEM_OPENERS, FUNCTION_WORDS, ITEM_LEADS, LIST_RESUMERS,
    MAX_LIST, MAX_PHRASE, NOT_TOPIC_HEADS, ON_HEADS, ON_NOT_TOPIC, ON_REACH, QUANTITY,
    RELATIVE_WORDS, SUBJECT_BOUNDS, SUBJECT_PREDICATE, TALK_NOUNS, TRAILING,
};

/// What a trigger says about the encounter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// In-person meeting or talks.
    Meet,
    /// Phone or video call.
    Call,
    /// A visit: host receives a visitor, or a trip to a country.
    Visit,
    /// A meeting of three or more ("trilateral").
    Multi,
    /// Bringing people together ("convened his team"): the kind follows the parties named.
    Convene,
    /// Only a mention of talking that needs two named parties as subject ("discussed").
    Weak,
}

/// Trigger phrases, `(phrase, class, needs a party right after it)`.
/// Verbs and nouns that report an encounter; ambiguous verbs ("called", "received",
/// "hosted") count only when a party follows them directly.
pub(crate) const TRIGGERS: &[(&str, Class, bool)] = &[
    ("met", Class::Meet, false),
    ("meet", Class::Meet, false),
    ("meets", Class::Meet, false),
    ("meeting", Class::Meet, false),
    ("meetings", Class::Meet, false),
    ("talks", Class::Meet, false),
    ("talked", Class::Meet, false),
    ("talk with", Class::Meet, false),
    ("summit", Class::Meet, false),
    ("summits", Class::Meet, false),
    ("sat down with", Class::Meet, false),
    ("sit down with", Class::Meet, false),
    ("sat across from", Class::Meet, false),
    ("sat face to face with", Class::Meet, false),
    ("sit-down", Class::Meet, false),
    ("face-to-face", Class::Meet, false),
    ("one-on-one", Class::Meet, false),
    ("encounter", Class::Meet, false),
    ("get-together", Class::Meet, false),
    ("negotiations", Class::Meet, false),
    ("spoke with", Class::Meet, true),
    ("spoke to", Class::Meet, true),
    ("speak with", Class::Meet, true),
    ("conversation with", Class::Meet, true),
    ("discussion with", Class::Meet, true),
    ("trilateral", Class::Multi, false),
    ("multilateral", Class::Multi, false),
    ("phone call", Class::Call, false),
    ("phone calls", Class::Call, false),
    ("telephone call", Class::Call, false),
    ("video call", Class::Call, false),
    ("videoconference", Class::Call, false),
    ("video conference", Class::Call, false),
    ("phone conversation", Class::Call, false),
    ("telephone conversation", Class::Call, false),
    ("spoke by phone", Class::Call, false),
    ("spoke by telephone", Class::Call, false),
    ("spoke on the phone", Class::Call, false),
    ("spoke over the phone", Class::Call, false),
    ("call with", Class::Call, false),
    ("calls with", Class::Call, false),
    ("phoned", Class::Call, true),
    ("called", Class::Call, true),
    ("telephoned", Class::Call, true),
    ("visit", Class::Visit, false),
    ("visits", Class::Visit, false),
    ("visited", Class::Visit, false),
    ("visiting", Class::Visit, false),
    ("state visit", Class::Visit, false),
    ("trip to", Class::Visit, false),
    ("traveled to", Class::Visit, false),
    ("travelled to", Class::Visit, false),
    ("hosted", Class::Visit, true),
    ("hosts", Class::Visit, true),
    ("host", Class::Visit, true),
    ("welcomed", Class::Visit, true),
    ("call between", Class::Call, false),
    ("press conference with", Class::Meet, false),
    ("convened", Class::Convene, true),
    ("convenes", Class::Convene, true),
    ("convene", Class::Convene, true),
    ("convening", Class::Convene, true),
    ("gathered", Class::Convene, true),
    ("assembled", Class::Convene, true),
    ("invite", Class::Meet, true),
    ("invited", Class::Meet, true),
    ("invites", Class::Meet, true),
    ("negotiating with", Class::Meet, false),
    ("negotiate with", Class::Meet, false),
    ("negotiations with", Class::Meet, false),
    ("call", Class::Call, false),
    ("calls", Class::Call, false),
    ("telephone talks", Class::Call, false),
    ("phone talks", Class::Call, false),
    ("telephone conversation", Class::Call, false),
    ("conversation", Class::Meet, false),
    ("conversations", Class::Meet, false),
    ("welcomes", Class::Visit, true),
    ("welcome", Class::Visit, true),
    ("hosting", Class::Visit, true),
    ("greeted", Class::Visit, true),
    ("hosted by", Class::Visit, false),
    ("meeting with", Class::Meet, false),
    ("talks with", Class::Meet, false),
    ("held talks", Class::Meet, false),
    ("bilateral", Class::Meet, false),
    ("spoke", Class::Meet, true),
    ("discussed", Class::Weak, false),
    ("chatted", Class::Meet, false),
    ("heated exchange with", Class::Meet, true),
    ("fiery exchange with", Class::Meet, true),
    ("tense exchange with", Class::Meet, true),
    ("testy exchange with", Class::Meet, true),
    ("angry exchange with", Class::Meet, true),
    ("exchange of views with", Class::Meet, true),
    ("shouting match with", Class::Meet, true),
    ("signing ceremony", Class::Meet, false),
    ("signing of", Class::Meet, false),
    ("deal signing", Class::Meet, false),
    ("chatted with", Class::Meet, false),
    ("chat with", Class::Meet, false),
    ("chat", Class::Weak, false),
];

/// Words that make a following "meeting"/"summit" part of a larger name or an
/// unrelated sense ("town hall meeting", "meeting the requirements").
#[rustfmt::skip]
pub(crate) const NOT_AFTER: &[&str] = &[
    "requirements", "expectations", "demands", "needs", "goals", "targets", "criteria", "standards",
    "deadline",
];

/// Words after an invitation's guest that make it an invitation to visit ("invited Putin to
/// visit his country").
pub(crate) const INVITED_TO: &[&str] = &["visit", "come"];

/// How many tokens after "invited" the "to visit" of the invitation may stand.
pub(crate) const INVITE_VISIT_REACH: usize = 8;

/// Phrases after an invitation that make it agreed: a planned visit, not only a proposal.
#[rustfmt::skip]
pub(crate) const ACCEPTED: &[&str] = &[
    "accepted the invitation", "accepted an invitation", "accepted his invitation",
    "accepted her invitation", "accepted the offer", "has accepted", "have accepted",
];

/// Words a bare "chat" follows when it names a conversation ("a brief chat", "10-minute
/// chat"), not a group chat or a chat app.
#[rustfmt::skip]
pub(crate) const CHAT_DETS: &[&str] = &[
    "a", "the", "their", "his", "her", "brief", "short", "quick", "private", "informal", "minute",
    "long", "friendly", "cordial",
];

/// Endings of a hyphenated modifier after a name ("Gülen-linked donations"): the name is
/// no party of the verb before it.
#[rustfmt::skip]
pub(crate) const NAME_MODIFIERS: &[&str] = &[
    "linked", "backed", "related", "based", "affiliated", "funded", "led", "owned", "tied",
    "connected", "allied", "aligned", "style", "era",
];

/// Verbs of a call's purpose whose object is the one called ("called … to tell Garland").
#[rustfmt::skip]
pub(crate) const CALL_PURPOSE_VERBS: &[&str] = &[
    "tell", "inform", "ask", "assure", "reassure", "congratulate", "urge", "invite", "thank",
    "brief", "warn", "notify", "update", "console", "press",
];

/// How many tokens after a call its purpose may stand ("a phone call on Wednesday, but only
/// to tell").
pub(crate) const CALL_PURPOSE_REACH: usize = 10;

/// Nouns that make a party "of" a trip someone other than its traveller ("a primary sponsor
/// of a congressional trip"); "pulled out of the visit" keeps its subject.
#[rustfmt::skip]
pub(crate) const TRIP_BACKERS: &[&str] = &[
    "sponsor", "sponsors", "organizer", "organizers", "organiser", "organisers", "funder",
    "funders", "backer", "backers", "critic", "critics", "opponent", "opponents", "planner",
    "planners", "financier", "financiers",
];

/// Words a trip's traveller does before it, as the subject of the sentence ("Obama made the
/// comments just before ending a three-day trip to Vietnam").
#[rustfmt::skip]
pub(crate) const TRIP_FRAMES: &[&str] = &[
    "ending", "ended", "ends", "end", "concluding", "concluded", "wrapping", "wrapped", "wraps",
    "starting", "started", "starts", "beginning", "began", "begins", "completing", "completed",
    "cutting", "cut", "kicked", "kicking", "during", "on", "wrap",
];

/// Words before any meeting that tell it came before what the sentence's subject did
/// ("left the White House … following a heated exchange with Trump").
pub(crate) const SUBJECT_FRAMES: &[&str] = &["following", "after"];

/// Past verbs of arriving: a planned visit or meeting they lead to was carried out ("arrived …
/// for a hastily arranged visit").
pub(crate) const PAST_ARRIVALS: &[&str] = &["arrived", "landed", "flew", "came"];

/// Plans told in the past tense: once the day they name has passed, the meeting was held.
#[rustfmt::skip]
pub(crate) const PAST_PLANS: &[&str] = &[
    "was to", "were to", "was expected to", "were expected to", "was scheduled to",
    "were scheduled to", "was due to", "were due to", "was set to", "were set to",
];

/// How many tokens a clause that leaves out its meeting verb spans before "with" (", and this
/// week with Kasich").
pub(crate) const GAP_REACH: usize = 8;

/// How many tokens before a meeting "following" or "after" may stand and still open the stretch
/// its status is read in ("following a heated exchange with").
pub(crate) const FRAME_REACH: usize = 4;

/// How many tokens before a trip its frame word may stand ("ending a three-day trip").
pub(crate) const TRIP_FRAME_REACH: usize = 6;

/// Words a clause boundary is made of: status and party search stops there.
pub(crate) const CLAUSE_BREAKS: &[&str] = &[";", ":", "—", "–", "(", ")", "“", "”", "\""];

/// Reporting verbs: a date right after one dates the report, not the meeting.
#[rustfmt::skip]
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "announced", "reported", "added", "wrote", "stated",
];

/// Verbs of confirming and announcing: a date between one and its "that" clause dates the
/// saying, not the meeting the clause tells of.
pub(crate) const SAYING_VERBS: &[&str] = &[
    "confirmed",
    "announced",
    "revealed",
    "disclosed",
    "denied",
    "acknowledged",
    "insisted",
    "claimed",
    "reported",
    "stressed",
    "noted",
];

/// Nouns after a determiner that refer back to a meeting already told.
#[rustfmt::skip]
pub(crate) const ANAPHORS: &[&str] = &[
    "the", "their", "this", "that", "these", "those", "its", "his", "her", "such", "today's",
    "wednesday's", "thursday's", "friday's", "monday's", "tuesday's", "saturday's", "sunday's",
    "yesterday's",
];

/// Subjects that stand for the parties of the meeting in focus ("the two agreed").
#[rustfmt::skip]
pub(crate) const PAIR_SUBJECTS: &[&str] = &[
    "the two", "the two leaders", "both leaders", "the leaders", "the pair", "both sides",
    "the two sides", "the two men", "the two diplomats", "the two ministers", "they",
];

/// Topic cues: what follows is what was raised or discussed.
#[rustfmt::skip]
pub(crate) const TOPIC_CUES: &[&str] = &[
    "discussed", "discuss", "discussing", "raised concerns about", "raised", "concerns about",
    "concerns over", "talked about", "talk about", "focused on", "focus on", "exchanged views on",
    "to address", "touched on", "covered", "called for", "urged", "pressed for", "stressed",
    "emphasized", "concerns such as", "concern about", "concern over", "to explore", "to end",
    "to arrange", "regarding", "concerning", "talked about", "spoke about", "aimed at",
    "focusing on", "issues such as", "will also cover", "discussion included", "to sign",
    "talks included", "including around", "including on", "including over", "clashed over",
    "clashed about", "in hopes of", "in the hope of", "in hope of", "in a bid to",
    "in an effort to", "in an attempt to", "an opportunity to", "a chance to", "with the aim of",
    "with a view to", "part of an effort to", "part of efforts to", "seeking to", "sought to",
    "seeks to", "devoted to", "devoted mainly to", "dominated by", "centred on", "centered on",
    "centering on", "centring on", "revolved around", "will cover", "to cover", "expressed concern about",
    "expressed concerns about", "warned about", "warned against", "not to", "briefed on",
    "explanations about", "questions about", "questions on", "talks on", "talks about",
    "they include", "these include", "those include", "topics include", "issues include",
];

/// Outcome cues: what follows is what was agreed or decided.
#[rustfmt::skip]
pub(crate) const OUTCOME_CUES: &[&str] = &[
    "agreed to", "agreed on", "agreed that", "affirmed", "reaffirmed", "pledged to", "promised to",
    "decided to", "signed", "vowed to", "committed to", "announced",
];

/// Outcome cues that belong to the outcome itself ("Putin accepted the invitation", "failed to
/// resolve snags"): the phrase keeps the cue word.
#[rustfmt::skip]
pub(crate) const OUTCOME_KEEP: &[&str] = &[
    "accepted", "invited", "congratulated", "failed to", "ended without", "fell short of",
    "expressing optimism", "expressed optimism", "reached an agreement", "reached agreement",
    "reached a deal", "reached an", "struck a deal", "signed off on", "declined to",
];

/// Predicates whose subject is an outcome ("many points were agreed to", "a deal was reached").
#[rustfmt::skip]
pub(crate) const OUTCOME_AFTER: &[&str] = &[
    "were agreed", "was agreed", "was reached", "were reached", "was struck", "was signed",
    "were signed", "was sealed",
];

/// Words before "about" that make it introduce a topic ("a call about trade", "questions
/// about the raids"); "about" after anything else is more often a quantity or a comment.
#[rustfmt::skip]
pub(crate) const ABOUT_HEADS: &[&str] = &[
    "call", "calls", "conversation", "talks", "talk", "talked", "spoke", "speak", "meeting",
    "discussion", "discussions", "questions", "question", "concerns", "concern", "worries",
    "warned", "clashed", "argued", "argument", "dispute", "disagreement", "complained",
    "explanations", "briefed", "asked", "pressed", "lectured", "quizzed", "consulted",
    "sit-down", "exchange", "dialogue", "conversations", "meetings", "message", "remarks",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "him", "her", "them", "privately", "briefly", "openly", "frankly",
];

/// Verbs whose infinitive after a meeting states its purpose ("met … to normalize relations",
/// "called Sanders to congratulate him"): the phrase from the verb on is a topic.
#[rustfmt::skip]
pub(crate) const PURPOSE_VERBS: &[&str] = &[
    "normalize", "normalise", "restore", "resolve", "settle", "halt", "stop", "ease", "defuse",
    "improve", "strengthen", "boost", "deepen", "bolster", "repair", "mend", "smooth", "reset",
    "revive", "rebuild", "build", "seek", "secure", "negotiate", "broker", "finalize", "finalise",
    "conclude", "sign", "review", "assess", "coordinate", "avert", "prevent", "reduce", "tackle",
    "counter", "condemn", "reassure", "persuade", "convince", "lobby", "widen", "rally", "shore",
    "congratulate", "thank", "apologize", "apologise", "convey", "explain", "present", "press",
    "push", "urge", "get", "try", "find", "explore", "arrange", "prepare", "plan", "promote",
    "advance", "expand", "discuss", "address", "end", "deter", "protest", "demand", "request",
    "ask", "offer", "extend", "deliver", "brief", "clarify", "iron", "hammer", "work", "forge",
    "cement", "solidify", "celebrate", "mark", "commemorate", "refill", "obtain", "acquire",
    "win", "unify", "unite", "heal", "quell", "calm", "soothe", "de-escalate", "tell", "inform",
    "notify", "warn", "assure", "update",
];

/// Words that end a topic or outcome phrase.
#[rustfmt::skip]
pub(crate) const PHRASE_STOPS: &[&str] = &[
    ".", ";", ":", "“", "”", "\"", "(", "according", "reported", "told", "added", "during", "at",
    "said", "says", "while", "after", "before", "when", "amid", "which", "who", "but", "—", "because",
];

/// How far (in tokens) a party may stand before a verbal trigger and still be its subject.
pub(crate) const LEFT_GAP: usize = 9;

/// How far (in tokens) a party may stand after a trigger and still be its object.
pub(crate) const RIGHT_GAP: usize = 4;

/// How many tokens before a trigger the status cues are looked for.
pub(crate) const STATUS_BEFORE: usize = 10;

/// How many tokens after a trigger the status cues are looked for ("was canceled").
pub(crate) const STATUS_AFTER: usize = 6;

/// How many sentences back an anaphoric mention ("the talks") may reach.
pub(crate) const ANAPHOR_REACH: usize = 6;

/// How many of the latest meeting records a new mention is compared with: keeps merging
/// linear on pages that report hundreds of meetings.
pub(crate) const MAX_LOOKBACK: usize = 64;

/// Negated plans: proposed when nothing was planned, cancelled when a plan is on record.
#[rustfmt::skip]
pub(crate) const NEGATIONS: &[&str] = &[
    "no plans to", "no immediate plans", "no plans for", "no longer plans", "not necessary",
    "has no plan", "have no plans",
];

/// Adverbs that make a present-tense "meets" a habit, not an event.
#[rustfmt::skip]
pub(crate) const HABITUAL: &[&str] = &[
    "frequently", "often", "regularly", "routinely", "usually", "sometimes", "rarely", "never",
    "always",
];

/// Auxiliaries of the present perfect ("Obama has met previously with Clinton").
pub(crate) const PERFECT_AUX: &[&str] = &["has", "have", "'ve", "had", "'d"];

/// Participles of meeting verbs that do not end in "-ed" ("have met", "had spoken"): with a
/// perfect auxiliary they make the perfect of [`PERFECT_HABITS`].
pub(crate) const IRREGULAR_PARTICIPLES: &[&str] = &["met", "spoken"];

/// [`PERFECT_HABITS`] words that are also prepositions: an adverb only when no word follows
/// ("have met before." but not "met before the summit").
pub(crate) const HABIT_PREPOSITIONS: &[&str] = &["before"];

/// Adverbs that make a present perfect "has met" a past habit or an unspecified earlier
/// meeting, not a reported one ("has met previously with", "have met several times").
#[rustfmt::skip]
pub(crate) const PERFECT_HABITS: &[&str] = &[
    "previously", "before", "several times", "many times", "numerous times", "a few times",
    "a number of times", "repeatedly", "often", "frequently", "twice", "in the past",
    "on several occasions", "on many occasions", "more than once",
];

/// How many tokens after a present perfect trigger its habit adverb may stand ("has met with
/// him several times").
pub(crate) const PERFECT_HABIT_REACH: usize = 6;

/// How many opening letters two group head nouns share to be one kind of group ("leaders",
/// "leadership"; not "leaders" and "victims").
pub(crate) const GROUP_STEM: usize = 5;

/// Prepositions that put a meeting noun around an act of its parties ("discussed T with Y
/// during a meeting").
pub(crate) const DURING_WORDS: &[&str] = &["during"];

/// How many tokens before a meeting noun its "during" may stand ("during their first talks").
pub(crate) const DURING_REACH: usize = 4;

/// Words around an undated mention that set it at another time than the story's ("back in
/// March 2010", "had just signed").
pub(crate) const ELSEWHEN_CUES: &[&str] = &["back in", "had just", "had already", "years ago"];

/// How many bytes after an undated mention its neighbourhood reaches (its paragraph and the
/// next): keeps the look linear.
pub(crate) const ELSEWHEN_BYTES: usize = 800;

/// Longest sentence, in bytes, the stage looks inside: the library's default
/// `Limits::max_sentence_bytes`, so the per-sentence passes stay bounded.
pub(crate) const MAX_SENTENCE_BYTES: usize = 4096;

/// Most topics (and most outcomes) kept per meeting.
pub(crate) const MAX_DETAILS: usize = 24;

/// Media that make talk a call ("talk with Xi via video conference").
pub(crate) const CALL_MEDIA: &[&str] = &[
    "via video",
    "video conference",
    "videoconference",
    "by phone",
    "by telephone",
    "over the phone",
    "on the phone",
    "video link",
    "video call",
    "phone call",
];

/// Presidents of the United States by the surname news copy uses alone ("President Obama",
/// "Mr. Obama"), with the full name they are known by: general knowledge, like the capitals.
/// Only surnames no other president shares (no Bush, Adams, Johnson, Roosevelt, Clinton).
#[rustfmt::skip]
pub(crate) const US_PRESIDENTS: &[(&str, &str)] = &[
    ("obama", "Barack Obama"), ("trump", "Donald Trump"), ("biden", "Joe Biden"),
    ("reagan", "Ronald Reagan"), ("carter", "Jimmy Carter"), ("nixon", "Richard Nixon"),
    ("eisenhower", "Dwight D. Eisenhower"), ("truman", "Harry S. Truman"),
    ("kennedy", "John F. Kennedy"), ("ford", "Gerald Ford"),
];

/// Verbs after which one named subject and two named objects are two meetings ("Pence met with
/// Cruz and Trump"), not one three-way meeting (which the text would call talks or a meeting).
pub(crate) const SPLIT_VERBS: &[&str] = &["met", "meet", "meets"];

/// How many opening sentences of a story hold its dateline and the day its lead sets.
pub(crate) const LEAD_SENTENCES: usize = 3;

/// A held meeting takes the dateline city only when it happened within this many days of the
/// report: the dateline is where the reporter was, not where last year's summit was.
pub(crate) const DATELINE_DAYS: i64 = 3;
