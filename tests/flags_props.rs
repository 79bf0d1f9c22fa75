//! Properties of the flags.yaml text editor: whatever an editor types as a reason, by or
//! claim, `flag` writes it so that it reads back exactly (or refuses; never corrupts), and
//! removing what was added gives the file back.

use crosscheck::flags_edit::{Entry, conflicts, remove, upsert};
use crosscheck::model::FlagStatus;
use proptest::prelude::*;

const FILE: &str = "# Decisions.\nflags:\n  # first\n  - conflict: a/00000001\n    status: open\n    reason: >-\n      folded\n      reason\n\n  - conflict: b/00000002   # trailing\n    reason: 'single quoted'\n";

fn entry(reason: String, by: String, claim: Option<String>) -> Entry {
    Entry {
        conflict: "c/00000003".into(),
        status: FlagStatus::Mistaken,
        reason,
        by: Some(by),
        date: Some("2026-01-02".into()),
        reviewed: claim
            .iter()
            .map(|c| vec![c.clone(), "z-1".into()])
            .collect(),
        claim,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_reads_back_exactly(
        reason in "\\PC{1,200}|[a-z #:'\"-]{1,120}|[\\s\\S]{1,60}",
        by in "\\PC{1,30}",
        claim in proptest::option::of("[a-z0-9_.-]{1,20}"),
    ) {
        prop_assume!(!reason.trim().is_empty());
        let e = entry(reason, by, claim);
        // upsert checks the read-back itself: Ok means the entry reads back as written.
        let out = upsert(FILE, std::slice::from_ref(&e)).unwrap();
        prop_assert!(out.starts_with(FILE), "{out}");
        prop_assert_eq!(
            conflicts(&out).unwrap(),
            vec!["a/00000001".to_string(), "b/00000002".to_string(), "c/00000003".to_string()]
        );
        // Removing it gives back the original, byte for byte.
        prop_assert_eq!(remove(&out, &["c/00000003"]).unwrap(), FILE);
        // Replacing it leaves the other entries as they were.
        let again = upsert(&out, &[Entry { reason: "second thoughts".into(), ..e }]).unwrap();
        prop_assert!(again.starts_with(FILE), "{again}");
    }
}
