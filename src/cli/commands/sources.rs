//! `crosscheck sources`: each source's trust, record and suspected copying, as learnt by
//! resolving every subject of the facts.

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, SourcesArgs, TextFormat};
use crate::cli::error::CliError;
use crate::cli::output::out;
use crosscheck::render;
use crosscheck::resolve::{Config, corpus};

pub fn run(cli: &Cli, args: &SourcesArgs) -> Result<(), CliError> {
    let (facts, findings) = analyse_corpus(cli)?;
    let (table, resolution, _) = corpus::resolve_corpus(&facts, &findings, &Config::default());
    let records = resolution.sources(&table.table);
    match args.format {
        TextFormat::Text => out(&render::resolve::sources_text(&records)),
        TextFormat::Json => out(&render::resolve::json_lines(&records)),
    }
}
