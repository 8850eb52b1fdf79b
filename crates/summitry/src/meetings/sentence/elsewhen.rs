//! "So when Netanyahu arrived at the White House for a hastily arranged visit … on that day
//! back in March 2010": an undated mention told in another paragraph whose neighbourhood sets
//! another time is another meeting, not the one on record.

use super::*;

/// Whether the undated mention in `span` stands in another paragraph than the record's latest
/// evidence and its neighbourhood (its paragraph and the next, up to
/// [`cues::ELSEWHEN_BYTES`] bytes) tells another time: "back in", a past perfect "had just",
/// or a year before the reference year.
pub(super) fn told_of_another_time(
    text: &str,
    span: Span,
    last: Option<&Span>,
    reference: Option<NaiveDate>,
) -> bool {
    let Some(last) = last else { return false };
    let between = text.get(last.end.min(span.start)..span.start).unwrap_or("");
    if !between.contains('\n') {
        return false;
    }
    let from = text
        .get(..span.start)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1);
    // The end of the next paragraph: past the current one's line break and any blank lines.
    let cap = (span.end + cues::ELSEWHEN_BYTES).min(text.len());
    let rest = text.get(span.end..cap).unwrap_or("");
    let to = rest
        .find('\n')
        .map(|i| {
            let after = rest.get(i..).unwrap_or("");
            let skip = after.len() - after.trim_start_matches('\n').len();
            i + skip
                + rest
                    .get(i + skip..)
                    .and_then(|r| r.find('\n'))
                    .unwrap_or(rest.len().saturating_sub(i + skip))
        })
        .map_or(cap, |n| span.end + n);
    let near = text.get(from..to).unwrap_or("").to_lowercase();
    let words: Vec<&str> = near
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let cue = cues::ELSEWHEN_CUES.iter().any(|c| {
        let parts: Vec<&str> = c.split(' ').collect();
        words.windows(parts.len()).any(|w| w == parts.as_slice())
    });
    let year = reference.map(|r| chrono::Datelike::year(&r));
    let old_year = words.iter().any(|w| {
        w.len() == 4
            && w.parse::<i32>()
                .is_ok_and(|y| (1900..2100).contains(&y) && year.is_some_and(|r| y < r))
    });
    cue || old_year
}

#[cfg(test)]
mod tests {
    use crate::meetings::testkit::meet;

    #[test]
    fn an_undated_arrival_in_another_time_is_another_visit() {
        let t = "When Prime Minister Tom Baker arrived at the White House on Monday, he and \
                 President Dan Levy talked.\n\nBaker had just won the vote. So when Prime \
                 Minister Tom Baker arrived at the White House for a hastily arranged stop, \
                 it was a surprise.\n\nIt was a show of respect back in March 2010.";
        let m = meet(t, "2015-11-10");
        assert_eq!(m.len(), 2, "{m:?}");
    }

    #[test]
    fn an_undated_arrival_told_again_is_the_same_visit() {
        let t = "When Prime Minister Tom Baker arrived at the White House on Monday, he and \
                 President Dan Levy talked.\n\nWhen Prime Minister Tom Baker arrived at the \
                 White House, the mood was calm.\n\nThey will talk about trade.";
        assert_eq!(meet(t, "2015-11-10").len(), 1);
    }
}
