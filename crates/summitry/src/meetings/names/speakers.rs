//! The speakers of quotes, filed so that "I" inside a quote is its speaker.

use super::Index;
use crate::Span;

impl Index {
    /// Files the quotes spoken by known people, so that "I" inside them is the speaker. A
    /// quote told by a pronoun ("she said") is the subject's of the sentence before it: the
    /// first person named there, not as a possessor, whom the pronoun fits.
    pub(crate) fn add_speakers(&mut self, text: &str, sentences: &[Span], quotes: &[crate::Quote]) {
        // Each person's first mention, so a speaker's name is looked up over people, not over
        // every mention; and each speaker name once (a page may hold thousands of quotes).
        let mut first_at = vec![usize::MAX; self.people.len()];
        for (i, m) in self.mentions.iter().enumerate() {
            if let Some(f) = first_at.get_mut(m.2) {
                *f = (*f).min(i);
            }
        }
        let mut known: rustc_hash::FxHashMap<&str, Option<usize>> = Default::default();
        for q in quotes
            .iter()
            .filter(|q| q.kind != crate::QuoteKind::Indirect)
        {
            let Some(sp) = q.speaker.as_ref() else {
                continue;
            };
            let pronoun = sp.mention.to_lowercase();
            if matches!(pronoun.as_str(), "he" | "she") {
                if let Some(k) = self.subject_before(text, sentences, q.start, &pronoun) {
                    self.speakers.push((q.start, q.end, k));
                }
                continue;
            }
            let Some(name) = sp.name.as_deref() else {
                continue;
            };
            // The canonical name of the person the quote's speaker is: the exact name, else
            // the first-mentioned person whose name ends it.
            let at = *known.entry(name).or_insert_with(|| {
                self.people.iter().position(|k| k.name == name).or_else(|| {
                    self.people
                        .iter()
                        .enumerate()
                        .filter(|(k, p)| {
                            name.ends_with(&p.name)
                                && first_at.get(*k).is_some_and(|&f| f != usize::MAX)
                        })
                        .min_by_key(|(k, _)| first_at.get(*k).copied())
                        .map(|(k, _)| k)
                })
            });
            if let Some(k) = at {
                self.speakers.push((q.start, q.end, k));
            }
        }
        self.speakers.sort_unstable();
    }

    /// The first person named, not as a possessor, in the sentence before the one holding byte
    /// `at`, if `pronoun` fits them.
    fn subject_before(
        &self,
        text: &str,
        sentences: &[Span],
        at: usize,
        pronoun: &str,
    ) -> Option<usize> {
        let si = sentences.partition_point(|s| s.end <= at);
        let prev = sentences.get(si.checked_sub(1)?)?;
        let from = self.mentions.partition_point(|m| m.0 < prev.start);
        let m = self
            .mentions
            .get(from..)?
            .iter()
            .take_while(|m| m.1 <= prev.end)
            .find(|m| {
                !text
                    .get(m.1..)
                    .is_some_and(|r| r.starts_with("'s") || r.starts_with("\u{2019}s"))
            })?;
        let k = self.people.get(m.2)?;
        let p = crate::Participant {
            name: Some(k.name.clone()),
            role: None,
            country: None,
        };
        super::super::select::fits_pronoun(&p, pronoun).then_some(m.2)
    }

    /// The speaker of the quote holding byte `at`, if a known person.
    pub(crate) fn speaker_at(&self, at: usize) -> Option<usize> {
        let i = self.speakers.partition_point(|s| s.0 <= at);
        self.speakers
            .get(i.checked_sub(1)?)
            .filter(|s| at < s.1)
            .map(|s| s.2)
    }
}
