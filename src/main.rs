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
    no_huge_pages();
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

/// No transparent huge pages for this process (decision 130): mimalloc asks for them
/// (`madvise`) on its arenas, and the kernel then zeroes a whole 2 MB page at the first touch
/// of any byte of it: at 100k claims that zeroing was the top symbol of `check`'s profile
/// (`clear_page_erms`, 16% of samples), and turning it off took `check` from 0.18–0.64 to
/// 0.12–0.15 s of system time and its peak ~25 MB lower (docs/scale.md, branch
/// scalecheck). `MIMALLOC_ALLOW_THP`, when set, is obeyed instead (mimalloc reads it).
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory of ours; a
        // kernel without it returns an error, which leaves things as they were.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(target_os = "linux")]
    fn huge_pages_are_turned_off_unless_mimalloc_is_told_otherwise() {
        if std::env::var_os("MIMALLOC_ALLOW_THP").is_some() {
            return;
        }
        no_huge_pages();
        // SAFETY: reads this process's flag; touches no memory.
        assert_eq!(
            unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) },
            1
        );
    }

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
