#![no_main]
//! Fuzz target: the quote scanner (with people) on arbitrary text.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let people = summitry::people(text);
    for q in summitry::quotes(text, &people) {
        assert!(q.start <= q.end && text.get(q.start..q.end).is_some(), "quote span");
    }
});
