//! A story split over several containers of one kind: the part above a
//! photo or an ad block, or a standfirst box, carries the same tag and
//! class as the container chosen for the rest.

use super::flat::Flat;
use super::score::Agg;
use super::weights::{SIBLING_LINK_DENSITY, SPLIT_LEVELS};

/// Adds to `roots` the other scored, hardly linked containers with a root's
/// tag and class under its ancestor [`SPLIT_LEVELS`] up, in document order.
/// One sweep of that ancestor's subtree per classed root.
pub(crate) fn extend(
    f: &Flat<'_>,
    gone: &[bool],
    agg: &[Agg],
    scores: &[Option<f64>],
    roots: &mut Vec<usize>,
) {
    let mut found = Vec::new();
    for (n, &r) in roots.iter().enumerate() {
        let Some(class) = f.attr(r, "class").filter(|c| !c.trim().is_empty()) else {
            continue;
        };
        let tag = f.tag_of(r);
        // Siblings of one kind share their earlier parts: search once.
        if roots.get(..n).is_some_and(|e| {
            e.iter()
                .any(|&o| f.tag_of(o) == tag && f.attr(o, "class") == Some(class))
        }) {
            continue;
        }
        let top = f.top_ancestor(r, SPLIT_LEVELS);
        let Some(top) = top else { continue };
        // Headings met outside the parts: one between a part and the root
        // heads another story (a listing of posts, a teaser box).
        let mut headings = Vec::new();
        let mut parts = Vec::new();
        // Parts after the root are more often teasers of other stories.
        let mut j = top + 1;
        while j < r {
            if gone.get(j).copied().unwrap_or(true) || roots.contains(&j) {
                j = f.end_of(j);
                continue;
            }
            let jt = f.tag_of(j);
            if jt == tag
                && f.end_of(j) <= r
                && f.attr(j, "class") == Some(class)
                && scores.get(j).copied().flatten().is_some_and(|s| s > 0.0)
                && agg
                    .get(j)
                    .is_some_and(|a| a.link_density() < SIBLING_LINK_DENSITY)
            {
                parts.push(j);
                j = f.end_of(j);
                continue;
            }
            if matches!(jt, "h1" | "h2" | "h3") {
                headings.push(j);
            }
            j += 1;
        }
        found.extend(parts.into_iter().filter(|&p| {
            let from = f.end_of(p);
            !headings.iter().any(|h| (from..r).contains(h))
        }));
    }
    if !found.is_empty() {
        roots.extend(found);
        roots.sort_unstable();
    }
}

#[cfg(test)]
mod tests {

    use super::super::body_text as body;

    const P: &str = "<p>The ministers met on Thursday in Geneva, where they discussed trade, security and the climate, and agreed to meet again.</p>";

    fn page(between: &str) -> String {
        format!(
            "<body><main><section><div class=row><div class=story-text><p>The first part of the story sits above the photo, with a comma, here.</p></div>\
             <aside>Advertisement</aside></div></section>{between}<section><div class=row><div class=story-text>{P}{P}{P}{P}</div>\
             <aside>Advertisement</aside></div></section></main></body>"
        )
    }

    #[test]
    fn an_earlier_part_of_the_same_class_is_kept() {
        let b = body(&page("<figure><img src=a.jpg></figure>"));
        assert!(b.starts_with("The first part"), "{b}");
        assert_eq!(b.matches("ministers met").count(), 4, "{b}");
    }

    #[test]
    fn a_part_under_another_heading_is_not() {
        let b = body(&page("<h2>Another story</h2>"));
        assert!(b.starts_with("The ministers"), "{b}");
    }
}
