//! The phases of a command (reading, loading and validating, comparing): a progress bar
//! or spinner on standard error for a phase that lasts more than a second, only when
//! standard error is a terminal (never in CI logs or pipes), and the phases' wall-clock
//! times, printed on standard error when `CROSSCHECK_TIMINGS` is set (for the scale
//! benchmark, `bench/scale.sh`).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The times of the phases finished so far, in order.
static TIMES: Mutex<Vec<(&'static str, Duration)>> = Mutex::new(Vec::new());

/// How long a phase runs before its bar is shown.
const DELAY: Duration = Duration::from_secs(1);

/// A phase under way; its time is recorded and its bar cleared when it is dropped.
pub struct Phase {
    name: &'static str,
    start: Instant,
    bar: Option<(ProgressBar, Arc<AtomicBool>)>,
}

/// Starts the phase `name` ("read", "load+validate", "compare"), described to the user as
/// `what`; with `len`, a bar of that many steps (see [`Phase::inc`]), else a spinner.
pub fn phase(name: &'static str, what: &'static str, len: Option<u64>) -> Phase {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = match len {
            Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::hidden())
                .with_style(
                    ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} ({elapsed})")
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()).with_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            ),
        }
        .with_message(what);
        let done = Arc::new(AtomicBool::new(false));
        let (b, d) = (bar.clone(), done.clone());
        // Shown only if the phase is still running after DELAY.
        std::thread::spawn(move || {
            std::thread::sleep(DELAY);
            if !d.load(Ordering::Relaxed) {
                b.set_draw_target(ProgressDrawTarget::stderr());
                b.enable_steady_tick(Duration::from_millis(120));
            }
        });
        (bar, done)
    });
    Phase {
        name,
        start: Instant::now(),
        bar,
    }
}

impl Phase {
    /// One step of a phase started with a length done.
    pub fn inc(&self) {
        if let Some((bar, _)) = &self.bar {
            bar.inc(1);
        }
    }
}

impl Drop for Phase {
    fn drop(&mut self) {
        if let Some((bar, done)) = &self.bar {
            done.store(true, Ordering::Relaxed);
            bar.finish_and_clear();
        }
        if let Ok(mut t) = TIMES.lock() {
            t.push((self.name, self.start.elapsed()));
        }
    }
}

/// Prints every phase's time and the rest of the run (`started` is when the command
/// began) as one line on standard error, when `CROSSCHECK_TIMINGS` is set.
pub fn report(started: Instant) {
    if std::env::var_os("CROSSCHECK_TIMINGS").is_none() {
        return;
    }
    let total = started.elapsed();
    let times = TIMES.lock().map(|t| t.clone()).unwrap_or_default();
    let phases: Duration = times.iter().map(|(_, d)| *d).sum();
    let mut line: Vec<String> = times
        .iter()
        .map(|(n, d)| format!("{n}={:.3}", d.as_secs_f64()))
        .collect();
    line.push(format!(
        "rest={:.3}",
        total.saturating_sub(phases).as_secs_f64()
    ));
    line.push(format!("total={:.3}", total.as_secs_f64()));
    eprintln!("timings: {}", line.join(" "));
}
