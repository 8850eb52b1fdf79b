//! Writing documents as JSON, JSON lines or a readable summary.

use std::io::{self, Write};

use summitry::{Document, MeetingKind, MeetingStatus};

use crate::args::Format;

/// Writes one document in `format`. `many` and `first` place the commas of
/// a JSON array.
pub(crate) fn write(
    out: &mut dyn Write,
    doc: &Document,
    format: Format,
    many: bool,
    first: bool,
) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            // Serialize fully before writing so an error never leaves half a line.
            let line = serde_json::to_string(doc).map_err(io::Error::other)?;
            writeln!(out, "{line}")
        }
        Format::Json => {
            let json = serde_json::to_string_pretty(doc).map_err(io::Error::other)?;
            if many && !first {
                writeln!(out, ",")?;
            }
            if many {
                write!(out, "{json}")
            } else {
                writeln!(out, "{json}")
            }
        }
        Format::Text => text(out, doc),
    }
}

fn text(out: &mut dyn Write, doc: &Document) -> io::Result<()> {
    let a = &doc.article;
    let dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    writeln!(out, "== {}", doc.source.as_deref().unwrap_or("-"))?;
    writeln!(out, "title:     {}", dash(&a.title))?;
    writeln!(out, "published: {}", dash(&a.published))?;
    writeln!(out, "site:      {}", dash(&a.site_name))?;
    writeln!(
        out,
        "authors:   {}",
        if a.authors.is_empty() {
            "-".into()
        } else {
            a.authors.join("; ")
        }
    )?;
    writeln!(
        out,
        "body:      {} blocks, {} bytes",
        a.blocks.len(),
        a.text.len()
    )?;
    writeln!(out, "people:")?;
    for p in &doc.people {
        let extra: Vec<&str> = [p.role.as_deref(), p.country.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        writeln!(
            out,
            "  {} ({}), {} mentions",
            p.name,
            extra.join(", "),
            p.mentions.len()
        )?;
    }
    writeln!(out, "meetings:")?;
    writeln!(
        out,
        "  {:<10} {:<12} {:<12} {:<16} participants",
        "status", "kind", "date", "location"
    )?;
    for m in &doc.meetings {
        let parts: Vec<String> = m
            .participants
            .iter()
            .map(|p| {
                p.name
                    .clone()
                    .or_else(|| p.country.clone().map(|c| format!("[{c}]")))
                    .unwrap_or_else(|| "?".into())
            })
            .collect();
        let date = m
            .date
            .as_ref()
            .map(|d| d.value.clone().unwrap_or_else(|| d.text.clone()))
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<10} {:<12} {:<12} {:<16} {}",
            status(m.status),
            kind(m.kind),
            date,
            m.location.as_deref().unwrap_or("-"),
            parts.join(" – ")
        )?;
    }
    writeln!(out, "quotes:")?;
    for q in &doc.quotes {
        let who = q
            .speaker
            .as_ref()
            .and_then(|s| s.name.clone())
            .unwrap_or_else(|| "?".into());
        writeln!(out, "  {who} ← “{}”", q.text)?;
    }
    writeln!(out)
}

fn status(s: MeetingStatus) -> &'static str {
    match s {
        MeetingStatus::Held => "held",
        MeetingStatus::Planned => "planned",
        MeetingStatus::Proposed => "proposed",
        MeetingStatus::Cancelled => "cancelled",
    }
}

fn kind(k: MeetingKind) -> &'static str {
    match k {
        MeetingKind::Bilateral => "bilateral",
        MeetingKind::Multilateral => "multilateral",
        MeetingKind::Call => "call",
        MeetingKind::Visit => "visit",
    }
}
