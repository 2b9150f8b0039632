//! The shape of a `bienban.meeting/2` file. People are referred to by
//! file-local string keys, so a file does not depend on any database's ids.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::model::{
    AttendanceStatus, AttendeeRole, BallotCount, Departure, IssuerSnapshot, MeetingKind, MemberKind, OnlineSite,
    OrganisationProfile, Signer, VoteMethod,
};

/// Value of the `format` key this version reads and writes.
pub const FORMAT: &str = "bienban.meeting/2";

/// One meeting with the organisation profile and the people it refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingDocument {
    pub format: String,
    /// The exporting office's profile; used on import only when the target
    /// database has none (the meeting carries its own issuer snapshot).
    pub organisation: Option<OrganisationProfile>,
    pub people: Vec<PersonEntry>,
    pub meeting: MeetingEntry,
}

/// A person of the file, named by `key` wherever the meeting refers to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub key: String,
    pub full_name: String,
    #[serde(default)]
    pub position: String,
    #[serde(default)]
    pub unit: String,
    pub member_kind: MemberKind,
}

/// The meeting record, as `model::Meeting` but without its database id and
/// with person keys instead of person ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingEntry {
    pub kind: MeetingKind,
    pub title: String,
    #[serde(default)]
    pub subject: String,
    pub issuer: IssuerSnapshot,
    pub date: NaiveDate,
    #[serde(default)]
    pub start_time: Option<NaiveTime>,
    #[serde(default)]
    pub end_time: Option<NaiveTime>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub online_sites: Vec<OnlineSite>,
    #[serde(default)]
    pub chairs: Vec<String>,
    #[serde(default)]
    pub minute_taker: Option<String>,
    pub members_convened: u32,
    #[serde(default)]
    pub agenda: Vec<AgendaEntry>,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub recording_note: String,
    #[serde(default)]
    pub attendance: Vec<AttendanceEntry>,
    #[serde(default)]
    pub speeches: Vec<SpeechEntry>,
    #[serde(default)]
    pub votes: Vec<VoteEntry>,
    #[serde(default)]
    pub conclusions: ConclusionsEntry,
    #[serde(default)]
    pub resolution: ResolutionEntry,
    #[serde(default)]
    pub signer: Option<Signer>,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub copies: u32,
    #[serde(default)]
    pub read_back: bool,
}

/// An agenda item; speeches and votes refer to it by its index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaEntry {
    pub title: String,
    #[serde(default)]
    pub presenter: Option<String>,
    #[serde(default)]
    pub documents: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceEntry {
    pub person: String,
    pub role: AttendeeRole,
    pub status: AttendanceStatus,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub arrival_time: Option<NaiveTime>,
    #[serde(default)]
    pub departure: Option<Departure>,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub site: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechEntry {
    /// Null (or absent) while the speaker has not been chosen yet.
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub time: Option<NaiveTime>,
    pub text: String,
    #[serde(default)]
    pub agenda_item: Option<u32>,
}

/// A vote; candidates and reserved opinions name people by key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteEntry {
    pub question: String,
    pub method: VoteMethod,
    #[serde(default)]
    pub votes_for: u32,
    #[serde(default)]
    pub votes_against: u32,
    #[serde(default)]
    pub votes_other: u32,
    #[serde(default)]
    pub agenda_item: Option<u32>,
    #[serde(default)]
    pub ballots: Option<BallotCount>,
    #[serde(default)]
    pub candidates: Vec<CandidateEntry>,
    #[serde(default)]
    pub reserved_opinions: Vec<ReservedOpinionEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateEntry {
    pub person: String,
    pub votes: u32,
    #[serde(default)]
    pub elected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReservedOpinionEntry {
    pub person: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConclusionsEntry {
    #[serde(default)]
    pub concluded_by: Option<String>,
    #[serde(default)]
    pub intro: String,
    #[serde(default)]
    pub items: Vec<ItemEntry>,
}

/// A numbered conclusion or resolution point.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemEntry {
    pub text: String,
    #[serde(default)]
    pub sub_points: Vec<String>,
    #[serde(default)]
    pub assignees: Vec<AssigneeEntry>,
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    #[serde(default)]
    pub body_first: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AssigneeEntry {
    Body { name: String },
    Person { person: String },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolutionEntry {
    #[serde(default)]
    pub legal_bases: Vec<String>,
    #[serde(default)]
    pub sections: Vec<SectionEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionEntry {
    pub title: String,
    #[serde(default)]
    pub items: Vec<ItemEntry>,
}
