//! The command-line front end: one file per subcommand, each with its `Args` and `run`.

pub mod batch;
pub mod check;
pub mod eval;
pub mod extract;
pub mod segment;
pub mod show;

/// What a finished subcommand tells `main` about the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked: exit 0.
    Ok,
    /// A check or a threshold failed: exit 1.
    Failed,
    /// Some inputs could not be read (they got error lines): exit 2.
    InputErrors,
}
