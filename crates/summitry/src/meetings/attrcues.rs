//! Cue tables of the attribute passes that settle a record once it is complete
//! ([`super::attrs`]).

use crate::wordclass::{in_any, BE_HAVE_FINITE, MODALS, OBJECT_PRONOUNS as OBJECT_PRONOUNS_WC};

/// Words that tell of a phone call: a sentence with one that a non-call record took in belongs to
/// the call its names point to ("Marape said Biden had called him and invited him …").
#[rustfmt::skip]
pub(crate) const CALL_WORDS: &[&str] = &[
    "telephoned", "phoned", "call", "phone", "telephone", "rang",
];

/// "called" tells of a call only before an object pronoun or "her" (a person called, not
/// "called for"); wordclass lists "her" as a possessive only.
pub(crate) const CALLED_OBJECTS_MORE: &[&str] = &["her"];

/// Whether `w` (lower case) may be the person "called" ([`CALLED_OBJECTS_MORE`]).
pub(crate) fn called_object(w: &str) -> bool {
    in_any(&[OBJECT_PRONOUNS_WC, CALLED_OBJECTS_MORE], w)
}

/// Pair phrases that count two ("the two leaders"): a record of three or more parties is not
/// what they mean.
pub(crate) const PAIR_COUNT: &str = "two";

/// Sentences looked back through for the pair "the two" speaks of (the last pair named).
pub(crate) const PAIR_LOOKBACK: usize = 4;

/// Shortest word of an office that marks its holder in a sentence ("secretary", "minister";
/// not "of").
pub(crate) const ROLE_WORD_MIN: usize = 5;

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

/// "during their summit", "during a meeting" inside a meeting's sentence: what the sentence tells
/// before it happened at the meeting ("Kim invited Putin to visit his country during their summit").
#[rustfmt::skip]
pub(crate) const DURING_THEIR: &[&[&str]] = &[
    &["during", "their", "summit"], &["during", "their", "talks"], &["during", "their", "meeting"],
    &["during", "their", "call"], &["during", "their", "conversation"],
    &["during", "their", "discussions"],
    // "discussed Gaza with Blinken during a meeting in Cairo": the one meeting of the sentence.
    &["during", "a", "meeting"], &["during", "a", "call"], &["during", "a", "phone", "call"],
    &["during", "a", "telephone", "call"], &["during", "talks"],
];

/// Talk nouns that, after "the"/"their"/"this", name the talks themselves ("The summit between
/// the two leaders", "during their summit"): such a sentence a planned visit took in tells of the
/// pair's held talks.
#[rustfmt::skip]
pub(crate) const HELD_TALK_NOUNS: &[&str] = &[
    "summit", "talks", "meeting", "discussions", "discussion",
];

/// Determiners before such a talk noun.
pub(crate) const TALK_DETERMINERS: &[&str] = &["the", "their", "this"];

/// Words of a visit or an invitation: a sentence with one stays with the visit.
#[rustfmt::skip]
pub(crate) const VISIT_WORDS: &[&str] = &[
    "visit", "visits", "visiting", "invite", "invited", "invitation", "trip", "accepted", "come",
];

// --- Topics and outcomes (details.rs), beside the tables in cues.rs ---

/// More topic cues: what follows is what was raised ("broached the issue: support for
/// Israel", "reiterated his request that …", "challenges of COVID", "work towards a stable
/// Indo-Pacific", "promised to push for deeper cooperation").
#[rustfmt::skip]
pub(crate) const MORE_TOPIC_CUES: &[&str] = &[
    "broached", "reiterated", "reinforced", "challenges of", "challenges such as",
    "work towards", "work toward", "working towards", "working toward", "call for", "calls for",
    "calling for", "insist on", "insisted on", "insists on", "insisting on", "push for",
    "pushed for", "pushing for", "pushes for",
];

/// Topic cues that are verbs only after "to" ("promised to push for deeper cooperation"; not
/// "Obama's push for a nuclear agreement").
pub(crate) const VERB_AFTER_TO: &[&str] = &["push"];

/// More outcome cues ("whose high point was an announcement that the ban would be lifted").
#[rustfmt::skip]
pub(crate) const MORE_OUTCOME_CUES: &[&str] = &[
    "an announcement that", "the announcement that", "announced that",
];

/// More verbs whose infinitive states a meeting's purpose ("used the discussion to make three
/// points to Lavrov").
pub(crate) const MORE_PURPOSE_VERBS: &[&str] = &["make", "raise", "pursue", "reach"];

/// Verbs of pressing someone to act: the infinitive after their object is a topic ("pressured
/// Zelensky to give up the Donbas").
#[rustfmt::skip]
pub(crate) const PRESSING_VERBS: &[&str] = &[
    "pressured", "pressed", "pushed", "asked", "encouraged", "urged", "pressuring", "pressing",
    "pushing", "asking", "urging", "persuade", "persuaded", "convince", "convinced",
];

/// Most tokens between a pressing verb and the "to" of its infinitive (the object between).
pub(crate) const PRESSED_OBJECT_REACH: usize = 8;

/// Marks that end the object of a pressing verb before any "to".
#[rustfmt::skip]
pub(crate) const OBJECT_BREAKS: &[&str] = &[
    ",", ".", ";", ":", "(", ")", "“", "”", "\"", "—", "that", "and", "for", "on", "about",
];

/// Subjects that, opening a sentence right in a meeting's focus, speak of one of its parties
/// ("But he reiterated that there won't be a hearing", a party's "We're facing challenges of …").
#[rustfmt::skip]
pub(crate) const PRONOUN_SUBJECTS: &[&str] = &[
    "he", "she", "they", "we", "we’re", "we're", "we’ve", "we've", "i",
];

/// Words a sentence may open on before such a subject.
pub(crate) const SUBJECT_LEADS: &[&str] = &["but", "and", "yet", "“", "\"", "later", "then"];

// --- Places (place.rs, attrs.rs) ---

/// Days before the reference beyond which a meeting dated without a year is one apart from the
/// news around it ("met on Saturday" told on 2 January is last week's, not last year's).
pub(crate) const EARLIER_MEETING_DAYS: i64 = 90;

/// Words after "there" that make it existential ("there was a meeting"), not the place told
/// before ("met Xi there").
#[rustfmt::skip]
pub(crate) const EXISTENTIAL_AFTER_THERE: &[&str] = &[
    "'s", "’s", "seems", "seemed", "appears", "appeared", "remains", "remain", "exists", "exist",
];

/// The word that points back to a place told before ("met Xi Jinping there").
pub(crate) const THERE: &str = "there";

/// Verbs of receiving or taking a guest somewhere: "welcomed Putin to Alaska", "accompanied
/// Macron to the city of Guangzhou" name the place of the meeting after "to".
#[rustfmt::skip]
pub(crate) const WELCOME_WORDS: &[&str] = &[
    "welcomed", "welcomes", "welcome", "welcoming", "accompanied", "accompanies", "escorted",
    "received", "receives", "hosted", "hosts",
];

/// Words of going somewhere: on a visit (or in the sentence that leads into a meeting), the
/// place after "to" is where it goes ("came to Washington", "head to New York").
#[rustfmt::skip]
pub(crate) const GOING_TO: &[&str] = &[
    "trip", "travel", "travels", "traveling", "travelling", "traveled", "travelled", "visit",
    "went", "flew", "came", "arrived", "head", "heads", "headed", "heading", "return", "returns",
    "returned", "returning", "going", "fly", "flies", "flying",
];

/// Most tokens of the place in "flew from Kyiv to Washington" between "from" and "to": the
/// going word stands before "from".
pub(crate) const GOING_FROM_REACH: usize = 4;

/// Purposes of meeting after a place one goes to: the place is where the meeting is ("will
/// travel to Beijing next week to meet Wang Yi", "flew to Geneva for talks").
#[rustfmt::skip]
pub(crate) const MEET_PURPOSES: &[&[&str]] = &[
    &["to", "meet"], &["to", "hold", "talks"], &["for", "talks"], &["to", "sit", "down"],
];

/// Most words from the place to such a purpose ("to Beijing next week to meet").
pub(crate) const MEET_PURPOSE_REACH: usize = 5;

/// Nouns of a trip: "during a visit to London" names the place of a meeting held in it.
pub(crate) const TRIP_NOUNS: &[&str] = &["visit", "trip", "tour", "stay"];

/// Words before such a noun that put the meeting inside the trip ("during his visit to").
pub(crate) const DURING_WORDS: &[&str] = &["during", "on", "while", "amid"];

/// Most words between such a word and the trip noun ("during his first official visit").
pub(crate) const DURING_TRIP_REACH: usize = 3;

/// Words between a length and the "with" of the party it was spent with ("nearly two hours
/// alone with Mr. Obama").
#[rustfmt::skip]
pub(crate) const ALONE_WORDS: &[&str] = &[
    "alone", "together", "privately", "face", "to", "of", "talks", "talking", "closeted",
];

/// Words that open a length of time spent ("For an hour, the nominee sat face to face with …").
pub(crate) const SPENT_LEADS: &[&str] = &["for", "spent", "after", "during"];

/// Most tokens between "with" and the party's name ("with House Speaker Paul Ryan").
pub(crate) const WITH_NAME_REACH: usize = 5;

/// Verbs of leaving or entering a landmark with no preposition ("departed the White House").
#[rustfmt::skip]
pub(crate) const LANDMARK_VERBS: &[&str] = &[
    "departed", "left", "leaving", "leaves", "entered", "entering", "enters", "exited",
];

/// Nouns of a place's kind before "of" and its name ("the city of Guangzhou").
pub(crate) const PLACE_KINDS: &[&str] = &["city", "town", "island", "capital", "port"];

/// Words saying where a meeting was held ("The meeting was held at … in Nusa Dua"): the place
/// told after them is the meeting's own.
#[rustfmt::skip]
pub(crate) const HELD_AT: &[&[&str]] = &[
    &["was", "held"], &["were", "held"], &["took", "place"], &["will", "be", "held"],
    &["is", "being", "held"], &["are", "being", "held"], &["to", "be", "held"],
];

/// Words of leading a guest about: a sentence naming both parties with one tells where they
/// were ("Xi accompanied Macron to the city of Guangzhou").
#[rustfmt::skip]
pub(crate) const ESCORTED: &[&str] = &[
    "accompanied", "escorted", "hosted", "welcomed", "received", "joined", "dined", "toured",
];

/// Meals and receptions that end an occasion's name ("the G-20 gala dinner") besides the
/// gatherings of [`super::place::GATHERINGS`].
pub(crate) const OCCASION_MEALS: &[&str] = &["dinner", "banquet", "reception", "luncheon"];

/// Outcomes that promise a further meeting ("agreed to meet again in the coming weeks"): told
/// of a plan, they are what the pair's earlier, held meeting decided.
#[rustfmt::skip]
pub(crate) const AGAIN_OUTCOMES: &[&str] = &[
    "meet again", "talk again", "speak again", "hold another", "hold more", "hold further",
    "continue talks", "continue the talks", "keep talking", "meet regularly",
];

/// Words that, opening what follows a list's comma, start a clause of its own, not another item
/// ("…, we will not sit idly by", "…, though an arms deal would …", "as well as I’ll have …").
#[rustfmt::skip]
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "i", "i’ll", "i'll", "i’m", "i'm", "we", "we’ll", "we'll", "we’re", "we're", "he", "she",
    "they", "it", "there", "though", "although", "even", "yet", "so", "but", "however", "if",
    "unless", "because", "once",
];

/// Verbs that, right after a name following a list's comma, make it a clause ("…, Speaker Ryan
/// has invited Trump"); a word ending in "-ed" does too ("…, Mr. Obama freed seven men").
/// Beside the tensed auxiliaries and modals, these verbs of saying.
#[rustfmt::skip]
pub(crate) const CLAUSE_VERBS: &[&str] = &["said", "says", "told", "warned", "insisted"];

/// Whether `w` (lower case) is a tensed auxiliary, a modal or one of [`CLAUSE_VERBS`].
pub(crate) fn clause_verb(w: &str) -> bool {
    in_any(&[BE_HAVE_FINITE, MODALS, CLAUSE_VERBS], w)
}

/// Shortest "-ed" word taken for a verb ("freed"; "red" and "bed" are not).
pub(crate) const VERB_MIN_LEN: usize = 4;

/// Most capitalised words of a name before such a verb ("Secretary of State" has a small "of",
/// so runs stop there: three is enough for "Mr. Barack Obama").
pub(crate) const MAX_NAME_RUN: usize = 4;

/// Beside the object pronouns, "it" and "her" open no item of their own either ("discuss it
/// with Sunak"); wordclass lists them as subject and possessive forms.
pub(crate) const OBJECT_PRONOUNS_MORE: &[&str] = &["it", "her"];

/// Whether `w` (lower case) is a pronoun object that opens no item ("discuss them with Sunak").
pub(crate) fn object_pronoun(w: &str) -> bool {
    in_any(&[OBJECT_PRONOUNS_WC, OBJECT_PRONOUNS_MORE], w)
}

/// Verbs of saying that end a phrase: the item right before one (not the first) is the speaker
/// ("…, the two leaders said", "…,” Erdogan said").
#[rustfmt::skip]
pub(crate) const SPEAKER_STOPS: &[&str] = &[
    "said", "says", "told", "added", "according", "reported",
];

/// Words that alone (or two of them) say nothing of what was discussed: "the issue", "make it",
/// "for that matter", "win".
#[rustfmt::skip]
pub(crate) const VAGUE_ITEMS: &[&str] = &[
    "issue", "issues", "matter", "matters", "thing", "things", "it", "make", "do", "get", "win",
    "one", "way", "point", "points", "something", "anything", "everything", "so", "that", "this",
    "what", "now", "then", "again", "all", "both", "each", "other", "others", "details",
    "people", "officials", "moving", "however", "fact", "indeed", "instead", "meanwhile",
    "managing", "leaders", "conflict", "war", "numerous", "various", "several", "concerns",
];

// --- Topics that are no topic (details/junk.rs) ---

/// Words a topic does not open with, besides the tensed "be"/"have" and the subordinators
/// junk.rs composes with them: a finite verb, a verb of saying or a linking word opens a
/// clause, not what was discussed ("has electrified the base", "stating that he could …",
/// "following a shouting match", "sometimes in unsubtle ways", "they’re both").
#[rustfmt::skip]
pub(crate) const TOPIC_NON_OPENERS: &[&str] = &[
    "stating", "saying", "expressing", "sometimes", "similar", "they're", "they’re", "inform",
    "informed",
];

/// A word that opens no topic when a determiner follows it ("following a shouting match",
/// "following Biden's visit"): it dates the phrase; "following through on …" stays.
pub(crate) const TOPIC_DATING_OPENER: &str = "following";

/// Words after "and" that open a clause a topic is cut before ("fentanyl and how to regulate
/// it"): the item is what comes before.
pub(crate) const TOPIC_CLAUSE_AFTER_AND: &[&str] = &["how", "why", "whether"];

/// Verbs after "invitation to" that make the invitation one to meet ("an invitation to meet
/// Assad", "to visit"); "an invitation to join NATO" is a subject of talks.
pub(crate) const INVITATION_MEET_VERBS: &[&str] = &["meet", "visit", "attend", "come", "talks"];

/// Subordinators that may still open a topic: "as" also heads a noun phrase ("as a priority
/// that supersedes the fate of Assad").
pub(crate) const TOPIC_OPENING_SUBORDINATORS: &[&str] = &["as"];

/// Word pairs a topic does not open with: making sure or clear of something is no subject of
/// talks ("make sure that it occurs", "make clear that there is no endorsement").
pub(crate) const TOPIC_NON_OPENING_PAIRS: &[[&str; 2]] = &[["make", "sure"], ["make", "clear"]];

/// Attributive words a topic does not end on: the phrase was cut before its noun ("go ahead
/// with a planned").
pub(crate) const TOPIC_CUT_ENDS: &[&str] = &["planned", "possible", "proposed", "expected"];

/// Words a topic does not end on: a pronoun that stands for what was said elsewhere ("extend
/// it"; "congratulate him" names a person and stays).
pub(crate) const TOPIC_ANAPHOR_ENDS: &[&str] = &["it"];

/// Words that make a topic tell of the meeting itself, not of what it was about ("his desire to
/// meet with Assad", "hope that such a meeting would …").
pub(crate) const SELF_MEETING_WORDS: &[&str] = &["meeting", "encounter"];

/// The word of an invitation: it tells of the meeting itself when it ends the phrase or asks a
/// person or a meeting ("extend an invitation to President Assad"; see
/// [`INVITATION_MEET_VERBS`]).
pub(crate) const INVITATION_WORD: &str = "invitation";

/// The verb of meeting: before "with" or a name it tells of the meeting itself ("to meet with
/// Assad"; not "relations that meet the requirements").
pub(crate) const MEET_VERB: &str = "meet";

/// Count words of a list's announcement ("make three points to Lavrov:").
#[rustfmt::skip]
pub(crate) const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Nouns a count announces a list with ("three points", "three US positions"): the header is no
/// topic, its items are.
#[rustfmt::skip]
pub(crate) const COUNTED_NOUNS: &[&str] = &[
    "points", "positions", "messages", "demands", "issues", "things", "proposals", "priorities",
];

/// Most words between a count and its noun ("three US positions").
pub(crate) const COUNT_TO_NOUN: usize = 2;

// --- Places the gazetteer lacks (place/unknown.rs) ---

/// Most words from the meeting's trigger to an "in" that may name a place the gazetteer lacks
/// ("met Albanese in Goa": the object between).
pub(crate) const UNKNOWN_PLACE_REACH: usize = 8;

/// Most capitalised words of such a place's name ("Nusa Dua", "Sharm el-Sheikh").
pub(crate) const UNKNOWN_PLACE_WORDS: usize = 3;

/// Words that may follow such a place: the phrase ends there ("in Goa on Friday", "in Goa.").
#[rustfmt::skip]
pub(crate) const UNKNOWN_PLACE_ENDS: &[&str] = &[
    "", ".", ",", ";", ":", "—", "–", "(", "on", "last", "this", "next", "earlier", "later", "for",
    "to", "and", "after", "before", "during", "ahead", "as", "where", "amid", "in",
];

/// Words of a capitalised name after "in" that make it a body, a medium, a title, a language or
/// a gathering, not a place ("in Congress", "in Parliament", "in The Times", "in English").
#[rustfmt::skip]
pub(crate) const UNKNOWN_PLACE_NOT: &[&str] = &[
    "congress", "parliament", "senate", "house", "council", "assembly", "party", "committee",
    "ministry", "office", "court", "union", "association", "organization", "organisation",
    "nations", "alliance", "tower", "center", "centre", "hall", "church", "university", "college",
    "school", "times", "post", "news", "journal", "media", "television", "tv", "radio", "press",
    "twitter", "facebook", "person", "english", "arabic", "spanish", "latin", "president",
    "minister", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "senator", "prime", "god",
    "summit", "forum", "conference", "meeting", "talks", "games", "cup", "olympics",
    "government", "administration", "cabinet", "department", "agency", "bank", "fund", "group",
];

// --- A gathering told just before a meeting's first sentence (attrs/nearby.rs) ---

/// Words from a sentence's start within which it opens on the talks ("The four-minute talks
/// between …"): it speaks of a meeting the sentence before told.
pub(crate) const TALKS_OPENING_REACH: usize = 5;

/// Most tokens of a sentence stub split off at a paragraph break ("The"): it belongs to the next
/// sentence.
pub(crate) const SENTENCE_STUB_LEN: usize = 2;

/// Verbs of posting and replying that, like "said", date the report when a day follows them
/// ("Ryan tweeted Friday"): the day is when the words were put out, not when the meeting is.
/// Only those not already in cues' SPEECH_VERBS or SAYING_VERBS, which are tested too.
#[rustfmt::skip]
pub(crate) const REPORT_DAY_VERBS: &[&str] = &[
    "tweeted", "posted", "replied", "responded", "declared", "explained", "remarked",
    "commented", "argued", "warned",
];

/// Words that may stand between a pointer back and its date ("that day back in March 2010",
/// "that visit in May 2009"): bare "back in" alone tells any earlier event ("suspended back in").
pub(crate) const BACKREF_LINKS: &[&str] = &["back", "in", "on", "of"];

/// "back" of a bare "back in 2017": another time than the story's, unless a pointer stands
/// before it ("that day back in").
pub(crate) const BACKREF_BACK: &str = "back";

/// Nouns a demonstrative points back with ("on that day", "that visit"); not "time" ("at that
/// time in 2013" sets a scene, it does not name the meeting).
#[rustfmt::skip]
pub(crate) const BACKREF_NOUNS: &[&str] = &[
    "day", "visit", "trip", "occasion", "meeting", "evening", "night", "morning",
];

/// Tokens before a date looked through for the pointer back ("on that day back in").
pub(crate) const BACKREF_REACH: usize = 4;

/// Bytes after a meeting's sentence read for a date pointing back (about two sentences).
pub(crate) const BACKREF_BYTES: usize = 400;

/// The demonstrative "that" (wordclass lists it as a complementizer only): "on that day".
pub(crate) const BACKREF_THAT: &str = "that";

/// Plain verbs of going ("goes to Paris to meet Macron"): the place counts only when the purpose
/// after it is the meeting's own trigger, as they often lead into another errand.
#[rustfmt::skip]
pub(crate) const GO_VERBS: &[&str] = &["go", "goes", "went", "gone"];

/// Paragraph breaks a date pointing back may stand after (the next paragraph, not further).
pub(crate) const BACKREF_PARAGRAPHS: usize = 1;

/// Finite verbs of an event of their own that do not end in "-ed" ("spoke in Ohio"): a place
/// after one in an earlier sentence locates that event, not a meeting told later.
#[rustfmt::skip]
pub(crate) const OWN_EVENT_VERBS: &[&str] = &[
    "spoke", "speaks", "gave", "gives", "ran", "runs", "won", "wins", "lost", "sang", "taught",
    "fought", "led", "spent", "said", "says", "told", "wrote",
];

/// Past verbs in "-ed" that set the scene for what follows ("arrived in Beijing", "stayed in
/// Paris"): a place after one still locates a meeting told in the next sentences.
#[rustfmt::skip]
pub(crate) const SCENE_VERBS: &[&str] = &[
    "arrived", "landed", "traveled", "travelled", "visited", "toured", "stayed", "remained",
    "headed", "returned", "stopped", "based", "located", "headquartered", "welcomed", "hosted",
];

/// Shortest "-ed" word taken for a past verb ("-ed" in "bed", "red", "shed" is no ending).
pub(crate) const PAST_ED_MIN_LEN: usize = 5;

/// Words between a venue's preposition and the place's own ("spoke at a rally in Ohio": "at a
/// rally") the verb before the venue may stand across.
pub(crate) const VENUE_REACH: usize = 4;

/// Prepositions that bring in a venue ("spoke at a rally in Ohio", "campaigned in a town in Iowa").
pub(crate) const VENUE_PREPS: &[&str] = &["at", "in"];

/// Prepositions before the party a topic was talked over with ("discussed Gaza with Blinken").
pub(crate) const PARTNER_PREPS: &[&str] = &["with"];

/// Nouns after a possessive that name the other side of a talk ("with his counterpart").
pub(crate) const PARTNER_NOUNS: &[&str] = &["counterpart", "counterparts", "host", "hosts"];

/// Words between the possessive and its word of counterpart ("his Chinese counterpart").
pub(crate) const PARTNER_NOUN_REACH: usize = 3;

/// Words of meeting right before "with" that make the party the meeting's own, not a topic's
/// partner ("his desire to meet with Assad" tells no topic at all).
#[rustfmt::skip]
pub(crate) const PARTNER_MEET_WORDS: &[&str] = &[
    "meet", "meets", "met", "meeting", "talk", "talks", "speak", "speaks", "spoke", "summit",
    "call", "sit-down", "visit",
];

/// Most tokens of the party after "with" before a comma the topic list goes on after
/// ("discuss them with Sunak, along with …").
pub(crate) const PARTNER_REACH: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_word_classes_hold_their_words() {
        for w in ["him", "her", "them", "me", "us"] {
            assert!(called_object(w), "{w}");
        }
        assert!(!called_object("for") && !called_object("it"));
        for w in ["them", "it", "him", "her", "us", "me"] {
            assert!(object_pronoun(w), "{w}");
        }
        assert!(!object_pronoun("they") && !object_pronoun("his"));
        for w in ["has", "were", "will", "should", "said", "insisted"] {
            assert!(clause_verb(w), "{w}");
        }
        assert!(!clause_verb("be") && !clause_verb("did"));
    }
}
