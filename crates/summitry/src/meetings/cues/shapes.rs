//! Short shapes of a meeting that the trigger table alone does not tell: "paying the Russian
//! leader a visit", "turned down talks with".

/// Forms of "pay" that, with a party and "a visit", make that party the host ("paying the
/// Russian leader a visit in Moscow").
#[rustfmt::skip]
pub(crate) const PAY_VERBS: &[&str] = &["pay", "pays", "paid", "paying"];

/// Most tokens of the host between "pay" and "a visit" ("the Russian leader").
pub(crate) const PAY_HOST_REACH: usize = 6;

/// Words of a trigger that name an event beside the talks (a signing, a ceremony): called off
/// after the talks were held, it is a meeting of its own, not the talks.
pub(crate) const SIDE_EVENTS: &[&str] = &["signing", "ceremony"];

/// Most tokens between the person after "since" and the date of that earlier meeting ("since
/// Malcolm Turnbull in 2016").
pub(crate) const SINCE_DATE_REACH: usize = 2;

/// Last words of a gathering an invitation asks a guest to ("invited him to a U.S.-Pacific
/// island summit in Washington in September"): with a date of its own, it is planned already.
pub(crate) const INVITE_GATHERINGS: &[&str] = &["summit", "meeting", "conference", "talks"];

/// Object pronouns that stand for a party named before ("invited him", "welcomed her").
pub(crate) const OBJECT_PRONOUNS: &[&str] = &["him", "her"];

/// Verbs whose pronoun object is named, not met ("called him a liar").
pub(crate) const NAMING_VERBS: &[&str] = &["called", "call", "calls"];
