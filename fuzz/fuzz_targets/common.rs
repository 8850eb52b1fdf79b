//! Invariants every Document must hold, whatever the input.

pub fn check(doc: &summitry::Document) {
    let text = &doc.article.text;
    let ok = |s: usize, e: usize| s <= e && text.get(s..e).is_some();
    let joined: Vec<&str> = doc
        .article
        .blocks
        .iter()
        .filter(|b| b.kind != summitry::BlockKind::Caption)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(joined.join("\n\n"), *text, "text is the joined blocks");
    for b in &doc.article.blocks {
        assert!(ok(b.start, b.end), "block span");
    }
    for p in &doc.people {
        for m in &p.mentions {
            assert!(ok(m.start, m.end), "mention span");
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    for q in &doc.quotes {
        assert!(ok(q.start, q.end), "quote span");
    }
    for m in &doc.meetings {
        for e in &m.evidence {
            assert!(ok(e.start, e.end), "evidence span");
        }
    }
    let json = serde_json::to_string(doc).expect("serializes");
    let back: summitry::Document = serde_json::from_str(&json).expect("round-trips");
    assert_eq!(&back, doc);
}
