//! The command line: clap definitions, dispatch to the commands, output and exit codes.
//!
//! Exit codes: 0 clean, 2 unflagged conflicts (check), 3 invalid facts, 1 unexpected
//! failure, 64 usage error.

mod atomic;
mod extract;
mod facts_dir;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::diagnostic::Diagnostic;
use crosscheck::findings::Findings;
use crosscheck::render;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub const EXIT_OK: u8 = 0;
pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_FINDINGS: u8 = 2;
pub const EXIT_INVALID: u8 = 3;
pub const EXIT_USAGE: u8 = 64;

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-source fact reconciliation: compare the figures that sources give for one subject, and report agreements and conflicts with their citations.",
    after_help = "Run without a command to print the conflict table for ./facts.\n\nExit codes: 0 clean, 2 unflagged conflicts, 3 invalid facts, 1 unexpected failure, 64 usage error."
)]
pub struct Cli {
    /// The facts folder (sources.yaml, subjects.yaml, claims/, sources/, flags.yaml).
    #[arg(long, global = true, default_value = "facts", value_name = "DIR")]
    pub facts: PathBuf,
    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the conflict table (the default command).
    #[command(
        after_help = "Examples:\n  crosscheck report\n  crosscheck report --all\n  crosscheck report --format json"
    )]
    Report(ReportArgs),
    /// Export every subject, verdict, cluster and citation as YAML for editors.
    #[command(after_help = "Examples:\n  crosscheck export\n  crosscheck export -o review.yaml")]
    Export(ExportArgs),
    /// The CI gate: exit 2 when a conflict has no editor's flag in facts/flags.yaml.
    #[command(after_help = "Examples:\n  crosscheck check\n  crosscheck check --format json")]
    Check(CheckArgs),
    /// Validate the facts and list every problem.
    #[command(after_help = "Examples:\n  crosscheck lint\n  crosscheck lint --format json")]
    Lint(LintArgs),
    /// Propose draft claims from article text.
    Extract(extract::ExtractArgs),
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    #[default]
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TextFormat {
    Text,
    Json,
}

#[derive(Debug, Default, clap::Args)]
pub struct ReportArgs {
    /// Also list agreements, single-source and uncompared subjects.
    #[arg(long)]
    pub all: bool,
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match &cli.command {
        None => report(&cli, &ReportArgs::default()).map(ExitCode::from),
        Some(Command::Report(a)) => report(&cli, a).map(ExitCode::from),
        Some(Command::Export(a)) => export(&cli, a).map(ExitCode::from),
        Some(Command::Check(a)) => check(&cli, a).map(ExitCode::from),
        Some(Command::Lint(a)) => lint(&cli, a).map(ExitCode::from),
        Some(Command::Extract(a)) => extract::run(a, &cli.facts),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

fn color(cli: &Cli, stream_is_terminal: bool) -> bool {
    match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn out(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        // A closed pipe (`crosscheck report | head`) is not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("cannot write to standard output"),
    }
}

/// Reads, validates and compares the facts, with every diagnostic: those met while
/// reading the folder and those of the loader. Without a readable folder, only the first.
fn diagnose(cli: &Cli) -> (facts_dir::Read, Vec<Diagnostic>, Option<Findings>) {
    use crosscheck::diagnostic::Code;
    let read = facts_dir::read(&cli.facts);
    let mut all = read.diagnostics.clone();
    if all
        .iter()
        .any(|d| matches!(d.code, Code::FactsMissing | Code::FactsNotAFolder))
    {
        return (read, all, None);
    }
    let (loaded, findings) = crosscheck::run(&read.input);
    all.extend(loaded.diagnostics);
    crosscheck::diagnostic::sort(&mut all);
    let findings = if all.iter().any(Diagnostic::is_error) {
        None
    } else {
        findings
    };
    (read, all, findings)
}

/// Loads and analyses the facts. On invalid facts, prints the diagnostics to stderr and
/// returns `Err(3)`; warnings are printed and the run goes on.
fn analyse(cli: &Cli) -> Result<Findings, u8> {
    let (read, diagnostics, findings) = diagnose(cli);
    let files = read.files();
    match findings {
        Some(f) => {
            if !diagnostics.is_empty() {
                eprint!(
                    "{}",
                    render::diagnostics::render(
                        &diagnostics,
                        &files,
                        color(cli, std::io::stderr().is_terminal())
                    )
                );
            }
            Ok(f)
        }
        None => Err(refuse(cli, &diagnostics, &files)),
    }
}

fn refuse(
    cli: &Cli,
    diagnostics: &[Diagnostic],
    files: &std::collections::BTreeMap<String, String>,
) -> u8 {
    eprint!(
        "{}",
        render::diagnostics::render(
            diagnostics,
            files,
            color(cli, std::io::stderr().is_terminal())
        )
    );
    eprintln!(
        "the facts are invalid: nothing was compared (fix the errors above; `crosscheck lint` lists them again)"
    );
    EXIT_INVALID
}

fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok())
    {
        return Some(w.max(40));
    }
    if std::io::stdout().is_terminal()
        && let Some(w) = comfy_table::Table::new().width()
    {
        return Some(w.max(40));
    }
    Some(120)
}

fn report(cli: &Cli, args: &ReportArgs) -> anyhow::Result<u8> {
    let findings = match analyse(cli) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let text = match args.format {
        ReportFormat::Table => render::table::render(
            &findings,
            render::table::TableOptions {
                all: args.all,
                color: color(cli, std::io::stdout().is_terminal()),
                width: terminal_width(),
            },
        ),
        ReportFormat::Json => render::json::subjects(render::table::ordered(&findings, args.all)),
        ReportFormat::Yaml => render::export::render(&findings)?,
    };
    out(&text)?;
    Ok(EXIT_OK)
}

fn export(cli: &Cli, args: &ExportArgs) -> anyhow::Result<u8> {
    let findings = match analyse(cli) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let text = render::export::render(&findings)?;
    match &args.output {
        Some(path) => {
            refuse_facts_path(cli, path)?;
            atomic::write(path, &text)?;
            eprintln!("wrote {}", path.display());
        }
        None => out(&text)?,
    }
    Ok(EXIT_OK)
}

/// `export -o` must not overwrite an editor's facts file by accident.
fn refuse_facts_path(cli: &Cli, path: &Path) -> anyhow::Result<()> {
    let facts = cli.facts.canonicalize().ok();
    let target = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .canonicalize()
        .ok();
    if let (Some(f), Some(t)) = (facts, target)
        && t.starts_with(&f)
    {
        anyhow::bail!(
            "refusing to write the export inside the facts folder ({}): write it elsewhere and paste the flag entries you want into flags.yaml",
            f.display()
        );
    }
    Ok(())
}

fn check(cli: &Cli, args: &CheckArgs) -> anyhow::Result<u8> {
    let findings = match analyse(cli) {
        Ok(f) => f,
        Err(code) => return Ok(code),
    };
    let unflagged = findings.unflagged().count();
    let text = match args.format {
        TextFormat::Json => render::json::conflicts(&findings, true),
        TextFormat::Text => render::check::render(&findings),
    };
    out(&text)?;
    Ok(if unflagged > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn lint(cli: &Cli, args: &LintArgs) -> anyhow::Result<u8> {
    let (read, all, _) = diagnose(cli);
    let invalid = all.iter().any(Diagnostic::is_error);
    match args.format {
        TextFormat::Json => out(&render::diagnostics::json_lines(&all))?,
        TextFormat::Text if all.is_empty() => out("no problems found\n")?,
        TextFormat::Text => out(&render::diagnostics::render(
            &all,
            &read.files(),
            color(cli, std::io::stdout().is_terminal()),
        ))?,
    }
    Ok(if invalid { EXIT_INVALID } else { EXIT_OK })
}
