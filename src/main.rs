//! The crosscheck binary: command line, file I/O, rendering and exit codes. The logic lives
//! in the library (`src/lib.rs`).

mod cli;

fn main() -> std::process::ExitCode {
    one_malloc_arena();
    cli::main()
}

/// glibc's allocator gives each thread that allocates its own arena, and memory freed in
/// one arena is not reused by another: what the parsing threads allocate and the main
/// thread frees stays resident. One arena keeps a large run's peak ~30% lower (docs/scale.md,
/// "Memory"); the threads' own caches keep most allocations off its lock. An arena count
/// set in `MALLOC_ARENA_MAX` is left as it is.
fn one_malloc_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: called before any other thread exists; mallopt only sets a parameter.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 1);
        }
    }
}
