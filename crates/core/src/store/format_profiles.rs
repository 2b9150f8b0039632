//! SQL of the `format_profiles` table: named layout profiles stored as JSON
//! values, so a new layout number needs no migration.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::codec::{from_json, to_json};
use crate::format_profile::FormatProfile;

/// Inserts the built-in HD36-2018 profile unless a row of that name exists
/// (a user's edited copy is kept).
pub(super) fn seed_builtin(conn: &Connection) -> Result<(), StoreError> {
    let builtin = FormatProfile::hd36_2018();
    conn.execute(
        "INSERT OR IGNORE INTO format_profiles (name, version, value) VALUES (?1, ?2, ?3)",
        params![builtin.name, builtin.version, to_json("format_profiles.value", &builtin)?],
    )?;
    Ok(())
}

pub(super) fn get(conn: &Connection, name: &str) -> Result<Option<FormatProfile>, StoreError> {
    let value: Option<String> =
        conn.query_row("SELECT value FROM format_profiles WHERE name = ?1", [name], |r| r.get(0)).optional()?;
    value.map(|v| from_json("format_profiles.value", &v)).transpose()
}

pub(super) fn all(conn: &Connection) -> Result<Vec<FormatProfile>, StoreError> {
    let mut stmt = conn.prepare("SELECT value FROM format_profiles ORDER BY name")?;
    let values = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
    values.iter().map(|v| from_json("format_profiles.value", v)).collect()
}

pub(super) fn put(conn: &Connection, p: &FormatProfile) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO format_profiles (name, version, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE SET version = excluded.version, value = excluded.value",
        params![p.name, p.version, to_json("format_profiles.value", p)?],
    )?;
    Ok(())
}
