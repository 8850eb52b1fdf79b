//! Property tests of the small parsers through the public API: whatever the
//! text, spans stay in bounds and on char boundaries, and nothing panics.

use proptest::prelude::*;

/// Text made of news-like pieces: names, titles, quote marks, dates, cues.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Xi",
        "Jinping",
        "President",
        "met",
        "said",
        "told",
        "reporters",
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "«",
        "»",
        "on",
        "Thursday",
        "Aug.",
        "4",
        "2023",
        "in",
        "Geneva",
        "the",
        "talks",
        "will",
        "meet",
        "next",
        "week",
        "about",
        "45",
        "minutes",
        "3½",
        "hours",
        ",",
        ".",
        "\n\n",
        "Mr.",
        "U.S.",
        "Prime",
        "Minister",
        "his",
        "Japanese",
        "counterpart",
        "called",
        "off",
        "é",
        "—",
        "…",
        "according",
        "to",
        "he",
        "She",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn sentences_are_in_bounds_and_ordered(text in newsy()) {
        let mut last = 0;
        for s in summitry::sentences(&text) {
            prop_assert!(s.start >= last && s.start <= s.end && text.get(s.start..s.end).is_some());
            last = s.end;
        }
    }

    #[test]
    fn people_quotes_meetings_spans_in_bounds(text in newsy()) {
        let people = summitry::people(&text);
        for p in &people {
            for m in &p.mentions {
                prop_assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
            }
        }
        for q in summitry::quotes(&text, &people) {
            prop_assert!(q.start <= q.end && text.get(q.start..q.end).is_some());
        }
        for m in summitry::meetings(&text, &people, chrono::NaiveDate::from_ymd_opt(2023, 11, 17)) {
            for e in &m.evidence {
                prop_assert!(text.get(e.start..e.end).is_some());
            }
            if let Some(d) = &m.duration {
                prop_assert!(d.minutes > 0);
            }
        }
    }

    /// `meetings_from_parts` takes sentence spans from the caller: spans out
    /// of bounds, overlapping, unordered or off char boundaries must not panic
    /// and must not yield evidence outside the text.
    #[test]
    fn meetings_from_parts_survives_any_spans(
        text in newsy(),
        raw in prop::collection::vec((0usize..2000, 0usize..400), 0..12),
    ) {
        let spans: Vec<summitry::Span> = raw
            .iter()
            .map(|&(start, len)| summitry::Span { start, end: start + len })
            .collect();
        let people = summitry::people(&text);
        let quotes = summitry::quotes(&text, &people);
        for m in summitry::meetings_from_parts(&text, &spans, &people, &quotes, None) {
            for e in &m.evidence {
                prop_assert!(text.get(e.start..e.end).is_some());
            }
        }
    }

    #[test]
    fn any_string_gives_a_document_or_a_typed_error(text in any::<String>()) {
        match summitry::extract(text.as_bytes(), &summitry::Options::new()) {
            Ok(doc) => prop_assert!(doc.article.text.len() <= text.len() * 4 + 16),
            Err(e) => prop_assert!(e.is_decode() || e.is_limit()),
        }
    }
}
