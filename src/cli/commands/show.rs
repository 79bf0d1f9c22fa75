//! `crosscheck show SUBJECT`: finds the subject (key, label or alias; a close misspelling
//! gets a "did you mean" and exit 64), chooses the drawing (width, Unicode or ASCII,
//! colour: `cli::output`'s policy) and prints the page `render::show` makes.

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, ShowArgs};
use crate::cli::error::CliError;
use crate::cli::output::{self, out};
use crosscheck::render::{numberline, show};

pub fn run(cli: &Cli, args: &ShowArgs) -> Result<(), CliError> {
    let (corpus, findings) = analyse_corpus(cli)?;
    let subject = corpus
        .find_subject(&args.subject)
        .map_err(|why| CliError::no_subject(&args.subject, why))?;
    let Some(finding) = findings.subjects.iter().find(|s| s.key == subject.key) else {
        return Err(anyhow::anyhow!("subject {} has no findings", subject.key).into());
    };
    let opts = numberline::Options {
        width: output::width(),
        unicode: !args.ascii && output::utf8_locale(),
        color: output::stdout_color(cli),
    };
    out(&show::render(&corpus, subject, finding, opts))
}
