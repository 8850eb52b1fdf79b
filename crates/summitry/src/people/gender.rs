//! Grammatical gender of a person from the given name, for checking a
//! pronoun against its antecedent ("she" does not stand for "John Kasich").
//! A small shared helper for later stages (quotes, meetings); a name in
//! neither list fits both pronouns. The given-name tables are general,
//! frequency-based lists: no name is there for one public figure.

/// Gender of a given name or a gendered word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// Referred to as "she".
    Female,
    /// Referred to as "he".
    Male,
}

/// The gender of a full name's given name ("Hillary Clinton" → female).
/// A one-word name is most often a surname ("Warren", "Graham"): `None`.
pub(crate) fn of_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    of_given_name(first)
}

/// The gender of a gendered word ("Mrs", "spokeswoman"), any case.
pub(crate) fn of_word(w: &str) -> Option<Gender> {
    GENDERED_WORDS
        .iter()
        .find(|(g, _)| g.eq_ignore_ascii_case(w))
        .map(|&(_, x)| x)
}

/// The gender a (lowercase) third-person pronoun refers to, if any.
pub(crate) fn of_pronoun(pronoun: &str) -> Option<Gender> {
    match pronoun {
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        _ => None,
    }
}

/// Whether a person named `name` may be the one a (lowercase) pronoun
/// stands for: "she" is no one with a male given name, "he" no one with a
/// female one; unknown names (and one-word names, see [`of_name`]) fit both.
pub(crate) fn fits(name: &str, pronoun: &str) -> bool {
    match of_pronoun(pronoun) {
        Some(want) => fits_gender(of_name(name), want),
        None => true,
    }
}

/// Whether a person of known-or-unknown gender `g` may be referred to as `want`: an unknown
/// gender fits both.
pub(crate) fn fits_gender(g: Option<Gender>, want: Gender) -> bool {
    g.is_none_or(|g| g == want)
}

/// Longer than any given name of the tables (a test checks it).
const MAX_GIVEN_BYTES: usize = 24;

/// The gender of a given name, from the tables (any case, ASCII).
pub(crate) fn of_given_name(first: &str) -> Option<Gender> {
    // The tables are short lowercase ASCII words: lowercase the name once, on the stack (a
    // longer or non-ASCII name is in neither table).
    let mut buf = [0u8; MAX_GIVEN_BYTES];
    let lower = buf.get_mut(..first.len()).filter(|_| first.is_ascii())?;
    lower.copy_from_slice(first.as_bytes());
    lower.make_ascii_lowercase();
    let lower: &[u8] = lower;
    let listed = |names: &[&str]| names.binary_search_by(|n| n.as_bytes().cmp(lower)).is_ok();
    if listed(FEMALE_GIVEN) {
        Some(Gender::Female)
    } else if listed(MALE_GIVEN) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Words right before a person's name (or titles in it) that tell the gender
/// ("Mrs. Clinton", "actress Salma Hayek", "his wife Melania").
pub(crate) const GENDERED_WORDS: &[(&str, Gender)] = &[
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("madam", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("queen", Gender::Female),
    ("princess", Gender::Female),
    ("actress", Gender::Female),
    ("spokeswoman", Gender::Female),
    ("congresswoman", Gender::Female),
    ("chairwoman", Gender::Female),
    ("councilwoman", Gender::Female),
    ("businesswoman", Gender::Female),
    ("anchorwoman", Gender::Female),
    ("wife", Gender::Female),
    ("widow", Gender::Female),
    ("mother", Gender::Female),
    ("daughter", Gender::Female),
    ("sister", Gender::Female),
    ("grandmother", Gender::Female),
    ("girlfriend", Gender::Female),
    ("mr", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("king", Gender::Male),
    ("prince", Gender::Male),
    ("actor", Gender::Male),
    ("spokesman", Gender::Male),
    ("congressman", Gender::Male),
    ("chairman", Gender::Male),
    ("councilman", Gender::Male),
    ("businessman", Gender::Male),
    ("anchorman", Gender::Male),
    ("husband", Gender::Male),
    ("widower", Gender::Male),
    ("father", Gender::Male),
    ("son", Gender::Male),
    ("brother", Gender::Male),
    ("grandfather", Gender::Male),
    ("boyfriend", Gender::Male),
];

/// Common female given names, international (names as common for men or as
/// surnames — Andrea, Jean, Kim, Leslie, Lindsey — left out). Sorted, lowercase.
#[rustfmt::skip]
pub(crate) const FEMALE_GIVEN: &[&str] = &[
    "abigail", "ada", "adriana", "agnes", "aileen", "aimee", "alexandra", "alexis", "alice",
    "alicia", "alina", "alison", "allison", "alma", "amal", "amanda", "amber", "amelia", "amy",
    "ana", "anastasia", "angela", "angelica", "angelina", "anita", "ann", "anna", "annabel",
    "anne", "annette", "annie", "antonia", "april", "ashley", "audrey", "barbara", "beatrice",
    "becky", "belinda", "bernadette", "beth", "bethany", "betsy", "betty", "beverly", "bianca",
    "bonnie", "brenda", "bridget", "brittany", "brooke", "camila", "candace", "candice", "carla",
    "carly", "carmen", "carol", "carole", "caroline", "carolyn", "cassandra", "catherine", "cathy",
    "cecilia", "celia", "charlotte", "chelsea", "cheryl", "chloe", "christina", "christine",
    "cindy", "claire", "clara", "claudia", "colleen", "connie", "constance", "cora", "courtney",
    "crystal", "cynthia", "daisy", "daniela", "danielle", "daphne", "darlene", "dawn", "debbie",
    "deborah", "debra", "delia", "denise", "diana", "diane", "dianne", "dolores", "donna", "doris",
    "dorothy", "edith", "eileen", "elaine", "eleanor", "elena", "elisa", "elisabeth", "elise",
    "eliza", "elizabeth", "ella", "ellen", "eloise", "elsa", "emilia", "emily", "emma", "erica",
    "erika", "erin", "esther", "eva", "evelyn", "faith", "fatima", "felicia", "fiona", "florence",
    "frances", "francesca", "gabriela", "gabrielle", "gail", "gina", "giorgia", "gladys", "gloria",
    "grace", "gretchen", "gwen", "hannah", "harriet", "heather", "heidi", "helen", "helena",
    "hilary", "hillary", "holly", "hope", "ingrid", "irene", "iris", "isabel", "isabella", "jacqueline",
    "jane", "janet", "janice", "jasmine", "jeanne", "jeannette", "jennifer", "jenny", "jessica",
    "jill", "joan", "joanna", "joanne", "jocelyn", "josephine", "joy", "joyce", "judith", "judy",
    "julia", "julie", "juliet", "june", "justine", "kaja", "karen", "karina", "karine", "katarina",
    "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "katrina", "kayla", "kirsten",
    "kristen", "kristi", "kristin", "laura", "lauren", "leah", "lena", "lila", "lillian", "lily",
    "linda", "lisa", "liz", "lois", "loretta", "lorraine", "louise", "lucia", "lucy", "lydia",
    "lynn", "madeleine", "madeline", "madison", "maggie", "mandy", "marcia", "margaret",
    "margarita", "maria", "mariam", "marian", "marie", "marilyn", "marina", "marine", "marjorie",
    "marlene", "marsha", "martha", "mary", "maureen", "maxine", "megan", "melanie", "melinda",
    "melissa", "meredith", "mia", "michele", "michelle", "mildred", "miranda", "miriam", "molly",
    "monica", "monika", "muriel", "nadia", "nancy", "naomi", "natalia", "natalie", "natasha",
    "nicole", "nikki", "nina", "nora", "norma", "olena", "olga", "olivia", "pamela", "patricia",
    "patty", "paula", "pauline", "peggy", "penelope", "penny", "phyllis", "priscilla", "rachel",
    "rebecca", "regina", "renee", "rhonda", "rita", "roberta", "rosa", "rosalind", "rose",
    "rosemary", "roxanne", "ruby", "ruth", "sabrina", "sally", "samantha", "sandra", "sandy",
    "sanna", "sara", "sarah", "selena", "serena", "sharon", "sheila", "sherry", "shirley",
    "silvia", "sofia", "sonia", "sophia", "sophie", "stacey", "stella", "stephanie", "susan",
    "susana", "susanne", "suzanne", "svetlana", "sylvia", "tamara", "tammy", "tanya", "tatiana",
    "teresa", "theresa", "tiffany", "tina", "tracey", "ursula", "valentina", "valerie", "vanessa",
    "vera", "veronica", "victoria", "violet", "virginia", "vivian", "wanda", "wendy", "whitney",
    "yolanda", "yulia", "yvonne", "zoe",
];

/// Common male given names (see [`FEMALE_GIVEN`]). Sorted, lowercase.
#[rustfmt::skip]
pub(crate) const MALE_GIVEN: &[&str] = &[
    "aaron", "abdel", "abdul", "abraham", "adam", "adrian", "ahmed", "al", "alan", "albert",
    "alberto", "alejandro", "alexander", "alexei", "alfred", "ali", "allen", "alvin", "amir",
    "andre", "andreas", "andrew", "andrzej", "angelo", "anthony", "antonio", "antony", "archie",
    "arnold", "arthur", "ashraf", "barry", "ben", "benjamin", "bernard", "bernardo", "bernie",
    "bill", "billy", "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan", "brett",
    "brian", "bruce", "bryan", "carl", "carlos", "cecil", "charles", "charlie", "chester", "chris",
    "christian", "christopher", "chuck", "clarence", "claude", "clifford", "clint", "cody",
    "colin", "conrad", "craig", "curtis", "dale", "dan", "daniel", "danny", "darrell", "dave",
    "david", "dean", "dennis", "derek", "dick", "diego", "dmitry", "don", "donald", "doug",
    "douglas", "duane", "dustin", "dwight", "earl", "ed", "eddie", "edgar", "eduardo", "edward",
    "edwin", "elijah", "elliot", "elliott", "emmanuel", "enrique", "eric", "ernest", "ernesto",
    "eugene", "evan", "felix", "fernando", "francis", "francisco", "frank", "franklin", "fred",
    "frederick", "gabriel", "gary", "gene", "geoffrey", "george", "gerald", "gerard", "gilbert",
    "glenn", "gordon", "grant", "greg", "gregory", "gustavo", "guy", "hans", "harold", "harry",
    "harvey", "hassan", "hector", "henry", "herbert", "herman", "howard", "hugh", "hugo", "ian",
    "ibrahim", "igor", "isaac", "ivan", "jack", "jacob", "jake", "james", "jared", "jason",
    "javier", "jay", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy",
    "joe", "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh",
    "joshua", "juan", "julian", "justin", "karl", "keith", "ken", "kenneth", "kevin", "kurt",
    "larry", "lawrence", "leo", "leon", "leonard", "leroy", "lewis", "lloyd", "louis", "lucas",
    "luis", "luiz", "luke", "malcolm", "manuel", "marc", "marco", "marcus", "mario", "mark",
    "martin", "marvin", "matt", "matteo", "matthew", "maurice", "max", "michael", "miguel", "mike",
    "mikhail", "milton", "mitch", "mitchell", "mohammed", "muhammad", "nathan", "nathaniel",
    "neil", "nicholas", "nick", "nicolas", "nigel", "noah", "norman", "olaf", "oliver", "omar",
    "oscar", "otto", "pablo", "patrick", "paul", "pedro", "pete", "peter", "philip", "phillip",
    "pierre", "rafael", "ralph", "ramon", "randall", "randy", "raul", "ray", "raymond", "reggie",
    "reginald", "ricardo", "richard", "rick", "ricky", "rob", "robert", "roberto", "rod", "rodney",
    "roger", "roland", "ron", "ronald", "ross", "roy", "rudy", "russell", "ryan", "salvador",
    "samuel", "scott", "sean", "sergei", "sergey", "seth", "simon", "stanley", "stefan", "stephen",
    "steve", "steven", "stuart", "ted", "terrence", "theodore", "thomas", "tim", "timothy", "todd",
    "tom", "tommy", "tony", "travis", "troy", "tyler", "victor", "vincent", "vladimir", "walter",
    "warren", "wayne", "wesley", "william", "willie", "xavier", "yury", "zachary",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_gender_fits_both_known_only_its_own() {
        assert!(fits_gender(None, Gender::Male));
        assert!(fits_gender(None, Gender::Female));
        assert!(fits_gender(Some(Gender::Female), Gender::Female));
        assert!(!fits_gender(Some(Gender::Male), Gender::Female));
    }

    #[test]
    fn tables_are_sorted_lowercase_and_disjoint() {
        for t in [FEMALE_GIVEN, MALE_GIVEN] {
            assert!(t.windows(2).all(|w| w[0] < w[1]));
            assert!(t.iter().all(|n| n.len() < MAX_GIVEN_BYTES));
            assert!(t.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase())));
        }
        assert!(FEMALE_GIVEN
            .iter()
            .all(|n| MALE_GIVEN.binary_search(n).is_err()));
    }

    #[test]
    fn pronouns_fit_the_given_name_or_unknown() {
        assert!(fits("Maria Lopez", "she") && fits("Maria Lopez", "her"));
        assert!(!fits("Maria Lopez", "he") && !fits("Maria Lopez", "his"));
        assert!(!fits("Olaf Berg", "hers") && fits("Olaf Berg", "him"));
        assert!(fits("Xi Jinping", "she") && fits("Xi Jinping", "he"));
        assert!(fits("Warren", "she"));
        assert_eq!(of_word("Spokeswoman"), Some(Gender::Female));
        assert_eq!(of_word("senator"), None);
    }

    #[test]
    fn given_names_of_full_names_only() {
        assert_eq!(of_name("Mary Smith"), Some(Gender::Female));
        assert_eq!(of_name("JOHN Kasich"), Some(Gender::Male));
        assert_eq!(of_name("Warren"), None);
        assert_eq!(of_name("Xi Jinping"), None);
        assert_eq!(of_given_name("Ségolène"), None);
    }
}
