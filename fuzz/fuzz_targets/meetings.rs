#![no_main]
//! Fuzz target: meetings (and so the date, duration and place parsers) on
//! arbitrary text, with and without a reference date.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let people = summitry::people(text);
    for reference in [None, chrono::NaiveDate::from_ymd_opt(2023, 11, 17)] {
        for m in summitry::meetings(text, &people, reference) {
            for e in &m.evidence {
                assert!(e.start <= e.end && text.get(e.start..e.end).is_some(), "evidence span");
            }
            if let Some(v) = m.date.and_then(|d| d.value) {
                assert!(matches!(v.len(), 4 | 7 | 10), "date value {v}");
            }
        }
    }
});
