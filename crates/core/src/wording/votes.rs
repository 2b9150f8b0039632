//! Vote lines: "tán thành 13/15 đồng chí (đạt 86,7%), không tán thành 0, ý kiến khác 1".

use crate::model::{BallotCount, VoteMethod};

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

/// "Kết quả kiểm phiếu: số phiếu phát ra 14, thu về 14, hợp lệ 13, không
/// hợp lệ 1" (Specimen A: "số phiếu" once).
pub fn ballot_count(b: BallotCount) -> String {
    format!(
        "Kết quả kiểm phiếu: số phiếu phát ra {}, thu về {}, hợp lệ {}, không hợp lệ {}",
        b.issued, b.returned, b.valid, b.invalid
    )
}

/// One candidate's result over the members with a vote: "Đồng chí A được
/// 7/11 phiếu (đạt 63,6%), trúng cử." — `who` is "Đồng chí A" as it should
/// read.
pub fn candidate_result(who: &str, votes: u32, base: u32, elected: bool) -> String {
    let share = percent(votes, u64::from(base));
    let outcome = if elected { ", trúng cử" } else { "" };
    format!("{who} được {votes}/{base} phiếu (đạt {share}){outcome}.")
}

/// "Ý kiến bảo lưu: đồng chí X bảo lưu ý kiến về chỉ tiêu 40%; đồng chí
/// chấp hành kết luận của hội nghị." — `text` is what was kept, with or
/// without the words "bảo lưu ý kiến" typed before it; `whose` is whose
/// conclusion the member abides by ("hội nghị", "Chi bộ").
pub fn reserved_opinion(who: &str, text: &str, whose: &str) -> String {
    let text = text.trim().trim_end_matches(['.', ';']).trim_end();
    let rest = match text.to_lowercase().strip_prefix("bảo lưu ý kiến") {
        Some(_) => text.chars().skip("bảo lưu ý kiến".chars().count()).collect::<String>().trim_start().to_string(),
        None => text.to_string(),
    };
    let kept = if rest.is_empty() { String::new() } else { format!(" {}", super::names::run_on(&rest)) };
    format!("Ý kiến bảo lưu: {who} bảo lưu ý kiến{kept}; đồng chí chấp hành kết luận của {whose}.")
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
        let b = BallotCount { issued: 10, returned: 10, valid: 9, invalid: 1 };
        assert_eq!(ballot_count(b), "Kết quả kiểm phiếu: số phiếu phát ra 10, thu về 10, hợp lệ 9, không hợp lệ 1");
        assert_eq!(
            candidate_result("Đồng chí Phạm Đình Trí", 7, 11, true),
            "Đồng chí Phạm Đình Trí được 7/11 phiếu (đạt 63,6%), trúng cử."
        );
        assert_eq!(candidate_result("Đồng chí B", 2, 11, false), "Đồng chí B được 2/11 phiếu (đạt 18,2%).");
        assert_eq!(
            reserved_opinion("đồng chí Võ Đình Tứ", "Bảo lưu ý kiến về quy mô 80 ha.", "hội nghị"),
            "Ý kiến bảo lưu: đồng chí Võ Đình Tứ bảo lưu ý kiến về quy mô 80 ha; đồng chí chấp hành kết luận của \
             hội nghị."
        );
        assert_eq!(
            reserved_opinion("đồng chí Lưu Minh Quân", "về chỉ tiêu 40%", "Chi bộ"),
            "Ý kiến bảo lưu: đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%; đồng chí chấp hành kết luận \
             của Chi bộ."
        );
    }
}
