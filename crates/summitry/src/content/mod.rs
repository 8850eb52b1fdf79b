//! Stage 3 (HTML): find the main content block and turn it into body blocks.
//!
//! Readability-style: paragraphs score their ancestors by length and commas,
//! the best-scoring container is the article, and inside it we keep
//! paragraphs, headings, list items, blockquotes, tables and captions while
//! skipping chrome subtrees. All walks are iterative.

mod weights;

use std::collections::HashMap;

use ego_tree::NodeRef;
use scraper::{node::Node, ElementRef, Html};

use crate::article::{normalize_space, BlockDraft};
use crate::BlockKind;
use weights::*;

/// Extracts the body blocks of a parsed page.
pub(crate) fn run(doc: &Html) -> Vec<BlockDraft> {
    let Some(best) = best_candidate(doc) else {
        return Vec::new();
    };
    let blocks = collect_blocks(best);
    if blocks.iter().map(|b| b.text.len()).sum::<usize>() >= MIN_ARTICLE_CHARS {
        return blocks;
    }
    // Fallback: the whole body.
    let root = doc.root_element();
    collect_blocks(root)
}

fn best_candidate(doc: &Html) -> Option<ElementRef<'_>> {
    let mut scores: HashMap<ego_tree::NodeId, f64> = HashMap::new();
    for node in doc.tree.root().descendants() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = el.value().name();
        if !SCORED_TAGS.contains(&name) || is_skipped(el) {
            continue;
        }
        let text = normalize_space(&el.text().collect::<String>());
        if text.chars().count() < MIN_PARAGRAPH_CHARS {
            continue;
        }
        let score = 1.0
            + text.matches(',').count() as f64
            + (text.len() as f64 / CHARS_PER_POINT).min(MAX_LENGTH_POINTS);
        let mut ancestor = node.parent();
        let mut share = 1.0;
        for _ in 0..ANCESTOR_LEVELS {
            let Some(a) = ancestor else { break };
            if ElementRef::wrap(a).is_none() {
                break;
            }
            *scores.entry(a.id()).or_insert(0.0) += score * share;
            share *= ANCESTOR_DECAY;
            ancestor = a.parent();
        }
    }
    let mut best: Option<(f64, ElementRef<'_>)> = None;
    for (id, score) in scores {
        let Some(el) = doc.tree.get(id).and_then(ElementRef::wrap) else {
            continue;
        };
        let adjusted = score * (1.0 - link_density(el)) * class_weight(el);
        if best.is_none_or(|(s, _)| adjusted > s) {
            best = Some((adjusted, el));
        }
    }
    best.map(|(_, el)| el)
}

fn link_density(el: ElementRef<'_>) -> f64 {
    let total: usize = el.text().map(str::len).sum();
    if total == 0 {
        return 1.0;
    }
    let mut linked = 0usize;
    for node in el.descendants() {
        if let Some(a) = ElementRef::wrap(node) {
            if a.value().name() == "a" {
                linked += a.text().map(str::len).sum::<usize>();
            }
        }
    }
    (linked as f64 / total as f64).min(1.0)
}

fn class_weight(el: ElementRef<'_>) -> f64 {
    let v = el.value();
    let hints = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    let mut w = 1.0;
    if POSITIVE_HINTS.iter().any(|h| hints.contains(h)) {
        w *= POSITIVE_FACTOR;
    }
    if NEGATIVE_HINTS.iter().any(|h| hints.contains(h)) {
        w *= NEGATIVE_FACTOR;
    }
    if matches!(v.name(), "article" | "main") {
        w *= POSITIVE_FACTOR;
    }
    w
}

fn is_skipped(el: ElementRef<'_>) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name())
        || v.attr("hidden").is_some()
        || v.attr("aria-hidden") == Some("true")
    {
        return true;
    }
    if v.attr("style").is_some_and(|s| {
        s.replace(' ', "")
            .to_ascii_lowercase()
            .contains("display:none")
    }) {
        return true;
    }
    let hints = format!(
        "{} {}",
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    SKIP_HINTS.iter().any(|h| hints.contains(h))
}

/// Walks `root` (iteratively) and emits body blocks.
fn collect_blocks(root: ElementRef<'_>) -> Vec<BlockDraft> {
    let mut out = Vec::new();
    let mut stack: Vec<NodeRef<'_, Node>> = vec![*root];
    while let Some(node) = stack.pop() {
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        if is_skipped(el) {
            continue;
        }
        let name = el.value().name();
        let kind = match name {
            "p" | "pre" => Some(BlockKind::Paragraph),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(BlockKind::Heading),
            "li" => Some(BlockKind::ListItem),
            "blockquote" => Some(BlockKind::Blockquote),
            "figcaption" => Some(BlockKind::Caption),
            "table" => Some(BlockKind::Table),
            _ => None,
        };
        if let Some(kind) = kind {
            if kind != BlockKind::Table && kind != BlockKind::Blockquote && has_block_child(el) {
                push_children(&mut stack, node);
                continue;
            }
            let text = normalize_space(&el.text().collect::<String>());
            if !text.is_empty() {
                let mut d = BlockDraft::new(kind, text);
                if kind == BlockKind::Heading {
                    d.level = name.get(1..).and_then(|l| l.parse().ok());
                }
                out.push(d);
            }
            continue;
        }
        push_children(&mut stack, node);
    }
    out
}

fn push_children<'a>(stack: &mut Vec<NodeRef<'a, Node>>, node: NodeRef<'a, Node>) {
    let children: Vec<_> = node.children().collect();
    stack.extend(children.into_iter().rev());
}

fn has_block_child(el: ElementRef<'_>) -> bool {
    el.children().filter_map(ElementRef::wrap).any(|c| {
        matches!(
            c.value().name(),
            "p" | "div" | "li" | "ul" | "ol" | "table" | "blockquote"
        )
    })
}
