//! A compact local gazetteer: countries with their names, demonyms and
//! capitals or major cities. General knowledge only; it lets the meetings
//! stage name parties and places without waiting for the shared lexicon.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// `(canonical country, other names, demonyms, cities)`, all as written in news copy.
type Row = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

/// Countries most present in diplomacy coverage, with capitals and major cities (for the
/// United States also its states, which news names as places of meetings).
pub(crate) const COUNTRIES: &[Row] = &[
    (
        "China",
        &["People's Republic of China", "PRC"],
        &["Chinese"],
        &[
            "Beijing",
            "Shanghai",
            "Guangzhou",
            "Shenzhen",
            "Hangzhou",
            "Canton",
        ],
    ),
    (
        "Japan",
        &[],
        &["Japanese"],
        &["Tokyo", "Osaka", "Kyoto", "Hiroshima"],
    ),
    (
        "South Korea",
        &["Republic of Korea", "ROK"],
        &["South Korean"],
        &["Seoul", "Busan"],
    ),
    ("North Korea", &["DPRK"], &["North Korean"], &["Pyongyang"]),
    ("Taiwan", &[], &["Taiwanese"], &["Taipei"]),
    (
        "Vietnam",
        &["Viet Nam"],
        &["Vietnamese"],
        &["Hanoi", "Ho Chi Minh City"],
    ),
    ("Thailand", &[], &["Thai"], &["Bangkok"]),
    ("Cambodia", &[], &["Cambodian"], &["Phnom Penh"]),
    (
        "Philippines",
        &["the Philippines"],
        &["Filipino", "Philippine"],
        &["Manila"],
    ),
    ("Indonesia", &[], &["Indonesian"], &["Jakarta", "Bali"]),
    ("Malaysia", &[], &["Malaysian"], &["Kuala Lumpur"]),
    ("Singapore", &[], &["Singaporean"], &[]),
    ("Laos", &[], &["Lao", "Laotian"], &["Vientiane"]),
    (
        "Myanmar",
        &["Burma"],
        &["Burmese"],
        &["Naypyidaw", "Yangon"],
    ),
    (
        "Australia",
        &[],
        &["Australian"],
        &["Canberra", "Sydney", "Melbourne"],
    ),
    (
        "New Zealand",
        &[],
        &["New Zealander"],
        &["Wellington", "Auckland"],
    ),
    (
        "Papua New Guinea",
        &["PNG"],
        &["Papua New Guinean"],
        &["Port Moresby"],
    ),
    ("India", &[], &["Indian"], &["New Delhi", "Delhi", "Mumbai"]),
    ("Pakistan", &[], &["Pakistani"], &["Islamabad"]),
    ("Afghanistan", &[], &["Afghan"], &["Kabul"]),
    ("Iran", &[], &["Iranian"], &["Tehran"]),
    ("Iraq", &[], &["Iraqi"], &["Baghdad"]),
    ("Syria", &[], &["Syrian"], &["Damascus"]),
    (
        "Turkey",
        &["Türkiye", "Turkiye"],
        &["Turkish"],
        &["Ankara", "Istanbul"],
    ),
    ("Israel", &[], &["Israeli"], &["Jerusalem", "Tel Aviv"]),
    (
        "Palestine",
        &["Palestinian territories"],
        &["Palestinian"],
        &["Ramallah"],
    ),
    ("Saudi Arabia", &[], &["Saudi"], &["Riyadh", "Jeddah"]),
    (
        "United Arab Emirates",
        &["UAE"],
        &["Emirati"],
        &["Abu Dhabi", "Dubai"],
    ),
    ("Qatar", &[], &["Qatari"], &["Doha"]),
    ("Oman", &[], &["Omani"], &["Muscat"]),
    ("Egypt", &[], &["Egyptian"], &["Cairo"]),
    ("Jordan", &[], &["Jordanian"], &["Amman"]),
    ("Lebanon", &[], &["Lebanese"], &["Beirut"]),
    (
        "Russia",
        &["Russian Federation"],
        &["Russian"],
        &["Moscow", "St. Petersburg", "Vladivostok", "Sochi"],
    ),
    ("Ukraine", &[], &["Ukrainian"], &["Kyiv", "Kiev"]),
    ("Belarus", &[], &["Belarusian"], &["Minsk"]),
    (
        "United States",
        &[
            "U.S.",
            "US",
            "USA",
            "U.S.A.",
            "America",
            "United States of America",
        ],
        &["American"],
        &[
            "Washington",
            "New York",
            "San Francisco",
            "Los Angeles",
            "Chicago",
            "Boston",
            "Orlando",
            "Anchorage",
            "Philadelphia",
            "Miami",
            "Alaska",
            "California",
            "Texas",
            "Florida",
            "Hawaii",
            "Iowa",
            "Ohio",
            "Nevada",
            "Virginia",
            "Michigan",
            "Pennsylvania",
            "Arizona",
            "Colorado",
            "Illinois",
            "Vermont",
            "New Hampshire",
            "South Carolina",
            "North Carolina",
            "Indiana",
            "Wisconsin",
            "Minnesota",
            "Louisiana",
            "Kentucky",
            "Tennessee",
            "Oregon",
            "Massachusetts",
            "New Jersey",
            "Maryland",
            "Missouri",
            "Utah",
            "Idaho",
            "Montana",
            "Nebraska",
            "Kansas",
            "Oklahoma",
            "Alabama",
            "Mississippi",
            "Arkansas",
            "Connecticut",
            "Delaware",
            "Maine",
            "Rhode Island",
            "Wyoming",
            "North Dakota",
            "South Dakota",
            "New Mexico",
            "West Virginia",
            "Boise",
            "Honolulu",
            "Atlanta",
            "Dallas",
            "Houston",
            "Seattle",
            "Denver",
            "Detroit",
            "Las Vegas",
            "Phoenix",
        ],
    ),
    ("Canada", &[], &["Canadian"], &["Ottawa", "Toronto"]),
    ("Mexico", &[], &["Mexican"], &["Mexico City"]),
    (
        "Brazil",
        &[],
        &["Brazilian"],
        &["Brasilia", "Rio de Janeiro"],
    ),
    (
        "Argentina",
        &[],
        &["Argentine", "Argentinian"],
        &["Buenos Aires"],
    ),
    ("Cuba", &[], &["Cuban"], &["Havana"]),
    ("Venezuela", &[], &["Venezuelan"], &["Caracas"]),
    ("Guyana", &[], &["Guyanese"], &["Georgetown"]),
    (
        "United Kingdom",
        &["UK", "U.K.", "Britain", "Great Britain"],
        &["British"],
        &["London"],
    ),
    ("France", &[], &["French"], &["Paris"]),
    ("Germany", &[], &["German"], &["Berlin", "Munich"]),
    ("Italy", &[], &["Italian"], &["Rome"]),
    ("Spain", &[], &["Spanish"], &["Madrid"]),
    ("Greece", &[], &["Greek"], &["Athens"]),
    ("Hungary", &[], &["Hungarian"], &["Budapest"]),
    ("Poland", &[], &["Polish"], &["Warsaw"]),
    (
        "Netherlands",
        &["the Netherlands"],
        &["Dutch"],
        &["Amsterdam", "The Hague"],
    ),
    ("Belgium", &[], &["Belgian"], &["Brussels"]),
    ("Switzerland", &[], &["Swiss"], &["Geneva", "Bern", "Davos"]),
    ("Austria", &[], &["Austrian"], &["Vienna"]),
    ("Sweden", &[], &["Swedish"], &["Stockholm"]),
    ("Norway", &[], &["Norwegian"], &["Oslo"]),
    ("Finland", &[], &["Finnish"], &["Helsinki"]),
    ("Denmark", &[], &["Danish"], &["Copenhagen"]),
    ("Ireland", &[], &["Irish"], &["Dublin"]),
    ("Portugal", &[], &["Portuguese"], &["Lisbon"]),
    ("Serbia", &[], &["Serbian"], &["Belgrade"]),
    ("Vatican", &["Holy See", "Vatican City"], &[], &[]),
    (
        "South Africa",
        &[],
        &["South African"],
        &["Pretoria", "Johannesburg"],
    ),
    ("Nigeria", &[], &["Nigerian"], &["Abuja"]),
    ("Kazakhstan", &[], &["Kazakh"], &["Astana", "Almaty"]),
    ("Uzbekistan", &[], &["Uzbek"], &["Tashkent", "Samarkand"]),
    ("Kyrgyzstan", &[], &["Kyrgyz"], &["Bishkek"]),
    ("Tajikistan", &[], &["Tajik"], &["Dushanbe"]),
    ("Turkmenistan", &[], &["Turkmen"], &["Ashgabat"]),
    ("Azerbaijan", &[], &["Azerbaijani"], &["Baku"]),
    ("Armenia", &[], &["Armenian"], &["Yerevan"]),
    ("Mongolia", &[], &["Mongolian"], &["Ulaanbaatar"]),
    ("Bangladesh", &[], &["Bangladeshi"], &["Dhaka"]),
    ("Sri Lanka", &[], &["Sri Lankan"], &["Colombo"]),
    ("Nepal", &[], &["Nepali", "Nepalese"], &["Kathmandu"]),
    ("Kuwait", &[], &["Kuwaiti"], &["Kuwait City"]),
    ("Bahrain", &[], &["Bahraini"], &["Manama"]),
    ("Yemen", &[], &["Yemeni"], &["Sanaa"]),
    ("Libya", &[], &["Libyan"], &["Tripoli"]),
    ("Morocco", &[], &["Moroccan"], &["Rabat"]),
    ("Algeria", &[], &["Algerian"], &["Algiers"]),
    ("Tunisia", &[], &["Tunisian"], &["Tunis"]),
    ("Sudan", &[], &["Sudanese"], &["Khartoum"]),
    ("Ghana", &[], &["Ghanaian"], &["Accra"]),
    ("Rwanda", &[], &["Rwandan"], &["Kigali"]),
    ("Chile", &[], &["Chilean"], &["Santiago"]),
    ("Peru", &[], &["Peruvian"], &["Lima"]),
    ("Colombia", &[], &["Colombian"], &["Bogota"]),
    ("Czech Republic", &["Czechia"], &["Czech"], &["Prague"]),
    ("Romania", &[], &["Romanian"], &["Bucharest"]),
    ("Bulgaria", &[], &["Bulgarian"], &["Sofia"]),
    ("Croatia", &[], &["Croatian"], &["Zagreb"]),
    ("Lithuania", &[], &["Lithuanian"], &["Vilnius"]),
    ("Latvia", &[], &["Latvian"], &["Riga"]),
    ("Estonia", &[], &["Estonian"], &["Tallinn"]),
    ("Moldova", &[], &["Moldovan"], &["Chisinau"]),
    ("Cyprus", &[], &["Cypriot"], &["Nicosia"]),
    ("Fiji", &[], &["Fijian"], &["Suva"]),
    ("Kenya", &[], &["Kenyan"], &["Nairobi"]),
    ("Ethiopia", &[], &["Ethiopian"], &["Addis Ababa"]),
];

/// What a phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// The country itself ("Japan", "the U.S.").
    Country(&'static str),
    /// Its demonym ("Japanese").
    Demonym(&'static str),
    /// A city of it, with the city's own name ("Bangkok").
    City(&'static str, &'static str),
}

impl Place {
    /// The country the phrase belongs to.
    pub(crate) fn country(self) -> &'static str {
        match self {
            Place::Country(c) | Place::Demonym(c) | Place::City(_, c) => c,
        }
    }
}

/// The longest phrase in the table, in words.
pub(crate) const MAX_WORDS: usize = 4;

fn table() -> &'static HashMap<String, Place> {
    static T: OnceLock<HashMap<String, Place>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for (name, others, demonyms, cities) in COUNTRIES {
            for c in *cities {
                m.insert(key(c), Place::City(c, name));
            }
            for d in *demonyms {
                m.insert(key(d), Place::Demonym(name));
            }
            m.insert(key(name), Place::Country(name));
            for o in *others {
                m.insert(key(o), Place::Country(name));
            }
        }
        m
    })
}

/// The capital (first city listed) of a country.
pub(crate) fn capital_of(country: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|r| r.0 == country)
        .and_then(|r| r.3.first().copied())
}

/// Normalised lookup key: lower case, words joined by one space, curly apostrophes straightened.
pub(crate) fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.to_lowercase().replace('’', "'"));
    }
    out
}

fn first_words() -> &'static rustc_hash::FxHashSet<String> {
    static F: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    F.get_or_init(|| {
        let mut f: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for w in table().keys().filter_map(|k| k.split(' ').next()) {
            f.insert(w.to_string());
            // The tokenizer splits "Guinea-Bissau" and "Côte d'Ivoire" at the mark: the first
            // token of the place is the leading run of letters.
            if let Some(run) = w.split(|c: char| !c.is_alphanumeric()).next() {
                f.insert(run.to_string());
            }
        }
        f
    })
}

fn last_words() -> &'static rustc_hash::FxHashSet<String> {
    static F: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    F.get_or_init(|| {
        let mut f: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        for w in table().keys().filter_map(|k| k.rsplit(' ').next()) {
            f.insert(w.to_string());
            if let Some(run) = w.rsplit(|c: char| !c.is_alphanumeric()).next() {
                f.insert(run.to_string());
            }
        }
        f
    })
}

/// Whether a token (lower case, as the tokenizer gives it) may end a place of two words or more.
pub(crate) fn may_end(lower: &str) -> bool {
    last_words().contains(lower)
}

/// Whether a token (lower case, as the tokenizer gives it) may start a place: one hash probe
/// that spares the full lookup at most words.
pub(crate) fn may_start(lower: &str) -> bool {
    first_words().contains(lower)
}

/// Calls `f` with `w` in lower case, curly apostrophes straightened; short ASCII words are
/// lowered on the stack.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.is_ascii() {
        if let Some(b) = buf.get_mut(..w.len()) {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(s) = std::str::from_utf8(b) {
                return f(s);
            }
        }
    }
    f(&w.to_lowercase().replace('’', "'"))
}

/// Looks up a phrase (any case); acronyms such as "US" must be written in capitals.
pub(crate) fn lookup(phrase: &str) -> Option<Place> {
    // Most words start no place: a cheap test before building the key.
    let first = phrase.split_whitespace().next().unwrap_or("");
    if !with_lower(first, |k| first_words().contains(k)) {
        return None;
    }
    if phrase.len() <= 3 && phrase.chars().any(char::is_lowercase) && !phrase.contains('.') {
        return None;
    }
    // A short ASCII phrase is keyed on the stack (the same key: ASCII has no curly apostrophe).
    let mut buf = [0u8; 64];
    if phrase.is_ascii() && phrase.len() <= buf.len() {
        let mut n = 0;
        for w in phrase.split_whitespace() {
            let space = n > 0;
            for b in std::iter::once(b' ').filter(|_| space).chain(w.bytes()) {
                if let Some(slot) = buf.get_mut(n) {
                    *slot = b.to_ascii_lowercase();
                }
                n += 1;
            }
        }
        if let Some(k) = buf.get(..n).and_then(|k| std::str::from_utf8(k).ok()) {
            return table().get(k).copied();
        }
    }
    table().get(&key(phrase)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stack_key_agrees_with_key() {
        for (name, others, dem, cities) in COUNTRIES {
            for s in std::iter::once(name)
                .chain(others.iter())
                .chain(dem.iter())
                .chain(cities.iter())
            {
                let odd = format!(" {} ", s.to_uppercase().replace(' ', " \t "));
                assert_eq!(lookup(&odd), table().get(&key(&odd)).copied(), "{s}");
                assert!(lookup(&odd).is_some(), "{s}");
            }
        }
        assert_eq!(lookup(&format!("{} Chile", "x".repeat(70))), None);
        assert_eq!(lookup("Sri   Lanka"), Some(Place::Country("Sri Lanka")));
    }

    #[test]
    fn finds_countries_demonyms_and_cities() {
        assert_eq!(lookup("Japanese"), Some(Place::Demonym("Japan")));
        assert_eq!(
            lookup("San Francisco").map(Place::country),
            Some("United States")
        );
        assert_eq!(lookup("U.S."), Some(Place::Country("United States")));
        assert_eq!(lookup("us"), None);
    }

    #[test]
    fn table_has_no_duplicate_keys() {
        let mut seen = std::collections::HashSet::new();
        for (name, others, dem, cities) in COUNTRIES {
            for s in std::iter::once(name)
                .chain(others.iter())
                .chain(dem.iter())
                .chain(cities.iter())
            {
                assert!(seen.insert(key(s)), "duplicate {s}");
                assert!(s.split_whitespace().count() <= MAX_WORDS);
            }
        }
    }
}
