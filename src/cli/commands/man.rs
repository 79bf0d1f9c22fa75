//! `crosscheck man`: the man page (roff), generated from the clap types.

use crate::cli::args::Cli;
use crate::cli::error::CliError;
use crate::cli::output::out;
use anyhow::Context;
use clap::CommandFactory;

pub fn run() -> Result<(), CliError> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buf)
        .context("cannot render the man page")?;
    out(&String::from_utf8_lossy(&buf))
}
