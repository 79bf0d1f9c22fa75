//! `crosscheck help [COMMAND | format]`: clap's help for a command, or a topic that
//! travels with the binary. `help format` prints the file-format reference, the value
//! grammar, how values are compared and the limits — the sections of docs/reference.md,
//! embedded at build time — so every "see `crosscheck help format`" in a diagnostic
//! resolves after `cargo install`, without the repository.

use crate::cli::args::{Cli, HelpArgs};
use crate::cli::error::CliError;
use crate::cli::output::out;
use clap::CommandFactory;

const REFERENCE: &str = include_str!("../../../docs/reference.md");

/// The topics beside the commands, with the reference sections each prints.
const TOPICS: [(&str, &str, &[&str]); 1] = [(
    "format",
    "the facts files, the value grammar, citations, comparison and limits",
    &[
        "## The facts folder",
        "## The value grammar",
        "## Citations",
        "## How values are compared",
        "## Limits",
    ],
)];

pub fn run(args: &HelpArgs) -> Result<(), CliError> {
    let mut cmd = Cli::command();
    cmd.build();
    let Some(first) = args.topic.first() else {
        out(&format!("{}\n", cmd.render_long_help()))?;
        out(&topics())?;
        return Ok(());
    };
    if let Some((_, _, sections)) = TOPICS.iter().find(|(t, _, _)| t == first) {
        return out(&sections.iter().map(|s| section(s)).collect::<String>());
    }
    let mut sub = &mut cmd;
    for name in &args.topic {
        sub = match sub.find_subcommand_mut(name) {
            Some(s) => s,
            None => {
                return Err(CliError::usage(format!(
                    "no command or topic {name:?}; `crosscheck help` lists them"
                )));
            }
        };
    }
    out(&format!("{}\n", sub.render_long_help()))
}

fn topics() -> String {
    let mut s = String::from("Topics:\n");
    for (t, what, _) in TOPICS {
        s.push_str(&format!("  crosscheck help {t}    {what}\n"));
    }
    s
}

/// One `## ` section of the reference, up to the next one.
fn section(heading: &str) -> String {
    let Some(start) = REFERENCE.find(&format!("\n{heading}\n")) else {
        return String::new();
    };
    let body = &REFERENCE[start + 1..];
    let end = body[heading.len()..]
        .find("\n## ")
        .map_or(body.len(), |i| i + heading.len() + 1);
    format!("{}\n", body[..end].trim_end()).replace("](", "] (") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_section_is_in_the_reference() {
        for (_, _, sections) in TOPICS {
            for s in sections {
                let text = section(s);
                assert!(text.starts_with(s), "{s}");
                assert!(!text[s.len()..].contains("\n## "), "{s} runs into the next");
            }
        }
    }
}
