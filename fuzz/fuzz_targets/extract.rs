//! Fuzzes the extractor: any text must be read without a panic, every mention's offsets
//! must lie on character boundaries inside the text, its line must be the line its first
//! byte is on, and its JSON line must be valid JSON.
#![no_main]

use crosscheck::extract::{extract, jsonl_line};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for m in extract(text) {
        assert!(m.start < m.end && m.end <= text.len(), "{m:?} in {text:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{m:?}");
        let line = 1 + text[..m.start].matches('\n').count();
        assert_eq!(m.line, line, "{m:?} in {text:?}");
        let json = jsonl_line(&m, text);
        assert!(json.starts_with('{') && json.trim_end().ends_with('}'), "{json}");
    }
});
