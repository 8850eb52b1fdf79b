//! A flat, pre-order copy of the DOM with side tables.
//!
//! Node `i`'s subtree is the index range `i..end[i]`, its parent is
//! `parent[i]`: every later pass is a forward or backward sweep over plain
//! vectors, with no recursion and no repeated selector queries.

use crate::html::AttrExt;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use ego_tree::iter::Edge;
use ego_tree::NodeRef;
use scraper::{node::Node, Html};

use super::weights::*;

/// No parent (the document root).
pub(crate) const NONE: u32 = u32::MAX;

/// What the passes need to know about one node, computed once.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Static {
    /// Hidden by markup (`hidden`, `aria-hidden`, `display:none`, …).
    pub(crate) hidden: bool,
    /// Never part of a story (scripts, styles, forms controls, …).
    pub(crate) junk: bool,
    /// class/id/role say "unlikely to be content".
    pub(crate) unlikely: bool,
    /// class/id say "boilerplate inside a story" (share bars, newsletters, …).
    pub(crate) boiler: bool,
    /// Looks like a byline element (class/id/rel/itemprop).
    pub(crate) byline: bool,
    /// class/id say "photo caption or credit".
    pub(crate) caption: bool,
    /// Readability-style class weight (±25 per hint).
    pub(crate) weight: i32,
}

/// The flat DOM.
pub(crate) struct Flat<'a> {
    /// The nodes in document order.
    pub(crate) nodes: Vec<NodeRef<'a, Node>>,
    /// Parent index, or [`NONE`].
    pub(crate) parent: Vec<u32>,
    /// End (exclusive) of each node's subtree.
    pub(crate) end: Vec<u32>,
    /// Lower-case tag name of elements, "" for other nodes.
    pub(crate) tag: Vec<&'a str>,
    /// Per-node attribute facts.
    pub(crate) st: Vec<Static>,
    /// Text nodes: characters after whitespace collapsing.
    pub(crate) chars: Vec<u32>,
    /// Text nodes: commas (all scripts).
    pub(crate) commas: Vec<u32>,
}

impl<'a> Flat<'a> {
    /// Flattens `doc` in one traversal.
    pub(crate) fn build(doc: &'a Html) -> Self {
        // The arena's size bounds the number of nodes reached.
        let n = doc.tree.values().len();
        let mut f = Flat {
            nodes: Vec::with_capacity(n),
            parent: Vec::with_capacity(n),
            end: Vec::with_capacity(n),
            tag: Vec::with_capacity(n),
            st: Vec::with_capacity(n),
            chars: Vec::with_capacity(n),
            commas: Vec::with_capacity(n),
        };
        // Open elements, and whether each is inside a junk or hidden subtree.
        let mut open: Vec<(u32, bool)> = Vec::new();
        for edge in doc.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let i = f.nodes.len() as u32;
                    let (parent, inside_gone) = open.last().copied().unwrap_or((NONE, false));
                    f.nodes.push(node);
                    f.parent.push(parent);
                    f.end.push(i + 1);
                    // Junk and hidden subtrees are gone in every pass: their
                    // nodes need no facts (scripts hold much of a page's text).
                    let (tag, st, chars, commas) = if inside_gone {
                        let tag = node.value().as_element().map_or("", |e| e.name());
                        (tag, Static::default(), 0, 0)
                    } else {
                        describe(node)
                    };
                    f.tag.push(tag);
                    f.st.push(st);
                    f.chars.push(chars);
                    f.commas.push(commas);
                    open.push((i, inside_gone || st.junk || st.hidden));
                }
                Edge::Close(_) => {
                    if let Some((i, _)) = open.pop() {
                        let n = f.nodes.len() as u32;
                        if let Some(e) = f.end.get_mut(i as usize) {
                            *e = n;
                        }
                    }
                }
            }
        }
        f
    }

    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Parent of `i`, if any.
    pub(crate) fn parent_of(&self, i: usize) -> Option<usize> {
        match self.parent.get(i).copied() {
            Some(NONE) | None => None,
            Some(p) => Some(p as usize),
        }
    }

    /// The highest ancestor of `i` at most `levels` up that is still below
    /// `<body>`, if any.
    pub(crate) fn top_ancestor(&self, i: usize, levels: usize) -> Option<usize> {
        let mut top = None;
        let mut anc = i;
        for _ in 0..levels {
            anc = match self.parent_of(anc) {
                Some(p) if !matches!(self.tag_of(p), "body" | "html" | "") => p,
                _ => break,
            };
            top = Some(anc);
        }
        top
    }

    /// Tag of `i` ("" for non-elements).
    pub(crate) fn tag_of(&self, i: usize) -> &'a str {
        self.tag.get(i).copied().unwrap_or("")
    }

    /// Subtree end of `i`.
    pub(crate) fn end_of(&self, i: usize) -> usize {
        self.end.get(i).map_or(i + 1, |&e| e as usize)
    }

    /// Direct children of `i`, in order.
    pub(crate) fn children(&self, i: usize) -> Children<'_, 'a> {
        Children {
            flat: self,
            next: i + 1,
            end: self.end_of(i),
        }
    }

    /// An attribute of element `i`.
    pub(crate) fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        self.nodes.get(i)?.value().as_element()?.get_attr(name)
    }

    /// Whether `i` is a link away: an `a` with an `href` that is neither a
    /// script call nor an anchor on the page itself (an `a` without `href`
    /// is a placeholder or a named anchor; `#part` links a table of contents).
    pub(crate) fn is_link(&self, i: usize) -> bool {
        self.tag_of(i) == "a"
            && self.attr(i, "href").is_some_and(|h| {
                let h = h.trim_start();
                !(h.starts_with("javascript:") || (h.starts_with('#') && h.len() > 1))
            })
    }

    /// Raw text of text node `i`.
    pub(crate) fn text(&self, i: usize) -> Option<&'a str> {
        match self.nodes.get(i)?.value() {
            Node::Text(t) => Some(&t.text),
            _ => None,
        }
    }

    /// Whether `i` has an ancestor with tag in `tags` (bounded walk).
    pub(crate) fn has_ancestor(&self, i: usize, tags: &[&str]) -> bool {
        let mut cur = self.parent_of(i);
        while let Some(p) = cur {
            if tags.contains(&self.tag_of(p)) {
                return true;
            }
            cur = self.parent_of(p);
        }
        false
    }
}

/// Iterator over direct children.
pub(crate) struct Children<'f, 'a> {
    flat: &'f Flat<'a>,
    next: usize,
    end: usize,
}

impl Iterator for Children<'_, '_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.next >= self.end {
            return None;
        }
        let i = self.next;
        self.next = self.flat.end_of(i);
        Some(i)
    }
}

/// Counts characters after collapsing whitespace runs, and commas.
pub(crate) fn count_text(s: &str) -> (u32, u32) {
    if s.is_ascii() {
        return count_ascii(s.as_bytes());
    }
    // ASCII bytes are classified as they are; only the other characters are
    // decoded (a curly quote must not slow the whole node down).
    let bytes = s.as_bytes();
    let (mut solid, mut runs, mut commas) = (0u32, 0u32, 0u32);
    let mut prev_space = true;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let (space, comma, len) = if b < 0x80 {
            (b == b' ' || (b'\t'..=b'\r').contains(&b), b == b',', 1)
        } else {
            let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            (
                c.is_whitespace() || c == '\u{a0}',
                COMMAS.contains(&c),
                c.len_utf8(),
            )
        };
        solid += u32::from(!space);
        runs += u32::from(prev_space & !space);
        commas += u32::from(comma);
        prev_space = space;
        i += len;
    }
    (solid + runs.saturating_sub(1), commas)
}

/// [`count_text`] for ASCII text (most text nodes), without branches: the
/// characters are the non-space bytes plus one space between each two runs.
fn count_ascii(s: &[u8]) -> (u32, u32) {
    let (mut solid, mut runs, mut commas) = (0u32, 0u32, 0u32);
    let mut prev_space = true;
    for &b in s {
        // `char::is_whitespace` on ASCII: space and \t \n \v \f \r.
        let space = b == b' ' || (b'\t'..=b'\r').contains(&b);
        solid += u32::from(!space);
        runs += u32::from(prev_space & !space);
        commas += u32::from(b == b',');
        prev_space = space;
    }
    (solid + runs.saturating_sub(1), commas)
}

/// The attributes [`describe`] reads, found in one pass over the element's.
#[derive(Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    role: &'a str,
    rel: Option<&'a str>,
    itemprop: Option<&'a str>,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    style: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    fn of(e: &'a scraper::node::Element) -> Self {
        let mut a = Attrs::default();
        if e.name.ns != html5ever::ns!(html) {
            // Foreign elements may carry namespaced attributes: exact lookups.
            a.class = e.get_attr("class").unwrap_or("");
            a.id = e.get_attr("id").unwrap_or("");
            a.role = e.get_attr("role").unwrap_or("");
            a.rel = e.get_attr("rel");
            a.itemprop = e.get_attr("itemprop");
            a.hidden = e.get_attr("hidden").is_some();
            a.aria_hidden = e.get_attr("aria-hidden");
            a.style = e.get_attr("style");
            return a;
        }
        for (k, v) in e.attrs() {
            match k {
                "class" if a.class.is_empty() => a.class = v,
                "id" if a.id.is_empty() => a.id = v,
                "role" if a.role.is_empty() => a.role = v,
                "rel" if a.rel.is_none() => a.rel = Some(v),
                "itemprop" if a.itemprop.is_none() => a.itemprop = Some(v),
                "hidden" => a.hidden = true,
                "aria-hidden" if a.aria_hidden.is_none() => a.aria_hidden = Some(v),
                "style" if a.style.is_none() => a.style = Some(v),
                _ => {}
            }
        }
        a
    }
}

fn describe(node: NodeRef<'_, Node>) -> (&str, Static, u32, u32) {
    match node.value() {
        Node::Text(t) => {
            let (c, k) = count_text(&t.text);
            ("", Static::default(), c, k)
        }
        Node::Element(e) => {
            let tag = e.name();
            let mut st = Static {
                junk: JUNK_TAGS.contains(&tag),
                ..Static::default()
            };
            let a = Attrs::of(e);
            st.hidden = is_hidden(&a);
            let (class, id) = (a.class, a.id);
            st.unlikely = !a.role.is_empty()
                && UNLIKELY_ROLES
                    .iter()
                    .any(|r| a.role.eq_ignore_ascii_case(r));
            st.byline = a.rel == Some("author") || a.itemprop.is_some_and(|p| p.contains("author"));
            if class.is_empty() && id.is_empty() {
                return (tag, st, 0, 0);
            }
            let c = categories(class);
            let i = categories(id);
            let all = c | i;
            st.unlikely |= all & UNLIKELY != 0 && all & MAYBE == 0;
            if matches!(tag, "body" | "a" | "html" | "main" | "article") {
                st.unlikely = false;
            }
            st.boiler = all & BOILER != 0 && !matches!(tag, "body" | "html");
            st.byline |= all & BYLINE != 0;
            st.caption = [class, id].iter().any(|h| {
                h.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                    .any(is_caption_word)
            });
            st.weight = part_weight(c) + part_weight(i);
            (tag, st, 0, 0)
        }
        _ => ("", Static::default(), 0, 0),
    }
}

/// A class/id word naming a caption or credit (ASCII case-insensitive).
/// It runs on every class word of the page: words too short for any
/// [`CAPTION_WORDS`] entry, or with another initial, are out at once.
fn is_caption_word(w: &str) -> bool {
    const SUFFIX: &str = "caption";
    let Some(&first) = w.as_bytes().first() else {
        return false;
    };
    if w.len() < CAPTION_MIN_LEN {
        return false;
    }
    (CAPTION_INITIALS.contains(&first.to_ascii_lowercase())
        && CAPTION_WORDS.iter().any(|c| c.eq_ignore_ascii_case(w)))
        || w.len()
            .checked_sub(SUFFIX.len())
            .and_then(|at| w.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(SUFFIX))
}

/// The shortest [`CAPTION_WORDS`] entry (the "caption" suffix is longer).
const CAPTION_MIN_LEN: usize = 6;
/// The (lower-case) initials of the [`CAPTION_WORDS`] entries.
const CAPTION_INITIALS: &[u8] = b"cflbpi";

const UNLIKELY: u8 = 1;
const MAYBE: u8 = 2;
const BOILER: u8 = 4;
const BYLINE: u8 = 8;
const NEGATIVE: u8 = 16;
const POSITIVE: u8 = 32;

/// All hint lists in one automaton: one scan of a class or id finds every
/// category it names.
fn matcher() -> Option<&'static (AhoCorasick, Vec<u8>)> {
    static M: OnceLock<Option<(AhoCorasick, Vec<u8>)>> = OnceLock::new();
    M.get_or_init(|| {
        crate::html::hints::category_automaton(&[
            (UNLIKELY_HINTS, UNLIKELY),
            (MAYBE_HINTS, MAYBE),
            (BOILER_HINTS, BOILER),
            (BYLINE_HINTS, BYLINE),
            (NEGATIVE_HINTS, NEGATIVE),
            (POSITIVE_HINTS, POSITIVE),
        ])
    })
    .as_ref()
}

/// The hint categories a class or id string names.
fn categories(s: &str) -> u8 {
    if s.trim().is_empty() {
        return 0;
    }
    let Some((ac, cats)) = matcher() else {
        return 0;
    };
    let mut out = 0u8;
    for m in ac.find_iter(s) {
        // A hint that starts a camelCase word and ends inside the next one
        // is not that word ("tagStyle" does not say "tags"; "MathJax" is "mathjax").
        let word_goes_on = s
            .as_bytes()
            .get(m.end())
            .is_some_and(u8::is_ascii_lowercase);
        if word_goes_on && s.get(m.start()..m.end()).is_some_and(camel_break) {
            continue;
        }
        out |= cats.get(m.pattern().as_usize()).copied().unwrap_or(0);
    }
    out
}

/// Whether a lower-case letter is followed by an upper-case one in `s`.
fn camel_break(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()))
}

fn part_weight(cats: u8) -> i32 {
    let mut w = 0;
    if cats & NEGATIVE != 0 {
        w -= CLASS_WEIGHT;
    }
    if cats & POSITIVE != 0 {
        w += CLASS_WEIGHT;
    }
    w
}

fn is_hidden(a: &Attrs<'_>) -> bool {
    if a.hidden {
        return true;
    }
    if !a.class.is_empty()
        && a.class
            .split_whitespace()
            .any(|t| HIDDEN_CLASSES.iter().any(|h| t.eq_ignore_ascii_case(h)))
    {
        return true;
    }
    if a.aria_hidden == Some("true") && !a.class.contains("fallback-image") {
        return true;
    }
    if let Some(style) = a.style {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtree_ranges_and_children() {
        let doc = Html::parse_document("<div><p>a</p><p>b<i>c</i></p></div>");
        let f = Flat::build(&doc);
        let div = (0..f.len()).find(|&i| f.tag_of(i) == "div").unwrap();
        let kids: Vec<_> = f.children(div).map(|c| f.tag_of(c)).collect();
        assert_eq!(kids, vec!["p", "p"]);
        assert_eq!(f.end_of(div), f.len().min(f.end_of(div)));
        assert!(f.end_of(div) > div + 5);
    }

    #[test]
    fn hidden_and_unlikely_are_flagged() {
        let doc = Html::parse_document(
            "<div style='display: none'>x</div><div class='sidebar'>y</div><div class='sidebar-content'>z</div>",
        );
        let f = Flat::build(&doc);
        let divs: Vec<_> = (0..f.len()).filter(|&i| f.tag_of(i) == "div").collect();
        assert!(f.st[divs[0]].hidden);
        assert!(f.st[divs[1]].unlikely);
        assert!(!f.st[divs[2]].unlikely, "'content' rescues a container");
    }

    #[test]
    fn caption_gates_admit_every_caption_word() {
        for w in CAPTION_WORDS {
            assert!(w.len() >= CAPTION_MIN_LEN, "{w}");
            let first = w.as_bytes()[0].to_ascii_lowercase();
            assert!(CAPTION_INITIALS.contains(&first), "{w}");
            assert!(is_caption_word(w) && is_caption_word(&w.to_ascii_uppercase()));
        }
        assert!(CAPTION_MIN_LEN <= "caption".len());
        assert!(is_caption_word("imgcaption") && !is_caption_word("cap"));
    }

    #[test]
    fn image_descriptions_are_captions() {
        assert!(is_caption_word("imageDescription"));
        assert!(is_caption_word("wp-caption"));
        assert!(!is_caption_word("description"));
    }

    #[test]
    fn hints_do_not_straddle_camel_case_words() {
        assert_eq!(categories("tagStyle_z4kqwb") & BOILER, 0);
        assert_ne!(categories("article-tags") & BOILER, 0);
        assert_ne!(categories("shareButton") & BOILER, 0);
        assert_ne!(categories("MathJax CtxtMenu") & MAYBE, 0);
    }

    #[test]
    fn counts_collapse_space() {
        assert_eq!(count_text("  a  b ,c "), (6, 1));
        assert_eq!(count_text("一，二"), (3, 1));
        for s in [
            "  a\u{b}b ,c\r\n",
            "x",
            "",
            " , ",
            "a\u{a0}b",
            " ‘quoted’ \u{2003}— é,  x，",
        ] {
            let slow: (u32, u32) = {
                let (mut n, mut k, mut pending) = (0u32, 0u32, false);
                for c in s.chars() {
                    if c.is_whitespace() || c == '\u{a0}' {
                        pending = n > 0;
                    } else {
                        n += 1 + u32::from(pending);
                        pending = false;
                        k += u32::from(COMMAS.contains(&c));
                    }
                }
                (n, k)
            };
            assert_eq!(count_text(s), slow, "{s:?}");
        }
    }
}
