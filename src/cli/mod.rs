//! The command line: clap definitions, dispatch to the commands, output and exit codes.
//!
//! Exit codes: 0 clean, 2 unflagged conflicts (check), 3 invalid facts, 1 unexpected
//! failure, 64 usage error.

mod atomic;
mod extract;
mod facts_dir;
mod flag;
mod show;
mod since;

use anyhow::Context;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use crosscheck::diagnostic::Diagnostic;
use crosscheck::findings::Findings;
use crosscheck::model::Corpus;
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
        after_help = "Flagged conflicts are shown too, dimmed, with their status and reason.\n\nExamples:\n  crosscheck report\n  crosscheck report --all\n  crosscheck report --format json\n  crosscheck report --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    )]
    Report(ReportArgs),
    /// Export every subject, verdict, cluster and citation as YAML for editors.
    #[command(
        after_help = "Fill in the flag_entries (status, reason) and load them with `crosscheck flag --from FILE`.\n\nExamples:\n  crosscheck export\n  crosscheck export -o review.yaml"
    )]
    Export(ExportArgs),
    /// The CI gate: exit 2 when a conflict has no editor's flag in facts/flags.yaml.
    #[command(
        after_help = "Examples:\n  crosscheck check\n  crosscheck check --format github\n  crosscheck check --format sarif > crosscheck.sarif\n  crosscheck check --since origin/main\n  crosscheck check --deny-stale"
    )]
    Check(CheckArgs),
    /// Validate the facts and list every problem.
    #[command(after_help = "Examples:\n  crosscheck lint\n  crosscheck lint --format json")]
    Lint(LintArgs),
    /// Record an editor's decision about a conflict in facts/flags.yaml.
    #[command(
        after_help = "The file keeps its comments, order and formatting; an existing entry for the same conflict is replaced. Conflict ids are those shown by report, check and export.\n\nExamples:\n  crosscheck flag tajik-afghan-border-length/148ce72e --reason \"RT may measure one province only\"\n  crosscheck flag border-length/f65c4a00 --status mistaken --claim s2-border-910 --reason \"the ministry gives 1,344 km elsewhere\"\n  crosscheck flag --all --reason \"baseline: conflicts known before adopting crosscheck\"\n  crosscheck flag --from review.yaml"
    )]
    Flag(FlagArgs),
    /// Remove stale flags (flags that match no current conflict) from facts/flags.yaml.
    #[command(after_help = "Examples:\n  crosscheck prune\n  crosscheck prune --dry-run")]
    Prune(PruneArgs),
    /// Show one subject: a number line of its claims' values, then every claim in full.
    #[command(
        after_help = "SUBJECT is a key, a label or an alias.\n\nExamples:\n  crosscheck show tajik-afghan-border-length\n  crosscheck show \"Length of the Tajik-Afghan border\"\n  crosscheck show tajik-afghan-border-length --ascii"
    )]
    Show(ShowArgs),
    /// Propose draft claims from article text.
    Extract(extract::ExtractArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck\n  crosscheck completions zsh > ~/.zfunc/_crosscheck\n  crosscheck completions fish > ~/.config/fish/completions/crosscheck.fish"
    )]
    Completions(CompletionsArgs),
    /// Print the man page (roff).
    #[command(
        after_help = "Examples:\n  crosscheck man > crosscheck.1\n  crosscheck man | man -l -"
    )]
    Man,
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// The terminal table.
    #[default]
    Table,
    /// JSON lines, one subject a line.
    Json,
    /// The export's YAML.
    Yaml,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// A Markdown table.
    Markdown,
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum CheckFormat {
    /// Every failing conflict with its claims, citations and quotes.
    #[default]
    Text,
    /// JSON lines, one finding (unflagged conflict or stale flag) a line.
    Json,
    /// GitHub Actions workflow commands: an annotation at each claim of each failing conflict.
    Github,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// A Markdown table, for a job summary or a pull-request comment.
    Markdown,
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
    /// Output format.
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Fail (exit 2) on stale flags too.
    #[arg(long)]
    pub deny_stale: bool,
    /// Fail only on unflagged conflicts that were not present at git revision REV.
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct LintArgs {
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

/// An editor's decision, as on the command line.
#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum Status {
    /// Both values stand: different dates, definitions or scopes.
    Explained,
    /// One claim is wrong (name it with --claim).
    Mistaken,
    /// A claim belongs to another subject (name it with --claim).
    WrongSubject,
    /// Known and under investigation.
    #[default]
    Open,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["ids", "all", "from"])))]
pub struct FlagArgs {
    /// The conflict ids to flag (as shown by report, check and export).
    #[arg(value_name = "ID")]
    pub ids: Vec<String>,
    /// Flag every conflict that has no flag yet (a baseline).
    #[arg(long, conflicts_with_all = ["ids", "from", "claim"])]
    pub all: bool,
    /// Record the flag entries filled in in an export (`crosscheck export -o FILE`).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["ids", "all", "reason", "claim"])]
    pub from: Option<PathBuf>,
    /// Why the conflict stands or what is being done about it (required).
    #[arg(long, required_unless_present = "from")]
    pub reason: Option<String>,
    /// The decision.
    #[arg(long, value_enum, default_value_t = Status::Open)]
    pub status: Status,
    /// The claim a mistaken or wrong-subject decision is about (one of the conflict's claims).
    #[arg(long, value_name = "CLAIM")]
    pub claim: Option<String>,
    /// Who decided (default: git's user.name, else $USER).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// The date of the decision, YYYY-MM-DD (default: today, UTC).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct PruneArgs {
    /// List the stale flags without removing them.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// A subject's key, label or alias.
    pub subject: String,
    /// Draw with ASCII only (the default when the locale is not UTF-8).
    #[arg(long)]
    pub ascii: bool,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
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
        Some(Command::Flag(a)) => flag::flag(&cli, a).map(ExitCode::from),
        Some(Command::Prune(a)) => flag::prune(&cli, a).map(ExitCode::from),
        Some(Command::Show(a)) => show::run(&cli, a).map(ExitCode::from),
        Some(Command::Extract(a)) => extract::run(a, &cli.facts),
        Some(Command::Completions(a)) => completions(a).map(ExitCode::from),
        Some(Command::Man) => man().map(ExitCode::from),
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

/// What reading and comparing the facts gave.
struct Diagnosed {
    read: facts_dir::Read,
    diagnostics: Vec<Diagnostic>,
    /// `None` when the facts are invalid.
    findings: Option<Findings>,
    corpus: Corpus,
}

/// Reads, validates and compares the facts, with every diagnostic: those met while
/// reading the folder and those of the loader. Without a readable folder, only the first.
fn diagnose(cli: &Cli) -> Diagnosed {
    use crosscheck::diagnostic::Code;
    let read = facts_dir::read(&cli.facts);
    let mut all = read.diagnostics.clone();
    if all
        .iter()
        .any(|d| matches!(d.code, Code::FactsMissing | Code::FactsNotAFolder))
    {
        return Diagnosed {
            read,
            diagnostics: all,
            findings: None,
            corpus: Corpus::default(),
        };
    }
    let (loaded, findings) = crosscheck::run(&read.input);
    all.extend(loaded.diagnostics);
    crosscheck::diagnostic::sort(&mut all);
    let findings = if all.iter().any(Diagnostic::is_error) {
        None
    } else {
        findings
    };
    Diagnosed {
        read,
        diagnostics: all,
        findings,
        corpus: loaded.corpus,
    }
}

/// Loads and analyses the facts. On invalid facts, prints the diagnostics to stderr and
/// returns `Err(3)`; warnings are printed and the run goes on.
fn analyse(cli: &Cli) -> Result<Findings, u8> {
    analyse_corpus(cli).map(|(_, f)| f)
}

/// `analyse`, with the corpus the findings were made from.
fn analyse_corpus(cli: &Cli) -> Result<(Corpus, Findings), u8> {
    let d = diagnose(cli);
    let files = d.read.files();
    match d.findings {
        Some(f) => {
            if !d.diagnostics.is_empty() {
                eprint!(
                    "{}",
                    render::diagnostics::render(
                        &d.diagnostics,
                        &files,
                        color(cli, std::io::stderr().is_terminal())
                    )
                );
            }
            Ok((d.corpus, f))
        }
        None => Err(refuse(cli, &d.diagnostics, &files)),
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
        ReportFormat::Github => render::github::render(&render::Gate::new(&findings), true),
        ReportFormat::Sarif => render::sarif::render(&render::Gate::new(&findings), true),
        ReportFormat::Markdown => render::markdown::report(&findings, args.all),
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
    let baseline = match &args.since {
        Some(rev) => Some(since::baseline(&cli.facts, rev)?),
        None => None,
    };
    let gate = render::Gate {
        findings: &findings,
        baseline: baseline.as_ref(),
        deny_stale: args.deny_stale,
    };
    let text = match args.format {
        CheckFormat::Text => render::check::render(&gate),
        CheckFormat::Json => render::json::conflicts(&gate),
        CheckFormat::Github => render::github::render(&gate, false),
        CheckFormat::Sarif => render::sarif::render(&gate, false),
        CheckFormat::Markdown => render::markdown::check(&gate),
    };
    out(&text)?;
    Ok(if gate.fails() { EXIT_FINDINGS } else { EXIT_OK })
}

fn lint(cli: &Cli, args: &LintArgs) -> anyhow::Result<u8> {
    let Diagnosed {
        read,
        diagnostics: all,
        ..
    } = diagnose(cli);
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

fn completions(args: &CompletionsArgs) -> anyhow::Result<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "crosscheck", &mut buf);
    out(&String::from_utf8_lossy(&buf))?;
    Ok(EXIT_OK)
}

fn man() -> anyhow::Result<u8> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut buf)
        .context("cannot render the man page")?;
    out(&String::from_utf8_lossy(&buf))?;
    Ok(EXIT_OK)
}
