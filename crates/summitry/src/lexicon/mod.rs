//! Shared gazetteer: countries (names, demonyms, capitals and major cities),
//! titles of office, honorifics, international organisations and forums.
//!
//! Tables live in the submodules, one group per constant with its reason;
//! the lookups here are built once ([`LazyLock`]) and are case-aware:
//! acronyms ("US", "UN") match only as written, other names also in any case.

// Shared API: some lookups serve only the meetings stage or later stages.
#![allow(dead_code)]

mod countries;
mod orgs;
mod roles;

use std::sync::LazyLock;

/// A `HashMap` with the crate's one fast hash (rustc-hash's `FxHasher`,
/// also used by the meetings and text stages): the tables are keyed by
/// short words, for which the default SipHash costs more than the rest of
/// a lookup.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// A `HashSet` with the crate's one fast hash (see [`FastMap`]).
pub(crate) type FastSet<K> = rustc_hash::FxHashSet<K>;

/// What a place word in the text names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    /// The country's own name ("Japan", "the U.S.").
    Country,
    /// A demonym or adjective ("Japanese").
    Demonym,
    /// A capital or major city ("Tokyo").
    City,
}

/// A place found in a text: byte span, country, and how it was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PlaceHit {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Canonical country name.
    pub country: &'static str,
    /// Name, demonym or city.
    pub kind: PlaceKind,
}

/// A title of office found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleHit {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Canonical title ("Foreign Minister").
    pub role: &'static str,
}

static US_STATE_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    countries::US_STATES
        .iter()
        .filter_map(|s| s.split(' ').next_back())
        .collect()
});

/// Whether `w` is a US state's name or its last word ("Ohio", "Carolina").
pub(crate) fn is_us_state_word(w: &str) -> bool {
    US_STATE_WORDS.contains(w)
}

/// Runs `f` on the lowercase form of `w`, without allocating for short
/// ASCII words (the lookups run once per capitalised word of every page).
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.chars().any(char::is_uppercase) {
        return f(w);
    }
    let mut buf = [0u8; 48];
    if w.is_ascii() && w.len() <= buf.len() {
        if let Some(b) = buf.get_mut(..w.len()) {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(s) = std::str::from_utf8(b) {
                return f(s);
            }
        }
    }
    f(&w.to_lowercase())
}

/// A single word with only its first letter capitalised ("Tokyo"): the
/// tables hold every such form as written, so no lowercase retry is needed.
fn is_title_case_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| !c.is_uppercase() && !c.is_whitespace())
}

/// Whether `s` is an acronym that must match as written ("US", not "us").
fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() <= 4
        && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
}

struct Table {
    exact: FastMap<&'static str, &'static str>,
    lower: FastMap<String, &'static str>,
}

impl Table {
    fn new() -> Self {
        Table {
            exact: FastMap::default(),
            lower: FastMap::default(),
        }
    }
    fn add(&mut self, form: &'static str, value: &'static str) {
        self.exact.entry(form).or_insert(value);
        if !is_acronym(form) {
            self.lower.entry(form.to_lowercase()).or_insert(value);
        }
    }
    fn get(&self, s: &str) -> Option<&'static str> {
        let s = s.trim();
        let s = s.strip_prefix("the ").unwrap_or(s);
        if let Some(v) = self.exact.get(s) {
            return Some(v);
        }
        if is_acronym(s) || is_title_case_word(s) {
            return None; // stored as written: a miss in any case
        }
        with_lower(s, |l| self.lower.get(l).copied())
    }
}

fn countries() -> impl Iterator<Item = &'static countries::CountryRow> {
    countries::ALL.iter().flat_map(|t| t.iter())
}

static NAMES: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table::new();
    for (name, aliases, _, _) in countries() {
        t.add(name, name);
        for a in *aliases {
            t.add(a, name);
            if let Some(b) = a.strip_prefix("the ") {
                t.add(b, name);
            }
        }
    }
    t
});

static DEMONYMS: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table::new();
    for (name, _, demonyms, _) in countries() {
        for d in *demonyms {
            t.add(d, name);
        }
    }
    t
});

static CITIES: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table::new();
    for (name, _, _, cities) in countries() {
        for c in *cities {
            t.add(c, name);
        }
    }
    t
});

static ROLES: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (canon, forms) in roles::ALL.iter().flat_map(|t| t.iter()) {
        m.entry(*canon).or_insert(*canon);
        for f in *forms {
            m.entry(*f).or_insert(*canon);
        }
    }
    m
});

static TITLE_WORDS: LazyLock<FastMap<String, ()>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (_, forms) in roles::ALL.iter().flat_map(|t| t.iter()) {
        for f in *forms {
            for w in f.split([' ', '-']) {
                if !matches!(w, "of" | "the" | "for" | "state" | "house") && w.len() > 1 {
                    let w = w.trim_end_matches('.');
                    m.insert(w.to_string(), ());
                    let mut cap: String = w.chars().take(1).flat_map(char::to_uppercase).collect();
                    cap.push_str(w.get(1..).unwrap_or(""));
                    m.insert(cap, ());
                }
            }
        }
    }
    m
});

static HONORIFIC_STEMS: LazyLock<FastMap<&'static str, ()>> = LazyLock::new(|| {
    roles::HONORIFICS
        .iter()
        .map(|h| (h.trim_end_matches('.'), ()))
        .collect()
});

static ORGS: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table::new();
    for (canon, aliases) in orgs::FORUMS.iter().chain(orgs::ORGANISATIONS.iter()) {
        t.add(canon, canon);
        for a in *aliases {
            t.add(a, canon);
        }
    }
    t
});

static FORUM_SET: LazyLock<FastMap<&'static str, ()>> =
    LazyLock::new(|| orgs::FORUMS.iter().map(|(c, _)| (*c, ())).collect());

/// Patterns keyed by their first word, longest first: a scan looks up
/// each word of the text once (hashing is cheaper than running an
/// automaton over every byte).
type FirstWordIndex<V> = FastMap<String, Vec<(&'static str, V)>>;

/// The first word of a pattern: its leading run of letters and digits.
/// ASCII bytes are classified without decoding.
fn first_word(p: &str) -> &str {
    let bytes = p.as_bytes();
    let mut end = 0;
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii() {
            if !(b.is_ascii_alphanumeric() || b == b'_') {
                break;
            }
            end += 1;
        } else {
            match p.get(end..).and_then(|r| r.chars().next()) {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                _ => break,
            }
        }
    }
    p.get(..end).unwrap_or(p)
}

fn index<V: Copy>(pats: impl Iterator<Item = (&'static str, V)>, lower: bool) -> FirstWordIndex<V> {
    let mut m: FirstWordIndex<V> = FastMap::default();
    for (p, v) in pats {
        let key = if lower {
            first_word(p).to_lowercase()
        } else {
            first_word(p).to_string()
        };
        m.entry(key).or_default().push((p, v));
    }
    for list in m.values_mut() {
        list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    }
    m
}

/// Place forms for scanning text: `(pattern, (country, kind))`, case-sensitive.
static PLACE_INDEX: LazyLock<FirstWordIndex<(&'static str, PlaceKind)>> = LazyLock::new(|| {
    let mut pats: Vec<(&'static str, (&'static str, PlaceKind))> = Vec::new();
    for (name, aliases, demonyms, cities) in countries() {
        pats.push((name, (name, PlaceKind::Country)));
        pats.extend(aliases.iter().map(|a| (*a, (*name, PlaceKind::Country))));
        pats.extend(demonyms.iter().map(|d| (*d, (*name, PlaceKind::Demonym))));
        pats.extend(cities.iter().map(|c| (*c, (*name, PlaceKind::City))));
    }
    index(pats.into_iter(), false)
});

/// Role forms for scanning text, case-insensitive.
static ROLE_INDEX: LazyLock<FirstWordIndex<&'static str>> = LazyLock::new(|| {
    let pats = roles::ALL
        .iter()
        .flat_map(|t| t.iter())
        .flat_map(|(canon, forms)| forms.iter().map(move |f| (*f, *canon)));
    index(pats, true)
});

/// Which `(first byte, length)` pairs start some pattern: most words of
/// a text are skipped without hashing. Case-sensitive; a case-insensitive
/// table registers both cases of its keys' first letters.
struct Prefilter([u32; 63]);

impl Prefilter {
    fn slot(word: &str) -> Option<(usize, u32)> {
        let b = *word.as_bytes().first()?;
        let slot = match b {
            b'A'..=b'Z' => usize::from(b - b'A'),
            b'a'..=b'z' => 26 + usize::from(b - b'a'),
            b'0'..=b'9' => 52 + usize::from(b - b'0'),
            _ => 62,
        };
        Some((slot, 1u32 << word.len().min(31)))
    }
    fn new<'k>(keys: impl Iterator<Item = &'k String>, both_cases: bool) -> Self {
        let mut f = Prefilter([0; 63]);
        let mut add = |k: &str| {
            if let Some((s, bit)) = Self::slot(k) {
                if let Some(v) = f.0.get_mut(s) {
                    *v |= bit;
                }
            }
        };
        for k in keys {
            add(k);
            if both_cases {
                let mut cap: String = k.chars().take(1).flat_map(char::to_uppercase).collect();
                cap.push_str(k.get(1..).unwrap_or(""));
                add(&cap);
            }
        }
        f
    }
    fn may_match(&self, word: &str) -> bool {
        Self::slot(word).is_some_and(|(s, bit)| self.0.get(s).is_some_and(|v| v & bit != 0))
    }
}

static PLACE_FILTER: LazyLock<Prefilter> =
    LazyLock::new(|| Prefilter::new(PLACE_INDEX.keys(), false));
static ROLE_FILTER: LazyLock<Prefilter> = LazyLock::new(|| Prefilter::new(ROLE_INDEX.keys(), true));

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `text[start..end]` stands on word boundaries.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// The canonical country for a name or alias ("U.S." → "United States").
pub(crate) fn country_by_name(name: &str) -> Option<&'static str> {
    NAMES.get(name)
}

/// The country of a demonym ("Chinese" → "China").
pub(crate) fn country_of_demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word)
}

/// The country of a capital or major city ("Beijing" → "China").
pub(crate) fn country_of_city(city: &str) -> Option<&'static str> {
    CITIES.get(city)
}

/// The country named by a country name, a demonym or a city, in that order.
pub(crate) fn country_of(word: &str) -> Option<&'static str> {
    country_by_name(word)
        .or_else(|| country_of_demonym(word))
        .or_else(|| country_of_city(word))
}

/// Whether `word` belongs to a title of office ("President", "minister", "Foreign").
pub(crate) fn is_title_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    TITLE_WORDS.contains_key(w)
        || (!is_title_case_word(w) && with_lower(w, |l| TITLE_WORDS.contains_key(l)))
}

/// The canonical title for a title phrase ("foreign affairs minister" →
/// "Foreign Minister"); a leading modifier ("former", "top") is dropped
/// unless the phrase is known with it.
pub(crate) fn canonical_role(phrase: &str) -> Option<&'static str> {
    let p = phrase.trim().to_lowercase();
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(r) = ROLES.get(p.as_str()) {
        return Some(r);
    }
    let mut rest = p.as_str();
    while let Some((head, tail)) = rest.split_once(' ') {
        if !roles::TITLE_MODIFIERS.contains(&head) {
            break;
        }
        if let Some(r) = ROLES.get(tail) {
            return Some(r);
        }
        rest = tail;
    }
    None
}

/// Whether `word` is a courtesy title ("Mr.", "Dr", "Sheikh").
pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFIC_STEMS.contains_key(word.trim_end_matches('.'))
}

/// Whether `word` qualifies a title without being an office ("former", "acting").
pub(crate) fn is_title_modifier(word: &str) -> bool {
    with_lower(word, |w| roles::TITLE_MODIFIERS.contains(&w))
}

/// The canonical name of an international organisation or forum ("APEC").
pub(crate) fn organisation(name: &str) -> Option<&'static str> {
    ORGS.get(name)
}

/// Whether `name` is a summit or forum (leaders meet on its sidelines).
pub(crate) fn is_forum(name: &str) -> bool {
    organisation(name).is_some_and(|c| FORUM_SET.contains_key(c))
}

/// Every country name, demonym and city in `text`, in order, on word
/// boundaries and as capitalised (case-sensitive), longest form first.
pub(crate) fn find_places(text: &str) -> Vec<PlaceHit> {
    find_places_and_roles(text).0
}

/// Every title of office in `text` (any case), in order, longest form first.
pub(crate) fn find_roles(text: &str) -> Vec<RoleHit> {
    find_places_and_roles(text).1
}

/// [`find_places`] and [`find_roles`] in one pass over the words.
/// The words come from the one tokenizer of the crate
/// ([`crate::people::tokens`]).
pub(crate) fn find_places_and_roles(text: &str) -> (Vec<PlaceHit>, Vec<RoleHit>) {
    let toks = crate::people::tokens::tokenize(text);
    places_and_roles_at(text, crate::people::tokens::word_starts(text, &toks))
}

/// Places and titles starting at the given word starts (in order): for a
/// caller that already knows where the words are.
pub(crate) fn places_and_roles_at(
    text: &str,
    starts: impl IntoIterator<Item = usize>,
) -> (Vec<PlaceHit>, Vec<RoleHit>) {
    let mut places = Vec::new();
    let mut roles = Vec::new();
    let (pf, rf) = (&*PLACE_FILTER, &*ROLE_FILTER);
    let mut resume = 0;
    for start in starts {
        if start < resume {
            continue;
        }
        let Some(rest) = text.get(start..) else {
            continue;
        };
        let word = first_word(rest);
        if pf.may_match(word) {
            if let Some((p, (country, kind))) = PLACE_INDEX.get(word).and_then(|list| {
                list.iter().find(|(p, _)| {
                    rest.starts_with(p) && on_word_boundaries(text, start, start + p.len())
                })
            }) {
                places.push(PlaceHit {
                    start,
                    end: start + p.len(),
                    country,
                    kind: *kind,
                });
                resume = start + p.len();
                continue;
            }
        }
        if !rf.may_match(word) {
            continue;
        }
        let Some(list) = with_lower(word, |w| ROLE_INDEX.get(w)) else {
            continue;
        };
        if let Some((p, role)) = list.iter().find(|(p, _)| {
            rest.get(..p.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(p))
                && on_word_boundaries(text, start, start + p.len())
        }) {
            roles.push(RoleHit {
                start,
                end: start + p.len(),
                role,
            });
            resume = start + p.len();
        }
    }
    (places, roles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_any_name() {
        assert_eq!(country_of_demonym("Chinese"), Some("China"));
        assert_eq!(country_of_demonym("South Korean"), Some("South Korea"));
        assert_eq!(country_by_name("U.S."), Some("United States"));
        assert_eq!(country_by_name("the Philippines"), Some("Philippines"));
        assert_eq!(country_by_name("us"), None);
        assert_eq!(country_of_city("Beijing"), Some("China"));
        assert_eq!(country_of_city("tokyo"), Some("Japan"));
        assert_eq!(country_of("Japanese"), Some("Japan"));
        assert_eq!(country_of("Nowhere"), None);
    }

    #[test]
    fn titles() {
        assert!(is_title_word("President"));
        assert!(is_title_word("minister"));
        assert!(!is_title_word("Kishida"));
        assert_eq!(canonical_role("Prime Minister"), Some("Prime Minister"));
        assert_eq!(
            canonical_role("minister of foreign affairs"),
            Some("Foreign Minister")
        );
        assert_eq!(canonical_role("former President"), Some("President"));
        assert_eq!(canonical_role("premier"), Some("Premier"));
        assert_eq!(canonical_role("banana"), None);
        assert!(is_honorific("Mr."));
        assert!(is_honorific("Mr"));
        assert!(!is_honorific("Xi"));
        assert_eq!(with_lower("ÉTAT", str::to_string), "état");
        assert_eq!(with_lower("Tokyo", str::to_string), "tokyo");
    }

    #[test]
    fn organisations() {
        assert_eq!(
            organisation("APEC"),
            Some("Asia-Pacific Economic Cooperation")
        );
        assert!(is_forum("G20"));
        assert!(!is_forum("NATO"));
        assert_eq!(organisation("un"), None);
    }

    #[test]
    fn scans() {
        let t = "Chinese President Xi met Japan's Prime Minister in Bangkok; US-China ties.";
        let p: Vec<(&str, PlaceKind)> =
            find_places(t).iter().map(|h| (h.country, h.kind)).collect();
        assert_eq!(
            p,
            vec![
                ("China", PlaceKind::Demonym),
                ("Japan", PlaceKind::Country),
                ("Thailand", PlaceKind::City),
                ("United States", PlaceKind::Country),
                ("China", PlaceKind::Country),
            ]
        );
        let r: Vec<&str> = find_roles(t).iter().map(|h| h.role).collect();
        assert_eq!(r, vec!["President", "Prime Minister"]);
        assert!(find_roles("presidential").is_empty());
    }
}
