//! `crosscheck show SUBJECT`: finds the subject (key, label or alias; a close misspelling
//! gets a "did you mean" and exit 64), chooses the drawing (width, Unicode or ASCII,
//! colour: `cli::output`'s policy) and prints the page `render::show` makes.

use crate::cli::analysis::analyse_corpus;
use crate::cli::args::{Cli, ShowArgs};
use crate::cli::error::CliError;
use crate::cli::output;
use crosscheck::model::NoSubject;
use crosscheck::render::{numberline, show};

pub fn run(cli: &Cli, args: &ShowArgs) -> Result<(), CliError> {
    let (corpus, mut findings) = analyse_corpus(cli)?;
    crosscheck::best::attach(&corpus, &mut findings);
    let subject = corpus
        .find_subject(&args.subject)
        .map_err(|why| match why {
            NoSubject::Unknown(suggestion) => unknown(&corpus, &args.subject, suggestion),
            NoSubject::Ambiguous(keys) => CliError::usage(format!(
                "\"{}\" names {} subjects: {}; show one by its key",
                args.subject,
                keys.len(),
                keys.join(", ")
            )),
        })?;
    let Some(finding) = findings.subjects.iter().find(|s| s.key == subject.key) else {
        return Err(anyhow::anyhow!("subject {} has no findings", subject.key).into());
    };
    let opts = numberline::Options {
        width: output::width(),
        unicode: !args.ascii && output::utf8_locale(),
        color: output::stdout_color(cli),
    };
    output::page(cli, &show::render(&corpus, subject, finding, opts))
}

/// No subject by that name: the subjects whose names contain its words, else a "did you
/// mean".
fn unknown(
    corpus: &crosscheck::model::Corpus,
    query: &str,
    suggestion: Option<String>,
) -> CliError {
    let candidates = candidates(corpus, query);
    if let [one] = candidates.as_slice() {
        let key = one.split(' ').next().unwrap_or(one);
        return CliError::usage(format!("no subject \"{query}\"; did you mean \"{key}\"?"));
    }
    if !candidates.is_empty() {
        let mut errors = vec![format!(
            "no subject is called \"{query}\"; {} match it:",
            candidates.len()
        )];
        errors.extend(candidates.iter().take(SHOWN).map(|c| format!("  {c}")));
        if candidates.len() > SHOWN {
            errors.push(format!("  … and {} more", candidates.len() - SHOWN));
        }
        return CliError::Usage {
            errors: vec![errors.join("\n")],
            note: Some("show one with `crosscheck show KEY`"),
        };
    }
    let hint = match suggestion {
        Some(k) => format!("did you mean \"{k}\"?"),
        None => "`crosscheck report --all` lists every subject".to_string(),
    };
    CliError::usage(format!("no subject \"{query}\"; {hint}"))
}

/// How many candidates an ambiguous name lists.
const SHOWN: usize = 10;

/// The subjects whose key, label or aliases contain every word of `query` (ignoring
/// case), as "key (label)", in key order.
fn candidates(corpus: &crosscheck::model::Corpus, query: &str) -> Vec<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<String> = corpus
        .subjects
        .iter()
        .filter(|s| {
            let names = std::iter::once(s.key.as_str())
                .chain(std::iter::once(s.label.as_str()))
                .chain(s.aliases.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            words.iter().all(|w| names.contains(w.as_str()))
        })
        .map(|s| format!("{} ({})", s.key, s.label))
        .collect();
    found.sort();
    found
}
