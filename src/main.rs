//! The crosscheck binary: command line, file I/O, rendering and exit codes. The logic lives
//! in the library (`src/lib.rs`).

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
