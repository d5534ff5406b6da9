//! The library's error type: what failed, with the context a person needs to find it.

use std::fmt;
use std::path::PathBuf;

/// What kind of failure an [`Error`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A path that does not exist or cannot be opened.
    NotFound,
    /// Reading or writing failed.
    Io,
    /// A JSONL line is not valid JSON, or a JSON file does not hold what it should.
    NotJson,
    /// A JSONL object lacks the text field, or it is not a string.
    NoTextField,
    /// The input looks like binary data, not text.
    Binary,
    /// The command line asks for something impossible.
    Usage,
    /// A gold or fixture file does not match its text.
    BadGold,
}

impl ErrorKind {
    /// The short machine-readable name written into error lines.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::Io => "io",
            ErrorKind::NotJson => "not_json",
            ErrorKind::NoTextField => "no_text_field",
            ErrorKind::Binary => "binary",
            ErrorKind::Usage => "usage",
            ErrorKind::BadGold => "bad_gold",
        }
    }
}

/// An error with its kind, a message for a person, and where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What kind of failure this is.
    pub kind: ErrorKind,
    /// What happened, written for a person.
    pub message: String,
    /// The file involved, if any.
    pub path: Option<PathBuf>,
    /// The 1-based line in that file, if known.
    pub line: Option<u64>,
    /// The id of the document it concerns, when that much could be read.
    pub id: Option<String>,
}

impl Error {
    /// An error of `kind` with `message` and no location.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, message: message.into(), path: None, line: None, id: None }
    }

    /// The same error, located in `path`.
    pub fn at(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }

    /// The same error, located at 1-based `line`.
    pub fn line(mut self, line: u64) -> Error {
        self.line = Some(line);
        self
    }

    /// The same error, about the document with this id.
    pub fn doc(mut self, id: impl Into<String>) -> Error {
        self.id = Some(id.into());
        self
    }

    /// An I/O error on `path`, classified as not found or plain I/O.
    pub fn io(err: std::io::Error, path: impl Into<PathBuf>) -> Error {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => ErrorKind::NotFound,
            _ => ErrorKind::Io,
        };
        Error::new(kind, err.to_string()).at(path)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for Error {}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;
