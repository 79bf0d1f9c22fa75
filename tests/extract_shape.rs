//! The extractor's shape (issue 17): every file under `src/extract/` is under 800 lines
//! and no function in it is longer than 120 lines, from its `fn` line to its closing
//! brace. Functions are found in the source with strings, characters and comments blanked
//! out, so braces inside them do not count.

use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 800;
const MAX_FN_LINES: usize = 120;

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable source folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A blank in place of `ch`: a space, or the line break itself.
fn blank(out: &mut String, ch: char) {
    out.push(if ch == '\n' { '\n' } else { ' ' });
}

/// Blanks the quoted literal whose opening `quote` is at `i` (escapes included, so an
/// escaped quote does not close it); returns the index after its closing quote.
fn blank_quoted(c: &[char], mut i: usize, quote: char, out: &mut String) -> usize {
    out.push(' ');
    i += 1;
    while i < c.len() && c[i] != quote {
        if c[i] == '\\' {
            out.push(' ');
            i += 1;
        }
        if i < c.len() {
            blank(out, c[i]);
            i += 1;
        }
    }
    out.push(' ');
    i + 1
}

/// The source with the text of comments, strings and character literals replaced by
/// spaces (line breaks kept), so only code is left to count braces in.
fn code_only(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(k).copied().unwrap_or('\0');
        if at(i) == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if at(i) == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= c.len() {
                    break;
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if at(i) == 'r'
            && (at(i + 1) == '"' || (at(i + 1) == '#' && matches!(at(i + 2), '"' | '#')))
            && !(i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_'))
        {
            // Raw string: r"…", r#"…"#.
            let mut hashes = 0;
            let mut k = i + 1;
            while at(k) == '#' {
                hashes += 1;
                k += 1;
            }
            out.push(' ');
            (i + 1..=k).for_each(|_| out.push(' '));
            i = k + 1;
            while i < c.len() {
                if c[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#') {
                    (0..=hashes).for_each(|_| out.push(' '));
                    i += hashes + 1;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if at(i) == '"' {
            i = blank_quoted(&c, i, '"', &mut out);
        } else if at(i) == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A character literal ('{', '\n', '\u{7f}'); a lifetime has no closing quote.
            i = blank_quoted(&c, i, '\'', &mut out);
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Every function with a body in `src`: its name, first line (1-based) and length in
/// lines from the `fn` line to its closing brace.
fn functions(src: &str) -> Vec<(String, usize, usize)> {
    let code = code_only(src);
    let b = code.as_bytes();
    let line_of = |pos: usize| code[..pos].matches('\n').count() + 1;
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = code[i..].find("fn ") {
        let at = i + off;
        i = at + 3;
        if at > 0 && is_ident(b[at - 1]) {
            continue;
        }
        let name: String = code[at + 3..]
            .trim_start()
            .chars()
            .take_while(|&c| c.is_alphanumeric() || c == '_')
            .collect();
        if name.is_empty() {
            continue; // A function pointer type: `fn(u32) -> u32`.
        }
        // The body opens at the first `{` outside brackets; a `;` first means none.
        let mut k = at;
        let mut paren = 0i32;
        let open = loop {
            match b.get(k) {
                None => break None,
                Some(b'(' | b'[') => paren += 1,
                Some(b')' | b']') => paren -= 1,
                Some(b';') if paren == 0 => break None,
                Some(b'{') if paren == 0 => break Some(k),
                _ => {}
            }
            k += 1;
        };
        let Some(open) = open else { continue };
        let mut depth = 0;
        let mut close = open;
        for (j, &c) in b.iter().enumerate().skip(open) {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = j;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push((name, line_of(at), line_of(close) - line_of(at) + 1));
    }
    out
}

#[test]
fn extract_files_stay_under_800_lines_and_functions_within_120() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract");
    let files = rust_files(&root);
    assert!(
        files.len() > 10,
        "src/extract holds the extractor: {files:?}"
    );
    let mut problems = Vec::new();
    let mut counted = 0;
    for path in &files {
        let src = std::fs::read_to_string(path).expect("UTF-8 source");
        let name = path.strip_prefix(&root).unwrap_or(path).display();
        let lines = src.lines().count();
        if lines >= MAX_FILE_LINES {
            problems.push(format!(
                "{name}: {lines} lines (at most {})",
                MAX_FILE_LINES - 1
            ));
        }
        for (f, line, len) in functions(&src) {
            counted += 1;
            if len > MAX_FN_LINES {
                problems.push(format!(
                    "{name}:{line}: fn {f} is {len} lines (at most {MAX_FN_LINES})"
                ));
            }
        }
    }
    assert!(
        counted > 200,
        "only {counted} functions found: the counter is broken"
    );
    assert!(
        problems.is_empty(),
        "issue 17's shape limits:\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_function_is_measured_from_fn_to_its_closing_brace_whatever_its_strings_hold() {
    let src = "fn short() {\n    let s = \"}}}\";\n    let c = '}';\n}\n\
        // fn commented() {\n\
        fn long<'a>(x: &'a str) -> [u8; 2] {\n    /* { */\n    let r = r#\"{\"#;\n    if true {\n    }\n    [0; 2]\n}\n\
        trait T { fn declared(&self); fn given(&self) -> fn(u8) { todo!() } }\n";
    let f = functions(src);
    let names: Vec<(&str, usize, usize)> = f.iter().map(|(n, l, s)| (n.as_str(), *l, *s)).collect();
    assert_eq!(names, [("short", 1, 4), ("long", 6, 7), ("given", 13, 1)]);
}

#[test]
fn a_function_over_the_limit_is_reported_with_its_length() {
    let body = "    let x = 1;\n".repeat(MAX_FN_LINES);
    let src = format!("fn big() {{\n{body}}}\n");
    let f = functions(&src);
    assert_eq!(f, [("big".to_string(), 1, MAX_FN_LINES + 2)]);
    assert!(f[0].2 > MAX_FN_LINES);
}
