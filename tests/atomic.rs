//! Killing crosscheck while it writes a file leaves the old file or the new one whole,
//! never a mixture: `export -o` is killed at random moments and the target is checked.

use std::process::Command;
use std::time::Duration;

#[test]
fn killing_an_export_never_leaves_a_partial_file() {
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let dir = tempfile::tempdir().unwrap();
    let facts = std::fs::canonicalize("facts").unwrap();
    // The complete new version, for comparison.
    let reference = Command::new(&bin)
        .arg("--facts")
        .arg(&facts)
        .arg("export")
        .output()
        .unwrap();
    assert!(reference.status.success());
    let full = String::from_utf8(reference.stdout).unwrap();
    let target = dir.path().join("review.yaml");
    let mut seen_old = 0;
    let mut seen_new = 0;
    for i in 0..40u64 {
        std::fs::write(&target, "OLD\n").unwrap();
        let mut child = Command::new(&bin)
            .current_dir(dir.path())
            .arg("--facts")
            .arg(&facts)
            .args(["export", "-o", "review.yaml"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill after a varying delay: sometimes before, during or after the write.
        std::thread::sleep(Duration::from_micros((i * 7919) % 20_000));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&target).unwrap();
        if now == "OLD\n" {
            seen_old += 1;
        } else {
            assert_eq!(
                now, full,
                "a killed export left a file that is neither old nor new"
            );
            seen_new += 1;
        }
    }
    eprintln!("killed 40 exports: {seen_old} left the old file, {seen_new} the new one");
}
