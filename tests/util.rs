//! Helpers shared by the integration tests: running the binary in a scratch folder.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The path of the `quarry` binary cargo built for these tests.
pub fn quarry_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_quarry"))
}

/// The repository root (where `fixtures/` lives).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the repository, if it exists; tests that need it skip (with a
/// message on stderr) when it does not.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = repo_root().join("..").join("shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared is absent (it is not part of the repository)");
        None
    }
}

/// A fresh, empty scratch folder for one test, under the target directory.
pub struct Workdir {
    /// The folder's path.
    pub dir: PathBuf,
}

impl Workdir {
    /// Creates (or empties) a scratch folder named after the test.
    pub fn new(name: &str) -> Workdir {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("it").join(name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Workdir { dir }
    }

    /// Writes a file (creating parent folders) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// The path of `name` inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Runs `quarry` with `args` in this folder, with no standard input.
    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with_stdin(args, b"")
    }

    /// Runs `quarry` with `args` in this folder, feeding `stdin`.
    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Output {
        use std::io::Write;
        let mut child = Command::new(quarry_bin())
            .args(args)
            .current_dir(&self.dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("quarry binary runs");
        // Feed standard input from another thread, so a large input cannot fill the pipe
        // while quarry waits for its output to be read.
        let mut pipe = child.stdin.take().unwrap();
        let input = stdin.to_vec();
        let feeder = std::thread::spawn(move || {
            // quarry may exit before reading everything (an error); that is its answer.
            let _ = pipe.write_all(&input);
        });
        let output = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        output
    }
}

/// Standard output as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// Standard output parsed as JSON lines.
pub fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect()
}

/// Slices `text` by code-point offsets, as Python's `text[start:end]` does.
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The exit code, or -1 when killed by a signal.
pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// Reads a file of the repository.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}
