//! The domain model: one conference record and what it refers to.
//!
//! These types are the product's single source of truth. The store persists
//! them, the interchange format serialises them, the documents are views of
//! them, and the desktop UI receives them through generated TypeScript types
//! (ts-rs). Field names are snake_case on every boundary.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Database row id of a person in the directory.
pub type PersonId = i64;
/// Database row id of a meeting.
pub type MeetingId = i64;

/// Hồ sơ tổ chức: the organisation that holds meetings and issues documents.
///
/// The hierarchy is free text on purpose: since 2025 wards report straight to
/// the city or province, and the next reform must not need a code change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OrganisationProfile {
    /// Cơ quan cấp trên: the superior body line(s) in header capitals, e.g.
    /// "ĐẢNG BỘ QUẬN LONG BIÊN". Derived from `superior_body_name` when that
    /// is given (the store does it on save).
    pub superior_body: Vec<String>,
    /// The superior body as written in a sentence ("Đảng bộ quận Long Biên"),
    /// one entry per header line: what the user types. Empty in records made
    /// before it existed.
    #[serde(default)]
    pub superior_body_name: Vec<String>,
    /// Cơ quan ban hành: the issuing body in header capitals, e.g.
    /// "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG". Derived from `issuing_body_name` when that
    /// is given (the store does it on save).
    pub issuing_body: String,
    /// The issuing body as written in a sentence, e.g. "Đảng ủy phường Phúc
    /// Đồng": what the user types. Empty in records made before it existed.
    #[serde(default)]
    pub issuing_body_name: String,
    /// Issuer code in document numbers: "ĐU", "CB", "QU", …
    pub issuer_code: String,
    /// Địa danh: place name on the date line, e.g. "Long Biên".
    pub place_name: String,
    /// Default signers (chữ ký), in the order offered to the user.
    pub signers: Vec<Signer>,
    /// Nơi nhận: default recipients, one per line, without the leading "- ".
    pub recipients: Vec<String>,
    /// Name of the format profile used for documents, e.g. "HD36-2018".
    pub format_profile: String,
    /// Start of the committee's term (nhiệm kỳ): document numbers restart here.
    pub term_start: NaiveDate,
}

/// One signer of a document: authority line(s), position and name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Signer {
    /// Full name, e.g. "Phan Việt Hưng".
    pub name: String,
    /// Position line in the signature block, e.g. "BÍ THƯ" or "PHÓ BÍ THƯ".
    pub position: String,
    /// Authority (thẩm quyền ký), any form the body uses: "T/M ĐẢNG ỦY",
    /// "T/M BAN THƯỜNG VỤ", "T/L BAN THƯỜNG VỤ" (then the position is e.g.
    /// "CHÁNH VĂN PHÒNG"), "K/T TRƯỞNG BAN" for an advisory organ; empty when
    /// the signer signs in their own name. Several lines are separated by
    /// "\n" ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"), each printed as a line.
    pub authority: String,
}

/// The issuing body and hierarchy a meeting was held under, frozen with the
/// meeting so that a later change of the organisation profile does not
/// rewrite the header of documents already issued.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IssuerSnapshot {
    /// Header capitals, derived from `superior_body_name` when that is given.
    pub superior_body: Vec<String>,
    /// Running-text lines of the superior body; empty in old records.
    #[serde(default)]
    pub superior_body_name: Vec<String>,
    /// Header capitals, derived from `issuing_body_name` when that is given.
    pub issuing_body: String,
    /// Running-text name ("Đảng ủy phường Phúc Đồng"); empty in old records.
    #[serde(default)]
    pub issuing_body_name: String,
    pub issuer_code: String,
    pub place_name: String,
}

impl IssuerSnapshot {
    /// The issuing body in running text: the name the user typed, else (old
    /// records hold only capitals) the capitals written in sentence case by rule.
    pub fn name_in_sentence(&self) -> String {
        match self.issuing_body_name.trim() {
            "" => crate::wording::body_from_capitals(&self.issuing_body),
            name => name.to_string(),
        }
    }

    /// The superior body (its last, nearest line) in running text: the name
    /// the user typed, else the capitals written in sentence case by rule.
    /// Empty when the issuer has no superior body.
    pub fn superior_in_sentence(&self) -> String {
        match self.superior_body_name.iter().rev().find(|n| !n.trim().is_empty()) {
            Some(name) => name.trim().to_string(),
            None => self.superior_body.last().map(|c| crate::wording::body_from_capitals(c)).unwrap_or_default(),
        }
    }
}

impl From<&OrganisationProfile> for IssuerSnapshot {
    fn from(profile: &OrganisationProfile) -> Self {
        IssuerSnapshot {
            superior_body: profile.superior_body.clone(),
            superior_body_name: profile.superior_body_name.clone(),
            issuing_body: profile.issuing_body.clone(),
            issuing_body_name: profile.issuing_body_name.clone(),
            issuer_code: profile.issuer_code.clone(),
            place_name: profile.place_name.clone(),
        }
    }
}

/// Loại đảng viên: how a person belongs (or not) to the Party.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MemberKind {
    /// Đảng viên chính thức.
    #[default]
    Official,
    /// Đảng viên dự bị.
    Probationary,
    /// Không phải đảng viên (khách mời).
    NonMember,
}

/// Một người trong danh bạ: a person in the directory, reused across meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Person {
    #[ts(type = "number")]
    pub id: PersonId,
    /// Họ và tên, e.g. "Lương Hồng Điệp".
    pub full_name: String,
    /// Chức vụ, e.g. "Phó Bí thư Đảng ủy, Chủ tịch UBND phường".
    pub position: String,
    /// Đơn vị, e.g. "UBND phường Đức Giang". May be empty.
    pub unit: String,
    pub member_kind: MemberKind,
}

/// A person as typed by the user, before the store gives it an id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewPerson {
    pub full_name: String,
    pub position: String,
    pub unit: String,
    pub member_kind: MemberKind,
}

/// Loại hội nghị: the kind of meeting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MeetingKind {
    /// Hội nghị Ban Chấp hành Đảng bộ (cấp ủy).
    #[default]
    CommitteeConference,
    /// Hội nghị Ban Thường vụ.
    StandingCommittee,
    /// Sinh hoạt chi bộ thường kỳ.
    CellRegular,
    /// Hội nghị mở rộng.
    Extended,
    /// Hội nghị trực tuyến.
    Online,
    /// Hội nghị khác.
    Other,
}

/// Tình trạng dự họp: whether a person attended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttendanceStatus {
    /// Có mặt.
    #[default]
    Present,
    /// Vắng mặt (with a reason, when given).
    Absent,
    /// Đến muộn (with the arrival time, when known).
    Late,
}

/// Vai trò: a convened member of the body, an invited guest (khách mời), a
/// superior leader attending and directing, or a delegate attending by
/// category (an extended conference's "Bí thư các chi bộ trực thuộc"); all
/// but members are listed apart and count neither in the quorum nor the vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttendeeRole {
    #[default]
    Member,
    /// Đại biểu mời dự / khách mời.
    Guest,
    /// Lãnh đạo cấp trên dự và chỉ đạo: a leader of the superior body who
    /// attends and directs; listed apart from members and guests, not in the
    /// quorum or the vote.
    SuperiorLeader,
    /// Đại biểu theo thành phần: attends by category (`Attendance::category`).
    Delegate,
}

/// Điểm danh: one person's attendance at a meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Attendance {
    #[ts(type = "number")]
    pub person_id: PersonId,
    pub role: AttendeeRole,
    pub status: AttendanceStatus,
    /// Lý do vắng: reason for an absence; empty when none was given.
    pub reason: String,
    /// Giờ đến: arrival time of a late attendee.
    pub arrival_time: Option<NaiveTime>,
    /// Rời hội nghị sớm: set when the attendee left before the end.
    #[serde(default)]
    pub departure: Option<Departure>,
    /// Thành phần: the category a delegate attends by ("Bí thư các chi bộ
    /// trực thuộc"); for a guest, an optional note such as "dự nội dung 1".
    #[serde(default)]
    pub category: String,
    /// Điểm cầu: index into `Meeting::online_sites` of the site the person
    /// joined from; None for the main site (the meeting's place).
    #[serde(default)]
    pub site: Option<u32>,
}

/// Xin phép rời hội nghị: when and why an attendee left early, and the
/// first agenda item (index into `Meeting::agenda`) they missed, so that
/// votes from that item on do not count them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Departure {
    pub time: Option<NaiveTime>,
    /// Lý do; empty when none was given.
    pub reason: String,
    /// First agenda item missed; None when only the end was missed.
    pub before_item: Option<u32>,
}

/// Nội dung chương trình: one agenda item. Speeches and votes name the
/// item they fall under (`Speech::agenda_item`, `Vote::agenda_item`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgendaItem {
    pub title: String,
    /// Người trình bày: who presented the item's report or draft; the
    /// notice's "Sau khi nghe đồng chí … trình bày …" names them.
    #[serde(default)]
    #[ts(type = "number | null")]
    pub presenter_id: Option<PersonId>,
    /// Tài liệu: documents presented under this item, cited rather than
    /// transcribed, as the office names them ("Báo cáo số 31-BC/ĐU, ngày
    /// 20/3/2026 của Ban Thường vụ Đảng ủy"; "dự thảo Nghị quyết …").
    #[serde(default)]
    pub documents: Vec<String>,
}

/// Phát biểu: one speech, in the order it was given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Speech {
    /// Người phát biểu; None while the secretary has not chosen the speaker
    /// yet, so that text typed first is still part of the saved record.
    #[ts(type = "number | null")]
    pub speaker_id: Option<PersonId>,
    /// Time the speech began, when noted.
    pub time: Option<NaiveTime>,
    /// Substance of the speech; paragraphs separated by "\n".
    pub text: String,
    /// The agenda item (index into `Meeting::agenda`) the speech falls
    /// under; None for the opening and anything outside the items.
    #[serde(default)]
    pub agenda_item: Option<u32>,
}

/// Hình thức biểu quyết: how a vote was taken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum VoteMethod {
    /// Giơ tay.
    #[default]
    ShowOfHands,
    /// Bỏ phiếu kín on a question: `ballots` holds the count of ballots.
    Ballot,
    /// Biểu quyết điện tử.
    Electronic,
    /// Bầu cử bằng phiếu kín: `question` names the office elected to,
    /// `ballots` the count of ballots, `candidates` the votes of each.
    Election,
}

/// Biểu quyết: one vote with its result. The base of the percentages is the
/// members with a vote (official members convened), never probationary
/// members, guests or delegates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Vote {
    /// The question put to the vote.
    pub question: String,
    pub method: VoteMethod,
    /// Tán thành.
    pub votes_for: u32,
    /// Không tán thành.
    pub votes_against: u32,
    /// Ý kiến khác (abstentions and other opinions).
    pub votes_other: u32,
    /// The agenda item (index into `Meeting::agenda`) voted under.
    #[serde(default)]
    pub agenda_item: Option<u32>,
    /// Kết quả kiểm phiếu of a secret ballot or an election.
    #[serde(default)]
    pub ballots: Option<BallotCount>,
    /// Số phiếu bầu of each candidate in an election, in ballot order.
    #[serde(default)]
    pub candidates: Vec<CandidateResult>,
    /// Ý kiến bảo lưu recorded after this vote.
    #[serde(default)]
    pub reserved_opinions: Vec<ReservedOpinion>,
}

/// Kết quả kiểm phiếu: ballots issued, returned, valid and invalid.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BallotCount {
    /// Số phiếu phát ra.
    pub issued: u32,
    /// Số phiếu thu về.
    pub returned: u32,
    /// Số phiếu hợp lệ.
    pub valid: u32,
    /// Số phiếu không hợp lệ.
    pub invalid: u32,
}

/// One candidate's result in an election.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CandidateResult {
    #[ts(type = "number")]
    pub person_id: PersonId,
    /// Số phiếu bầu.
    pub votes: u32,
    /// Trúng cử, as the count committee declared it.
    pub elected: bool,
}

/// Ý kiến bảo lưu: a member who keeps their own opinion after a vote
/// (and abides by the decision).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReservedOpinion {
    #[ts(type = "number")]
    pub person_id: PersonId,
    /// The opinion kept, e.g. "về chỉ tiêu 40%".
    pub text: String,
}

/// Người/đơn vị thực hiện: who acts on a conclusion — a body or a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum Assignee {
    /// A body, unit or office named in free text ("UBND phường").
    Body { name: String },
    /// A person from the directory.
    Person {
        #[ts(type = "number")]
        person_id: PersonId,
    },
}

/// Một nội dung kết luận: one numbered conclusion item. The first assignee
/// leads (chủ trì), the others support (phối hợp); bodies and people mix.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConclusionItem {
    pub text: String,
    /// Sub-points rendered a), b), …
    pub sub_points: Vec<String>,
    pub assignees: Vec<Assignee>,
    /// Thời hạn: deadline, when given.
    pub deadline: Option<NaiveDate>,
    /// Body-first heading form: "1. Ban Thường vụ Quận ủy: lãnh đạo, chỉ đạo
    /// …" — the lead assignee, a colon, then the text; otherwise the wording
    /// chooses the sentence form for the assignee.
    #[serde(default)]
    pub body_first: bool,
}

/// Kết luận: the chair's conclusions.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Conclusions {
    /// Who concluded (usually the chair).
    #[ts(type = "number | null")]
    pub concluded_by: Option<PersonId>,
    /// Substance that comes before the numbered items. The documents write
    /// the lead-in ("Đồng chí … kết luận như sau:") themselves, so this is
    /// not a place to repeat it.
    pub intro: String,
    pub items: Vec<ConclusionItem>,
}

/// One section of a resolution ("I-", "II-", …) with its numbered points.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ResolutionSection {
    pub title: String,
    pub items: Vec<ConclusionItem>,
}

/// Nội dung nghị quyết: what the resolution adds to the record.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ResolutionContent {
    /// Căn cứ: legal bases, one per entry, without "- " or trailing punctuation.
    pub legal_bases: Vec<String>,
    /// Decided points. When empty, the conclusions are used as one section.
    pub sections: Vec<ResolutionSection>,
}

/// Điểm cầu: one connected site of an online meeting (the main site is the
/// meeting's place).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct OnlineSite {
    /// Where the site is, e.g. "Nhà văn hóa Tổ dân phố số 1".
    pub name: String,
    /// Số người dự tại điểm cầu: headcount at the site, 0 when not counted.
    pub participants: u32,
}

/// Hội nghị: one conference and everything recorded about it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Meeting {
    #[ts(type = "number")]
    pub id: MeetingId,
    pub kind: MeetingKind,
    /// Short title shown in lists, e.g. "Hội nghị triển khai chủ đề năm 2018".
    pub title: String,
    /// Subject (nội dung) of the meeting, one sentence.
    pub subject: String,
    /// The body and hierarchy the meeting was held under.
    pub issuer: IssuerSnapshot,
    pub date: NaiveDate,
    pub start_time: Option<NaiveTime>,
    /// Giờ kết thúc: closing time.
    pub end_time: Option<NaiveTime>,
    /// Địa điểm.
    pub place: String,
    /// Điểm cầu: connected sites of an online meeting.
    pub online_sites: Vec<OnlineSite>,
    /// Chủ trì: the chair(s).
    #[ts(type = "Array<number>")]
    pub chair_ids: Vec<PersonId>,
    /// Thư ký: the minute-taker.
    #[ts(type = "number | null")]
    pub minute_taker_id: Option<PersonId>,
    /// Số thành viên được triệu tập: members convened (quorum base).
    pub members_convened: u32,
    pub agenda: Vec<AgendaItem>,
    /// Tài liệu: documents presented, e.g. "Kế hoạch số 159-KH/QU ngày 11/01/2023".
    pub documents: Vec<String>,
    /// Ghi âm, ghi hình: how the meeting was recorded, empty when it was not.
    pub recording_note: String,
    pub attendance: Vec<Attendance>,
    pub speeches: Vec<Speech>,
    pub votes: Vec<Vote>,
    pub conclusions: Conclusions,
    pub resolution: ResolutionContent,
    /// Signer of the notice and resolution (T/M …); the chair signs minutes.
    pub signer: Option<Signer>,
    /// Nơi nhận for the notice and resolution.
    pub recipients: Vec<String>,
    /// Số bản: number of copies made of the minutes.
    pub copies: u32,
    /// Biên bản đã được đọc lại và hội nghị nhất trí thông qua: the minutes
    /// were read back at the meeting and approved.
    #[serde(default)]
    pub read_back: bool,
}

/// Loại văn bản: the documents issued from one meeting record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum DocumentKind {
    /// Biên bản: the minutes.
    Minutes,
    /// Thông báo kết luận: the conclusion notice.
    Notice,
    /// Nghị quyết: the resolution.
    Resolution,
}

impl DocumentKind {
    /// Every kind, in the order the documents are usually issued.
    pub const ALL: [DocumentKind; 3] = [DocumentKind::Minutes, DocumentKind::Notice, DocumentKind::Resolution];

    /// Abbreviation in the document number ("Số 05-BB/ĐU").
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::Minutes => "BB",
            DocumentKind::Notice => "TB",
            DocumentKind::Resolution => "NQ",
        }
    }

    /// Stable lower-case name, as serialised ("minutes", "notice", "resolution").
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Minutes => "minutes",
            DocumentKind::Notice => "notice",
            DocumentKind::Resolution => "resolution",
        }
    }
}
