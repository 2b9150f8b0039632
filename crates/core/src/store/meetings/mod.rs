//! SQL of the `meetings` table and its ordered child tables (chairs, sites,
//! agenda, attendance, speeches in `lists`; votes with their candidates and
//! reserved opinions in `votes`). Nested values that are always read and
//! written whole and point at nobody but through assignees (documents,
//! conclusions, resolution, signer, recipients) are JSON columns.

mod lists;
mod votes;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::codec::{date_text, enum_name, enum_parse, from_json, parse_date, parse_time, time_text, to_json};
use super::{Entity, StoreError, people};
use crate::model::{Assignee, ConclusionItem, IssuerSnapshot, Meeting, MeetingId, MeetingKind, PersonId};

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
                    start_time, end_time, place, minute_taker_id, members_convened,
                    documents, recording_note, conclusions, resolution, signer, recipients, copies,
                    issuing_body_name, superior_body_name, read_back
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
                    minute_taker_id: r.get(11)?,
                    members_convened: r.get(12)?,
                    documents: r.get(13)?,
                    recording_note: r.get(14)?,
                    conclusions: r.get(15)?,
                    resolution: r.get(16)?,
                    signer: r.get(17)?,
                    recipients: r.get(18)?,
                    copies: r.get(19)?,
                    issuing_body_name: r.get(20)?,
                    superior_body_name: r.get(21)?,
                    read_back: r.get(22)?,
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
            superior_body_name: from_json("meetings.superior_body_name", &row.superior_body_name)?,
            issuing_body: row.issuing_body,
            issuing_body_name: row.issuing_body_name,
            issuer_code: row.issuer_code,
            place_name: row.place_name,
        },
        date: parse_date("meetings.date", &row.date)?,
        start_time: parse_time("meetings.start_time", row.start_time)?,
        end_time: parse_time("meetings.end_time", row.end_time)?,
        place: row.place,
        online_sites: lists::sites(conn, id)?,
        chair_ids: lists::chairs(conn, id)?,
        minute_taker_id: row.minute_taker_id,
        members_convened: row.members_convened,
        agenda: lists::agenda(conn, id)?,
        documents: from_json("meetings.documents", &row.documents)?,
        recording_note: row.recording_note,
        attendance: lists::attendance(conn, id)?,
        speeches: lists::speeches(conn, id)?,
        votes: votes::all(conn, id)?,
        conclusions: from_json("meetings.conclusions", &row.conclusions)?,
        resolution: from_json("meetings.resolution", &row.resolution)?,
        signer: row.signer.map(|s| from_json("meetings.signer", &s)).transpose()?,
        recipients: from_json("meetings.recipients", &row.recipients)?,
        copies: row.copies,
        read_back: row.read_back,
    }))
}

struct MeetingRow {
    kind: String,
    title: String,
    subject: String,
    superior_body: String,
    superior_body_name: String,
    issuing_body: String,
    issuing_body_name: String,
    issuer_code: String,
    place_name: String,
    date: String,
    start_time: Option<String>,
    end_time: Option<String>,
    place: String,
    minute_taker_id: Option<PersonId>,
    members_convened: u32,
    documents: String,
    recording_note: String,
    conclusions: String,
    resolution: String,
    signer: Option<String>,
    recipients: String,
    copies: u32,
    read_back: bool,
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
/// agenda presenters, speakers, election candidates, reserved opinions,
/// conclusions, assignees), sorted, each once.
pub(super) fn person_ids(m: &Meeting) -> Vec<PersonId> {
    let mut ids: Vec<PersonId> = Vec::new();
    ids.extend(&m.chair_ids);
    ids.extend(m.minute_taker_id);
    ids.extend(m.attendance.iter().map(|a| a.person_id));
    ids.extend(m.agenda.iter().filter_map(|a| a.presenter_id));
    ids.extend(m.speeches.iter().filter_map(|s| s.speaker_id));
    ids.extend(m.votes.iter().flat_map(votes::person_ids));
    ids.extend(m.conclusions.concluded_by);
    let items = m.conclusions.items.iter().chain(m.resolution.sections.iter().flat_map(|s| &s.items));
    ids.extend(items.flat_map(assignee_ids));
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The people among a conclusion item's assignees.
pub(super) fn assignee_ids(item: &ConclusionItem) -> impl Iterator<Item = PersonId> + '_ {
    item.assignees.iter().filter_map(|a| match a {
        Assignee::Person { person_id } => Some(*person_id),
        Assignee::Body { .. } => None,
    })
}

pub(super) fn insert(conn: &Connection, m: &Meeting) -> Result<MeetingId, StoreError> {
    check_people(conn, m)?;
    let id = upsert_row(conn, None, m)?;
    lists::insert_chairs(conn, id, &m.chair_ids)?;
    lists::insert_sites(conn, id, &m.online_sites)?;
    lists::insert_agenda(conn, id, &m.agenda)?;
    lists::insert_attendance(conn, id, &m.attendance)?;
    lists::insert_speeches(conn, id, 0, &m.speeches)?;
    votes::insert(conn, id, &m.votes)?;
    Ok(id)
}

/// Stores `m` over the stored meeting `m.id`; NotFound when it does not
/// exist. Autosave calls this once a second while a speech is typed, so only
/// what changed is written: one speech's row, not every child row. Any other
/// list is rewritten whole when it differs from the stored one.
pub(super) fn replace(conn: &Connection, m: &Meeting) -> Result<(), StoreError> {
    if issuer_code(conn, m.id)?.is_none() {
        return Err(StoreError::NotFound { what: Entity::Meeting, id: m.id.to_string() });
    }
    check_people(conn, m)?;
    upsert_row(conn, Some(m.id), m)?;
    use lists::Table;
    rewrite_if_changed(conn, m.id, Table::Chairs, lists::chairs, lists::insert_chairs, &m.chair_ids)?;
    rewrite_if_changed(conn, m.id, Table::Sites, lists::sites, lists::insert_sites, &m.online_sites)?;
    rewrite_if_changed(conn, m.id, Table::Agenda, lists::agenda, lists::insert_agenda, &m.agenda)?;
    rewrite_if_changed(conn, m.id, Table::Attendance, lists::attendance, lists::insert_attendance, &m.attendance)?;
    // Candidates and reserved opinions go with their votes (ON DELETE CASCADE).
    rewrite_if_changed(conn, m.id, Table::Votes, votes::all, votes::insert, &m.votes)?;
    lists::sync_speeches(conn, m.id, &lists::speeches(conn, m.id)?, &m.speeches)
}

/// Replaces one stored list of the meeting by `wanted`, only when they differ.
fn rewrite_if_changed<T: PartialEq>(
    conn: &Connection,
    id: MeetingId,
    table: lists::Table,
    read: fn(&Connection, MeetingId) -> Result<Vec<T>, StoreError>,
    insert: fn(&Connection, MeetingId, &[T]) -> Result<(), StoreError>,
    wanted: &[T],
) -> Result<(), StoreError> {
    if read(conn, id)? != wanted {
        lists::clear(conn, table, id)?;
        insert(conn, id, wanted)?;
    }
    Ok(())
}

/// Writes the `meetings` row: a new row when `id` is None. An upsert
/// rather than DELETE + INSERT, so the register's references survive.
fn upsert_row(conn: &Connection, id: Option<MeetingId>, m: &Meeting) -> Result<MeetingId, StoreError> {
    let id = conn.query_row(
        "INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name,
                               date, start_time, end_time, place, minute_taker_id,
                               members_convened, documents, recording_note, conclusions,
                               resolution, signer, recipients, copies, issuing_body_name,
                               superior_body_name, read_back)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                 ?20, ?21, ?22, ?23, ?24)
         ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind, title = excluded.title, subject = excluded.subject,
            superior_body = excluded.superior_body, issuing_body = excluded.issuing_body,
            issuer_code = excluded.issuer_code, place_name = excluded.place_name, date = excluded.date,
            start_time = excluded.start_time, end_time = excluded.end_time, place = excluded.place,
            minute_taker_id = excluded.minute_taker_id, members_convened = excluded.members_convened,
            documents = excluded.documents, recording_note = excluded.recording_note,
            conclusions = excluded.conclusions, resolution = excluded.resolution, signer = excluded.signer,
            recipients = excluded.recipients, copies = excluded.copies,
            issuing_body_name = excluded.issuing_body_name, superior_body_name = excluded.superior_body_name,
            read_back = excluded.read_back
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
            m.minute_taker_id,
            m.members_convened,
            to_json("meetings.documents", &m.documents)?,
            m.recording_note,
            to_json("meetings.conclusions", &m.conclusions)?,
            to_json("meetings.resolution", &m.resolution)?,
            m.signer.as_ref().map(|s| to_json("meetings.signer", s)).transpose()?,
            to_json("meetings.recipients", &m.recipients)?,
            m.copies,
            m.issuer.issuing_body_name,
            to_json("meetings.superior_body_name", &m.issuer.superior_body_name)?,
            m.read_back,
        ],
        |r| r.get(0),
    )?;
    Ok(id)
}

/// False when no meeting has that id.
pub(super) fn delete(conn: &Connection, id: MeetingId) -> Result<bool, StoreError> {
    Ok(conn.execute("DELETE FROM meetings WHERE id = ?1", [id])? == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        AgendaItem, Attendance, BallotCount, CandidateResult, ReservedOpinion, Speech, Vote, VoteMethod,
    };

    /// Autosave while a speech is typed in a meeting that uses agenda items,
    /// an election and reserved opinions: the meetings row and that speech's
    /// row are the only rows written.
    #[test]
    fn typing_in_one_speech_writes_one_speech_row() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        crate::store::migrations::to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO people VALUES (1, 'A', '', '', 'official', 'a', 'a');
             INSERT INTO people VALUES (2, 'B', '', '', 'official', 'b', 'b');",
        )
        .unwrap();
        let mut m = Meeting {
            agenda: vec![AgendaItem {
                title: "Bầu cử".into(),
                presenter_id: Some(1),
                documents: vec!["Tờ trình".into()],
            }],
            attendance: vec![Attendance { person_id: 1, ..Attendance::default() }],
            speeches: (0..5)
                .map(|i| Speech {
                    speaker_id: Some(2),
                    text: format!("Ý kiến {i}"),
                    agenda_item: Some(0),
                    ..Speech::default()
                })
                .collect(),
            votes: vec![Vote {
                method: VoteMethod::Election,
                ballots: Some(BallotCount { issued: 2, returned: 2, valid: 2, invalid: 0 }),
                candidates: vec![CandidateResult { person_id: 1, votes: 2, elected: true }],
                reserved_opinions: vec![ReservedOpinion { person_id: 2, text: "về quy trình".into() }],
                ..Vote::default()
            }],
            ..Meeting::default()
        };
        m.id = insert(&conn, &m).unwrap();
        m.speeches[3].text.push_str(", đề nghị bổ sung");
        let before = conn.total_changes();
        replace(&conn, &m).unwrap();
        assert_eq!(conn.total_changes() - before, 2, "the meetings row and one speech");
        assert_eq!(get(&conn, m.id).unwrap(), Some(m));
    }
}
