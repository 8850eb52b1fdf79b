//! Tables for who takes part and when mentions make separate records (the recall side of the
//! meetings stage; the attribute cues are in [`super::cues`]).

/// How many tokens after a trigger a date may stand to date that mention itself
/// ("held talks on Thursday"), so that another day of the same pair is another meeting.
pub(crate) const OTHER_DAY_REACH: usize = 6;

/// Verdicts told after the meeting noun that deny it ("an additional meeting between the two
/// is not necessary"); [`super::cues::NEGATIONS`] holds those told before it.
pub(crate) const NEGATIONS_AFTER: &[&str] = &["not necessary"];

/// How many tokens after the meeting noun such a verdict may stand (within its clause).
pub(crate) const NEGATION_AFTER_REACH: usize = 12;

/// Common female given names: "she" does not stand for a person with a male name, nor "he"
/// for one with a female name (a name in neither list fits both). Sorted, for binary search.
#[rustfmt::skip]
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "alice", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "carly", "caroline",
    "catherine", "cheryl", "christina", "christine", "claire", "cynthia", "debbie", "deborah",
    "diane", "dianne", "elaine", "elena", "elisabeth", "elizabeth", "ellen", "elsa", "emily",
    "emma", "eva", "giorgia", "gwen", "hannah", "heather", "helen", "ingrid", "isabel", "jane",
    "janet", "jennifer", "jessica", "jill", "joan", "joni", "julia", "julie", "kaja", "karen",
    "karine", "kate", "katherine", "kathleen", "kathy", "kirsten", "kristi", "laura", "lauren",
    "linda", "lisa", "liz", "loretta", "lucia", "madeleine", "maria", "marie", "marine",
    "marsha", "martha", "mary", "mia", "michele", "michelle", "monika", "nancy", "natalie",
    "nikki", "nina", "olena", "olga", "patricia", "patty", "paula", "penny", "rachel",
    "rebecca", "rosa", "ruth", "samantha", "sandra", "sandy", "sanna", "sara", "sarah",
    "sharon", "sheila", "shirley", "sonia", "sophie", "stephanie", "susan", "susana", "suzanne",
    "tammy", "tatiana", "theresa", "ursula", "valerie", "victoria", "virginia", "wendy",
    "yulia",
];

/// Common male given names (see [`FEMALE_NAMES`]).
#[rustfmt::skip]
pub(crate) const MALE_NAMES: &[&str] = &[
    "abdel", "ahmed", "al", "alan", "alexander", "alexei", "ali", "andreas", "andrew",
    "andrzej", "anthony", "antonio", "antony", "ashraf", "ben", "benjamin", "bill", "bob",
    "boris", "brian", "carl", "carlos", "charles", "chris", "christopher", "chuck", "dan",
    "daniel", "david", "dennis", "dick", "dmitry", "donald", "ed", "edward", "emmanuel", "eric",
    "frank", "fred", "gary", "george", "gerald", "greg", "hans", "harry", "hassan", "henry",
    "ibrahim", "ivan", "jack", "jake", "james", "jared", "jason", "jeff", "jeremy", "jim",
    "jimmy", "joe", "john", "jon", "jonathan", "jose", "joseph", "josh", "juan", "justin",
    "karl", "ken", "kevin", "larry", "lloyd", "luis", "luiz", "marco", "mark", "martin", "matt",
    "matteo", "max", "michael", "mike", "mitch", "mohammed", "muhammad", "nick", "nicolas",
    "olaf", "oliver", "patrick", "paul", "pedro", "peter", "pierre", "richard", "robert",
    "roger", "ron", "ronald", "scott", "sergei", "sergey", "simon", "stefan", "stephen",
    "steve", "steven", "ted", "thomas", "tim", "tom", "tony", "vladimir", "william", "yury",
];
