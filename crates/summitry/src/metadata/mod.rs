//! Stage 4 (HTML): the article's metadata from the page head and markup.
//!
//! One walk gathers every source ([`page`]); then, field by field, the most
//! trusted one that says something wins: JSON-LD ([`jsonld`]), then
//! OpenGraph / `article:*` / Dublin Core / parsely meta, then microdata,
//! `<time>`, byline elements ([`byline`]) and the URL ([`dates`]).

mod byline;
mod byline_words;
mod dates;
mod entities;
mod jsonld;
mod lexicon;
mod page;
mod published;
mod title;

use scraper::Html;

use crate::{Article, BlockKind, Options};
use byline_words::*;
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
    // A visible date the page labels as the publication date ("Erscheinungsdatum 25.01.2022").
    let labelled_date = || {
        p.date_texts
            .iter()
            .filter(|t| {
                let l = t.to_lowercase();
                PUBLISHED_LABELS.iter().any(|x| l.starts_with(x))
            })
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
        labelled_date(),
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
        p.before_h1
            .iter()
            .rev()
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
        if !published::is_utc(&chosen) {
            return chosen;
        }
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
            // A visible date line with its clock time ("3/5/2022 22:41").
            .chain(
                p.date_texts
                    .iter()
                    .chain(&p.after_h1)
                    .filter(|t| t.contains(':'))
                    .filter_map(|t| dates::normalize_in_text(t, df)),
            )
            .collect();
        published::prefer_local(chosen, others.iter().map(String::as_str))
    })
    .map(|chosen| {
        // A URL minted days earlier keeps the first publication (a page moved
        // or re-published); a day apart may be a draft saved before midnight.
        let day = |d: &str| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok();
        match a.url.as_deref().and_then(dates::from_url) {
            Some(u)
                if day(&u)
                    .zip(day(&chosen))
                    .is_some_and(|(u, c)| (c - u).num_days() > URL_DATE_LEAD_DAYS) =>
            {
                u
            }
            _ => chosen,
        }
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
        // A user name ("CC7567") in the head: a visible byline may give the person.
        if head && names.iter().all(|n| is_user_handle(n)) {
            orgs.extend(names);
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

/// One word mixing letters and digits ("CC7567", "user_42"): an account, not a name.
fn is_user_handle(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.chars().any(char::is_alphabetic)
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
mod tests;
