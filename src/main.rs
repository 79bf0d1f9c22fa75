//! The crosscheck binary: command line, file I/O, rendering and exit codes. The logic lives
//! in the library (`src/lib.rs`).

mod cli;

/// mimalloc, not glibc's malloc: thread-local heaps without a shared lock, and freed memory
/// reused across threads (decision 102; docs/scale.md, "Memory"). The library sets
/// nothing: an embedding program chooses its allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    keep_freed_memory();
    cli::main()
}

/// mimalloc's `mi_option_purge_delay`, which the crate does not name: in the C enum it
/// comes right before `mi_option_use_numa_nodes` (a test pins it there).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory is kept for reuse instead of being returned to the system 10 ms later and
/// zeroed again by the kernel when touched anew: a run is short and its peak barely moves
/// (decision 102). `MIMALLOC_PURGE_DELAY`, when set, is obeyed instead.
fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's documented options; -1 means "never purge".
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_precedes_its_neighbour_and_is_set() {
        assert_eq!(libmimalloc_sys::mi_option_use_numa_nodes - 1, PURGE_DELAY);
        // SAFETY: reads and sets one of mimalloc's options.
        unsafe {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, -1);
            assert_eq!(libmimalloc_sys::mi_option_get(PURGE_DELAY), -1);
        }
    }
}
