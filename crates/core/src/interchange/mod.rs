//! The JSON interchange format `bienban.meeting/1`: one meeting with the
//! organisation profile and the people it refers to, for moving a record
//! between machines, scripting and the sample files (docs/interchange.md).

pub mod archive;
mod convert;
mod document;
mod error;
pub mod samples;
mod v1;

use std::collections::{HashMap, HashSet};

pub use document::{
    AgendaEntry, AssigneeEntry, AttendanceEntry, CandidateEntry, ConclusionsEntry, FORMAT, ItemEntry, MeetingDocument,
    MeetingEntry, PersonEntry, ReservedOpinionEntry, ResolutionEntry, SectionEntry, SpeechEntry, VoteEntry,
};
pub use error::InterchangeError;
pub use samples::SAMPLES;

use crate::model::{MeetingId, NewPerson, PersonId};
use crate::store::Store;

/// Parses and checks a document without touching any database: shape,
/// format version, unique person keys and that every key used is declared.
pub fn parse(json: &str) -> Result<MeetingDocument, InterchangeError> {
    // Notepad and Excel on Windows start UTF-8 files with a byte-order mark.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut de = serde_json::Deserializer::from_str(json);
    let doc: MeetingDocument = match v1::upgrade(json) {
        Some(upgraded) => upgraded?,
        None => {
            let doc = serde_path_to_error::deserialize(&mut de).map_err(invalid)?;
            de.end().map_err(|e| invalid_at(String::new(), &e))?;
            doc
        }
    };
    if doc.format != FORMAT {
        return Err(InterchangeError::UnsupportedFormat { found: doc.format, expected: FORMAT });
    }
    let keys = person_keys(&doc, |_, index| Ok(PersonId::try_from(index).unwrap_or(PersonId::MAX)))?;
    convert::meeting_from_entry(&doc.meeting, &keys)?;
    Ok(doc)
}

fn invalid(e: serde_path_to_error::Error<serde_json::Error>) -> InterchangeError {
    invalid_at(e.path().to_string(), e.inner())
}

pub(crate) fn invalid_at(path: String, e: &serde_json::Error) -> InterchangeError {
    // serde_json appends " at line L column C"; line and column travel apart.
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(cut) => full[..cut].to_string(),
        None => full,
    };
    InterchangeError::Invalid { path, message, line: e.line(), column: e.column() }
}

/// Maps each declared key to an id given by `id_for(entry, index)`,
/// refusing duplicates.
fn person_keys(
    doc: &MeetingDocument,
    mut id_for: impl FnMut(&PersonEntry, usize) -> Result<PersonId, InterchangeError>,
) -> Result<HashMap<String, PersonId>, InterchangeError> {
    let mut keys = HashMap::with_capacity(doc.people.len());
    for (index, entry) in doc.people.iter().enumerate() {
        if keys.contains_key(&entry.key) {
            return Err(InterchangeError::DuplicatePerson {
                path: format!("people[{index}].key"),
                key: entry.key.clone(),
            });
        }
        keys.insert(entry.key.clone(), id_for(entry, index)?);
    }
    Ok(keys)
}

/// Imports one document into `store`, all or nothing, and returns the new
/// meeting's id. People already in the directory with the same full name,
/// position, unit and member kind are reused (never one entry for two keys); the organisation profile is saved only when the
/// database has none yet.
pub fn import(store: &Store, json: &str) -> Result<MeetingId, InterchangeError> {
    let doc = parse(json)?;
    import_document(store, &doc)
}

/// As [`import`], for a document already parsed (and checked) by [`parse`].
pub fn import_document(store: &Store, doc: &MeetingDocument) -> Result<MeetingId, InterchangeError> {
    store.atomically(|store| {
        if let Some(organisation) = &doc.organisation
            && store.organisation()?.is_none()
        {
            store.save_organisation(organisation)?;
        }
        // Each key of the file is its own person: an entry already matched
        // by another key is not reused for this one.
        let mut taken = HashSet::new();
        let keys = person_keys(doc, |entry, _| {
            let person = store.find_or_add_person(
                &NewPerson {
                    full_name: entry.full_name.clone(),
                    position: entry.position.clone(),
                    unit: entry.unit.clone(),
                    member_kind: entry.member_kind,
                },
                &taken,
            )?;
            taken.insert(person.id);
            Ok(person.id)
        })?;
        let meeting = convert::meeting_from_entry(&doc.meeting, &keys)?;
        Ok(store.create_meeting(&meeting)?)
    })
}

/// The document of one stored meeting. People get keys "p1", "p2", … in the
/// order the meeting first mentions them, so exporting the same record from
/// two databases gives the same document.
pub fn export(store: &Store, id: MeetingId) -> Result<MeetingDocument, InterchangeError> {
    let meeting = store.meeting(id)?;
    let (entry, order) = convert::meeting_to_entry(&meeting);
    let people = order
        .iter()
        .enumerate()
        .map(|(index, &person_id)| {
            let person = store.person(person_id)?;
            Ok(PersonEntry {
                key: convert::key_for(index),
                full_name: person.full_name,
                position: person.position,
                unit: person.unit,
                member_kind: person.member_kind,
            })
        })
        .collect::<Result<Vec<_>, InterchangeError>>()?;
    Ok(MeetingDocument { format: FORMAT.to_string(), organisation: store.organisation()?, people, meeting: entry })
}

/// Pretty-printed JSON with a final newline, as `bienban show` prints it.
pub fn to_json(doc: &MeetingDocument) -> String {
    // Serialising these types cannot fail: no maps, no non-string keys.
    let mut text = serde_json::to_string_pretty(doc).unwrap_or_default();
    text.push('\n');
    text
}
