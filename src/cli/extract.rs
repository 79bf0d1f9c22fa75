//! `crosscheck extract`: command-line arguments and output for the extractor.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Text files to read (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

pub fn run(_args: &ExtractArgs, _facts: &std::path::Path) -> anyhow::Result<ExitCode> {
    anyhow::bail!("crosscheck extract is not built yet")
}
