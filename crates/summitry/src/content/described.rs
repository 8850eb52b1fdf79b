//! A standfirst with neither a lead-like name nor a headline above it: the
//! paragraph before the article that opens with the page's own description
//! (`<meta name=description>` or `og:description`), which sites fill from
//! the standfirst. Language-neutral: only the page's own words are compared.

use super::flat::Flat;
use super::score::{subtree_text, visible_totals};
use super::weights::{
    DESCRIPTION_LEVELS, DESCRIPTION_PREFIX_CHARS, HEADING_TAGS, LEAD_MAX_CHARS, LEAD_MIN_CHARS,
    SIBLING_LINK_DENSITY,
};

/// The page's description from its head, squashed to its first
/// [`DESCRIPTION_PREFIX_CHARS`] characters, when it has at least
/// [`LEAD_MIN_CHARS`] of them. A stray tag in the head moves the meta tags into
/// the body, so the whole page is scanned (once).
pub(super) fn page_description(f: &Flat<'_>) -> Option<String> {
    for i in 0..f.len() {
        if f.tag_of(i) != "meta" {
            continue;
        }
        let key = f.attr(i, "name").or_else(|| f.attr(i, "property"));
        if !key.is_some_and(|k| {
            k.eq_ignore_ascii_case("description") || k.eq_ignore_ascii_case("og:description")
        }) {
            continue;
        }
        let Some(content) = f.attr(i, "content") else {
            continue;
        };
        // A cut description ends with an ellipsis: only what precedes it counts.
        let cut = content.trim_end().trim_end_matches(['.', '…', ' ']);
        let d = squash(cut, DESCRIPTION_PREFIX_CHARS);
        if d.chars().count() >= LEAD_MIN_CHARS as usize {
            return Some(d);
        }
    }
    None
}

/// The paragraph before the first root, at most [`DESCRIPTION_LEVELS`] up, outside
/// headings, navigation, asides and footers, short and hardly linked, whose
/// text opens with `desc` (squashed). Returns it and its character count.
pub(super) fn described(f: &Flat<'_>, roots: &[usize], desc: &str) -> Option<(usize, usize)> {
    let &first = roots.first()?;
    let top = f.top_ancestor(first, DESCRIPTION_LEVELS);
    let want = desc.chars().count();
    let first_word = desc.split(' ').next().unwrap_or(desc);
    let mut i = top? + 1;
    while i < first {
        let st = f.st.get(i).copied().unwrap_or_default();
        if st.hidden || st.junk {
            i = f.end_of(i);
            continue;
        }
        if f.tag_of(i) == "p" && f.end_of(i) <= first && opens_with(f, i, first_word) {
            let (chars, links, _) = visible_totals(f, i);
            if (LEAD_MIN_CHARS..=LEAD_MAX_CHARS).contains(&chars)
                && f64::from(links) < f64::from(chars) * SIBLING_LINK_DENSITY
                && !f.has_ancestor(i, HEADING_TAGS)
                && !f.has_ancestor(i, &["nav", "aside", "footer"])
                && squash(&subtree_text(f, i), want) == desc
            {
                return Some((i, chars as usize));
            }
            i = f.end_of(i);
            continue;
        }
        i += 1;
    }
    None
}

/// Whether the first words of `i`'s text start with `word` (a cheap test
/// before the whole text is built).
fn opens_with(f: &Flat<'_>, i: usize, word: &str) -> bool {
    (i..f.end_of(i))
        .filter_map(|j| f.text(j))
        .map(str::trim_start)
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.starts_with(word))
}

/// `s` with runs of whitespace made one space, trimmed, cut to `max` characters.
fn squash(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (n, w) in s.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(w);
        if out.chars().count() >= max {
            break;
        }
    }
    out.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::squash;

    const P: &str = "<p>The ministers met on Thursday in Geneva, where they discussed trade, security and the climate, and agreed to meet again.</p>";
    const LEAD: &str = "Talks on trade resumed in Geneva after a year, with a deal on tariffs in sight for both sides.";

    use super::super::body_text as body;

    fn page(desc: &str) -> String {
        format!(
            "<html><head><meta property=og:description content=\"{desc}\"></head><body>\
             <div class=top><div class=a><div class=b><p>{LEAD}</p></div></div>\
             <div class=c><nav><a href=/x>Share</a></nav></div>\
             <div class=d><div class=e><div class=text>{P}{P}{P}{P}</div></div></div></div></body></html>"
        )
    }

    #[test]
    fn a_paragraph_opening_with_the_page_description_is_the_standfirst() {
        // The description is often cut short with an ellipsis.
        let cut = format!("{}...", LEAD.get(..70).unwrap_or(LEAD));
        let b = body(&page(&cut));
        assert!(b.starts_with("Talks on trade"), "{b}");
        assert!(!b.contains("Share"), "{b}");
    }

    #[test]
    fn a_paragraph_unlike_the_description_stays_out() {
        let b = body(&page(
            "A page about something else entirely, with no words of the lead.",
        ));
        assert!(!b.contains("Talks on trade"), "{b}");
        // Too short a description proves nothing.
        assert!(!body(&page("Talks on trade")).contains("Talks on trade"));
    }

    #[test]
    fn squash_collapses_whitespace_and_cuts() {
        assert_eq!(squash("  a \n b\tc  ", 10), "a b c");
        assert_eq!(squash("héllo wörld", 4), "héll");
    }
}
