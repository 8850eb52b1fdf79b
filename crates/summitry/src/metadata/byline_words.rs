//! The metadata stage's byline tables: byline and author-label words,
//! name and agency lists and the limits of byline elements, each with its reason.

/// Words that open a byline and are not part of a name ("By", "Von", "Par", …).
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "от",
    "written by",
    "posted by",
    "text:",
    "texto:",
    "autor:",
    "author:",
    "auteur:",
    "autore:",
    "redacción:",
    "reporting by",
    "story by",
    "words by",
    "von:",
    "by:",
    "text von",
    "ein kommentar von",
    "ein gastbeitrag von",
    "erstellt von",
    "interview:",
    "auteurs",
    "auteur",
    "autoren",
    "autorin",
    "autor",
    "author",
    "authors",
    "text, interview:",
    "verfasst von",
    "geschrieben von",
    "publié par",
    "publicado por",
    "scritto da",
    "a cura di",
    "redaktion:",
    "foto:",
    "bearbeitet von",
    "veröffentlicht von",
    "publiziert von",
    "gepostet von",
    "eingestellt von",
    "pubblicato da",
    "geplaatst door",
];
/// Words joining several authors ("and", "und", "et", …).
pub(crate) const AUTHOR_JOINERS: &[&str] = &[
    " and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " i ", " avec ",
    " with ", " mit ", " con ", " met ",
];
/// Wire agencies: a byline or credit naming one is the `credit`, not an author.
pub(crate) const AGENCIES: &[(&str, &str)] = &[
    ("reuters", "Reuters"),
    ("associated press", "AP"),
    ("ap", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("bloomberg", "Bloomberg"),
    ("dpa", "dpa"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("kyodo", "Kyodo"),
    ("xinhua", "Xinhua"),
    ("upi", "UPI"),
    ("pa", "PA"),
    ("press association", "PA"),
    ("kyodo news", "Kyodo"),
    ("tass", "TASS"),
    ("yonhap", "Yonhap"),
    ("cnn wire", "CNN Wire"),
    ("apa", "APA"),
    ("sda", "SDA"),
    ("epd", "epd"),
    ("kna", "KNA"),
];
/// Longest plausible name, in words.
pub(crate) const MAX_NAME_WORDS: usize = 6;
/// Words of a job title or chrome, not of a name.
pub(crate) const NOT_NAME_WORDS: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "contributor",
    "staff",
    "photographer",
    "follow",
    "twitter",
    "email",
    "updated",
    "published",
    "posted",
    "senior",
    "chief",
    "bureau",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "journaliste",
    "periodista",
    "more",
    "articles",
    "view",
    "profile",
    "min",
    "read",
    "share",
    "comments",
    "contact",
    "artikel",
    "alle",
    "beiträge",
    "name",
    "image",
    "photo",
    "foto",
    "bild",
    "mehr",
    "weitere",
    "sagt",
    "says",
    "posts",
    "team",
    "about",
    "sign",
    "subscribe",
    "menu",
    "login",
    "log",
    "register",
    "search",
    "home",
    "by",
    "par",
    "por",
    "profil",
    "perfil",
    "profilo",
    "profiel",
    "publiziert",
    "veröffentlicht",
    "publicado",
    "publicada",
    "pubblicato",
    "publié",
    "publiée",
    "datum",
    "fecha",
    "date",
    "über",
    "gesponserte",
    "sponsored",
    "inhalte",
    "shares",
];
/// Job titles written before a name in a byline, dropped ("Rechtsanwalt Jane Doe").
pub(crate) const NAME_TITLES: &[&str] = &[
    "rechtsanwalt",
    "rechtsanwältin",
    "fachanwalt",
    "fachanwältin",
    "anwalt",
    "anwältin",
    "notar",
    "notarin",
    "steuerberater",
    "steuerberaterin",
    "attorney",
    "lawyer",
    "avocat",
    "avocate",
    "abogado",
    "abogada",
    "avvocato",
    "avvocata",
    "reporter",
    "redakteur",
    "redakteurin",
    "journalist",
    "journalistin",
    "korrespondent",
    "korrespondentin",
];
/// Lower-case particles allowed inside names.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "van", "von", "der", "den", "del", "la", "le", "du", "dos", "das", "bin",
    "al", "el", "ibn", "ter", "y", "zu",
];
/// Words of organisation names.
pub(crate) const ORG_WORDS: &[&str] = &[
    "gmbh",
    "e.v.",
    "ev",
    "ag",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "llc",
    "s.a.",
    "sa",
    "stiftung",
    "verband",
    "verlag",
    "gesellschaft",
    "foundation",
    "institute",
    "institut",
    "bund",
    "online",
    "news",
    "media",
    "zeitung",
    "magazin",
    "magazine",
    "webteam",
    "redaktion",
    "team",
];
/// Labels naming the author inside a longer line.
pub(crate) const AUTHOR_LABELS: &[&str] = &[
    "autor:",
    "autorin:",
    "author:",
    "auteur:",
    "autore:",
    "text:",
    "von:",
    "by:",
    "redaktion:",
];
/// Link labels an author box prints after the name ("Jane Roe Alle Artikel",
/// "Jane Roe Contactar"): cut from a byline's end (lowercase).
pub(crate) const AUTHOR_LINK_TAILS: &[&str] = &[
    "alle artikel",
    "alle beiträge",
    "weitere artikel",
    "all articles",
    "all posts",
    "more articles",
    "follow author",
    "tous les articles",
    "todos los artículos",
    "contactar",
    "kontakt",
];
/// Headings of an author box, not its name ("Autor", "About the author"; byline words count too).
pub(crate) const AUTHOR_BOX_HEADINGS: &[&str] = &[
    "about the author",
    "über den autor",
    "über die autorin",
    "à propos de l'auteur",
    "sobre el autor",
    "sobre o autor",
    "l'autore",
    "written by",
];
/// Byline-looking elements longer than this are boxes, not bylines.
pub(crate) const MAX_BYLINE_CHARS: usize = 120;
/// A line opened by an author label is at most this long ("Autorin: Jane Roe, Projektleiterin").
pub(crate) const LABELLED_LINE_CHARS: usize = 100;
/// How many siblings after a bare author label are read for the name.
pub(crate) const LABELLED_SIBLINGS: usize = 6;
/// A poster's user name is short.
pub(crate) const MAX_HANDLE_CHARS: usize = 40;
/// How far above a `username` a CMS "submitted" line is looked for.
pub(crate) const SUBMITTED_LEVELS: usize = 2;
/// Nodes of an author box scanned for its name line.
pub(crate) const BOX_SCAN_NODES: usize = 40;
/// Longest name line in an author box.
pub(crate) const BOX_NAME_CHARS: usize = 60;
/// A byline line in the body is short.
pub(crate) const BODY_BYLINE_CHARS: usize = 100;
/// Class/id parts beside a byline word that make it something else: authorisation
/// ("authorize"), a view counter ("author-views").
pub(crate) const NOT_BYLINE_CLASS_HINTS: &[&str] = &["authori", "-views", "_views", "viewcount"];
/// class/id words of a byline element.
pub(crate) const BYLINE_CLASS_HINTS: &[&str] = &[
    "byline",
    "author",
    "writtenby",
    "p-author",
    "autor",
    "auteur",
    "journalist",
];
/// Lines opening with these are photo credits, not bylines ("Foto: Jane Doe").
pub(crate) const PHOTO_CREDIT_PREFIXES: &[&str] = &[
    "foto", "photo", "bild", "image", "quelle", "source", "credit",
];
/// Elements after the headline searched for an unmarked byline line.
pub(crate) const AFTER_H1_BYLINE_ELEMENTS: usize = 40;
/// Most names a later head source may list to complete the chosen author list (more is a staff list).
pub(crate) const MAX_COAUTHORS: usize = 3;
