//! The JSON interchange format `bienban.meeting/2`: one meeting with the
//! organisation profile and the people it refers to, for moving a record
//! between machines, scripting and the sample files (docs/interchange.md).
//! `bienban.meeting/1` files are still read (`v1`), converted to `/2`.

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

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::{MeetingId, NewPerson, PersonId};
use crate::store::Store;

/// Parses and checks a document without touching any database: shape,
/// format version (`/1` files are read and converted), unique person keys,
/// that every key used is declared and every index points into its list.
pub fn parse(json: &str) -> Result<MeetingDocument, InterchangeError> {
    // Notepad and Excel on Windows start UTF-8 files with a byte-order mark.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let doc = match format_of(json) {
        Some(found) if found == v1::FORMAT_V1 => v1::read(json)?,
        Some(found) if found != FORMAT => {
            return Err(InterchangeError::UnsupportedFormat { found, expected: FORMAT });
        }
        // Broken JSON is reported where the typed reading stops.
        _ => read_strictly::<MeetingDocument>(json)?,
    };
    if doc.format != FORMAT {
        return Err(InterchangeError::UnsupportedFormat { found: doc.format, expected: FORMAT });
    }
    let keys = person_keys(&doc, |_, index| Ok(PersonId::try_from(index).unwrap_or(PersonId::MAX)))?;
    convert::meeting_from_entry(&doc.meeting, &keys)?;
    Ok(doc)
}

/// The `format` string of a JSON object, when the text is one and has it.
fn format_of(json: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Head {
        format: String,
    }
    serde_json::from_str::<Head>(json).ok().map(|head| head.format)
}

/// Reads `json` as a `T`, refusing trailing text and every key that `T`
/// does not hold. Entry types refuse unknown keys themselves (with line and
/// column); model types nested in them (issuer, organisation, signer,
/// departure, …) skip them silently, so the keys read are compared with
/// the keys of the input: what was not read is refused by its path.
fn read_strictly<T: DeserializeOwned + Serialize>(json: &str) -> Result<T, InterchangeError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let doc: T = serde_path_to_error::deserialize(&mut de).map_err(invalid)?;
    de.end().map_err(|e| invalid_at(String::new(), &e))?;
    let input: Value = serde_json::from_str(json).map_err(|e| invalid_at(String::new(), &e))?;
    // Serialising these types cannot fail: no maps with non-string keys.
    let read = serde_json::to_value(&doc).unwrap_or(Value::Null);
    match unread_key(&input, &read, "") {
        Some((path, field)) => Err(InterchangeError::UnknownField { path, field }),
        None => Ok(doc),
    }
}

/// The first key of `input` that `read` (the same document as read back)
/// lacks: its path and the key.
fn unread_key(input: &Value, read: &Value, path: &str) -> Option<(String, String)> {
    match (input, read) {
        (Value::Object(input), Value::Object(read)) => input.iter().find_map(|(key, value)| {
            let path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            match read.get(key) {
                None => Some((path, key.clone())),
                Some(read) => unread_key(value, read, &path),
            }
        }),
        (Value::Array(input), Value::Array(read)) => input
            .iter()
            .zip(read)
            .enumerate()
            .find_map(|(i, (value, read))| unread_key(value, read, &format!("{path}[{i}]"))),
        _ => None,
    }
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
/// refusing empty keys and duplicates.
fn person_keys(
    doc: &MeetingDocument,
    mut id_for: impl FnMut(&PersonEntry, usize) -> Result<PersonId, InterchangeError>,
) -> Result<HashMap<String, PersonId>, InterchangeError> {
    let mut keys = HashMap::with_capacity(doc.people.len());
    for (index, entry) in doc.people.iter().enumerate() {
        if entry.key.is_empty() {
            return Err(InterchangeError::EmptyPersonKey { path: format!("people[{index}].key") });
        }
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
