//! Cleaning inside the chosen article: bylines, the headline, share bars
//! and other boxes, then link- or image-heavy boxes (Readability's
//! "conditional cleaning"), each a linear sweep of the article's range.

use super::flat::Flat;
use super::score::{aggregate, own, weight, Agg, Flags};
use super::weights::*;

/// Marks what to drop inside `roots` in `gone` (only the top node of a
/// dropped subtree is marked; walks skip the rest).
pub(crate) fn run(
    f: &Flat<'_>,
    gone: &mut [bool],
    roots: &[usize],
    scores: &[Option<f64>],
    title: Option<&str>,
    flags: Flags,
) {
    for &r in roots {
        let range = r..f.end_of(r);
        let agg = aggregate(f, gone, range.clone());
        let mut i = r;
        while i < range.end {
            if gone.get(i).copied().unwrap_or(true) {
                i = f.end_of(i);
                continue;
            }
            if i != r && cut_first(f, i, agg.get(i).copied().unwrap_or_default(), title, flags) {
                if let Some(g) = gone.get_mut(i) {
                    *g = true;
                }
                i = f.end_of(i);
                continue;
            }
            i += 1;
        }
        if flags.clean_conditionally {
            let protected = protected(f, gone, range.clone());
            let total = agg.get(r).map_or(0, |a| a.chars);
            for tags in [&["table"][..], &["ul", "ol"][..], &["div", "section"][..]] {
                sweep(
                    f,
                    gone,
                    range.clone(),
                    tags,
                    &protected,
                    scores,
                    flags,
                    total,
                );
            }
        }
    }
}

fn cut_first(f: &Flat<'_>, i: usize, a: Agg, title: Option<&str>, flags: Flags) -> bool {
    let tag = f.tag_of(i);
    if tag.is_empty() {
        return false;
    }
    if CUT_TAGS.contains(&tag) {
        return true;
    }
    let st = f.st.get(i).copied().unwrap_or_default();
    if st.byline && a.chars < BYLINE_MAX_CHARS && !matches!(tag, "article" | "main" | "body") {
        return true;
    }
    if st.boiler && a.chars < BOILER_MAX_CHARS && !is_story_lead(f, i, &a) {
        return true;
    }
    if matches!(tag, "h1" | "h2") {
        if weight(f, i, flags) < 0 {
            return true;
        }
        if let Some(t) = title {
            let h = super::score::subtree_text(f, i);
            if similarity(t, &h) > TITLE_SIMILARITY {
                return true;
            }
        }
    }
    false
}

/// A lead-named box ("teaser-text", "summary") without links: the standfirst,
/// not a teaser of another page (those link to it).
fn is_story_lead(f: &Flat<'_>, i: usize, a: &Agg) -> bool {
    a.chars >= LEAD_MIN_CHARS
        && a.heading == 0
        && !matches!(f.tag_of(i), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        && a.link_density() < LEAD_LINK_DENSITY
        && super::score::is_lead(f, i)
}

/// Nodes inside a data table, `code` or `pre`: never cleaned.
fn protected(f: &Flat<'_>, gone: &[bool], range: std::ops::Range<usize>) -> Vec<bool> {
    let mut out = vec![false; f.len()];
    for i in range.clone() {
        if gone.get(i).copied().unwrap_or(true) {
            continue;
        }
        let p = f.parent_of(i).filter(|p| range.contains(p));
        let v = p.is_some_and(|p| {
            out.get(p).copied().unwrap_or(false)
                || matches!(f.tag_of(p), "code" | "pre")
                || (f.tag_of(p) == "table" && is_data_table(f, p))
        });
        if let Some(o) = out.get_mut(i) {
            *o = v;
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn sweep(
    f: &Flat<'_>,
    gone: &mut [bool],
    range: std::ops::Range<usize>,
    tags: &[&str],
    protected: &[bool],
    scores: &[Option<f64>],
    flags: Flags,
    total: u32,
) {
    let mut agg = vec![Agg::default(); f.len()];
    for i in range.clone().rev() {
        if gone.get(i).copied().unwrap_or(true) {
            continue;
        }
        let mut a = agg.get(i).copied().unwrap_or_default();
        own(f, i, &mut a);
        if i != range.start
            && tags.contains(&f.tag_of(i))
            && !protected.get(i).copied().unwrap_or(false)
            && u64::from(a.chars) * 2 <= u64::from(total)
            && should_remove(f, i, &a, scores, flags)
        {
            if let Some(g) = gone.get_mut(i) {
                *g = true;
            }
            continue;
        }
        if let Some(slot) = agg.get_mut(i) {
            *slot = a;
        }
        if let Some(pa) = f
            .parent_of(i)
            .filter(|p| range.contains(p))
            .and_then(|p| agg.get_mut(p))
        {
            pa.add(&a);
        }
    }
}

fn should_remove(f: &Flat<'_>, i: usize, a: &Agg, scores: &[Option<f64>], flags: Flags) -> bool {
    let tag = f.tag_of(i);
    if (tag == "table" && is_data_table(f, i)) || is_story_lead(f, i, a) {
        return false;
    }
    let w = weight(f, i, flags);
    let s = scores.get(i).copied().flatten().unwrap_or(0.0);
    if w < 0 && f64::from(w) + s < 0.0 {
        return true;
    }
    // A code block's wrapper (a copy button beside it): the code is story.
    if matches!(tag, "div" | "section")
        && a.link_density() < CLEAN_LINK_DENSITY
        && f.children(i).any(|c| f.tag_of(c) == "pre")
    {
        return false;
    }
    let is_list0 = matches!(tag, "ul" | "ol");
    if is_list0
        && a.link_density() > LIST_LINK_DENSITY
        && a.chars < LINK_LIST_ITEM_CHARS * a.li.max(1)
    {
        return true;
    }
    if a.commas >= CLEAN_MAX_COMMAS {
        return false;
    }
    let is_list = matches!(tag, "ul" | "ol")
        || (a.chars > 0 && f64::from(a.list) / f64::from(a.chars) > LIST_SHARE);
    let p = f64::from(a.p);
    let img = f64::from(a.img);
    let li = f64::from(a.li) - 100.0;
    let heading_density = if a.chars == 0 {
        0.0
    } else {
        f64::from(a.heading) / f64::from(a.chars)
    };
    let ld = a.link_density();
    let in_figure = || f.has_ancestor(i, &["figure"]);
    (img > 1.0 && p / img < 0.5 && !in_figure())
        || (!is_list && li > p)
        || (!is_list
            && heading_density < 0.9
            && a.chars < CLEAN_MIN_CHARS
            && (a.img == 0 || a.img > 2)
            && !in_figure())
        || (!is_list && w < CLASS_WEIGHT && ld > CLEAN_LINK_DENSITY)
        || (w >= CLASS_WEIGHT && ld > CLEAN_LINK_DENSITY_HIGH)
}

/// Readability's data-table test: a table of data, not of layout.
pub(crate) fn is_data_table(f: &Flat<'_>, t: usize) -> bool {
    if f.attr(t, "role") == Some("presentation") || f.attr(t, "datatable") == Some("0") {
        return false;
    }
    if f.attr(t, "summary").is_some() {
        return true;
    }
    let end = f.end_of(t);
    let (mut rows, mut cols, mut cur) = (0usize, 0usize, 0usize);
    let mut i = t + 1;
    while i < end {
        match f.tag_of(i) {
            "table" => return false,
            "caption" | "col" | "colgroup" | "tfoot" | "thead" | "th" => return true,
            "tr" => {
                rows += 1;
                cols = cols.max(cur);
                cur = 0;
            }
            "td" => {
                cur += f
                    .attr(i, "colspan")
                    .and_then(|c| c.parse().ok())
                    .unwrap_or(1)
            }
            _ => {}
        }
        i += 1;
    }
    cols = cols.max(cur);
    rows >= 10 || cols > 4 || rows * cols > 10
}

/// Readability's text similarity: share of `b`'s words also in `a`.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let set: std::collections::HashSet<&str> = wa.iter().map(String::as_str).collect();
    let total: usize = wb.iter().map(|w| w.len() + 1).sum();
    let uniq: usize = wb
        .iter()
        .filter(|w| !set.contains(w.as_str()))
        .map(|w| w.len() + 1)
        .sum();
    1.0 - uniq as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_of_headline_and_title() {
        assert!(similarity("Leaders meet in Bangkok | Site", "Leaders meet in Bangkok") > 0.9);
        assert!(similarity("Leaders meet", "Something else entirely") < 0.1);
    }

    #[test]
    fn small_tables_are_layout_and_wide_ones_data() {
        let doc = scraper::Html::parse_document(
            "<table><tr><td>a</td></tr></table><table><tr><th>h</th></tr></table>",
        );
        let f = Flat::build(&doc);
        let t: Vec<_> = (0..f.len()).filter(|&i| f.tag_of(i) == "table").collect();
        assert!(!is_data_table(&f, t[0]));
        assert!(is_data_table(&f, t[1]));
    }
}
