//! The crate's one error type.
//!
//! "Nothing found" and malformed markup are not errors: they give a
//! [`Document`](crate::Document) with what could be found. `Err` is only for
//! bad options, exceeded limits and input that cannot be read as text.

/// Why an input could not be turned into a [`Document`](crate::Document).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty (or only whitespace).
    #[error("empty input")]
    Empty,
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    #[error("input of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input looks like binary data, not a page or text.
    #[error("binary data, not a page: {reason}")]
    Binary {
        /// What gave it away.
        reason: &'static str,
    },
    /// The caller named a charset that is not known.
    #[error("unknown charset {0:?}")]
    UnknownCharset(String),
    /// An option has a value that cannot be used.
    #[error("invalid option: {0}")]
    InvalidOption(String),
}

impl Error {
    /// Whether the error comes from a limit in [`Limits`](crate::Limits).
    pub fn is_limit(&self) -> bool {
        matches!(self, Error::TooLarge { .. })
    }

    /// Whether the input could not be decoded as text.
    pub fn is_decode(&self) -> bool {
        matches!(
            self,
            Error::Binary { .. } | Error::UnknownCharset(_) | Error::Empty
        )
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
