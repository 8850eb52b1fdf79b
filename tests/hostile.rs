//! Bad and hostile input: a typed error or a Document, never a panic, never
//! a stack overflow.

use summitry::{extract, Error, InputFormat, Options};

#[test]
fn empty_input_is_a_typed_error() {
    assert_eq!(extract(b"", &Options::new()), Err(Error::Empty));
    assert_eq!(extract(b"   \n\t ", &Options::new()), Err(Error::Empty));
}

#[test]
fn random_bytes_do_not_panic() {
    let mut x: u32 = 0x1234_5678;
    let bytes: Vec<u8> = (0..100_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    for format in [InputFormat::Auto, InputFormat::Html, InputFormat::Text] {
        let r = extract(&bytes, &Options::new().with_input(format));
        assert!(matches!(r, Err(Error::Binary { .. })) || r.is_ok());
    }
}

#[test]
fn invalid_utf8_is_read() {
    let doc = extract(
        b"<p>caf\xe9 and na\xefve words in a paragraph that runs on long enough.</p>",
        &Options::new(),
    )
    .unwrap();
    assert!(doc.article.text.contains("café"), "{}", doc.article.text);
}

#[test]
fn utf16_page_with_bom() {
    let page = "<html><body><article><p>Les dirigeants se sont rencontrés à Genève jeudi pour discuter.</p></article></body></html>";
    let mut bytes = vec![0xFF, 0xFE];
    for u in page.encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let doc = extract(&bytes, &Options::new()).unwrap();
    assert!(doc.article.text.contains("rencontrés à Genève"));
}

#[test]
fn windows_1252_page() {
    let bytes = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>\
<body><p>The minister\x92s visit \x96 a first since 2019 \x96 was \x93historic\x94, officials said on Monday.</p></body></html>";
    let doc = extract(bytes, &Options::new()).unwrap();
    assert!(
        doc.article.text.contains("minister’s visit – a first"),
        "{}",
        doc.article.text
    );
}

#[test]
fn deeply_nested_divs_do_not_overflow() {
    let depth = 50_000;
    let page = format!("<html><body>{}<p>Deep text that is long enough to be a paragraph of the story.</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
    // Run on a small stack to prove no stage recurses on depth.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || extract(page.as_bytes(), &Options::new()).map(|d| d.article.text))
        .unwrap();
    let text = handle.join().expect("no stack overflow").unwrap();
    assert!(text.contains("Deep text"));
}

#[test]
fn too_large_input_is_a_limit_error() {
    let mut opts = Options::new();
    opts.limits.max_input_bytes = 10;
    let err = extract(b"<p>more than ten bytes</p>", &opts).unwrap_err();
    assert!(err.is_limit());
}
