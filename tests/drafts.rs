//! Drafts safe to keep: ids prefixed by the source id, a draft without a subject still
//! parses and is reported on its own line, no datelines, and output linear in the input.

mod common;

use crosscheck::extract::yaml_drafts;
use std::fs;

#[test]
fn draft_ids_start_with_the_source_id_so_two_sources_never_collide() {
    let text = "About 20,000 reservists were called up.\n";
    let a = yaml_drafts(text, Some("ap-1"), Some(2021), &[]);
    let b = yaml_drafts(text, Some("bbc-2"), Some(2021), &[]);
    assert!(a.contains("- id: \"ap-1-draft-l1\""), "{a}");
    assert!(b.contains("- id: \"bbc-2-draft-l1\""), "{b}");
}

#[test]
fn datelines_are_not_proposed_but_dates_in_sentences_are() {
    let text = "July 08, 2021\n\nPublished: Thursday, 8 July 2021\n\nThe troops left on July 5, 2021, officials said.\n";
    let d = yaml_drafts(text, Some("s"), Some(2021), &[]);
    assert!(!d.contains("# line 1;") && !d.contains("# line 3;"), "{d}");
    assert!(d.contains("value: \"2021-07-05\""), "{d}");
}

#[test]
fn a_long_single_line_gives_drafts_linear_in_its_size() {
    let sentence_part = "and 1,234 people crossed the border ";
    let line: String = sentence_part.repeat(300); // ~10 kB, one sentence
    let d = yaml_drafts(&line, Some("s"), Some(2021), &[]);
    let drafts = d.matches("- id:").count();
    assert!(drafts >= 250, "{drafts} drafts");
    assert!(
        d.len() < 25 * line.len(),
        "{} bytes of drafts for {} bytes of text",
        d.len(),
        line.len()
    );
    // Each quote is a window of the sentence, not the whole of it.
    let longest = d
        .lines()
        .filter(|l| l.trim_start().starts_with("quote:"))
        .map(str::len)
        .max()
        .unwrap();
    assert!(longest < 1000, "a quote of {longest} bytes");
}

#[test]
fn a_draft_without_a_subject_parses_and_lint_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::run_in(d, &["init"], 0);
    fs::write(
        d.join("facts/subjects.yaml"),
        "subjects:\n  - key: reservists-called-up\n    label: Reservists called up\n    dimension: count\n    unit: reservists\n",
    )
    .unwrap();
    fs::write(
        d.join("a.txt"),
        "About 20,000 reservists were called up.\n\nThe ferry carries 40 cars.\n",
    )
    .unwrap();
    common::run_in(
        d,
        &[
            "add-source",
            "a.txt",
            "--id",
            "a",
            "--publisher",
            "A",
            "--published",
            "2021-07-08",
            "--draft",
        ],
        0,
    );
    let drafts = fs::read_to_string(d.join("facts/claims/a.yaml")).unwrap();
    assert!(
        drafts.contains("subject: \"reservists-called-up\""),
        "{drafts}"
    );
    let line = drafts
        .lines()
        .position(|l| l.contains("subject: \"\""))
        .expect("a draft without a subject")
        + 1;
    let (out, _) = common::run_in(d, &["lint"], 3);
    assert!(
        out.contains("error[subject-not-chosen]: claim a-draft-l3 has no subject yet"),
        "{out}"
    );
    assert!(
        out.contains(&format!("facts/claims/a.yaml:{line}:")),
        "{out}"
    );
    assert!(
        out.contains("reservists-called-up"),
        "the hint names the keys: {out}"
    );
    assert_eq!(
        out.matches("error[").count(),
        1,
        "the rest of the file is fine: {out}"
    );
}

#[test]
fn a_multi_megabyte_single_line_drafts_every_mention_with_subjects() {
    use crosscheck::extract::SubjectHint;
    let hints = vec![SubjectHint {
        key: "border-crossings".into(),
        label: "People who crossed the border".into(),
        aliases: vec![],
        dimension: "count".into(),
        unit: Some("people".into()),
    }];
    let part = "and 1,234 people crossed the border where the road meets the old railway line ";
    let line: String = part.repeat(2_000_000 / part.len() + 1); // ~2 MB, one sentence
    let d = yaml_drafts(&line, Some("s"), Some(2021), &hints);
    let repeats = line.matches(part).count();
    assert_eq!(
        d.matches("- id:").count(),
        repeats,
        "every figure is drafted"
    );
    let with_subject = d.matches("subject: \"border-crossings\"").count();
    assert!(
        with_subject * 100 >= repeats * 99,
        "{with_subject} of {repeats} counts of people crossing get the subject"
    );
    // Ids stay unique without numbering every draft against every other.
    let last = format!("- id: \"s-border-crossings-l1-{with_subject}\"");
    assert!(d.contains(&last), "{last} missing");
}

#[test]
fn a_megabyte_of_number_words_reads_each_phrase_whole_in_bounded_time() {
    let phrase = "one hundred and twenty-three thousand four hundred and fifty-six ";
    let line = phrase.repeat(1_000_000 / phrase.len()); // one sentence of number words
    let mut values = Vec::new();
    crosscheck::extract::for_each_mention(&line, |m| values.push(m.value.clone()));
    let whole = crosscheck::extract::MentionValue::Number(123_456.0);
    let read_whole = values.iter().filter(|v| **v == whole).count();
    assert!(
        read_whole * 10 >= values.len() * 9 && read_whole * 2 >= line.matches(phrase).count(),
        "{read_whole} of {} mentions read the phrase whole",
        values.len()
    );
    // Scales fall inside one number: "one thousand two thousand" is two numbers.
    let twos: Vec<_> =
        crosscheck::extract::extract("They printed one thousand two thousand times.")
            .into_iter()
            .map(|m| m.value)
            .collect();
    assert_ne!(
        twos,
        vec![crosscheck::extract::MentionValue::Number(3000.0)]
    );
}

#[test]
fn add_source_refuses_a_text_over_the_facts_file_limit_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    common::run_in(d, &["init"], 0);
    // Archived under sources/, the text would be a facts file over its 16 MiB limit.
    fs::write(d.join("big.txt"), "\n".repeat(17 * 1024 * 1024)).unwrap();
    let before = fs::read_to_string(d.join("facts/sources.yaml")).unwrap();
    let (_, err) = common::run_in(
        d,
        &[
            "add-source",
            "big.txt",
            "--id",
            "big",
            "--publisher",
            "B",
            "--published",
            "2021-07-08",
        ],
        1,
    );
    assert!(err.contains("big.txt") && err.contains("limit"), "{err}");
    assert_eq!(
        fs::read_to_string(d.join("facts/sources.yaml")).unwrap(),
        before
    );
    assert!(!d.join("facts/sources/big.txt").exists());
}
