//! The crosscheck binary: command line, file I/O, rendering and exit codes. The logic lives
//! in the library (`src/lib.rs`).

mod cli;

/// mimalloc, not glibc's malloc: thread-local heaps without a shared lock, and freed memory
/// reused across threads (decision 102; docs/scale.md, "Memory"). The library sets
/// nothing: an embedding program chooses its allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
