//! `crosscheck show SUBJECT`: finds the subject (key, label or alias; a close misspelling
//! gets a "did you mean" and exit 64), chooses the drawing (width, Unicode or ASCII,
//! colour) and prints the page `render::show` makes.
//!
//! Unicode glyphs are used unless `--ascii` is given or the locale (the first of LC_ALL,
//! LC_CTYPE, LANG that is set) does not name UTF-8; colour follows `--color` like every
//! command. The width is COLUMNS, else the terminal's, else 80.

use super::{Cli, EXIT_OK, EXIT_USAGE, ShowArgs, analyse_corpus, color, out};
use crosscheck::render::{numberline, show};
use std::io::IsTerminal;

pub fn run(cli: &Cli, args: &ShowArgs) -> anyhow::Result<u8> {
    let (corpus, findings) = match analyse_corpus(cli) {
        Ok(x) => x,
        Err(code) => return Ok(code),
    };
    let subject = match show::find_subject(&corpus, &args.subject) {
        Ok(s) => s,
        Err(suggestion) => {
            let hint = match suggestion {
                Some(k) => format!("did you mean \"{k}\"?"),
                None => "`crosscheck report --all` lists every subject".to_string(),
            };
            eprintln!("error: no subject \"{}\"; {hint}", args.subject);
            return Ok(EXIT_USAGE);
        }
    };
    let Some(finding) = findings.subjects.iter().find(|s| s.key == subject.key) else {
        anyhow::bail!("subject {} has no findings", subject.key);
    };
    let opts = numberline::Options {
        width: width(),
        unicode: !args.ascii && utf8_locale(),
        color: color(cli, std::io::stdout().is_terminal()),
    };
    out(&show::render(&corpus, subject, finding, opts))?;
    Ok(EXIT_OK)
}

fn width() -> usize {
    if let Some(w) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w > 0)
    {
        return w;
    }
    if std::io::stdout().is_terminal()
        && let Some(w) = comfy_table::Table::new().width()
    {
        return usize::from(w);
    }
    80
}

/// Whether the locale says the terminal takes UTF-8.
fn utf8_locale() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .is_some_and(|l| {
            let l = l.to_ascii_lowercase();
            l.contains("utf-8") || l.contains("utf8")
        })
}
