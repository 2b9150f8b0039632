//! Reading `bienban.meeting/1` files (and `bienban.archive/1`, whose
//! meetings are `/1` entries). A `/1` file is read with its own
//! types, which hold exactly what `/1` had, so an error keeps its path, line
//! and column, and a key or value that only `/2` knows (`departure`,
//! `agenda_item`, `read_back`, role `delegate`, method `election`, …) is
//! refused as in any unknown field. The result is converted to the `/2`
//! entry: online sites, plain names in `/1`, become sites of no counted
//! headcount; everything new is empty.

use chrono::{NaiveDate, NaiveTime};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::archive::{ARCHIVE_FORMAT, ArchiveDocument, ArchivedMeeting, RegisterEntry};
use super::document::{
    AgendaEntry, AssigneeEntry, AttendanceEntry, ConclusionsEntry, ItemEntry, MeetingDocument, MeetingEntry,
    PersonEntry, ResolutionEntry, SectionEntry, SpeechEntry, VoteEntry,
};
use super::{FORMAT, InterchangeError, read_strictly};
use crate::format_profile::FormatProfile;
use crate::model::{
    AttendanceStatus, AttendeeRole, IssuerSnapshot, MeetingKind, OnlineSite, OrganisationProfile, Signer, VoteMethod,
};

/// The format name of the first version.
pub const FORMAT_V1: &str = "bienban.meeting/1";
/// The whole-archive format whose meetings are `/1` entries.
pub const ARCHIVE_FORMAT_V1: &str = "bienban.archive/1";

/// Reads a `/1` file (its `format` already seen to be [`FORMAT_V1`]) as `/2`.
pub(super) fn read(json: &str) -> Result<MeetingDocument, InterchangeError> {
    let doc: DocumentV1 = read_strictly(json).map_err(|e| newer_than_v1::<MeetingDocument>(json, FORMAT, e))?;
    Ok(MeetingDocument {
        format: FORMAT.to_string(),
        organisation: doc.organisation.map(Into::into),
        people: doc.people,
        meeting: doc.meeting.into(),
    })
}

/// Reads a `bienban.archive/1` file (its `format` already seen to be
/// [`ARCHIVE_FORMAT_V1`]) as `bienban.archive/2`: its meetings are `/1`
/// entries.
pub(super) fn read_archive(json: &str) -> Result<ArchiveDocument, InterchangeError> {
    let doc: ArchiveV1 = read_strictly(json).map_err(|e| newer_than_v1::<ArchiveDocument>(json, ARCHIVE_FORMAT, e))?;
    Ok(ArchiveDocument {
        format: ARCHIVE_FORMAT.to_string(),
        organisation: doc.organisation.map(Into::into),
        format_profiles: doc.format_profiles,
        people: doc.people,
        meetings: doc.meetings.into_iter().map(|m| ArchivedMeeting { key: m.key, meeting: m.meeting.into() }).collect(),
        register: doc.register,
    })
}

/// Why a `/1` file was refused: `error`, told apart when the same file
/// labelled `newer` would have been read (it uses what only `/2` has, so
/// its `format` is what is wrong).
fn newer_than_v1<T: DeserializeOwned + Serialize>(
    json: &str,
    newer: &'static str,
    error: InterchangeError,
) -> InterchangeError {
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(json) else {
        return error;
    };
    value["format"] = serde_json::Value::String(newer.to_string());
    match read_strictly::<T>(&value.to_string()) {
        Ok(_) => InterchangeError::NewerThanDeclared { error: Box::new(error), declared: FORMAT_V1, newer },
        Err(_) => error,
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchiveV1 {
    format: String,
    organisation: Option<OrganisationV1>,
    #[serde(default)]
    format_profiles: Vec<FormatProfile>,
    #[serde(default)]
    people: Vec<PersonEntry>,
    #[serde(default)]
    meetings: Vec<ArchivedMeetingV1>,
    #[serde(default)]
    register: Vec<RegisterEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchivedMeetingV1 {
    key: String,
    meeting: MeetingV1,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentV1 {
    format: String,
    organisation: Option<OrganisationV1>,
    people: Vec<PersonEntry>,
    meeting: MeetingV1,
}

/// `OrganisationProfile` before `superior_body_name`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OrganisationV1 {
    superior_body: Vec<String>,
    #[serde(default)]
    issuing_body_name: String,
    issuing_body: String,
    issuer_code: String,
    place_name: String,
    signers: Vec<Signer>,
    recipients: Vec<String>,
    format_profile: String,
    term_start: NaiveDate,
}

impl From<OrganisationV1> for OrganisationProfile {
    fn from(o: OrganisationV1) -> Self {
        OrganisationProfile {
            superior_body: o.superior_body,
            superior_body_name: Vec::new(),
            issuing_body: o.issuing_body,
            issuing_body_name: o.issuing_body_name,
            issuer_code: o.issuer_code,
            place_name: o.place_name,
            signers: o.signers,
            recipients: o.recipients,
            format_profile: o.format_profile,
            term_start: o.term_start,
        }
    }
}

/// `IssuerSnapshot` before `superior_body_name`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuerV1 {
    superior_body: Vec<String>,
    issuing_body: String,
    #[serde(default)]
    issuing_body_name: String,
    issuer_code: String,
    place_name: String,
}

impl From<IssuerV1> for IssuerSnapshot {
    fn from(i: IssuerV1) -> Self {
        IssuerSnapshot {
            superior_body: i.superior_body,
            superior_body_name: Vec::new(),
            issuing_body: i.issuing_body,
            issuing_body_name: i.issuing_body_name,
            issuer_code: i.issuer_code,
            place_name: i.place_name,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MeetingV1 {
    kind: MeetingKind,
    title: String,
    #[serde(default)]
    subject: String,
    issuer: IssuerV1,
    date: NaiveDate,
    #[serde(default)]
    start_time: Option<NaiveTime>,
    #[serde(default)]
    end_time: Option<NaiveTime>,
    #[serde(default)]
    place: String,
    #[serde(default)]
    online_sites: Vec<String>,
    #[serde(default)]
    chairs: Vec<String>,
    #[serde(default)]
    minute_taker: Option<String>,
    members_convened: u32,
    #[serde(default)]
    agenda: Vec<AgendaV1>,
    #[serde(default)]
    documents: Vec<String>,
    #[serde(default)]
    recording_note: String,
    #[serde(default)]
    attendance: Vec<AttendanceV1>,
    #[serde(default)]
    speeches: Vec<SpeechV1>,
    #[serde(default)]
    votes: Vec<VoteV1>,
    #[serde(default)]
    conclusions: ConclusionsV1,
    #[serde(default)]
    resolution: ResolutionV1,
    #[serde(default)]
    signer: Option<Signer>,
    #[serde(default)]
    recipients: Vec<String>,
    #[serde(default)]
    copies: u32,
}

impl From<MeetingV1> for MeetingEntry {
    fn from(m: MeetingV1) -> Self {
        MeetingEntry {
            kind: m.kind,
            title: m.title,
            subject: m.subject,
            issuer: m.issuer.into(),
            date: m.date,
            start_time: m.start_time,
            end_time: m.end_time,
            place: m.place,
            online_sites: m.online_sites.into_iter().map(|name| OnlineSite { name, participants: 0 }).collect(),
            chairs: m.chairs,
            minute_taker: m.minute_taker,
            members_convened: m.members_convened,
            agenda: m
                .agenda
                .into_iter()
                .map(|a| AgendaEntry { title: a.title, presenter: None, documents: Vec::new() })
                .collect(),
            documents: m.documents,
            recording_note: m.recording_note,
            attendance: m.attendance.into_iter().map(Into::into).collect(),
            speeches: m
                .speeches
                .into_iter()
                .map(|s| SpeechEntry { speaker: s.speaker, time: s.time, text: s.text, agenda_item: None })
                .collect(),
            votes: m.votes.into_iter().map(Into::into).collect(),
            conclusions: ConclusionsEntry {
                concluded_by: m.conclusions.concluded_by,
                intro: m.conclusions.intro,
                items: items(m.conclusions.items),
            },
            resolution: ResolutionEntry {
                legal_bases: m.resolution.legal_bases,
                sections: m
                    .resolution
                    .sections
                    .into_iter()
                    .map(|s| SectionEntry { title: s.title, items: items(s.items) })
                    .collect(),
            },
            signer: m.signer,
            recipients: m.recipients,
            copies: m.copies,
            read_back: false,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgendaV1 {
    title: String,
}

/// The roles `/1` knew (no `delegate`).
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum RoleV1 {
    Member,
    Guest,
    SuperiorLeader,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttendanceV1 {
    person: String,
    role: RoleV1,
    status: AttendanceStatus,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    arrival_time: Option<NaiveTime>,
}

impl From<AttendanceV1> for AttendanceEntry {
    fn from(a: AttendanceV1) -> Self {
        AttendanceEntry {
            person: a.person,
            role: match a.role {
                RoleV1::Member => AttendeeRole::Member,
                RoleV1::Guest => AttendeeRole::Guest,
                RoleV1::SuperiorLeader => AttendeeRole::SuperiorLeader,
            },
            status: a.status,
            reason: a.reason,
            arrival_time: a.arrival_time,
            departure: None,
            category: String::new(),
            site: None,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpeechV1 {
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    time: Option<NaiveTime>,
    text: String,
}

/// The methods `/1` knew (no `election`).
#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum MethodV1 {
    ShowOfHands,
    Ballot,
    Electronic,
}

/// A `/1` vote: the three counts are required, as they were.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct VoteV1 {
    question: String,
    method: MethodV1,
    votes_for: u32,
    votes_against: u32,
    votes_other: u32,
}

impl From<VoteV1> for VoteEntry {
    fn from(v: VoteV1) -> Self {
        VoteEntry {
            question: v.question,
            method: match v.method {
                MethodV1::ShowOfHands => VoteMethod::ShowOfHands,
                MethodV1::Ballot => VoteMethod::Ballot,
                MethodV1::Electronic => VoteMethod::Electronic,
            },
            votes_for: v.votes_for,
            votes_against: v.votes_against,
            votes_other: v.votes_other,
            agenda_item: None,
            ballots: None,
            candidates: Vec::new(),
            reserved_opinions: Vec::new(),
        }
    }
}

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConclusionsV1 {
    #[serde(default)]
    concluded_by: Option<String>,
    #[serde(default)]
    intro: String,
    #[serde(default)]
    items: Vec<ItemV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemV1 {
    text: String,
    #[serde(default)]
    sub_points: Vec<String>,
    #[serde(default)]
    assignees: Vec<AssigneeEntry>,
    #[serde(default)]
    deadline: Option<NaiveDate>,
}

fn items(items: Vec<ItemV1>) -> Vec<ItemEntry> {
    items
        .into_iter()
        .map(|i| ItemEntry {
            text: i.text,
            sub_points: i.sub_points,
            assignees: i.assignees,
            deadline: i.deadline,
            body_first: false,
        })
        .collect()
}

#[derive(Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolutionV1 {
    #[serde(default)]
    legal_bases: Vec<String>,
    #[serde(default)]
    sections: Vec<SectionV1>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionV1 {
    title: String,
    #[serde(default)]
    items: Vec<ItemV1>,
}
