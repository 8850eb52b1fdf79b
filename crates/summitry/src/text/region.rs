//! The main story region: the run of lines with the largest score
//! (Kadane's maximum subarray over per-line scores), grown over short gaps,
//! cut before a widget tail or an author's bio, plus nearby further parts of
//! the same story.

use super::chrome::STOP_WORDS;
use super::chrome::{BIO_VERBS, NOT_NAME_WORDS};
use super::classify::{Class, Feat};
use super::lines::Line;
use super::weights::*;

/// The score of a line in the main-region search.
fn region_score(f: &Feat) -> f64 {
    match f.class {
        Class::Good if f.in_comments => (f.words as f64).min(GOOD_WORDS_CAP) * COMMENT_DAMPING,
        // Prose in a bulleted list not introduced by the story: teasers.
        Class::Good if f.bullet && !f.listed => {
            (f.words as f64).min(GOOD_WORDS_CAP) * BULLET_DAMPING
        }
        Class::Good => (f.words as f64).min(GOOD_WORDS_CAP),
        Class::Bad if f.chrome && !f.junk => -BAD_PENALTY,
        Class::Bad if f.junk => -JUNK_PENALTY,
        Class::Bad => -WEAK_BAD_PENALTY,
        Class::Neutral if f.ends_sentence || f.caption || f.code || f.numbered || f.listed => 0.0,
        Class::Neutral => -NEUTRAL_PENALTY,
    }
}

/// Words of story lines in `start..=end`.
pub(crate) fn good_words(feats: &[Feat], start: usize, end: usize) -> usize {
    feats
        .iter()
        .take(end + 1)
        .skip(start)
        .filter(|f| f.class == Class::Good)
        .map(|f| f.words)
        .sum()
}

/// The main story region: the run of lines with the largest score
/// (Kadane's maximum subarray), as an inclusive index range.
pub(crate) fn main_region(lines: &[Line], feats: &[Feat]) -> Option<(usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut cur = 0.0;
    let mut start = 0;
    let mut since_header = usize::MAX;
    for (i, f) in feats.iter().enumerate() {
        let mut s = region_score(f);
        // The story opens right under its byline or date (a bare date
        // token is more often one of a list of dated teasers).
        if f.header && !f.in_comments && f.words >= ANCHOR_MIN_WORDS {
            since_header = 0;
        } else if f.class == Class::Good && !f.repeated && !f.in_comments {
            if since_header < ANCHOR_WINDOW {
                s += ANCHOR_BONUS;
            }
            since_header = usize::MAX;
        } else {
            since_header = since_header.saturating_add(1);
        }
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += s;
        if cur > 0.0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    best.map(|(_, s, e)| extend(feats, s, e))
        .map(|(s, e)| cut_tail(feats, s, e))
        .map(|(s, e)| cut_bio(lines, feats, s, e))
        .map(|(s, e)| past_photo(feats, s, e))
}

/// Grows the region over a photo credit to the story paragraph right
/// below it (a credit reads as chrome and may have ended the region).
fn past_photo(feats: &[Feat], s: usize, e: usize) -> (usize, usize) {
    let photo = feats
        .get(e + 1)
        .is_some_and(|f| f.caption && !f.in_comments);
    let story = feats
        .get(e + 2)
        .is_some_and(|f| f.class == Class::Good && !f.in_comments && !f.repeated);
    if photo && story {
        (s, e + 2)
    } else {
        (s, e)
    }
}

/// The best-scoring run inside `lo..hi` (Kadane), with its score.
fn best_run(feats: &[Feat], lo: usize, hi: usize) -> Option<(f64, usize, usize)> {
    let mut best: Option<(f64, usize, usize)> = None;
    let mut cur = 0.0;
    let mut start = lo;
    for i in lo..hi {
        let Some(f) = feats.get(i) else { break };
        if f.in_comments {
            break;
        }
        if cur <= 0.0 {
            cur = 0.0;
            start = i;
        }
        cur += region_score(f);
        if cur > 0.0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    best
}

/// Story runs near the main region `s..=e` that are large enough to be
/// parts of the same story split by a widget (an intro above a gallery, a
/// second half below an inserted box). Returned with the main region, in order.
pub(crate) fn story_parts(feats: &[Feat], s: usize, e: usize) -> Vec<(usize, usize)> {
    let main: f64 = (s..=e).filter_map(|i| feats.get(i)).map(region_score).sum();
    let enough = |sum: f64| sum >= SIDE_MIN_SCORE && sum >= main * SIDE_MIN_SHARE;
    let mut parts = Vec::new();
    let lo = s.saturating_sub(SIDE_WINDOW);
    if let Some((sum, a, b)) = best_run(feats, lo, s.saturating_sub(1)) {
        if enough(sum) {
            parts.push((a, b));
        }
    }
    parts.push((s, e));
    let hi = (e + 2 + SIDE_WINDOW).min(feats.len());
    if let Some((sum, a, b)) = best_run(feats, e + 2, hi) {
        if enough(sum) {
            parts.push((a, b));
        }
    }
    merge_close(parts)
}

/// The story's intro paragraph above its first part, which starts at `s`:
/// the nearest story line above it, when only chrome, a table of contents,
/// a share bar or a date lie between (pages put these between the lead and
/// the body). Past a byline or date, only a paragraph right above it (the
/// lead over the header) is the intro: one further up is the site's blurb.
/// A photo's caption (under a credit line) is none. Returned grown over the
/// story paragraphs right above it, as a part.
pub(crate) fn intro_above(feats: &[Feat], s: usize) -> Option<(usize, usize)> {
    let lo = s.saturating_sub(INTRO_MAX_ABOVE);
    let mut header = None;
    let mut at = None;
    for i in (lo..s).rev() {
        let f = feats.get(i)?;
        if f.class == Class::Good && !f.caption || f.in_comments {
            at = Some(i);
            break;
        }
        if f.header && f.words >= ANCHOR_MIN_WORDS {
            header = Some(i);
        }
    }
    let i = at?;
    let f = feats.get(i)?;
    let near_header = header.is_none_or(|h| h - i <= ANCHOR_WINDOW);
    let under_credit = i
        .checked_sub(1)
        .and_then(|j| feats.get(j))
        .is_some_and(|p| p.caption);
    let intro = f.class == Class::Good
        && !f.in_comments
        && !f.repeated
        && !f.bullet
        && !f.caption
        && f.ends_sentence
        && f.words >= INTRO_MIN_WORDS
        && near_header
        && !under_credit;
    let story = |j: usize| {
        feats
            .get(j)
            .is_some_and(|f| f.class == Class::Good && !f.in_comments && !f.repeated)
    };
    // The intro's own paragraphs right above it.
    let top = (lo..i).rev().take_while(|&j| story(j)).last().unwrap_or(i);
    intro.then_some((top, i))
}

/// Joins parts that only a short gap separates (a subheading between them).
fn merge_close(parts: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(parts.len());
    for (a, b) in parts {
        match out.last_mut() {
            Some(last) if a <= last.1 + 1 + EXTEND_MAX_GAP => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// An author's bio: a capitalised name of two or three words, then a
/// verb such as "is" ("Jane Doe is a professor at …").
pub(crate) fn is_bio(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().take(5).collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    if NOT_NAME_WORDS.contains(&first.as_str())
        || STOP_WORDS
            .iter()
            .any(|(_, ws)| ws.contains(&first.as_str()))
    {
        return false;
    }
    (2..=3).any(|n| {
        words.len() > n
            && words.iter().take(n).all(|w| {
                // "Jane", "J." — not "II" or "EU" (a numeral, an acronym).
                let initial = w.chars().count() == 2 && w.ends_with('.');
                w.chars().next().is_some_and(char::is_uppercase)
                    && (initial || w.chars().skip(1).any(char::is_lowercase))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
            })
            && words
                .get(n)
                .is_some_and(|v| BIO_VERBS.contains(&v.to_lowercase().as_str()))
    })
}

/// Drops an author's bio from the end of the region: "Jane Doe is …", or
/// the last paragraph right under a byline that follows the story.
fn cut_bio(lines: &[Line], feats: &[Feat], s: usize, e: usize) -> (usize, usize) {
    let good = |j: usize| feats.get(j).is_some_and(|f| f.class == Class::Good);
    if let Some(last) = (s..=e).rev().find(|&j| good(j)) {
        let lo = last.saturating_sub(ANCHOR_WINDOW).max(s);
        let byline = (lo..last)
            .rev()
            .find(|&j| feats.get(j).is_some_and(|f| f.header));
        // A bio is one paragraph, short beside the story above it.
        let bio_words = feats.get(last).map_or(0, |f| f.words);
        let one = |h: usize| {
            (h + 1..last).all(|j| !good(j))
                && good_words(feats, s, h) >= bio_words * BIO_STORY_RATIO
        };
        if let Some(h) = byline.filter(|&h| one(h)) {
            if let Some(prev) = (s..h).rev().find(|&j| good(j)) {
                return (s, prev);
            }
        }
    }
    let goods: Vec<usize> = (s..=e)
        .rev()
        .filter(|&i| feats.get(i).is_some_and(|f| f.class == Class::Good))
        .take(BIO_TAIL_LINES + 1)
        .collect();
    for (k, &i) in goods.iter().enumerate().take(BIO_TAIL_LINES) {
        if lines.get(i).is_some_and(|l| is_bio(&l.text)) {
            if let Some(&prev) = goods.get(k + 1) {
                return (s, prev);
            }
        }
    }
    (s, e)
}

/// Ends the region before a chrome line ("Related articles", "Share this")
/// when what follows it holds much less story text than what precedes it:
/// the tail is teasers and widgets, not the story. The story's closing
/// sentences and list right above the line stay.
fn cut_tail(feats: &[Feat], s: usize, e: usize) -> (usize, usize) {
    let total = good_words(feats, s, e);
    let mut before = 0usize;
    for i in s..=e {
        let Some(f) = feats.get(i) else { break };
        if f.class == Class::Good {
            before += f.words;
            continue;
        }
        if !f.chrome || f.words < TAIL_MARKER_MIN_WORDS || before == 0 {
            continue;
        }
        let after = total - before;
        if (after as f64) < before as f64 * TAIL_CUT_SHARE {
            let last_good = (s..i)
                .rev()
                .find(|&j| feats.get(j).is_some_and(|f| f.class == Class::Good));
            if let Some(j) = last_good {
                // The closing run: list items and sentences right below it.
                let closing = |f: &Feat| {
                    f.class != Class::Bad
                        && !f.caption
                        && !f.in_comments
                        && (f.listed || f.ends_sentence && f.words >= CLOSING_MIN_WORDS)
                };
                let run = (j + 1..i)
                    .take_while(|&k| feats.get(k).is_some_and(closing))
                    .count();
                return (s, j + run);
            }
        }
    }
    (s, e)
}

/// Whether a line may lie in a short gap that the region grows across.
fn gap_ok(f: &Feat) -> bool {
    !f.chrome && f.class != Class::Good && !f.in_comments
}

/// Grows the region over story lines just outside it, across gaps of at
/// most `EXTEND_MAX_GAP` lines that are not chrome.
fn extend(feats: &[Feat], mut s: usize, mut e: usize) -> (usize, usize) {
    loop {
        let before = (1..=EXTEND_MAX_GAP + 1)
            .take_while(|&d| d <= s)
            .find(|&d| feats.get(s - d).is_none_or(|f| !gap_ok(f)))
            .filter(|&d| {
                feats
                    .get(s - d)
                    .is_some_and(|f| f.class == Class::Good && !f.in_comments)
            });
        match before {
            Some(d) => s -= d,
            None => break,
        }
    }
    // A lead sentence right above the story and a closing one right below it.
    if s > 0
        && feats.get(s - 1).is_some_and(|f| {
            f.class == Class::Neutral
                && !f.chrome
                && !f.caption
                && f.ends_sentence
                && f.words >= LEAD_MIN_WORDS
        })
    {
        s -= 1;
    }
    while feats.get(e + 1).is_some_and(|f| {
        f.class == Class::Neutral
            && !f.chrome
            && !f.in_comments
            && f.ends_sentence
            && f.words >= CLOSING_MIN_WORDS
    }) {
        e += 1;
    }
    // A list that the last line of the story introduces ("… as follows:").
    while feats
        .get(e + 1)
        .is_some_and(|f| f.listed && f.class != Class::Good && !f.in_comments)
    {
        e += 1;
    }
    // A closing paragraph that lacks end punctuation (cut quotes).
    while feats.get(e + 1).is_some_and(|f| {
        f.class == Class::Neutral && !f.chrome && !f.in_comments && f.words > TEASER_MAX_WORDS
    }) {
        e += 1;
    }
    loop {
        let after = (1..=EXTEND_MAX_GAP + 1)
            .find(|&d| feats.get(e + d).is_none_or(|f| !gap_ok(f)))
            .filter(|&d| {
                feats
                    .get(e + d)
                    .is_some_and(|f| f.class == Class::Good && !f.in_comments)
            });
        match after {
            Some(d) => e += d,
            None => break,
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::super::classify::features_of;
    use super::super::lines::split;
    use super::*;

    const PARA: &str = "The two leaders met in the capital on Thursday and agreed that their countries would resume talks.";

    #[test]
    fn region_skips_far_chrome() {
        let src = format!(
            "Menu\nHome\nWorld\n{PARA}\n{PARA} Again.\nShare\n{PARA} Once more.\nShare This\nPrint\nEmail\nComments\nSign in\nTerms of use\nLoved it\nAnother short one.\nThis story paragraph is far away from the rest of the story."
        );
        let lines = split(&src);
        let f = features_of(&lines, false);
        assert_eq!(main_region(&lines, &f), Some((3, 6)));
    }

    fn feats(src: &str) -> (Vec<Line>, Vec<Feat>) {
        let lines = split(src);
        let f = features_of(&lines, false);
        (lines, f)
    }

    #[test]
    fn region_grows_over_a_short_gap() {
        // A standfirst above a dateline and a caption joins the story.
        let (_, f) = feats(&format!(
            "The banks finance the projects that harm the climate most.\n19 Oct 2019 · 19:08\nA rig in the state\n{PARA}\n{PARA} Again."
        ));
        assert_eq!(extend(&f, 3, 4), (0, 4));
    }

    #[test]
    fn lead_and_closing_sentences_join() {
        let (_, f) = feats(&format!(
            "Menu\nA short lead sentence sets out the story.\n{PARA}\n{PARA} Again.\nShe said it was a good start.\nShare"
        ));
        assert_eq!(extend(&f, 2, 3), (1, 4));
    }

    #[test]
    fn tail_after_related_heading_is_cut() {
        let src = format!(
            "{PARA}\n{PARA} Two.\n{PARA} Three.\nRelated articles\nA teaser sentence that runs long enough to count as text here."
        );
        let (_, f) = feats(&src);
        assert_eq!(cut_tail(&f, 0, 4), (0, 2));
    }

    #[test]
    fn comments_weigh_less() {
        // A longer comments section, set apart by chrome, loses to the story.
        let chrome = "Share\nPrint\nEmail\nSign in\nNewsletter";
        let src = format!(
            "{PARA} {PARA}\n{PARA} Two.\n{PARA} Three.\n{chrome}\n12 Comments\n{PARA} Four.\n{PARA} Five.\n{PARA} Six.\n{PARA} Seven.\n{PARA} Eight."
        );
        let (lines, f) = feats(&src);
        assert!(f.get(9).is_some_and(|f| f.in_comments));
        assert_eq!(main_region(&lines, &f), Some((0, 2)));
    }

    #[test]
    fn further_parts_join_the_story() {
        let menu = "Home\nWorld\nPolitics\nBusiness\nTech\nSport\nCulture\nTravel";
        let src = format!(
            "{PARA} {PARA}\n{PARA} {PARA}\n{menu}\n{PARA} Three.\n{PARA} Four.\n{PARA} Five.\n{PARA} Six.\n{PARA} Seven."
        );
        let (_, f) = feats(&src);
        let parts = story_parts(&f, 10, 14);
        assert_eq!(parts, vec![(0, 1), (10, 14)]);
    }

    #[test]
    fn intro_above_a_table_of_contents() {
        let toc = "Contents\n  • Why talks\n  • Who met\n  • What next\n  • Reactions";
        let intro = "Both countries want to talk again, and this is how it came about.";
        let src = format!("Menu\nHome\n{intro}\n{toc}\n{PARA}\n{PARA} Two.");
        let (_, f) = feats(&src);
        assert_eq!(intro_above(&f, 8), Some((2, 2)));
        // A blurb above the byline is the site's, not the story's.
        let src = format!("{intro}\nMenu\nHome\nWorld\nBy Jane Doe\nShare\n{PARA}\n{PARA} Two.");
        let (_, f) = feats(&src);
        assert_eq!(intro_above(&f, 6), None);
    }

    #[test]
    fn close_parts_merge() {
        assert_eq!(merge_close(vec![(0, 5), (8, 12)]), vec![(0, 12)]);
        assert_eq!(merge_close(vec![(0, 5), (20, 22)]), vec![(0, 5), (20, 22)]);
    }

    #[test]
    fn list_after_a_colon_joins_the_story() {
        let src = format!(
            "{PARA}\n{PARA} Two. The rules are as follows:\n  • Keep talking\n  • Meet again soon\n  • Sign a deal\nShare"
        );
        let (lines, f) = feats(&src);
        assert!(f.get(2).is_some_and(|f| f.listed));
        assert_eq!(main_region(&lines, &f), Some((0, 4)));
    }

    #[test]
    fn story_under_a_byline_wins() {
        let chrome = "Share\nPrint\nEmail\nSign in\nNewsletter\nLog in\nSubscribe\nMost read";
        let src = format!("Menu\nHome\nBy Jane Doe\n{PARA}\n{chrome}\n{PARA} Two.\n{PARA} Three.");
        let (lines, f) = feats(&src);
        assert!(f.get(2).is_some_and(|f| f.header));
        assert_eq!(main_region(&lines, &f), Some((3, 3)));
    }

    #[test]
    fn bio_under_a_closing_byline_is_cut() {
        let src = format!(
            "{PARA}\nIt was the first such meeting in years, and both sides said it went well.\n{PARA} Both sides want more.\nOfficials said the next round would be held in the spring.\nBy Jane Doe\nA freelance writer in the capital who has covered the region for many years."
        );
        let (lines, f) = feats(&src);
        assert!(f.get(4).is_some_and(|f| f.header));
        assert_eq!(cut_bio(&lines, &f, 0, 5), (0, 3));
    }

    #[test]
    fn closing_paragraph_below_a_photo_credit_joins() {
        let src = format!(
            "{PARA}\nIt was the first such meeting in years, and both sides said it went well.\n© Photo: Agency/Jane Doe\nThe next round of talks is planned for the spring in the other capital."
        );
        let (_, f) = feats(&src);
        assert!(f.get(2).is_some_and(|f| f.caption));
        assert_eq!(past_photo(&f, 0, 1), (0, 3));
        assert_eq!(past_photo(&f, 0, 0), (0, 0));
    }

    #[test]
    fn bulleted_prose_weighs_less() {
        let (_, f) = feats(&format!("{PARA}\n\n  • {PARA} Again."));
        let (plain, bullet) = (&f[0], &f[1]);
        assert!(bullet.bullet && bullet.class == Class::Good);
        assert!(region_score(bullet) < region_score(plain));
        // A list the story introduces weighs in full.
        let (_, f) = feats(&format!("The rules are as follows:\n  • {PARA}"));
        assert!(f[1].listed);
        assert_eq!(region_score(&f[1]), f[1].words as f64);
    }

    #[test]
    fn author_bios() {
        assert!(is_bio("Jane Doe is a professor at the university."));
        assert!(is_bio("Max Muster ist Redakteur."));
        assert!(!is_bio("The minister is in town."));
        assert!(!is_bio("Diese Zahl ist eine der wichtigsten."));
        assert!(!is_bio("Dublin II est un règlement européen."));
    }
}
