//! `crosscheck lint`: every problem of the facts, on standard output; exit 3 when any is
//! an error.

use crate::cli::analysis::{Diagnosed, discard, validate};
use crate::cli::args::{Cli, LintArgs, TextFormat};
use crate::cli::error::CliError;
use crate::cli::output::{self, out};
use crate::cli::tables;
use crosscheck::diagnostic::{Code, Diagnostic};
use crosscheck::render;

pub fn run(cli: &Cli, args: &LintArgs) -> Result<(), CliError> {
    let Diagnosed {
        read,
        diagnostics: mut all,
        corpus,
        ..
    } = validate(cli);
    // Freed on another core while this one goes on (decision 132).
    rayon::spawn(move || drop(corpus));
    // The stored tables and their mappings (`tables/`), when the folder could be read.
    if !all
        .iter()
        .any(|d| matches!(d.code, Code::FactsMissing | Code::FactsNotAFolder))
    {
        all.extend(tables::load(&cli.facts).diagnostics);
        crosscheck::diagnostic::sort(&mut all);
    }
    match args.format {
        TextFormat::Json => out(&render::diagnostics::json_lines(&all))?,
        TextFormat::Text if all.is_empty() => out("no problems found\n")?,
        TextFormat::Text => out(&render::diagnostics::render(
            &all,
            &read.files(&all),
            output::stdout_color(cli),
        ))?,
    }
    discard(read);
    if all.iter().any(Diagnostic::is_error) {
        return Err(CliError::Invalid);
    }
    Ok(())
}
