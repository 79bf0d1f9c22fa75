//! `crosscheck sources`: each source's trust, record and suspected copying, as learnt by
//! resolving every subject of the facts, then those of the tables stored in it
//! (`tables/`), which are resolved among themselves.

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, SourcesArgs, TextFormat};
use crate::cli::error::CliError;
use crate::cli::output::out;
use crate::cli::tables;
use crosscheck::render;
use crosscheck::resolve::{Config, corpus};

pub fn run(cli: &Cli, args: &SourcesArgs) -> Result<(), CliError> {
    let (facts, _) = analyse_corpus(cli)?;
    let (table, resolution, _) = corpus::resolve_corpus(&facts, &Config::default());
    let mut records = resolution.sources(&table.table);
    let loaded = tables::load_checked(cli)?;
    let (resolution, _) = tables::resolved(&loaded, &Config::default());
    records.extend(resolution.sources(&loaded.table));
    match args.format {
        TextFormat::Text => out(&render::resolve::sources_text(&records)),
        TextFormat::Json => out(&render::resolve::json_lines(&records)),
    }
}
