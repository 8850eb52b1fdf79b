//! Tables for who takes part and when mentions make separate records (the recall side of the
//! meetings stage; the attribute cues are in [`super::cues`]).

/// How many tokens after a trigger a date may stand to date that mention itself
/// ("held talks on Thursday"), so that another day of the same pair is another meeting.
pub(crate) const OTHER_DAY_REACH: usize = 6;

/// Common female given names: "she" does not stand for a person with a male name, nor "he"
/// for one with a female name (a name in neither list fits both). Sorted, for binary search.
#[rustfmt::skip]
pub(crate) const FEMALE_NAMES: &[&str] = &[
    "alice", "amy", "angela", "ann", "anna", "annalena", "anne", "barbara", "betsy", "carly",
    "caroline", "catherine", "cheryl", "christine", "claire", "condoleezza", "cynthia",
    "debbie", "deborah", "diane", "dianne", "elaine", "elena", "elisabeth", "elizabeth",
    "ellen", "elsa", "emily", "emma", "giorgia", "gwen", "heather", "helen", "hillary",
    "ivanka", "jacinda", "jane", "janet", "jennifer", "jill", "joan", "joni", "julia", "julie",
    "kaja", "kamala", "karen", "karine", "kate", "katherine", "kathleen", "kathy", "kellyanne",
    "kirsten", "kristi", "laura", "lauren", "linda", "lisa", "liz", "loretta", "madeleine",
    "maria", "marie", "marine", "marsha", "martha", "mary", "melania", "mia", "michele",
    "michelle", "nancy", "natalie", "nikki", "nina", "olena", "patricia", "patty", "paula",
    "penny", "rachel", "rebecca", "rosa", "ruth", "samantha", "sandra", "sandy", "sanna",
    "sara", "sarah", "sharon", "sheila", "shirley", "sonia", "stephanie", "susan", "susana",
    "suzanne", "tammy", "theresa", "tulsi", "ursula", "valerie", "victoria", "virginia",
    "wendy", "yulia",
];

/// Common male given names (see [`FEMALE_NAMES`]).
#[rustfmt::skip]
pub(crate) const MALE_NAMES: &[&str] = &[
    "abdel", "ahmed", "al", "alan", "alexander", "alexei", "ali", "andrew", "andrzej",
    "anthony", "antonio", "antony", "ashraf", "barack", "ben", "benjamin", "bernie", "bill",
    "bob", "boris", "brian", "carlos", "charles", "chris", "christopher", "chuck", "dan",
    "daniel", "david", "dennis", "dick", "dmitry", "donald", "ed", "edward", "elon", "emmanuel",
    "eric", "fumio", "george", "gerald", "harry", "hassan", "ibrahim", "ivan", "jake", "james",
    "jared", "jason", "jeb", "jeff", "jeremy", "jim", "jimmy", "joe", "john", "jon", "jonathan",
    "jose", "joseph", "josh", "juan", "justin", "keir", "ken", "kevin", "lloyd", "luiz",
    "marco", "mark", "matt", "matteo", "michael", "mike", "mitch", "mitt", "mohammed",
    "muhammad", "narendra", "newt", "nicolas", "olaf", "oliver", "patrick", "paul", "pedro",
    "peter", "rand", "recep", "richard", "rishi", "robby", "robert", "roger", "ron", "ronald",
    "rudy", "scott", "sergei", "sergey", "shinzo", "stephen", "steve", "steven", "ted",
    "thomas", "tim", "tom", "tony", "vladimir", "volodymyr", "william", "yury",
];
