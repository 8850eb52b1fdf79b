//! The metadata stage's tables of meta keys, dates, titles and limits,
//! each with its reason (byline and name words are in `byline_words`).

/// Meta keys giving the title, most trusted first (Dublin Core and OpenGraph before `<title>`).
pub(crate) const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
    "sailthru:title",
];
/// Meta keys naming the author(s).
pub(crate) const AUTHOR_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "author",
    "parsely-author",
    "sailthru:author",
    "article:author",
    "og:article:author",
    "byl",
    "citation_author",
    "dc:contributor",
    "twitter:creator",
    "cxenseparse:author",
];
/// Days a URL's date may precede the chosen publication date before the URL
/// wins (one day apart is a draft saved before midnight, not a move).
pub(crate) const URL_DATE_LEAD_DAYS: i64 = 1;
/// Meta keys naming the publication date outright.
pub(crate) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru:date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "publication_date",
    "dc:date:issued",
    "dcterms:issued",
    "article:post_date",
    "citation_publication_date",
    "release_date",
    "originalpublicationdate",
    "date_published",
    "cxenseparse:recs:publishtime",
    "article:published",
    "og:article:published_time",
    "bt:pubdate",
    "rnews:datepublished",
];
/// Meta keys with some date of the page (often of its last build or
/// revision): trusted after a `<time>` the page marks as published.
pub(crate) const WEAK_DATE_KEYS: &[&str] = &[
    "date",
    "dc:date",
    "dcterms:date",
    "dcterms:created",
    "dc:created",
    "citation_date",
    "displaydate",
];
/// Meta keys giving the modification date.
pub(crate) const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "datemodified",
    "dcterms:modified",
    "lastmod",
    "last-modified",
    "dc:date:modified",
    "modified_time",
];
/// Meta keys naming the site.
pub(crate) const SITE_KEYS: &[&str] = &[
    "og:site_name",
    "application-name",
    "twitter:site:name",
    "dc:publisher",
    "publisher",
];
/// Meta keys with the standfirst.
pub(crate) const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];
/// JSON-LD types of an article, most specific first.
pub(crate) const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "TechArticle",
    "APIReference",
    "Blog",
    "Review",
    "Recipe",
    "HowTo",
    "MedicalWebPage",
    "WebPage",
    "ItemPage",
    "CreativeWork",
];
/// Month names (and abbreviations) of the main European languages, with their number.
pub(crate) const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("janvier", 1),
    ("janv", 1),
    ("enero", 1),
    ("ene", 1),
    ("gennaio", 1),
    ("gen", 1),
    ("janeiro", 1),
    ("januari", 1),
    ("jänner", 1),
    ("styczeń", 1),
    ("stycznia", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("févr", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("fevereiro", 2),
    ("februari", 2),
    ("lutego", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("maart", 3),
    ("mär", 3),
    ("marca", 3),
    ("april", 4),
    ("apr", 4),
    ("avril", 4),
    ("avr", 4),
    ("abril", 4),
    ("abr", 4),
    ("aprile", 4),
    ("kwietnia", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("maio", 5),
    ("mei", 5),
    ("maja", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("czerwca", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("lipca", 7),
    ("august", 8),
    ("aug", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("ago", 8),
    ("augustus", 8),
    ("sierpnia", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("set", 9),
    ("września", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("out", 10),
    ("października", 10),
    ("november", 11),
    ("nov", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("listopada", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("déc", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("dicembre", 12),
    ("dezembro", 12),
    ("grudnia", 12),
];
/// Labels opening a visible publication date: such a date is one more vote for its day.
pub(crate) const PUBLISHED_LABELS: &[&str] = &[
    "erscheinungsdatum",
    "veröffentlicht",
    "publiziert",
    "published",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "opublikowano",
];
/// Starts of class/id words of a site's navigation bar, whose date is today's.
pub(crate) const CHROME_DATE_HINTS: &[&str] = &["nav", "topbar"];
/// Ancestors searched for [`CHROME_DATE_HINTS`].
pub(crate) const CHROME_DATE_LEVELS: usize = 4;
/// Keep at most this many candidates of each kind.
pub(crate) const MAX_CANDIDATES: usize = 12;
/// class/id substrings of elements showing the article's date.
pub(crate) const DATE_HINTS: &[&str] = &[
    "date",
    "datum",
    "fecha",
    "publish",
    "posted",
    "dateline",
    "time",
    "meta",
    "byline",
    "info",
    "author",
    "submitted",
    "authored",
    "zeit",
    "data",
    "entry-header",
    "post-header",
    "publica",
    "pubblica",
    "release",
    "stamp",
    "subline",
];
/// Separators between a headline and the site name, widest first.
pub(crate) const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " / ", " _ ", " ~ ", " // ", "_",
];
/// An `h1` shorter than this many words is not taken for the headline.
pub(crate) const MIN_H1_WORDS: usize = 2;
/// …nor one shorter than this many tenths of the title.
pub(crate) const H1_SHARE_TENTHS: usize = 4;
/// A page's only `h1` with this many words is its headline.
pub(crate) const LONE_H1_WORDS: usize = 4;
/// A last part of at most this many words may be a site name.
pub(crate) const MAX_SITE_WORDS: usize = 4;
/// The headline part must keep at least this many words when cut generically.
pub(crate) const MIN_HEAD_WORDS: usize = 4;
/// Regions (of `en-XX` page languages) that write an ambiguous `02/10/2020` month first.
pub(crate) const MONTH_FIRST_REGIONS: &[&str] = &["us", "ph"];
/// Earliest year accepted as a publication year.
pub(crate) const MIN_YEAR: i32 = 1990;
/// Latest year accepted as a publication year.
pub(crate) const MAX_YEAR: i32 = 2100;
/// Scripts longer than this are skipped (a page's JSON-LD is small).
pub(crate) const MAX_SCRIPT_BYTES: usize = 2_000_000;
/// At most this many JSON values are visited per script.
pub(crate) const MAX_VALUES: usize = 50_000;
/// Elements after the first `h1` searched for a written date.
pub(crate) const AFTER_H1_ELEMENTS: usize = 120;
/// Dashes that may set a site name after a headline.
pub(crate) const DASH_SEPARATORS: &[&str] = &[" – ", " — ", " - "];
/// A capitalised tail of at most this many words after a dash is a site name.
pub(crate) const DASH_SITE_WORDS: usize = 3;
/// Elements before the first `h1` searched for a box header's date line.
pub(crate) const BEFORE_H1_ELEMENTS: usize = 20;
/// Such a line is a date alone ("14. Februar 2012"), not a sentence.
pub(crate) const BEFORE_H1_CHARS: usize = 30;
/// Weekday names and abbreviations that may open a date after a byline
/// ("Heiko Sauer Do, 9. April 2020").
pub(crate) const WEEKDAYS: &[&str] = &[
    "mon",
    "monday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
];
/// Kinds of source (JSON-LD, meta, marked time, visible date, date meta) that must agree on a day to overrule the most trusted one.
pub(crate) const MIN_DATE_VOTES: usize = 2;
/// Largest UTC offset in use (UTC+14).
pub(crate) const MAX_UTC_OFFSET_SECS: i64 = 14 * 3600;
/// UTC offsets are whole quarter hours.
pub(crate) const OFFSET_STEP_SECS: i64 = 900;
/// Leading body blocks searched for a date line when the page states none (headline, dek, byline, date).
pub(crate) const BODY_DATE_BLOCKS: usize = 4;
