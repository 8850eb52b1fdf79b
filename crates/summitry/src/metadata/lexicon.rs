//! The metadata stage's tables: keys, month names and byline words, each
//! with its reason.

/// Meta keys giving the title, most trusted first (Dublin Core and OpenGraph before `<title>`).
pub(crate) const TITLE_KEYS: &[&str] = &[
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely-title", "sailthru:title",
];
/// Meta keys naming the author(s).
pub(crate) const AUTHOR_KEYS: &[&str] = &[
    "dc:creator", "dcterm:creator", "author", "parsely-author", "sailthru:author",
    "article:author", "byl", "citation_author", "dc:contributor", "twitter:creator",
];
/// Meta keys giving the publication date.
pub(crate) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time", "article:published", "og:published_time", "datepublished",
    "parsely-pub-date", "sailthru:date", "pubdate", "publishdate", "publish-date",
    "publish_date", "published_time", "date", "dc:date", "dc:date:issued", "dcterms:issued",
    "dcterms:date", "dcterms:created", "dc:created", "article:post_date", "citation_publication_date",
    "citation_date", "release_date", "originalpublicationdate", "date_published", "cxenseparse:recs:publishtime",
    "displaydate", "article:published", "og:article:published_time", "bt:pubdate", "rnews:datepublished",
];
/// Meta keys giving the modification date.
pub(crate) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time", "article:modified", "og:updated_time", "datemodified",
    "dcterms:modified", "lastmod", "last-modified", "dc:date:modified", "modified_time",
];
/// Meta keys naming the site.
pub(crate) const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "twitter:site:name", "dc:publisher", "publisher"];
/// Meta keys with the standfirst.
pub(crate) const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description", "dcterm:description", "og:description", "weibo:article:description",
    "weibo:webpage:description", "description", "twitter:description",
];
/// JSON-LD types of an article, most specific first.
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "Article", "BlogPosting", "LiveBlogPosting",
    "Report", "ScholarlyArticle", "SocialMediaPosting", "TechArticle", "APIReference", "Blog",
    "Review", "Recipe", "MedicalWebPage", "WebPage", "ItemPage", "CreativeWork",
];
/// Month names (and abbreviations) of the main European languages, with their number.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("januar", 1), ("janvier", 1), ("janv", 1), ("enero", 1), ("ene", 1), ("gennaio", 1), ("gen", 1), ("janeiro", 1), ("januari", 1), ("jänner", 1), ("styczeń", 1), ("stycznia", 1),
    ("february", 2), ("feb", 2), ("februar", 2), ("février", 2), ("fevrier", 2), ("févr", 2), ("febrero", 2), ("febbraio", 2), ("fevereiro", 2), ("februari", 2), ("lutego", 2),
    ("march", 3), ("mar", 3), ("märz", 3), ("maerz", 3), ("mars", 3), ("marzo", 3), ("março", 3), ("maart", 3), ("mär", 3), ("marca", 3),
    ("april", 4), ("apr", 4), ("avril", 4), ("avr", 4), ("abril", 4), ("abr", 4), ("aprile", 4), ("kwietnia", 4),
    ("may", 5), ("mai", 5), ("mayo", 5), ("maggio", 5), ("maio", 5), ("mei", 5), ("maja", 5),
    ("june", 6), ("jun", 6), ("juni", 6), ("juin", 6), ("junio", 6), ("giugno", 6), ("junho", 6), ("czerwca", 6),
    ("july", 7), ("jul", 7), ("juli", 7), ("juillet", 7), ("juil", 7), ("julio", 7), ("luglio", 7), ("julho", 7), ("lipca", 7),
    ("august", 8), ("aug", 8), ("août", 8), ("aout", 8), ("agosto", 8), ("ago", 8), ("augustus", 8), ("sierpnia", 8),
    ("september", 9), ("sep", 9), ("sept", 9), ("septembre", 9), ("septiembre", 9), ("settembre", 9), ("setembro", 9), ("set", 9), ("września", 9),
    ("october", 10), ("oct", 10), ("oktober", 10), ("okt", 10), ("octobre", 10), ("octubre", 10), ("ottobre", 10), ("outubro", 10), ("out", 10), ("października", 10),
    ("november", 11), ("nov", 11), ("novembre", 11), ("noviembre", 11), ("novembro", 11), ("listopada", 11),
    ("december", 12), ("dec", 12), ("dezember", 12), ("dez", 12), ("décembre", 12), ("decembre", 12), ("déc", 12), ("diciembre", 12), ("dic", 12), ("dicembre", 12), ("dezembro", 12), ("grudnia", 12),
];
/// Words that open a byline and are not part of a name ("By", "Von", "Par", …).
pub(crate) const BYLINE_PREFIXES: &[&str] = &[
    "by", "von", "par", "por", "di", "door", "av", "af", "przez", "от", "written by", "posted by",
    "text:", "texto:", "autor:", "author:", "auteur:", "autore:", "redacción:", "reporting by",
    "story by", "words by", "von:", "by:", "text von", "ein kommentar von", "ein gastbeitrag von",
];
/// Words joining several authors ("and", "und", "et", …).
pub(crate) const AUTHOR_JOINERS: &[&str] = &[" and ", " & ", " und ", " et ", " y ", " e ", " en ", " og ", " och ", " i "];
/// Wire agencies: a byline or credit naming one is the `credit`, not an author.
pub(crate) const AGENCIES: &[(&str, &str)] = &[
    ("reuters", "Reuters"), ("associated press", "AP"), ("ap", "AP"), ("afp", "AFP"),
    ("agence france-presse", "AFP"), ("bloomberg", "Bloomberg"), ("dpa", "dpa"), ("efe", "EFE"),
    ("ansa", "ANSA"), ("kyodo", "Kyodo"), ("xinhua", "Xinhua"), ("upi", "UPI"), ("pa", "PA"),
    ("press association", "PA"), ("kyodo news", "Kyodo"), ("tass", "TASS"), ("yonhap", "Yonhap"),
    ("cnn wire", "CNN Wire"), ("apa", "APA"), ("sda", "SDA"), ("epd", "epd"), ("kna", "KNA"),
];
