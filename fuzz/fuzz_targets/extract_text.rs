#![no_main]
//! Fuzz target: `extract_text` on arbitrary bytes; checks the Document invariants.

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = summitry::extract(data, &summitry::Options::new().with_input(summitry::InputFormat::Text)) {
        common::check(&doc);
    }
});
