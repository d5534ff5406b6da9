//! `quarry check`: re-extract fixture articles and compare with their expected records.
//!
//! Prints `ok   slug` or `FAIL slug` per fixture, each failure followed by its differences
//! indented, and a last line `N passed, M failed`; exits 1 on any failure. With `--bless`
//! it writes the expected files instead and says which it wrote.

use std::io::Write;
use std::path::PathBuf;

use quarry::check::{self, FixtureStatus};
use quarry::{Error, ErrorKind};

use crate::cmd::Outcome;

/// Arguments of `quarry check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of fixture articles (`<slug>.txt`) with `<slug>.expected.json` beside them.
    #[arg(value_name = "FIXTURES_DIR")]
    pub dir: PathBuf,
    /// Write the expected files from the current output instead of comparing (review the
    /// change with `git diff`).
    #[arg(long)]
    pub bless: bool,
}

/// Runs `quarry check`.
pub fn run(args: Args) -> quarry::Result<Outcome> {
    let report = check::check_dir(&args.dir, args.bless)?;
    let mut out = std::io::stdout().lock();
    let mut text = String::new();
    for fixture in &report.fixtures {
        let slug = &fixture.slug;
        let (label, details): (&str, Vec<String>) = match &fixture.status {
            FixtureStatus::Passed => ("ok  ", vec![]),
            FixtureStatus::Failed(diffs) => ("FAIL", diffs.iter().map(ToString::to_string).collect()),
            FixtureStatus::Problem(problem) => ("FAIL", vec![problem.clone()]),
            FixtureStatus::Stale if report.bless => {
                ("stale", vec![format!("{slug}.expected.json has no article {slug}.txt; remove it by hand")])
            }
            FixtureStatus::Stale => ("FAIL", vec![format!("{slug}.expected.json has no article {slug}.txt")]),
            FixtureStatus::Created => ("new ", vec![format!("wrote {slug}.expected.json")]),
            FixtureStatus::Updated(diffs) => {
                let mut lines = vec![format!("rewrote {slug}.expected.json:")];
                lines.extend(diffs.iter().map(ToString::to_string));
                ("upd ", lines)
            }
            FixtureStatus::Replaced(problem) => ("upd ", vec![format!("rewrote {slug}.expected.json ({problem})")]),
        };
        text.push_str(&format!("{label} {slug}\n"));
        for line in details {
            text.push_str(&format!("    {line}\n"));
        }
    }
    if report.bless {
        let written: Vec<&str> = report.written().map(|f| f.slug.as_str()).collect();
        if written.is_empty() {
            text.push_str("no expected files written: all matched\n");
        } else {
            text.push_str(&format!("wrote {} expected files: {}\n", written.len(), written.join(", ")));
        }
    }
    text.push_str(&format!("{} passed, {} failed\n", report.passed(), report.failed()));
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Error::new(ErrorKind::Io, format!("writing to standard output: {e}")))?;

    if report.fixtures.is_empty() {
        let _ = writeln!(std::io::stderr(), "quarry: no fixture articles (*.txt) in {}", args.dir.display());
        return Ok(if report.bless { Outcome::Ok } else { Outcome::Failed });
    }
    Ok(if report.success() { Outcome::Ok } else { Outcome::Failed })
}
