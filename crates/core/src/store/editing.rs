//! SQL of `editing_place`: where the secretary was working, for the reopen
//! after a crash.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::StoreError;
use crate::model::MeetingId;

/// Where the secretary was working in the meeting screen. Kept while the
/// meeting is open; still there at the next start only when the app did not
/// close normally (crash, kill, power cut).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EditingPlace {
    #[ts(type = "number")]
    pub meeting_id: MeetingId,
    /// The section of the meeting screen: "general", "attendance", "speeches", …
    pub section: String,
    /// Index in the meeting's speeches of the one being typed, if any.
    pub speech: Option<u32>,
}

pub(super) fn get(conn: &Connection) -> Result<Option<EditingPlace>, StoreError> {
    Ok(conn
        .query_row("SELECT meeting_id, section, speech FROM editing_place WHERE id = 1", [], |r| {
            Ok(EditingPlace { meeting_id: r.get(0)?, section: r.get(1)?, speech: r.get(2)? })
        })
        .optional()?)
}

pub(super) fn set(conn: &Connection, place: Option<&EditingPlace>) -> Result<(), StoreError> {
    match place {
        None => conn.execute("DELETE FROM editing_place", [])?,
        Some(p) => conn.execute(
            "INSERT INTO editing_place (id, meeting_id, section, speech) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET meeting_id = excluded.meeting_id, section = excluded.section,
                                            speech = excluded.speech",
            params![p.meeting_id, p.section, p.speech],
        )?,
    };
    Ok(())
}
