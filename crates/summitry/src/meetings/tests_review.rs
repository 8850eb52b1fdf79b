//! Checks of the shapes a read-only review probed: each probe sentence, and an ordinary
//! sentence where the rule must not fire.

use super::testkit::{meet, names};
use super::*;

#[test]
fn an_invitation_to_meet_a_group_is_one_record() {
    let m = meet(
        "Paul Ryan has invited Donald Trump to meet with members of the House Republican leadership on Thursday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].status, MeetingStatus::Planned);
    assert_eq!(names(&m[0]).len(), 3);
    // A proposal told in another sentence stays its own record.
    let m = meet(
        "Paul Ryan proposed a meeting with Donald Trump. Paul Ryan will meet Donald Trump and members of the House Republican leadership on Thursday.",
        "2023-11-17",
    );
    assert_eq!(m.len(), 2);
}
