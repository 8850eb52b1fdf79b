//! Stage 2 (HTML): parse a page into a DOM, bounded.
//!
//! html5ever's tree builder walks its stack of open elements, so parse time
//! grows with the square of nesting depth, and checks each new attribute
//! against all earlier ones of its tag. Before parsing, [`bound`] drops the
//! tags of elements nested deeper than
//! [`Limits::max_dom_depth`](crate::Limits::max_dom_depth) (their text stays)
//! and the attributes past [`Limits::max_attributes`](crate::Limits::max_attributes),
//! which keeps parsing linear on hostile pages and leaves real pages as
//! they are.

pub(crate) mod hints;

use scraper::node::Element;
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

/// Attribute lookup without the string interning of `Element::attr` (which
/// makes an atom of the name on every call): a scan of the few attributes.
pub(crate) trait AttrExt {
    /// The value of attribute `name` (lowercase), as `Element::attr`.
    fn get_attr(&self, name: &str) -> Option<&str>;
}

impl AttrExt for Element {
    fn get_attr(&self, name: &str) -> Option<&str> {
        // Attributes of HTML elements carry no namespace, so the local name
        // alone identifies them; foreign (SVG, MathML) ones may, so those
        // take the exact lookup.
        if self.name.ns == html5ever::ns!(html) {
            self.attrs().find(|(k, _)| *k == name).map(|(_, v)| v)
        } else {
            self.attr(name)
        }
    }
}

/// Parses `src` as an HTML document, bounding nesting and attributes first.
pub(crate) fn parse(src: &str, opts: &Options) -> Html {
    let limits = &opts.limits;
    match bound(src, limits.max_dom_depth, limits.max_attributes) {
        Some(flat) => Html::parse_document(&flat),
        None => Html::parse_document(src),
    }
}

/// Returns `src` without the tags nested deeper than `max_depth` and without
/// the attributes past the first `max_attrs` of any tag, or `None` when the
/// page is within both bounds (the common case: no copy is made).
///
/// A linear scan of tags, not a full tokenizer: text inside scripts or
/// comments that looks like tags is counted too, which at worst flattens a
/// page that was already near the limit.
pub(crate) fn bound(src: &str, max_depth: usize, max_attrs: usize) -> Option<String> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut over = false;
    // First pass: is anything out of bounds? Most pages are not.
    for_each_tag(src, |tag| {
        update_depth(&mut depth, &tag);
        over |= depth > max_depth || attribute_cut(bytes, &tag, max_attrs).is_some();
    });
    if !over {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut last = 0usize;
    depth = 0;
    for_each_tag(src, |tag| {
        let before = depth;
        let counted = update_depth(&mut depth, &tag);
        let deep = counted
            && if tag.closing {
                before > max_depth
            } else {
                depth > max_depth
            };
        if deep {
            out.push_str(src.get(last..tag.start).unwrap_or(""));
            last = tag.end;
        } else if let Some(cut) = attribute_cut(bytes, &tag, max_attrs) {
            out.push_str(src.get(last..cut).unwrap_or(""));
            out.push_str(if tag.self_closing { "/>" } else { ">" });
            last = tag.end;
        }
    });
    out.push_str(src.get(last..).unwrap_or(""));
    Some(out)
}

/// Where to cut a tag that has more than `max_attrs` attributes: the byte
/// offset after its last kept attribute. Attributes are counted as runs of
/// non-space outside quoted values, so `content="many words"` is one.
fn attribute_cut(bytes: &[u8], tag: &Tag, max_attrs: usize) -> Option<usize> {
    if tag.closing {
        return None;
    }
    let region = bytes.get(tag.name_end..tag.end.saturating_sub(1))?;
    if region.len() / 2 <= max_attrs {
        return None; // too short to hold more attributes than the bound
    }
    let mut count = 0usize;
    let mut in_space = true;
    let mut quote: Option<u8> = None;
    for (i, &b) in region.iter().enumerate() {
        if let Some(q) = quote {
            if b == q {
                quote = None;
            }
            continue;
        }
        if b == b'"' || b == b'\'' {
            quote = Some(b);
            in_space = false;
            continue;
        }
        let space = b.is_ascii_whitespace();
        if in_space && !space {
            count += 1;
            if count > max_attrs {
                return Some(tag.name_end + i);
            }
        }
        in_space = space;
    }
    None
}

/// One tag found by [`for_each_tag`].
#[derive(Debug, Clone, Copy)]
struct Tag<'a> {
    /// Byte offset of `<`.
    start: usize,
    /// Byte offset after `>`.
    end: usize,
    /// Byte offset after the tag name.
    name_end: usize,
    /// `</name>`.
    closing: bool,
    /// `<name … />`.
    self_closing: bool,
    /// The tag name as written.
    name: &'a [u8],
}

/// Moves `depth` for one tag; returns whether the tag counts towards depth.
fn update_depth(depth: &mut usize, tag: &Tag<'_>) -> bool {
    let (closing, name, self_closing) = (tag.closing, tag.name, tag.self_closing);
    let counted = |n: &[u8]| {
        // Every listed tag is 1 to 8 letters long.
        !self_closing
            && (n.len() > 8
                || !VOID_TAGS
                    .iter()
                    .any(|t| t.as_bytes().eq_ignore_ascii_case(n))
                    && !OPTIONAL_END_TAGS
                        .iter()
                        .any(|t| t.as_bytes().eq_ignore_ascii_case(n)))
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

fn find(src: &str, from: usize, pat: &[u8]) -> Option<usize> {
    find_by(src, from, pat, |w| w == pat)
}

fn find_ci(src: &str, from: usize, pat: &[u8]) -> Option<usize> {
    find_by(src, from, pat, |w| w.eq_ignore_ascii_case(pat))
}

/// The first offset from `from` where `pat` starts, by `same`; candidates
/// are found with a byte search for the first byte of `pat` (not a letter in
/// any caller, so case does not matter for it).
fn find_by(src: &str, from: usize, pat: &[u8], same: impl Fn(&[u8]) -> bool) -> Option<usize> {
    let bytes = src.as_bytes();
    let Some(&first) = pat.first() else {
        return bytes.get(from..).map(|_| from);
    };
    if first.is_ascii_alphabetic() {
        return bytes
            .get(from..)?
            .windows(pat.len())
            .position(same)
            .map(|p| p + from);
    }
    let mut i = from;
    loop {
        let at = find_byte(src, i, first)?;
        if same(bytes.get(at..at + pat.len())?) {
            return Some(at);
        }
        i = at + 1;
    }
}

/// The first `needle` (ASCII) at or after `from`: `str::find` searches a
/// word at a time; a byte scan covers an offset inside a character.
fn find_byte(src: &str, from: usize, needle: u8) -> Option<usize> {
    match src.get(from..) {
        Some(rest) => rest.find(char::from(needle)).map(|p| p + from),
        None => src
            .as_bytes()
            .get(from..)?
            .iter()
            .position(|&c| c == needle)
            .map(|p| p + from),
    }
}

/// Calls `f` for each tag, in order.
fn for_each_tag<'a>(src: &'a str, mut f: impl FnMut(Tag<'a>)) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while let Some(off) = find_byte(src, i, b'<').map(|p| p - i) {
        let start = i + off;
        // Comments hold no tags.
        if bytes.get(start..start + 4) == Some(b"<!--") {
            i = find(src, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
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
        let Some(gt) = find_byte(src, j, b'>').map(|p| p - j) else {
            return;
        };
        let end = j + gt + 1;
        let self_closing = bytes.get(end.saturating_sub(2)) == Some(&b'/');
        let name = bytes.get(name_start..j).unwrap_or_default();
        f(Tag {
            start,
            end,
            name_end: j,
            closing,
            self_closing,
            name,
        });
        i = end;
        // Raw-text elements: their content is not markup.
        if !closing && (3..=9).contains(&name.len()) {
            for raw in RAW_TEXT_TAGS {
                if name.eq_ignore_ascii_case(raw.as_bytes()) {
                    let close = format!("</{raw}");
                    i = find_ci(src, end, close.as_bytes()).unwrap_or(bytes.len());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_scan_matches_the_exact_lookup() {
        let doc = Html::parse_document(
            "<div class=\"a b\" id=\"x\" data-k=\"v\"><svg><a xlink:href=\"#i\" class=\"s\"></a></svg></div>",
        );
        for node in doc.tree.nodes() {
            if let Some(e) = node.value().as_element() {
                for name in ["class", "id", "data-k", "href", "role"] {
                    assert_eq!(e.get_attr(name), e.attr(name), "{name}");
                }
            }
        }
    }

    #[test]
    fn byte_search_finds_patterns() {
        let b = "x --> <!-- y </SCRIPT> </script>";
        assert_eq!(find(b, 0, b"-->"), Some(2));
        assert_eq!(find_ci(b, 0, b"</script"), Some(13));
        assert_eq!(find(b, 0, b"</script"), Some(23));
        assert_eq!(find(b, 30, b"</script"), None);
    }

    #[test]
    fn shallow_pages_are_not_copied() {
        assert!(bound("<div><p>a</p><br></div>", 4, 8).is_none());
    }

    #[test]
    fn tags_in_scripts_and_comments_do_not_count() {
        let src = format!(
            "<script>{}</script><!-- {} --><div>x</div>",
            "<div>".repeat(10),
            "<div>".repeat(10)
        );
        assert!(bound(&src, 3, 8).is_none());
    }

    #[test]
    fn deep_pages_are_flattened_and_keep_text() {
        let src = format!("{}text{}", "<div>".repeat(10), "</div>".repeat(10));
        let flat = bound(&src, 3, 8).unwrap();
        assert_eq!(flat, "<div><div><div>text</div></div></div>");
    }

    #[test]
    fn quoted_values_are_one_attribute() {
        let src = format!("<meta content=\"{}\">", "word ".repeat(1000));
        assert!(bound(&src, 10, 3).is_none());
    }

    #[test]
    fn attributes_past_the_bound_are_dropped() {
        let src = format!("<div{}>text</div><br a b c d/>", " a=1".repeat(100));
        let out = bound(&src, 10, 3).unwrap();
        assert_eq!(out, "<div a=1 a=1 a=1 >text</div><br a b c />");
    }
}
