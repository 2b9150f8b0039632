//! SQL of the `meetings` table and its ordered child tables (chairs,
//! attendance, speeches, votes). Nested values that are always read and
//! written whole (agenda, conclusions, resolution, …) are JSON columns.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codec::{date_text, enum_name, enum_parse, from_json, parse_date, parse_time, time_text, to_json};
use super::{Entity, StoreError, people};
use crate::model::{Assignee, Attendance, IssuerSnapshot, Meeting, MeetingId, MeetingKind, PersonId, Speech, Vote};

/// Which meetings to list. Every field set narrows the list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeetingFilter {
    /// Calendar year of the meeting date.
    pub year: Option<i32>,
    pub kind: Option<MeetingKind>,
    /// Words that must occur in the title or subject (diacritics ignored).
    pub text: Option<String>,
}

/// One line of the meeting list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct MeetingSummary {
    #[ts(type = "number")]
    pub id: MeetingId,
    pub date: NaiveDate,
    pub kind: MeetingKind,
    pub title: String,
}

pub(super) fn list(conn: &Connection, filter: &MeetingFilter) -> Result<Vec<MeetingSummary>, StoreError> {
    let kind = filter.kind.map(|k| enum_name("meetings.kind", &k)).transpose()?;
    let year = filter.year.map(|y| format!("{y:04}"));
    let mut stmt = conn.prepare(
        "SELECT id, date, kind, title, subject FROM meetings
         WHERE (?1 IS NULL OR substr(date, 1, 4) = ?1) AND (?2 IS NULL OR kind = ?2)
         ORDER BY date DESC, id DESC",
    )?;
    let rows = stmt
        .query_map(params![year, kind], |r| {
            Ok((
                r.get::<_, MeetingId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    // The text filter folds in Rust (as the people search does) so that
    // "duc giang" finds "Đức Giang"; the list is one office's meetings, small.
    let words: Vec<String> = filter
        .text
        .as_deref()
        .map(|t| crate::text::fold_for_search(t).split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (id, date, kind, title, subject) in rows {
        if !words.is_empty() {
            let haystack = crate::text::fold_for_search(&format!("{title} {subject}"));
            if !words.iter().all(|w| haystack.contains(w.as_str())) {
                continue;
            }
        }
        out.push(MeetingSummary {
            id,
            date: parse_date("meetings.date", &date)?,
            kind: enum_parse("meetings.kind", &kind)?,
            title,
        });
    }
    Ok(out)
}

/// The issuing body (header capitals) the meeting was held under: with the
/// code it keys the number sequence.
pub(super) fn issuing_body(conn: &Connection, id: MeetingId) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT issuing_body FROM meetings WHERE id = ?1", [id], |r| r.get(0)).optional()?)
}

/// The issuer code the meeting was held under (numbers are scoped by it).
pub(super) fn issuer_code(conn: &Connection, id: MeetingId) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT issuer_code FROM meetings WHERE id = ?1", [id], |r| r.get(0)).optional()?)
}

pub(super) fn get(conn: &Connection, id: MeetingId) -> Result<Option<Meeting>, StoreError> {
    let row = conn
        .query_row(
            "SELECT kind, title, subject, superior_body, issuing_body, issuer_code, place_name, date,
                    start_time, end_time, place, online_sites, minute_taker_id, members_convened,
                    agenda, documents, recording_note, conclusions, resolution, signer, recipients, copies,
                    issuing_body_name
             FROM meetings WHERE id = ?1",
            [id],
            |r| {
                Ok(MeetingRow {
                    kind: r.get(0)?,
                    title: r.get(1)?,
                    subject: r.get(2)?,
                    superior_body: r.get(3)?,
                    issuing_body: r.get(4)?,
                    issuer_code: r.get(5)?,
                    place_name: r.get(6)?,
                    date: r.get(7)?,
                    start_time: r.get(8)?,
                    end_time: r.get(9)?,
                    place: r.get(10)?,
                    online_sites: r.get(11)?,
                    minute_taker_id: r.get(12)?,
                    members_convened: r.get(13)?,
                    agenda: r.get(14)?,
                    documents: r.get(15)?,
                    recording_note: r.get(16)?,
                    conclusions: r.get(17)?,
                    resolution: r.get(18)?,
                    signer: r.get(19)?,
                    recipients: r.get(20)?,
                    copies: r.get(21)?,
                    issuing_body_name: r.get(22)?,
                })
            },
        )
        .optional()?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(Meeting {
        id,
        kind: enum_parse("meetings.kind", &row.kind)?,
        title: row.title,
        subject: row.subject,
        issuer: IssuerSnapshot {
            superior_body: from_json("meetings.superior_body", &row.superior_body)?,
            issuing_body: row.issuing_body,
            issuing_body_name: row.issuing_body_name,
            issuer_code: row.issuer_code,
            place_name: row.place_name,
            ..IssuerSnapshot::default()
        },
        date: parse_date("meetings.date", &row.date)?,
        start_time: parse_time("meetings.start_time", row.start_time)?,
        end_time: parse_time("meetings.end_time", row.end_time)?,
        place: row.place,
        online_sites: from_json("meetings.online_sites", &row.online_sites)?,
        chair_ids: chairs(conn, id)?,
        minute_taker_id: row.minute_taker_id,
        members_convened: row.members_convened,
        agenda: from_json("meetings.agenda", &row.agenda)?,
        documents: from_json("meetings.documents", &row.documents)?,
        recording_note: row.recording_note,
        attendance: attendance(conn, id)?,
        speeches: speeches(conn, id)?,
        votes: votes(conn, id)?,
        conclusions: from_json("meetings.conclusions", &row.conclusions)?,
        resolution: from_json("meetings.resolution", &row.resolution)?,
        signer: row.signer.map(|s| from_json("meetings.signer", &s)).transpose()?,
        recipients: from_json("meetings.recipients", &row.recipients)?,
        copies: row.copies,
        read_back: false,
    }))
}

struct MeetingRow {
    kind: String,
    title: String,
    subject: String,
    superior_body: String,
    issuing_body: String,
    issuing_body_name: String,
    issuer_code: String,
    place_name: String,
    date: String,
    start_time: Option<String>,
    end_time: Option<String>,
    place: String,
    online_sites: String,
    minute_taker_id: Option<PersonId>,
    members_convened: u32,
    agenda: String,
    documents: String,
    recording_note: String,
    conclusions: String,
    resolution: String,
    signer: Option<String>,
    recipients: String,
    copies: u32,
}

fn chairs(conn: &Connection, id: MeetingId) -> Result<Vec<PersonId>, StoreError> {
    let mut stmt = conn.prepare("SELECT person_id FROM meeting_chairs WHERE meeting_id = ?1 ORDER BY ordinal")?;
    Ok(stmt.query_map([id], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?)
}

fn attendance(conn: &Connection, id: MeetingId) -> Result<Vec<Attendance>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT person_id, role, status, reason, arrival_time FROM meeting_attendance
         WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, PersonId>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(person_id, role, status, reason, arrival)| {
            Ok(Attendance {
                person_id,
                role: enum_parse("meeting_attendance.role", &role)?,
                status: enum_parse("meeting_attendance.status", &status)?,
                reason,
                arrival_time: parse_time("meeting_attendance.arrival_time", arrival)?,
                ..Attendance::default()
            })
        })
        .collect()
}

fn speeches(conn: &Connection, id: MeetingId) -> Result<Vec<Speech>, StoreError> {
    let mut stmt =
        conn.prepare("SELECT speaker_id, time, text FROM meeting_speeches WHERE meeting_id = ?1 ORDER BY ordinal")?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((r.get::<_, Option<PersonId>>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, String>(2)?))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(speaker_id, time, text)| {
            Ok(Speech { speaker_id, time: parse_time("meeting_speeches.time", time)?, text, ..Speech::default() })
        })
        .collect()
}

fn votes(conn: &Connection, id: MeetingId) -> Result<Vec<Vote>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT question, method, votes_for, votes_against, votes_other FROM meeting_votes
         WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, u32>(4)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(question, method, votes_for, votes_against, votes_other)| {
            Ok(Vote {
                question,
                method: enum_parse("meeting_votes.method", &method)?,
                votes_for,
                votes_against,
                votes_other,
                ..Vote::default()
            })
        })
        .collect()
}

/// Every person the record points at must be in the directory; checked here
/// so the error names the id instead of SQLite's anonymous FOREIGN KEY failure.
fn check_people(conn: &Connection, m: &Meeting) -> Result<(), StoreError> {
    for id in person_ids(m) {
        if !people::exists(conn, id)? {
            return Err(StoreError::NotFound { what: Entity::Person, id: id.to_string() });
        }
    }
    Ok(())
}

/// Every person the record mentions (chairs, minute taker, attendance,
/// speakers, conclusions, assignees), sorted, each once.
pub(super) fn person_ids(m: &Meeting) -> Vec<PersonId> {
    let mut ids: Vec<PersonId> = Vec::new();
    ids.extend(&m.chair_ids);
    ids.extend(m.minute_taker_id);
    ids.extend(m.attendance.iter().map(|a| a.person_id));
    ids.extend(m.speeches.iter().filter_map(|s| s.speaker_id));
    ids.extend(m.conclusions.concluded_by);
    let items = m.conclusions.items.iter().chain(m.resolution.sections.iter().flat_map(|s| &s.items));
    for item in items {
        for assignee in &item.assignees {
            if let Assignee::Person { person_id } = assignee {
                ids.push(*person_id);
            }
        }
    }
    ids.sort_unstable();
    ids.dedup();
    ids
}

pub(super) fn insert(conn: &Connection, m: &Meeting) -> Result<MeetingId, StoreError> {
    check_people(conn, m)?;
    let id = upsert_row(conn, None, m)?;
    insert_children(conn, id, m)?;
    Ok(id)
}

/// Stores `m` over the stored meeting `m.id`; NotFound when it does not
/// exist. Autosave calls this once a second while a speech is typed, so only
/// what changed is written: one speech's row, not every child row.
pub(super) fn replace(conn: &Connection, m: &Meeting) -> Result<(), StoreError> {
    if issuer_code(conn, m.id)?.is_none() {
        return Err(StoreError::NotFound { what: Entity::Meeting, id: m.id.to_string() });
    }
    check_people(conn, m)?;
    upsert_row(conn, Some(m.id), m)?;
    if chairs(conn, m.id)? != m.chair_ids {
        conn.execute("DELETE FROM meeting_chairs WHERE meeting_id = ?1", [m.id])?;
        insert_chairs(conn, m.id, &m.chair_ids)?;
    }
    if attendance(conn, m.id)? != m.attendance {
        conn.execute("DELETE FROM meeting_attendance WHERE meeting_id = ?1", [m.id])?;
        insert_attendance(conn, m.id, &m.attendance)?;
    }
    if votes(conn, m.id)? != m.votes {
        conn.execute("DELETE FROM meeting_votes WHERE meeting_id = ?1", [m.id])?;
        insert_votes(conn, m.id, &m.votes)?;
    }
    sync_speeches(conn, m.id, &speeches(conn, m.id)?, &m.speeches)
}

/// Writes the speeches that differ from the stored ones, position by position.
fn sync_speeches(conn: &Connection, id: MeetingId, stored: &[Speech], wanted: &[Speech]) -> Result<(), StoreError> {
    let mut update = conn.prepare_cached(
        "UPDATE meeting_speeches SET speaker_id = ?3, time = ?4, text = ?5 WHERE meeting_id = ?1 AND ordinal = ?2",
    )?;
    for (ordinal, (old, new)) in (0_i64..).zip(stored.iter().zip(wanted)) {
        if old != new {
            update.execute(params![id, ordinal, new.speaker_id, time_text(new.time), new.text])?;
        }
    }
    let kept = stored.len().min(wanted.len());
    if wanted.len() < stored.len() {
        conn.execute("DELETE FROM meeting_speeches WHERE meeting_id = ?1 AND ordinal >= ?2", params![id, kept as i64])?;
    }
    insert_speeches(conn, id, kept, &wanted[kept..])
}

/// Writes the `meetings` row: a new row when `id` is None. An upsert
/// rather than DELETE + INSERT, so the register's references survive.
fn upsert_row(conn: &Connection, id: Option<MeetingId>, m: &Meeting) -> Result<MeetingId, StoreError> {
    let id = conn.query_row(
        "INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name,
                               date, start_time, end_time, place, online_sites, minute_taker_id,
                               members_convened, agenda, documents, recording_note, conclusions,
                               resolution, signer, recipients, copies, issuing_body_name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                 ?20, ?21, ?22, ?23, ?24)
         ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind, title = excluded.title, subject = excluded.subject,
            superior_body = excluded.superior_body, issuing_body = excluded.issuing_body,
            issuer_code = excluded.issuer_code, place_name = excluded.place_name, date = excluded.date,
            start_time = excluded.start_time, end_time = excluded.end_time, place = excluded.place,
            online_sites = excluded.online_sites, minute_taker_id = excluded.minute_taker_id,
            members_convened = excluded.members_convened, agenda = excluded.agenda,
            documents = excluded.documents, recording_note = excluded.recording_note,
            conclusions = excluded.conclusions, resolution = excluded.resolution, signer = excluded.signer,
            recipients = excluded.recipients, copies = excluded.copies,
            issuing_body_name = excluded.issuing_body_name
         RETURNING id",
        params![
            id,
            enum_name("meetings.kind", &m.kind)?,
            m.title,
            m.subject,
            to_json("meetings.superior_body", &m.issuer.superior_body)?,
            m.issuer.issuing_body,
            m.issuer.issuer_code,
            m.issuer.place_name,
            date_text(m.date),
            time_text(m.start_time),
            time_text(m.end_time),
            m.place,
            to_json("meetings.online_sites", &m.online_sites)?,
            m.minute_taker_id,
            m.members_convened,
            to_json("meetings.agenda", &m.agenda)?,
            to_json("meetings.documents", &m.documents)?,
            m.recording_note,
            to_json("meetings.conclusions", &m.conclusions)?,
            to_json("meetings.resolution", &m.resolution)?,
            m.signer.as_ref().map(|s| to_json("meetings.signer", s)).transpose()?,
            to_json("meetings.recipients", &m.recipients)?,
            m.copies,
            m.issuer.issuing_body_name,
        ],
        |r| r.get(0),
    )?;
    Ok(id)
}

fn insert_children(conn: &Connection, id: MeetingId, m: &Meeting) -> Result<(), StoreError> {
    insert_chairs(conn, id, &m.chair_ids)?;
    insert_attendance(conn, id, &m.attendance)?;
    insert_speeches(conn, id, 0, &m.speeches)?;
    insert_votes(conn, id, &m.votes)
}

fn insert_chairs(conn: &Connection, id: MeetingId, chair_ids: &[PersonId]) -> Result<(), StoreError> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO meeting_chairs (meeting_id, ordinal, person_id) VALUES (?1, ?2, ?3)")?;
    for (ordinal, person_id) in (0_i64..).zip(chair_ids) {
        stmt.execute(params![id, ordinal, person_id])?;
    }
    Ok(())
}

fn insert_attendance(conn: &Connection, id: MeetingId, rows: &[Attendance]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_attendance (meeting_id, ordinal, person_id, role, status, reason, arrival_time)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (ordinal, a) in (0_i64..).zip(rows) {
        stmt.execute(params![
            id,
            ordinal,
            a.person_id,
            enum_name("meeting_attendance.role", &a.role)?,
            enum_name("meeting_attendance.status", &a.status)?,
            a.reason,
            time_text(a.arrival_time),
        ])?;
    }
    Ok(())
}

/// Inserts `rows` at ordinals `first`, `first + 1`, …
fn insert_speeches(conn: &Connection, id: MeetingId, first: usize, rows: &[Speech]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_speeches (meeting_id, ordinal, speaker_id, time, text) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (ordinal, s) in (first as i64..).zip(rows) {
        stmt.execute(params![id, ordinal, s.speaker_id, time_text(s.time), s.text])?;
    }
    Ok(())
}

fn insert_votes(conn: &Connection, id: MeetingId, rows: &[Vote]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_votes (meeting_id, ordinal, question, method, votes_for, votes_against, votes_other)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (ordinal, v) in (0_i64..).zip(rows) {
        stmt.execute(params![
            id,
            ordinal,
            v.question,
            enum_name("meeting_votes.method", &v.method)?,
            v.votes_for,
            v.votes_against,
            v.votes_other,
        ])?;
    }
    Ok(())
}

/// False when no meeting has that id.
pub(super) fn delete(conn: &Connection, id: MeetingId) -> Result<bool, StoreError> {
    Ok(conn.execute("DELETE FROM meetings WHERE id = ?1", [id])? == 1)
}
