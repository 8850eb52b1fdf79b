//! Phrase lexicons: site chrome in the main European languages, stop words
//! for the jusText-style density, and the cue words of bylines, dates and
//! captions. All entries are lowercase.

/// Whole lines that are chrome (also matched as the start of a short line).
#[rustfmt::skip]
pub(crate) const CHROME_LINES: &[&str] = &[
    // English
    "share", "shares", "share this", "share this article", "share this story", "share on facebook",
    "share on twitter", "tweet", "print", "email", "e-mail", "copy link", "comments", "comment",
    "leave a comment", "leave a reply", "post a comment", "add comment", "sign in", "sign up",
    "log in", "login", "log out", "logout", "register", "subscribe", "subscribe now",
    "advertisement", "advertising", "sponsored", "ad", "ads", "search", "menu", "home", "close",
    "read more", "more", "see more", "show more", "load more", "view more", "related",
    "related articles", "related posts", "related stories", "related content", "recommended",
    "you might also like", "you may also like", "more from", "most read", "most popular",
    "popular posts", "popular", "trending", "trending now", "latest news", "latest", "follow us",
    "follow", "newsletter", "skip to content", "skip to main content", "previous article",
    "next article", "previous post", "next post", "previous", "next", "back to top", "accept",
    "cookie settings", "learn more", "undo", "welcome back!", "lost your password?",
    "forgot password?", "what do you think?", "reply", "cancel reply", "notification",
    "notifications", "listen", "listen to this article", "watch", "video", "photo", "photos",
    "gallery", "toggle navigation", "navigation", "main menu", "tags", "topics", "categories",
    "archives", "contact", "contact us", "about us", "about", "privacy policy", "terms of use",
    "terms of service", "sitemap", "rss", "facebook", "twitter", "instagram", "linkedin", "youtube",
    "whatsapp", "pinterest", "reddit", "telegram", "continue reading", "click here",
    "join the conversation", "open in app", "sponsored content", "top stories", "editor's picks",
    "don't miss", "also read", "read also", "read next", "up next", "more stories", "more news",
    "all rights reserved",
    // German
    "teilen", "drucken", "anmelden", "abmelden", "registrieren", "suche", "suchen", "menü",
    "kommentare", "kommentar schreiben", "weiterlesen", "mehr zum thema", "anzeige", "werbung",
    "impressum", "datenschutz", "zurück", "weiter", "startseite", "mehr", "artikel teilen",
    "das könnte sie auch interessieren", "meistgelesen", "schließen", "abonnieren",
    "verwandte themen", "ähnliche beiträge", "über den autor", "über die autorin",
    "about the author", "beitrag teilen", "themen in diesem artikel", "related coverage",
    "explore further", "zobacz również", "ezek is érdekelhetnek", "le puede interesar",
    "te puede interesar", "weitere beiträge", "inhaltsverzeichnis", "table of contents", "contents",
    "vorheriges", "nächstes", "weitere beiträge aus der kolumne", "mehr aus dem ressort",
    "mehr artikel", "lesen sie mehr", "read next", "you may like", "sponsored stories",
    "from our partners", "promoted stories", "more in", "recommended for you", "à voir aussi",
    "voir aussi", "lire plus", "articles liés", "sur le même thème", "potrebbe interessarti",
    "ti potrebbe interessare", "leia mais", "veja também", "relacionados", "relacionadas",
    "noticias relacionadas", "gerelateerde artikelen", "meer nieuws", "ouvir o texto",
    "listen to article", "escuchar", "écouter", "anhören", "vorlesen", "zum inhalt springen",
    "direkt zum inhalt", "zur navigation springen", "aller au contenu", "ir al contenido",
    "passa al contenuto", "saltar al contenido", "link zum artikel", "more videos", "embed",
    "verwandte artikel", "ähnliche artikel", "weitere artikel", "auch interessant",
    "neueste beiträge", "beliebte beiträge", "kategorien", "schlagwörter", "aktuelle ausgabe",
    "weitere informationen", "ansprechpartner", "das könnte dich auch interessieren",
    "teile diesen artikel", "artikel gefallen?", "neueste artikel", "top themen", "mehr zum thema",
    "das thema könnte dich auch interessieren", "entdecken sie jetzt", "markiert mit", "sharen mit",
    "pour approfondir", "dans la même rubrique", "articles similaires", "à lire également",
    "otras noticias", "artículos relacionados", "contexto de la noticia", "noticias relacionadas",
    "altre notizie", "notizie correlate", "outras notícias", "notícias relacionadas",
    "recent comments", "recent posts", "blogroll", "archive", "more stories", "related news",
    "further reading", "in this article", "trending stories", "editor's choice", "most viewed",
    "most shared", "latest stories", "latest posts", "other news", "see also",
    // French
    "partager", "imprimer", "commentaires", "commenter", "lire aussi", "lire la suite",
    "à lire aussi", "a lire aussi", "publicité", "se connecter", "connexion", "s'abonner",
    "rechercher", "recherche", "suivez-nous", "mentions légales", "accueil", "fermer",
    "les plus lus", "sur le même sujet", "voir plus", "en savoir plus",
    // Spanish
    "compartir", "comentarios", "leer más", "publicidad", "iniciar sesión", "suscríbete", "buscar",
    "noticias relacionadas", "síguenos", "te puede interesar", "lo más leído", "inicio", "cerrar",
    "ver más",
    // Italian
    "condividi", "stampa", "commenti", "leggi anche", "pubblicità", "accedi", "iscriviti", "cerca",
    "articoli correlati", "seguici", "più letti", "chiudi", "leggi di più",
    // Portuguese
    "compartilhar", "partilhar", "imprimir", "comentários", "leia mais", "leia também",
    "publicidade", "entrar", "assine", "pesquisar", "mais lidas", "fechar", "veja também",
    // Dutch
    "delen", "reacties", "lees meer", "lees ook", "advertentie", "inloggen", "zoeken", "abonneren",
    "meest gelezen", "sluiten",
];

/// Phrases that mark a line of at most `CUE_MAX_WORDS` words as chrome.
#[rustfmt::skip]
pub(crate) const CHROME_CUES: &[&str] = &[
    "all rights reserved", "sign in", "sign up", "log in", "subscribe to", "newsletter", "cookie",
    "privacy policy", "terms of use", "terms of service", "terms and conditions", "most read",
    "you might also like", "you may also like", "related articles", "follow us", "share this",
    "required fields", "your email address", "email address will not", "posted in", "filed under",
    "click here", "advertisement", "leave a comment", "leave a reply", "comments are closed",
    "have an existing account", "create an account", "your account", "skip to", "subscribe now",
    "comments are moderated", "reader comments", "suggested citation", "zitiervorschlag",
    "willige ich", "jetzt abonnieren", "straight to your inbox", "in your inbox",
    "support our journalism", "become a member", "abonnez-vous", "suscríbete", "abbonati", "assine",
    "download the app", "get the app", "copy link", "reading list", "sign in to", "read more",
    "sponsored", "share on", "share via", "comment policy", "report an error",
    // German
    "alle rechte vorbehalten", "datenschutz", "nutzungsbedingungen", "kommentarfunktion",
    "jetzt abonnieren", "zum newsletter", "jetzt anmelden", "mehr zum thema", "weitere artikel",
    "lesen sie auch", "lesen sie mehr",
    // French
    "tous droits réservés", "droits réservés", "politique de confidentialité", "abonnez-vous",
    "inscrivez-vous", "lire aussi", "publicité", "mentions légales",
    // Spanish / Portuguese / Italian / Dutch
    "todos los derechos reservados", "derechos reservados", "política de privacidad", "suscríbete",
    "todos os direitos reservados", "tutti i diritti riservati", "alle rechten voorbehouden",
    "privacybeleid", "leia também", "leggi anche",
    "in dein postfach", "in ihr postfach", "per e-mail zu erhalten", "e-mail-adresse eingeben", "benachrichtigung aktivieren", "um den inhalt von", "provision vom händler", "we recommend the best products", "advertisers do not", "paywall", "immer aktuell informiert", "spannende themen für dich", "first-time subscribers", "straight to your phone", "dans votre boîte", "en tu correo", "nella tua casella", "klicken sie auf den unteren button", "inhalt laden", "load content", "affiliate link", "affiliate-link", "partnerlinks",
    "gefällt ihnen?", "gekennzeichnet mit", "this entry was posted in", "bookmark the permalink",
    "dieser eintrag wurde veröffentlicht",
    // Account forms: password prompts and their error messages
    "forgot your password", "your password", "password must", "passwort vergessen", "dein passwort",
    "ihr passwort", "passwort muss", "passwörter stimmen", "mot de passe oublié",
    "votre mot de passe", "tu contraseña", "su contraseña", "sua senha", "je wachtwoord",
    "uw wachtwoord", "la tua password",
    // Reading time
    "min read", "mins read", "minute read", "minutes read", "reading time", "lesezeit", "lesedauer",
    "tempo di lettura", "temps de lecture", "tiempo de lectura", "tempo de leitura", "leestijd",
];

/// Line openings that mark a line of any length as chrome (links to other stories).
#[rustfmt::skip]
pub(crate) const CHROME_PREFIXES: &[&str] = &[
    "previous article", "next article", "previous post", "next post", "previous story",
    "next story", "read more:", "related:", "see also:", "read also:", "also read:",
    "related article:", "recommended:", "watch:", "lire aussi", "à lire aussi", "leia também",
    "mehr zum thema", "lesen sie auch", "leggi anche", "lee también", "vorheriger artikel",
    "nächster artikel", "article précédent", "article suivant",
];

/// Phrases that mark a line of any length as chrome (consent and site notices).
#[rustfmt::skip]
pub(crate) const CHROME_STRONG_CUES: &[&str] = &[
    "this site uses cookies", "this website uses cookies", "we use cookies", "by using this site",
    "by using this website", "by continuing to use", "by clicking", "you agree to our",
    "you agree to the", "wir verwenden cookies", "diese website verwendet cookies",
    "utilisons des cookies", "utilizamos cookies", "utilizziamo i cookie", "javascript is disabled",
    "enable javascript", "your email address will not be published",
];

/// Phrases of a short line that opens the readers' comments.
#[rustfmt::skip]
pub(crate) const COMMENT_MARKERS: &[&str] = &[
    "comments", "comment", "responses", "replies", "thoughts on", "leave a reply", "kommentare",
    "kommentar", "gedanke zu", "gedanken zu", "antworten", "commentaires", "commentaire",
    "réponses", "comentarios", "comentario", "commenti", "commento", "comentários", "reacties",
    "reactie", "komentarze", "комментарии",
];

/// Words that, with "cookie", make a line a consent notice.
#[rustfmt::skip]
pub(crate) const CONSENT_CONTEXT: &[&str] = &[
    "website", "webseite", "site", "browser", "consent", "einwilligung", "zustimm", "akzept",
    "accept", "datenschutz", "privacy", "analytics", "tracking", "gerät", "device", "einstellung",
    "setting", "navigat", "utilis", "verwende", "nutzen", "partner", "aceptar", "acepta",
    "consenso", "consentement", "ablehnen", "deaktivieren", "aktivieren",
];

/// Verbs that follow a name in an author's bio ("Jane Doe is a reporter").
#[rustfmt::skip]
pub(crate) const BIO_VERBS: &[&str] = &[
    "is", "was", "writes", "covers", "works", "ist", "war", "schreibt", "arbeitet", "beschäftigt",
    "est", "écrit", "es", "escribe", "è", "scrive", "é", "escreve",
];

/// Capitalised words that start a sentence but never a name ("Diese Zahl
/// ist …" is no author's bio).
#[rustfmt::skip]
pub(crate) const NOT_NAME_WORDS: &[&str] = &[
    "this", "that", "these", "those", "each", "every", "our", "my", "your", "diese", "dieser",
    "dieses", "jede", "jeder", "jedes", "alle", "unser", "unsere", "mein", "meine", "kein",
    "keine", "cette", "ce", "ces", "chaque", "notre", "este", "esta", "estos", "cada", "nuestro",
    "questo", "questa", "ogni", "nostro", "deze", "dit", "elke", "onze",
];

/// Words that start a byline ("By Jane Doe").
#[rustfmt::skip]
pub(crate) const BYLINE_CUES: &[&str] = &[
    "by", "von", "par", "por", "di", "door", "av", "af", "de", "autor:", "author:", "written by",
    "text:", "texto:", "reporting by", "words by",
];

/// Openings of the wire's credit line that closes a story ("Additional
/// reporting by …; Editing by …").
#[rustfmt::skip]
pub(crate) const REPORTING_CUES: &[&str] = &[
    "additional reporting by", "reporting by", "editing by", "writing by", "compiled by",
    "mit material von", "con información de", "avec reporting de", "con reportes de",
];

/// Words of a byline that name a desk, not a person ("Staff").
#[rustfmt::skip]
pub(crate) const DESK_WORDS: &[&str] = &[
    "staff", "editorial board", "editors", "redaktion", "rédaction", "redacción", "redazione",
    "newsroom", "news desk", "agencies", "wire",
];

/// Words that mark a publication date ("Published on …").
#[rustfmt::skip]
pub(crate) const PUBLISHED_CUES: &[&str] = &[
    "published", "posted", "posted on", "published on", "first published", "date:",
    "veröffentlicht", "erschienen", "publié", "publié le", "publicado", "publicado el",
    "pubblicato", "gepubliceerd", "stand:", "publiziert", "publicerad", "opublikowano", "опубликовано",
];

/// Words that mark a modification date ("Last updated: …").
#[rustfmt::skip]
pub(crate) const MODIFIED_CUES: &[&str] = &[
    "updated", "last updated", "modified", "last modified", "aktualisiert", "zuletzt aktualisiert",
    "mis à jour", "actualizado", "aggiornato", "atualizado", "bijgewerkt",
];

/// Markers of a photo caption or credit ("… Photo: Xinhua").
#[rustfmt::skip]
pub(crate) const CAPTION_CUES: &[&str] = &[
    "media caption", "photo:", "photo by", "photograph:", "image:", "picture:", "credit:", "foto:",
    "bild:", "(photo", "(foto", "getty images", "photo credit", "file photo", "illustration:",
    "bildquelle:", "(bildquelle", "quelle: dpa", "(foto:", "foto: dpa", "photo: afp", "photo: reuters", "photo: ap",
];

/// Corporate suffixes dropped from a name taken from a copyright line.
#[rustfmt::skip]
pub(crate) const CORPORATE_SUFFIXES: &[&str] = &[
    "l.p.", "lp", "inc.", "inc", "ltd.", "ltd", "llc", "gmbh", "s.a.", "plc", "co.", "corp.",
    "limited", "ag",
];

/// Stop words per language (ISO 639-1 tag, words): the jusText density and
/// the language guess.
#[rustfmt::skip]
pub(crate) const STOP_WORDS: &[(&str, &[&str])] = &[
    ("en", &[
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he",
        "as", "his", "by", "at", "be", "this", "had", "not", "are", "but", "from", "or", "have",
        "an", "they", "which", "were", "been", "has", "their", "said", "its", "would", "who",
        "will", "there", "we", "more", "about", "than", "into", "after", "she", "her", "also",
        "can", "you", "i", "if", "when", "so", "what", "all", "our", "them", "could", "should",
        "between", "during", "may", "might", "no", "one", "two", "over", "up", "out", "only",
        "other", "some", "such", "then", "these", "those", "through", "under", "very", "while",
        "how", "did", "do", "does", "being", "because", "before", "both", "each", "most", "any",
        "my", "your", "us", "him", "amid", "against", "since", "just", "now", "where", "how",
    ]),
    ("de", &[
        "der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für",
        "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus",
        "er", "hat", "dass", "daß", "sie", "nach", "wird", "bei", "einer", "um", "am", "sind",
        "noch", "wie", "einem", "über", "einen", "so", "zum", "war", "haben", "nur", "oder", "aber",
        "vor", "zur", "bis", "mehr", "durch", "man", "wurde", "ich", "wir",
    ]),
    ("fr", &[
        "de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui",
        "dans", "a", "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec",
        "aux", "ou", "son", "sa", "mais", "nous", "été", "elle", "cette", "ont", "leur", "comme",
        "on", "ses", "je", "vous", "tout", "si", "y", "être", "fait",
    ]),
    ("es", &[
        "de", "la", "que", "el", "en", "y", "a", "los", "del", "se", "las", "por", "un", "para",
        "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o",
        "fue", "este", "ha", "sí", "porque", "esta", "son", "entre", "cuando", "muy", "sin",
        "sobre", "ser", "también", "me", "hasta", "hay", "donde", "han", "desde", "todo",
    ]),
    ("it", &[
        "di", "e", "il", "la", "che", "in", "a", "per", "un", "è", "del", "non", "una", "i",
        "della", "le", "con", "si", "da", "al", "sono", "dei", "come", "alla", "nel", "lo", "gli",
        "anche", "più", "ma", "delle", "ha", "se", "questo", "nella", "o", "sul", "dal", "ci",
        "essere", "suo", "sua", "tra", "quando", "hanno", "stato", "molto",
    ]),
    ("pt", &[
        "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os",
        "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das",
        "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "eu",
        "também", "só", "pelo", "pela", "até", "isso", "ela", "entre",
    ]),
    ("nl", &[
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn",
        "is", "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan",
        "zou", "of", "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook",
        "tot", "je", "naar", "kan", "nog", "worden", "wordt", "hebben", "geen", "meer",
    ]),
    ("sv", &[
        "och", "det", "att", "i", "en", "jag", "hon", "som", "han", "på", "den", "med", "var",
        "sig", "för", "så", "till", "är", "men", "ett", "om", "hade", "de", "av", "icke", "mig",
        "du", "henne", "då", "sin", "nu", "har", "inte", "hans", "honom", "skulle", "hennes", "där",
        "min", "man", "ej", "vid", "kunde", "något", "från", "ut", "när", "efter", "upp",
    ]),
    ("pl", &[
        "i", "w", "z", "na", "się", "nie", "do", "to", "że", "jest", "o", "a", "jak", "po", "co",
        "ale", "od", "za", "tak", "przez", "jego", "dla", "jej", "czy", "już", "są", "był", "być",
        "tym", "tego", "tylko", "może", "które", "który", "która", "oraz", "także", "było",
    ]),
    ("ru", &[
        "и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "у", "за", "о", "же", "от",
        "для", "так", "но", "его", "он", "она", "они", "бы", "был", "была", "было", "уже", "все",
        "только", "еще", "ещё", "при", "или", "также", "будет", "если", "то", "их",
    ]),
];
