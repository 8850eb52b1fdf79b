//! `summitry`: the command-line face of the summitry library.
//!
//! `summitry extract [OPTIONS] [PATHS...]` reads files, directories
//! (recursed) or stdin and prints one JSON document per input.

mod args;
mod inputs;
mod render;

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use args::{Cli, Command, ExtractArgs, Format};
use inputs::Input;

/// Inputs per batch: results are written in input order batch by batch, so
/// memory stays flat however many files there are.
const BATCH: usize = 16;

/// Fewest inputs for which a progress bar is shown (on a terminal).
const PROGRESS_MIN_INPUTS: usize = 20;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("summitry: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Runs the command; `Ok(false)` when some input failed.
fn run(cli: Cli) -> anyhow::Result<bool> {
    match cli.command {
        Command::Extract(args) => extract(args),
    }
}

fn extract(args: ExtractArgs) -> anyhow::Result<bool> {
    let opts = args.options()?;
    let inputs = inputs::collect(&args.paths, &mut |msg| eprintln!("summitry: {msg}"));
    let mut ok = inputs.failed == 0;
    let inputs = inputs.inputs;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()?;

    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(io::BufWriter::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let progress = (inputs.len() >= PROGRESS_MIN_INPUTS && io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(inputs.len() as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files, {per_sec}, eta {eta}")
        {
            bar.set_style(style);
        }
        bar
    });

    let many = inputs.len() != 1;
    let mut first = true;
    if args.format == Format::Json && many {
        writeln!(out, "[")?;
    }
    for batch in inputs.chunks(BATCH) {
        let results: Vec<(String, Result<summitry::Document, String>)> = pool.install(|| {
            batch
                .par_iter()
                .map(|input| process(input, &opts))
                .collect()
        });
        for (name, result) in results {
            if let Some(bar) = &progress {
                bar.inc(1);
            }
            match result {
                Ok(doc) => {
                    render::write(&mut out, &doc, args.format, many, first)?;
                    first = false;
                }
                Err(msg) => {
                    ok = false;
                    let line = format!("summitry: {name}: {msg}");
                    match &progress {
                        Some(bar) => bar.println(line),
                        None => eprintln!("{line}"),
                    }
                }
            }
        }
    }
    if args.format == Format::Json && many {
        writeln!(out, "\n]")?;
    }
    out.flush()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(ok)
}

/// Reads and extracts one input; errors become a one-line message.
fn process(
    input: &Input,
    opts: &summitry::Options,
) -> (String, Result<summitry::Document, String>) {
    let name = input.name();
    let bytes = match input.read() {
        Ok(b) => b,
        Err(e) => return (name, Err(e)),
    };
    let mut o = opts.clone();
    if o.url.is_none() {
        o.url = Some(name.clone());
    }
    let result = summitry::extract(&bytes, &o)
        .map_err(|e| e.to_string())
        .map(|mut doc| {
            doc.source = Some(name.clone());
            if opts.url.is_none() && doc.article.url.as_deref() == Some(name.as_str()) {
                doc.article.url = None;
            }
            doc
        });
    (name, result)
}

/// Reads all of stdin.
pub(crate) fn read_stdin() -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    io::stdin().lock().read_to_end(&mut buf)?;
    Ok(buf)
}
