//! Seats of government and capitals: an arrival there is a visit to the one who holds office
//! ("Netanyahu arrived at the White House", "when Netanyahu came to Washington").

/// Seats of government, `(lower-case words, office of the one who receives visitors there,
/// country)`: an arrival at one is a visit to that office holder.
#[rustfmt::skip]
pub(crate) const SEATS: &[(&str, &str, &str)] = &[
    ("white house", "president", "United States"),
    ("oval office", "president", "United States"),
    ("kremlin", "president", "Russia"),
    ("downing street", "prime minister", "United Kingdom"),
    ("number 10", "prime minister", "United Kingdom"),
    ("no 10", "prime minister", "United Kingdom"),
    ("no. 10", "prime minister", "United Kingdom"),
    ("elysee palace", "president", "France"),
    ("élysée palace", "president", "France"),
    ("elysee", "president", "France"),
    ("élysée", "president", "France"),
    ("blue house", "president", "South Korea"),
    ("cheong wa dae", "president", "South Korea"),
    ("zhongnanhai", "president", "China"),
    ("great hall of the people", "president", "China"),
    ("kantei", "prime minister", "Japan"),
    ("federal chancellery", "chancellor", "Germany"),
    ("german chancellery", "chancellor", "Germany"),
    ("bellevue palace", "president", "Germany"),
    ("palazzo chigi", "prime minister", "Italy"),
    ("quirinal palace", "president", "Italy"),
    ("moncloa palace", "prime minister", "Spain"),
    ("casa rosada", "president", "Argentina"),
    ("planalto palace", "president", "Brazil"),
    ("rashtrapati bhavan", "president", "India"),
    ("hyderabad house", "prime minister", "India"),
    ("malacañang palace", "president", "Philippines"),
    ("malacanang palace", "president", "Philippines"),
    ("mariinsky palace", "president", "Ukraine"),
    ("union buildings", "president", "South Africa"),
    ("aso rock", "president", "Nigeria"),
    ("kirribilli house", "prime minister", "Australia"),
];

/// Verbs of arriving that, with "at" and a seat of government, tell of a visit.
pub(crate) const SEAT_ARRIVALS: &[&str] = &["arrived", "arrives", "arriving", "arrive"];

/// Verbs of coming with the preposition that, with a capital after it, tell of a visit to that
/// country's leader ("came to Washington in May 2009", "flew into Moscow").
#[rustfmt::skip]
pub(crate) const CAPITAL_ARRIVALS: &[(&str, &str)] = &[
    ("came", "to"), ("comes", "to"), ("arrived", "in"), ("arrives", "in"), ("arriving", "in"),
    ("flew", "to"), ("flew", "into"), ("landed", "in"), ("arrived", "into"),
];

/// Offices whose holder receives a visitor to the country's capital.
pub(crate) const HOST_OFFICES: &[&str] = &["president", "prime minister", "chancellor", "premier"];

/// Words in a role that make its holder no host ("Vice President", "former Prime Minister").
pub(crate) const NOT_HOST: &[&str] = &["vice", "former", "deputy", "acting", "elect"];
