//! The quote stage's speaker tables: how far a pronoun looks back, what a speaker phrase may start and end on, and the
//! words around a speaker phrase (introductions, time phrases, abbreviations).
//! Closed-class words come from [`crate::wordclass`]; only the words of a
//! speaker phrase's own roles are listed here.

use crate::wordclass::{
    in_any, ARTICLES, BE_HAVE_FINITE, COMPLEMENTIZERS, CONNECTIVES, COORDINATORS, DO_FORMS,
    FOCUS_ADVERBS, INTERROGATIVES, MODALS, NONFINITE_AUXILIARIES, OBJECT_PRONOUNS, POSSESSIVES,
    PREPOSITIONS, PRONOUN_CONTRACTIONS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
    TIME_DEICTICS,
};

/// How many of a person's mentions are checked for a gendered word before
/// them (the first few suffice; keeps the check short on long pages).
pub(crate) const GENDER_MENTIONS: usize = 6;

/// How many person mentions back a "he"/"she" looks for one that fits it
/// when the nearer candidates do not.
pub(crate) const PRONOUN_LOOKBACK: usize = 12;

/// Adverbs that neither open nor close a speaker phrase: the expletive
/// subject and the negation ("there was", "not").
pub(crate) const EXPLETIVE_AND_NEGATION: &[&str] = &["there", "not"];

/// Adverbs that may open a speaker phrase ("very few voters", "here the
/// mayor") but never close one.
pub(crate) const DEGREE_AND_PLACE: &[&str] = &["very", "here"];

/// Prepositions that may open a speaker phrase: before a number or an
/// amount ("about half of voters"); "at" is judged on its own ("at least").
pub(crate) const AMOUNT_PREPS: &[&str] = &["at", "about"];

/// Verbs, focus words and "over" (a preposition here, "over the weekend";
/// a noun at a phrase's end, "a voice over") a speaker phrase never starts
/// on ("telling reporters", "went on to", "including the mayor").
pub(crate) const VERB_STARTS: &[&str] =
    &["said", "says", "went", "including", "particularly", "over"];

/// The conjunction that may open a speaker phrase ("as one official put
/// it"); other subordinators open a clause, never a speaker.
pub(crate) const MANNER_CONJUNCTION: &str = "as";

/// Modals also read as nouns ("May", the month; "might"): they do not make
/// a speaker phrase a clause.
pub(crate) const NOUN_MODALS: &[&str] = &["may", "might"];

/// The relative pronoun that stands for the person named before it
/// ("Small, who attended the rally, said"): a speaker on its own.
pub(crate) const PERSON_RELATIVE: &str = "who";

/// Whether a speaker phrase of more than one word never ends on the
/// lower-case `w`: a speaker is a person, an office, an organisation or a
/// group, so it ends on a noun ("he was the only pollster to", "a South
/// Carolina native who").
pub(crate) fn is_not_phrase_end(w: &str) -> bool {
    in_any(
        &[
            ARTICLES,
            COMPLEMENTIZERS,
            POSSESSIVES,
            SUBJECT_PRONOUNS,
            OBJECT_PRONOUNS,
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
            EXPLETIVE_AND_NEGATION,
            DEGREE_AND_PLACE,
        ],
        w,
    )
}

/// Whether a speaker phrase never starts on the lower-case `w`:
/// prepositions, verbs, pronouns and clause words ("telling reporters", "on
/// Twitter before", "went on to").
pub(crate) fn is_not_phrase_start(w: &str) -> bool {
    in_any(
        &[
            SUBJECT_PRONOUNS,
            PRONOUN_CONTRACTIONS,
            BE_HAVE_FINITE,
            DO_FORMS,
            MODALS,
            NONFINITE_AUXILIARIES,
            INTERROGATIVES,
            TIME_DEICTICS,
            CONNECTIVES,
            FOCUS_ADVERBS,
            EXPLETIVE_AND_NEGATION,
            VERB_STARTS,
        ],
        w,
    ) || (PREPOSITIONS.contains(&w) && !AMOUNT_PREPS.contains(&w))
        || (SUBORDINATORS.contains(&w) && w != MANNER_CONJUNCTION)
}

/// Whether the lower-case `w` alone is no speaker: a function word or time
/// word left by a wrong parse ("to", "the", "now", "today").
pub(crate) fn is_not_speaker_word(w: &str) -> bool {
    in_any(
        &[
            ARTICLES,
            COMPLEMENTIZERS,
            BE_HAVE_FINITE,
            NONFINITE_AUXILIARIES,
            INTERROGATIVES,
            PREPOSITIONS,
            TIME_DEICTICS,
            CONNECTIVES,
            FOCUS_ADVERBS,
            EXPLETIVE_AND_NEGATION,
            DEGREE_AND_PLACE,
        ],
        w,
    ) || (RELATIVE_PRONOUNS.contains(&w) && w != PERSON_RELATIVE)
}

/// Whether the lower-case `w`, inside a speaker phrase (after its first
/// word), makes it a clause, not a noun phrase ("a reporter can be heard").
pub(crate) fn is_clause_auxiliary(w: &str) -> bool {
    in_any(&[BE_HAVE_FINITE, DO_FORMS, MODALS], w) && !NOUN_MODALS.contains(&w)
}

/// Whether the lower-case `w` is a sentence adverb or conjunction that may
/// open a speaker phrase and is not part of it ("Now Bloomberg", "Yet the
/// group").
pub(crate) fn is_leading_adverb(w: &str) -> bool {
    in_any(
        &[TIME_DEICTICS, COORDINATORS, CONNECTIVES, FOCUS_ADVERBS],
        w,
    )
}

/// The infinitive marker before a cue verb: its clause's subject speaks
/// ("went on to say").
pub(crate) const INFINITIVE_MARKER: &str = "to";

/// The suffix of an adverb that may split an infinitive ("to correctly
/// predict"); only lower-case words count, so "to Italy said" is no infinitive.
pub(crate) const ADVERB_SUFFIX: &str = "ly";

/// Longest noun phrase kept from a speaker phrase that runs on into its verb
/// ("The U.S. media has always" → "The U.S. media"), in words.
pub(crate) const MAX_HEAD_WORDS: usize = 5;

/// Most words of a name before a colon that introduces a quote ("Mark
/// Blumenthal and Jon Cohen: “…”").
pub(crate) const MAX_COLON_NAME_WORDS: usize = 6;

/// Prepositions of a time or place phrase between a speaker and the verb.
pub(crate) const ADVERBIAL_PREPS: &[&str] =
    &["on", "in", "at", "during", "last", "this", "earlier"];

/// Words that open an introductory phrase before the subject ("In a
/// statement, …", "After the vote, …").
pub(crate) const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "when",
    "while",
    "as",
    "despite",
    "for",
    "from",
    "with",
    "since",
    "though",
    "although",
    "earlier",
    "later",
    "meanwhile",
    "still",
    "but",
    "and",
    "yet",
    "asked",
    "speaking",
    "instead",
    "now",
    "then",
    "today",
    "yesterday",
];

/// Abbreviations that end in a full stop inside a name or title.
pub(crate) const NAME_ABBREVIATIONS: &[&str] = &[
    "Sen", "Rep", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Prof", "Rev", "St",
    "Jr", "Sr", "Capt", "Cmdr", "Adm", "Maj", "Pres", "Sec", "Atty", "Supt", "Hon",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_auxiliaries_never_start_a_phrase() {
        for w in ["is", "had", "did", "can", "must"] {
            assert!(is_clause_auxiliary(w), "{w}");
            assert!(is_not_phrase_start(w), "{w}");
        }
        // "May" the month and "might" the noun leave a phrase a noun phrase
        assert!(!is_clause_auxiliary("may") && !is_clause_auxiliary("might"));
    }

    #[test]
    fn amounts_may_open_a_phrase_but_other_prepositions_not() {
        for w in ["about", "at"] {
            assert!(!is_not_phrase_start(w), "{w}");
            assert!(is_not_phrase_end(w), "{w}");
        }
        // "over the weekend" opens none, "a voice over" may end one
        assert!(is_not_phrase_start("over") && !is_not_phrase_end("over"));
        for w in ["to", "into", "without"] {
            assert!(is_not_phrase_start(w), "{w}");
        }
    }

    #[test]
    fn who_alone_is_a_speaker_other_relatives_not() {
        assert!(!is_not_speaker_word("who"));
        assert!(is_not_speaker_word("which") && is_not_speaker_word("whom"));
        assert!(is_not_speaker_word("today") && is_not_speaker_word("the"));
        // nouns and pronouns that stand for a speaker
        for w in ["officials", "he", "it", "may"] {
            assert!(!is_not_speaker_word(w), "{w}");
        }
    }

    #[test]
    fn degree_words_open_a_phrase_but_do_not_end_it() {
        assert!(!is_not_phrase_start("very") && is_not_phrase_end("very"));
        assert!(is_not_phrase_start("there") && is_not_phrase_end("there"));
        assert!(is_leading_adverb("meanwhile") && !is_leading_adverb("officials"));
    }
}
