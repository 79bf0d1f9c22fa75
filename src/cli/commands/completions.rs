//! `crosscheck completions SHELL`: a completion script, generated from the clap types.

use crate::cli::args::{Cli, CompletionsArgs};
use crate::cli::error::CliError;
use crate::cli::output::out;
use clap::CommandFactory;

pub fn run(args: &CompletionsArgs) -> Result<(), CliError> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "crosscheck", &mut buf);
    out(&String::from_utf8_lossy(&buf))
}
