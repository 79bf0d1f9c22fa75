//! Conventions: the README's usage block keeps up with `--help`, the exit codes are the
//! documented ones, and completions and the man page come from the clap definition.
//!
//! The usage rule: the `text` block under "## Usage" in README.md documents every command
//! that `crosscheck --help` lists (but `help`), and nothing else; a command's lines (those
//! starting with two spaces and its name, and the more indented lines after them) name
//! every option and short option of `crosscheck COMMAND --help` and every possible value
//! of its options and arguments; the first line names the global options and their values.

use assert_cmd::Command;
use std::collections::BTreeSet;

fn help(args: &[&str]) -> String {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .env("COLUMNS", "200")
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?} --help");
    String::from_utf8(out.stdout).unwrap()
}

/// The lines of the README's usage block.
fn usage_block() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let section = readme
        .split("\n## Usage\n")
        .nth(1)
        .expect("README.md has a ## Usage section");
    let block = section
        .split("```text\n")
        .nth(1)
        .and_then(|b| b.split("\n```").next())
        .expect("the Usage section starts with a ```text block");
    block.lines().map(str::to_string).collect()
}

/// The commands listed under "Commands:" in `crosscheck --help`.
fn commands(top: &str) -> Vec<String> {
    top.split("\nCommands:\n")
        .nth(1)
        .expect("a Commands section")
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

/// Every `--long` and `-s` option of a help text, and every possible value.
fn options_and_values(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut options = BTreeSet::new();
    let mut values = BTreeSet::new();
    let mut in_values = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('-') && !t.starts_with("- ") {
            for word in t.split([' ', ',']) {
                let word = word.split(['<', '=']).next().unwrap_or("");
                if word.starts_with("--") && word.len() > 2 || word.len() == 2 && word != "--" {
                    options.insert(word.to_string());
                }
            }
        }
        if t == "Possible values:" {
            in_values = true;
            continue;
        }
        if in_values {
            match t.strip_prefix("- ") {
                Some(v) => {
                    values.insert(v.split(':').next().unwrap().trim().to_string());
                }
                None => in_values = false,
            }
        }
        if let Some(list) = t
            .strip_prefix("[possible values: ")
            .and_then(|l| l.strip_suffix(']'))
        {
            values.extend(list.split(", ").map(str::to_string));
        }
    }
    for always in ["-h", "--help", "-V", "--version"] {
        options.remove(always);
    }
    (options, values)
}

/// Whether `word` stands in `text` as a word of its own (not inside a longer option).
fn mentions(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '-')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

#[test]
fn readme_usage_documents_every_command_and_option() {
    let block = usage_block();
    let top = help(&[]);
    let cmds = commands(&top);
    assert!(cmds.len() >= 10, "{cmds:?}");
    // The lines of each command in the block.
    let mut documented: Vec<(String, String)> = Vec::new();
    for line in &block[1..] {
        let indent = line.len() - line.trim_start().len();
        if indent == 2 {
            let name = line.split_whitespace().next().unwrap().to_string();
            documented.push((name, line.clone()));
        } else if indent > 2 {
            let last = documented
                .last_mut()
                .expect("an indented line after a command");
            last.1.push('\n');
            last.1.push_str(line);
        }
    }
    let names: BTreeSet<&str> = documented.iter().map(|(n, _)| n.as_str()).collect();
    let listed: BTreeSet<&str> = cmds.iter().map(String::as_str).collect();
    assert_eq!(
        names, listed,
        "README.md's usage block and `crosscheck --help` list different commands"
    );
    let (globals, global_values) = options_and_values(&top);
    for g in globals.iter().chain(&global_values) {
        assert!(
            mentions(&block[0], g),
            "the usage block's first line lacks {g}"
        );
    }
    for cmd in &cmds {
        let text: String = documented
            .iter()
            .filter(|(n, _)| n == cmd)
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        let (options, values) = options_and_values(&help(&[cmd]));
        for o in options.difference(&globals) {
            assert!(
                mentions(&text, o),
                "README.md's usage of `{cmd}` lacks {o}:\n{text}"
            );
        }
        for v in values.difference(&global_values) {
            assert!(
                mentions(&text, v),
                "README.md's usage of `{cmd}` lacks the value {v}:\n{text}"
            );
        }
    }
}

#[test]
fn every_command_has_examples_in_its_help() {
    for cmd in commands(&help(&[])) {
        let text = help(&[&cmd]);
        assert!(
            text.contains("Examples:\n  crosscheck "),
            "`crosscheck {cmd} --help` has no examples"
        );
    }
}

fn exit_of(dir: &std::path::Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_codes_are_the_documented_ones() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let table = readme
        .split("\n## Exit codes\n")
        .nth(1)
        .expect("an Exit codes section");
    let documented: BTreeSet<i32> = table
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split('|').nth(1)?.trim().parse().ok())
        .collect();
    assert_eq!(documented, BTreeSet::from([0, 1, 2, 3, 64]));

    let here = std::env::current_dir().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let missing_dir = scratch.path().join("no/such/folder/out.yaml");
    let runs: [(&[&str], i32); 5] = [
        (&["check"], 0),
        (&["--facts", "tests/fixtures/conflict", "check"], 2),
        (&["--facts", "tests/no-such-facts", "check"], 3),
        (&["export", "-o", missing_dir.to_str().unwrap()], 1),
        (&["check", "--no-such-option"], 64),
    ];
    let mut seen = BTreeSet::new();
    for (args, code) in runs {
        let (got, err) = exit_of(&here, args);
        assert_eq!(got, code, "{args:?}: {err}");
        seen.insert(code);
    }
    assert_eq!(seen, documented);
}

#[test]
fn completions_and_man_page_come_from_the_clap_definition() {
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("crosscheck")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = run(&["completions", shell]);
        for word in ["crosscheck", "flag", "prune", "show", "deny-stale", "since"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let man = run(&["man"]);
    assert!(man.contains(".TH crosscheck 1"), "{man}");
    for cmd in commands(&help(&[])) {
        assert!(
            man.contains(&format!("crosscheck\\-{}", cmd.replace('-', "\\-"))),
            "the man page lacks {cmd}"
        );
    }
    let (code, err) = exit_of(std::path::Path::new("."), &["completions", "tcsh"]);
    assert_eq!(code, 64, "{err}");
}
