//! The facts folder's layout, decided once: which file of the folder goes in which slot of
//! the loader's [`Input`], what a byte-order mark is, and how a path is shown. The lists of
//! sources and subjects may be split for large corpora: `sources.yaml` and/or
//! `sources/*.yaml` (beside the texts), `subjects.yaml` and/or `subjects/*.yaml`. The binary's
//! disk reader (`cli/facts_dir.rs`) and its git reader (`check --since`, `cli/since.rs`)
//! both classify with [`classify`], so a file counts the same wherever it is read from.

use super::{Input, TextFile};

pub const SOURCES_FILE: &str = "sources.yaml";
pub const SUBJECTS_FILE: &str = "subjects.yaml";
pub const FLAGS_FILE: &str = "flags.yaml";
pub const PARTIES_FILE: &str = "parties.yaml";
pub const RATES_FILE: &str = "rates.yaml";
pub const CLAIMS_DIR: &str = "claims";
/// Archived texts (`sources/<id>.txt`), and the list of sources when it is split
/// (`sources/*.yaml`).
pub const TEXTS_DIR: &str = "sources";
/// The list of subjects when it is split (`subjects/*.yaml`).
pub const SUBJECTS_DIR: &str = "subjects";

/// Archived tables of claims (`tables/NAME`) and their mappings (`tables/NAME.yaml`),
/// read by the commands that resolve (`resolve`, `sources`) and by `lint`, not by the
/// loader's [`Input`]: a table is streamed by the import parser, never held as YAML.
pub const TABLES_DIR: &str = "tables";

/// The table a file of the facts folder is the mapping of: `tables/NAME.yaml` gives
/// `NAME` (the archived table `tables/NAME`); `None` for any other file.
pub fn table_of_mapping(rel: &str) -> Option<&str> {
    let name = rel.strip_prefix(TABLES_DIR)?.strip_prefix('/')?;
    let table = name.strip_suffix(".yaml")?;
    (!table.is_empty() && !table.contains('/') && !name.starts_with('.')).then_some(table)
}

/// Where a file goes in the loader's input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// A list of sources: `sources.yaml`, or one part of it, `sources/<name>.yaml`.
    Sources,
    /// A list of subjects: `subjects.yaml`, or one part of it, `subjects/<name>.yaml`.
    Subjects,
    Flags,
    Parties,
    Rates,
    /// A claims file (`claims/<source>.yaml` or `.yml`, or JSON Lines: `.jsonl`).
    Claims,
    /// An archived source text (`sources/<id>.txt`), with the source id.
    Text(String),
}

/// The slot of a file, by its path relative to the facts folder (`/`-separated); `None`
/// for a file the loader does not read (other files, hidden files, deeper folders).
pub fn classify(rel: &str) -> Option<Slot> {
    match rel.split_once('/') {
        None if rel == SOURCES_FILE => Some(Slot::Sources),
        None if rel == SUBJECTS_FILE => Some(Slot::Subjects),
        None if rel == FLAGS_FILE => Some(Slot::Flags),
        None if rel == PARTIES_FILE => Some(Slot::Parties),
        None if rel == RATES_FILE => Some(Slot::Rates),
        None => None,
        Some((_, name)) if name.contains('/') || name.starts_with('.') => None,
        Some((dir, name)) if dir == CLAIMS_DIR => {
            (yaml(name) || name.ends_with(".jsonl")).then_some(Slot::Claims)
        }
        Some((dir, name)) if dir == TEXTS_DIR => match name.strip_suffix(".txt") {
            Some(id) => Some(Slot::Text(id.to_string())),
            None => yaml(name).then_some(Slot::Sources),
        },
        Some((dir, name)) if dir == SUBJECTS_DIR => yaml(name).then_some(Slot::Subjects),
        Some(_) => None,
    }
}

/// Why a file of `claims/` that [`classify`] leaves out is not read, for the
/// `ignored-file` warning.
pub fn why_ignored(rel: &str) -> &'static str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let lower = name.to_ascii_lowercase();
    if name.starts_with('.') {
        "its name starts with a dot (a hidden file)"
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        "its extension is not .yaml or .yml in lower case"
    } else {
        "its name does not end in .yaml, .yml or .jsonl"
    }
}

fn yaml(name: &str) -> bool {
    name.ends_with(".yaml") || name.ends_with(".yml")
}

/// A file's bytes without their UTF-8 byte-order mark, if any.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// A file of the facts folder as shown to the user: `rel` under the folder as shown.
pub fn display(root: &str, rel: &str) -> String {
    if root.is_empty() || root == "." {
        rel.to_string()
    } else {
        format!("{}/{rel}", root.trim_end_matches('/'))
    }
}

/// The name of a claims file without folder and extension (the source id it should hold).
pub fn claims_stem(path: &str) -> &str {
    path.rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml")
        .trim_end_matches(".jsonl")
}

impl Input {
    /// Puts a file read from the folder in its slot. Parts of a list are read in the
    /// order they are placed: readers place `sources.yaml` before `sources/*.yaml`, each
    /// folder sorted by name.
    pub fn place(&mut self, slot: Slot, file: TextFile) {
        match slot {
            Slot::Sources => self.sources.push(file),
            Slot::Subjects => self.subjects.push(file),
            Slot::Flags => self.flags = Some(file),
            Slot::Parties => self.parties = Some(file),
            Slot::Rates => self.rates = Some(file),
            Slot::Claims => self.claims.push(file),
            Slot::Text(id) => {
                self.texts.insert(id, file.text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_mapping_names_its_table_and_other_files_name_none() {
        assert_eq!(
            table_of_mapping("tables/cities.csv.yaml"),
            Some("cities.csv")
        );
        assert_eq!(table_of_mapping("tables/d.txt.gz.yaml"), Some("d.txt.gz"));
        for other in [
            "tables/cities.csv",
            "tables/.hidden.yaml",
            "tables/a/b.yaml",
            "tables/.yaml",
            "claims/a.yaml",
            "tables.yaml",
        ] {
            assert_eq!(table_of_mapping(other), None, "{other}");
        }
        assert_eq!(classify("tables/cities.csv.yaml"), None);
    }

    #[test]
    fn files_are_classified_by_folder_and_extension() {
        assert_eq!(classify("sources.yaml"), Some(Slot::Sources));
        assert_eq!(classify("subjects.yaml"), Some(Slot::Subjects));
        assert_eq!(classify("flags.yaml"), Some(Slot::Flags));
        assert_eq!(classify("parties.yaml"), Some(Slot::Parties));
        assert_eq!(classify("rates.yaml"), Some(Slot::Rates));
        assert_eq!(classify("claims/a.yaml"), Some(Slot::Claims));
        assert_eq!(classify("claims/a.yml"), Some(Slot::Claims));
        assert_eq!(classify("claims/a.jsonl"), Some(Slot::Claims));
        assert_eq!(classify("sources/a.b.txt"), Some(Slot::Text("a.b".into())));
        assert_eq!(classify("sources/part-1.yaml"), Some(Slot::Sources));
        assert_eq!(classify("subjects/b.yml"), Some(Slot::Subjects));
        for ignored in [
            "README.md",
            "sources.yml",
            "claims/a.txt",
            "claims/.hidden.yaml",
            "claims/deeper/a.yaml",
            "sources/.a.yaml",
            "subjects/a.txt",
            "subjects/deeper/a.yaml",
            "other/a.yaml",
        ] {
            assert_eq!(classify(ignored), None, "{ignored}");
        }
    }

    #[test]
    fn an_ignored_claims_file_says_why() {
        assert!(why_ignored("claims/.x.yaml").contains("dot"));
        assert!(why_ignored("claims/X.YAML").contains("lower case"));
        assert!(why_ignored("claims/notes.txt").contains("does not end"));
    }

    #[test]
    fn a_byte_order_mark_is_dropped_and_nothing_else() {
        assert_eq!(strip_bom(b"\xEF\xBB\xBFa: 1"), b"a: 1");
        assert_eq!(strip_bom(b"a: 1"), b"a: 1");
    }

    #[test]
    fn claims_stem_drops_folder_and_extension() {
        assert_eq!(claims_stem("facts/claims/s1.yaml"), "s1");
        assert_eq!(claims_stem("claims/s1.yml"), "s1");
    }
}
