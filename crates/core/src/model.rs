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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OrganisationProfile {
    /// Cơ quan cấp trên: the superior body line(s), e.g. "ĐẢNG BỘ QUẬN LONG BIÊN".
    pub superior_body: Vec<String>,
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

/// One signer of a document: authority line, position and name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Signer {
    /// Full name, e.g. "Phan Việt Hưng".
    pub name: String,
    /// Position line in the signature block, e.g. "BÍ THƯ" or "PHÓ BÍ THƯ".
    pub position: String,
    /// Authority line (thẩm quyền ký), e.g. "T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ".
    pub authority: String,
}

/// The issuing body and hierarchy a meeting was held under, frozen with the
/// meeting so that a later change of the organisation profile does not
/// rewrite the header of documents already issued.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IssuerSnapshot {
    pub superior_body: Vec<String>,
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
}

impl From<&OrganisationProfile> for IssuerSnapshot {
    fn from(profile: &OrganisationProfile) -> Self {
        IssuerSnapshot {
            superior_body: profile.superior_body.clone(),
            issuing_body: profile.issuing_body.clone(),
            issuing_body_name: profile.issuing_body_name.clone(),
            issuer_code: profile.issuer_code.clone(),
            place_name: profile.place_name.clone(),
        }
    }
}

/// Loại đảng viên: how a person belongs (or not) to the Party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MemberKind {
    /// Đảng viên chính thức.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MeetingKind {
    /// Hội nghị Ban Chấp hành Đảng bộ (cấp ủy).
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttendanceStatus {
    /// Có mặt.
    Present,
    /// Vắng mặt (with a reason, when given).
    Absent,
    /// Đến muộn (with the arrival time, when known).
    Late,
}

/// Vai trò: a convened member of the body, an invited guest (khách mời), or
/// a superior leader attending and directing; the last two are listed apart
/// and do not count towards the quorum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttendeeRole {
    Member,
    Guest,
    /// Lãnh đạo cấp trên dự và chỉ đạo: a leader of the superior body who
    /// attends and directs; listed apart from members and guests, not in the
    /// quorum or the vote.
    SuperiorLeader,
}

/// Điểm danh: one person's attendance at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
}

/// Nội dung chương trình: one agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AgendaItem {
    pub title: String,
}

/// Phát biểu: one speech, in the order it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
}

/// Hình thức biểu quyết: how a vote was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum VoteMethod {
    /// Giơ tay.
    ShowOfHands,
    /// Bỏ phiếu kín.
    Ballot,
    /// Biểu quyết điện tử.
    Electronic,
}

/// Biểu quyết: one vote with its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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

/// Một nội dung kết luận: one numbered conclusion item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ConclusionItem {
    pub text: String,
    /// Sub-points rendered a), b), …
    pub sub_points: Vec<String>,
    pub assignees: Vec<Assignee>,
    /// Thời hạn: deadline, when given.
    pub deadline: Option<NaiveDate>,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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

/// Hội nghị: one conference and everything recorded about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    pub online_sites: Vec<String>,
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
