//! Titles the lexicon of offices leaves out: the callings and jobs news
//! writes before a name ("Fox News anchor Megyn Kelly", "the Rev. Al
//! Sharpton", "campaign managers Jeff Weaver and Robby Mook"), and plural
//! abbreviations ("Sens. Mike Crapo and Jim Risch").

/// Lowercase nouns of a job or calling that, right before a name, are that
/// person's role as written ("anchor", "campaign manager" → "manager").
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "anchor",
    "host",
    "correspondent",
    "reporter",
    "journalist",
    "columnist",
    "commentator",
    "editor",
    "publisher",
    "author",
    "writer",
    "novelist",
    "historian",
    "economist",
    "scholar",
    "scientist",
    "researcher",
    "actor",
    "actress",
    "singer",
    "comedian",
    "filmmaker",
    "producer",
    "donor",
    "billionaire",
    "businessman",
    "businesswoman",
    "executive",
    "entrepreneur",
    "investor",
    "financier",
    "tycoon",
    "magnate",
    "strategist",
    "pollster",
    "consultant",
    "lobbyist",
    "activist",
    "organizer",
    "manager",
    "lawyer",
    "attorney",
    "evangelist",
    "preacher",
    "pastor",
    "rabbi",
    "imam",
    "priest",
    "bishop",
    "cardinal",
    "archbishop",
    "chaplain",
    "staffer",
    "coach",
    "wife",
    "husband",
    "widow",
];

/// Capitalised clerical titles before a name: a role, not a courtesy
/// ("the Rev. Al Sharpton", "Pastor David Jeremiah").
pub(crate) const RELIGIOUS_TITLES: &[&str] = &[
    "Rev.",
    "Rev",
    "Reverend",
    "Pastor",
    "Rabbi",
    "Imam",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Father",
];

/// Plural title abbreviations before two names joined by "and", with the
/// singular each name takes ("Sens. Mike Crapo and Jim Risch").
pub(crate) const PLURAL_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Sens.", "Sen."),
    ("Reps.", "Rep."),
    ("Govs.", "Gov."),
    ("Gens.", "Gen."),
    ("Adms.", "Adm."),
    ("Drs.", "Dr."),
];

/// Whether `w` is a clerical title ("Rev.", "Pastor"), singular or plural.
pub(crate) fn is_religious_title(w: &str) -> bool {
    RELIGIOUS_TITLES.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|s| RELIGIOUS_TITLES.contains(&s))
}

/// The singular of a lowercase job noun ("managers" → "manager"), when `w`
/// is one.
pub(crate) fn person_noun(w: &str) -> Option<&'static str> {
    let find = |s: &str| PERSON_NOUNS.iter().copied().find(|n| *n == s);
    find(w).or_else(|| w.strip_suffix('s').and_then(find))
}

/// The singular title a plural title before names gives each of them:
/// a plural abbreviation, clerical title or job noun ("Sens." → "Sen.",
/// "Pastors" → "Pastor", "managers" → "manager").
pub(crate) fn plural_title(w: &str) -> Option<&'static str> {
    if let Some(&(_, s)) = PLURAL_ABBREVIATIONS.iter().find(|(p, _)| *p == w) {
        return Some(s);
    }
    let s = w.strip_suffix('s')?;
    RELIGIOUS_TITLES
        .iter()
        .copied()
        .find(|t| *t == s)
        .or_else(|| PERSON_NOUNS.iter().copied().find(|n| *n == s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_nouns() {
        assert_eq!(plural_title("Sens."), Some("Sen."));
        assert_eq!(plural_title("Pastors"), Some("Pastor"));
        assert_eq!(plural_title("managers"), Some("manager"));
        assert_eq!(plural_title("Senators"), None);
        assert_eq!(person_noun("anchor"), Some("anchor"));
        assert_eq!(person_noun("Anchor"), None);
        assert!(is_religious_title("Rev."));
        assert!(!is_religious_title("Mr."));
    }
}
