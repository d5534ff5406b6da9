//! The one integration-test binary: it drives the real `quarry` binary.
//! One module per subcommand or concern; `regression.rs` holds one test per bug found.

mod bad_input;
mod brat;
mod check;
mod claims;
mod eval;
mod extract;
mod progress;
mod quotes;
mod regression;
mod segment;
mod show;
mod tables;
mod util;
