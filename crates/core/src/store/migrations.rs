//! The schema's history: embedded, numbered, append-only migrations, each
//! applied in its own transaction by rusqlite_migration.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Never edit or reorder an entry once it has shipped: add a new one.
const MIGRATIONS: &[M<'static>] = &[M::up(include_str!("migrations/0001_initial.sql"))];

/// The schema version a fully migrated database reports (`PRAGMA user_version`).
pub const LATEST_VERSION: usize = MIGRATIONS.len();

pub(super) fn to_latest(conn: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    Migrations::from_slice(MIGRATIONS).to_latest(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(Migrations::from_slice(MIGRATIONS).validate().is_ok());
    }

    #[test]
    fn empty_database_migrates_to_the_latest_version_and_again_is_a_no_op() {
        let mut conn = Connection::open_in_memory().unwrap();
        to_latest(&mut conn).unwrap();
        to_latest(&mut conn).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(usize::try_from(version).unwrap(), LATEST_VERSION);
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'issued_documents'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 1);
    }
}
