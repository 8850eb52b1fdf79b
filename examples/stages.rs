//! Times each pipeline stage on one page: where does the time go?
//!
//! ```sh
//! cargo run --release --example stages -- page.html [--text]
//! ```

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: stages FILE [--text]")?;
    let text_input = args.next().as_deref() == Some("--text");
    let bytes = std::fs::read(&path)?;
    let src = String::from_utf8_lossy(&bytes);
    let opts = summitry::Options::new();
    let t = Instant::now();
    let parsed = scraper::Html::parse_document(&src);
    println!("parse (html5ever) {:>10.1?}", t.elapsed());
    drop(parsed);
    let t = Instant::now();
    let article = if text_input {
        summitry::article_from_text(&src, &opts)
    } else {
        summitry::article_from_html(&src, &opts)
    };
    println!(
        "article           {:>10.1?}  ({} bytes of body)",
        t.elapsed(),
        article.text.len()
    );
    let text = article.text.as_str();
    let t = Instant::now();
    let sentences = summitry::sentences(text);
    println!(
        "sentences         {:>10.1?}  ({})",
        t.elapsed(),
        sentences.len()
    );
    let t = Instant::now();
    let people = summitry::people(text);
    println!(
        "people (+sent.)   {:>10.1?}  ({})",
        t.elapsed(),
        people.len()
    );
    let t = Instant::now();
    let quotes = summitry::quotes(text, &people);
    println!(
        "quotes (+sent.)   {:>10.1?}  ({})",
        t.elapsed(),
        quotes.len()
    );
    let t = Instant::now();
    let meetings = summitry::meetings(text, &people, None);
    println!(
        "meetings (+sent.) {:>10.1?}  ({})",
        t.elapsed(),
        meetings.len()
    );
    Ok(())
}
