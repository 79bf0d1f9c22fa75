//! Reading, validating and comparing the facts, as every command but `extract`,
//! `completions` and `man` starts: the folder's problems and the loader's diagnostics
//! together, printed on standard error; invalid facts end the command (exit 3).

use super::args::Cli;
use super::error::CliError;
use super::{facts_dir, output, progress};
use crosscheck::diagnostic::{Code, Diagnostic};
use crosscheck::findings::Findings;
use crosscheck::model::Corpus;

/// What reading and comparing the facts gave.
pub struct Diagnosed {
    pub read: facts_dir::Read,
    pub diagnostics: Vec<Diagnostic>,
    /// `None` when the facts are invalid.
    pub findings: Option<Findings>,
    pub corpus: Corpus,
}

/// Reads, validates and compares the facts, with every diagnostic: those met while
/// reading the folder and those of the loader. Without a readable folder, only the first.
pub fn diagnose(cli: &Cli) -> Diagnosed {
    diagnose_then(cli, true)
}

/// [`diagnose`] without comparing (`findings` is `None`): for `lint`, whose diagnostics
/// are all the loader's.
pub fn validate(cli: &Cli) -> Diagnosed {
    diagnose_then(cli, false)
}

fn diagnose_then(cli: &Cli, compare: bool) -> Diagnosed {
    let mut read = facts_dir::read(&cli.facts);
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
    let loaded = {
        let _p = progress::phase("load+validate", "checking the facts", None);
        crosscheck::load::load_mut(&mut read.input)
    };
    let invalid = loaded.has_errors();
    all.extend(loaded.diagnostics);
    crosscheck::diagnostic::sort(&mut all);
    // What is no longer needed goes before comparing: the peak of a large run.
    read.release(&all);
    let findings = (compare && !invalid).then(|| {
        let _p = progress::phase("compare", "comparing", None);
        crosscheck::compare_and_flag(&loaded.corpus)
    });
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

/// Loads and analyses the facts, giving the corpus and the findings made from it.
/// Warnings are printed and the run goes on; on invalid facts, the diagnostics are
/// printed and the command ends with `CliError::Invalid`.
pub fn analyse_corpus(cli: &Cli) -> Result<(Corpus, Findings), CliError> {
    conclude(cli, diagnose(cli))
}

/// The findings, with the text of `flags.yaml` the findings were made from (empty when there
/// is none): a writer of that file notices when it changed since.
pub fn analyse_flags(cli: &Cli) -> Result<(Findings, String), CliError> {
    let d = diagnose(cli);
    let flags = d.read.input.flags.as_ref().map(|f| f.text.clone());
    let (_, findings) = conclude(cli, d)?;
    Ok((findings, flags.unwrap_or_default()))
}

/// Ends the life of what a command built without freeing it piece by piece: the command
/// returns to `main`, which exits, and the system takes the memory back at once. A large
/// corpus's claims and findings are millions of allocations: freeing them one by one was
/// 3% of `check`'s CPU at 100k claims (decision 92). Only plain data is given here
/// (nothing with a `Drop` that does more than free memory), and only what is held to the
/// end anyway: what can go before the output is built still goes then, so the peak stays.
pub fn discard<T>(value: T) {
    std::mem::forget(value);
}

/// Prints what `diagnose` found on standard error and gives the findings, or ends the
/// command on invalid facts.
pub fn conclude(cli: &Cli, d: Diagnosed) -> Result<(Corpus, Findings), CliError> {
    if !d.diagnostics.is_empty() {
        output::diagnostics(cli, &d.diagnostics, &d.read.files(&d.diagnostics));
    }
    match d.findings {
        Some(f) => Ok((d.corpus, f)),
        None => {
            eprintln!(
                "the facts are invalid: nothing was compared (fix the errors above; `crosscheck lint` lists them again)"
            );
            Err(CliError::Invalid)
        }
    }
}
