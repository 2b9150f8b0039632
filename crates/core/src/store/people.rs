//! SQL of the `people` table: the directory, with a search column folded
//! in Rust so that "dang" finds "Đặng".

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::StoreError;
use super::codec::{enum_name, enum_parse};
use crate::model::{NewPerson, Person, PersonId};
use crate::text::fold_for_search;

const COLUMNS: &str = "id, full_name, position, unit, member_kind";

fn folded(full_name: &str, position: &str, unit: &str) -> String {
    fold_for_search(&format!("{full_name} {position} {unit}"))
}

fn read(r: &Row<'_>) -> rusqlite::Result<(PersonId, String, String, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn build(row: (PersonId, String, String, String, String)) -> Result<Person, StoreError> {
    let (id, full_name, position, unit, kind) = row;
    Ok(Person { id, full_name, position, unit, member_kind: enum_parse("people.member_kind", &kind)? })
}

fn collect(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<Vec<Person>, StoreError> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map(params, read)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(build).collect()
}

/// The whole directory in a stable order (folded name, then id); the app
/// sorts with the Vietnamese collator for display.
pub(super) fn all(conn: &Connection) -> Result<Vec<Person>, StoreError> {
    collect(conn, &format!("SELECT {COLUMNS} FROM people ORDER BY name_folded, id"), [])
}

pub(super) fn get(conn: &Connection, id: PersonId) -> Result<Option<Person>, StoreError> {
    let row = conn.query_row(&format!("SELECT {COLUMNS} FROM people WHERE id = ?1"), [id], read).optional()?;
    row.map(build).transpose()
}

pub(super) fn exists(conn: &Connection, id: PersonId) -> Result<bool, StoreError> {
    Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM people WHERE id = ?1)", [id], |r| r.get(0))?)
}

pub(super) fn insert(conn: &Connection, p: &NewPerson) -> Result<Person, StoreError> {
    let id = upsert(conn, None, p)?;
    Ok(Person {
        id,
        full_name: p.full_name.clone(),
        position: p.position.clone(),
        unit: p.unit.clone(),
        member_kind: p.member_kind,
    })
}

/// False when no row has that id.
pub(super) fn update(conn: &Connection, p: &Person) -> Result<bool, StoreError> {
    if !exists(conn, p.id)? {
        return Ok(false);
    }
    upsert(conn, Some(p.id), &fields(p))?;
    Ok(true)
}

/// Writes one row (a new one when `id` is None) with its folded search column.
fn upsert(conn: &Connection, id: Option<PersonId>, p: &NewPerson) -> Result<PersonId, StoreError> {
    Ok(conn.query_row(
        "INSERT INTO people (id, full_name, position, unit, member_kind, name_folded, search_folded)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET full_name = excluded.full_name, position = excluded.position,
            unit = excluded.unit, member_kind = excluded.member_kind, name_folded = excluded.name_folded,
            search_folded = excluded.search_folded
         RETURNING id",
        params![
            id,
            p.full_name,
            p.position,
            p.unit,
            enum_name("people.member_kind", &p.member_kind)?,
            fold_for_search(&p.full_name),
            folded(&p.full_name, &p.position, &p.unit),
        ],
        |r| r.get(0),
    )?)
}

/// The directory entries identical to `p` in name, position, unit and member
/// kind, oldest first.
pub(super) fn find_same(conn: &Connection, p: &NewPerson) -> Result<Vec<Person>, StoreError> {
    collect(
        conn,
        &format!(
            "SELECT {COLUMNS} FROM people
             WHERE full_name = ?1 AND position = ?2 AND unit = ?3 AND member_kind = ?4 ORDER BY id"
        ),
        params![p.full_name, p.position, p.unit, enum_name("people.member_kind", &p.member_kind)?],
    )
}

/// False when no row has that id.
pub(super) fn delete(conn: &Connection, id: PersonId) -> Result<bool, StoreError> {
    Ok(conn.execute("DELETE FROM people WHERE id = ?1", [id])? > 0)
}

/// Puts a deleted person back under the same id.
pub(super) fn restore(conn: &Connection, p: &Person) -> Result<(), StoreError> {
    upsert(conn, Some(p.id), &fields(p))?;
    Ok(())
}

fn fields(p: &Person) -> NewPerson {
    NewPerson {
        full_name: p.full_name.clone(),
        position: p.position.clone(),
        unit: p.unit.clone(),
        member_kind: p.member_kind,
    }
}

/// Every whitespace-separated word of the folded query must occur in name,
/// position or unit. People whose name holds the first word rank first
/// ("dang" lists Đặng before the members of the "Đảng ủy").
pub(super) fn search(conn: &Connection, folded_query: &str, limit: usize) -> Result<Vec<Person>, StoreError> {
    let words: Vec<&str> = folded_query.split_whitespace().collect();
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    if words.is_empty() {
        return collect(conn, &format!("SELECT {COLUMNS} FROM people ORDER BY name_folded, id LIMIT ?1"), [limit]);
    }
    // The words travel as one JSON array parameter, so the SQL text stays
    // constant whatever the number of words.
    let words_json = serde_json::Value::from(words.clone()).to_string();
    collect(
        conn,
        &format!(
            "SELECT {COLUMNS} FROM people
             WHERE NOT EXISTS (SELECT 1 FROM json_each(?1) AS w WHERE instr(search_folded, w.value) = 0)
             ORDER BY instr(name_folded, ?2) = 0, name_folded, id
             LIMIT ?3"
        ),
        params![words_json, words[0], limit],
    )
}
