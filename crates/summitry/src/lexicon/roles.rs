//! Titles of office in their common forms, and honorifics.
//!
//! Each row is `(canonical title, forms)`; forms are lowercase and matched
//! case-insensitively on word boundaries, longest first.

/// One title: `(canonical, lowercase forms)`.
pub(crate) type RoleRow = (&'static str, &'static [&'static str]);

/// Heads of state and government: the principals of summitry.
pub(crate) const LEADERS: &[RoleRow] = &[
    ("President", &["president", "pres."]),
    (
        "Vice President",
        &["vice president", "vice-president", "vp"],
    ),
    ("President-elect", &["president-elect", "president elect"]),
    (
        "Prime Minister",
        &["prime minister", "pm", "prime-minister"],
    ),
    (
        "Deputy Prime Minister",
        &["deputy prime minister", "deputy pm"],
    ),
    ("Premier", &["premier"]),
    ("Vice Premier", &["vice premier", "vice-premier"]),
    ("Chancellor", &["chancellor"]),
    ("King", &["king"]),
    ("Queen", &["queen"]),
    ("Emperor", &["emperor"]),
    ("Empress", &["empress"]),
    ("Crown Prince", &["crown prince"]),
    ("Crown Princess", &["crown princess"]),
    ("Prince", &["prince"]),
    ("Princess", &["princess"]),
    ("Sultan", &["sultan"]),
    ("Emir", &["emir", "amir"]),
    ("Supreme Leader", &["supreme leader"]),
    ("Leader", &["leader"]),
    ("Chief Executive", &["chief executive"]),
    ("General Secretary", &["general secretary"]),
    (
        "Chairman",
        &["chairman", "chairwoman", "chairperson", "chair"],
    ),
    ("Pope", &["pope"]),
    ("Taoiseach", &["taoiseach"]),
];

/// Ministers and cabinet secretaries, in the many ways news writes them.
pub(crate) const MINISTERS: &[RoleRow] = &[
    (
        "Foreign Minister",
        &[
            "foreign minister",
            "minister of foreign affairs",
            "foreign affairs minister",
            "minister for foreign affairs",
        ],
    ),
    (
        "Vice Foreign Minister",
        &[
            "vice foreign minister",
            "vice-foreign minister",
            "deputy foreign minister",
        ],
    ),
    (
        "Defense Minister",
        &[
            "defense minister",
            "defence minister",
            "minister of defense",
            "minister of defence",
            "minister for defence",
            "minister of national defense",
        ],
    ),
    (
        "Finance Minister",
        &[
            "finance minister",
            "minister of finance",
            "minister for finance",
        ],
    ),
    (
        "Trade Minister",
        &[
            "trade minister",
            "minister of trade",
            "commerce minister",
            "minister of commerce",
            "economy minister",
            "economic minister",
        ],
    ),
    (
        "Interior Minister",
        &[
            "interior minister",
            "home minister",
            "minister of the interior",
            "home affairs minister",
        ],
    ),
    (
        "Justice Minister",
        &["justice minister", "minister of justice"],
    ),
    ("Minister", &["minister"]),
    ("State Councilor", &["state councilor", "state councillor"]),
    ("Chief Cabinet Secretary", &["chief cabinet secretary"]),
    ("Secretary of State", &["secretary of state"]),
    ("Foreign Secretary", &["foreign secretary"]),
    (
        "Defense Secretary",
        &[
            "defense secretary",
            "defence secretary",
            "secretary of defense",
        ],
    ),
    (
        "Treasury Secretary",
        &["treasury secretary", "secretary of the treasury"],
    ),
    (
        "Commerce Secretary",
        &["commerce secretary", "secretary of commerce"],
    ),
    (
        "Homeland Security Secretary",
        &[
            "homeland security secretary",
            "secretary of homeland security",
        ],
    ),
    ("Secretary", &["secretary"]),
    (
        "Attorney General",
        &["attorney general", "attorney-general"],
    ),
    ("Chief of Staff", &["chief of staff"]),
    ("Press Secretary", &["press secretary"]),
];

/// Diplomats, advisers and spokespeople: frequent sources of quotes.
pub(crate) const OFFICIALS: &[RoleRow] = &[
    ("top diplomat", &["top diplomat", "chief diplomat"]),
    ("Ambassador", &["ambassador"]),
    ("Special Envoy", &["special envoy"]),
    ("Envoy", &["envoy"]),
    (
        "national security adviser",
        &[
            "national security adviser",
            "national security advisor",
            "top national security adviser",
        ],
    ),
    (
        "Secretary-General",
        &["secretary-general", "secretary general", "sec-gen"],
    ),
    (
        "spokesman",
        &[
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "spokespeople",
            "foreign ministry spokesman",
            "foreign ministry spokeswoman",
            "foreign ministry spokesperson",
        ],
    ),
    (
        "adviser",
        &[
            "adviser",
            "advisor",
            "senior adviser",
            "aide",
            "senior aide",
        ],
    ),
    (
        "Director",
        &["director", "director-general", "director general"],
    ),
    ("Commissioner", &["commissioner"]),
    ("Governor", &["governor", "gov."]),
    ("Lieutenant Governor", &["lieutenant governor", "lt. gov."]),
    ("Mayor", &["mayor"]),
    ("Chief Justice", &["chief justice"]),
    ("Justice", &["justice"]),
    ("Judge", &["judge"]),
    ("General", &["general", "gen."]),
    ("Admiral", &["admiral", "adm."]),
    ("Colonel", &["colonel", "col."]),
];

/// Legislators and party figures: the bulk of political news.
pub(crate) const LEGISLATORS: &[RoleRow] = &[
    (
        "House Speaker",
        &[
            "house speaker",
            "speaker of the house",
            "speaker of the house of representatives",
        ],
    ),
    ("Speaker", &["speaker"]),
    ("Senate Majority Leader", &["senate majority leader"]),
    ("Senate Minority Leader", &["senate minority leader"]),
    ("Majority Leader", &["majority leader"]),
    ("Minority Leader", &["minority leader"]),
    ("Senator", &["senator", "sen.", "state senator"]),
    (
        "Representative",
        &[
            "representative",
            "rep.",
            "congressman",
            "congresswoman",
            "lawmaker",
            "legislator",
        ],
    ),
    ("Member of Parliament", &["member of parliament", "mp"]),
    (
        "candidate",
        &[
            "candidate",
            "presidential candidate",
            "nominee",
            "presidential nominee",
            "front-runner",
            "frontrunner",
            "hopeful",
        ],
    ),
    ("CEO", &["ceo", "chief executive officer"]),
    ("founder", &["founder", "co-founder"]),
    ("professor", &["professor", "prof."]),
    ("analyst", &["analyst"]),
];

/// Every table.
pub(crate) const ALL: &[&[RoleRow]] = &[LEADERS, MINISTERS, OFFICIALS, LEGISLATORS];

/// Courtesy titles before a name: they mark a person but are not an office.
pub(crate) const HONORIFICS: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady",
    "Madam", "Madame", "Mme", "Rev", "Rev.", "Sheikh", "Herr", "Frau", "Monsieur",
];

/// Words that qualify a title without being part of a name ("former President").
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "former",
    "ex",
    "then",
    "acting",
    "incoming",
    "outgoing",
    "late",
    "new",
    "current",
    "deputy",
    "assistant",
    "senior",
    "top",
    "chief",
];
