//! The serialized shape follows SCHEMA.md.

use crate::util::fixtures;

/// Checks one serialized document against the contract's shape.
pub fn check_shape(v: &serde_json::Value) {
    for key in [
        "source",
        "input_kind",
        "article",
        "people",
        "meetings",
        "quotes",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let a = &v["article"];
    for key in [
        "url",
        "title",
        "description",
        "site_name",
        "authors",
        "credit",
        "dateline",
        "published",
        "modified",
        "language",
        "section",
        "tags",
        "image",
        "text",
        "blocks",
    ] {
        assert!(a.get(key).is_some(), "missing article.{key}");
    }
    assert!(matches!(v["input_kind"].as_str(), Some("html" | "text")));
    let text = a["text"].as_str().unwrap();
    for b in a["blocks"].as_array().unwrap() {
        let (s, e) = (
            b["start"].as_u64().unwrap() as usize,
            b["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(matches!(
            b["kind"].as_str(),
            Some("paragraph" | "heading" | "list_item" | "blockquote" | "caption" | "table")
        ));
    }
    for m in v["meetings"].as_array().unwrap() {
        assert!(matches!(
            m["kind"].as_str(),
            Some("bilateral" | "multilateral" | "call" | "visit")
        ));
        assert!(matches!(
            m["status"].as_str(),
            Some("held" | "planned" | "proposed" | "cancelled")
        ));
        for key in [
            "participants",
            "date",
            "location",
            "occasion",
            "duration",
            "topics",
            "outcomes",
            "evidence",
        ] {
            assert!(m.get(key).is_some(), "missing meeting.{key}");
        }
        for e in m["evidence"].as_array().unwrap() {
            assert!(e["end"].as_u64().unwrap() as usize <= text.len());
        }
    }
    for q in v["quotes"].as_array().unwrap() {
        assert!(matches!(
            q["kind"].as_str(),
            Some("direct" | "partial" | "indirect")
        ));
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
    }
    for p in v["people"].as_array().unwrap() {
        assert!(p["name"].is_string());
        for m in p["mentions"].as_array().unwrap() {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[s..e], m["text"].as_str().unwrap());
        }
    }
}

#[test]
fn fixtures_serialize_to_the_schema_shape() {
    for dir in ["seeds", "html"] {
        for entry in std::fs::read_dir(fixtures().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if !path.extension().is_some_and(|e| e == "txt" || e == "html") {
                continue;
            }
            let doc = summitry::extract(&std::fs::read(&path).unwrap(), &summitry::Options::new())
                .unwrap();
            let v = serde_json::to_value(&doc).unwrap();
            check_shape(&v);
            let back: summitry::Document = serde_json::from_value(v).unwrap();
            assert_eq!(back, doc);
        }
    }
}
