//! `crosscheck report` (the default command): the conflict table, or the findings in
//! another format.

use crate::cli::analysis::{analyse_corpus, discard};
use crate::cli::args::{Cli, ReportArgs, ReportFormat};
use crate::cli::error::CliError;
use crate::cli::output::{self, out_parts};
use crate::cli::progress;
use crosscheck::render;

pub fn run(cli: &Cli, args: &ReportArgs) -> Result<(), CliError> {
    let (corpus, mut findings) = analyse_corpus(cli)?;
    if matches!(
        args.format,
        ReportFormat::Table | ReportFormat::Json | ReportFormat::Yaml
    ) {
        let _p = progress::phase("resolve", "resolving", None);
        crosscheck::best::attach(&corpus, &mut findings);
    }
    let phase = progress::phase("render", "writing the report", None);
    let text = match args.format {
        ReportFormat::Table => vec![render::table::render(
            &findings,
            render::table::TableOptions {
                all: args.all,
                color: output::stdout_color(cli),
                width: Some(u16::try_from(output::width()).unwrap_or(u16::MAX)),
            },
        )],
        ReportFormat::Json => {
            render::json::subjects_parts(render::table::ordered(&findings, args.all))
        }
        ReportFormat::Yaml => render::export::parts(&findings)?,
        ReportFormat::Github => vec![render::github::render(&render::Gate::new(&findings), true)],
        ReportFormat::Sarif => vec![render::sarif::render(&render::Gate::new(&findings), true)],
        ReportFormat::Markdown => vec![render::markdown::report(&findings, args.all)],
    };
    drop(phase);
    let written = match args.format {
        ReportFormat::Table => output::page(cli, &text.concat()),
        _ => out_parts(&text),
    };
    // What the run holds is left to the end of the process (cli::analysis::discard).
    discard((corpus, findings, text));
    written
}
