//! Command-line arguments: parsing and validation only, no I/O.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Reads news pages and prints the article, people, meetings and quotes.
#[derive(Debug, Parser)]
#[command(name = "summitry", version, about)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Extract article, people, meetings and quotes from pages.
    Extract(ExtractArgs),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// One pretty JSON object (an array when several inputs).
    Json,
    /// One JSON object per line, one line per input.
    Jsonl,
    /// A readable summary.
    Text,
}

/// How to read inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputArg {
    /// Detect from the content.
    Auto,
    /// HTML pages.
    Html,
    /// Plain-text dumps.
    Text,
}

/// Arguments of `summitry extract`.
#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    /// Files or directories (recursed: .html, .htm, .txt, .gz); stdin when none or `-`.
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "json")]
    pub(crate) format: Format,
    /// Reference date (YYYY-MM-DD) that relative dates resolve against.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) date: Option<String>,
    /// URL of the page (when a single page is given).
    #[arg(long)]
    pub(crate) url: Option<String>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "auto")]
    pub(crate) input: InputArg,
    /// Charset of the inputs when known (e.g. windows-1252).
    #[arg(long)]
    pub(crate) charset: Option<String>,
    /// Also report reported speech without quotation marks as `indirect` quotes.
    #[arg(long)]
    pub(crate) indirect_quotes: bool,
    /// Files processed in parallel (default: number of cores).
    #[arg(short = 'j', long)]
    pub(crate) jobs: Option<usize>,
    /// Write output to FILE instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

impl ExtractArgs {
    /// The library options these arguments ask for.
    pub(crate) fn options(&self) -> anyhow::Result<summitry::Options> {
        let mut opts = summitry::Options::new().with_input(match self.input {
            InputArg::Auto => summitry::InputFormat::Auto,
            InputArg::Html => summitry::InputFormat::Html,
            InputArg::Text => summitry::InputFormat::Text,
        });
        if let Some(d) = &self.date {
            let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|e| anyhow::anyhow!("--date {d:?} is not YYYY-MM-DD: {e}"))?;
            opts = opts.with_reference_date(Some(date));
        }
        if let Some(u) = &self.url {
            opts = opts.with_url(u.clone());
        }
        if let Some(c) = &self.charset {
            opts = opts.with_charset(c.clone());
        }
        opts = opts.with_indirect_quotes(self.indirect_quotes);
        if self.jobs == Some(0) {
            anyhow::bail!("--jobs must be at least 1");
        }
        Ok(opts)
    }
}
