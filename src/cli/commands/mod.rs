//! One file per command; each `run` returns `Result<(), CliError>`.

mod add_source;
mod check;
mod completions;
mod export;
mod extract;
mod flag;
mod help;
mod import;
mod init;
mod lint;
mod man;
mod prune;
mod report;
mod resolve;
mod show;
mod sources;

use super::args::{Cli, Command, ReportArgs};
use super::error::CliError;

/// Runs the command of the command line (`report` when none is given).
pub fn run(cli: &Cli) -> Result<(), CliError> {
    match &cli.command {
        None => report::run(cli, &ReportArgs::default()),
        Some(Command::Init(a)) => init::run(cli, a),
        Some(Command::AddSource(a)) => add_source::run(cli, a),
        Some(Command::Report(a)) => report::run(cli, a),
        Some(Command::Export(a)) => export::run(cli, a),
        Some(Command::Check(a)) => check::run(cli, a),
        Some(Command::Lint(a)) => lint::run(cli, a),
        Some(Command::Flag(a)) => flag::run(cli, a),
        Some(Command::Prune(a)) => prune::run(cli, a),
        Some(Command::Show(a)) => show::run(cli, a),
        Some(Command::Extract(a)) => extract::run(a, &cli.facts),
        Some(Command::Resolve(a)) => resolve::run(cli, a),
        Some(Command::Sources(a)) => sources::run(cli, a),
        Some(Command::Import(a)) => import::run(cli, a),
        Some(Command::Completions(a)) => completions::run(a),
        Some(Command::Man) => man::run(),
        Some(Command::Help(a)) => help::run(a),
    }
}
