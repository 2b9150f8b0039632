//! Vote lines: "tán thành 13/15 đồng chí (đạt 86,7%), không tán thành 0, ý kiến khác 1".

use crate::model::{BallotCount, VoteMethod};

use super::assign::join_and;
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

/// "Kết quả kiểm phiếu: số phiếu phát ra 14, số phiếu thu về 14, số phiếu
/// hợp lệ 14, số phiếu không hợp lệ 0".
pub fn ballot_count(b: BallotCount) -> String {
    format!(
        "Kết quả kiểm phiếu: số phiếu phát ra {}, số phiếu thu về {}, số phiếu hợp lệ {}, số phiếu không hợp lệ {}",
        b.issued, b.returned, b.valid, b.invalid
    )
}

/// One candidate's result: "đồng chí A được 12/15 phiếu (đạt 80% so với
/// tổng số Ủy viên Ban Chấp hành)". `base_noun` names the base the first
/// time only (None afterwards); `who` is "đồng chí A" as it should read.
pub fn candidate_result(who: &str, votes: u32, base: u32, base_noun: Option<&str>) -> String {
    let share = percent(votes, u64::from(base));
    match base_noun {
        Some(noun) => format!("{who} được {votes}/{base} phiếu (đạt {share} so với tổng số {noun})"),
        None => format!("{who} được {votes}/{base} phiếu (đạt {share})"),
    }
}

/// Who was elected: "Đồng chí A trúng cử.", "Các đồng chí A và B trúng
/// cử.", "Không có đồng chí nào trúng cử." (`names` are bare full names).
pub fn elected(names: &[String]) -> String {
    match names {
        [] => "Không có đồng chí nào trúng cử.".to_string(),
        [one] => format!("Đồng chí {one} trúng cử."),
        many => format!("Các đồng chí {} trúng cử.", join_and(many)),
    }
}

/// "Đồng chí X bảo lưu ý kiến về chỉ tiêu 40%." — `text` is what was kept,
/// with or without the words "bảo lưu ý kiến" typed before it.
pub fn reserved_opinion(who: &str, text: &str) -> String {
    let text = text.trim().trim_end_matches(['.', ';']).trim_end();
    let lower = text.to_lowercase();
    let rest = if lower.starts_with("bảo lưu ý kiến") {
        text.chars().skip("bảo lưu ý kiến".chars().count()).collect::<String>().trim_start().to_string()
    } else {
        text.to_string()
    };
    if rest.is_empty() {
        format!("{who} bảo lưu ý kiến.")
    } else {
        format!("{who} bảo lưu ý kiến {}.", super::names::run_on(&rest))
    }
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

    #[test]
    fn ballots_candidates_and_reserved_opinions_read_as_an_office_writes_them() {
        let b = BallotCount { issued: 14, returned: 14, valid: 13, invalid: 1 };
        assert_eq!(
            ballot_count(b),
            "Kết quả kiểm phiếu: số phiếu phát ra 14, số phiếu thu về 14, số phiếu hợp lệ 13, số phiếu không hợp lệ 1"
        );
        assert_eq!(
            candidate_result("Đồng chí Lương Thị Thanh Hà", 12, 15, Some("Ủy viên Ban Chấp hành")),
            "Đồng chí Lương Thị Thanh Hà được 12/15 phiếu (đạt 80% so với tổng số Ủy viên Ban Chấp hành)"
        );
        assert_eq!(candidate_result("đồng chí B", 7, 15, None), "đồng chí B được 7/15 phiếu (đạt 46,7%)");
        assert_eq!(elected(&["A".to_string()]), "Đồng chí A trúng cử.");
        assert_eq!(elected(&["A".to_string(), "B".to_string()]), "Các đồng chí A và B trúng cử.");
        assert_eq!(elected(&[]), "Không có đồng chí nào trúng cử.");
        assert_eq!(
            reserved_opinion("Đồng chí Lưu Minh Quân", "Bảo lưu ý kiến về chỉ tiêu 40%."),
            "Đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%."
        );
        assert_eq!(
            reserved_opinion("Đồng chí Lưu Minh Quân", "về chỉ tiêu 40%"),
            "Đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%."
        );
    }
}
