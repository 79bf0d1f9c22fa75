//! `crosscheck import FILE...`: reads tables of claims and prints each subject's
//! resolved value (or, with `--sources`, each source's record), as text or JSON lines;
//! with `--add`, also stores the tables in the facts folder (`cli/tables.rs`).

use crate::cli::args::{Cli, DelimiterArg, ImportArgs, TextFormat};
use crate::cli::error::CliError;
use crate::cli::output::{self, out};
use crate::cli::tables;
use crosscheck::import::{self, Delimiter, Mapping};
use crosscheck::render;
use crosscheck::resolve::{self, ClaimTable, Config};

pub fn run(cli: &Cli, args: &ImportArgs) -> Result<(), CliError> {
    let mapping = Mapping {
        columns: args.columns.clone(),
        header: args.header,
        delimiter: args.delimiter.map(|d| match d {
            DelimiterArg::Comma => Delimiter::Comma,
            DelimiterArg::Tab => Delimiter::Tab,
        }),
        file_is_period: args.file_is_period,
    };
    let mut table = ClaimTable::new();
    for file in &args.files {
        import::read_file(file, &mapping, &mut table).map_err(|e| match e {
            import::ImportError::Io { .. } => CliError::from(anyhow::Error::new(e)),
            other => CliError::usage(other.to_string()),
        })?;
    }
    if args.add {
        for added in tables::add(&cli.facts, &args.files, &mapping)? {
            output::note(&format!("stored {added} and its mapping {added}.yaml"));
        }
    }
    let resolution = resolve::resolve(&table, &Config::default());
    let text = if args.sources {
        let records = resolution.sources(&table);
        match args.format {
            TextFormat::Text => render::resolve::sources_text(&records),
            TextFormat::Json => render::resolve::json_lines(&records),
        }
    } else {
        let explanations: Vec<_> = (0..table.subjects().len() as u32)
            .filter_map(|s| resolution.explain(&table, s))
            .collect();
        match args.format {
            TextFormat::Text => render::resolve::explanations_text(&explanations),
            TextFormat::Json => render::resolve::json_lines(&explanations),
        }
    };
    out(&text)
}
