//! The content stage's heuristics, one constant per knob with its reason.
//! Most values follow Mozilla Readability, whose output is the de-facto
//! reference for "reader mode", with additions for modern page chrome.

/// Comma characters of several scripts (Latin, Arabic, CJK full-width, …): commas mark prose.
pub(crate) const COMMAS: &[char] = &[
    ',', '\u{60C}', '\u{FE50}', '\u{FE10}', '\u{FE11}', '\u{2E41}', '\u{2E34}', '\u{2E32}',
    '\u{FF0C}', '\u{3001}',
];
/// Tags never part of a story.
pub(crate) const JUNK_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "input",
    "textarea", "select", "button", "link", "meta", "head", "title", "canvas", "video", "audio",
    "map", "dialog", "option",
];
/// Tags whose text is scored as a paragraph (Readability's tags to score).
pub(crate) const SCORED_TAGS: &[&str] =
    &["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"];
/// Descendants that keep a `div` from being read as a paragraph.
pub(crate) const DIV_BLOCK_TAGS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "footer",
    "aside",
    "nav",
    "main",
];
/// Shorter paragraphs do not vote (Readability: 25).
pub(crate) const MIN_PARAGRAPH_CHARS: u32 = 25;
/// One point per this many characters of paragraph (Readability: 100).
pub(crate) const CHARS_PER_POINT: f64 = 100.0;
/// Cap of the length points of one paragraph (Readability: 3).
pub(crate) const MAX_LENGTH_POINTS: f64 = 3.0;
/// How many ancestors a paragraph's score reaches (Readability: 5).
pub(crate) const ANCESTOR_LEVELS: usize = 5;
/// Candidates kept for the shared-ancestor check (Readability: 5).
pub(crate) const TOP_CANDIDATES: usize = 5;
/// A shared ancestor of this many near-best candidates is the article (Readability: 3).
pub(crate) const MIN_SHARED_CANDIDATES: usize = 3;
/// "Near-best": a candidate scoring at least this share of the best.
pub(crate) const NEAR_BEST_SHARE: f64 = 0.75;
/// Below this many characters the result is retried with looser rules (Readability: 500).
pub(crate) const MIN_ARTICLE_CHARS: usize = 500;
/// Weight of one class/id hint (Readability: 25).
pub(crate) const CLASS_WEIGHT: i32 = 25;
/// A container around a layout table scoring this share of the table's best row holds the story.
pub(crate) const TABLE_CONTAINER_SHARE: f64 = 0.5;
/// class/id substrings that mark story containers.
pub(crate) const POSITIVE_HINTS: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
    "artikel",
    "contenu",
    "inhalt",
    "testo",
    "texto",
];
/// class/id substrings that mark chrome containers.
pub(crate) const NEGATIVE_HINTS: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "taboola",
    "newsletter",
    "teaser",
];
/// class/id substrings of subtrees dropped before scoring (Readability's unlikely candidates).
pub(crate) const UNLIKELY_HINTS: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
    "cookie",
    "consent",
    "newsletter",
    "taboola",
    "outbrain",
    "overlay",
    "modal",
];
/// class/id substrings that rescue an unlikely-looking container.
pub(crate) const MAYBE_HINTS: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];
/// ARIA roles of page chrome.
pub(crate) const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
];
/// class/id substrings of boxes inside a story that are not the story (dropped when short).
pub(crate) const BOILER_HINTS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "sign-up",
    "related",
    "recommend",
    "read-more",
    "readmore",
    "more-stories",
    "promo",
    "advert",
    "sponsor",
    "cookie",
    "consent",
    "paywall",
    "breadcrumb",
    "tags",
    "author-bio",
    "authorbio",
    "video-duration",
    "print",
    "toolbar",
    "teaser",
    "outbrain",
    "taboola",
];
/// Boilerplate boxes longer than this many characters are kept (may be the story itself).
pub(crate) const BOILER_MAX_CHARS: u32 = 500;
/// class/id/rel substrings of a byline element.
pub(crate) const BYLINE_HINTS: &[&str] = &["byline", "author", "writtenby", "p-author"];
/// A byline or author box is short (a box with the article in it is not one).
pub(crate) const BYLINE_MAX_CHARS: u32 = 400;
/// A heading this similar to the title is the headline, not body.
pub(crate) const TITLE_SIMILARITY: f64 = 0.75;
/// Sibling threshold floor (Readability: 10).
pub(crate) const SIBLING_MIN_SCORE: f64 = 10.0;
/// Sibling threshold as a share of the best score (Readability: 0.2).
pub(crate) const SIBLING_SHARE: f64 = 0.2;
/// A sibling paragraph this long with little linked text joins the article.
pub(crate) const SIBLING_PARAGRAPH_CHARS: u32 = 80;
/// Link density allowed in such a sibling paragraph.
pub(crate) const SIBLING_LINK_DENSITY: f64 = 0.25;
/// Conditional cleaning only looks at boxes with fewer commas than this (Readability: 10).
pub(crate) const CLEAN_MAX_COMMAS: u32 = 10;
/// Link density above which a low-weight box is dropped (Readability: 0.2).
pub(crate) const CLEAN_LINK_DENSITY: f64 = 0.2;
/// Link density above which even a high-weight box is dropped (Readability: 0.5).
pub(crate) const CLEAN_LINK_DENSITY_HIGH: f64 = 0.5;
/// Boxes shorter than this with no or many images are dropped (Readability: 25).
pub(crate) const CLEAN_MIN_CHARS: u32 = 25;
/// Share of text in lists that makes a box a list (Readability: 0.9).
pub(crate) const LIST_SHARE: f64 = 0.9;
/// Lists whose text is mostly links are link lists (related stories, tags), not story.
pub(crate) const LIST_LINK_DENSITY: f64 = 0.6;
/// …whose items average fewer characters than this (headlines, not prose).
pub(crate) const LINK_LIST_ITEM_CHARS: u32 = 120;
/// A paragraph this linked and this short is a teaser of another page.
pub(crate) const TEASER_LINK_DENSITY: f64 = 0.9;
/// …when shorter than this many characters.
pub(crate) const TEASER_MAX_CHARS: usize = 160;
/// Openers of inline teasers and chrome lines, lower-case, in the main European languages.
pub(crate) const TEASER_CUES: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "see also",
    "related:",
    "related article",
    "you might also like",
    "you may also like",
    "recommended:",
    "more:",
    "watch:",
    "click here",
    "lesen sie auch",
    "lesen sie hier",
    "lesen sie mehr",
    "mehr zum thema",
    "mehr dazu",
    "auch interessant",
    "das könnte sie auch interessieren",
    "weiterlesen",
    "lire aussi",
    "lire également",
    "à lire aussi",
    "voir aussi",
    "le puede interesar",
    "lea también",
    "lee también",
    "ver también",
    "leia também",
    "leia mais",
    "veja também",
    "leggi anche",
    "vedi anche",
    "lees ook",
    "zie ook",
    "czytaj też",
    "czytaj także",
    "escucha esta nota",
    "listen to this article",
    "share this",
    "teilen",
    "copyright",
    "©",
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "temas relacionados",
    "noticias relacionadas",
    "weitere beiträge",
    "weitere artikel",
    "ähnliche artikel",
    "ähnliche beiträge",
    "verwandte artikel",
    "das könnte dich",
    "das thema könnte",
    "weiterführende",
    "articles similaires",
    "articles liés",
    "sur le même sujet",
    "dans la même rubrique",
    "related posts",
    "related stories",
    "more stories",
    "more from",
    "most read",
    "most popular",
    "meistgelesen",
    "meist gelesen",
    "articoli correlati",
    "no comments",
    "keine kommentare",
    "kommentare",
    "comments",
    "comentarios",
    "commentaires",
    "subscribe",
    "sign up for",
    "download the",
    "abonnieren",
    "jetzt abonnieren",
    "abonnez-vous",
    "suscríbete",
    "hazte miembro",
    "newsletter",
    "follow us",
    "folgen sie uns",
    "suivez-nous",
    "síguenos",
    "seguici",
    "noch keine bewertungen",
    "bewerten sie",
    "rate this",
    "kategorie:",
    "kategorien:",
    "category:",
    "categories:",
    "tags:",
    "schlagwörter",
    "themen:",
    "étiquettes",
    "etiquetas:",
    "anzeige",
    "werbung",
    "advertisement",
    "publicidad",
    "publicité",
    "pubblicità",
    "crédits photo",
    "crédit photo",
    "photo credit",
    "image credit",
    "bildquelle",
    "beitragsbild",
    "image illustrative",
    "foto:",
    "photo:",
    "bild:",
    "fotos:",
];
/// Social networks: a short line naming several is a follow-us box.
pub(crate) const SOCIAL_NAMES: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "youtube",
    "whatsapp",
    "telegram",
    "tiktok",
    "pinterest",
    "xing",
    "mastodon",
];
/// Words of class/id names (split on `-`, `_`, spaces) of photo captions and credits
/// (kept as captions, out of the text).
pub(crate) const CAPTION_WORDS: &[&str] = &[
    "caption",
    "credit",
    "credits",
    "copyright",
    "bildunterschrift",
    "legende",
    "legend",
    "bildquelle",
    "figcaption",
    "photocredit",
    "imagecredit",
    "imagedescription",
    "photodescription",
    "bildbeschreibung",
    "bildtext",
];
/// Class names that CSS frameworks use to hide an element.
pub(crate) const HIDDEN_CLASSES: &[&str] = &[
    "hidden",
    "is-hidden",
    "d-none",
    "hide",
    "visually-hidden",
    "sr-only",
    "screen-reader-text",
    "u-hidden",
    "js-hidden",
    "invisible",
    "element-invisible",
];
/// A closing appeal (subscribe, support us, copyright) is at most this long.
pub(crate) const PROMO_MAX_CHARS: usize = 400;
/// Phrases of closing appeals, lower-case, in the main European languages:
/// a trailing paragraph holding one is not story.
pub(crate) const PROMO_CUES: &[&str] = &[
    "subscribe now",
    "subscribe to",
    "subscribe today",
    "please subscribe",
    "already a subscriber",
    "subscribers also",
    "become a member",
    "become a subscriber",
    "support our work",
    "supporting our work",
    "support our journalism",
    "support independent journalism",
    "if you enjoyed",
    "follow us on",
    "download the",
    "for the latest stories",
    "letter to the editor",
    "written permission",
    "copyrighted property",
    "all rights reserved",
    "jetzt abonnieren",
    "abonnieren sie",
    "unterstützen sie",
    "unterstütze unsere",
    "folgen sie uns",
    "alle rechte vorbehalten",
    "abonnez-vous",
    "soutenez",
    "suivez-nous",
    "tous droits réservés",
    "suscríbete",
    "hazte miembro",
    "hazte socio",
    "síguenos",
    "todos los derechos reservados",
    "abbonati",
    "seguici",
    "assine",
    "siga-nos",
];
/// "Follow us" in several languages: with a social network named, a closing appeal.
pub(crate) const FOLLOW_CUES: &[&str] = &[
    "follow",
    "folgen sie",
    "folge uns",
    "suivez",
    "síguenos",
    "siguenos",
    "seguici",
    "siga-nos",
    "volg ons",
];
/// A one-word teaser cue only counts on a line this short.
pub(crate) const SHORT_LINE_CHARS: usize = 40;
/// A line this short naming its category ("News date: … Category: Press") is page metadata.
pub(crate) const META_LINE_CHARS: usize = 80;
/// Labels of a post's category, the way meta lines print them (spaces before the colon removed).
pub(crate) const CATEGORY_CUES: &[&str] = &[
    "category:",
    "categories:",
    "kategorie:",
    "kategorien:",
    "catégorie:",
    "catégories:",
    "categoría:",
    "categoria:",
    "categorie:",
    "kategoria:",
];
/// How many levels above the article a standfirst is looked for.
pub(crate) const LEAD_LEVELS: usize = 5;
/// How far up from the chosen container the other parts of a split story are looked for.
pub(crate) const SPLIT_LEVELS: usize = 5;
/// A heading ending the body with at most this many words labels a dropped box ("Related").
pub(crate) const TRAILING_HEADING_WORDS: usize = 8;
/// Heading tags: a lead-named span inside one is the headline, not a standfirst.
pub(crate) const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// A standfirst has at least this many characters…
pub(crate) const LEAD_MIN_CHARS: u32 = 40;
/// …and at most this many.
pub(crate) const LEAD_MAX_CHARS: u32 = 800;
/// Words of class/id names of a standfirst, in several languages.
pub(crate) const LEAD_WORDS: &[&str] = &[
    "lead",
    "lede",
    "intro",
    "standfirst",
    "vorspann",
    "teaser",
    "summary",
    "dek",
    "deck",
    "excerpt",
    "chapo",
    "chapeau",
    "sapo",
    "entradilla",
    "bajada",
    "subtitle",
    "subheadline",
    "abstract",
    "description",
    "sumario",
    "catenaccio",
    "kurztext",
    "anriss",
    "perex",
];
/// class/id words that make a lead-named box the site's tagline ("site-description").
pub(crate) const NOT_LEAD_WORDS: &[&str] =
    &["site", "blog", "tagline", "slogan", "brand", "branding"];
/// A lead-named box inside the article with less linked text than this is its standfirst.
pub(crate) const LEAD_LINK_DENSITY: f64 = 0.1;
/// Photo agencies: a short line naming one beside a slash is a photo credit ("AFP / Jane Roe").
pub(crate) const PHOTO_AGENCIES: &[&str] = &[
    "afp",
    "dpa",
    "reuters",
    "ap",
    "getty",
    "imago",
    "epa",
    "apa",
    "keystone",
    "istock",
    "shutterstock",
    "ansa",
    "efe",
    "picture alliance",
    "picture-alliance",
    "wenn",
    "bestimage",
];
/// Longest photo-credit line, in characters.
pub(crate) const CREDIT_MAX_CHARS: usize = 60;
/// Tags dropped anywhere inside the article (page chrome and forms).
pub(crate) const CUT_TAGS: &[&str] = &["footer", "aside", "nav", "form", "fieldset"];
/// A paragraph before the article that opens with this many characters of the page's description is its standfirst.
pub(crate) const DESCRIPTION_PREFIX_CHARS: usize = 80;
/// How many levels above the article a paragraph opening with the page's description is looked for (a surer sign than a class name).
pub(crate) const DESCRIPTION_LEVELS: usize = 12;
