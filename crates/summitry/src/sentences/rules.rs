//! Sentence-boundary exceptions for news prose, one group per constant.

/// Titles and name parts: a full stop after them never ends a sentence.
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "prof", "rev", "hon", "pres", "supt", "atty", "messrs", "mt", "ft", "vs", "v",
    "fig", "cf", "approx", "dept", "est", "e.g", "i.e", "etc.,",
];

/// Month abbreviations: a full stop after them ends no sentence when a day follows.
pub(crate) const MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// Abbreviations that may also end a sentence ("… in the U.S. He said"):
/// joined unless a typical sentence opener follows.
pub(crate) const FINAL_ABBREVIATIONS: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "inc", "corp", "co", "ltd", "jr", "sr", "d.c", "n.y",
    "l.a", "calif", "fla", "mass", "wash", "va", "ga", "pa", "ill", "mich", "ariz", "no",
];

/// Words that open a new sentence after a sentence-final abbreviation.
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "In",
    "On",
    "At",
    "As",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "So",
];
