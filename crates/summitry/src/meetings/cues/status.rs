//! Status cues of the meetings stage: the words that tell a meeting was called off, proposed
//! or planned, and the predicates after the meeting noun that settle it.

/// Cancelled: the encounter was called off or did not take place though due.
#[rustfmt::skip]
pub(crate) const CANCELLED: &[&str] = &[
    "canceled", "cancelled", "cancel", "cancels", "cancelling", "canceling", "cancellation",
    "called off", "call off", "calls off", "postponed", "postpone", "postpones", "scrapped",
    "scrap", "shelved", "shelve", "scuttled", "scuttle", "axed", "had been due to",
    "had been scheduled", "had been expected to", "was supposed to", "were supposed to",
    "pulled out of", "would have", "was to have", "were to have", "collapsed", "derailed",
    "no longer", "not to meet", "won't meet", "will not meet", "would not meet", "abandoned",
    "put on hold", "cut short", "snubbed", "refused to meet", "declined to meet",
    "not to go ahead with", "not go ahead with",
];

/// Proposed: proposed, hoped for, speculated on; not agreed.
#[rustfmt::skip]
pub(crate) const PROPOSED: &[&str] = &[
    "proposed", "propose", "proposes", "proposal", "called for", "calls for", "call for", "hoped",
    "hopes", "hope", "hoping", "whether", "might", "may", "could", "would like", "invited",
    "invite", "invites", "invitation", "offered", "offer", "suggested", "suggests", "ready to",
    "willing to", "open to", "no plans to", "possible", "possibility", "potential", "if it happens",
    "seeking", "seeks", "sought", "wants to", "want to", "urged", "push for", "requested",
    "prepared to", "desire to meet", "desire to hold", "ready for", "no plans to",
    "open to meeting", "offered to", "would welcome", "turned down", "declined", "waiting to",
    "wishes to", "hopeful", "wanting",
];

/// Planned: scheduled, expected, due, being arranged.
#[rustfmt::skip]
pub(crate) const PLANNED: &[&str] = &[
    "will", "'ll", "expected to", "expects to", "is due to", "are due to", "due to hold",
    "due to meet", "set to", "set for", "scheduled", "plans to", "planned", "planning", "plan to",
    "arranged", "arranging", "arrange", "being arranged", "upcoming", "next week", "next month",
    "is to", "are to", "was to", "were to", "agreed to meet", "agreed to hold", "agreed to revive",
    "to be held", "later on", "later this", "later today", "would be held", "shall", "going to",
    "would", "preparing", "preparations for", "is meeting", "are meeting", "is scheduled",
    "to travel", "aims to", "intends to", "coming days", "coming weeks", "next few days",
];

/// Cues that count after the trigger too ("the meeting was canceled", "talks were being
/// arranged", "whether a summit will be realized"): passive and predicate forms only.
#[rustfmt::skip]
pub(crate) const AFTER_CUES: &[&str] = &[
    "canceled", "cancelled", "called off", "postponed", "scrapped", "shelved", "scuttled",
    "collapsed", "derailed", "put on hold", "axed", "abandoned", "being arranged", "arranged",
    "scheduled", "planned", "set for", "expected", "to be held", "would be held", "will be held",
    "realized", "proposed", "will take place", "is set", "are set", "coming days", "coming weeks",
    "next week", "next month", "would",
];

/// Predicates after a meeting noun that tell it happened ("a meeting …, which took place at
/// Trump Tower"): they outweigh a request or plan told before the noun.
#[rustfmt::skip]
pub(crate) const HELD_AFTER: &[&str] = &[
    "took place", "was held", "were held", "went ahead", "had taken place",
];

/// How many tokens after a meeting noun such a predicate may stand.
pub(crate) const HELD_AFTER_REACH: usize = 12;

/// Auxiliaries that open the predicate of a meeting noun ("The summit scheduled for May 24 in
/// Sydney has been cancelled").
pub(crate) const PREDICATE_AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "be", "being",
];

/// Cancellations told by the predicate of a meeting noun: they outrank a participle such as
/// "scheduled" or "planned" that only modifies the noun.
pub(crate) const CANCELLED_PREDICATES: &[&str] = &[
    "canceled",
    "cancelled",
    "called off",
    "postponed",
    "scrapped",
    "shelved",
    "scuttled",
    "axed",
    "abandoned",
    "put on hold",
    "put off",
    "delayed",
];

/// How many tokens after a meeting noun its cancelling predicate may stand ("scheduled for
/// May 24 in Sydney has been cancelled").
pub(crate) const PREDICATE_REACH: usize = 14;

/// Auxiliaries that deny a meeting told right after them ("did not hold a bilateral meeting",
/// "has yet to meet"): no meeting took place, so only a plan on record can be called off.
#[rustfmt::skip]
pub(crate) const DENIALS: &[&str] = &[
    "did not", "didn't", "does not", "doesn't", "do not", "don't", "has not", "hasn't",
    "have not", "haven't", "had not", "hadn't", "never", "yet to", "not yet",
];

/// Words that may stand between a denial and its trigger ("did not hold a formal bilateral").
#[rustfmt::skip]
pub(crate) const DENIAL_GAP: &[&str] = &[
    "hold", "have", "get", "a", "an", "any", "the", "formal", "official", "separate", "bilateral",
    "actually", "even", "personally", "directly", "yet", "to", "sit", "down",
];

/// How many tokens a denial may stand before its trigger.
pub(crate) const DENIAL_REACH: usize = 5;

/// Relative words that hang a plan on the trigger before ("canceled a trip to Israel, where he
/// was to meet Netanyahu"): the plan shares that trigger's cancellation.
pub(crate) const PLAN_RELATIVES: &[&str] = &["where", "which", "during", "when"];

/// Words of a guest turning an invitation down ("invited Starmer to meet him, but Starmer
/// declined"): the meeting it asked for is not to come.
pub(crate) const DECLINED: &[&str] = &[
    "declined",
    "declines",
    "rejected",
    "rejects",
    "refused",
    "refuses",
    "turned down",
    "turned it down",
    "snubbed",
];
