//! Assembly of an [`Article`] from metadata and body blocks: computes the
//! joined `text` and each block's exact byte span. Shared by the HTML and
//! text paths so both give the same invariants.

use crate::{Article, Block, BlockKind};

/// Separator between body blocks in [`Article::text`].
pub(crate) const BLOCK_SEPARATOR: &str = "\n\n";

/// A body block before assembly: kind, heading level and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BlockDraft {
    pub(crate) kind: BlockKind,
    pub(crate) level: Option<u8>,
    pub(crate) text: String,
}

impl BlockDraft {
    /// A block of `kind` with `text`.
    pub(crate) fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        BlockDraft {
            kind,
            level: None,
            text: text.into(),
        }
    }
}

/// Fills `meta.text` and `meta.blocks` from `drafts`. Block text is trimmed
/// and empty blocks are dropped; captions get an empty span where they stood.
pub(crate) fn assemble(mut meta: Article, drafts: Vec<BlockDraft>) -> Article {
    let mut text = String::with_capacity(drafts.iter().map(|d| d.text.len() + 2).sum());
    let mut blocks = Vec::with_capacity(drafts.len());
    for d in drafts {
        let t = d.text.trim();
        if t.is_empty() {
            continue;
        }
        if d.kind == BlockKind::Caption {
            let at = text.len();
            blocks.push(Block {
                kind: d.kind,
                level: d.level,
                text: t.to_string(),
                start: at,
                end: at,
            });
            continue;
        }
        if !text.is_empty() {
            text.push_str(BLOCK_SEPARATOR);
        }
        let start = text.len();
        text.push_str(t);
        blocks.push(Block {
            kind: d.kind,
            level: d.level,
            text: t.to_string(),
            start,
            end: text.len(),
        });
    }
    meta.text = text;
    meta.blocks = blocks;
    meta
}

/// Collapses runs of whitespace (including non-breaking spaces) into one
/// space and trims the ends.
pub(crate) fn normalize_space(s: &str) -> String {
    // Most lines have single spaces only: copy them as they are.
    let mut prev_space = true;
    let mut plain = true;
    for c in s.chars() {
        let space = c == ' ';
        let other_space = if c.is_ascii() {
            c.is_ascii_whitespace() && !space || c == '\x0b'
        } else {
            c.is_whitespace() || c == '\u{200b}'
        };
        if other_space || space && prev_space {
            plain = false;
            break;
        }
        prev_space = space;
    }
    let plain = plain && !prev_space || s.is_empty();
    if plain {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' {
            pending = !out.is_empty();
        } else {
            if pending {
                out.push(' ');
                pending = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_exact_and_captions_stay_out() {
        let a = assemble(
            Article::default(),
            vec![
                BlockDraft::new(BlockKind::Paragraph, " One. "),
                BlockDraft::new(BlockKind::Caption, "A photo"),
                BlockDraft::new(BlockKind::Paragraph, "Two."),
            ],
        );
        assert_eq!(a.text, "One.\n\nTwo.");
        for b in &a.blocks {
            if b.kind != BlockKind::Caption {
                assert_eq!(&a.text[b.start..b.end], b.text);
            }
        }
        assert_eq!(a.blocks[1].start, a.blocks[1].end);
    }

    #[test]
    fn normalizes_space() {
        assert_eq!(normalize_space("  a \u{a0}\n b  "), "a b");
        assert_eq!(normalize_space("a b"), "a b");
        assert_eq!(normalize_space("a\tb\x0bc"), "a b c");
        assert_eq!(normalize_space("a  b "), "a b");
        assert_eq!(normalize_space("é\u{200b}b\u{2009}c ü"), "é b c ü");
    }
}
