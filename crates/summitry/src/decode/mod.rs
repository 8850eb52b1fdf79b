//! Stage 1: bytes → UTF-8 text, and whether it is HTML or a text dump.
//!
//! Order of trust for the charset: a byte-order mark, the caller's charset,
//! valid non-ASCII UTF-8, the page's own `<meta charset>` / `http-equiv`
//! declaration, then statistical detection (chardetng).

mod mojibake;

use encoding_rs::{Encoding, UTF_8};

use crate::{Error, InputFormat, InputKind, Options, Result};

/// How many leading bytes are searched for a `<meta charset>` declaration.
/// The HTML standard's prescan looks at 1024; real pages put long `<head>`s
/// before it, so we look further.
const META_PRESCAN_BYTES: usize = 4096;

/// How many leading bytes are sniffed for HTML markup (a page may open with
/// kilobytes of server warnings before its doctype).
const SNIFF_BYTES: usize = 16384;

/// Share of control characters (other than whitespace) above which decoded
/// input is taken as binary. Text and HTML have essentially none, random
/// bytes about 12%. Replacement characters do not count: mojibake pages
/// carry many and are still text.
const MAX_CONTROL_SHARE: f64 = 0.02;

/// Decoded input.
#[derive(Debug, Clone)]
pub(crate) struct Decoded {
    /// The input as UTF-8.
    pub(crate) text: String,
    /// HTML or text.
    pub(crate) kind: InputKind,
}

/// Decodes `bytes` and decides whether they are HTML or a text dump.
pub(crate) fn run(bytes: &[u8], opts: &Options) -> Result<Decoded> {
    if bytes.len() > opts.limits.max_input_bytes {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: opts.limits.max_input_bytes,
        });
    }
    let text = mojibake::repair(decode(bytes, opts.charset.as_deref())?);
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    check_not_binary(&text)?;
    let kind = match opts.input {
        InputFormat::Html => InputKind::Html,
        InputFormat::Text => InputKind::Text,
        InputFormat::Auto => sniff_kind(&text),
    };
    Ok(Decoded { text, kind })
}

/// Decodes bytes to a `String`, replacing malformed sequences.
pub(crate) fn decode(bytes: &[u8], charset: Option<&str>) -> Result<String> {
    let caller = match charset {
        Some(label) => Some(
            Encoding::for_label(label.trim().as_bytes())
                .ok_or_else(|| Error::UnknownCharset(label.to_string()))?,
        ),
        None => None,
    };
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return Ok(enc.decode_without_bom_handling(body).0.into_owned());
    }
    // Bytes that are valid UTF-8 (and not plain ASCII) are UTF-8 whatever
    // the page declares: legacy encodings almost never form valid UTF-8
    // sequences, while pages served as UTF-8 under a stale gb2312 or
    // iso-8859-1 declaration are common.
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let enc = caller
        .or_else(|| (utf8 && !bytes.is_ascii()).then_some(UTF_8))
        .or_else(|| meta_charset(bytes))
        .or_else(|| utf8.then_some(UTF_8))
        .unwrap_or_else(|| detect(bytes));
    // A page that declares a UTF-16 charset in ASCII markup is not UTF-16.
    let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        UTF_8
    } else {
        enc
    };
    Ok(enc.decode_without_bom_handling(bytes).0.into_owned())
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    det.guess(None, true)
}

/// Finds `charset=NAME` in the first bytes of a page, inside a `<meta` tag.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes
        .get(..bytes.len().min(META_PRESCAN_BYTES))
        .unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = lower
        .get(from..)
        .and_then(|r| find(r, b"<meta"))
        .map(|p| p + from)
    {
        let end = lower
            .get(pos..)
            .and_then(|r| find(r, b">"))
            .map_or(lower.len(), |e| e + pos);
        let tag = lower.get(pos..end).unwrap_or_default();
        if let Some(rest) = find(tag, b"charset").and_then(|c| tag.get(c + 7..)) {
            let rest = rest
                .iter()
                .position(|&b| b != b' ' && b != b'=')
                .and_then(|i| rest.get(i..))
                .unwrap_or_default();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                .unwrap_or(rest.len());
            if let Some(enc) = rest.get(..len).and_then(Encoding::for_label) {
                return Some(enc);
            }
        }
        from = end.max(pos + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn check_not_binary(text: &str) -> Result<()> {
    let sample: Vec<char> = text.chars().take(SNIFF_BYTES * 4).collect();
    let control = sample
        .iter()
        .filter(|&&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if !sample.is_empty() && control as f64 / sample.len() as f64 > MAX_CONTROL_SHARE {
        return Err(Error::Binary {
            reason: "control bytes",
        });
    }
    Ok(())
}

/// Markup that marks a document as HTML when found near its start.
const HTML_MARKERS: &[&str] = &[
    "<!doctype html",
    "<html",
    "<head",
    "<body",
    "<meta ",
    "<title",
    "<div",
    "<p>",
    "<article",
    "<script",
];

/// Decides HTML or text from the first bytes.
fn sniff_kind(text: &str) -> InputKind {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = text[..end].to_ascii_lowercase();
    let trimmed = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if trimmed.starts_with('<') && HTML_MARKERS.iter().any(|m| head.contains(m)) {
        return InputKind::Html;
    }
    let tags = HTML_MARKERS.iter().filter(|m| head.contains(*m)).count();
    if tags >= 2 {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_bom_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<p>Hé</p>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, None).unwrap(), "<p>Hé</p>");
    }

    #[test]
    fn meta_charset_wins_over_detection() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body></html>";
        assert!(decode(bytes, None).unwrap().contains("café"));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration() {
        let bytes = "<meta charset=\"gb2312\"><p>新闻 café</p>".as_bytes();
        assert!(decode(bytes, None).unwrap().contains("新闻 café"));
    }

    #[test]
    fn sniffs_text_and_html() {
        assert_eq!(sniff_kind("Hello world.\nSecond line."), InputKind::Text);
        assert_eq!(
            sniff_kind("<!DOCTYPE html><html><body><p>x</p>"),
            InputKind::Html
        );
        assert_eq!(sniff_kind("  \n<div><p>x</p></div>"), InputKind::Html);
    }

    #[test]
    fn binary_is_refused() {
        let bytes: Vec<u8> = (0u8..=255).cycle().take(4000).collect();
        assert!(run(&bytes, &Options::new()).is_err());
    }

    #[test]
    fn unknown_charset_is_an_error() {
        assert_eq!(
            decode(b"x", Some("klingon")),
            Err(Error::UnknownCharset("klingon".into()))
        );
    }
}
