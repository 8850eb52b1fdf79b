//! Tables for who takes part and when mentions make separate records (the recall side of the
//! meetings stage; the attribute cues are in [`super::cues`]).

/// How many tokens after a trigger a date may stand to date that mention itself
/// ("held talks on Thursday"), so that another day of the same pair is another meeting.
pub(crate) const OTHER_DAY_REACH: usize = 6;
