//! The schema's history: embedded, numbered, append-only migrations, each
//! applied in its own transaction by rusqlite_migration.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Never edit or reorder an entry once it has shipped: add a new one.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("migrations/0001_initial.sql")),
    M::up(include_str!("migrations/0002_speech_speaker_optional.sql")),
    M::up(include_str!("migrations/0003_trash.sql")),
    M::up(include_str!("migrations/0004_editing_place.sql")),
    M::up(include_str!("migrations/0005_body_names_and_superior_leaders.sql")),
    M::up(include_str!("migrations/0006_record_v2.sql")),
];

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
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'issued_documents'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 1);
    }

    /// A database written by schema 1 (every speech had a speaker) keeps its
    /// speeches through migration 2, which then accepts a speech whose
    /// speaker is not chosen yet, and still refuses an unknown person.
    #[test]
    fn schema_1_speeches_survive_and_the_speaker_becomes_optional() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        Migrations::from_slice(&MIGRATIONS[..1]).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO people VALUES (1, 'Nguyễn Thị Ngọc', 'Bí thư', '', 'official', 'nguyen thi ngoc', 'nguyen thi ngoc');
             INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name, date,
                                   place, online_sites, members_convened, agenda, documents, recording_note,
                                   conclusions, resolution, recipients, copies)
             VALUES (1, 'other', 'Hội nghị', '', '[]', 'ĐẢNG ỦY', 'ĐU', 'Long Biên', '2026-03-15', '', '[]', 3, '[]', '[]',
                     '', '{}', '{}', '[]', 2);
             INSERT INTO meeting_speeches VALUES (1, 0, 1, '14:30:00', 'Nhất trí.');",
        )
        .unwrap();
        assert!(conn.execute("INSERT INTO meeting_speeches VALUES (1, 1, NULL, NULL, 'x')", []).is_err());

        to_latest(&mut conn).unwrap();
        let kept: (i64, String, String) = conn
            .query_row("SELECT speaker_id, time, text FROM meeting_speeches WHERE ordinal = 0", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .unwrap();
        assert_eq!(kept, (1, "14:30:00".to_string(), "Nhất trí.".to_string()));
        let insert =
            "INSERT INTO meeting_speeches (meeting_id, ordinal, speaker_id, time, text) VALUES (?1, ?2, ?3, NULL, ?4)";
        conn.execute(insert, rusqlite::params![1, 1, None::<i64>, "Chưa rõ người nói"]).unwrap();
        let unknown = conn.execute(insert, rusqlite::params![1, 2, 99, "x"]).unwrap_err();
        assert!(unknown.to_string().contains("FOREIGN KEY"), "{unknown}");
        // Deleting the meeting still takes its speeches with it.
        conn.execute("DELETE FROM meetings WHERE id = 1", []).unwrap();
        let left: i64 = conn.query_row("SELECT count(*) FROM meeting_speeches", [], |r| r.get(0)).unwrap();
        assert_eq!(left, 0);
    }
}
