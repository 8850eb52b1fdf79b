//! Stage 2 (HTML): parse a page into a DOM, bounded.
//!
//! html5ever's tree builder walks its stack of open elements, so parse time
//! grows with the square of nesting depth. Before parsing, [`flatten_deep`]
//! drops the tags of elements nested deeper than
//! [`Limits::max_dom_depth`](crate::Limits::max_dom_depth) (their text stays),
//! which keeps parsing linear on hostile pages and leaves real pages as
//! they are.

use scraper::Html;

use crate::Options;

/// Elements that never have an end tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose end tag may be omitted: they do not nest in practice, so
/// they are not counted towards the depth.
const OPTIONAL_END_TAGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "rt",
    "rp", "colgroup", "caption", "html", "head", "body",
];

/// Parses `src` as an HTML document, flattening excessive nesting first.
pub(crate) fn parse(src: &str, opts: &Options) -> Html {
    match flatten_deep(src, opts.limits.max_dom_depth) {
        Some(flat) => Html::parse_document(&flat),
        None => Html::parse_document(src),
    }
}

/// Returns `src` without the tags nested deeper than `max_depth`, or `None`
/// when no element is that deep (the common case: no copy is made).
///
/// A linear scan of tag names, not a full tokenizer: text inside scripts or
/// comments that looks like tags is counted too, which at worst flattens a
/// page that was already near the limit.
pub(crate) fn flatten_deep(src: &str, max_depth: usize) -> Option<String> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut max_seen = 0usize;
    // First pass: is anything too deep? Most pages are not.
    for_each_tag(bytes, |_, _, closing, name, self_closing| {
        update_depth(&mut depth, closing, name, self_closing);
        max_seen = max_seen.max(depth);
    });
    if max_seen <= max_depth {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut last = 0usize;
    depth = 0;
    for_each_tag(bytes, |start, end, closing, name, self_closing| {
        let before = depth;
        let counted = update_depth(&mut depth, closing, name, self_closing);
        let deep = counted
            && if closing {
                before > max_depth
            } else {
                depth > max_depth
            };
        if deep {
            out.push_str(src.get(last..start).unwrap_or(""));
            last = end;
        }
    });
    out.push_str(src.get(last..).unwrap_or(""));
    Some(out)
}

/// Moves `depth` for one tag; returns whether the tag counts towards depth.
fn update_depth(depth: &mut usize, closing: bool, name: &[u8], self_closing: bool) -> bool {
    let counted = |n: &[u8]| {
        !self_closing
            && !VOID_TAGS
                .iter()
                .any(|t| t.as_bytes().eq_ignore_ascii_case(n))
            && !OPTIONAL_END_TAGS
                .iter()
                .any(|t| t.as_bytes().eq_ignore_ascii_case(n))
    };
    if !counted(name) {
        return false;
    }
    if closing {
        *depth = depth.saturating_sub(1);
    } else {
        *depth += 1;
    }
    true
}

/// Elements whose content is raw text, not tags.
const RAW_TEXT_TAGS: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

fn find(bytes: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(pat.len())
        .position(|w| w == pat)
        .map(|p| p + from)
}

fn find_ci(bytes: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(pat.len())
        .position(|w| w.eq_ignore_ascii_case(pat))
        .map(|p| p + from)
}

/// Calls `f(start, end, closing, name, self_closing)` for each tag.
fn for_each_tag(bytes: &[u8], mut f: impl FnMut(usize, usize, bool, &[u8], bool)) {
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'<'))
    {
        let start = i + off;
        // Comments hold no tags.
        if bytes.get(start..start + 4) == Some(b"<!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let mut j = start + 1;
        let closing = bytes.get(j) == Some(&b'/');
        if closing {
            j += 1;
        }
        let name_start = j;
        while bytes.get(j).is_some_and(|c| c.is_ascii_alphanumeric()) {
            j += 1;
        }
        if j == name_start
            || !bytes
                .get(name_start)
                .is_some_and(|c| c.is_ascii_alphabetic())
        {
            i = start + 1;
            continue;
        }
        let Some(gt) = bytes
            .get(j..)
            .and_then(|b| b.iter().position(|&c| c == b'>'))
        else {
            return;
        };
        let end = j + gt + 1;
        let self_closing = bytes.get(end.saturating_sub(2)) == Some(&b'/');
        let name = bytes.get(name_start..j).unwrap_or(b"");
        f(start, end, closing, name, self_closing);
        i = end;
        // Raw-text elements: their content is not markup.
        if !closing {
            for raw in RAW_TEXT_TAGS {
                if name.eq_ignore_ascii_case(raw.as_bytes()) {
                    let close = format!("</{raw}");
                    i = find_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_not_copied() {
        assert!(flatten_deep("<div><p>a</p><br></div>", 4).is_none());
    }

    #[test]
    fn tags_in_scripts_and_comments_do_not_count() {
        let src = format!(
            "<script>{}</script><!-- {} --><div>x</div>",
            "<div>".repeat(10),
            "<div>".repeat(10)
        );
        assert!(flatten_deep(&src, 3).is_none());
    }

    #[test]
    fn deep_pages_are_flattened_and_keep_text() {
        let src = format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10));
        let flat = flatten_deep(&src, 3).unwrap();
        assert_eq!(flat, "<div><div><div>text</div></div></div>");
    }
}
