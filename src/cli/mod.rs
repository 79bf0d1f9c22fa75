//! The command line: `args` (the clap types), `commands` (one file per command),
//! `output` (colour, width and standard output: one policy), `error` (the one error type
//! and its exit codes), `analysis` (reading and comparing the facts, as most commands
//! start), `progress` (progress bars and the phases' times), the readers `facts_dir`
//! (disk) and `since` (git), plus `atomic` writes.
//!
//! Exit codes: 0 clean, 2 unflagged conflicts (check), 3 invalid facts, 1 unexpected
//! failure, 64 usage error.

mod analysis;
mod args;
mod atomic;
mod commands;
mod error;
mod facts_dir;
mod open;
mod output;
mod progress;
mod since;
mod tables;

use clap::Parser;
use std::process::ExitCode;

/// Parses the command line, runs the command, and maps its outcome to the exit code.
pub fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { error::EXIT_USAGE } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    output::configure(&cli);
    let started = std::time::Instant::now();
    let outcome = commands::run(&cli);
    progress::report(started);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(m) = e.message() {
                eprint!("{}", output::terminal_safe(&m, false));
            }
            ExitCode::from(e.exit_code())
        }
    }
}
