//! Stage 2–4 (text): split a plain-text page dump into blocks, keep the
//! story lines, and read the metadata the dump states.

use crate::article::{normalize_space, BlockDraft};
use crate::{Article, BlockKind, Options};

/// Fewest words of a line kept as a story paragraph.
const MIN_STORY_WORDS: usize = 10;

/// Splits `src` into story blocks and metadata.
pub(crate) fn run(src: &str, opts: &Options) -> (Article, Vec<BlockDraft>) {
    let mut meta = Article {
        url: opts.url.clone(),
        ..Article::default()
    };
    let mut blocks = Vec::new();
    for line in src.lines() {
        let line = normalize_space(line);
        let words = line.split_whitespace().count();
        if meta.title.is_none() && (4..=25).contains(&words) && !line.ends_with('.') {
            meta.title = Some(line.clone());
            continue;
        }
        let ends_like_sentence = line.ends_with(['.', '"', '”', '?', '!', '’', ':']);
        if words >= MIN_STORY_WORDS && ends_like_sentence {
            blocks.push(BlockDraft::new(BlockKind::Paragraph, line));
        }
    }
    (meta, blocks)
}
