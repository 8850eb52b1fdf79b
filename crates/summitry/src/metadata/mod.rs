//! Stage 4 (HTML): the article's metadata from the page head and markup.
//!
//! One walk gathers every source ([`page`]); then, field by field, the most
//! trusted one that says something wins: JSON-LD ([`jsonld`]), then
//! OpenGraph / `article:*` / Dublin Core / parsely meta, then microdata,
//! `<time>`, byline elements ([`byline`]) and the URL ([`dates`]).

mod byline;
mod dates;
mod jsonld;
mod lexicon;
mod page;
mod published;
mod title;

use scraper::Html;

use crate::{Article, BlockKind, Options};
use lexicon::*;

/// Reads the metadata of a parsed page into an [`Article`] with an empty body.
pub(crate) fn run(doc: &Html, opts: &Options) -> Article {
    let p = page::gather(doc);
    let ld = jsonld::read(&p.ld_scripts);
    let url = p
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| p.meta(&["og:url"]).filter(|u| u.starts_with("http")))
        .or_else(|| opts.url.clone())
        .or_else(|| ld.url.clone());
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| p.meta(SITE_KEYS))
        .filter(|s| !s.starts_with("http"));
    let mut a = Article {
        url,
        site_name,
        ..Article::default()
    };

    let host = a
        .url
        .as_deref()
        .and_then(|u| u.split("://").nth(1))
        .and_then(|r| r.split(['/', '?', '#']).next())
        .map(|h| h.trim_start_matches("www.").to_string());
    a.title = title::choose(&p, &ld, a.site_name.as_deref(), host.as_deref());

    a.description = p.meta(DESCRIPTION_KEYS).or_else(|| ld.description.clone());

    // Dates.
    let df = day_first(&p);
    let time_pub = || {
        p.times
            .iter()
            .filter(|t| t.published && !t.modified)
            .chain(p.times.iter().filter(|t| t.in_article && !t.modified))
            .find_map(|t| dates::normalize(&t.value, df))
    };
    let date_text = || {
        p.date_texts
            .iter()
            .find_map(|t| dates::normalize_in_text(t, df))
    };
    a.published = published::choose(&[
        ld.published
            .as_deref()
            .and_then(|v| dates::normalize(v, df)),
        p.meta(PUBLISHED_KEYS)
            .as_deref()
            .and_then(|v| dates::normalize(v, df)),
        time_pub(),
        date_text(),
        p.meta(WEAK_DATE_KEYS)
            .as_deref()
            .and_then(|v| dates::normalize(v, df)),
    ])
    .or_else(|| a.url.as_deref().and_then(dates::from_url))
    .or_else(|| {
        p.after_h1
            .iter()
            .find_map(|t| dates::normalize_in_text(t, df))
    })
    .or_else(|| {
        p.times
            .iter()
            .filter(|t| !t.modified && !t.elsewhere)
            .find_map(|t| dates::normalize(&t.value, df))
    })
    .or_else(|| {
        // The page's only `<time>`, even in a list: no other story's date to confuse it with.
        match p.times.as_slice() {
            [t] if !t.modified => dates::normalize(&t.value, df),
            _ => None,
        }
    })
    .map(|chosen| {
        // The same instant elsewhere (even in an "updated" element) in local time.
        let others: Vec<String> = p
            .times
            .iter()
            .filter_map(|t| dates::normalize(&t.value, df))
            .chain(
                PUBLISHED_KEYS
                    .iter()
                    .chain(WEAK_DATE_KEYS)
                    .flat_map(|k| p.meta_all(k))
                    .filter_map(|v| dates::normalize(&v, df)),
            )
            .collect();
        published::prefer_local(chosen, others.iter().map(String::as_str))
    });
    a.modified = ld
        .modified
        .as_deref()
        .and_then(|v| dates::normalize(v, df))
        .or_else(|| {
            p.meta(MODIFIED_KEYS)
                .as_deref()
                .and_then(|v| dates::normalize(v, df))
        })
        .or_else(|| {
            p.times
                .iter()
                .filter(|t| t.modified)
                .find_map(|t| dates::normalize(&t.value, df))
        });

    // Authors.
    let mut credit = None;
    // (values, structured: a bare user name is accepted, from the head: JSON-LD or meta,
    // the user name is the author's own: an hCard, a forum post).
    let mut sources: Vec<(Vec<String>, bool, bool, bool)> = Vec::new();
    if !ld.authors.is_empty() {
        sources.push((ld.authors.clone(), true, true, false));
    }
    for k in AUTHOR_KEYS {
        let v = p.meta_all(k);
        if !v.is_empty() {
            sources.push((v, true, true, false));
        }
    }
    if !p.item_authors.is_empty() {
        // Teasers of other stories mark their authors too: when byline elements
        // name some of the item authors, only those.
        let bylines: Vec<String> = p.bylines.iter().map(|b| norm_key(b)).collect();
        let named: Vec<String> = p
            .item_authors
            .iter()
            .filter(|s| {
                let k = norm_key(s);
                !k.is_empty() && bylines.iter().any(|b| b.contains(&k))
            })
            .cloned()
            .collect();
        let items = if named.is_empty() {
            p.item_authors.clone()
        } else {
            named
        };
        sources.push((items, true, false, false));
    }
    if let Some(h) = p.hcard_authors.first() {
        sources.push((vec![h.clone()], true, false, true));
    }
    for b in &p.bylines {
        sources.push((vec![b.clone()], false, false, false));
    }
    if !p.rel_authors.is_empty() {
        sources.push((p.rel_authors.clone(), true, false, false));
    }
    if let Some(h) = p.handles.first() {
        sources.push((vec![h.clone()], true, false, true));
    }
    let site_n = a.site_name.as_deref().map(norm_key).unwrap_or_default();
    let mut fallback: Vec<String> = Vec::new();
    let mut orgs: Vec<String> = Vec::new();
    for (raws, structured, head, own_handle) in sources {
        if !a.authors.is_empty() {
            // Another head source naming the same author with co-authors completes the list.
            if !head {
                break;
            }
            let mut names: Vec<String> = Vec::new();
            for raw in raws.iter().filter(|r| !r.starts_with("http")) {
                for n in byline::authors(raw).0 {
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
            }
            if names.len() > a.authors.len()
                && names.len() <= MAX_COAUTHORS
                && a.authors.iter().all(|x| names.contains(x))
            {
                a.authors = names;
            }
            continue;
        }
        let mut names = Vec::new();
        for raw in raws.iter().filter(|r| !r.starts_with("http")) {
            let (n, c) = byline::authors(raw);
            if credit.is_none() {
                credit = c;
            }
            if n.is_empty() && structured {
                if let Some(h) = byline::handle(raw) {
                    // An hCard's user name is the post's author; elsewhere a last resort.
                    if own_handle {
                        names.push(h);
                    } else {
                        orgs.push(h);
                    }
                }
            }
            for n in n {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        if names.is_empty() {
            continue;
        }
        // The publisher or another organisation named as author: keep looking for a person.
        if names.iter().all(|n| {
            let k = norm_key(n);
            byline::is_org(n)
                || (!site_n.is_empty()
                    && k.len() >= 3
                    && (site_n.contains(&k) || k.contains(&site_n)))
        }) {
            if fallback.is_empty() {
                fallback = names;
            } else if (own_handle || !structured)
                && fallback == names
                && !names.iter().any(|n| byline::is_org(n))
            {
                // A blog named after its owner: the post's hCard or byline agrees with the head.
                a.authors = names;
            }
            continue;
        }
        a.authors = names;
    }
    if a.authors.is_empty() && fallback.is_empty() && orgs.is_empty() {
        // A byline line under the headline, in no marked element ("von Jane Doe").
        if let Some(names) = p
            .after_h1
            .iter()
            .take(AFTER_H1_BYLINE_ELEMENTS)
            .filter(|t| t.chars().count() <= BODY_BYLINE_CHARS)
            // A date or a dash may open the line ("06.11.2023 13:30 von Olga").
            .map(|t| {
                let rest = t
                    .split_whitespace()
                    .skip_while(|w| {
                        w.starts_with(|c: char| {
                            c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '|')
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                (rest.to_lowercase(), t)
            })
            .filter(|(l, _)| {
                opens_byline(l) && !PHOTO_CREDIT_PREFIXES.iter().any(|x| l.starts_with(x))
            })
            .map(|(_, t)| t)
            .map(|t| byline::authors(t))
            .find(|(n, _)| !n.is_empty())
            .map(|(n, c)| {
                if credit.is_none() {
                    credit = c;
                }
                n
            })
        {
            a.authors = names;
        }
    }
    if a.authors.is_empty() {
        // A labelled line elsewhere ("Autorin: Jane Roe" closing the story).
        if let Some(names) = p
            .labelled
            .iter()
            .map(|l| byline::authors(l).0)
            .find(|n| !n.is_empty())
        {
            a.authors = names;
        }
    }
    if a.authors.is_empty() {
        a.authors = if fallback.is_empty() {
            orgs.into_iter().take(1).collect()
        } else {
            fallback
        };
    }
    a.credit = credit;

    a.language = p
        .lang
        .clone()
        .or_else(|| p.meta(&["content-language", "og:locale", "dc:language", "language"]))
        .or_else(|| ld.language.clone())
        .and_then(|l| {
            l.split(['-', '_'])
                .next()
                .map(|s| s.trim().to_ascii_lowercase())
        })
        .filter(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphabetic()));
    a.section = ld
        .section
        .clone()
        .or_else(|| p.meta(&["article:section", "parsely-section", "section"]));
    a.tags = if ld.keywords.is_empty() {
        p.meta_all("article:tag")
    } else {
        ld.keywords.clone()
    };
    a.image = p
        .meta(&[
            "og:image",
            "og:image:url",
            "twitter:image",
            "twitter:image:src",
        ])
        .or_else(|| ld.image.clone());
    a
}

/// Whether an ambiguous slashed date on the page is day first: unless the
/// page says it is in English of a month-first region, or says nothing.
fn day_first(p: &page::Page) -> bool {
    let Some(tag) = p
        .lang
        .clone()
        .or_else(|| p.meta(&["og:locale", "content-language", "dc:language", "language"]))
    else {
        return false;
    };
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    let region = parts.next().unwrap_or("");
    if lang.is_empty() {
        return false;
    }
    !(lang == "en" && (region.is_empty() || MONTH_FIRST_REGIONS.contains(&region)))
}

/// Whether a lowercased line opens with a byline word ("von …", "by …", "text: …").
fn opens_byline(lower: &str) -> bool {
    BYLINE_PREFIXES.iter().any(|p| {
        lower.starts_with(p)
            && lower
                .get(p.len()..)
                .is_some_and(|r| r.starts_with([' ', ':']) || p.ends_with(':'))
    })
}

fn norm_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Fills what needs the body: the wire credit and dateline of the first
/// paragraph.
pub(crate) fn finish(a: &mut Article) {
    if a.published.is_none() {
        let df = a.language.as_deref().is_some_and(|l| l != "en");
        a.published = a.blocks.iter().take(BODY_DATE_BLOCKS).find_map(|b| {
            // A short line, or the very start of a longer one ("01.02.2022 – Der …").
            let head = if b.text.len() < 200 {
                b.text.as_str()
            } else {
                let mut end = 24.min(b.text.len());
                while !b.text.is_char_boundary(end) {
                    end -= 1;
                }
                b.text.get(..end).unwrap_or("")
            };
            dates::normalize_in_text(head, df)
        });
    }
    let site_n = a.site_name.as_deref().map(norm_key).unwrap_or_default();
    let only_org = !a.authors.is_empty()
        && a.authors.iter().all(|n| {
            let k = norm_key(n);
            byline::is_org(n)
                || (!site_n.is_empty()
                    && k.len() >= 3
                    && (site_n.contains(&k) || k.contains(&site_n)))
        });
    if a.authors.is_empty() || only_org {
        // A byline written as a line of the body ("Von Jane Doe", "Text: John Roe"),
        // also over the publisher named as author.
        let n = a.blocks.len();
        let edge = a
            .blocks
            .iter()
            .enumerate()
            .filter(|(i, b)| (*i < 3 || i + 3 >= n) && b.text.chars().count() <= BODY_BYLINE_CHARS)
            .map(|(_, b)| b);
        for b in edge {
            let lower = b.text.to_lowercase();
            let opens = opens_byline(&lower);
            // "11.12.2019 - Jane Doe": a date, then the byline.
            let dated = lower.starts_with(|c: char| c.is_ascii_digit())
                && [" - ", " | ", " von ", " by ", " – ", " · "]
                    .iter()
                    .any(|s| lower.contains(s));
            if opens || (dated && !only_org) {
                let (names, credit) = byline::authors(&b.text);
                if !names.is_empty() {
                    a.authors = names;
                    if a.credit.is_none() {
                        a.credit = credit;
                    }
                    break;
                }
            }
        }
    }
    let Some(first) = a.blocks.iter().find(|b| b.kind == BlockKind::Paragraph) else {
        return;
    };
    let (place, credit) = byline::dateline(&first.text);
    if a.dateline.is_none() {
        a.dateline = place;
    }
    if a.credit.is_none() {
        a.credit = credit;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> Article {
        run(&Html::parse_document(html), &Options::new())
    }

    #[test]
    fn json_ld_beats_meta() {
        let a = meta_of(
            r#"<html lang="de-DE"><head><title>Head | Site</title>
            <meta property="og:title" content="OG title">
            <meta property="article:published_time" content="2020-01-01">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","datePublished":"2021-02-03T04:05:06+01:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"name":"The Site"}}</script>
            </head><body></body></html>"#,
        );
        assert_eq!(a.title.as_deref(), Some("LD title"));
        assert_eq!(a.published.as_deref(), Some("2021-02-03T04:05:06+01:00"));
        assert_eq!(a.authors, vec!["Jane Doe"]);
        assert_eq!(a.site_name.as_deref(), Some("The Site"));
        assert_eq!(a.language.as_deref(), Some("de"));
    }

    #[test]
    fn comment_dates_and_teaser_dates_are_not_the_article_date() {
        let a = meta_of(
            r#"<html lang="de"><body><article><h1>Eine Geschichte</h1>
            <p class="subline">21. Jan 2022 // Jane Doe</p><p>Text.</p>
            <div class="infos"><p>06. Aug 2020 // Tipps</p></div>
            <ol><li class="comment"><footer><time datetime="2022-02-24T03:36:11+02:00">24.02.</time></footer></li></ol>
            </article></body></html>"#,
        );
        assert_eq!(a.published.as_deref(), Some("2022-01-21"));
    }

    #[test]
    fn a_blog_named_after_its_owner_and_home_linked_hcards() {
        // The head names the site's owner as author; the post's hCard agrees.
        let a = meta_of(
            r#"<html><head><meta property="og:site_name" content="Jane Doe">
            <meta name="author" content="Jane Doe"></head><body>
            <h1 class="vcard author"><a class="fn" href="https://janedoe.example/">Jane's Blog</a></h1>
            <article><h2>Ten years</h2><span class="author vcard"><a class="fn" href="/author/jd/">Jane Doe</a></span>
            <p>Text.</p></article><aside><div class="widget-author">Thomas Mann</div></aside></body></html>"#,
        );
        assert_eq!(a.authors, vec!["Jane Doe"]);
        // A dash before the author label does not hide it.
        let b = meta_of(
            r#"<html><body><h1>Eine Geschichte</h1><div class="timedata">05.02.2020
            <span>-&nbsp;Redaktion: Eberhard Roe (Pressesprecher des Vereins)</span></div><p>Text.</p></body></html>"#,
        );
        assert_eq!(b.authors, vec!["Eberhard Roe"]);
    }

    #[test]
    fn teaser_item_authors_and_author_box_headings() {
        // Teasers mark their authors with itemprop too; the byline names the story's.
        let a = meta_of(
            r#"<html><body><article><h1>A story here</h1><div class="byline">by <span itemprop="author">Jane Doe</span></div>
            <p>Text.</p></article><ul><li><span itemprop="author">John Roe</span></li></ul></body></html>"#,
        );
        assert_eq!(a.authors, vec!["Jane Doe"]);
        // An author box's heading is not its name.
        let b = meta_of(
            r#"<html><body><h1>A story here</h1><p>Text.</p><div class="author-info"><h3>Autor</h3>
            <h4><a href="/author/jr/">Jane Roe</a></h4><p>Jane Roe writes about loudspeakers, home cinema and
            music for this site since 2012, and about many other things besides.</p></div></body></html>"#,
        );
        assert_eq!(b.authors, vec!["Jane Roe"]);
    }

    #[test]
    fn byline_and_time_elements() {
        let a = meta_of(
            r#"<html><head><title>A story - The Site</title><meta property="og:site_name" content="The Site"></head><body>
            <article><h1>A story</h1><div class="byline">By Jane Doe and John Roe</div>
            <time datetime="2019-10-16T08:00:00Z">Oct 16</time><p>Text.</p></article></body></html>"#,
        );
        assert_eq!(a.title.as_deref(), Some("A story"));
        assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
        assert_eq!(a.published.as_deref(), Some("2019-10-16T08:00:00Z"));
    }

    #[test]
    fn a_head_source_with_co_authors_completes_the_list() {
        let a = meta_of(
            r#"<html><head><meta property="author" content="Jane Doe,John Roe">
            <script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script>
            </head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(a.authors, vec!["Jane Doe", "John Roe"]);
    }

    #[test]
    fn a_byline_marked_by_test_id() {
        let a = meta_of(
            r#"<html><body><h1>A title</h1><div data-testid="prism-byline"><span>By</span> <a href="/x">J.R. Stone</a></div>
            <p>Text.</p></body></html>"#,
        );
        assert_eq!(a.authors, vec!["J.R. Stone"]);
    }

    #[test]
    fn an_unmarked_byline_line_under_the_headline() {
        let a = meta_of(
            r#"<html><body><h1>Ein Titel</h1><span class="cat">von Jane Doe</span>
            <p>Text von heute.</p></body></html>"#,
        );
        assert_eq!(a.authors, vec!["Jane Doe"]);
    }

    #[test]
    fn a_marked_page_date_beats_a_generic_date_meta() {
        let a = meta_of(
            r#"<html><head><meta name="date" content="2021-12-20"></head><body>
            <article><h1>A story here</h1><span class="date">27.01.2022</span><p>Text.</p></article></body></html>"#,
        );
        assert_eq!(
            a.published.as_deref().and_then(|p| p.get(..10)),
            Some("2022-01-27")
        );
        let b = meta_of(
            r#"<html><head><meta name="date" content="2021-12-20"></head><body><p>Text.</p></body></html>"#,
        );
        assert_eq!(
            b.published.as_deref().and_then(|p| p.get(..10)),
            Some("2021-12-20")
        );
    }

    #[test]
    fn the_navigation_bar_date_is_today_and_a_lone_time_is_the_date() {
        let a = meta_of(
            r#"<html><body><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch</time></span></div>
            <article><h1>A story here</h1><p><span class="text_datum">31. Oktober 2023.</span> Text.</p></article></body></html>"#,
        );
        assert_eq!(
            a.published.as_deref().and_then(|p| p.get(..10)),
            Some("2023-10-31")
        );
        let b = meta_of(
            r#"<html><body><h1>Chapter one</h1><ul><li><time datetime="2020-08-06T09:09:24Z">Aug 6</time></li></ul><p>Text.</p></body></html>"#,
        );
        assert_eq!(
            b.published.as_deref().and_then(|p| p.get(..10)),
            Some("2020-08-06")
        );
    }

    #[test]
    fn forum_posters_and_submitted_lines_name_the_author() {
        let forum = meta_of("<body><h1>Thread</h1><article class='message' data-author='Pepemaus'><p>Hi</p></article>\
            <article class='message' data-author='Other'><p>Hello</p></article></body>");
        assert_eq!(forum.authors, vec!["Pepemaus"]);
        let drupal = meta_of("<body><h1>Story</h1><div class=submitted>Gespeichert von <span class=username>rasos</span> am 24. Juli 2017</div></body>");
        assert_eq!(drupal.authors, vec!["rasos"]);
        let loose =
            meta_of("<body><h1>Story</h1><p>Text</p><span class=username>visitor</span></body>");
        assert!(loose.authors.is_empty());
    }

    #[test]
    fn an_hcard_author_beats_a_loose_author_box() {
        let a = meta_of("<body><h1>Story</h1><div class=quote-author>Thomas Mann</div>\
            <span class='author vcard'><span>Author</span><a class='url fn n' href=/a>freeman1984</a></span><p>Text</p></body>");
        assert_eq!(a.authors, vec!["freeman1984"]);
    }

    #[test]
    fn a_dated_byline_line_under_the_headline() {
        let a = meta_of("<body><h1>Story here</h1><h2>Stars <span>06.11.2023 13:30 von Olga</span></h2><p>Text</p></body>");
        assert_eq!(a.authors, vec!["Olga"]);
    }

    #[test]
    fn a_labelled_line_closing_the_story_names_the_author() {
        let own = meta_of(
            "<head><meta name=author content='Some Foundation e.V.'></head><body><h1>Story</h1>\
            <p>Body text here.</p><p><strong>Autorin: Uta Roe</strong></p></body>",
        );
        assert_eq!(own.authors, vec!["Uta Roe"]);
        let bare = meta_of(
            "<body><h1>Story</h1><p>Body text here.</p><p><b>Von:</b><br><br> Götz Doe</p></body>",
        );
        assert_eq!(bare.authors, vec!["Götz Doe"]);
        let photo = meta_of(
            "<body><h1>Story</h1><p>Body text here.</p><p><b>Foto:</b> Götz Doe</p></body>",
        );
        assert!(photo.authors.is_empty());
    }

    #[test]
    fn a_body_byline_beats_the_publisher_as_author() {
        let meta = Article {
            site_name: Some("The Site".into()),
            authors: vec!["The Site".into()],
            ..Article::default()
        };
        let mut a = crate::article::assemble(
            meta,
            vec![
                crate::article::BlockDraft::new(BlockKind::Paragraph, "Von Jane Doe"),
                crate::article::BlockDraft::new(BlockKind::Paragraph, "Der Text beginnt hier."),
            ],
        );
        finish(&mut a);
        assert_eq!(a.authors, vec!["Jane Doe"]);
    }

    #[test]
    fn wire_dateline_and_credit() {
        let mut a = crate::article::assemble(
            Article::default(),
            vec![crate::article::BlockDraft::new(
                BlockKind::Paragraph,
                "TOKYO (Reuters) - Japan said on Monday.",
            )],
        );
        finish(&mut a);
        assert_eq!(a.dateline.as_deref(), Some("Tokyo"));
        assert_eq!(a.credit.as_deref(), Some("Reuters"));
    }
}
