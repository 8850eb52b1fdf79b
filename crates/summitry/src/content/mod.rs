//! Stage 3 (HTML): find the main content block and turn it into body blocks.
//!
//! Readability-style, on a flat copy of the DOM ([`flat`]): paragraphs score
//! their ancestors ([`score`]), the best container and its good siblings are
//! the article, boxes that are not the story are dropped inside it
//! ([`clean`]), and the rest becomes paragraphs, headings, list items,
//! quotes, tables and captions ([`blocks`]). When the result is short, the
//! extraction is retried with looser rules and the longest result wins.
//! Every pass is a linear sweep: no recursion, no per-node queries.

mod blocks;
mod clean;
mod described;
mod flat;
mod score;
mod split;
mod weights;

use scraper::Html;

use crate::article::BlockDraft;
use crate::BlockKind;
use score::Flags;
use weights::{
    FOLLOW_CUES, MIN_ARTICLE_CHARS, PROMO_CUES, PROMO_MAX_CHARS, SOCIAL_NAMES,
    TRAILING_HEADING_WORDS,
};

/// Extracts the body blocks of a parsed page. `title` (the article's title,
/// when known) lets the headline be dropped from the body.
pub(crate) fn run(doc: &Html, title: Option<&str>) -> Vec<BlockDraft> {
    let f = flat::Flat::build(doc);
    let mut flags = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    };
    let mut best: Vec<BlockDraft> = Vec::new();
    let mut best_len = 0;
    // Read from the head only when a standfirst is wanted and has no other sign.
    let desc = std::cell::OnceCell::new();
    for attempt in 0..4 {
        match attempt {
            1 => flags.strip_unlikely = false,
            2 => flags.weight_classes = false,
            3 => flags.clean_conditionally = false,
            _ => {}
        }
        let mut gone = score::removed(&f, flags);
        let agg = score::aggregate(&f, &gone, 0..f.len());
        let scores = score::score(&f, &gone, &agg, flags);
        let mut roots = score::pick(&f, &agg, &scores, flags);
        split::extend(&f, &gone, &agg, &scores, &mut roots);
        // The standfirst does not count towards a long enough article.
        let mut lead_chars = 0;
        let lead = score::lead(&f, &gone, &roots, title).or_else(|| {
            described::described(
                &f,
                &roots,
                desc.get_or_init(|| described::page_description(&f))
                    .as_deref()?,
            )
        });
        if let Some((lead, chars)) = lead {
            score::restore(&f, &mut gone, lead);
            roots.insert(0, lead);
            lead_chars = chars;
        }
        clean::run(&f, &mut gone, &roots, &scores, title, flags);
        let mut out = blocks::emit(&f, &gone, &roots);
        // A short heading with nothing after it heads what was dropped (a
        // "Related" list); closing appeals are not story.
        drop_trailing_promos(&mut out);
        let len: usize = out
            .iter()
            .filter(|b| b.kind != BlockKind::Caption)
            .map(|b| b.text.chars().count())
            .sum::<usize>()
            .saturating_sub(lead_chars);
        if len >= MIN_ARTICLE_CHARS {
            return out;
        }
        if len > best_len || best.is_empty() {
            best_len = len;
            best = out;
        }
    }
    best
}

/// Drops the appeals that close many stories (subscribe, support us, follow
/// us, copyright), one trailing paragraph at a time, with the short headings
/// that label them; the story itself always keeps a block.
fn drop_trailing_promos(out: &mut Vec<BlockDraft>) {
    while out.len() > 1 {
        let Some(last) = out.last() else { break };
        let promo = matches!(last.kind, BlockKind::Paragraph | BlockKind::Heading)
            && last.text.chars().count() <= PROMO_MAX_CHARS
            && is_promo(&last.text);
        let label = last.kind == BlockKind::Heading
            && last.text.split_whitespace().count() <= TRAILING_HEADING_WORDS
            && !last.text.trim_end().ends_with('.');
        if !(promo || label)
            || !out.get(..out.len() - 1).is_some_and(|r| {
                r.iter()
                    .any(|b| !matches!(b.kind, BlockKind::Heading | BlockKind::Caption))
            })
        {
            break;
        }
        out.pop();
    }
}

/// A subscription, membership, follow-us or copyright appeal.
fn is_promo(text: &str) -> bool {
    let lower = text.to_lowercase();
    // A copyright line opens with the sign or puts a year after it ("™©" in prose is neither).
    let copyright = lower.trim_start().starts_with('©')
        || lower.match_indices('©').any(|(i, _)| {
            lower
                .get(i + '©'.len_utf8()..)
                .and_then(|r| r.trim_start().chars().next())
                .is_some_and(|c| c.is_ascii_digit())
        });
    copyright
        || PROMO_CUES.iter().any(|c| lower.contains(c))
        || (FOLLOW_CUES.iter().any(|c| lower.contains(c))
            && SOCIAL_NAMES.iter().any(|s| lower.contains(s)))
}

/// The body text `run` finds in `html`, captions left out, a line per block (unit tests).
#[cfg(test)]
pub(crate) fn body_text(html: &str) -> String {
    run(&Html::parse_document(html), None)
        .iter()
        .filter(|b| b.kind != crate::BlockKind::Caption)
        .map(|b| b.text.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(html: &str) -> String {
        let doc = Html::parse_document(html);
        run(&doc, Some("The headline of the story"))
            .iter()
            .filter(|b| b.kind != BlockKind::Caption)
            .map(|b| b.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    }

    const P: &str = "<p>The ministers met on Thursday in Geneva, where they discussed trade, security and the climate, and agreed to meet again.</p>";

    #[test]
    fn picks_the_story_over_the_chrome() {
        let page = format!(
            "<body><nav><a href=/>Home</a> <a href=/w>World</a></nav><div class=sidebar><p>Most read: something else entirely, with commas, many, many.</p></div>\
             <div class=story><h1>The headline of the story</h1>{P}{P}{P}<div class=share-bar>Share on Facebook</div>{P}</div><footer>© Site</footer></body>"
        );
        let b = body(&page);
        assert!(b.contains("ministers met"));
        assert!(!b.contains("Most read"), "{b}");
        assert!(!b.contains("Share on"), "{b}");
        assert!(!b.contains("headline of the story"), "{b}");
        assert!(!b.contains("Home"));
    }

    #[test]
    fn standfirst_outside_the_body_is_kept() {
        let page = format!(
            "<body><div class=wrap><p class=article-intro>A short standfirst that sums the story up in one line.</p>\
             <div class=nav-links><a href=/a>Other</a></div><div class=text>{P}{P}{P}{P}</div></div></body>"
        );
        let b = body(&page);
        assert!(b.starts_with("A short standfirst"), "{b}");
        assert!(!b.contains("Other"));
    }

    #[test]
    fn standfirst_in_a_page_header_is_kept() {
        let page = format!(
            "<body><article><header class=entry-header><h1>The headline of the story</h1>\
             <div class=entry-excerpt><p>A short standfirst that sums the story up in one line.</p></div></header>\
             <div class=entry-content>{P}{P}{P}{P}</div></article></body>"
        );
        let b = body(&page);
        assert!(b.starts_with("A short standfirst"), "{b}");
        let hidden = page.replace("class=entry-excerpt", "class=entry-excerpt hidden");
        assert!(body(&hidden).starts_with("The ministers"));
    }

    #[test]
    fn a_teaser_named_standfirst_inside_the_article_is_kept() {
        let page = format!(
            "<body><div class=article><div class=teaser-text><p>A short standfirst that sums the story up in one line.</p></div>\
             <div class=text>{P}{P}{P}{P}</div><div class=teaser><a href=/b>Another story with a linked headline here</a></div></div></body>"
        );
        let b = body(&page);
        assert!(b.starts_with("A short standfirst"), "{b}");
        assert!(!b.contains("Another story"), "{b}");
    }

    #[test]
    fn a_paragraph_right_under_the_headline_is_the_standfirst() {
        let page = format!(
            "<body><header class=site-header><h1 class=site-title><a href=/>The Site</a></h1>\
             <p class=site-description>For everyone who wants to know more about it all</p></header>\
             <div class=hero><h1>The headline of the story</h1>\n<p>A short standfirst that sums the story up in one line.</p></div>\
             <div class=text>{P}{P}{P}{P}</div></body>"
        );
        let b = body(&page);
        assert!(b.starts_with("A short standfirst"), "{b}");
        assert!(!b.contains("For everyone"), "{b}");
        let dated = page.replace("<p>A short", "<p><time>3 May</time>: a short");
        assert!(!body(&dated).contains("a short standfirst"));
        let apart = page.replace("</h1>\n<p>", "</h1><div>x</div><p>");
        assert!(!body(&apart).contains("A short standfirst"));
    }

    #[test]
    fn a_lead_named_span_in_the_headline_is_not_the_standfirst() {
        let page = format!(
            "<body><div class=wrap><div class=story-teaser><h1><span class=story-teaser-title>The headline of the story, long enough to pass</span></h1>\
             <div class=story-teaser-intro><p>A short standfirst that sums the story up in one line.</p></div></div>\
             <div class=text>{P}{P}{P}{P}</div></div></body>"
        );
        let b = body(&page);
        assert!(b.starts_with("A short standfirst"), "{b}");
    }

    #[test]
    fn the_site_tagline_is_not_a_standfirst() {
        let page = format!(
            "<body><div class=wrap><p class=site-description>For everyone who wants to know more about it all</p>\
             <div class=text>{P}{P}{P}{P}</div></div></body>"
        );
        assert!(body(&page).starts_with("The ministers"));
    }

    #[test]
    fn a_layout_table_under_the_story_does_not_replace_it() {
        let row = "<tr><td>Jane Roe, writer, Paris</td><td>John Doe, editor, Rome, Italy</td></tr>";
        let page = format!(
            "<body><div class=story><p>Our letter opens the story, in one sentence of a fair length.</p>{P}{P}\
             <table>{}</table></div></body>",
            row.repeat(12)
        );
        let b = body(&page);
        assert!(b.starts_with("Our letter opens"), "{b}");
    }

    #[test]
    fn a_modal_is_not_the_story() {
        let page = format!(
            "<body><div class=story>{P}{P}{P}{P}{P}</div><div class='modal disclosures-modal'><div class=modal__body>{P}{P}{P}{P}{P}{P}</div></div></body>"
        );
        let b = body(&page);
        assert_eq!(b.matches("ministers met").count(), 5, "{b}");
    }

    #[test]
    fn a_heading_ending_the_body_is_dropped() {
        let page = format!(
            "<body><article>{P}{P}{P}{P}{P}<h3>Empfohlene Beiträge</h3><ul><li><a href=/a>Other story</a></li></ul></article></body>"
        );
        let b = body(&page);
        assert!(b.ends_with("meet again."), "{b}");
        let sentence = page.replace("Empfohlene Beiträge", "It ends here.");
        assert!(body(&sentence).ends_with("It ends here."));
    }

    #[test]
    fn closing_appeals_are_dropped() {
        let page = format!(
            "<body><article>{P}{P}{P}{P}{P}<p>Subscribe now to our print edition for the full story.</p>\
             <h3>Support us</h3><p>© 2022 The Paper. Written permission must be obtained before reprint.</p></article></body>"
        );
        let b = body(&page);
        assert!(b.ends_with("meet again."), "{b}");
    }

    #[test]
    fn an_anchor_without_href_is_not_a_link() {
        let p = "<p><a name=q>A whole paragraph inside a named anchor is still prose of the story.</a></p>";
        let page = format!("<body><article>{P}{P}{p}{P}{P}</article></body>");
        assert!(body(&page).contains("A whole paragraph"));
        let linked = page.replace("<a name=q>", "<a href=/other>");
        assert!(!body(&linked).contains("A whole paragraph"));
        let anchor = page.replace("<a name=q>", "<a href=#part-two>");
        assert!(body(&anchor).contains("A whole paragraph"));
    }

    #[test]
    fn a_code_block_in_a_wrapper_is_kept() {
        let page = format!(
            "<body><article>{P}{P}{P}<div class=snippet><pre><code>pip install thing</code></pre></div>{P}{P}{P}</article></body>"
        );
        assert!(body(&page).contains("pip install thing"));
    }

    #[test]
    fn hidden_elements_are_dropped() {
        let page = format!("<body><article>{P}<p hidden>secret hidden</p><div style='display:none'>gone text</div><p aria-hidden=true>aria</p>{P}{P}{P}</article></body>");
        let b = body(&page);
        assert!(!b.contains("secret") && !b.contains("gone text") && !b.contains("aria"));
    }

    #[test]
    fn short_pages_fall_back_to_looser_rules() {
        let page = "<body><div class=comment><p>Only this text is here, in a box the first pass drops, and it is the page.</p></div></body>";
        assert!(body(page).contains("Only this text"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("{}{P}{}", "<div>".repeat(5000), "</div>".repeat(5000));
        let handle = std::thread::Builder::new()
            .stack_size(128 * 1024)
            .spawn(move || body(&page))
            .unwrap();
        assert!(handle.join().unwrap().contains("ministers met"));
    }
}
