//! Scoring: which subtree holds the story.
//!
//! Paragraph-like nodes give points (one, plus commas, plus length) to up to
//! five ancestors; each candidate's points are discounted by its link
//! density; the best candidate, its shared ancestor with other near-best
//! candidates, and its good siblings make the article.

use super::flat::Flat;
use super::weights::*;

/// Switches that the fallback turns off one by one (as Readability does).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Flags {
    /// Drop unlikely-looking subtrees before scoring.
    pub(crate) strip_unlikely: bool,
    /// Use class/id weights.
    pub(crate) weight_classes: bool,
    /// Drop link-heavy or image-heavy boxes inside the article.
    pub(crate) clean_conditionally: bool,
}

/// Per-node totals over the kept part of a subtree.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Agg {
    pub(crate) chars: u32,
    pub(crate) commas: u32,
    pub(crate) links: u32,
    pub(crate) p: u32,
    pub(crate) img: u32,
    pub(crate) li: u32,
    pub(crate) heading: u32,
    pub(crate) list: u32,
    /// Has a descendant that keeps a `div` from being a paragraph.
    pub(crate) block: bool,
}

impl Agg {
    pub(crate) fn add(&mut self, o: &Agg) {
        self.chars += o.chars;
        self.commas += o.commas;
        self.links += o.links;
        self.p += o.p;
        self.img += o.img;
        self.li += o.li;
        self.heading += o.heading;
        self.list += o.list;
    }

    /// Share of the text inside links.
    pub(crate) fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            (f64::from(self.links) / f64::from(self.chars)).min(1.0)
        }
    }
}

/// Which nodes are gone before scoring: junk, hidden, and (with the flag)
/// unlikely subtrees outside tables and code.
pub(crate) fn removed(f: &Flat<'_>, flags: Flags) -> Vec<bool> {
    let n = f.len();
    let mut out = vec![false; n];
    let mut in_table = vec![false; n];
    for i in 0..n {
        let (pr, pt) = match f.parent_of(i) {
            Some(p) => (
                out.get(p).copied().unwrap_or(false),
                in_table.get(p).copied().unwrap_or(false)
                    || matches!(f.tag_of(p), "table" | "code" | "pre"),
            ),
            None => (false, false),
        };
        let st = f.st.get(i).copied().unwrap_or_default();
        if let Some(t) = in_table.get_mut(i) {
            *t = pt;
        }
        if let Some(o) = out.get_mut(i) {
            *o = pr || st.junk || st.hidden || (flags.strip_unlikely && st.unlikely && !pt);
        }
    }
    out
}

/// Bottom-up totals for the nodes in `range` that are not `gone`.
pub(crate) fn aggregate(f: &Flat<'_>, gone: &[bool], range: std::ops::Range<usize>) -> Vec<Agg> {
    let mut agg = vec![Agg::default(); f.len()];
    for i in range.clone().rev() {
        if gone.get(i).copied().unwrap_or(true) {
            continue;
        }
        let mut a = agg.get(i).copied().unwrap_or_default();
        own(f, i, &mut a);
        if let Some(slot) = agg.get_mut(i) {
            *slot = a;
        }
        if let Some(p) = f.parent_of(i).filter(|p| range.contains(p)) {
            let is_block = DIV_BLOCK_TAGS.contains(&f.tag_of(i));
            if let Some(pa) = agg.get_mut(p) {
                pa.add(&a);
                pa.block |= a.block || is_block;
            }
        }
    }
    agg
}

/// Adds node `i`'s own contribution to its (children-summed) totals.
pub(crate) fn own(f: &Flat<'_>, i: usize, a: &mut Agg) {
    a.chars += f.chars.get(i).copied().unwrap_or(0);
    a.commas += f.commas.get(i).copied().unwrap_or(0);
    match f.tag_of(i) {
        "a" if f.is_link(i) => a.links = a.chars,
        "p" => a.p += 1,
        "img" | "picture" => a.img += 1,
        "li" => a.li += 1,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => a.heading = a.chars,
        "ul" | "ol" => a.list = a.chars,
        _ => {}
    }
}

/// Readability's class weight of a node, when weights are on.
pub(crate) fn weight(f: &Flat<'_>, i: usize, flags: Flags) -> i32 {
    if flags.weight_classes {
        f.st.get(i).map_or(0, |s| s.weight)
    } else {
        0
    }
}

fn is_phrasing(f: &Flat<'_>, i: usize, agg: &[Agg]) -> bool {
    let tag = f.tag_of(i);
    if tag.is_empty() {
        return true;
    }
    match tag {
        "a" | "del" | "ins" => !agg.get(i).is_some_and(|a| a.block),
        _ => PHRASING_TAGS.contains(&tag),
    }
}

/// Phrasing tags (HTML's phrasing content, as Readability lists it).
const PHRASING_TAGS: &[&str] = &[
    "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em",
    "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object",
    "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong",
    "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "big", "tt",
];

/// Scores of candidate containers (`None`: not a candidate).
pub(crate) fn score(f: &Flat<'_>, gone: &[bool], agg: &[Agg], flags: Flags) -> Vec<Option<f64>> {
    let n = f.len();
    let mut scores: Vec<Option<f64>> = vec![None; n];
    let vote = |first: Option<usize>, chars: u32, commas: u32, scores: &mut Vec<Option<f64>>| {
        if chars < MIN_PARAGRAPH_CHARS {
            return;
        }
        let points = 1.0
            + f64::from(commas)
            + (f64::from(chars) / CHARS_PER_POINT)
                .floor()
                .min(MAX_LENGTH_POINTS);
        let mut cur = first;
        for level in 0..ANCESTOR_LEVELS {
            let Some(a) = cur else { break };
            let parent = f.parent_of(a);
            if f.tag_of(a).is_empty() || parent.is_none_or(|p| f.tag_of(p).is_empty()) {
                break;
            }
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            if let Some(slot) = scores.get_mut(a) {
                let base = slot.unwrap_or_else(|| init_score(f, a, flags));
                *slot = Some(base + points / div);
            }
            cur = parent;
        }
    };
    for i in 0..n {
        if gone.get(i).copied().unwrap_or(true) {
            continue;
        }
        let tag = f.tag_of(i);
        let a = agg.get(i).copied().unwrap_or_default();
        if SCORED_TAGS.contains(&tag) || (tag == "div" && !a.block) {
            vote(f.parent_of(i), a.chars, a.commas, &mut scores);
        } else if tag == "div" {
            // Runs of loose text in a div are paragraphs too.
            let (mut chars, mut commas) = (0u32, 0u32);
            for c in f.children(i) {
                if gone.get(c).copied().unwrap_or(true) {
                    continue;
                }
                if is_phrasing(f, c, agg) {
                    let ca = agg.get(c).copied().unwrap_or_default();
                    chars += ca.chars;
                    commas += ca.commas;
                } else {
                    vote(Some(i), chars, commas, &mut scores);
                    chars = 0;
                    commas = 0;
                }
            }
            vote(Some(i), chars, commas, &mut scores);
        }
    }
    for (i, s) in scores.iter_mut().enumerate() {
        if let Some(v) = s {
            *v *= 1.0 - agg.get(i).map_or(0.0, Agg::link_density);
        }
    }
    scores
}

fn init_score(f: &Flat<'_>, i: usize, flags: Flags) -> f64 {
    let base = match f.tag_of(i) {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + f64::from(weight(f, i, flags))
}

/// The roots of the article: the best candidate (or a better ancestor) and
/// the siblings that belong with it, in document order.
pub(crate) fn pick(f: &Flat<'_>, agg: &[Agg], scores: &[Option<f64>], flags: Flags) -> Vec<usize> {
    let body = (0..f.len()).find(|&i| f.tag_of(i) == "body");
    let mut top: Vec<(f64, usize)> = Vec::with_capacity(TOP_CANDIDATES + 1);
    for (i, s) in scores.iter().enumerate() {
        let Some(s) = *s else { continue };
        let pos = top.iter().position(|&(t, _)| s > t).unwrap_or(top.len());
        if pos < TOP_CANDIDATES {
            top.insert(pos, (s, i));
            top.truncate(TOP_CANDIDATES);
        }
    }
    let Some(&(_, mut best)) = top.first() else {
        return body.into_iter().collect();
    };
    if Some(best) == body {
        return vec![best];
    }
    let sc = |i: usize| scores.get(i).copied().flatten();
    // A shared ancestor of several near-best candidates.
    let best_score = sc(best).unwrap_or(0.0);
    let alts: Vec<usize> = top
        .iter()
        .skip(1)
        .filter(|&&(s, _)| best_score > 0.0 && s / best_score >= NEAR_BEST_SHARE)
        .map(|&(_, i)| i)
        .collect();
    if alts.len() >= MIN_SHARED_CANDIDATES {
        let mut cur = f.parent_of(best);
        while let Some(p) = cur {
            if Some(p) == body || f.tag_of(p).is_empty() {
                break;
            }
            let end = f.end_of(p);
            let inside = alts.iter().filter(|&&a| a > p && a < end).count();
            if inside >= MIN_SHARED_CANDIDATES {
                best = p;
                break;
            }
            cur = f.parent_of(p);
        }
    }
    // Climb while the parent scores about as well.
    let mut last = sc(best).unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut cur = f.parent_of(best);
    while let Some(p) = cur {
        if Some(p) == body || f.tag_of(p).is_empty() {
            break;
        }
        let Some(ps) = sc(p) else {
            cur = f.parent_of(p);
            continue;
        };
        if ps < threshold {
            break;
        }
        if ps > last {
            best = p;
            break;
        }
        last = ps;
        cur = f.parent_of(p);
    }
    // A layout table's row inside a container that scores well on its own
    // paragraphs (a list of signatories under a letter) is part of that story.
    if matches!(
        f.tag_of(best),
        "tr" | "td" | "th" | "tbody" | "thead" | "tfoot" | "table"
    ) {
        let best_score = sc(best).unwrap_or(0.0);
        let mut cur = f.parent_of(best);
        while let Some(p) = cur {
            if !matches!(
                f.tag_of(p),
                "tr" | "td" | "th" | "tbody" | "thead" | "tfoot" | "table"
            ) {
                break;
            }
            cur = f.parent_of(p);
        }
        if let Some(p) = cur.filter(|&p| Some(p) != body && !f.tag_of(p).is_empty()) {
            if sc(p).is_some_and(|s| s >= best_score * TABLE_CONTAINER_SHARE) {
                best = p;
            }
        }
    }
    // A lone child is its parent's only content: take the parent.
    while let Some(p) = f.parent_of(best) {
        if Some(p) == body || f.tag_of(p).is_empty() {
            break;
        }
        if f.children(p).filter(|&c| !f.tag_of(c).is_empty()).count() != 1 {
            break;
        }
        best = p;
    }
    let Some(parent) = f.parent_of(best) else {
        return vec![best];
    };
    let best_score = sc(best).unwrap_or(0.0);
    let threshold = SIBLING_MIN_SCORE.max(best_score * SIBLING_SHARE);
    let best_class = f.attr(best, "class").unwrap_or("");
    let mut roots = Vec::new();
    for s in f.children(parent) {
        if f.tag_of(s).is_empty() {
            continue;
        }
        if s == best {
            roots.push(s);
            continue;
        }
        let mut bonus = 0.0;
        if flags.weight_classes && !best_class.is_empty() && f.attr(s, "class") == Some(best_class)
        {
            bonus = best_score * SIBLING_SHARE;
        }
        if sc(s).is_some_and(|v| v + bonus >= threshold) {
            roots.push(s);
            continue;
        }
        if f.tag_of(s) == "p" {
            let a = agg.get(s).copied().unwrap_or_default();
            let ld = a.link_density();
            if a.chars > SIBLING_PARAGRAPH_CHARS && ld < SIBLING_LINK_DENSITY {
                roots.push(s);
            } else if a.chars > 0 && a.chars <= SIBLING_PARAGRAPH_CHARS && a.links == 0 {
                let text = subtree_text(f, s);
                let t = text.trim_end();
                if t.ends_with('.') || t.contains(". ") {
                    roots.push(s);
                }
            }
        }
    }
    roots
}

/// The raw text of a subtree (for short checks only).
pub(crate) fn subtree_text(f: &Flat<'_>, i: usize) -> String {
    let mut s = String::new();
    for j in i..f.end_of(i) {
        if let Some(t) = f.text(j) {
            s.push_str(t);
        }
    }
    s
}

/// The standfirst of the article when it stands outside the chosen roots:
/// an element before them, at most [`LEAD_LEVELS`] levels up, whose
/// class/id names a lead ("intro", "standfirst", "vorspann", "chapo", …).
/// It may sit in a header dropped as unlikely (not in a hidden one); a
/// lead-named box holding the headline is searched inside. Returns the node
/// and its character count.
pub(crate) fn lead(
    f: &Flat<'_>,
    gone: &[bool],
    roots: &[usize],
    title: Option<&str>,
) -> Option<(usize, usize)> {
    lead_in(f, Some(gone), roots)
        .or_else(|| lead_in(f, None, roots))
        .or_else(|| after_headline(f, roots, title))
}

/// A standfirst with no lead-like name: the paragraph that directly follows
/// the page's `h1`, when that is the `title`'s headline (whitespace aside) before the chosen roots, outside
/// navigation, asides and footers, short and hardly linked.
fn after_headline(f: &Flat<'_>, roots: &[usize], title: Option<&str>) -> Option<(usize, usize)> {
    let &first = roots.first()?;
    // The headline nearest the story: a site title comes before it.
    let h1 = (0..first).rev().find(|&i| f.tag_of(i) == "h1")?;
    let st = f.st.get(h1).copied().unwrap_or_default();
    let (h1_chars, h1_links, _) = visible_totals(f, h1);
    if st.hidden || st.junk || f.end_of(h1) > first || h1_links * 2 > h1_chars {
        return None;
    }
    // Only under the story's own headline (not a notice's or a section's).
    let headline = subtree_text(f, h1);
    if !title.is_some_and(|t| super::clean::similarity(t, &headline) > TITLE_SIMILARITY) {
        return None;
    }
    if f.has_ancestor(h1, &["nav", "aside", "footer"]) {
        return None;
    }
    let parent = f.parent_of(h1);
    let mut j = f.end_of(h1);
    while j < first && f.parent_of(j) == parent && f.tag_of(j).is_empty() {
        if f.text(j).is_some_and(|t| !t.trim().is_empty()) {
            return None;
        }
        j = f.end_of(j);
    }
    if j >= first || f.parent_of(j) != parent || f.tag_of(j) != "p" || f.end_of(j) > first {
        return None;
    }
    let st = f.st.get(j).copied().unwrap_or_default();
    // A dated byline line ("By Jane on 3 May | 5 comments") is no standfirst.
    let meta =
        (j..f.end_of(j)).any(|k| f.tag_of(k) == "time" || f.st.get(k).is_some_and(|s| s.byline));
    let (chars, links, _) = visible_totals(f, j);
    let ok = !meta
        && !st.hidden
        && !st.junk
        && !st.boiler
        && !has_word(f, j, NOT_LEAD_WORDS)
        && (LEAD_MIN_CHARS..=LEAD_MAX_CHARS).contains(&chars)
        && f64::from(links) < f64::from(chars) * SIBLING_LINK_DENSITY;
    ok.then_some((j, chars as usize))
}

/// [`lead`] among the nodes not `gone`, or (`None`) also among unlikely ones.
fn lead_in(f: &Flat<'_>, gone: Option<&[bool]>, roots: &[usize]) -> Option<(usize, usize)> {
    let &first = roots.first()?;
    // The highest ancestor in reach; its part before the article is read in
    // document order, so the standfirst under the headline beats a later box.
    let top = f.top_ancestor(first, LEAD_LEVELS);
    let mut i = top? + 1;
    while i < first {
        let st = f.st.get(i).copied().unwrap_or_default();
        if st.hidden || st.junk || gone.is_some_and(|g| g.get(i).copied().unwrap_or(true)) {
            i = f.end_of(i);
            continue;
        }
        if is_lead(f, i) && f.end_of(i) <= first && !f.has_ancestor(i, HEADING_TAGS) {
            let (chars, links, heading) = visible_totals(f, i);
            if (LEAD_MIN_CHARS..=LEAD_MAX_CHARS).contains(&chars)
                && !heading
                && f64::from(links) < f64::from(chars) * SIBLING_LINK_DENSITY
            {
                return Some((i, chars as usize));
            }
        }
        i += 1;
    }
    None
}

/// Characters, linked characters and whether the headline (`h1`) is inside, over the
/// subtree of `i` without its hidden or junk parts.
pub(crate) fn visible_totals(f: &Flat<'_>, i: usize) -> (u32, u32, bool) {
    let (mut chars, mut links, mut heading) = (0u32, 0u32, false);
    let end = f.end_of(i);
    let mut link_end = 0usize;
    let mut j = i;
    while j < end {
        let st = f.st.get(j).copied().unwrap_or_default();
        if st.hidden || st.junk {
            j = f.end_of(j);
            continue;
        }
        match f.tag_of(j) {
            "a" if f.is_link(j) => link_end = link_end.max(f.end_of(j)),
            "h1" => heading = true,
            _ => {}
        }
        let c = f.chars.get(j).copied().unwrap_or(0);
        chars += c;
        if j < link_end {
            links += c;
        }
        j += 1;
    }
    (chars, links, heading)
}

/// Brings back the parts of subtree `i` dropped only as unlikely (a lead in
/// a page header): hidden and junk stay gone.
pub(crate) fn restore(f: &Flat<'_>, gone: &mut [bool], i: usize) {
    let end = f.end_of(i);
    for j in i..end {
        let st = f.st.get(j).copied().unwrap_or_default();
        let parent_gone = j != i
            && f.parent_of(j)
                .is_some_and(|p| gone.get(p).copied().unwrap_or(false));
        if let Some(g) = gone.get_mut(j) {
            *g = parent_gone || st.hidden || st.junk;
        }
    }
}

/// The words of `i`'s class and id (split at `-`, `_`, spaces), as written.
fn hint_words<'a>(f: &Flat<'a>, i: usize) -> impl Iterator<Item = &'a str> + Clone {
    [f.attr(i, "class"), f.attr(i, "id")]
        .into_iter()
        .flatten()
        .flat_map(|h| h.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
}

/// Whether `w` is one of the lower-case `words`, ASCII case aside.
fn is_one_of(w: &str, words: &[&str]) -> bool {
    words.iter().any(|h| w.eq_ignore_ascii_case(h))
}

/// Whether `i`'s class/id holds one of `words` (split at `-`, `_`, spaces).
fn has_word(f: &Flat<'_>, i: usize, words: &[&str]) -> bool {
    hint_words(f, i).any(|w| is_one_of(w, words))
}

/// Whether `i`'s class/id names a standfirst (see [`LEAD_WORDS`]). No
/// allocation: it runs on every node before the story.
pub(crate) fn is_lead(f: &Flat<'_>, i: usize) -> bool {
    if f.tag_of(i).is_empty() {
        return false;
    }
    let words = hint_words(f, i);
    words.clone().any(|w| {
        LEAD_WORDS.iter().any(|h| {
            w.eq_ignore_ascii_case(h)
                || (h.len() >= 4
                    && w.as_bytes()
                        .get(..h.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes())))
        })
    }) && !words.into_iter().any(|w| is_one_of(w, NOT_LEAD_WORDS))
}
