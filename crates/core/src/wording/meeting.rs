//! How a meeting of each kind is named: a Ban Chấp hành holds a "hội
//! nghị", a Ban Thường vụ holds a "cuộc họp", a chi bộ a "buổi sinh hoạt".

use crate::model::MeetingKind;

/// The nouns and labels a document uses for one kind of meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingWords {
    kind: MeetingKind,
}

impl MeetingWords {
    pub fn of(kind: MeetingKind) -> MeetingWords {
        MeetingWords { kind }
    }

    fn is_cell(self) -> bool {
        self.kind == MeetingKind::CellRegular
    }

    fn is_standing(self) -> bool {
        self.kind == MeetingKind::StandingCommittee
    }

    /// "hội nghị", "cuộc họp", "buổi sinh hoạt" (lower case, for running text).
    pub fn noun(self) -> &'static str {
        if self.is_cell() {
            "buổi sinh hoạt"
        } else if self.is_standing() {
            "cuộc họp"
        } else {
            "hội nghị"
        }
    }

    /// What the minutes write after "Dự", "Nội dung": "hội nghị",
    /// "cuộc họp", "sinh hoạt".
    pub fn short_noun(self) -> &'static str {
        if self.is_cell() { "sinh hoạt" } else { self.noun() }
    }

    /// The subject of "… biểu quyết", "… thống nhất" in the minutes.
    pub fn assembly(self) -> &'static str {
        if self.is_cell() {
            "Chi bộ"
        } else if self.is_standing() {
            "Ban Thường vụ"
        } else {
            "Hội nghị"
        }
    }

    /// Signature title of the chair on the minutes: "CHỦ TRÌ HỘI NGHỊ" for a
    /// conference, "CHỦ TRÌ" otherwise.
    pub fn chair_signature(self) -> &'static str {
        if self.is_cell() || self.is_standing() { "CHỦ TRÌ" } else { "CHỦ TRÌ HỘI NGHỊ" }
    }

    /// "Chủ trì hội nghị: " / "Chủ trì: ".
    pub fn chair_label(self) -> String {
        if self.is_cell() || self.is_standing() {
            "Chủ trì: ".to_string()
        } else {
            "Chủ trì hội nghị: ".to_string()
        }
    }

    /// "Thư ký hội nghị: " / "Thư ký: ".
    pub fn minute_taker_label(self) -> String {
        if self.is_cell() || self.is_standing() {
            "Thư ký: ".to_string()
        } else {
            "Thư ký hội nghị: ".to_string()
        }
    }

    /// Who counts in the vote base, after "tán thành 9/10": "đồng chí", or
    /// "đồng chí đảng viên chính thức" in a chi bộ.
    pub fn voters(self) -> &'static str {
        if self.is_cell() { "đồng chí đảng viên chính thức" } else { "đồng chí" }
    }

    /// Whose conclusion a member with a reserved opinion abides by: "hội
    /// nghị", "cuộc họp", or "Chi bộ".
    pub fn decider(self) -> &'static str {
        if self.is_cell() { "Chi bộ" } else { self.noun() }
    }

    /// The line that says the minutes were read back and approved, as
    /// Specimen A words it: "Biên bản đã được đọc lại trước hội nghị; các
    /// đồng chí dự hội nghị nhất trí với nội dung biên bản."; a chi bộ:
    /// "Thư ký đọc lại biên bản; Chi bộ nhất trí thông qua."
    pub fn read_back(self) -> String {
        if self.is_cell() {
            "Thư ký đọc lại biên bản; Chi bộ nhất trí thông qua.".to_string()
        } else {
            let noun = self.noun();
            format!("Biên bản đã được đọc lại trước {noun}; các đồng chí dự {noun} nhất trí với nội dung biên bản.")
        }
    }

    /// Whether an online conference with sites ("điểm cầu") is meant.
    pub fn is_online(self) -> bool {
        self.kind == MeetingKind::Online
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chi_bo_meets_in_sinh_hoat_not_hoi_nghi() {
        let cell = MeetingWords::of(MeetingKind::CellRegular);
        assert_eq!(cell.noun(), "buổi sinh hoạt");
        assert_eq!(cell.chair_signature(), "CHỦ TRÌ");
        assert_eq!(cell.assembly(), "Chi bộ");
        let conference = MeetingWords::of(MeetingKind::CommitteeConference);
        assert_eq!(conference.chair_signature(), "CHỦ TRÌ HỘI NGHỊ");
        assert_eq!(MeetingWords::of(MeetingKind::StandingCommittee).noun(), "cuộc họp");
    }

    #[test]
    fn the_read_back_line_names_who_approved() {
        assert_eq!(
            MeetingWords::of(MeetingKind::CommitteeConference).read_back(),
            "Biên bản đã được đọc lại trước hội nghị; các đồng chí dự hội nghị nhất trí với nội dung biên bản."
        );
        assert_eq!(
            MeetingWords::of(MeetingKind::StandingCommittee).read_back(),
            "Biên bản đã được đọc lại trước cuộc họp; các đồng chí dự cuộc họp nhất trí với nội dung biên bản."
        );
        assert_eq!(
            MeetingWords::of(MeetingKind::CellRegular).read_back(),
            "Thư ký đọc lại biên bản; Chi bộ nhất trí thông qua."
        );
    }
}
