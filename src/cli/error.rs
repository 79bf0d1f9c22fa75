//! The one way a command ends other than cleanly, and its exit code. Every command returns
//! `Result<(), CliError>`; `cli::main` reports the error and maps it to the exit code
//! once.
//!
//! Exit codes: 0 clean, 2 unflagged conflicts (check), 3 invalid facts, 1 unexpected
//! failure, 64 usage error.

use std::fmt;

pub const EXIT_FAILURE: u8 = 1;
pub const EXIT_FINDINGS: u8 = 2;
pub const EXIT_INVALID: u8 = 3;
pub const EXIT_USAGE: u8 = 64;

#[derive(Debug)]
pub enum CliError {
    /// The command line asks for what cannot be done (exit 64): each message is printed
    /// as `error: …`, then the note, if any.
    Usage {
        errors: Vec<String>,
        note: Option<&'static str>,
    },
    /// The facts are invalid (exit 3); the diagnostics were printed already.
    Invalid,
    /// The gate failed (exit 2); the findings were printed already.
    Findings,
    /// Anything unexpected (exit 1): cannot read, write or run git.
    Failure(anyhow::Error),
}

impl CliError {
    /// A usage error with one message.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::Usage {
            errors: vec![message.into()],
            note: None,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage { .. } => EXIT_USAGE,
            CliError::Invalid => EXIT_INVALID,
            CliError::Findings => EXIT_FINDINGS,
            CliError::Failure(_) => EXIT_FAILURE,
        }
    }

    /// What to print on standard error (nothing for the outcomes printed already).
    pub fn message(&self) -> Option<String> {
        match self {
            CliError::Usage { errors, note } => {
                let mut s: String = errors.iter().map(|e| format!("error: {e}\n")).collect();
                if let Some(n) = note {
                    s.push_str(n);
                    s.push('\n');
                }
                Some(s)
            }
            CliError::Invalid | CliError::Findings => None,
            CliError::Failure(e) => Some(format!("error: {e:#}\n")),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message() {
            Some(m) => f.write_str(m.trim_end()),
            None => write!(f, "exit {}", self.exit_code()),
        }
    }
}

impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> CliError {
        CliError::Failure(e)
    }
}

impl From<crosscheck::yaml::YamlError> for CliError {
    fn from(e: crosscheck::yaml::YamlError) -> CliError {
        CliError::Failure(e.into())
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError::Failure(e.into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_has_its_documented_exit_code() {
        assert_eq!(CliError::usage("x").exit_code(), 64);
        assert_eq!(CliError::Invalid.exit_code(), 3);
        assert_eq!(CliError::Findings.exit_code(), 2);
        assert_eq!(CliError::Failure(anyhow::anyhow!("x")).exit_code(), 1);
    }

    #[test]
    fn usage_errors_print_each_message_then_the_note() {
        let e = CliError::Usage {
            errors: vec!["a".into(), "b".into()],
            note: Some("nothing was written"),
        };
        assert_eq!(
            e.message().unwrap(),
            "error: a\nerror: b\nnothing was written\n"
        );
        assert_eq!(CliError::Findings.message(), None);
    }
}
