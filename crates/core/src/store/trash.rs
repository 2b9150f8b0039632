//! The trash ("Thùng rác"): the `trash` table and the store operations that
//! move a meeting, speech, vote or conclusion item into it and back.
//!
//! A meeting in the trash keeps all its rows and is only hidden (from the
//! list, search and exports). A speech, vote or conclusion item is taken out
//! of its meeting and kept here, in the same transaction as the save that
//! removes it, so a crash can never leave it in neither place.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codec::{corrupt, from_json, parse_date, to_json};
use super::{Entity, Store, StoreError, clean, meetings};
use crate::model::{ConclusionItem, Meeting, MeetingId, PersonId, Speech, Vote};

/// Id of one entry of the trash.
pub type TrashId = i64;

/// The kinds of item inside a meeting that go to the trash one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum MeetingItemKind {
    Speech,
    Vote,
    /// One numbered item of the chair's conclusions.
    ConclusionItem,
}

/// What one trash entry holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum TrashedItem {
    /// The whole meeting (its record stays in place, hidden).
    Meeting,
    Speech {
        speech: Speech,
    },
    Vote {
        vote: Vote,
    },
    ConclusionItem {
        item: ConclusionItem,
    },
}

/// One line of the trash screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TrashEntry {
    #[ts(type = "number")]
    pub id: TrashId,
    #[ts(type = "number")]
    pub meeting_id: MeetingId,
    pub meeting_title: String,
    pub meeting_date: NaiveDate,
    /// Index the item had in its list (None for a meeting).
    pub position: Option<u32>,
    /// Local time of the delete.
    pub deleted_at: NaiveDateTime,
    pub item: TrashedItem,
}

/// The outcome of a restore: the entry that left the trash and, for an item
/// of a meeting, the index it now has in its list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Restored {
    pub entry: TrashEntry,
    pub position: Option<u32>,
}

impl Store {
    /// Moves a meeting to the trash: it leaves the list, search and exports,
    /// and keeps every row (and its issued numbers) until restored or purged.
    pub fn trash_meeting(&self, id: MeetingId) -> Result<TrashEntry, StoreError> {
        self.write(|tx| {
            let meeting = meetings::get(tx, id)?.ok_or_else(|| not_found(Entity::Meeting, id))?;
            if in_trash(tx, id)? {
                return Err(StoreError::InTrash { title: meeting.title });
            }
            let trash_id = insert(tx, id, None, &TrashedItem::Meeting)?;
            entry(tx, trash_id)
        })
    }

    /// Deletes one speech, vote or conclusion item of `current` (the meeting
    /// as the user sees it, possibly ahead of the last autosave): stores
    /// `current` without the item and puts the item in the trash, in one
    /// transaction.
    pub fn delete_meeting_item(
        &self,
        current: &Meeting,
        kind: MeetingItemKind,
        index: u32,
    ) -> Result<TrashEntry, StoreError> {
        let mut meeting = clean::meeting(current);
        self.write(|tx| {
            if in_trash(tx, meeting.id)? {
                return Err(StoreError::InTrash { title: meeting.title.clone() });
            }
            let item = take(&mut meeting, kind, index)?;
            meetings::replace(tx, &meeting)?;
            let trash_id = insert(tx, meeting.id, Some(index), &item)?;
            entry(tx, trash_id)
        })
    }

    /// Everything in the trash, newest first.
    pub fn trash(&self) -> Result<Vec<TrashEntry>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT id FROM trash ORDER BY id DESC")?;
        let ids = stmt.query_map([], |r| r.get::<_, TrashId>(0))?.collect::<Result<Vec<_>, _>>()?;
        ids.into_iter().map(|id| entry(&self.conn, id)).collect()
    }

    /// Takes an entry out of the trash. A meeting reappears in the list. An
    /// item goes back into its meeting at its old index, or at the end when
    /// the list has become shorter than that. When `current` is the item's
    /// meeting as the user sees it, the item is put into that (and the
    /// result stored), so unsaved edits are not overwritten by the stored
    /// copy. An item of a meeting that is itself in the trash is refused
    /// ([`StoreError::InTrash`]): the meeting has to be restored first.
    pub fn restore_from_trash(&self, id: TrashId, current: Option<&Meeting>) -> Result<Restored, StoreError> {
        self.write(|tx| {
            let entry = entry(tx, id)?;
            let position = match &entry.item {
                TrashedItem::Meeting => None,
                item => {
                    if in_trash(tx, entry.meeting_id)? {
                        return Err(StoreError::InTrash { title: entry.meeting_title.clone() });
                    }
                    let mut meeting = match current.filter(|m| m.id == entry.meeting_id) {
                        Some(m) => clean::meeting(m),
                        None => meetings::get(tx, entry.meeting_id)?
                            .ok_or_else(|| not_found(Entity::Meeting, entry.meeting_id))?,
                    };
                    let at = put(&mut meeting, item.clone(), entry.position.unwrap_or(u32::MAX));
                    meetings::replace(tx, &meeting)?;
                    Some(at)
                }
            };
            tx.execute("DELETE FROM trash WHERE id = ?1", [id])?;
            Ok(Restored { entry, position })
        })
    }

    /// Deletes an entry for good ("Xoá vĩnh viễn"); for a meeting, the
    /// meeting itself with everything in it (its issued numbers stay taken).
    pub fn purge_from_trash(&self, id: TrashId) -> Result<(), StoreError> {
        self.write(|tx| {
            let entry = entry(tx, id)?;
            match entry.item {
                TrashedItem::Meeting => {
                    meetings::delete(tx, entry.meeting_id)?;
                }
                _ => {
                    tx.execute("DELETE FROM trash WHERE id = ?1", [id])?;
                }
            }
            Ok(())
        })
    }
}

/// True when the meeting is in the trash.
pub(super) fn in_trash(conn: &Connection, meeting_id: MeetingId) -> Result<bool, StoreError> {
    Ok(conn
        .query_row("SELECT 1 FROM trash WHERE meeting_id = ?1 AND kind = 'meeting'", [meeting_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The meetings in the trash, to hide them from the list.
pub(super) fn trashed_meetings(conn: &Connection) -> Result<HashSet<MeetingId>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT meeting_id FROM trash WHERE kind = 'meeting'")?;
    Ok(stmt.query_map([], |r| r.get(0))?.collect::<Result<HashSet<_>, _>>()?)
}

/// The meetings with an item in the trash that names `person` (speaker,
/// candidate, reserved opinion, assignee): while it is there the person must
/// stay in the directory, or the item could never be restored.
pub(super) fn meetings_naming(conn: &Connection, person: PersonId) -> Result<HashSet<MeetingId>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id FROM trash WHERE kind <> 'meeting'")?;
    let ids = stmt.query_map([], |r| r.get::<_, TrashId>(0))?.collect::<Result<Vec<_>, _>>()?;
    let mut found = HashSet::new();
    for id in ids {
        let entry = entry(conn, id)?;
        let mut holder = Meeting::default();
        put(&mut holder, entry.item, 0);
        if meetings::person_ids(&holder).contains(&person) {
            found.insert(entry.meeting_id);
        }
    }
    Ok(found)
}

fn not_found(what: Entity, id: impl ToString) -> StoreError {
    StoreError::NotFound { what, id: id.to_string() }
}

fn kind_name(item: &TrashedItem) -> &'static str {
    match item {
        TrashedItem::Meeting => "meeting",
        TrashedItem::Speech { .. } => "speech",
        TrashedItem::Vote { .. } => "vote",
        TrashedItem::ConclusionItem { .. } => "conclusion_item",
    }
}

/// Removes item `index` of the given kind from the meeting.
fn take(m: &mut Meeting, kind: MeetingItemKind, index: u32) -> Result<TrashedItem, StoreError> {
    let i = index as usize;
    let missing = |what| not_found(what, index + 1);
    Ok(match kind {
        MeetingItemKind::Speech if i < m.speeches.len() => TrashedItem::Speech { speech: m.speeches.remove(i) },
        MeetingItemKind::Vote if i < m.votes.len() => TrashedItem::Vote { vote: m.votes.remove(i) },
        MeetingItemKind::ConclusionItem if i < m.conclusions.items.len() => {
            TrashedItem::ConclusionItem { item: m.conclusions.items.remove(i) }
        }
        MeetingItemKind::Speech => return Err(missing(Entity::Speech)),
        MeetingItemKind::Vote => return Err(missing(Entity::Vote)),
        MeetingItemKind::ConclusionItem => return Err(missing(Entity::ConclusionItem)),
    })
}

/// Puts an item back at `position`, or at the end of a shorter list; returns
/// the index it got.
fn put(m: &mut Meeting, item: TrashedItem, position: u32) -> u32 {
    fn insert_at<T>(list: &mut Vec<T>, value: T, position: u32) -> u32 {
        let at = list.len().min(position as usize);
        list.insert(at, value);
        u32::try_from(at).unwrap_or(u32::MAX)
    }
    match item {
        TrashedItem::Meeting => 0,
        TrashedItem::Speech { speech } => insert_at(&mut m.speeches, speech, position),
        TrashedItem::Vote { vote } => insert_at(&mut m.votes, vote, position),
        TrashedItem::ConclusionItem { item } => insert_at(&mut m.conclusions.items, item, position),
    }
}

fn insert(
    conn: &Connection,
    meeting_id: MeetingId,
    position: Option<u32>,
    item: &TrashedItem,
) -> Result<TrashId, StoreError> {
    let json = match item {
        TrashedItem::Meeting => None,
        TrashedItem::Speech { speech } => Some(to_json("trash.item", speech)?),
        TrashedItem::Vote { vote } => Some(to_json("trash.item", vote)?),
        TrashedItem::ConclusionItem { item } => Some(to_json("trash.item", item)?),
    };
    let now = chrono::Local::now().naive_local().format(DELETED_AT_FORMAT).to_string();
    Ok(conn.query_row(
        "INSERT INTO trash (meeting_id, kind, position, item, deleted_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![meeting_id, kind_name(item), position, json, now],
        |r| r.get(0),
    )?)
}

const DELETED_AT_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

fn entry(conn: &Connection, id: TrashId) -> Result<TrashEntry, StoreError> {
    let row = conn
        .query_row(
            "SELECT t.meeting_id, t.kind, t.position, t.item, t.deleted_at, m.title, m.date
             FROM trash t JOIN meetings m ON m.id = t.meeting_id WHERE t.id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, MeetingId>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<u32>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found(Entity::TrashEntry, id))?;
    let (meeting_id, kind, position, json, deleted_at, meeting_title, date) = row;
    let json = json.unwrap_or_default();
    let item = match kind.as_str() {
        "meeting" => TrashedItem::Meeting,
        "speech" => TrashedItem::Speech { speech: from_json("trash.item", &json)? },
        "vote" => TrashedItem::Vote { vote: from_json("trash.item", &json)? },
        "conclusion_item" => TrashedItem::ConclusionItem { item: from_json("trash.item", &json)? },
        other => return Err(corrupt("trash.kind", format!("unknown kind {other}"))),
    };
    Ok(TrashEntry {
        id,
        meeting_id,
        meeting_title,
        meeting_date: parse_date("meetings.date", &date)?,
        position,
        deleted_at: NaiveDateTime::parse_from_str(&deleted_at, DELETED_AT_FORMAT)
            .map_err(|e| corrupt("trash.deleted_at", e))?,
        item,
    })
}
