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

use super::args::{Cli, ColorChoice};
use super::error::CliError;
use anyhow::Context;
use crosscheck::diagnostic::Diagnostic;
use crosscheck::render;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};

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

/// Writes to standard output.
pub fn out(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
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
    eprint!(
        "{}",
        render::diagnostics::render(diagnostics, files, stderr_color(cli))
    );
}
