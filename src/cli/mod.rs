//! The command line: clap definitions and dispatch to one module per command.

mod extract;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about = "Cross-source fact reconciliation")]
pub struct Cli {
    /// The facts folder.
    #[arg(long, global = true, default_value = "facts")]
    pub facts: PathBuf,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Propose draft claims from article text.
    Extract(extract::ExtractArgs),
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 64 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match &cli.command {
        Some(Command::Extract(args)) => extract::run(args, &cli.facts),
        None => Ok(ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}
