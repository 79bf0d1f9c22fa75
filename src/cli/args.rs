//! The command line's shape: clap types only (the global options, the commands and their
//! arguments). What each command does is in `commands/`; completions and the man page are
//! generated from these same types.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Cross-source fact reconciliation: compare the figures that sources give for one subject, and report agreements and conflicts with their citations.",
    disable_help_subcommand = true,
    after_help = "Run without a command to print the conflict table for ./facts. `crosscheck help format` prints the file formats and the value grammar.\n\nExit codes: 0 clean, 2 unflagged conflicts, 3 invalid facts, 1 unexpected failure, 64 usage error."
)]
pub struct Cli {
    /// The facts folder (sources.yaml, subjects.yaml, claims/, sources/, flags.yaml).
    #[arg(long, global = true, default_value = "facts", value_name = "DIR")]
    pub facts: PathBuf,
    /// When to colour the output.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Never send the table or `show` through a pager (by default they go through
    /// $PAGER, or less, when standard output is a terminal).
    #[arg(long, global = true)]
    pub no_pager: bool,
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
    /// Start a facts folder: commented files, ready for `add-source` and `lint`.
    #[command(
        after_help = "DIR defaults to --facts (./facts). Nothing is overwritten. Prints the next steps and a CI snippet.\n\nExamples:\n  crosscheck init\n  crosscheck init newsroom/facts"
    )]
    Init(InitArgs),
    /// Archive an article's text under sources/ and add it to sources.yaml.
    #[command(
        name = "add-source",
        after_help = "FILE is plain text or an HTML page (converted to readable text, one paragraph a block). sources.yaml keeps its comments; the edit is read back before it is written. With --draft, the extractor's draft claims go to claims/<ID>.yaml for review.\n\nExamples:\n  crosscheck add-source article.html --id bbc-2021-07-08 --publisher BBC --published 2021-07-08 --draft\n  curl -s https://example.org/a | crosscheck add-source - --id ex-a --publisher Example --published 2021-07 --url https://example.org/a"
    )]
    AddSource(AddSourceArgs),
    /// Print the conflict table (the default command).
    #[command(
        after_help = "In the terminal, one block per subject: its status and conflict id, each cluster's value with its claims and the sources' quotations, and the best-supported value; lines fit the width (COLUMNS, else the terminal's) and never cut an id, a value or a date. Flagged conflicts are shown too, dimmed, with their status and reason.\n\nExamples:\n  crosscheck report\n  crosscheck report --all\n  crosscheck report --format json\n  crosscheck report --format markdown >> \"$GITHUB_STEP_SUMMARY\""
    )]
    Report(ReportArgs),
    /// Export every subject, verdict, cluster and citation as YAML for editors.
    #[command(
        after_help = "Fill in the flag_entries (status, reason) and load them with `crosscheck flag --from FILE`.\n\nExamples:\n  crosscheck export\n  crosscheck export -o review.yaml\n  crosscheck export --format jsonl -o corpus.jsonl"
    )]
    Export(ExportArgs),
    /// The CI gate: exit 2 when a conflict has no editor's flag in facts/flags.yaml.
    #[command(
        after_help = "With --format github, each failing conflict is annotated on its newest claim among those changed since --since (without it, in a git work tree: those the working tree changes against HEAD).\n\nExamples:\n  crosscheck check\n  crosscheck check --format github\n  crosscheck check --format sarif > crosscheck.sarif\n  crosscheck check --since origin/main\n  crosscheck check --deny-stale\n  crosscheck check --strict-flags"
    )]
    Check(CheckArgs),
    /// Validate the facts and list every problem.
    #[command(after_help = "Examples:\n  crosscheck lint\n  crosscheck lint --format json")]
    Lint(LintArgs),
    /// Record an editor's decision about a conflict in facts/flags.yaml.
    #[command(
        after_help = "The file keeps its comments, order and formatting; an existing entry for the same conflict is replaced. Conflict ids are those shown by report, check and export.\n\nExamples:\n  crosscheck flag tajik-afghan-border-length/148ce72e --reason \"RT may measure one province only\"\n  crosscheck flag border-length/f65c4a00 --status mistaken --claim s2-border-910 --reason \"the ministry gives 1,344 km elsewhere\"\n  crosscheck flag --all --reason \"baseline: conflicts known before adopting crosscheck\"\n  crosscheck flag --from review.yaml\n  crosscheck flag --carry border-length/f65c4a00 border-length/0c1d2e3f"
    )]
    Flag(FlagArgs),
    /// Remove stale flags (flags that match no current conflict) from facts/flags.yaml.
    #[command(
        after_help = "Examples:\n  crosscheck prune\n  crosscheck prune --dry-run\n  crosscheck prune --force"
    )]
    Prune(PruneArgs),
    /// Show one subject: a number line of its claims' values, then every claim in full.
    #[command(
        after_help = "SUBJECT is a key, a label or an alias.\n\nExamples:\n  crosscheck show tajik-afghan-border-length\n  crosscheck show \"Length of the Tajik-Afghan border\"\n  crosscheck show tajik-afghan-border-length --ascii"
    )]
    Show(ShowArgs),
    /// Propose draft claims from article text.
    Extract(ExtractArgs),
    /// The best-supported value of each subject, with its confidence and reasons.
    #[command(
        after_help = "Sources are weighed by the trust they earned on every other subject; sources that copy each other count as little more than one; an editor's preferred claim overrides the algorithm and says so.\n\nExamples:\n  crosscheck resolve\n  crosscheck resolve tajik-afghan-border-length\n  crosscheck resolve --format json"
    )]
    Resolve(ResolveArgs),
    /// Each source's trust, record and the sources it agrees with suspiciously often.
    #[command(
        after_help = "Trust is the source's estimated accuracy, learnt across all subjects; won and lost count its contested claims.\n\nExamples:\n  crosscheck sources\n  crosscheck sources --format json"
    )]
    Sources(SourcesArgs),
    /// Read tables of claims (CSV or TSV, gzip too) and resolve every subject.
    #[command(
        after_help = "Each column is named by a role: source, object, attribute, value, date (the period a value holds for), - (ignored), or any other name, which makes the column the value of that attribute (a wide table). Without --columns the header row names them.\n\nExamples:\n  crosscheck import cities.csv --header\n  crosscheck import population.tsv --columns object,source,value,date\n  crosscheck import claims/*.txt.gz --columns source,object,departure,arrival --file-is-period\n  crosscheck import cities.csv --header --sources --format json\n  crosscheck import cities.csv --header --add"
    )]
    Import(ImportArgs),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  crosscheck completions bash > ~/.local/share/bash-completion/completions/crosscheck\n  crosscheck completions zsh > ~/.zfunc/_crosscheck\n  crosscheck completions fish > ~/.config/fish/completions/crosscheck.fish"
    )]
    Completions(CompletionsArgs),
    /// Print help for a command, or a topic: `format` (the facts files and the value grammar).
    #[command(after_help = "Examples:\n  crosscheck help format\n  crosscheck help add-source")]
    Help(HelpArgs),
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Yaml)]
    pub format: ExportFormat,
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// YAML for editors, with flag entries to fill in.
    #[default]
    Yaml,
    /// JSON lines for other engines: every claim, then every subject finding.
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Fail (exit 2) on stale flags too.
    #[arg(long)]
    pub deny_stale: bool,
    /// Fail on conflicts whose flag was carried over from an earlier id too (every change
    /// to a flagged conflict needs a new decision).
    #[arg(long)]
    pub strict_flags: bool,
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
#[command(group(clap::ArgGroup::new("which").required(true).args(["ids", "all", "from", "carry"])))]
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
    /// Move the decision recorded for conflict OLD to the current conflict NEW (after a
    /// change its flag did not carry over by itself); keeps its status and reason.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with_all = ["ids", "all", "from", "claim"])]
    pub carry: Vec<String>,
    /// Why the conflict stands or what is being done about it (required).
    #[arg(long, required_unless_present_any = ["from", "carry"])]
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
    /// Also remove stale flags whose subject still has a conflict (kept otherwise).
    #[arg(long)]
    pub force: bool,
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
pub struct HelpArgs {
    /// A command (and subcommand), or the topic `format`.
    #[arg(value_name = "COMMAND|TOPIC")]
    pub topic: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The folder to create (default: --facts).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AddSourceArgs {
    /// The article: a text or HTML file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The source id (letters, digits, - _ .): names sources/<ID>.txt and claims/<ID>.yaml.
    #[arg(long, value_name = "ID")]
    pub id: String,
    /// The outlet.
    #[arg(long, value_name = "P")]
    pub publisher: String,
    /// The publication date: YYYY-MM-DD, YYYY-MM or YYYY.
    #[arg(long, value_name = "DATE")]
    pub published: String,
    /// The article's address.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The article's title.
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// Also write the extractor's draft claims to claims/<ID>.yaml.
    #[arg(long)]
    pub draft: bool,
}

#[derive(Debug, clap::Args)]
pub struct ResolveArgs {
    /// Subjects (key, label or alias); all when none is given.
    pub subjects: Vec<String>,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

#[derive(Debug, clap::Args)]
pub struct SourcesArgs {
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum DelimiterArg {
    Comma,
    Tab,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Tables to read (.csv, .tsv, .txt; .gz too).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The role of each column, comma-separated (source,object,attribute,value,date,-,NAME).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub columns: Vec<String>,
    /// The first row names the columns.
    #[arg(long)]
    pub header: bool,
    /// The delimiter (default: by extension, else a tab in the first line means tab).
    #[arg(long, value_enum)]
    pub delimiter: Option<DelimiterArg>,
    /// Each file is its own period (one day's snapshot).
    #[arg(long)]
    pub file_is_period: bool,
    /// Print each source's trust and record instead of the resolved values.
    #[arg(long)]
    pub sources: bool,
    /// Also store each table in the facts folder (`tables/NAME` and its mapping
    /// `tables/NAME.yaml`), where `resolve`, `sources` and `lint` read it.
    #[arg(long)]
    pub add: bool,
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub enum ExtractFormat {
    /// Draft claims in the claims-file format.
    #[default]
    Yaml,
    /// One JSON object per mention (line, start, end, text, value, unit, qualifier, change).
    Jsonl,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  crosscheck extract article.txt\n  crosscheck extract --format jsonl a.txt b.txt\n  cat article.txt | crosscheck extract --source 002_6c53de6ec8552ab4 -"
)]
pub struct ExtractArgs {
    /// Text files to read (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Yaml)]
    pub format: ExtractFormat,
    /// The source id to write in the drafts (default: detected from the facts folder).
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
}
