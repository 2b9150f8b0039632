//! SQL of a meeting's ordered lists other than votes: chairs, online sites,
//! agenda items, attendance and speeches, each a table keyed by
//! (meeting_id, ordinal).

use rusqlite::{Connection, params};

use crate::model::{AgendaItem, Attendance, Departure, MeetingId, OnlineSite, PersonId, Speech};
use crate::store::StoreError;
use crate::store::codec::{enum_name, enum_parse, from_json, parse_time, time_text, to_json};

/// The child tables a list is rewritten in whole.
#[derive(Clone, Copy)]
pub(super) enum Table {
    Chairs,
    Sites,
    Agenda,
    Attendance,
    Votes,
}

/// Deletes every row of one list of the meeting.
pub(super) fn clear(conn: &Connection, table: Table, id: MeetingId) -> Result<(), StoreError> {
    // One constant statement per table: no SQL is built from a name.
    let sql = match table {
        Table::Chairs => "DELETE FROM meeting_chairs WHERE meeting_id = ?1",
        Table::Sites => "DELETE FROM meeting_sites WHERE meeting_id = ?1",
        Table::Agenda => "DELETE FROM meeting_agenda WHERE meeting_id = ?1",
        Table::Attendance => "DELETE FROM meeting_attendance WHERE meeting_id = ?1",
        Table::Votes => "DELETE FROM meeting_votes WHERE meeting_id = ?1",
    };
    conn.prepare_cached(sql)?.execute([id])?;
    Ok(())
}

pub(super) fn chairs(conn: &Connection, id: MeetingId) -> Result<Vec<PersonId>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT person_id FROM meeting_chairs WHERE meeting_id = ?1 ORDER BY ordinal")?;
    Ok(stmt.query_map([id], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?)
}

pub(super) fn insert_chairs(conn: &Connection, id: MeetingId, chair_ids: &[PersonId]) -> Result<(), StoreError> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO meeting_chairs (meeting_id, ordinal, person_id) VALUES (?1, ?2, ?3)")?;
    for (ordinal, person_id) in (0_i64..).zip(chair_ids) {
        stmt.execute(params![id, ordinal, person_id])?;
    }
    Ok(())
}

pub(super) fn sites(conn: &Connection, id: MeetingId) -> Result<Vec<OnlineSite>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT name, participants FROM meeting_sites WHERE meeting_id = ?1 ORDER BY ordinal")?;
    let rows = stmt.query_map([id], |r| Ok(OnlineSite { name: r.get(0)?, participants: r.get(1)? }))?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub(super) fn insert_sites(conn: &Connection, id: MeetingId, rows: &[OnlineSite]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_sites (meeting_id, ordinal, name, participants) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (ordinal, s) in (0_i64..).zip(rows) {
        stmt.execute(params![id, ordinal, s.name, s.participants])?;
    }
    Ok(())
}

pub(super) fn agenda(conn: &Connection, id: MeetingId) -> Result<Vec<AgendaItem>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT title, presenter_id, documents FROM meeting_agenda WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<PersonId>>(1)?, r.get::<_, String>(2)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(title, presenter_id, documents)| {
            Ok(AgendaItem { title, presenter_id, documents: from_json("meeting_agenda.documents", &documents)? })
        })
        .collect()
}

pub(super) fn insert_agenda(conn: &Connection, id: MeetingId, rows: &[AgendaItem]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_agenda (meeting_id, ordinal, title, presenter_id, documents)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (ordinal, a) in (0_i64..).zip(rows) {
        stmt.execute(params![
            id,
            ordinal,
            a.title,
            a.presenter_id,
            to_json("meeting_agenda.documents", &a.documents)?
        ])?;
    }
    Ok(())
}

/// One `meeting_attendance` row as read, before its text is parsed.
struct AttendanceRow {
    person_id: PersonId,
    role: String,
    status: String,
    reason: String,
    arrival_time: Option<String>,
    category: String,
    site: Option<u32>,
    departed: bool,
    departure_time: Option<String>,
    departure_reason: String,
    departure_before_item: Option<u32>,
}

pub(super) fn attendance(conn: &Connection, id: MeetingId) -> Result<Vec<Attendance>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT person_id, role, status, reason, arrival_time, category, site,
                departed, departure_time, departure_reason, departure_before_item
         FROM meeting_attendance WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(AttendanceRow {
                person_id: r.get(0)?,
                role: r.get(1)?,
                status: r.get(2)?,
                reason: r.get(3)?,
                arrival_time: r.get(4)?,
                category: r.get(5)?,
                site: r.get(6)?,
                departed: r.get(7)?,
                departure_time: r.get(8)?,
                departure_reason: r.get(9)?,
                departure_before_item: r.get(10)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|row| {
            let departure = if row.departed {
                Some(Departure {
                    time: parse_time("meeting_attendance.departure_time", row.departure_time)?,
                    reason: row.departure_reason,
                    before_item: row.departure_before_item,
                })
            } else {
                None
            };
            Ok(Attendance {
                person_id: row.person_id,
                role: enum_parse("meeting_attendance.role", &row.role)?,
                status: enum_parse("meeting_attendance.status", &row.status)?,
                reason: row.reason,
                arrival_time: parse_time("meeting_attendance.arrival_time", row.arrival_time)?,
                departure,
                category: row.category,
                site: row.site,
            })
        })
        .collect()
}

pub(super) fn insert_attendance(conn: &Connection, id: MeetingId, rows: &[Attendance]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_attendance (meeting_id, ordinal, person_id, role, status, reason, arrival_time,
                                        category, site, departed, departure_time, departure_reason,
                                        departure_before_item)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for (ordinal, a) in (0_i64..).zip(rows) {
        let departure = a.departure.as_ref();
        stmt.execute(params![
            id,
            ordinal,
            a.person_id,
            enum_name("meeting_attendance.role", &a.role)?,
            enum_name("meeting_attendance.status", &a.status)?,
            a.reason,
            time_text(a.arrival_time),
            a.category,
            a.site,
            departure.is_some(),
            time_text(departure.and_then(|d| d.time)),
            departure.map(|d| d.reason.as_str()).unwrap_or_default(),
            departure.and_then(|d| d.before_item),
        ])?;
    }
    Ok(())
}

pub(super) fn speeches(conn: &Connection, id: MeetingId) -> Result<Vec<Speech>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT speaker_id, time, text, agenda_item FROM meeting_speeches WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, Option<PersonId>>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<u32>>(3)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(speaker_id, time, text, agenda_item)| {
            Ok(Speech { speaker_id, time: parse_time("meeting_speeches.time", time)?, text, agenda_item })
        })
        .collect()
}

/// Writes the speeches that differ from the stored ones, position by
/// position: typing in one speech is one UPDATE.
pub(super) fn sync_speeches(
    conn: &Connection,
    id: MeetingId,
    stored: &[Speech],
    wanted: &[Speech],
) -> Result<(), StoreError> {
    let mut update = conn.prepare_cached(
        "UPDATE meeting_speeches SET speaker_id = ?3, time = ?4, text = ?5, agenda_item = ?6
         WHERE meeting_id = ?1 AND ordinal = ?2",
    )?;
    for (ordinal, (old, new)) in (0_i64..).zip(stored.iter().zip(wanted)) {
        if old != new {
            update.execute(params![id, ordinal, new.speaker_id, time_text(new.time), new.text, new.agenda_item])?;
        }
    }
    let kept = stored.len().min(wanted.len());
    if wanted.len() < stored.len() {
        conn.execute("DELETE FROM meeting_speeches WHERE meeting_id = ?1 AND ordinal >= ?2", params![id, kept as i64])?;
    }
    insert_speeches(conn, id, kept, &wanted[kept..])
}

/// Inserts `rows` at ordinals `first`, `first + 1`, …
pub(super) fn insert_speeches(
    conn: &Connection,
    id: MeetingId,
    first: usize,
    rows: &[Speech],
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO meeting_speeches (meeting_id, ordinal, speaker_id, time, text, agenda_item)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (ordinal, s) in (first as i64..).zip(rows) {
        stmt.execute(params![id, ordinal, s.speaker_id, time_text(s.time), s.text, s.agenda_item])?;
    }
    Ok(())
}
