//! One record per real meeting: mentions with the same parties join.

use crate::{DateRef, MeetingDuration, MeetingKind, MeetingStatus, Participant, Span};

/// A meeting being assembled from its mentions.
#[derive(Debug, Clone)]
pub(crate) struct Rec {
    /// The parties.
    pub parties: Vec<Participant>,
    /// Kind.
    pub kind: MeetingKind,
    /// Status.
    pub status: MeetingStatus,
    /// Date.
    pub date: Option<DateRef>,
    /// Location.
    pub location: Option<String>,
    /// Occasion.
    pub occasion: Option<String>,
    /// Whether the occasion came from "on the sidelines of" (preferred over "at"/"during").
    pub side: bool,
    /// Duration.
    pub duration: Option<MeetingDuration>,
    /// Topics.
    pub topics: Vec<String>,
    /// Outcomes.
    pub outcomes: Vec<String>,
    /// Evidence sentences.
    pub evidence: Vec<Span>,
    /// Index of the last sentence that mentioned it.
    pub last: usize,
    /// Whether a mention said there were no plans for it ("has no plans to meet").
    pub negated: bool,
    /// Whether every mention was a bare present tense ("Albanese meets Xi"), planned only for that.
    pub present: bool,
    /// Whether it is held only because a plan told in the past had its day pass ("was expected
    /// to meet … on Monday"): a later "but the meeting was cancelled" still calls it off.
    pub inferred: bool,
    /// Whether every mention was a meeting noun with no status cue or past verb ("Trump's
    /// visit to Israel"): held only by default, it takes the status of the meeting it joins.
    pub uncued: bool,
    /// Whether it was opened apart from a record of the same parties because its neighbourhood
    /// tells another time ("… on that day back in March 2010"): no later fold joins the two.
    pub elsewhen: bool,
    /// Whether its first mention marks it as one more meeting ("also met with …", "before the
    /// start of the roundtable"): it may then stand beside a record of another group.
    pub separate: bool,
    /// Evidence sentences that tell of it without telling its details ("the two have met
    /// before, in Bali"): no place, day or topic is settled from them.
    pub quiet: Vec<Span>,
}

impl Rec {
    /// The evidence that may settle the record's details: all but the sentences that tell of it
    /// without telling them (`quiet`: "the two have met before, in Bali").
    pub(crate) fn telling(&self) -> impl Iterator<Item = &Span> {
        self.evidence.iter().filter(|e| !self.quiet.contains(e))
    }

    /// A record of `kind` between `parties`, told by `evidence` (the last in
    /// sentence `last`), with no date, place, details or flags yet.
    pub(crate) fn new(
        kind: MeetingKind,
        parties: Vec<Participant>,
        status: MeetingStatus,
        evidence: Vec<Span>,
        last: usize,
    ) -> Rec {
        Rec {
            parties,
            kind,
            status,
            date: None,
            location: None,
            occasion: None,
            side: false,
            duration: None,
            topics: Vec::new(),
            outcomes: Vec::new(),
            evidence,
            last,
            negated: false,
            present: false,
            inferred: false,
            uncued: false,
            elsewhen: false,
            separate: false,
            quiet: Vec::new(),
        }
    }
}

fn key(p: &Participant) -> String {
    match &p.name {
        Some(n) => n.to_lowercase(),
        None => format!("@{}", p.country.as_deref().unwrap_or("?").to_lowercase()),
    }
}

/// Whether two party lists name the same parties.
pub(crate) fn same_parties(a: &[Participant], b: &[Participant]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| key(x) == key(y)))
}

/// Whether `b` may be `a` told differently: nameless offices match named people of the same
/// (or an unknown) country.
pub(crate) fn compatible_parties(a: &[Participant], b: &[Participant]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let fits = |x: &Participant, y: &Participant| match (&x.name, &y.name) {
        (Some(n), Some(m)) => n == m,
        // "Democratic lawmakers" (American) and "members of Congress" (no country told).
        (None, None) => {
            x.country == y.country
                || ((x.country.is_none() || y.country.is_none())
                    && x.role.is_some()
                    && y.role.is_some()
                    && !other_groups(std::slice::from_ref(x), std::slice::from_ref(y)))
        }
        // A bare country matches only itself; an office also a person of unknown country.
        (None, Some(_)) if !is_office(x) => false,
        (Some(_), None) if !is_office(y) => false,
        _ => x.country.is_none() || y.country.is_none() || x.country == y.country,
    };
    let mut used = vec![false; b.len()];
    for x in a {
        let hit = b
            .iter()
            .enumerate()
            .position(|(i, y)| !used.get(i).copied().unwrap_or(true) && fits(x, y));
        match hit {
            Some(i) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
            }
            None => return false,
        }
    }
    true
}

/// Whether a nameless party is an office ("Top Diplomat"), which a named person may fill.
fn is_office(p: &Participant) -> bool {
    p.role.as_deref().is_some_and(|r| {
        let r = r.to_lowercase();
        super::cues::OFFICES
            .iter()
            .any(|o| r == *o || r.ends_with(&format!(" {o}")))
            && !super::cues::COLLECTIVE.iter().any(|c| r.ends_with(c))
    })
}

fn rank(s: MeetingStatus) -> u8 {
    match s {
        MeetingStatus::Cancelled => 3,
        MeetingStatus::Held => 2,
        MeetingStatus::Planned => 1,
        MeetingStatus::Proposed => 0,
    }
}

/// Whether two statuses may describe one meeting.
pub(crate) fn status_ok(a: MeetingStatus, b: MeetingStatus) -> bool {
    use MeetingStatus::*;
    a == b || !matches!((a, b), (Held, _) | (_, Held))
}

fn date_ok(a: &Option<DateRef>, b: &Option<DateRef>) -> bool {
    match (
        a.as_ref().and_then(|d| d.value.as_ref()),
        b.as_ref().and_then(|d| d.value.as_ref()),
    ) {
        (Some(x), Some(y)) => x.starts_with(y.as_str()) || y.starts_with(x.as_str()),
        _ => true,
    }
}

/// Whether two set locations may be one meeting's: either is missing, one names the other, or
/// one lies in the other's country ("Hiroshima" and "Japan"; "Beijing" and "Washington" not).
fn place_ok(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            x.contains(y.as_str())
                || y.contains(x.as_str())
                || super::repeats::in_country(x, y)
                || super::repeats::in_country(y, x)
        }
        _ => true,
    }
}

/// The record a new mention joins, if any: the latest with the same parties, a status and date
/// that agree; or, close by, one whose nameless offices the new mention names.
pub(crate) fn find(recs: &[Rec], new: &Rec, sent: usize) -> Option<usize> {
    // "Albanese meets Xi …" (a caption's bare present, planned for now) and "Albanese comes
    // face-to-face with Xi" told as held: one meeting.
    let caption = |r: &Rec| {
        r.present && r.status == MeetingStatus::Planned && new.status == MeetingStatus::Held
    };
    // "was expected to meet … on Monday" (held, its day past) and "the meeting was cancelled".
    let called_off = |r: &Rec| {
        r.inferred && r.status == MeetingStatus::Held && new.status == MeetingStatus::Cancelled
    };
    let ok = |r: &Rec| {
        (status_ok(r.status, new.status) || caption(r) || called_off(r))
            && date_ok(&r.date, &new.date)
            && place_ok(&r.location, &new.location)
            && !(new.separate && other_groups(&r.parties, &new.parties))
    };
    // Only the latest records are searched, so a page of many meetings stays linear.
    let from = recs.len().saturating_sub(super::cues::MAX_LOOKBACK);
    let tail = recs.get(from..).unwrap_or(&[]);
    if let Some(i) = tail
        .iter()
        .rposition(|r| same_parties(&r.parties, &new.parties) && ok(r))
    {
        return Some(from + i);
    }
    if let Some(i) = tail.iter().rposition(|r| {
        sent.saturating_sub(r.last) <= 2 && compatible_parties(&r.parties, &new.parties) && ok(r)
    }) {
        return Some(from + i);
    }
    // "Ryan will meet with Trump on Thursday" and "has invited Trump to meet with members of
    // the House leadership … on Thursday": one meeting, the group joining the pair.
    // An invitation and the meeting its infinitive tells, in one sentence ("has invited Trump
    // to meet with members of the leadership"): one record, at the surer status. A plan on
    // record also takes a later invitation of its parties (the invitation was to it); a
    // proposal on record is not yet the plan told after it.
    let same_plan = |r: &Rec| {
        let plan = |s: MeetingStatus| matches!(s, MeetingStatus::Planned | MeetingStatus::Proposed);
        r.status == new.status
            || (plan(r.status)
                && plan(new.status)
                && (r.last == sent || r.status == MeetingStatus::Planned))
    };
    if let Some(i) = tail.iter().rposition(|r| {
        same_plan(r)
            && date_ok(&r.date, &new.date)
            && (plus_groups(&r.parties, &new.parties) || plus_groups(&new.parties, &r.parties))
    }) {
        return Some(from + i);
    }
    // "Eggleston's meeting with the Democrats" after "a meeting with House Democrats, including
    // Nancy Pelosi": a group told again more loosely, its members left out.
    let group = |p: &Participant| p.name.is_none() && p.role.is_some();
    if !new.parties.iter().any(group) {
        return None;
    }
    tail.iter()
        .rposition(|r| {
            r.parties.len() > new.parties.len()
                && new.parties.iter().all(|x| {
                    r.parties
                        .iter()
                        .any(|y| key(x) == key(y) && (x.name.is_some() || group(y)))
                })
                && ok(r)
                // Told more loosely, a group is still of its own kind ("Senate Republicans"
                // are not the "top Senate Democrats" met before), marked or not.
                && !other_groups(&r.parties, &new.parties)
        })
        .map(|i| from + i)
}

/// Whether `big` is `small` with one or more groups added ("members of the House Republican
/// leadership"): every party of `small` is in `big`, and every other party of `big` is a group.
pub(crate) fn plus_groups(small: &[Participant], big: &[Participant]) -> bool {
    small.len() >= 2
        && big.len() > small.len()
        && small.iter().all(|x| big.iter().any(|y| key(x) == key(y)))
        && big.iter().all(|y| {
            small.iter().any(|x| key(x) == key(y))
                || (y.name.is_none() && y.role.as_deref().is_some_and(is_group_role))
        })
}

/// The last word of a role, lower-cased ("House Republican leadership" → "leadership").
fn role_head(role: &str) -> String {
    role.rsplit(' ').next().unwrap_or("").to_lowercase()
}

/// The nameless groups among `ps` (a group role, or a plural that names no office): each as
/// its head and its words, fillers left out.
fn groups(ps: &[Participant]) -> Vec<(String, Vec<String>)> {
    ps.iter()
        .filter(|p| p.name.is_none() && !is_office(p))
        .filter_map(|p| p.role.as_deref())
        .filter(|r| is_group_role(r) || role_head(r).ends_with('s'))
        .map(|r| {
            let words = r
                .split(' ')
                .filter(|w| {
                    !w.is_empty()
                        && !super::cues::GROUP_FILLERS.contains(&w.to_lowercase().as_str())
                })
                .map(str::to_lowercase)
                .collect();
            (role_head(r), words)
        })
        .collect()
}

/// Whether two meetings of one person are with other groups ("met with community leaders" and
/// "met privately with several victims"): both name groups, and the head of neither shares its
/// stem with a word of the other ("leaders" and "leadership", "senators" and "Senate
/// Republicans" do; so do any two words for legislators; "Senate Republicans" and "Senate
/// Democrats" do not).
pub(crate) fn other_groups(a: &[Participant], b: &[Participant]) -> bool {
    let legislator = |w: &String| super::cues::LEGISLATORS.contains(&w.as_str());
    let kin = |x: &String, y: &String| {
        x.bytes().zip(y.bytes()).take_while(|(c, d)| c == d).count()
            >= super::cues::GROUP_STEM.min(x.len()).min(y.len())
            || (legislator(x) && legislator(y))
    };
    let (ga, gb) = (groups(a), groups(b));
    let near = |(h, _): &(String, Vec<String>), (_, ws): &(String, Vec<String>)| {
        ws.iter().any(|w| kin(h, w))
    };
    !ga.is_empty()
        && !gb.is_empty()
        && !ga
            .iter()
            .any(|x| gb.iter().any(|y| near(x, y) || near(y, x)))
}

/// Whether a nameless party's role names a group of people ("members of the House Republican
/// leadership", "GOP leaders"), not one office holder.
fn is_group_role(role: &str) -> bool {
    let last = role_head(role);
    super::offices::is_group_head(&last)
        || super::cues::COLLECTIVE.contains(&last.as_str())
        || super::cues::GROUP_ROLE_OPENERS
            .iter()
            .any(|o| role.to_lowercase().starts_with(o))
}

/// Whether a plan is a new meeting that replaces a called-off one rather than a mention of it:
/// the text says "instead", or the plan is somewhere else or at another gathering.
pub(crate) fn replaces(r: &Rec, new: &Rec, instead: bool) -> bool {
    let differs = |a: &Option<String>, b: &Option<String>| b.is_some() && a != b;
    r.status == MeetingStatus::Cancelled
        && matches!(new.status, MeetingStatus::Planned | MeetingStatus::Proposed)
        && (instead || differs(&r.location, &new.location) || differs(&r.occasion, &new.occasion))
}

/// Folds a new mention into a record.
pub(crate) fn join(r: &mut Rec, new: Rec) {
    // Names win over nameless offices: people of a known country first.
    let mut named: Vec<Participant> = new
        .parties
        .iter()
        .filter(|q| q.name.is_some())
        .cloned()
        .collect();
    named.sort_by_key(|q| q.country.is_none());
    for q in named {
        if r.parties.iter().any(|p| p.name == q.name) {
            continue;
        }
        if let Some(p) = r.parties.iter_mut().find(|p| {
            p.name.is_none()
                && (p.country.is_none() || q.country.is_none() || p.country == q.country)
        }) {
            let country = p.country.clone();
            *p = q;
            if p.country.is_none() {
                p.country = country;
            }
        }
    }
    // The groups a mention adds to the pair on record ([`plus_groups`]).
    if plus_groups(&r.parties, &new.parties) {
        for q in &new.parties {
            if !r.parties.iter().any(|p| key(p) == key(q)) {
                r.parties.push(q.clone());
            }
        }
    }
    if rank(new.status) > rank(r.status) {
        r.status = new.status;
    }
    // A plan on record and a mention that there are no plans: called off.
    let negated = r.negated || new.negated;
    if negated
        && matches!(r.status, MeetingStatus::Planned | MeetingStatus::Proposed)
        && (r.status == MeetingStatus::Planned || new.status == MeetingStatus::Planned)
    {
        r.status = MeetingStatus::Cancelled;
    }
    r.negated = negated;
    r.present = r.present && new.present;
    r.inferred = r.inferred && new.inferred && r.status == MeetingStatus::Held;
    r.uncued = r.uncued && new.uncued;
    // Bounded like the details: a meeting told a thousand times stays linear to settle.
    let room = super::cues::MAX_DETAILS.saturating_sub(r.quiet.len());
    r.quiet.extend(new.quiet.iter().copied().take(room));
    // A call told later as a call is a call; a meeting told as hosting stays a meeting.
    if new.kind == MeetingKind::Call && r.kind == MeetingKind::Bilateral {
        r.kind = new.kind;
    }
    fill(
        r,
        new.date,
        new.location,
        new.occasion.map(|o| (o, new.side)),
        new.duration,
    );
    extend(r, new.topics, new.outcomes, new.evidence, new.last);
}

/// Fills missing details; a resolved date replaces an unresolved one.
pub(crate) fn fill(
    r: &mut Rec,
    date: Option<DateRef>,
    location: Option<String>,
    occasion: Option<(String, bool)>,
    duration: Option<MeetingDuration>,
) {
    let unresolved = r.date.as_ref().is_none_or(|d| d.value.is_none());
    let vague = r
        .date
        .as_ref()
        .is_none_or(|d| super::dates::is_vague(&d.text));
    if let Some(d) = date {
        let better = vague && !super::dates::is_vague(&d.text);
        if r.date.is_none() || (unresolved && d.value.is_some()) || (unresolved && better) {
            r.date = Some(d);
        }
    }
    if r.location.is_none() {
        r.location = location;
    }
    if let Some((o, side)) = occasion {
        if r.occasion.is_none() || (side && !r.side) {
            r.occasion = Some(o);
            r.side = side;
        }
    }
    if r.duration.is_none() {
        r.duration = duration;
    }
}

/// Adds topics, outcomes and evidence, without repeats.
pub(crate) fn extend(
    r: &mut Rec,
    topics: Vec<String>,
    outcomes: Vec<String>,
    evidence: Vec<Span>,
    last: usize,
) {
    // Bounded lists keep a meeting told a thousand times linear to assemble.
    for t in topics {
        if r.topics.len() < super::cues::MAX_DETAILS && !r.topics.contains(&t) {
            r.topics.push(t);
        }
    }
    for o in outcomes {
        if r.outcomes.len() < super::cues::MAX_DETAILS && !r.outcomes.contains(&o) {
            r.outcomes.push(o);
        }
    }
    // Sentences come in text order: a repeat is the last one.
    for e in evidence {
        if r.evidence.last() != Some(&e) {
            r.evidence.push(e);
        }
    }
    r.last = r.last.max(last);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(name: Option<&str>, country: Option<&str>) -> Participant {
        Participant {
            name: name.map(Into::into),
            role: Some("Top Diplomat".into()),
            country: country.map(Into::into),
        }
    }

    #[test]
    fn offices_are_compatible_with_named_people_of_their_country() {
        let a = vec![p(None, Some("China")), p(None, Some("Japan"))];
        let b = vec![
            p(Some("Wang Yi"), None),
            p(Some("Takeo Akiba"), Some("Japan")),
        ];
        assert!(compatible_parties(&a, &b));
        assert!(!same_parties(&a, &b));
        let bare = vec![
            Participant {
                country: Some("Japan".into()),
                ..Default::default()
            },
            p(Some("Xi"), None),
        ];
        let other = vec![p(Some("Hayashi"), None), p(None, Some("China"))];
        assert!(!compatible_parties(&bare, &other));
    }

    fn named(n: &str) -> Participant {
        Participant {
            name: Some(n.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_pair_plus_a_group_is_the_pair_meeting() {
        let pair = vec![named("Paul Ryan"), named("Donald Trump")];
        let mut group = pair.clone();
        group.push(Participant {
            role: Some("members of the House Republican leadership".into()),
            country: Some("United States".into()),
            ..Default::default()
        });
        assert!(plus_groups(&pair, &group));
        assert!(!plus_groups(&group, &pair));
        // A third person is another meeting, not the pair's.
        let three = vec![
            named("Paul Ryan"),
            named("Donald Trump"),
            named("Reince Priebus"),
        ];
        assert!(!plus_groups(&pair, &three));
        // An office holder is no group.
        let mut office = pair.clone();
        office.push(p(None, Some("Mexico")));
        assert!(!plus_groups(&pair, &office));
    }

    #[test]
    fn groups_of_other_head_nouns_are_other_meetings() {
        let with = |role: &str| {
            vec![
                named("Hillary Clinton"),
                Participant {
                    role: Some(role.into()),
                    ..Default::default()
                },
            ]
        };
        assert!(other_groups(&with("community leaders"), &with("victims")));
        assert!(!other_groups(
            &with("GOP leaders"),
            &with("members of the House Republican leadership")
        ));
        assert!(!other_groups(&with("House Democrats"), &with("Democrats")));
        // Any word of one, not just the head ("Senate"/"senators"); legislators are one class.
        assert!(!other_groups(
            &with("Senate Republicans"),
            &with("senators")
        ));
        assert!(!other_groups(
            &with("Republican senators"),
            &with("GOP lawmakers")
        ));
        assert!(other_groups(
            &with("Senate Republicans"),
            &with("top Senate Democrats")
        ));
        // Offices and named people are no groups.
        assert!(!other_groups(
            &with("Foreign Minister"),
            &with("Top Diplomat")
        ));
        let pair = vec![named("Hillary Clinton"), named("Nancy Pelosi")];
        assert!(!other_groups(&pair, &with("victims")));
    }

    #[test]
    fn held_and_planned_are_different_meetings() {
        assert!(!status_ok(MeetingStatus::Held, MeetingStatus::Planned));
        assert!(status_ok(MeetingStatus::Proposed, MeetingStatus::Cancelled));
    }

    #[test]
    fn a_role_opening_members_of_or_leaders_of_is_a_group() {
        assert!(is_group_role("members of the House Republican leadership"));
        assert!(is_group_role("leaders of the Pacific Islands Forum"));
        assert!(!is_group_role("Foreign Minister"));
    }
}
