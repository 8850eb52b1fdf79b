//! End-to-end tests of the `summitry` binary.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_summitry"))
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

#[test]
fn jsonl_one_line_per_input_in_order() {
    let seeds = fixtures().join("seeds");
    for jobs in ["1", "2"] {
        let out = bin()
            .args(["extract", "--format", "jsonl", "-j", jobs])
            .arg(&seeds)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let sources: Vec<String> = stdout
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["source"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(sources.len(), 5);
        let mut sorted = sources.clone();
        sorted.sort();
        assert_eq!(sources, sorted, "input order kept with -j {jobs}");
    }
}

#[test]
fn bad_files_are_reported_and_the_run_goes_on() {
    let dir = std::env::temp_dir().join(format!("summitry-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good =
        "Leaders meet\n\nThe two leaders met in Geneva on Thursday and agreed to talk again.\n";
    std::fs::write(dir.join("a_good.txt"), good).unwrap();
    std::fs::write(dir.join("b_empty.txt"), "").unwrap();
    std::fs::write(
        dir.join("c_binary.html"),
        (0u8..=255).cycle().take(5000).collect::<Vec<u8>>(),
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.html"), dir.join("d_broken.html")).unwrap();
    std::fs::write(
        dir.join("e_good.html"),
        "<p>The ministers met in Paris on Monday to discuss trade ties.</p>",
    )
    .unwrap();
    // Unreadable by permissions (root reads it anyway, so only counted when it fails).
    let locked = dir.join("f_locked.txt");
    std::fs::write(&locked, good).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let locked_fails = std::fs::read(&locked).is_err();
    std::fs::write(dir.join("g_good.txt"), good).unwrap();
    std::fs::write(dir.join("notes.md"), "not an input").unwrap();

    let out = bin()
        .args(["extract", "--format", "jsonl", "-j", "2"])
        .arg(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let good_lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let expected_good = if locked_fails { 3 } else { 4 };
    assert_eq!(good_lines.len(), expected_good, "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    let expected_bad = if cfg!(unix) { 3 } else { 2 } + usize::from(locked_fails);
    assert_eq!(stderr.lines().count(), expected_bad, "{stderr}");
    assert!(stderr.contains("b_empty.txt") && stderr.contains("c_binary.html"));
    assert!(!stderr.contains("panicked"));
}

#[test]
fn usage_error_exits_2() {
    let out = bin()
        .args(["extract", "--format", "yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin()
        .args(["extract", "--date", "yesterday", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_and_text_format() {
    use std::io::Write;
    let mut child = bin()
        .args(["extract", "--format", "text"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"<html><head><title>Hi</title></head><body><p>A paragraph of body text for the test.</p></body></html>").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("title:") && s.contains("meetings:"));
}
