//! Diagnostics: every problem crosscheck reports about the facts, with a stable kebab-case
//! code (documented in docs/diagnostics.md), a severity, a place (file, line, column) and a
//! hint that says how to mend it. Validation collects all of them before anything is
//! reported, so an editor sees every problem at once.

use serde::Serialize;
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $text:literal, $severity:ident; )*) => {
        /// A diagnostic's stable identity. Never rename one: scripts and editors match on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $( $variant, )* }

        impl Code {
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $text, )* }
            }

            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }
        }
    };
}

codes! {
    FactsMissing = "facts-missing", Error;
    FactsNotAFolder = "facts-not-a-folder", Error;
    FileMissing = "file-missing", Error;
    FileUnreadable = "file-unreadable", Error;
    FileTooLarge = "file-too-large", Error;
    LinkOutsideFacts = "link-outside-facts", Error;
    IgnoredFile = "ignored-file", Warning;
    DuplicateClaimsFile = "duplicate-claims-file", Error;
    StaleTempFile = "stale-temp-file", Warning;
    NotUtf8 = "not-utf8", Error;
    EmptyFile = "empty-file", Error;
    TableMappingInvalid = "table-mapping-invalid", Error;
    TableMissing = "table-missing", Error;
    TableColumnsInvalid = "table-columns-invalid", Error;
    TableUnreadable = "table-unreadable", Error;
    TableRowUnreadable = "table-row-unreadable", Warning;
    YamlSyntax = "yaml-syntax", Error;
    YamlLimit = "yaml-limit", Error;
    YamlTag = "yaml-tag", Error;
    JsonSyntax = "json-syntax", Error;
    DuplicateKey = "duplicate-key", Error;
    UnknownField = "unknown-field", Error;
    MissingField = "missing-field", Error;
    WrongType = "wrong-type", Error;
    InvalidId = "invalid-id", Error;
    DuplicateSource = "duplicate-source", Error;
    DuplicateSubject = "duplicate-subject", Error;
    DuplicateClaimId = "duplicate-claim-id", Error;
    UnknownSource = "unknown-source", Error;
    UnknownSubject = "unknown-subject", Error;
    SubjectNotChosen = "subject-not-chosen", Error;
    ClaimsFileMismatch = "claims-file-mismatch", Error;
    MissingSourceText = "missing-source-text", Error;
    InvalidDate = "invalid-date", Error;
    InvalidValue = "invalid-value", Error;
    InvalidUnit = "invalid-unit", Error;
    UnitMismatch = "unit-mismatch", Error;
    InvalidRate = "invalid-rate", Error;
    NegativeValue = "negative-value", Error;
    InvalidTolerance = "invalid-tolerance", Error;
    InvalidWindow = "invalid-window", Error;
    InvalidRelation = "invalid-relation", Error;
    DuplicateParty = "duplicate-party", Error;
    UnknownParty = "unknown-party", Error;
    PartyCycle = "party-cycle", Error;
    EmptyText = "empty-text", Error;
    MissingRankReason = "missing-rank-reason", Error;
    MissingReason = "missing-reason", Error;
    DuplicateFlag = "duplicate-flag", Error;
    QuoteNotFound = "quote-not-found", Error;
    QuoteValueMismatch = "quote-value-mismatch", Error;
    SimilarSubjects = "similar-subjects", Warning;
    SubjectWithoutClaims = "subject-without-claims", Warning;
    NameNotInSource = "name-not-in-source", Warning;
    OriginNamedInWithoutOrigin = "origin-named-in-without-origin", Error;
    SimilarParty = "similar-party", Warning;
    AsOfAfterPublication = "as-of-after-publication", Warning;
    StaleFlag = "stale-flag", Warning;
    UnflaggedConflict = "unflagged-conflict", Error;
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A place in a facts file. Line and column are 1-based; 0 means "the whole file". The
/// file's path is shared: every place in one file points to one copy of it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    pub file: Arc<str>,
    pub line: u32,
    pub column: u32,
}

impl Location {
    pub fn file(file: impl Into<Arc<str>>) -> Location {
        Location {
            file: file.into(),
            line: 0,
            column: 0,
        }
    }

    pub fn new(file: impl Into<Arc<str>>, line: u32, column: u32) -> Location {
        Location {
            file: file.into(),
            line,
            column,
        }
    }

    /// The place `offset` bytes further along the same line (for pointing inside a value).
    pub fn shifted(&self, offset: usize) -> Location {
        Location {
            column: self.column + offset as u32,
            ..self.clone()
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (0, _) => f.write_str(&self.file),
            (l, 0) => write!(f, "{}:{l}", self.file),
            (l, c) => write!(f, "{}:{l}:{c}", self.file),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    #[serde(flatten)]
    pub location: Location,
    /// How many characters from the column the problem spans (for the snippet marker).
    #[serde(skip_serializing_if = "is_zero")]
    pub length: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Diagnostic {
    pub fn new(code: Code, location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            location,
            length: 0,
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn length(mut self, length: usize) -> Diagnostic {
        self.length = length.min(u32::MAX as usize) as u32;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by place, then code, so output is stable.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics
        .sort_by(|a, b| (&a.location, a.code, &a.message).cmp(&(&b.location, b.code, &b.message)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for c in Code::ALL {
            let s = c.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    && !s.starts_with('-'),
                "{s} is not kebab-case"
            );
        }
    }
}
