//! Fuzzes the value grammar: any text must parse or fail cleanly, and what parses must
//! render to a form that parses back to the same numbers and qualifier.
#![no_main]

use crosscheck::value::{Dimension, Value, parse_date_value, parse_quantity};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(q) = parse_quantity(text) {
        let rendered = q.to_string();
        let back = parse_quantity(&rendered).unwrap_or_else(|e| panic!("{text:?} rendered as {rendered:?}, which does not parse: {e:?}"));
        assert_eq!((back.qualifier, back.low, back.high), (q.qualifier, q.low, q.high), "{text:?} -> {rendered:?}");
    }
    if let Ok(d) = parse_date_value(text) {
        let rendered = d.to_string();
        let back = parse_date_value(&rendered).unwrap_or_else(|e| panic!("{text:?} rendered as {rendered:?}, which does not parse: {e:?}"));
        assert_eq!(back, d, "{text:?} -> {rendered:?}");
    }
    for dim in Dimension::all() {
        let _ = Value::parse(text, dim);
    }
});
