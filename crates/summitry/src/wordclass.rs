//! Closed-class English words shared by the stages: articles, pronouns,
//! auxiliaries, prepositions, conjunctions, time words. One table per class,
//! lower-case; a stage composes the classes it needs (with [`in_any`]) and
//! keeps only its own role-specific words beside them.

/// Articles: open a noun phrase, never end one.
pub(crate) const ARTICLES: &[&str] = &["the", "a", "an"];

/// Demonstratives: determiners ("this week") or pronouns ("these are");
/// "that" is a [`COMPLEMENTIZERS`] word.
pub(crate) const DEMONSTRATIVES: &[&str] = &["this", "these", "those"];

/// "that": opens a reported or relative clause ("said that", "the deal
/// that"), or points like a demonstrative.
pub(crate) const COMPLEMENTIZERS: &[&str] = &["that"];

/// Possessive determiners: open a noun phrase ("his visit"), never end one.
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Personal pronouns in subject form: a clause's subject, never a name.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Personal pronouns only ever objects ("her", "it", "you" are listed as
/// possessive or subject forms).
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["him", "them", "me", "us"];

/// Subject pronouns contracted with "is"/"has" ("it's", "he’s"), both apostrophes.
pub(crate) const PRONOUN_CONTRACTIONS: &[&str] =
    &["it’s", "it's", "he’s", "he's", "she’s", "she's"];

/// Tensed forms of "be" and "have": the auxiliaries of a clause's verb
/// ("has said", "was asked").
pub(crate) const BE_HAVE_FINITE: &[&str] = &["is", "was", "are", "were", "has", "have", "had"];

/// Forms of "do": tensed auxiliaries ("did not say").
pub(crate) const DO_FORMS: &[&str] = &["do", "does", "did"];

/// Modal verbs: tensed auxiliaries ("would say", "can be heard").
pub(crate) const MODALS: &[&str] = &[
    "can", "could", "will", "would", "should", "may", "might", "must",
];

/// Non-finite forms of "be" and "have" ("has been", "having said").
pub(crate) const NONFINITE_AUXILIARIES: &[&str] = &["be", "been", "being", "having"];

/// Relative pronouns: open a relative clause about the noun before them
/// ("Small, who attended").
pub(crate) const RELATIVE_PRONOUNS: &[&str] = &["who", "whom", "whose", "which"];

/// Interrogative words (also clause openers): "what", "why", "when".
pub(crate) const INTERROGATIVES: &[&str] = &["what", "why", "how", "when", "where"];

/// Coordinating conjunctions: join two clauses or phrases.
pub(crate) const COORDINATORS: &[&str] = &["and", "or", "but", "nor", "yet"];

/// Subordinating conjunctions: open a dependent clause ("because", "while").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "if", "because", "since", "although", "though", "while", "as", "than", "before", "after",
    "until", "unless", "whereas",
];

/// Prepositions that open a noun phrase's complement ("of", "with", "into").
pub(crate) const PREPOSITIONS: &[&str] = &[
    "to", "of", "by", "from", "for", "with", "in", "on", "at", "about", "into", "upon", "without",
];

/// Deictic time adverbs: "now", "today" — a time, never a name or speaker.
pub(crate) const TIME_DEICTICS: &[&str] = &["now", "then", "today", "yesterday", "tonight"];

/// Connectives: open a clause and link it to the one before ("Meanwhile,
/// …", "so the talks …").
pub(crate) const CONNECTIVES: &[&str] = &["so", "meanwhile"];

/// Focus adverbs: stand inside a clause, often between subject and verb
/// ("He also said", "she still hopes").
pub(crate) const FOCUS_ADVERBS: &[&str] = &["also", "still"];

/// Weekday names, lower-case.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether the lower-case word `w` is in one of `classes`.
pub(crate) fn in_any(classes: &[&[&str]], w: &str) -> bool {
    classes.iter().any(|c| c.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: &[&[&str]] = &[
        ARTICLES,
        DEMONSTRATIVES,
        COMPLEMENTIZERS,
        POSSESSIVES,
        SUBJECT_PRONOUNS,
        OBJECT_PRONOUNS,
        PRONOUN_CONTRACTIONS,
        BE_HAVE_FINITE,
        DO_FORMS,
        MODALS,
        NONFINITE_AUXILIARIES,
        RELATIVE_PRONOUNS,
        INTERROGATIVES,
        COORDINATORS,
        SUBORDINATORS,
        PREPOSITIONS,
        TIME_DEICTICS,
        CONNECTIVES,
        FOCUS_ADVERBS,
        WEEKDAYS,
    ];

    #[test]
    fn each_word_is_in_one_class_once_and_lower_case() {
        let mut seen = std::collections::HashSet::new();
        for class in ALL {
            for w in *class {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert!(seen.insert(*w), "{w} listed twice");
            }
        }
    }

    #[test]
    fn in_any_looks_in_the_given_classes_only() {
        assert!(in_any(&[ARTICLES, PREPOSITIONS], "into"));
        assert!(!in_any(&[ARTICLES, PREPOSITIONS], "who"));
        assert!(!in_any(&[], "the"));
    }
}
