//! Tables for who takes part and when mentions make separate records (the recall side of the
//! meetings stage; the attribute cues are in [`super::cues`]).

use super::cues::Class;
use crate::wordclass;

/// How many tokens after a trigger a date may stand to date that mention itself
/// ("held talks on Thursday"), so that another day of the same pair is another meeting.
pub(crate) const OTHER_DAY_REACH: usize = 6;

/// Verdicts told after the meeting noun that deny it ("an additional meeting between the two
/// is not necessary"); [`super::cues::NEGATIONS`] holds those told before it.
pub(crate) const NEGATIONS_AFTER: &[&str] = &["not necessary"];

/// How many tokens after the meeting noun such a verdict may stand (within its clause).
pub(crate) const NEGATION_AFTER_REACH: usize = 12;

/// Groupings of states whose meetings are meetings of their members' leaders, by the lower-case
/// word that names them, with the member countries (as the gazetteer names them).
pub(crate) const FORUMS: &[(&str, &[&str])] = &[
    ("quad", &["United States", "Japan", "India", "Australia"]),
    ("aukus", &["Australia", "United Kingdom", "United States"]),
    (
        "brics",
        &["Brazil", "Russia", "India", "China", "South Africa"],
    ),
    (
        "g7",
        &[
            "United States",
            "Japan",
            "Germany",
            "United Kingdom",
            "France",
            "Italy",
            "Canada",
        ],
    ),
];

/// How far before a meeting word a grouping may stand as its subject ("the Quad nations are
/// expected to have a sideline meeting").
pub(crate) const FORUM_REACH: usize = 16;

/// Words before a grouping's name that make it the occasion of another meeting ("at the G7
/// summit", "on the margins of the Quad summit"), not the meeting itself.
pub(crate) const OCCASION_PREPS: &[&str] = &[
    "at",
    "during",
    "of",
    "on",
    "before",
    "after",
    "ahead",
    "to",
    "for",
    "from",
    "following",
    "attend",
    "attending",
    "attended",
    "host",
    "hosting",
    "hosted",
    "in",
    "into",
];

/// Nouns before "of" that make the grouping after it the parties ("the leaders of Quad"); after
/// any other "of" it is an occasion ("on the margins of the G7 summit").
pub(crate) const MEMBER_HEADS: &[&str] = &[
    "leaders",
    "members",
    "heads",
    "ministers",
    "nations",
    "countries",
    "states",
];

/// Titles (lower case, as substrings) of the leaders who stand for a country at a grouping's
/// summit.
pub(crate) const LEADER_ROLES: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "leader",
];

/// Verdicts told after the meeting that call it off ("the Sydney Quad meeting will not go
/// ahead"): cancellations read on either side of the trigger.
pub(crate) const CANCELLED_AFTER: &[&str] = &[
    "not go ahead",
    "not be going ahead",
    "not going ahead",
    "not be going forward",
    "not take place",
    "not be taking place",
    "not proceed",
    "been put on ice",
    "put on ice",
];

/// Words that tell a call as what came before another meeting ("after speaking by phone",
/// "following a phone call"): that call is a meeting of its own.
pub(crate) const PRIOR_MARKERS: &[&str] = &["after", "following"];

/// How many tokens before a call (or its medium) such a marker may stand.
pub(crate) const PRIOR_CALL_REACH: usize = 6;

/// How many words before a meeting word "he" or "she" may stand as the subject of its clause
/// ("he had shelved plans for a summit with Putin").
pub(crate) const PRONOUN_SUBJECT_REACH: usize = 7;

/// Words after a generic plural ("workers", "leaders") that make it a particular group: a
/// participle or relative clause that says who they are ("workers impacted by the layoffs").
pub(crate) const GROUP_POSTMODIFIERS: &[&str] = &[
    "who",
    "whose",
    "impacted",
    "affected",
    "hit",
    "harmed",
    "displaced",
    "laid",
];

/// Most words between the visitor's name and the arrival verb ("Netanyahu of Israel arrived").
pub(crate) const ARRIVAL_VISITOR_REACH: usize = 3;

/// How many words before a trigger the antecedent of "who" or a teller ("Albanese said a
/// meeting with Modi …") may stand as its subject.
pub(crate) const CLAUSE_SUBJECT_REACH: usize = 8;

/// Verbs whose subject takes part in the meeting they tell of, when the meeting noun follows
/// with a party of its own ("Albanese said a planned bilateral meeting with Modi").
pub(crate) const TELLING_VERBS: &[&str] = &["said", "says", "confirmed", "confirms", "announced"];

/// The words of [`AFTER_COUNTRY`] no shared word class holds: time words, prepositions,
/// conjunctions, the modals but "will"/"would", auxiliaries and verbs of meeting.
#[rustfmt::skip]
pub(crate) const AFTER_COUNTRY_WORDS: &[&str] = &[
    "this", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "tonight",
    "with", "from", "since", "until", "when", "while", "where", "but", "because",
    "brokered", "mediated", "facilitated", "hosted", "could", "can", "should", "may", "might",
    "must", "shall", "are", "were", "be", "been", "had", "also",
    // "Saudi Arabia and Iran held talks": a verb of meeting makes the country its subject.
    "held", "hold", "holds", "meet", "meets", "discussed", "resumed",
];

/// Lower-case words that, right after a bare country, end its phrase rather than show it
/// modifies a noun ("visited Turkey this week", "a trip to China with his wife").
pub(crate) const AFTER_COUNTRY: &[&[&str]] = &[wordclass::DO_FORMS, AFTER_COUNTRY_WORDS];

/// Words between two parties that make the second a go-between who takes part ("secret talks
/// with Iran brokered by Oman"): the two are one list of parties.
pub(crate) const MEDIATED_BY: &[&str] = &["brokered", "mediated", "facilitated", "hosted"];

/// Words for a spouse: "Xi Jinping and his wife, Peng Liyuan" names a party beside the leader.
pub(crate) const SPOUSES: &[&str] = &["wife", "husband", "spouse"];

/// Month names after a bare country; not "may", a modal far more often than a month.
#[rustfmt::skip]
pub(crate) const MONTHS_AFTER_COUNTRY: &[&str] = &[
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
];

/// Capitalised words that, right after a bare country, name a day or month, not a longer
/// name ("visited China Monday").
pub(crate) const CALENDAR_AFTER_COUNTRY: &[&[&str]] = &[wordclass::WEEKDAYS, MONTHS_AFTER_COUNTRY];

/// Honorifics a capitalised run may open with ("Madam Peng Liyuan"): no part of the fuller name.
pub(crate) const HONORIFICS: &[&str] = &["madam", "madame", "mrs", "mr", "ms", "dr", "sir", "dame"];

/// Words before a plural office that make it the office of each country named before
/// ("talks between foreign ministers", "their foreign ministers would meet").
pub(crate) const SHARED_OFFICE_DETS: &[&str] = &["between", "their", "among"];

/// Most countries a plural office is shared out among (beyond, a list of places, not parties).
pub(crate) const MAX_SHARED_OFFICE_COUNTRIES: usize = 4;

/// Words before a gerund trigger that give it the sentence's subject ("… right after meeting
/// with the caucus").
pub(crate) const GERUND_LINKS: &[&str] = &["after", "before", "following"];

/// Most tokens between the sentence's subject and such a gerund.
pub(crate) const GERUND_REACH: usize = 30;

/// Most words of the "of" phrase after a group head ("titans of the political establishment").
pub(crate) const GROUP_OF_REACH: usize = 3;

/// Most tokens of an apposition of several comma-separated parts between a subject and its verb.
pub(crate) const APPOSITION_REACH: usize = 12;

/// Words that, after a person, put them at the meeting in focus ("Vance, who was present in
/// the room"; "his wife, Jane, also were at the meeting"; "Comey attended the meeting").
/// Each is matched as a phrase; "also" may stand before it or after its first word.
pub(crate) const ATTENDANCE: &[&str] = &[
    "was present",
    "were present",
    "was in the room",
    "were in the room",
    "was at the meeting",
    "were at the meeting",
    "was in the meeting",
    "were in the meeting",
    "was at the talks",
    "were at the talks",
    "attended the meeting",
    "attended the talks",
    "sat in on the meeting",
    "sat in on the talks",
    "joined the meeting",
    "joined the talks",
    "joined the call",
];

/// Words after which the people named next came along ("accompanied by his wife").
pub(crate) const COMPANY: &[&str] = &["accompanied by", "joined by", "flanked by"];

/// Verbs of arriving whose coordinated subject shares the trip ("Obama and Vice President Joe
/// Biden arrived in Orlando"): the companions of a party join the meeting of that trip.
pub(crate) const TRIP_VERBS: &[&str] = &["arrived", "landed", "traveled", "travelled", "flew"];

/// How many sentences after the last mention of a held meeting an attendance may tell of it.
pub(crate) const ATTENDANCE_REACH: usize = 4;

/// How many sentences from a held meeting a shared trip may be told (before or after it).
pub(crate) const TRIP_SENTENCE_REACH: usize = 8;

/// Most tokens between the start of an attendance's clause and its verb (its subject).
pub(crate) const ATTENDANCE_SUBJECT_REACH: usize = 20;

/// Words that end the subject of an attendance verb, read backwards from it.
pub(crate) const ATTENDANCE_SUBJECT_STOPS: &[&str] = &[
    ";", ":", "but", "while", "when", "after", "before", "said", "says", "that", "and", "(",
];

/// Most words of a role that "the" + role resolves to its one holder ("the chief judge").
pub(crate) const MAX_ROLE_WORDS: usize = 4;

/// Lower-case words inside the "of" phrase of a described person ("the chief judge of the U.S.
/// Court of Appeals for the D.C. Circuit"), besides capitalised words.
pub(crate) const DESCRIPTION_LINKS: &[&str] = &["of", "the", "for", "and", "."];

/// Most holders of one office read when resolving it (past this, a list too long to resolve).
pub(crate) const MAX_OFFICE_HOLDERS: usize = 16;

/// Prepositions whose object is a less likely antecedent of a later object pronoun than a
/// subject is ("talks with Dowden, after Sunak refused to meet him").
pub(crate) const OBJECT_PREPS: &[&str] = &[
    "with", "to", "by", "for", "from", "of", "about", "against", "at", "on", "between",
];

/// Subject pronouns that, between a party and a trigger, are the trigger's own subject ("… to
/// meet the victims, now he meets with …").
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we"];

/// Phrases after a telling verb that make its teller one of the participants of the meeting in
/// focus ("Collins says meeting participants outlined a scenario").
pub(crate) const PARTICIPANT_REPORTS: &[&str] = &[
    "meeting participants",
    "the meeting participants",
    "participants in the meeting",
    "those at the meeting",
    "those in the meeting",
];

/// Most tokens of an apposition between a teller and the telling verb ("Collins, R-NY, says").
pub(crate) const INSIDER_GAP: usize = 6;

/// The words of [`SENTENCE_ADVERBS`] no shared word class holds: time and order adverbs that
/// open a sentence before a name.
#[rustfmt::skip]
pub(crate) const SENTENCE_ADVERB_WORDS: &[&str] = &[
    "first", "now", "then", "later", "next", "finally", "today", "yesterday", "earlier", "instead",
    "yet", "even", "only", "again", "once", "soon",
];

/// Capitalised adverbs that open a sentence before a name without being part of it ("First
/// Trump goes to Louisiana", "Now Biden says").
pub(crate) const SENTENCE_ADVERBS: &[&[&str]] = &[
    wordclass::CONNECTIVES,
    wordclass::FOCUS_ADVERBS,
    SENTENCE_ADVERB_WORDS,
];

/// Determiners that may stand between a trigger and the office it takes as object ("met his
/// Japanese counterpart", "met the Chinese ambassador").
pub(crate) const OFFICE_DETS: &[&str] = &["his", "her", "their", "the"];

/// Roles of a party named only as the other side's counterpart, who holds that side's office.
pub(crate) const COUNTERPARTS: &[&str] = &["counterpart", "counterparts"];

/// Lower-case words that may follow a plural office's list of countries ("the leaders of Japan
/// and South Korea met"), besides those that may follow a bare country.
#[rustfmt::skip]
pub(crate) const AFTER_OFFICES: &[&str] = &[
    "met", "will", "would", "has", "have", "is", "was", "agreed", "said", "says", "and", "or",
    "to", "in", "on", "at", "for", "signed", "gathered",
];

/// Suffixes after a surname that are no part of the name to match ("Martin Luther King Jr.").
pub(crate) const NAME_SUFFIXES: &[&str] = &["jr", "sr"];

/// Ranges of invisible direction and joiner marks that pasted social posts carry glued to a
/// handle's "@" ("\u{202a}@realDonaldTrump").
pub(crate) const DIRECTION_MARKS: &[(char, char)] = &[
    ('\u{200b}', '\u{200f}'),
    ('\u{202a}', '\u{202e}'),
    ('\u{2066}', '\u{2069}'),
    ('\u{feff}', '\u{feff}'),
];

/// Words that link an invitation's guest to the meeting it asks for ("invited X to meet",
/// "invited X for a meeting").
pub(crate) const INVITATION_LINKS: &[&str] = &["to", "for"];

/// Shortest joined name ("donaldtrump") a social handle must hold to stand for that person:
/// shorter ones ("alen") sit inside unrelated handles by chance.
pub(crate) const HANDLE_MIN_NAME_BYTES: usize = 6;

/// Letters of the roman numeral after a monarch's or pope's given name ("King Abdullah II"): the
/// title before such a name is part of it, as the people stage writes it.
pub(crate) const REGNAL_NUMERAL_LETTERS: &[char] = &['I', 'V', 'X', 'L', 'C'];

/// The class of the [`super::cues::TRIGGERS`] rows (those that need a party after them) that are
/// verbs of bringing people together: "the senator convened top surrogates (including …)" is a
/// meeting of the subject with the people the object names.
pub(crate) const CONVENING_CLASS: Class = Class::Convene;

/// Phrases that open the members of a group named before them ("surrogates (including X)",
/// "a team of aides such as X", "advisers, among them X").
pub(crate) const MEMBER_MARKERS: &[&str] = &["including", "like", "such as", "among"];

/// Lower-case heads of a convened object that name people ("convened his cabinet", "gathered
/// top aides"), besides the heads that receive a visit and group nouns; any other lower-case
/// head is a thing ("gathered evidence", "assembled support"), which makes no meeting.
#[rustfmt::skip]
pub(crate) const CONVENED_PEOPLE: &[&str] = &[
    "cabinet", "staff", "staffers", "aides", "advisers", "advisors", "allies", "officials",
    "operatives", "experts", "council", "committee", "panel", "group", "circle", "commanders",
    "generals", "chiefs", "diplomats", "politburo", "board", "friends", "backers", "confidants",
    "lieutenants", "loyalists", "strategists", "negotiators", "mediators", "partners",
];

/// Words that, right after a verb of convening, leave it with no object: "supporters gathered
/// outside the courthouse", "they assembled there" (prepositions of [`PREPOSITIONS`] count too).
///
/// [`PREPOSITIONS`]: crate::wordclass::PREPOSITIONS
#[rustfmt::skip]
pub(crate) const NO_OBJECT_AFTER: &[&str] = &[
    "outside", "inside", "around", "near", "behind", "across", "along", "before", "after",
    "under", "over", "against", "beside", "together", "here", "there", "again", "early", "late",
    "overnight", "quickly", "briefly", "recently", "once", "twice",
];

/// Tokens that end a convened object: its clause ends, or its purpose follows (", to reminisce").
pub(crate) const CONVENED_OBJECT_ENDS: &[&str] = &[";", ":"];

/// Tokens that join the people named right after a verb of convening ("convened X, Y and Z").
pub(crate) const LIST_JOINERS: &[&str] = &["and", ","];

/// Tokens after which "to" opens the purpose of a convening, not a person ("…, to reminisce").
pub(crate) const PURPOSE_BEFORE_TO: &[&str] = &[","];

/// Most words between "among" and the "who" of "X was among the … who met": the group's words.
pub(crate) const AMONG_REACH: usize = 12;

/// Phrases after a meeting noun that name who organised or attended it ("the event, organized
/// by A and attended by B"): the people named next were there.
pub(crate) const EVENT_ROLES: &[&str] = &["organized by", "organised by", "attended by"];

/// Meeting nouns a role phrase of [`EVENT_ROLES`] must follow closely.
pub(crate) const EVENT_NOUNS: &[&str] = &["event", "meeting", "gathering", "session", "talks"];

/// Most tokens from the meeting noun to its role phrase ("the event –organized by").
pub(crate) const EVENT_NOUN_REACH: usize = 3;

/// Most tokens from one role phrase to the next of its chain ("organized by evangelist Paula
/// White and attended by").
pub(crate) const EVENT_CHAIN_REACH: usize = 12;

/// Most descriptor words between a role phrase and the person ("by evangelist X", "by Pastors X").
pub(crate) const EVENT_ROLE_GAP: usize = 2;

/// Surnames that are also words the name finder never takes ("White" of "White House"): they
/// end a name after a given name ("Paula White"), never open one.
pub(crate) const COMMON_SURNAMES: &[&str] = &["white"];

/// Titles a descriptive subject may end on besides the single-word offices ("the Democratic
/// presidential candidate met …"): campaign and legislative titles the office table lacks.
pub(crate) const DESCRIBED_TITLES: &[&str] = &[
    "candidate",
    "nominee",
    "front-runner",
    "frontrunner",
    "hopeful",
    "senator",
    "governor",
];

/// Most modifiers between "the" and the title of a descriptive subject.
pub(crate) const DESCRIBED_MODIFIERS: usize = 3;

/// Bytes a descriptive subject reaches back for the person it describes (about two sentences).
pub(crate) const DESCRIBED_GAP: usize = 400;

/// Modifiers that make a description someone other than the holder named before it.
pub(crate) const OTHER_HOLDER_MODIFIERS: &[&str] =
    &["former", "then", "new", "deputy", "vice", "other"];

/// Modifiers of a descriptive subject that name a past holder ("the former president"): it
/// describes only a person written with one of them before their name.
pub(crate) const FORMER_MODIFIERS: &[&str] = &["former", "ex"];

/// Words after a descriptive subject's title that make it part of a longer phrase ("the
/// candidate of …", "the candidate's …", "the candidate and …"): it names no one on its own.
pub(crate) const DESCRIBED_FOLLOW_STOPS: &[&[&str]] = &[&["of", "'s"], wordclass::COORDINATORS];

/// Most words before a mention of a person without a role that may carry the modifier of a
/// descriptive subject ("Democratic presidential nominee Hillary Clinton": three).
pub(crate) const MODIFIER_REACH: usize = 4;

/// Party words that stand for one another as modifiers ("Democrat X" fits "the Democratic
/// candidate", "GOP X" fits "the Republican candidate").
pub(crate) const PARTY_FAMILIES: &[&[&str]] = &[
    &["democrat", "democratic", "democrats", "dem"],
    &["republican", "republicans", "gop"],
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordclass::in_any;

    #[test]
    fn composed_tables_hold_their_classes_and_no_more() {
        assert!(in_any(AFTER_COUNTRY, "did") && in_any(AFTER_COUNTRY, "held"));
        assert!(!in_any(AFTER_COUNTRY, "will") && !in_any(AFTER_COUNTRY, "would"));
        assert!(in_any(CALENDAR_AFTER_COUNTRY, "monday") && in_any(CALENDAR_AFTER_COUNTRY, "june"));
        assert!(!in_any(CALENDAR_AFTER_COUNTRY, "may"));
        assert!(in_any(SENTENCE_ADVERBS, "meanwhile") && in_any(SENTENCE_ADVERBS, "still"));
        assert!(!in_any(SENTENCE_ADVERBS, "tonight"));
        assert!(["of", "'s", "and", "or"]
            .iter()
            .all(|w| in_any(DESCRIBED_FOLLOW_STOPS, w)));
        assert!(!in_any(DESCRIBED_FOLLOW_STOPS, "met") && !in_any(DESCRIBED_FOLLOW_STOPS, "on"));
    }
}
