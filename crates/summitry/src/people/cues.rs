//! The people stage's word lists, one group per constant with its reason.
//! Closed-class words come from [`crate::wordclass`].

use crate::wordclass::{in_any, ARTICLES, POSSESSIVES};

/// Lowercase particles inside names ("Charles de Gaulle", "Ursula von der Leyen").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "al",
    "ibn", "dos", "das", "y",
];

/// Common Chinese family names: they come first in the name ("Xi Jinping" →
/// "Xi") and, when the text gives no country, suggest China.
pub(crate) const CHINESE_SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
    "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang",
    "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Qin", "Xi", "Wen",
];

/// Korean and Vietnamese family names, which also come first in the name.
pub(crate) const OTHER_FAMILY_FIRST_SURNAMES: &[&str] = &[
    "Kim", "Park", "Choi", "Jung", "Moon", "Yoon", "Kang", "Cho", "Lim", "Shin", "Kwon", "Hwang",
    "Ahn", "Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Vo", "Dang", "Bui",
];

/// The relative pronoun after a name and comma that opens an apposition
/// describing the person ("Small, who …").
pub(crate) const PERSON_RELATIVE: &str = "who";

/// Whether the lower-case `w`, after a name and comma, opens an apposition
/// describing the person: an article, a possessive or "who".
pub(crate) fn is_apposition_opener(w: &str) -> bool {
    in_any(&[ARTICLES, POSSESSIVES], w) || w == PERSON_RELATIVE
}

/// Shortest lowercase word taken as evidence that a capitalised form is a
/// common word ("do", "can" included; "a", "i" are too short to mean much).
pub(crate) const MIN_COMMON_WORD_LEN: usize = 2;

/// How many words before a name may hold its title and country.
pub(crate) const MAX_PREFIX_WORDS: usize = 6;

/// How many words of an apposition are searched for a title.
pub(crate) const MAX_APPOSITION_WORDS: usize = 10;

/// Unions of countries whose officials take the union as their country
/// ("European Commission President …" → "European Union").
pub(crate) const UNIONS: &[&str] = &["European Union"];

/// Longest party-and-state tag in parentheses after a legislator's name
/// ("(R-Iowa)", "(D-Md.)"), in words.
pub(crate) const MAX_PARTY_TAG_WORDS: usize = 3;

/// Longest full name, in words, not counting patronymic particles or a
/// regnal numeral ("Tamim bin Hamad Al Thani" is four).
pub(crate) const MAX_NAME_WORDS: usize = 4;

/// Particles that join a father's name in Arabic names ("Mohammed bin
/// Salman"): a long name with them is still one name.
pub(crate) const PATRONYMIC_PARTICLES: &[&str] = &["bin", "ibn", "bint"];

/// Letters of a regnal numeral after a given name ("Abdullah II",
/// "Benedict XVI"); one letter alone is an initial.
pub(crate) const REGNAL_NUMERAL_LETTERS: &[char] = &['I', 'V', 'X'];

/// Words a roman numeral numbers when it follows them: a part, not a
/// monarch ("Part II", "Teil II", "Volume IV", "World War II").
pub(crate) const NUMBERED_PART_WORDS: &[&str] = &[
    "Part", "Parts", "Teil", "Partie", "Parte", "Volume", "Vol", "Band", "Tome", "Book", "Chapter",
    "Kapitel", "Phase", "Stage", "Level", "Act", "Article", "Title", "Section", "Class", "Type",
    "War", "Series", "Season", "Episode", "Schedule", "Annex", "Appendix",
];

/// Longest regnal numeral, in letters ("XVIII").
pub(crate) const MAX_REGNAL_NUMERAL_LEN: usize = 5;

/// Words before a title that mark a past holder of the office ("former",
/// "ex-", "late").
pub(crate) const PAST_HOLDER_MARKERS: &[&str] = &["former", "ex", "late"];

/// How many words before a person's first mention may mark a past holder
/// ("former Prime Minister Malcolm Turnbull": three).
pub(crate) const MAX_PAST_MARKER_DISTANCE: usize = 3;

/// Heads of state or government: a country has one of each at a time, so
/// an unqualified one is not given a country that already has one.
pub(crate) const LEADER_ROLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Premier",
    "Chancellor",
    "King",
    "Queen",
    "Emperor",
];

/// The one head-of-state title among [`LEADER_ROLES`] the United States
/// has: an unqualified "Prime Minister" in US copy is a foreign one.
pub(crate) const US_LEADER_TITLES: &[&str] = &["President"];

/// In English-language news a "President" given no country, in a story that
/// names the United States, is the US president (AP style leaves it out).
pub(crate) const UNQUALIFIED_PRESIDENT_COUNTRY: &str = "United States";

/// Offices by these names exist only in the United States government.
pub(crate) const US_OFFICES: &[&str] = &[
    "Secretary of State",
    "House Speaker",
    "Senate Majority Leader",
    "Senate Minority Leader",
    "Treasury Secretary",
    "Defense Secretary",
    "Commerce Secretary",
    "Homeland Security Secretary",
];

/// The Arabic article joined to a family name ("Bashar al-Assad").
pub(crate) const ARABIC_ARTICLES: &[&str] = &["al-", "el-", "Al-", "El-"];

/// Words between "the" and a demonym in a role mention ("the first Japanese premier").
pub(crate) const ROLE_MENTION_MODIFIERS: &[&str] = &[
    "first", "new", "former", "current", "then", "outgoing", "incoming", "top",
];

/// Generational suffixes after a surname ("Harry B. Harris Jr."): never the
/// short form a story uses for the person.
pub(crate) const NAME_SUFFIXES: &[&str] = &["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"];

/// Titles that stay part of the name of someone known by one name
/// ("Pope Francis", "King Charles", "Queen Rania").
pub(crate) const NAME_KEEPING_TITLES: &[&str] = &[
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emperor",
    "Empress",
    "Sultan",
    "Emir",
    "Crown Prince",
    "Crown Princess",
];

/// Words in a person's prefix that mark an American politician
/// ("Republican front-runner", "Democratic Sen.").
pub(crate) const US_PARTY_WORDS: &[&str] = &["Republican", "Democratic", "Democrat", "GOP"];

/// Offices that, unqualified in a story naming the United States, are
/// American ones (the story's other countries rarely have them in English copy).
pub(crate) const US_DEFAULT_ROLES: &[&str] = &[
    "Senator",
    "Representative",
    "candidate",
    "Governor",
    "Lieutenant Governor",
    "Speaker",
    "Majority Leader",
    "Minority Leader",
    "Attorney General",
];

/// Longest gap between a title and the name it precedes when the title is
/// kept as written ("Sen. Ted Cruz", "Republican front-runner Donald Trump").
pub(crate) const MAX_ROLE_GAP: usize = 40;

/// Canonical titles whose written variants say more than the canonical word
/// ("front-runner", "presumptive nominee", "hopeful" are all "candidate";
/// "aide" is an "adviser", "spokeswoman" a "spokesman").
pub(crate) const WRITTEN_ROLES: &[&str] = &["candidate", "adviser", "spokesman"];

/// Institutions whose name alone places a story's unqualified officials in
/// the United States ("a readout from the White House").
pub(crate) const US_INSTITUTIONS: &[&str] = &["White House", "Pentagon", "State Department"];

/// Seats of government written for the government itself ("Kremlin aide
/// Yury Ushakov", "a Downing Street spokesman"): the title before a name
/// then gives that country.
pub(crate) const SEATS_OF_GOVERNMENT: &[(&str, &str)] = &[
    ("Kremlin", "Russia"),
    ("White House", "United States"),
    ("Pentagon", "United States"),
    ("Élysée", "France"),
    ("Elysee", "France"),
    ("Quai d'Orsay", "France"),
    ("Downing Street", "United Kingdom"),
    ("Whitehall", "United Kingdom"),
    ("Zhongnanhai", "China"),
    ("Blue House", "South Korea"),
    ("Kantei", "Japan"),
    ("Chancellery", "Germany"),
    ("Bundeskanzleramt", "Germany"),
    ("Quirinale", "Italy"),
    ("Palazzo Chigi", "Italy"),
    ("Moncloa", "Spain"),
    ("Bankova", "Ukraine"),
    ("Knesset", "Israel"),
];

/// Words after which a sentence lists a country's delegation ("Putin's
/// delegation includes …", "The US delegation features …"): the people the
/// rest of the sentence names belong to that country.
pub(crate) const DELEGATION_WORDS: &[&str] = &["delegation", "team", "entourage"];

/// Offices held in one country only, whoever writes about them: the office gives the country.
pub(crate) const OFFICE_SEATS: &[(&str, &str)] = &[("Pope", "Vatican")];

/// Words a definite description may take between "the" and its title
/// before it stops naming someone already mentioned ("the Republican
/// presidential front-runner").
pub(crate) const MAX_DESCRIPTION_WORDS: usize = 3;

/// Bytes back from a definite description ("the former president") to the
/// person mention it most likely refers to.
pub(crate) const MAX_ANAPHOR_GAP: usize = 300;

/// Paragraph breaks a definite description may reach back over: none, as
/// a new paragraph's "the former president" is too often someone new.
pub(crate) const MAX_ANAPHOR_BREAKS: usize = 0;

/// Modifiers that make "the … president" point away from the last person
/// named (a future, other or generic holder of the office).
pub(crate) const NON_ANAPHORIC_MODIFIERS: &[&str] = &[
    "next", "new", "other", "same", "future", "eventual", "last", "first", "only", "another",
    "previous", "late", "then", "current", "sitting", "incoming", "outgoing", "two", "both",
    "each", "any", "every",
];

/// Function words that end a definite description when met between "the"
/// and its title ("the race for president" describes no one).
pub(crate) const DESCRIPTION_BREAKERS: &[&str] = &[
    "for", "of", "in", "to", "and", "or", "with", "at", "on", "by", "as", "from", "but", "than",
    "that", "who", "is", "was",
];

/// Words after which "the <title>" opens a clause as its subject, where it
/// refers back ("…Trump when the front-runner arrives"); after a verb or
/// preposition it is usually someone else ("Sanders attacked the former
/// secretary of state").
pub(crate) const SUBJECT_OPENERS: &[&str] = &[
    "when", "as", "after", "before", "while", "because", "since", "that", "and", "but", "until",
    "if", "though", "although", "where", "so", "yet",
];

/// Longest capitalised word taken as an abbreviated title before ". " and a
/// name ("Sen.", "Gov.", "Capt."); a longer word there ends a sentence.
pub(crate) const MAX_ABBREVIATION_LEN: usize = 4;

/// Nouns that, after "the <demonym>", describe a country's leader ("the
/// Ukrainian leader"): the description names the last person's country.
pub(crate) const LEADER_NOUNS: &[&str] = &["leader", "head of state", "strongman", "autocrat"];

/// A possessive's ending before a travel cue ("Obama's visit to"), both
/// apostrophes: the name before it is the traveller's.
pub(crate) const POSSESSIVE_ENDINGS: &[&str] = &["'s ", "’s "];

/// Phrases before a place that send the nearest person to it ("his visit to
/// China", "invited to the US"): that person is not of the place's country.
pub(crate) const TRAVEL_CUES: &[&str] = &[
    "visit to ",
    "visits to ",
    "trip to ",
    "invited to ",
    "invitation to ",
    "travel to ",
    "travelled to ",
    "traveled to ",
    "arrived in ",
    "arrives in ",
    "landed in ",
    "tour of ",
];

/// Nouns after "his/her <demonym>" that mark the person as the other side
/// ("his Chinese counterpart"); "his Australian visit" is left out, as its
/// "his" is too often another person than the nearest one.
pub(crate) const OTHER_SIDE_NOUNS: &[&str] = &[" counterpart"];

/// Mentions another country needs before a person kept from the home
/// country is given it.
pub(crate) const MIN_OTHER_COUNTRY_HITS: usize = 2;

/// Nouns right before a full name that make it a person without giving a
/// role ("his counterpart Xi Jinping").
pub(crate) const ANCHOR_NOUNS: &[&str] = &["counterpart", "counterparts"];

/// Bytes between an unclaimed leader description ("Greece's premier") and a
/// mention of the untitled person it names, before or after it.
pub(crate) const MAX_UNCLAIMED_GAP: usize = 300;

/// The word joining two bare names that meet ("Macron and Scholz met"):
/// "or" and "but" join alternatives, not a meeting.
pub(crate) const PAIR_COORDINATOR: &str = "and";

/// Verb phrases that make two bare capitalised words a pair of people
/// ("Macron and Scholz met", "Putin met Erdogan"): places rarely meet.
pub(crate) const PAIR_MEETING_VERBS: &[&str] = &["met", "meet", "meets"];

/// Verb phrases that make a bare pair people only when one of the two is
/// a person elsewhere on the page: companies and factions also talk and
/// hold talks ("Microsoft and OpenAI held talks").
pub(crate) const PAIR_TALK_VERBS: &[&str] = &[
    "talked",
    "spoke",
    "conferred",
    "held talks",
    "hold talks",
    "holds talks",
    "shook hands",
];

/// Lowercase words that may follow a pair's meeting verb without being its
/// object ("met again", "met last week", "met during the summit"); any
/// other lowercase word or a determiner is an object: "Boeing and Airbus
/// met the deadline" is no meeting of people.
pub(crate) const PAIR_VERB_ADVERBS: &[&str] = &[
    "again", "twice", "once", "last", "this", "next", "earlier", "later", "during", "amid",
    "ahead", "behind", "over", "near", "outside", "inside", "alone", "face", "here", "there",
];

/// Prepositions that name where an unanchored pair met ("met in Berlin"):
/// bare names that meet in a known country or city are leaders; clubs meet
/// at grounds and in derbies, which no gazetteer lists.
pub(crate) const PAIR_VENUE_PREPOSITIONS: &[&str] = &["in", "at"];

/// Tokens after a pair's verb searched for its venue, within the sentence.
pub(crate) const MAX_PAIR_VENUE_REACH: usize = 8;

/// Pronouns that make a capitalised word a person when they follow it
/// within two words ("Scholz said he …"): companies and clubs are "it".
pub(crate) const PAIR_PERSON_PRONOUNS: &[&str] = &["he", "she"];

/// Verbs that take the second of two bare names as object ("Putin met
/// Erdogan", "Putin met with Erdogan").
pub(crate) const PAIR_OBJECT_VERBS: &[&str] = &["met", "meets", "met with", "meets with"];

/// Lowercase words allowed between a bare pair and its meeting verb ("will
/// meet", "are set to meet", "reportedly met").
pub(crate) const MAX_PAIR_VERB_GAP: usize = 3;

/// Offices held for one US state: "the senator from Vermont" serves the
/// United States.
pub(crate) const STATE_OFFICES: &[&str] = &[
    "Senator",
    "Governor",
    "Representative",
    "Congressman",
    "Congresswoman",
];

/// The word that ties an office to the state it serves ("senator from Texas").
pub(crate) const STATE_OFFICE_LINK: &str = "from";

/// Given names monarchs and popes reign under, in the languages of Europe:
/// before a regnal numeral they start the name, whatever capitalised word
/// stands before them ("sein Sohn Friedrich II").
pub(crate) const REGNAL_GIVEN_NAMES: &[&str] = &[
    "Albert",
    "Alexander",
    "Alfonso",
    "Benedict",
    "Benedikt",
    "Benoît",
    "Carl",
    "Carlos",
    "Charles",
    "Christian",
    "Clement",
    "Edward",
    "Elizabeth",
    "Elisabeth",
    "Ferdinand",
    "Felipe",
    "Francis",
    "François",
    "Franz",
    "Frederick",
    "Friedrich",
    "Frédéric",
    "George",
    "Georg",
    "Gregory",
    "Gregor",
    "Gustav",
    "Harald",
    "Heinrich",
    "Henri",
    "Henry",
    "Innocent",
    "Jakob",
    "James",
    "Johann",
    "Johannes",
    "John",
    "Juan",
    "Karl",
    "Leo",
    "Leopold",
    "Louis",
    "Ludwig",
    "Maximilian",
    "Napoleon",
    "Napoléon",
    "Nicholas",
    "Nikolaus",
    "Otto",
    "Paul",
    "Peter",
    "Philip",
    "Philipp",
    "Philippe",
    "Pius",
    "Richard",
    "Rudolf",
    "Sigismund",
    "Urban",
    "Victor",
    "Wilhelm",
    "William",
];
