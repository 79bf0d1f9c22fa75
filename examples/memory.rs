//! Where the memory of loading a facts folder goes: a counting global allocator measures
//! the bytes live (asked of the allocator, without its own overhead) and their peak at
//! each step of reading and loading, and the share of each part of the loaded corpus.
//! The reading mimics the binary's (every file of the folder into the loader's `Input`,
//! on one thread); the loading is the library's `load::load_mut`, as the binary's.
//!
//! Usage: cargo run --release --example memory -- FACTS_DIR

use crosscheck::load::layout;
use crosscheck::load::{Input, TextFile};
use std::alloc::{GlobalAlloc, Layout, System};
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed to the system allocator unchanged; only counters move.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract, passed on.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        grew(l.size());
        // SAFETY: the caller's contract, passed on.
        unsafe { System.alloc_zeroed(l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if new > l.size() {
            grew(new - l.size());
        } else {
            LIVE.fetch_sub(l.size() - new, Ordering::Relaxed);
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn mb(n: usize) -> f64 {
    n as f64 / 1e6
}

/// Prints the bytes live now and the peak since the last step, then starts a new step.
fn step(what: &str) {
    let live = LIVE.load(Ordering::Relaxed);
    let peak = PEAK.swap(live, Ordering::Relaxed);
    println!(
        "{what:<44} live {:>9.1} MB   peak during {:>9.1} MB",
        mb(live),
        mb(peak)
    );
}

/// The live bytes `f` frees (what dropping a part of the corpus gives back).
fn freed(what: &str, f: impl FnOnce()) {
    let before = LIVE.load(Ordering::Relaxed);
    f();
    let after = LIVE.load(Ordering::Relaxed);
    println!("  {what:<42} {:>9.1} MB", mb(before.saturating_sub(after)));
}

/// Every file of the facts folder the loader reads, as the binary reads them (sorted).
fn read(root: &Path) -> Input {
    let shown = root.to_string_lossy().to_string();
    let mut input = Input {
        root: shown.clone(),
        ..Input::default()
    };
    let mut rels: Vec<String> = ["sources.yaml", "subjects.yaml", "flags.yaml"]
        .into_iter()
        .chain(["parties.yaml", "rates.yaml"])
        .map(String::from)
        .filter(|r| root.join(r).is_file())
        .collect();
    for dir in ["claims", "sources", "subjects"] {
        let mut names: Vec<String> = fs::read_dir(root.join(dir))
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter_map(|e| e.file_name().into_string().ok())
                    .map(|n| format!("{dir}/{n}"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        rels.extend(names);
    }
    for rel in rels {
        let Some(slot) = layout::classify(&rel) else {
            continue;
        };
        let text = fs::read_to_string(root.join(&rel)).expect("a readable UTF-8 file");
        let path = layout::display(&shown, &rel);
        input.place(
            slot,
            TextFile {
                path: path.into(),
                text,
            },
        );
    }
    input
}

/// What the parts of the findings hold: each part freed in turn, views first.
fn findings_parts(mut findings: crosscheck::findings::Findings) -> crosscheck::findings::Findings {
    let views: usize = (findings.subjects.iter())
        .map(|s| {
            let shown: usize = (s.groups.iter().flat_map(|g| &g.clusters))
                .map(|k| k.claims.len() + k.compatible.len())
                .sum();
            shown + s.set_aside.len()
        })
        .sum();
    println!(
        "  ({views} claim views of {} B, {} subject findings of {} B)",
        std::mem::size_of::<crosscheck::findings::ClaimView>(),
        findings.subjects.len(),
        std::mem::size_of::<crosscheck::findings::SubjectFinding>()
    );
    freed("  views in clusters", || {
        for s in &mut findings.subjects {
            for g in &mut s.groups {
                for k in &mut g.clusters {
                    k.claims = Vec::new();
                    k.compatible = Vec::new();
                }
            }
            s.set_aside = Vec::new();
        }
    });
    freed("  support origins, cluster values", || {
        for s in &mut findings.subjects {
            for g in &mut s.groups {
                for k in &mut g.clusters {
                    k.support.origins = Vec::new();
                    k.value = String::new();
                }
            }
        }
    });
    freed("  conflicts, periods", || {
        for s in &mut findings.subjects {
            for g in &mut s.groups {
                g.conflict = None;
                g.period = None;
            }
        }
    });
    freed("  clusters", || {
        for s in &mut findings.subjects {
            for g in &mut s.groups {
                g.clusters = Vec::new();
            }
        }
    });
    let groups: usize = findings.subjects.iter().map(|s| s.groups.len()).sum();
    let resolved: usize = findings.subjects.iter().map(|s| s.resolved.len()).sum();
    println!(
        "  {groups} groups of {} B, {resolved} resolved",
        std::mem::size_of::<crosscheck::findings::Group>()
    );
    freed("  groups", || {
        for s in &mut findings.subjects {
            s.groups = Vec::new();
            s.resolved = Vec::new();
            s.preferred = None;
        }
    });
    findings
}

fn main() {
    let root = std::env::args().nth(1).expect("usage: memory FACTS_DIR");
    step("start");
    let input = read(Path::new(&root));
    let claims_text: usize = input.claims.iter().map(|f| f.text.len()).sum();
    let texts: usize = input.texts.values().map(String::len).sum();
    println!(
        "(claims files {:.1} MB of text, archived texts {:.1} MB)",
        mb(claims_text),
        mb(texts)
    );
    step("read (Input)");
    // What the parsed trees of every claims file hold when all are kept at once.
    let parsed: Vec<crosscheck::model::ClaimsFile> = input
        .claims
        .iter()
        .filter_map(|f| crosscheck::yaml::from_str(&f.text).ok())
        .collect();
    step("every claims file parsed, all held");
    drop(parsed);
    step("parsed files dropped");
    let mut input = input;
    let loaded = crosscheck::load::load_mut(&mut input);
    let n = loaded.corpus.claims.len();
    step(&format!("load_mut ({n} claims)"));
    freed("archived texts", || input.texts = Default::default());
    freed("claims files (their texts emptied)", || {
        input.claims = Vec::new()
    });
    freed("the rest of Input", || drop(input));
    step("after dropping Input");
    let findings = crosscheck::compare_and_flag(&loaded.corpus);
    step("compare (findings held)");
    let findings = findings_parts(findings);
    freed("  the rest of the findings", || drop(findings));
    let mut corpus = loaded.corpus;
    freed("diagnostics", || drop(loaded.diagnostics));
    let before = LIVE.load(Ordering::Relaxed);
    freed("claims", || corpus.claims = Vec::new());
    let per_claim = (before - LIVE.load(Ordering::Relaxed)) as f64 / n.max(1) as f64;
    println!(
        "  (claims: {per_claim:.0} B per claim, of which {} B the struct)",
        std::mem::size_of::<crosscheck::model::Claim>()
    );
    freed("subjects", || corpus.subjects = Vec::new());
    freed("sources", || corpus.sources = Vec::new());
    freed("the rest of the corpus", || drop(corpus));
    step("end");
}
