//! `crosscheck resolve [SUBJECT...]`: the best-supported value of each subject of the
//! facts and of the tables stored with them (`tables/`, resolved together, their subjects
//! after the facts'), with its confidence and reasons (text or JSON lines).

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, ResolveArgs, TextFormat};
use crate::cli::error::CliError;
use crate::cli::output::out;
use crate::cli::tables;
use crosscheck::model::NoSubject;
use crosscheck::render;
use crosscheck::resolve::Config;

pub fn run(cli: &Cli, args: &ResolveArgs) -> Result<(), CliError> {
    let (facts, findings) = analyse_corpus(cli)?;
    let loaded = tables::load_checked(cli)?;
    let (_, _, mut resolved) =
        tables::resolve_with_tables(&facts, &findings, loaded, &Config::default());
    let mut keys = Vec::new();
    for query in &args.subjects {
        if resolved.iter().any(|r| &r.subject == query) {
            keys.push(query.clone());
            continue;
        }
        let subject = facts.find_subject(query).map_err(|why| {
            let hint = match why {
                NoSubject::Unknown(Some(k)) => format!("did you mean \"{k}\"?"),
                NoSubject::Unknown(None) => {
                    "`crosscheck report --all` lists every subject".to_string()
                }
                NoSubject::Ambiguous(keys) => {
                    format!("it names {}; give one key", keys.join(", "))
                }
            };
            CliError::usage(format!("no subject \"{query}\"; {hint}"))
        })?;
        keys.push(subject.key.clone());
    }
    if !keys.is_empty() {
        resolved.retain(|r| keys.contains(&r.subject));
    }
    match args.format {
        TextFormat::Text => out(&render::resolve::resolved_text(&resolved)),
        TextFormat::Json => out(&render::resolve::json_lines(&resolved)),
    }
}
