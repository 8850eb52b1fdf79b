//! The title: the most trusted headline, without the site name around it
//! ("Headline | Site", "Site - Headline", "Headline - Section - Site").

use super::entities::unescape;
use super::jsonld::Ld;
use super::lexicon::*;
use super::page::Page;

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Share of the words of `b` found in `a`.
fn overlap(a: &str, b: &str) -> f64 {
    let wa: Vec<String> = a.split_whitespace().map(norm).collect();
    let wb: Vec<String> = b.split_whitespace().map(norm).collect();
    if wb.is_empty() {
        return 0.0;
    }
    wb.iter().filter(|w| wa.contains(w)).count() as f64 / wb.len() as f64
}

/// The headline among a heading's parts (kicker, headline, subtitle): the
/// one the page's title repeats, else the longest.
fn headline_part(parts: &[String], title: &str, title_tag: &str) -> Option<String> {
    let words = |s: &String| s.split_whitespace().count();
    let in_title: Vec<&String> = parts
        .iter()
        .filter(|s| {
            let n = norm(s);
            !n.is_empty() && (title.contains(&n) || title_tag.contains(&n))
        })
        .collect();
    let pool: Vec<&String> = if in_title.is_empty() {
        parts.iter().collect()
    } else {
        in_title
    };
    pool.into_iter()
        .max_by_key(|s| s.chars().count())
        .filter(|s| words(s) >= MIN_H1_WORDS)
        .map(|s| s.trim_end_matches([':', ' ']).to_string())
}

/// Picks and cleans the title.
pub(crate) fn choose(p: &Page, ld: &Ld, site: Option<&str>, host: Option<&str>) -> Option<String> {
    // JSON-LD `headline` and `name` can differ; the one closer to <title> wins.
    let ld_title = match (&ld.headline, ld.name.as_ref().filter(|_| ld.is_article)) {
        (Some(h), Some(n)) if h != n => {
            let tt = p.title_tag.as_deref().unwrap_or("");
            let (sh, sn) = (overlap(tt, h), overlap(tt, n));
            Some(if sn > sh { n.clone() } else { h.clone() })
        }
        (Some(h), _) => Some(h.clone()),
        (None, n) => n.cloned(),
    };
    let raw = ld_title
        .or_else(|| meta_title(p))
        .or_else(|| p.title_tag.clone())
        .or_else(|| p.h1.first().cloned())?;
    let raw = unescape(&raw).into_owned();
    // The visible headline, when the title is it plus a kicker or site name.
    let nr = norm(&raw);
    let nt = p.title_tag.as_deref().map(norm).unwrap_or_default();
    let fits = |h: &String| {
        let nh = norm(h);
        let words = h.split_whitespace().count();
        words >= MIN_H1_WORDS
            && nh.len() * 10 >= nr.len() * H1_SHARE_TENTHS
            && (nr.contains(&nh)
                || (!nt.is_empty() && nt.contains(&nh))
                || (p.h1_count == 1 && words >= LONE_H1_WORDS))
            && site.is_none_or(|s| norm(s) != nh)
    };
    let fitting: Vec<(usize, &String)> = p.h1.iter().enumerate().filter(|(_, h)| fits(h)).collect();
    // Of two headings the title repeats, the one it opens with (the other is
    // the site's or project's name after it).
    let pick = fitting
        .iter()
        .find(|(_, h)| fitting.len() > 1 && nr.starts_with(&norm(h)))
        .or(fitting.first());
    if let Some(&(k, h)) = pick {
        let parts = p.h1_parts.get(k).map(Vec::as_slice).unwrap_or(&[]);
        // A heading's permalink mark ("History¶") is not part of it.
        let h = h.trim_end_matches(['¶', '#', ' ']).to_string();
        return Some(headline_part(parts, &nr, &nt).unwrap_or(h));
    }
    Some(strip_site(&raw, site, &p.h1, p.title_tag.as_deref(), host))
}

/// The first title key the page sets; of several values for it (`property`
/// first, then `name`), the one a visible `h1` repeats.
fn meta_title(p: &Page) -> Option<String> {
    let first = p.meta(TITLE_KEYS)?;
    let key = TITLE_KEYS
        .iter()
        .find(|k| p.meta_all(k).first() == Some(&first))?;
    let h1: Vec<String> = p.h1.iter().map(|h| norm(h)).collect();
    Some(
        p.meta_all(key)
            .into_iter()
            .find(|v| h1.contains(&norm(v)))
            .unwrap_or(first),
    )
}

/// Removes a site name before or after the headline.
pub(crate) fn strip_site(
    t: &str,
    site: Option<&str>,
    h1: &[String],
    title_tag: Option<&str>,
    host: Option<&str>,
) -> String {
    let t = t.trim();
    let nt = norm(t);
    // The page's own headline, when the title starts with it.
    for h in h1 {
        let nh = norm(h);
        if nh.len() >= 8 && nh != nt && nt.starts_with(&nh) {
            for sep in SEPARATORS {
                if let Some(i) = t.find(sep) {
                    if norm(t.get(..i).unwrap_or("")) == nh {
                        return t.get(..i).unwrap_or(t).trim().to_string();
                    }
                }
            }
        }
    }
    let site_n = site.map(norm).filter(|s| !s.is_empty());
    let host_n = host.map(norm).filter(|s| !s.is_empty());
    let site_like = |part: &str| {
        let np = norm(part);
        !np.is_empty()
            && (site_n
                .as_ref()
                .is_some_and(|s| s.contains(&np) || np.contains(s.as_str()))
                || (np.len() >= 4 && host_n.as_ref().is_some_and(|h| h.contains(&np))))
    };
    let site_exact = |part: &str| {
        let np = norm(part);
        !np.is_empty()
            && (site_n.as_ref().is_some_and(|s| s.contains(&np))
                || (np.len() >= 4 && host_n.as_ref().is_some_and(|h| h.contains(&np))))
    };
    for sep in SEPARATORS {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (
                t.get(..i).unwrap_or(""),
                t.get(i + sep.len()..).unwrap_or(""),
            );
            if !head.trim().is_empty() && site_like(tail) {
                return head.trim().to_string();
            }
        }
        if let Some(i) = t.find(sep) {
            let (head, tail) = (
                t.get(..i).unwrap_or(""),
                t.get(i + sep.len()..).unwrap_or(""),
            );
            // A site name before the headline: the site's name itself, or the
            // shorter part (not a headline that names the site).
            if !tail.trim().is_empty()
                && site_like(head)
                && (site_exact(head) || head.chars().count() < tail.chars().count())
            {
                return tail.trim().to_string();
            }
        }
    }
    // A pipe almost always separates the site or section from the headline.
    for sep in [" | ", " :: ", " » "] {
        if let Some(i) = t.find(sep) {
            let head = t.get(..i).unwrap_or("").trim();
            let tail = t.get(i + sep.len()..).unwrap_or("").trim();
            let (hw, tw) = (
                head.split_whitespace().count(),
                tail.split_whitespace().count(),
            );
            if hw >= MIN_HEAD_WORDS - 1 && tw <= MAX_SITE_WORDS + 2 && hw >= tw {
                return head.to_string();
            }
            if hw <= 2 && tw > MIN_HEAD_WORDS && !tail.contains(sep) {
                return tail.to_string();
            }
        }
    }
    // A short capitalised tail after a dash: a site name ("Headline – My Site").
    for sep in DASH_SEPARATORS {
        if let Some(i) = t.rfind(sep) {
            let head = t.get(..i).unwrap_or("").trim();
            let tail = t.get(i + sep.len()..).unwrap_or("").trim();
            if tail.split_whitespace().count() <= DASH_SITE_WORDS
                && head.split_whitespace().count() >= MIN_HEAD_WORDS
                && tail.starts_with(char::is_uppercase)
            {
                return head.to_string();
            }
        }
    }
    // The same suffix as the <title>'s, e.g. an og:title copied from it.
    if let Some(tt) = title_tag {
        for sep in [" | ", " - ", " – ", " — "] {
            if let (Some(i), Some(j)) = (t.rfind(sep), tt.rfind(sep)) {
                let tail = t.get(i..).unwrap_or("");
                let head = t.get(..i).unwrap_or("");
                if tail == tt.get(j..).unwrap_or("")
                    && tail.split_whitespace().count() <= MAX_SITE_WORDS + 1
                    && head.split_whitespace().count() >= MIN_HEAD_WORDS
                    && t != tt
                {
                    return head.trim().to_string();
                }
            }
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_naming_the_site_is_not_a_site_prefix() {
        assert_eq!(
            strip_site(
                "Autumn walk @ Steven's Home :: PIXNET ::",
                Some("Steven's Home"),
                &[],
                None,
                None
            ),
            "Autumn walk @ Steven's Home"
        );
        assert_eq!(
            strip_site(
                "news.example.com | Gas prices",
                None,
                &[],
                None,
                Some("news.example.com")
            ),
            "Gas prices"
        );
    }

    #[test]
    fn site_suffix_and_prefix_go() {
        assert_eq!(
            strip_site(
                "Leaders meet | The Daily",
                Some("The Daily"),
                &[],
                None,
                None
            ),
            "Leaders meet"
        );
        assert_eq!(
            strip_site(
                "The Daily - Leaders meet",
                Some("The Daily"),
                &[],
                None,
                None
            ),
            "Leaders meet"
        );
        assert_eq!(
            strip_site(
                "Leaders meet in Bangkok - World - Paper",
                None,
                &["Leaders meet in Bangkok".into()],
                None,
                None
            ),
            "Leaders meet in Bangkok"
        );
        assert_eq!(
            strip_site("Well-known fact - a story", None, &[], None, None),
            "Well-known fact - a story"
        );
        assert_eq!(
            strip_site(
                "Was wir nicht hören wollen | FASSETTE.NET",
                None,
                &[],
                None,
                None
            ),
            "Was wir nicht hören wollen"
        );
        assert_eq!(
            strip_site(
                "Politics | Mayor elected in a close race",
                None,
                &[],
                None,
                None
            ),
            "Mayor elected in a close race"
        );
        assert_eq!(
            strip_site(
                "Atomkraft ist nicht nachhaltig - Umweltbundesamt",
                None,
                &[],
                None,
                Some("umweltbundesamt.de")
            ),
            "Atomkraft ist nicht nachhaltig"
        );
    }
}
