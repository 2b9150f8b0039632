//! The whole-archive file `bienban.archive/2`: every meeting, person, the
//! organisation profile, the format profiles and the number register of one
//! database, for moving an office to a new computer (docs/interchange.md).
//!
//! Meetings use the `bienban.meeting/2` entry shape (`bienban.archive/1`
//! files, whose meetings are `/1` entries, are still read and converted); people are named by
//! keys "p1", "p2", … of the archive's people list (ordered by id) and
//! meetings by "m1", "m2", … (ordered by id), so exporting the same record
//! from two databases gives the same file. Import goes into an empty
//! database only (no merging), all or nothing.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::document::{MeetingEntry, PersonEntry};
use super::{InterchangeError, convert, v1};
use crate::format_profile::FormatProfile;
use crate::model::{DocumentKind, MeetingId, NewPerson, OrganisationProfile, PersonId};
use crate::store::{IssuedDocument, MeetingFilter, Store};

/// Value of the `format` key this version reads and writes.
pub const ARCHIVE_FORMAT: &str = "bienban.archive/2";

/// The whole record of one office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchiveDocument {
    pub format: String,
    pub organisation: Option<OrganisationProfile>,
    #[serde(default)]
    pub format_profiles: Vec<FormatProfile>,
    #[serde(default)]
    pub people: Vec<PersonEntry>,
    #[serde(default)]
    pub meetings: Vec<ArchivedMeeting>,
    /// The register, newest first (as the app lists it).
    #[serde(default)]
    pub register: Vec<RegisterEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchivedMeeting {
    pub key: String,
    pub meeting: MeetingEntry,
}

/// One number of the register; `meeting` is the key of an archived meeting,
/// null once the meeting was deleted (the number stays taken).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterEntry {
    pub meeting: Option<String>,
    pub kind: DocumentKind,
    pub number: u32,
    pub issuer_code: String,
    pub term_start: chrono::NaiveDate,
    pub format_profile: String,
    pub issued_at: String,
}

/// Why an archive was refused.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error(transparent)]
    Interchange(#[from] InterchangeError),
    /// The target database already holds records.
    #[error("the target database is not empty")]
    NotEmpty,
    /// A key used in the file is not declared (or declared twice).
    #[error("{path}: key {key:?}")]
    BadKey { path: String, key: String },
}

impl From<crate::store::StoreError> for ArchiveError {
    fn from(e: crate::store::StoreError) -> Self {
        ArchiveError::Interchange(InterchangeError::Store(e))
    }
}

impl ArchiveError {
    pub fn is_user_error(&self) -> bool {
        match self {
            ArchiveError::Interchange(e) => e.is_user_error(),
            ArchiveError::NotEmpty | ArchiveError::BadKey { .. } => true,
        }
    }

    pub fn user_message(&self) -> String {
        match self {
            ArchiveError::Interchange(InterchangeError::UnsupportedFormat { found, .. }) => {
                format!(
                    "Tệp không phải kho lưu trữ Biên bản: «format» cần \"{ARCHIVE_FORMAT}\" (hoặc \"{}\" cũ), \
                     gặp \"{found}\".",
                    v1::ARCHIVE_FORMAT_V1
                )
            }
            ArchiveError::Interchange(e) => e.user_message(),
            ArchiveError::NotEmpty => "Cơ sở dữ liệu đích đã có dữ liệu (hồ sơ tổ chức, người, hội nghị hoặc số \
                 văn bản). Kho lưu trữ chỉ nhập vào một cơ sở dữ liệu trống, để không trộn lẫn hai sổ; hãy chỉ \
                 định một tệp mới bằng --db."
                .to_string(),
            ArchiveError::BadKey { path, key } => {
                format!("Tệp không hợp lệ tại «{path}»: khóa \"{key}\" không được khai báo hoặc bị trùng.")
            }
        }
    }
}

fn meeting_key(index: usize) -> String {
    format!("m{}", index + 1)
}

/// The archive of everything in `store`.
pub fn export(store: &Store) -> Result<ArchiveDocument, InterchangeError> {
    let mut people = store.people()?;
    people.sort_by_key(|p| p.id);
    let person_keys: HashMap<PersonId, String> =
        people.iter().enumerate().map(|(i, p)| (p.id, convert::key_for(i))).collect();
    let mut ids: Vec<MeetingId> = store.meetings(&MeetingFilter::default())?.into_iter().map(|m| m.id).collect();
    ids.sort_unstable();
    let meeting_keys: HashMap<MeetingId, String> =
        ids.iter().enumerate().map(|(i, &id)| (id, meeting_key(i))).collect();
    let meetings = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let meeting = store.meeting(id)?;
            Ok(ArchivedMeeting { key: meeting_key(i), meeting: convert::meeting_to_entry_with(&meeting, &person_keys) })
        })
        .collect::<Result<Vec<_>, InterchangeError>>()?;
    let register = store
        .issued_documents()?
        .into_iter()
        .map(|d| RegisterEntry {
            meeting: d.meeting_id.and_then(|id| meeting_keys.get(&id).cloned()),
            kind: d.kind,
            number: d.number,
            issuer_code: d.issuer_code,
            term_start: d.term_start,
            format_profile: d.format_profile,
            issued_at: d.issued_at,
        })
        .collect();
    Ok(ArchiveDocument {
        format: ARCHIVE_FORMAT.to_string(),
        organisation: store.organisation()?,
        format_profiles: store.format_profiles()?,
        people: people
            .into_iter()
            .enumerate()
            .map(|(i, p)| PersonEntry {
                key: convert::key_for(i),
                full_name: p.full_name,
                position: p.position,
                unit: p.unit,
                member_kind: p.member_kind,
            })
            .collect(),
        meetings,
        register,
    })
}

/// Parses an archive file and checks its format and keys, touching no database.
pub fn parse(json: &str) -> Result<ArchiveDocument, ArchiveError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    // The format first: a meeting file given by mistake is named as such,
    // not reported field by field.
    let doc = match super::format_of(json) {
        Some(found) if found == v1::ARCHIVE_FORMAT_V1 => v1::read_archive(json)?,
        Some(found) if found != ARCHIVE_FORMAT => {
            return Err(InterchangeError::UnsupportedFormat { found, expected: ARCHIVE_FORMAT }.into());
        }
        _ => super::read_strictly::<ArchiveDocument>(json)?,
    };
    if doc.format != ARCHIVE_FORMAT {
        return Err(InterchangeError::UnsupportedFormat { found: doc.format, expected: ARCHIVE_FORMAT }.into());
    }
    // Placeholder ids: only that every key resolves is checked here.
    let people = unique_keys(doc.people.iter().map(|p| p.key.as_str()), "people")?;
    let meetings = unique_keys(doc.meetings.iter().map(|m| m.key.as_str()), "meetings")?;
    for m in &doc.meetings {
        convert::meeting_from_entry(&m.meeting, &people)?;
    }
    for (i, entry) in doc.register.iter().enumerate() {
        if let Some(key) = &entry.meeting
            && !meetings.contains_key(key)
        {
            return Err(ArchiveError::BadKey { path: format!("register[{i}].meeting"), key: key.clone() });
        }
    }
    Ok(doc)
}

fn unique_keys<'a>(keys: impl Iterator<Item = &'a str>, list: &str) -> Result<HashMap<String, PersonId>, ArchiveError> {
    let mut seen = HashMap::new();
    for (i, key) in keys.enumerate() {
        if seen.insert(key.to_string(), PersonId::try_from(i).unwrap_or(PersonId::MAX)).is_some() {
            return Err(ArchiveError::BadKey { path: format!("{list}[{i}].key"), key: key.to_string() });
        }
    }
    Ok(seen)
}

/// What an import brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveCounts {
    pub people: usize,
    pub meetings: usize,
    pub register: usize,
}

/// Imports a parsed archive into `store`, which must be empty
/// ([`Store::is_empty`]); all or nothing.
pub fn import(store: &Store, doc: &ArchiveDocument) -> Result<ArchiveCounts, ArchiveError> {
    store.atomically(|store| {
        if !store.is_empty()? {
            return Err(ArchiveError::NotEmpty);
        }
        for profile in &doc.format_profiles {
            store.save_format_profile(profile)?;
        }
        if let Some(organisation) = &doc.organisation {
            store.save_organisation(organisation)?;
        }
        let mut people = HashMap::with_capacity(doc.people.len());
        for entry in &doc.people {
            let person = store.add_person(&NewPerson {
                full_name: entry.full_name.clone(),
                position: entry.position.clone(),
                unit: entry.unit.clone(),
                member_kind: entry.member_kind,
            })?;
            people.insert(entry.key.clone(), person.id);
        }
        let mut meetings = HashMap::with_capacity(doc.meetings.len());
        for archived in &doc.meetings {
            let meeting = convert::meeting_from_entry(&archived.meeting, &people)?;
            meetings.insert(archived.key.clone(), store.create_meeting(&meeting)?);
        }
        // Oldest first, so the new ids keep the register's order.
        for entry in doc.register.iter().rev() {
            store.record_issued_document(&IssuedDocument {
                meeting_id: entry.meeting.as_ref().and_then(|key| meetings.get(key).copied()),
                kind: entry.kind,
                number: entry.number,
                issuer_code: entry.issuer_code.clone(),
                term_start: entry.term_start,
                format_profile: entry.format_profile.clone(),
                issued_at: entry.issued_at.clone(),
            })?;
        }
        Ok(ArchiveCounts { people: doc.people.len(), meetings: doc.meetings.len(), register: doc.register.len() })
    })
}

/// Pretty-printed JSON with a final newline.
pub fn to_json(doc: &ArchiveDocument) -> String {
    // Serialising these types cannot fail: no maps with non-string keys.
    let mut text = serde_json::to_string_pretty(doc).unwrap_or_default();
    text.push('\n');
    text
}
