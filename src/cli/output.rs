//! The one output policy of every command: colour, terminal width, glyphs, and writing to
//! standard output.
//!
//! - Colour: `--color always|never`, or with `auto` when the stream is a terminal and
//!   `NO_COLOR` is unset or empty.
//! - Width: `COLUMNS` (a positive number; at least 40 is used), else the terminal's width
//!   (at least 40), else 120 (what `report`'s table has always used in a pipe, and the
//!   tests pin). One policy for `report` and `show`: docs/design.md, decision "One output
//!   policy".
//! - Glyphs (`show`): Unicode when the locale (the first of LC_ALL, LC_CTYPE, LANG that
//!   is set) names UTF-8.
//! - Standard output: a closed pipe (`crosscheck report | head`) is not a failure.
//! - Escapes: text from the facts may hold control characters (an ESC that retitles the
//!   terminal, hides text or makes a hyperlink lie; a lone carriage return that overwrites
//!   a line; bidirectional overrides). Everything written to standard output or error goes
//!   through [`terminal_safe`], which shows them escaped (`\u{1b}`); only colour changes
//!   survive, and only when colour is on for that stream.

use super::args::{Cli, ColorChoice};
use super::error::CliError;
use anyhow::Context;
use crosscheck::diagnostic::Diagnostic;
use crosscheck::render;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

/// The `--color` choice, for writers that are not handed the command line.
static CHOICE: OnceLock<ColorChoice> = OnceLock::new();

/// Records the command line's output choices; called once, before any command runs.
pub fn configure(cli: &Cli) {
    let _ = CHOICE.set(cli.color);
}

/// Whether a character is shown escaped: control characters but line feed and tab, and
/// the bidirectional embeddings, overrides and isolates.
fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether any character of `text` is [`hidden`]: plain ASCII is passed over 64 bytes at
/// a time (a block checked whole, without an early exit, which the compiler vectorises:
/// the export's 60 MB at 100k claims); from a byte that is not plain ASCII (a character's
/// start, as every byte before it is ASCII) the next 64 bytes are read a character at a
/// time, then blocks again, so a rare accented name does not slow the rest of the text.
fn has_hidden(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(i) = first_not_plain(&bytes[at..]) {
        let from = at + i;
        let end = (from + 64).min(bytes.len());
        at = from;
        for c in text[from..].chars() {
            if at >= end {
                break;
            }
            if hidden(c) {
                return true;
            }
            at += c.len_utf8();
        }
    }
    false
}

/// The position of the first byte that is not printable ASCII, line feed or tab.
fn first_not_plain(bytes: &[u8]) -> Option<usize> {
    let plain = |b: u8| (b.wrapping_sub(b' ') < 0x5f) | (b == b'\n') | (b == b'\t');
    let mut blocks = bytes.chunks_exact(64);
    let from = match (blocks.by_ref()).position(|k| !k.iter().fold(true, |ok, &b| ok & plain(b))) {
        Some(k) => 64 * k,
        None => bytes.len() - blocks.remainder().len(),
    };
    bytes[from..]
        .iter()
        .position(|&b| !plain(b))
        .map(|i| from + i)
}

/// The length of the colour change (`ESC [ n;… m`, without "conceal") at the start of `s`.
fn colour_change(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if !s.starts_with("\x1b[") {
        return None;
    }
    let end = 2 + b[2..]
        .iter()
        .position(|x| !(x.is_ascii_digit() || *x == b';'))?;
    let conceal = s[2..end]
        .split(';')
        .any(|p| p.trim_start_matches('0') == "8");
    (b[end] == b'm' && !conceal).then_some(end + 1)
}

/// `text` with every hidden character (see [`hidden`]) shown escaped, except colour
/// changes when `colour` is on and carriage returns that end a line.
pub fn terminal_safe(text: &str, colour: bool) -> Cow<'_, str> {
    if !has_hidden(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let keep = match c {
            '\x1b' if colour => colour_change(rest),
            '\r' if rest[1..].starts_with('\n') => Some(1),
            _ => None,
        };
        if let Some(n) = keep {
            out.push_str(&rest[..n]);
            rest = &rest[n..];
            continue;
        }
        if hidden(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// Writes a line of text that may hold something from the facts on standard error.
pub fn note(text: &str) {
    eprintln!("{}", terminal_safe(text, false));
}

/// The width used when neither COLUMNS nor a terminal says.
pub const DEFAULT_WIDTH: usize = 120;
/// The narrowest width drawn.
pub const MIN_WIDTH: usize = 40;

/// Whether to colour a stream.
fn color(choice: ColorChoice, stream_is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// Whether to colour standard output.
pub fn stdout_color(cli: &Cli) -> bool {
    color(cli.color, std::io::stdout().is_terminal())
}

/// Whether to colour standard error.
pub fn stderr_color(cli: &Cli) -> bool {
    color(cli.color, std::io::stderr().is_terminal())
}

/// The width to draw in.
pub fn width() -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w > 0);
    let terminal = || {
        std::io::stdout()
            .is_terminal()
            .then(|| comfy_table::Table::new().width())
            .flatten()
            .map(usize::from)
    };
    columns
        .or_else(terminal)
        .map_or(DEFAULT_WIDTH, |w| w.max(MIN_WIDTH))
}

/// Whether the locale says the terminal takes UTF-8.
pub fn utf8_locale() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            l.contains("utf-8") || l.contains("utf8")
        })
}

/// Writes to standard output (escaped: [`terminal_safe`]).
pub fn out(text: &str) -> Result<(), CliError> {
    out_parts(&[text])
}

/// Writes consecutive parts of one text to standard output, each escaped
/// ([`terminal_safe`]) on its own: parts that end at line ends escape as the whole text
/// would (no escape and no colour change spans a line end).
pub fn out_parts(parts: &[impl AsRef<str>]) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    let colour = color(
        CHOICE.get().copied().unwrap_or(ColorChoice::Auto),
        stdout.is_terminal(),
    );
    let written = parts
        .iter()
        .try_for_each(|p| stdout.write_all(terminal_safe(p.as_ref(), colour).as_bytes()))
        .and_then(|_| stdout.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r.context("cannot write to standard output")?),
    }
}

/// Writes long output for a reader (the table, `show`): through the user's pager when
/// standard output is a terminal, as git does — `CROSSCHECK_PAGER`, else `PAGER`, else
/// `less` (with `LESS=FRX` unless set, so one screen's worth simply prints) — unless
/// `--no-pager`, or the pager is empty or `cat`. A pager that cannot start prints
/// directly.
pub fn page(cli: &Cli, text: &str) -> Result<(), CliError> {
    if cli.no_pager || !std::io::stdout().is_terminal() {
        return out(text);
    }
    let pager = ["CROSSCHECK_PAGER", "PAGER"]
        .iter()
        .find_map(|v| std::env::var(v).ok())
        .unwrap_or_else(|| "less".to_string());
    let mut words = pager.split_whitespace();
    let Some(program) = words.next().filter(|p| *p != "cat") else {
        return out(text);
    };
    let mut cmd = std::process::Command::new(program);
    cmd.args(words).stdin(std::process::Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    let Ok(mut child) = cmd.spawn() else {
        return out(text);
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader quitting early closes the pipe: not a failure.
        let _ = stdin.write_all(text.as_bytes());
    }
    let _ = child.wait();
    Ok(())
}

/// Prints diagnostics on standard error, with snippets of `files`.
pub fn diagnostics(cli: &Cli, diagnostics: &[Diagnostic], files: &BTreeMap<String, String>) {
    let colour = stderr_color(cli);
    let text = render::diagnostics::render(diagnostics, files, colour);
    eprint!("{}", terminal_safe(&text, colour));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_from_the_facts_are_shown_escaped() {
        let title = "quote \x1b]0;pwned\x07 and \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\";
        let safe = terminal_safe(title, true);
        assert!(!safe.contains('\x1b') && !safe.contains('\x07'), "{safe}");
        assert!(safe.contains("\\u{1b}]0;pwned"), "{safe}");
        assert_eq!(terminal_safe("a\rb", false), "a\\u{d}b");
        assert_eq!(terminal_safe("a\u{202e}b", false), "a\\u{202e}b");
        assert_eq!(
            terminal_safe("line\r\nnext\tcell\n", false),
            "line\r\nnext\tcell\n"
        );
    }

    #[test]
    fn colour_survives_only_when_on_and_never_conceals() {
        let red = "\x1b[1;31merror\x1b[0m";
        assert_eq!(terminal_safe(red, true), red);
        assert_eq!(terminal_safe(red, false), "\\u{1b}[1;31merror\\u{1b}[0m");
        assert!(!terminal_safe("\x1b[8mhidden", true).contains('\x1b'));
        assert!(!terminal_safe("\x1b[2J", true).contains('\x1b'));
    }

    #[test]
    fn the_byte_scan_finds_what_the_character_scan_finds() {
        let pieces = [
            "plain",
            " ",
            "\n",
            "\t",
            "\r",
            "\x1b",
            "\x7f",
            "\u{85}",
            "é",
            "’",
            "\u{202e}",
            "\u{2066}",
            "—",
            "\u{1f600}",
            "~",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(has_hidden(&text), text.chars().any(hidden), "{text:?}");
                    // Across and inside the 64-byte blocks, and after them; and pieces far
                    // apart, read in blocks again after the first one that is not ASCII.
                    for n in [61, 62, 63, 64, 127, 128, 200] {
                        let text = format!("{}{a}{b}{c}{}", "x".repeat(n), "y".repeat(n % 7));
                        assert_eq!(has_hidden(&text), text.chars().any(hidden), "{text:?}");
                        let x = "x".repeat(n);
                        let text = format!("{a}{x}{b}{x}{c}{}", "y".repeat(n % 5));
                        assert_eq!(has_hidden(&text), text.chars().any(hidden), "{text:?}");
                    }
                }
            }
        }
    }
}
