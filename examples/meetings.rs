//! Prints the meetings and quotes of a page.
//!
//! ```sh
//! cargo run --example meetings                 # the bundled sample pages
//! cargo run --example meetings -- page.html    # your own page (HTML or text)
//! ```

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/pages");
        paths = vec![dir.join("summit.html"), dir.join("apec-sanfrancisco.txt")];
    }
    for path in paths {
        let bytes = std::fs::read(&path)?;
        let doc = summitry::extract(&bytes, &summitry::Options::new())?;
        println!("== {}", path.display());
        println!("title: {}", doc.article.title.as_deref().unwrap_or("-"));
        println!("meetings:");
        for m in &doc.meetings {
            let who: Vec<String> = m
                .participants
                .iter()
                .map(|p| {
                    p.name
                        .clone()
                        .or_else(|| p.country.clone())
                        .unwrap_or_else(|| "?".into())
                })
                .collect();
            let date = m
                .date
                .as_ref()
                .map(|d| d.value.clone().unwrap_or_else(|| d.text.clone()));
            println!(
                "  {:?} {:?}: {} | date {} | in {} | at {}",
                m.status,
                m.kind,
                who.join(" & "),
                date.as_deref().unwrap_or("-"),
                m.location.as_deref().unwrap_or("-"),
                m.occasion.as_deref().unwrap_or("-"),
            );
        }
        println!("quotes:");
        for q in &doc.quotes {
            let who = q
                .speaker
                .as_ref()
                .and_then(|s| s.name.as_deref())
                .unwrap_or("?");
            println!("  {who} ({:?}): {}", q.kind, q.text);
        }
        println!();
    }
    Ok(())
}
