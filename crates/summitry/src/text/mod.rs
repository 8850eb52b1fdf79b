//! Stage 2–4 (text): split a plain-text page dump into lines, tell the story
//! from the site chrome without a DOM, and read the metadata the dump states.
//!
//! Steps, each linear in the input: [`lines::split`] (bullets, indents,
//! re-joined wrapped lines) → [`classify::features`] (length, punctuation,
//! stop-word density, chrome phrases, repetition, menu runs) →
//! [`classify::main_region`] (the maximum-sum run of story lines) →
//! [`meta::read`] (headline, byline, dates, site, credit) → the per-line
//! decision inside the region with its neighbours.

mod chrome;
mod classify;
mod dates;
mod lines;
mod meta;
mod region;
mod scan;
mod shape;
mod site;
mod weights;

use crate::article::BlockDraft;
use crate::{Article, BlockKind, Options};
use classify::{Class, Feat};
use lines::Line;
use shape::key;
use weights::{
    FALLBACK_BELOW_WORDS, HEADING_MAX_WORDS, LEAD_MIN_WORDS, OPENING_MAX_LINES, OPENING_MAX_SKIPS,
    OPENING_MIN_SENTENCE_WORDS, OPENING_SKIP_CHROME_WORDS, SALUTATION_MAX_WORDS,
    SHARE_ITEM_MAX_WORDS, STANDFIRST_MAX_BELOW_TITLE, SUBTITLE_MIN_WORDS, TEASER_MAX_WORDS,
    TEASER_MIN_WORDS,
};

/// Splits `src` into story blocks and metadata (the article's body is left
/// empty for [`crate::article::assemble`]).
pub(crate) fn run(src: &str, opts: &Options) -> (Article, Vec<BlockDraft>) {
    let lines = lines::split(src);
    let scans = scan::scan(&lines);
    let lang = scan::language(&scans);
    let lex = classify::Lexicon::shared();
    let (feats, region) = story_region(&lines, &scans, lang, lex);
    let parts = match region {
        Some((s, e)) => region::story_parts(&feats, s, e),
        None => Vec::new(),
    };
    let span = match (parts.first(), parts.last()) {
        (Some(&(s, _)), Some(&(_, e))) => Some((s, e)),
        _ => None,
    };
    let m = meta::read(&lines, &feats, span);
    let lead = span.map_or_else(Vec::new, |(s, _)| lead_lines(&lines, &feats, &m, s));
    let intro = span
        .and_then(|(s, _)| region::intro_above(&feats, lead.first().map_or(s, |&i| i.min(s))))
        .filter(|&(a, b)| !(a..=b).any(|i| m.used.contains(&i) || m.title_line == Some(i)));
    let blocks = intro
        .iter()
        .flat_map(|&(s, e)| body(&lines, &scans, &feats, (s, e), &m))
        .chain(
            lead.iter()
                .filter_map(|&i| lines.get(i))
                .map(|l| BlockDraft::new(BlockKind::Paragraph, l.text.clone())),
        )
        .chain(
            parts
                .iter()
                .flat_map(|&(s, e)| body(&lines, &scans, &feats, (s, e), &m)),
        )
        .chain(closing_credit(&lines, &m, span))
        .collect();
    let article = Article {
        url: opts.url.clone(),
        title: m.title,
        description: m.description,
        site_name: m.site_name,
        authors: m.authors,
        credit: m.credit,
        dateline: m.dateline,
        published: m.published,
        modified: m.modified,
        language: lang.and_then(scan::tag).map(str::to_string),
        section: m.section,
        ..Article::default()
    };
    (article, blocks)
}

/// Features and the main region; pages with (almost) no story paragraph
/// are read again with the relaxed rule, whatever their language.
fn story_region(
    lines: &[Line],
    scans: &[scan::Scan],
    lang: Option<usize>,
    lex: &classify::Lexicon,
) -> (Vec<Feat>, Option<(usize, usize)>) {
    let feats = classify::features(lines, scans, lang, lex, false);
    let region = region::main_region(lines, &feats);
    let enough =
        region.is_some_and(|(s, e)| region::good_words(&feats, s, e) >= FALLBACK_BELOW_WORDS);
    if enough {
        return (feats, region);
    }
    let relaxed = classify::features(lines, scans, None, lex, true);
    let r = region::main_region(lines, &relaxed);
    if r.is_some() {
        (relaxed, r)
    } else {
        (feats, region)
    }
}

/// A subtitle: a line that states the story's gist without closing
/// punctuation; not a Title Case headline, not a menu or breadcrumb
/// ("A | B", "Home >> News"), not a "« Previous post" link.
fn subtitle_like(t: &str, f: &Feat) -> bool {
    f.words >= SUBTITLE_MIN_WORDS
        && !shape::title_case(t)
        && !t.starts_with('«')
        && !t.ends_with('»')
        && !t.contains(['|', '>'])
}

/// The standfirst: a sentence right under the headline (past a byline,
/// date or photo credit) that the story region, starting at `start`, left out.
fn standfirst(lines: &[Line], feats: &[Feat], m: &meta::Meta, start: usize) -> Option<usize> {
    let t = m.title_line?;
    let to = start.min(t + 1 + STANDFIRST_MAX_BELOW_TITLE);
    for i in t + 1..to {
        let (l, f) = (lines.get(i)?, feats.get(i)?);
        // Past a byline, a date, a photo credit or a share bar.
        let share = f.chrome && f.words <= SHARE_ITEM_MAX_WORDS;
        if m.used.contains(&i) || f.header || f.caption || f.junk || share {
            continue;
        }
        // Only repetition made it chrome: pages restate their lead in teasers.
        let class_ok = f.class != Class::Bad || !f.chrome && !f.header && f.repeated;
        // A subtitle right under the headline.
        let subtitle = i == t + 1 && f.class == Class::Neutral && subtitle_like(&l.text, f);
        let lead = class_ok
            && !f.chrome
            && !f.in_comments
            && !l.bullet
            && (f.ends_sentence && f.words >= LEAD_MIN_WORDS || subtitle);
        return lead.then_some(i);
    }
    None
}

/// Opening lines right above the region start `start` that the region
/// left out: a subtitle, a short first sentence, a salutation, past at most
/// a photo credit or a date, and never above the headline.
fn opening_lines(lines: &[Line], feats: &[Feat], m: &meta::Meta, start: usize) -> Vec<usize> {
    let floor = match m.title_line {
        Some(t) if t < start => t + 1,
        _ => start.saturating_sub(OPENING_MAX_LINES + OPENING_MAX_SKIPS),
    };
    let mut out = Vec::new();
    let mut skipped = 0usize;
    for i in (floor..start).rev() {
        let (Some(l), Some(f)) = (lines.get(i), feats.get(i)) else {
            break;
        };
        let short_chrome = f.chrome && f.words <= OPENING_SKIP_CHROME_WORDS;
        if m.used.contains(&i)
            || f.header
            || f.caption
            || f.junk
            || short_chrome
            || l.text.contains(" | ")
        {
            skipped += 1;
            if skipped > OPENING_MAX_SKIPS {
                break;
            }
            continue;
        }
        let t = l.text.as_str();
        // A salutation ("Dear friends,") or a subtitle without closing punctuation.
        let salutation = t.ends_with(',') && f.words <= SALUTATION_MAX_WORDS;
        let subtitle = subtitle_like(t, f);
        let opening = f.class == Class::Neutral
            && !f.chrome
            && !f.in_comments
            && !f.repeated
            && !l.bullet
            && (f.ends_sentence && f.words >= OPENING_MIN_SENTENCE_WORDS || salutation || subtitle);
        if !opening || out.len() >= OPENING_MAX_LINES {
            break;
        }
        out.push(i);
    }
    out
}

/// The lines above the region, in order, that open the story.
fn lead_lines(lines: &[Line], feats: &[Feat], m: &meta::Meta, start: usize) -> Vec<usize> {
    let mut idx = opening_lines(lines, feats, m, start);
    idx.extend(standfirst(lines, feats, m, start));
    idx.sort_unstable();
    idx.dedup();
    idx
}

/// The wire's credit line right under the story ("Additional reporting
/// by …; Editing by …"): part of the story's text.
fn closing_credit(
    lines: &[Line],
    m: &meta::Meta,
    span: Option<(usize, usize)>,
) -> Option<BlockDraft> {
    let i = span?.1 + 1;
    let l = lines.get(i)?;
    let lower = l.text.to_lowercase();
    let credit = !m.used.contains(&i) && shape::starts_with_cue(&lower, chrome::REPORTING_CUES);
    credit.then(|| BlockDraft::new(BlockKind::Paragraph, l.text.clone()))
}

/// The body blocks of the region `s..=e`.
fn body(
    lines: &[Line],
    scans: &[scan::Scan],
    feats: &[Feat],
    (s, e): (usize, usize),
    m: &meta::Meta,
) -> Vec<BlockDraft> {
    let title_key = m.title.as_deref().map(key);
    let mut out = Vec::new();
    for i in s..=e {
        let (Some(l), Some(f), Some(sc)) = (lines.get(i), feats.get(i), scans.get(i)) else {
            continue;
        };
        if m.used.contains(&i) || title_key.as_deref() == Some(sc.key.as_str()) {
            continue;
        }
        let kind = decide(l, f);
        if let Some(kind) = kind {
            let mut d = BlockDraft::new(kind, l.text.clone());
            if kind == BlockKind::Heading {
                d.level = Some(2);
            }
            out.push(d);
        }
    }
    out
}

/// The kind of block a line inside the region becomes, or `None` to drop it.
fn decide(l: &Line, f: &Feat) -> Option<BlockKind> {
    if f.caption && f.class != Class::Bad {
        return Some(BlockKind::Caption);
    }
    let list_or = |k| if l.bullet { BlockKind::ListItem } else { k };
    // Inside the story, a short line that only its run made chrome (a list
    // of ingredients, a table) is read as an undecided line.
    let weak_bad = f.class == Class::Bad && !f.chrome && !f.header && !f.repeated;
    let class = if weak_bad { Class::Neutral } else { f.class };
    match class {
        Class::Bad => None,
        Class::Good => Some(list_or(BlockKind::Paragraph)),
        Class::Neutral => {
            if f.ends_sentence || f.code {
                return Some(list_or(BlockKind::Paragraph));
            }
            if l.bullet {
                return Some(BlockKind::ListItem);
            }
            if (TEASER_MIN_WORDS..=TEASER_MAX_WORDS).contains(&f.words)
                && !shape::inner_sentence_end(&l.text)
            {
                // A headline of another story inserted between paragraphs:
                // longer than a subheading, shorter than a paragraph.
                return None;
            }
            Some(BlockKind::Heading)
                .filter(|_| f.words <= HEADING_MAX_WORDS)
                .or(Some(BlockKind::Paragraph))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = "The two leaders met in the capital on Thursday and agreed that their countries would resume talks.";
    const P2: &str = "Officials said the meeting lasted about an hour and that a joint statement would be issued later.";

    fn texts(src: &str) -> (Article, Vec<String>) {
        let (a, b) = run(src, &Options::new());
        (a, b.into_iter().map(|d| d.text).collect())
    }

    #[test]
    fn keeps_story_drops_chrome() {
        let src = format!("Home\nWorld\nPolitics\nSign In\nLeaders agree to resume talks\nBy Jane Doe\nShare\n{P1}\nMost Read from Example\n{P2}\nShare This Article\n© 2024 Example News. All Rights Reserved.");
        let (a, t) = texts(&src);
        assert_eq!(t, vec![P1.to_string(), P2.to_string()]);
        assert_eq!(a.title.as_deref(), Some("Leaders agree to resume talks"));
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(a.site_name.as_deref(), Some("Example News"));
        assert_eq!(a.language.as_deref(), Some("en"));
    }

    #[test]
    fn subheading_kept_teaser_dropped() {
        let src = format!("{P1}\nWhat comes next\n{P2}\nRival leaders trade barbs over a long border dispute at a tense summit\n{P1} Again.");
        let (_, t) = texts(&src);
        assert!(t.contains(&"What comes next".to_string()));
        assert!(!t.iter().any(|x| x.starts_with("Rival")));
    }

    #[test]
    fn standfirst_under_headline_is_kept() {
        let lead = "The summit opened a new chapter in relations between the two neighbours.";
        let src = format!("Home\nWorld\nPolitics\nLeaders agree to resume talks\n{lead}\nShare\nTweet\n{P1}\n{P2}");
        let (a, t) = texts(&src);
        assert_eq!(a.title.as_deref(), Some("Leaders agree to resume talks"));
        assert_eq!(t, vec![lead.to_string(), P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn short_opening_sentence_is_kept() {
        let src = format!("Home\nWorld\nPolitics\nLeaders agree to resume talks\nShare\nTweet\nIt was a long night.\n{P1}\n{P2}");
        let (_, t) = texts(&src);
        assert_eq!(t.first().map(String::as_str), Some("It was a long night."));
        assert!(!t.iter().any(|x| x == "Tweet"));
    }

    #[test]
    fn subtitle_and_salutation_open_the_story() {
        let sub = "Both sides agree on a timetable after two years without a meeting";
        let src =
            format!("Home\nWorld\nPolitics\nLeaders agree to resume talks\n{sub}\n{P1}\n{P2}");
        let (_, t) = texts(&src);
        assert_eq!(t.first().map(String::as_str), Some(sub));
        let src =
            format!("Home\nWorld\nPolitics\nA letter to our readers\nDear readers,\n{P1}\n{P2}");
        let (_, t) = texts(&src);
        assert_eq!(t.first().map(String::as_str), Some("Dear readers,"));
        // A menu line of the same length is no subtitle.
        let menu = "Home | World | Politics | Business | Tech | Sport | Culture | Travel";
        let src = format!("Leaders agree to resume talks\n{menu}\n{P1}\n{P2}");
        let (_, t) = texts(&src);
        assert!(!t.iter().any(|x| x == menu), "{t:?}");
    }

    #[test]
    fn headline_is_first_below_menus() {
        let src = format!("Home\nWorld\nPolitics\nLeaders agree to resume talks\nBy Jane Doe\nThe leaders shake hands in the capital\n{P1}\n{P2}");
        let (a, _) = texts(&src);
        assert_eq!(a.title.as_deref(), Some("Leaders agree to resume talks"));
    }

    #[test]
    fn prose_cut_short_is_no_teaser() {
        let cut = "That was not the update yet. Why they did it is anyone's guess";
        let src = format!("{P1}\n{cut}\n{P2}");
        let (_, t) = texts(&src);
        assert!(t.contains(&cut.to_string()), "{t:?}");
    }

    #[test]
    fn wire_credit_line_closes_the_story() {
        let credit =
            "Additional reporting by Jane Doe and John Roe in the capital; Editing by Max Muster";
        let src = format!("Home\nWorld\n{P1}\n{P2}\n{credit}\nOur Standards\nApps\nNewsletters");
        let (_, t) = texts(&src);
        assert_eq!(t.last().map(String::as_str), Some(credit), "{t:?}");
    }

    #[test]
    fn numbered_list_inside_story_is_kept() {
        let src = format!("{P1}\n 1. Keep talking\n 2. Meet again\n 3. Sign a deal\n{P2}");
        let (_, t) = texts(&src);
        assert!(t.contains(&"Meet again".to_string()), "{t:?}");
    }

    #[test]
    fn header_date_not_site_date() {
        let src = format!("Saturday, 7 Jun 2025\nExample Site\nMenu\nHome\nWorld\nLeaders agree to resume talks\nPublished August 19, 2022\n{P1}\n{P2}");
        let (a, _) = texts(&src);
        assert_eq!(a.published.as_deref(), Some("2022-08-19"));
        let src = format!("Saturday, 7 Jun 2025\nExample Site\nMenu\nHome\nWorld\nSearch\nLeaders agree to resume talks\n{P1}\n{P2}");
        let (a, _) = texts(&src);
        assert_eq!(a.published, None);
    }

    #[test]
    fn captions_are_captions() {
        let src = format!("{P1}\nThe leaders shake hands in the capital. Photo: Agency\n{P2}");
        let (_, b) = run(&src, &Options::new());
        assert_eq!(b[1].kind, BlockKind::Caption);
    }

    #[test]
    fn hostile_lines_do_not_panic() {
        let long = "word ".repeat(20_000);
        let fillers = format!("1 {}", "de ".repeat(5_000));
        let inputs = [
            "(",
            ")",
            "©",
            "By",
            "By ",
            " > > > ",
            "• \n• \n•",
            "1. \n2)",
            "\u{ad}\u{ad}",
            "(X) —",
            "ÄÖÜ (Ä) — ß",
            "日本語の文章です。\n日本語",
            "مرحبا بالعالم",
            "e\u{301}\u{301}",
            "12:",
            "31.12.99",
            "Published",
            "© 2024",
            "[",
            "]",
            "}{",
            long.as_str(),
            fillers.as_str(),
        ];
        for src in inputs {
            let (a, b) = run(src, &Options::new());
            let art = crate::article::assemble(a, b);
            for blk in &art.blocks {
                assert!(art.text.get(blk.start..blk.end).is_some());
            }
        }
    }

    /// Prints each line's features for the dumps named in `SUMMITRY_TEXT_DUMP`
    /// (a debugging aid: `cargo test --lib dump_lines -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn dump_lines() {
        let paths = std::env::var("SUMMITRY_TEXT_DUMP").unwrap_or_default();
        for p in paths.split(',').filter(|p| !p.is_empty()) {
            let src = std::fs::read_to_string(p).unwrap_or_default();
            let lines = lines::split(&src);
            let scans = scan::scan(&lines);
            let lang = scan::language(&scans);
            let (feats, region) = story_region(&lines, &scans, lang, classify::Lexicon::shared());
            let parts = region.map_or_else(Vec::new, |(s, e)| region::story_parts(&feats, s, e));
            println!("== {p} lang={lang:?} region={region:?} parts={parts:?}");
            for (i, (l, f)) in lines.iter().zip(&feats).enumerate() {
                let inr = parts.iter().any(|&(s, e)| (s..=e).contains(&i));
                let flags: String = [
                    (f.chrome, 'C'),
                    (f.junk, 'J'),
                    (f.repeated, 'R'),
                    (f.caption, 'P'),
                    (f.header, 'H'),
                    (f.ends_sentence, '.'),
                    (f.in_comments, 'K'),
                    (l.bullet, '*'),
                ]
                .iter()
                .map(|&(b, c)| if b { c } else { ' ' })
                .collect();
                let t = &l.text;
                println!(
                    "{i:4} {} {:?} {flags} w{:3} sd{:.2} {t}",
                    if inr { '#' } else { ' ' },
                    f.class,
                    f.words,
                    f.stop_density
                );
            }
        }
    }

    #[test]
    fn empty_input() {
        let (a, b) = run("", &Options::new());
        assert!(b.is_empty() && a.title.is_none());
    }
}
