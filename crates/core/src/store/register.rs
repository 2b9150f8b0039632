//! SQL of the `issued_documents` table: the number register (Sổ đăng ký
//! văn bản). Numbers run per document kind, issuing body (its code and its
//! name: two wards both "ĐU" keep apart sequences) and term.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::StoreError;
use super::codec::{date_text, enum_name, enum_parse, parse_date};
use crate::model::{DocumentKind, MeetingId};

/// One entry of the register: a number given to one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IssuedDocument {
    /// None once the meeting was deleted: the number stays taken.
    #[ts(type = "number | null")]
    pub meeting_id: Option<MeetingId>,
    pub kind: DocumentKind,
    pub number: u32,
    pub issuer_code: String,
    pub term_start: NaiveDate,
    /// Name of the format profile the document was rendered with.
    pub format_profile: String,
    /// When the number was first issued, RFC 3339 local time.
    pub issued_at: String,
}

/// The series a number belongs to.
pub(super) struct Scope {
    pub issuer_code: String,
    /// Header capitals of the issuing body.
    pub issuing_body: String,
    pub term_start: NaiveDate,
}

const COLUMNS: &str = "meeting_id, kind, number, issuer_code, term_start, format_profile, issued_at";

type Row = (Option<MeetingId>, String, u32, String, String, String, String);

fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
}

fn build(row: Row) -> Result<IssuedDocument, StoreError> {
    let (meeting_id, kind, number, issuer_code, term_start, format_profile, issued_at) = row;
    Ok(IssuedDocument {
        meeting_id,
        kind: enum_parse("issued_documents.kind", &kind)?,
        number,
        issuer_code,
        term_start: parse_date("issued_documents.term_start", &term_start)?,
        format_profile,
        issued_at,
    })
}

fn existing(conn: &Connection, meeting_id: MeetingId, kind: &str) -> Result<Option<IssuedDocument>, StoreError> {
    let row = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM issued_documents WHERE meeting_id = ?1 AND kind = ?2"),
            params![meeting_id, kind],
            read,
        )
        .optional()?;
    row.map(build).transpose()
}

fn next_free(conn: &Connection, kind: &str, scope: &Scope) -> Result<u32, StoreError> {
    let max: Option<u32> = conn.query_row(
        "SELECT max(number) FROM issued_documents
         WHERE kind = ?1 AND issuer_code = ?2 AND term_start = ?3 AND issuing_body = ?4",
        params![kind, scope.issuer_code, date_text(scope.term_start), scope.issuing_body],
        |r| r.get(0),
    )?;
    Ok(max.unwrap_or(0).saturating_add(1))
}

pub(super) fn proposed(
    conn: &Connection,
    meeting_id: MeetingId,
    kind: DocumentKind,
    scope: &Scope,
) -> Result<u32, StoreError> {
    let kind = enum_name("issued_documents.kind", &kind)?;
    match existing(conn, meeting_id, &kind)? {
        Some(issued) => Ok(issued.number),
        None => next_free(conn, &kind, scope),
    }
}

pub(super) fn issue(
    conn: &Connection,
    meeting_id: MeetingId,
    kind: DocumentKind,
    requested: Option<u32>,
    format_profile: &str,
    scope: &Scope,
) -> Result<IssuedDocument, StoreError> {
    let kind_name = enum_name("issued_documents.kind", &kind)?;
    let term = date_text(scope.term_start);
    let current = existing(conn, meeting_id, &kind_name)?;
    let number = match (requested, &current) {
        (Some(0), _) => return Err(StoreError::Conflict("số văn bản phải lớn hơn 0.".to_string())),
        (Some(n), _) => n,
        (None, Some(issued)) => issued.number,
        (None, None) => next_free(conn, &kind_name, scope)?,
    };
    let holder: Option<Option<MeetingId>> = conn
        .query_row(
            "SELECT meeting_id FROM issued_documents
             WHERE kind = ?1 AND issuer_code = ?2 AND term_start = ?3 AND number = ?4 AND issuing_body = ?5",
            params![kind_name, scope.issuer_code, term, number, scope.issuing_body],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(holder) = holder
        && holder != Some(meeting_id)
    {
        return Err(StoreError::Conflict(format!(
            "số {number}-{}/{} đã được cấp cho {} trong nhiệm kỳ này.",
            kind.code(),
            scope.issuer_code,
            match holder {
                Some(other) => format!("hội nghị mã {other}"),
                None => "một hội nghị đã xoá".to_string(),
            }
        )));
    }
    match current {
        Some(issued) => {
            // Re-export: keep the first issue date; record the number the
            // user asked for and the profile last rendered with.
            conn.execute(
                "UPDATE issued_documents
                 SET number = ?3, format_profile = ?4, issuer_code = ?5, term_start = ?6, issuing_body = ?7
                 WHERE meeting_id = ?1 AND kind = ?2",
                params![meeting_id, kind_name, number, format_profile, scope.issuer_code, term, scope.issuing_body],
            )?;
            Ok(IssuedDocument {
                number,
                format_profile: format_profile.to_string(),
                issuer_code: scope.issuer_code.clone(),
                term_start: scope.term_start,
                ..issued
            })
        }
        None => {
            let issued_at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
            conn.execute(
                &format!(
                    "INSERT INTO issued_documents ({COLUMNS}, issuing_body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                ),
                params![
                    meeting_id,
                    kind_name,
                    number,
                    scope.issuer_code,
                    term,
                    format_profile,
                    issued_at,
                    scope.issuing_body
                ],
            )?;
            Ok(IssuedDocument {
                meeting_id: Some(meeting_id),
                kind,
                number,
                issuer_code: scope.issuer_code.clone(),
                term_start: scope.term_start,
                format_profile: format_profile.to_string(),
                issued_at,
            })
        }
    }
}

/// The whole register, newest first.
pub(super) fn all(conn: &Connection) -> Result<Vec<IssuedDocument>, StoreError> {
    let mut stmt = conn.prepare(&format!("SELECT {COLUMNS} FROM issued_documents ORDER BY issued_at DESC, id DESC"))?;
    let rows = stmt.query_map([], read)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(build).collect()
}

/// Inserts a register entry as it was recorded elsewhere (the whole-archive
/// import), issue date included.
pub(super) fn insert(conn: &Connection, doc: &IssuedDocument) -> Result<(), StoreError> {
    conn.execute(
        // The archive's entry names no body: it takes its meeting's (or, for a
        // deleted meeting, the organisation's), as migration 0005 does.
        &format!(
            "INSERT INTO issued_documents ({COLUMNS}, issuing_body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,
                COALESCE((SELECT issuing_body FROM meetings WHERE id = ?1),
                         (SELECT issuing_body FROM organisation WHERE id = 1), ''))"
        ),
        params![
            doc.meeting_id,
            enum_name("issued_documents.kind", &doc.kind)?,
            doc.number,
            doc.issuer_code,
            date_text(doc.term_start),
            doc.format_profile,
            doc.issued_at
        ],
    )?;
    Ok(())
}
