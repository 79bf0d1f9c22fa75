//! The phases of a command (reading, loading and validating, comparing, rendering): their
//! wall-clock times, printed on standard error when `CROSSCHECK_TIMINGS` is set (for the
//! scale benchmark, `bench/scale.sh`). Nothing is printed otherwise.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The times of the phases finished so far, in order.
static TIMES: Mutex<Vec<(&'static str, Duration)>> = Mutex::new(Vec::new());

/// A phase under way; its time is recorded when it is dropped.
pub struct Phase {
    name: &'static str,
    start: Instant,
}

/// Starts the phase `name` ("read", "load+validate", "compare").
pub fn phase(name: &'static str) -> Phase {
    Phase {
        name,
        start: Instant::now(),
    }
}

impl Drop for Phase {
    fn drop(&mut self) {
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
