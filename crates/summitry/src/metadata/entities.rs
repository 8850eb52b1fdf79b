//! Decoding of the HTML entities left in attribute values and JSON-LD
//! strings, with its table of named entities.

/// Named HTML entities left in attribute values and JSON-LD strings
/// ("Redacci&oacute;n"): Latin-1 letters and common punctuation.
pub(crate) const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("nbsp", ' '),
    ("aacute", 'á'),
    ("eacute", 'é'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("yacute", 'ý'),
    ("Aacute", 'Á'),
    ("Eacute", 'É'),
    ("Iacute", 'Í'),
    ("Oacute", 'Ó'),
    ("Uacute", 'Ú'),
    ("agrave", 'à'),
    ("egrave", 'è'),
    ("igrave", 'ì'),
    ("ograve", 'ò'),
    ("ugrave", 'ù'),
    ("Agrave", 'À'),
    ("Egrave", 'È'),
    ("acirc", 'â'),
    ("ecirc", 'ê'),
    ("icirc", 'î'),
    ("ocirc", 'ô'),
    ("ucirc", 'û'),
    ("auml", 'ä'),
    ("euml", 'ë'),
    ("iuml", 'ï'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("yuml", 'ÿ'),
    ("Auml", 'Ä'),
    ("Ouml", 'Ö'),
    ("Uuml", 'Ü'),
    ("szlig", 'ß'),
    ("ntilde", 'ñ'),
    ("Ntilde", 'Ñ'),
    ("ccedil", 'ç'),
    ("Ccedil", 'Ç'),
    ("atilde", 'ã'),
    ("otilde", 'õ'),
    ("aring", 'å'),
    ("Aring", 'Å'),
    ("aelig", 'æ'),
    ("oslash", 'ø'),
    ("Oslash", 'Ø'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("bdquo", '„'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("euro", '€'),
];

/// Decodes the HTML entities left in attribute values that were escaped
/// twice (`&amp;quot;` in the source reads as `&quot;`).
pub(crate) fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let tail = rest.get(i..).unwrap_or("");
        let semi = tail.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|j| {
            let ent = tail.get(1..j)?;
            let named = NAMED_ENTITIES
                .iter()
                .find(|(n, _)| *n == ent)
                .map(|&(_, c)| c);
            let c = match named {
                Some(c) => c,
                None => {
                    let n = ent.strip_prefix('#')?;
                    let v = match n.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(v)?
                }
            };
            Some((c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = tail.get(len..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_left_in_attributes_are_decoded() {
        assert_eq!(
            unescape("Olive &#038; Herb &quot;x&quot; &#x2019; &bogus; a&b Redacci&oacute;n"),
            "Olive & Herb \"x\" \u{2019} &bogus; a&b Redacción"
        );
    }
}
