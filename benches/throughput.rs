//! Throughput benches over real pages: `parse_floor` (an html5ever parse plus
//! a walk of every text node — the unavoidable cost), `article` (body and
//! metadata), `pipeline` (everything), and on the same pages' text dumps
//! `text_article` (the text path's body and metadata) and `text_pipeline`
//! (everything from text).
//!
//! Pages come from `../shared/corpus/readability/html` when present, else
//! from `tests/fixtures/html`. Run with `cargo bench`; CI runs
//! `cargo bench -- --test` to check the benches still work.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn corpus() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = root.join("../shared/corpus/readability/html");
    let dir = if shared.is_dir() {
        shared
    } else {
        root.join("tests/fixtures/html")
    };
    read_dir(&dir, "html")
}

fn read_dir(dir: &Path, ext: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == ext));
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

fn text_corpus() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = root.join("../shared/corpus/readability/text-browser");
    if shared.is_dir() {
        read_dir(&shared, "txt")
    } else {
        read_dir(&root.join("tests/fixtures/seeds"), "txt")
    }
}

fn parse_floor(page: &str) -> usize {
    let doc = scraper::Html::parse_document(page);
    let mut n = 0;
    for node in doc.tree.root().descendants() {
        if let scraper::Node::Text(t) = node.value() {
            n += t.len();
        }
    }
    n
}

fn bench_corpus(c: &mut Criterion) {
    let pages = corpus();
    let strings: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();
    let texts = text_corpus();
    let text_bytes: u64 = texts.iter().map(|p| p.len() as u64).sum();
    let opts = summitry::Options::new();
    let text_opts = summitry::Options::new().with_input(summitry::InputFormat::Text);

    let mut g = c.benchmark_group("corpus");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::new("parse_floor", pages.len()), |b| {
        b.iter(|| strings.iter().map(|s| parse_floor(s)).sum::<usize>())
    });
    g.bench_function(BenchmarkId::new("article", pages.len()), |b| {
        b.iter(|| {
            strings
                .iter()
                .map(|s| summitry::article_from_html(s, &opts).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("pipeline", pages.len()), |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    summitry::extract(p, &opts)
                        .map(|d| d.meetings.len() + d.quotes.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(text_bytes));
    let text_strings: Vec<String> = texts
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    g.bench_function(BenchmarkId::new("text_article", texts.len()), |b| {
        b.iter(|| {
            text_strings
                .iter()
                .map(|s| summitry::article_from_text(s, &text_opts).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("text_pipeline", texts.len()), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|p| {
                    summitry::extract(p, &text_opts)
                        .map(|d| d.article.text.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

/// Per-stage breakdown over the same corpus, so a regression points at its
/// stage: decode+parse, content, metadata, sentences, people, quotes, meetings.
fn bench_stages(c: &mut Criterion) {
    let pages = corpus();
    let strings: Vec<String> = pages
        .iter()
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();
    let opts = summitry::Options::new();
    let doms: Vec<scraper::Html> = strings
        .iter()
        .map(|s| summitry::parse_html(s, &opts))
        .collect();
    let metas: Vec<summitry::Article> = doms
        .iter()
        .map(|d| summitry::metadata_from_dom(d, &opts))
        .collect();
    let texts: Vec<String> = strings
        .iter()
        .map(|s| summitry::article_from_html(s, &opts).text)
        .collect();
    let people: Vec<Vec<summitry::Person>> = texts.iter().map(|t| summitry::people(t)).collect();

    let mut g = c.benchmark_group("stages");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(4))
        .warm_up_time(Duration::from_millis(500));
    g.throughput(Throughput::Bytes(bytes));
    let n = pages.len();
    g.bench_function(BenchmarkId::new("parse", n), |b| {
        b.iter(|| {
            strings
                .iter()
                .map(|s| summitry::parse_html(s, &opts).tree.nodes().count())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("content", n), |b| {
        b.iter(|| {
            doms.iter()
                .zip(&metas)
                .map(|(d, m)| summitry::body_from_dom(d, m.title.as_deref()).text.len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("metadata", n), |b| {
        b.iter(|| {
            doms.iter()
                .map(|d| summitry::metadata_from_dom(d, &opts).authors.len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("sentences", n), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| summitry::sentences(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("people", n), |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| summitry::people(t).len())
                .sum::<usize>()
        })
    });
    g.bench_function(BenchmarkId::new("quotes", n), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&people)
                .map(|(t, p)| summitry::quotes(t, p).len())
                .sum::<usize>()
        })
    });
    let quotes: Vec<_> = texts
        .iter()
        .zip(&people)
        .map(|(t, p)| summitry::quotes(t, p))
        .collect();
    // Like content (which is given a parsed DOM), meetings is given every
    // earlier stage's output: the sentence split is the sentences stage's cost.
    let spans: Vec<_> = texts.iter().map(|t| summitry::sentences(t)).collect();
    g.bench_function(BenchmarkId::new("meetings", n), |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&spans)
                .zip(&people)
                .zip(&quotes)
                .map(|(((t, s), p), q)| summitry::meetings_from_parts(t, s, p, q, None).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// A story page of `n` copies of the seed paragraphs, HTML and text.
fn scaled_pages(n: usize) -> (String, String) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed = std::fs::read_to_string(root.join("tests/fixtures/seeds/003_c5b0cc2249bda6b4.txt"))
        .unwrap_or_default();
    let paras: Vec<&str> = seed.lines().filter(|l| l.len() > 80).collect();
    let mut html = String::from(
        "<html><head><title>Scaling</title></head><body><nav><a href=\"/\">Home</a></nav><article>",
    );
    let mut text = String::from("Scaling\n\n");
    for _ in 0..n {
        for p in &paras {
            html.push_str("<p>");
            html.push_str(p);
            html.push_str("</p>");
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    html.push_str("</article><footer>Footer</footer></body></html>");
    (html, text)
}

/// Time per byte must stay flat as a page doubles in size 4 times: compare
/// the MB/s of each size in the report (no stage may be superlinear).
fn bench_scaling(c: &mut Criterion) {
    let opts = summitry::Options::new();
    let text_opts = summitry::Options::new().with_input(summitry::InputFormat::Text);
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_millis(500));
    for n in [4usize, 8, 16, 32, 64] {
        let (html, text) = scaled_pages(n);
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_function(BenchmarkId::new("html_pipeline", n), |b| {
            b.iter(|| {
                summitry::extract(html.as_bytes(), &opts)
                    .map(|d| d.quotes.len())
                    .unwrap_or(0)
            })
        });
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::new("text_pipeline", n), |b| {
            b.iter(|| {
                summitry::extract(text.as_bytes(), &text_opts)
                    .map(|d| d.quotes.len())
                    .unwrap_or(0)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_corpus, bench_stages, bench_scaling);
criterion_main!(benches);
