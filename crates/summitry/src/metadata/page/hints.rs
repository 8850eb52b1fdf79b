//! The class/id hints of an element (one automaton scan per attribute) and
//! the attributes `gather` reads on every element.

use crate::html::AttrExt;
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

use super::super::byline_words::{BYLINE_CLASS_HINTS, NOT_BYLINE_CLASS_HINTS};
use super::super::lexicon::DATE_HINTS;

/// class/id says: a date element ([`DATE_HINTS`]).
pub(super) const H_DATE: u16 = 1;
/// …an updated-date element.
pub(super) const H_UPDATE: u16 = 2;
/// …a site header's "today".
pub(super) const H_TODAY: u16 = 4;
/// …the publication date ("publish", "posted", "created").
pub(super) const H_PUBLISHED: u16 = 8;
/// …the modification date ("updated", "modified").
pub(super) const H_MODIFIED: u16 = 16;
/// …a byline ([`BYLINE_CLASS_HINTS`]).
pub(super) const H_BYLINE: u16 = 32;
/// …authorisation or a counter ("author-views"), not an author.
pub(super) const H_AUTHORI: u16 = 64;

/// Every class/id hint list in one automaton (one scan per attribute).
fn hint_matcher() -> Option<&'static (AhoCorasick, Vec<u16>)> {
    static M: OnceLock<Option<(AhoCorasick, Vec<u16>)>> = OnceLock::new();
    M.get_or_init(|| {
        let lists: [(&[&str], u16); 7] = [
            (DATE_HINTS, H_DATE),
            (&["update"], H_UPDATE),
            (&["today"], H_TODAY),
            (&["publish", "posted", "created"], H_PUBLISHED),
            (&["updated", "modified"], H_MODIFIED),
            (BYLINE_CLASS_HINTS, H_BYLINE),
            (NOT_BYLINE_CLASS_HINTS, H_AUTHORI),
        ];
        crate::html::hints::category_automaton(&lists)
    })
    .as_ref()
}

/// The hint bits named by a class or id value.
pub(super) fn hints_of(s: &str) -> u16 {
    if s.is_empty() {
        return 0;
    }
    let Some((ac, bits)) = hint_matcher() else {
        return 0;
    };
    ac.find_iter(s).fold(0, |acc, m| {
        acc | bits.get(m.pattern().as_usize()).copied().unwrap_or(0)
    })
}

/// The attributes `gather` reads on every element, found in one pass.
#[derive(Default)]
pub(super) struct CommonAttrs<'a> {
    pub(super) itemprop: &'a str,
    pub(super) class: &'a str,
    pub(super) id: &'a str,
    pub(super) rel: &'a str,
    /// A forum post's poster.
    pub(super) data_author: Option<&'a str>,
}

pub(super) fn common_attrs(e: &scraper::node::Element) -> CommonAttrs<'_> {
    if e.name.ns != html5ever::ns!(html) {
        let get = |k| e.get_attr(k).unwrap_or("");
        return CommonAttrs {
            itemprop: get("itemprop"),
            class: get("class"),
            id: get("id"),
            rel: get("rel"),
            data_author: e.get_attr("data-author"),
        };
    }
    let mut c = CommonAttrs::default();
    for (k, v) in e.attrs() {
        match k {
            "itemprop" if c.itemprop.is_empty() => c.itemprop = v,
            "class" if c.class.is_empty() => c.class = v,
            "id" if c.id.is_empty() => c.id = v,
            "rel" if c.rel.is_empty() => c.rel = v,
            "data-author" if c.data_author.is_none() => c.data_author = Some(v),
            _ => {}
        }
    }
    c
}
