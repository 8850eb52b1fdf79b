//! Name and title words of the meetings stage: the offices a party may be named by, the titles
//! that may stand before a person's name, and the capitalised words that are never part of one.

/// Offices a party may be named by ("Japan's foreign minister"), longest first.
#[rustfmt::skip]
pub(crate) const OFFICES: &[&str] = &[
    "foreign minister", "defense minister", "defence minister", "prime minister", "vice president",
    "secretary of state", "national security adviser", "security adviser", "top diplomat",
    "foreign secretary", "finance minister", "trade minister", "counterpart", "counterparts",
    "premier", "president", "chancellor", "minister", "leader", "leaders", "envoy", "ambassador",
    "king", "emperor", "diplomat", "officials", "delegation", "government", "side", "leadership",
];

/// Office words that name a country, not a person, as party.
#[rustfmt::skip]
pub(crate) const COLLECTIVE: &[&str] = &[
    "officials", "delegation", "government", "side", "leadership", "leaders", "counterparts",
];

/// Titles that make a lone capitalised word a person's name ("Mr. Netanyahu", "President Obama").
#[rustfmt::skip]
pub(crate) const PERSONAL_TITLES: &[&str] = &[
    "president", "premier", "chancellor", "king", "queen", "pope", "senator", "sen.", "rep.",
    "gov.", "governor", "mr.", "mrs.", "ms.", "dr.", "gen.", "adm.", "rev.", "secretary", "speaker",
    "leader", "mayor", "ambassador", "envoy", "prince", "sheikh", "emperor", "minister", "judge",
    "justice", "representative", "sir", "lady", "lord",
];

/// Title words that may precede a name ("Prime Minister Fumio Kishida").
#[rustfmt::skip]
pub(crate) const TITLE_WORDS: &[&str] = &[
    "president", "prime", "minister", "premier", "foreign", "defense", "defence", "secretary",
    "chancellor", "vice", "king", "queen", "emperor", "pope", "speaker", "leader", "senator",
    "sen.", "rep.", "gov.", "governor", "mr.", "mrs.", "ms.", "dr.", "gen.", "adm.", "rev.",
    "general", "admiral", "ambassador", "envoy", "chairman", "chief", "state", "house", "senate",
    "majority", "minority", "top", "diplomat", "adviser", "advisor", "crown", "prince", "sheikh",
    "then", "former", "new", "national", "security", "u.s.", "mayor", "commander", "director",
    "spokesman", "spokeswoman", "deputy", "vice-president",
];

/// Capitalised words that never start or sit inside a person's name.
#[rustfmt::skip]
pub(crate) const NOT_NAME: &[&str] = &[
    "sir", "dame", "tower", "hall", "center", "centre", "building", "hotel", "club", "ball",
    "sentinel", "journal", "herald", "tribune", "gazette", "network", "foundation", "church",
    "presidents", "leaders", "ministers", "air", "force", "army", "navy", "assembly", "marbles",
    "minority", "majority", "justice", "judge", "chairman", "vice-president", "the", "a", "an",
    "and", "but", "or", "in", "on", "at", "of", "for", "with", "to", "from", "by", "as", "it", "he",
    "she", "they", "we", "i", "his", "her", "their", "this", "that", "these", "those", "after",
    "before", "during", "while", "when", "if", "since", "though", "although", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "president",
    "prime", "minister", "premier", "secretary", "chancellor", "vice", "king", "queen", "pope",
    "speaker", "leader", "senator", "sen.", "rep.", "gov.", "mr.", "mrs.", "ms.", "dr.", "gen.",
    "adm.", "rev.", "foreign", "house", "senate", "white", "state", "ministry", "party", "summit",
    "forum", "council", "congress", "parliament", "government", "office", "department", "committee",
    "union", "nations", "association", "cooperation", "economic", "asia", "pacific", "apec",
    "asean", "nato", "g7", "g20", "group", "seven", "news", "times", "post", "reuters", "bloomberg",
    "afp", "ap", "kyodo", "xinhua", "media", "republican", "republicans", "democrat", "democrats",
    "democratic", "gop", "european", "east", "west", "north", "south", "sea", "strait", "islands",
    "island", "city", "national", "security", "federal", "court", "supreme", "also", "meanwhile",
    "however", "today", "yesterday", "tomorrow", "there", "here", "what", "why", "how", "where",
    "who", "which", "one", "two", "three", "mr", "mrs", "chief", "general", "agency", "bank",
    "commission", "university", "institute", "oval", "capitol", "hill", "street", "avenue",
    "airport", "base", "palace", "cosmodrome", "spaceport", "embassy", "residence", "kremlin", "pentagon", "communist", "defense", "war", "covid",
    "olympics", "coast", "guard", "secretariat", "cabinet", "admiral", "ambassador", "envoy",
    "governor", "mayor", "former", "then", "top", "new", "our", "your", "my", "its", "all", "some",
    "many", "any", "no", "not", "yes", "under", "over", "about", "against", "between", "among",
    "said", "says", "told", "its", "dear", "breaking", "read", "more", "watch", "photo",
    "organizations", "organization", "organisations", "organisation", "conference", "coalition",
    "alliance", "federation", "society", "corporation", "company", "administration", "board",
];

/// Openings of a nameless party's role that make it a group ("members of the House Republican
/// leadership").
pub(crate) const GROUP_ROLE_OPENERS: &[&str] = &["members of", "leaders of"];
