//! Finding the inputs: files, directories (recursed), stdin.

use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read when recursing a directory.
const EXTENSIONS: &[&str] = &["html", "htm", "txt", "xhtml", "gz"];

/// One input to process.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The name reported as the document's `source`.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// Reads the input's bytes (gunzipping `.gz` files).
    pub(crate) fn read(&self) -> Result<Vec<u8>, String> {
        match self {
            Input::Stdin => crate::read_stdin().map_err(|e| format!("cannot read stdin: {e}")),
            Input::File(p) => {
                let bytes = std::fs::read(p).map_err(|e| format!("cannot read: {e}"))?;
                if p.extension().is_some_and(|e| e == "gz") {
                    let mut out = Vec::new();
                    flate2::read::MultiGzDecoder::new(&bytes[..])
                        .read_to_end(&mut out)
                        .map_err(|e| format!("cannot gunzip: {e}"))?;
                    Ok(out)
                } else {
                    Ok(bytes)
                }
            }
        }
    }
}

/// The inputs found, and how many paths could not be used.
#[derive(Debug, Default)]
pub(crate) struct Inputs {
    pub(crate) inputs: Vec<Input>,
    pub(crate) failed: usize,
}

/// Expands `paths` into inputs, in the order given (directory entries
/// sorted by name). Problems are reported through `warn` and counted.
pub(crate) fn collect(paths: &[PathBuf], warn: &mut dyn FnMut(String)) -> Inputs {
    let mut found = Inputs::default();
    if paths.is_empty() {
        found.inputs.push(Input::Stdin);
        return found;
    }
    for path in paths {
        if path.as_os_str() == "-" {
            found.inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &mut found, warn);
        } else if path.exists() {
            found.inputs.push(Input::File(path.clone()));
        } else {
            warn(format!("{}: no such file or directory", path.display()));
            found.failed += 1;
        }
    }
    found
}

/// Recurses a directory with an explicit stack (no recursion on depth).
fn walk(root: &Path, found: &mut Inputs, warn: &mut dyn FnMut(String)) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) => {
                warn(format!("{}: cannot read directory: {e}", dir.display()));
                found.failed += 1;
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        let mut subdirs = Vec::new();
        for p in paths {
            if p.is_dir() {
                subdirs.push(p);
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                if p.exists() {
                    found.inputs.push(Input::File(p));
                } else {
                    warn(format!("{}: broken symbolic link", p.display()));
                    found.failed += 1;
                }
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
}
