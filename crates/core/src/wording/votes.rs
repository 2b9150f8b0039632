//! Vote lines: "tán thành 13/15 đồng chí (đạt 86,7%), không tán thành 0, ý kiến khác 1".

use crate::model::VoteMethod;

use super::numbers::percent;

/// "giơ tay", "bỏ phiếu kín", "điện tử", after "bằng hình thức".
pub fn vote_method(method: VoteMethod) -> &'static str {
    match method {
        VoteMethod::ShowOfHands => "giơ tay",
        VoteMethod::Ballot | VoteMethod::Election => "bỏ phiếu kín",
        VoteMethod::Electronic => "điện tử",
    }
}

/// The result of one vote over `base`, the members with a vote (a decision
/// needs more than half of them; probationary members have none). `voters`
/// names them after the fraction ("đồng chí"). Without a base the votes cast
/// are the base.
pub fn vote_result(votes_for: u32, against: u32, other: u32, base: u32, voters: &str) -> String {
    // Summed in u64: three u32 counts cannot overflow it.
    let base = if base > 0 { u64::from(base) } else { u64::from(votes_for) + u64::from(against) + u64::from(other) };
    format!(
        "tán thành {votes_for}/{base} {voters} (đạt {}), không tán thành {against}, ý kiến khác {other}",
        percent(votes_for, base)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vote_lines_name_the_base_and_the_share() {
        assert_eq!(
            vote_result(13, 0, 1, 15, "đồng chí"),
            "tán thành 13/15 đồng chí (đạt 86,7%), không tán thành 0, ý kiến khác 1"
        );
        assert_eq!(
            vote_result(17, 0, 0, 20, "đồng chí đảng viên chính thức"),
            "tán thành 17/20 đồng chí đảng viên chính thức (đạt 85%), không tán thành 0, ý kiến khác 0"
        );
        assert_eq!(
            vote_result(2, 1, 0, 0, "đồng chí"),
            "tán thành 2/3 đồng chí (đạt 66,7%), không tán thành 1, ý kiến khác 0"
        );
        assert_eq!(
            vote_result(u32::MAX, 1, 0, 0, "đồng chí"),
            "tán thành 4294967295/4294967296 đồng chí (đạt 100%), không tán thành 1, ý kiến khác 0",
            "the sum of the counts does not wrap around"
        );
    }
}
