//! `crosscheck report` (the default command): the conflict table, or the findings in
//! another format.

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, ReportArgs, ReportFormat};
use crate::cli::error::CliError;
use crate::cli::output::{self, out};
use crosscheck::render;

pub fn run(cli: &Cli, args: &ReportArgs) -> Result<(), CliError> {
    let (corpus, mut findings) = analyse_corpus(cli)?;
    if matches!(
        args.format,
        ReportFormat::Table | ReportFormat::Json | ReportFormat::Yaml
    ) {
        crosscheck::best::attach(&corpus, &mut findings);
    }
    let text = match args.format {
        ReportFormat::Table => render::table::render(
            &findings,
            render::table::TableOptions {
                all: args.all,
                color: output::stdout_color(cli),
                width: Some(u16::try_from(output::width()).unwrap_or(u16::MAX)),
            },
        ),
        ReportFormat::Json => render::json::subjects(render::table::ordered(&findings, args.all)),
        ReportFormat::Yaml => render::export::render(&findings)?,
        ReportFormat::Github => render::github::render(&render::Gate::new(&findings), true),
        ReportFormat::Sarif => render::sarif::render(&render::Gate::new(&findings), true),
        ReportFormat::Markdown => render::markdown::report(&findings, args.all),
    };
    match args.format {
        ReportFormat::Table => output::page(cli, &text),
        _ => out(&text),
    }
}
