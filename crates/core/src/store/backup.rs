//! Backups of the whole database, the start-up check, and restore.
//!
//! A backup is `VACUUM INTO` a temporary file next to the target, fsynced,
//! then renamed: SQLite writes a consistent snapshot of the database as the
//! connection sees it (the WAL included), so a backup taken while the app
//! is writing holds every commit acknowledged before it started. Automatic
//! backups go to `backups/` next to the database and are rotated
//! ([`rotate`]: the newest [`KEEP_LATEST`] plus the newest of each month).

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use super::StoreError;
use super::migrations::LATEST_VERSION;

/// At most one automatic backup per this much editing time.
pub const AUTO_BACKUP_INTERVAL: Duration = Duration::from_secs(10 * 60);

/// How many of the newest automatic backups rotation always keeps (the
/// newest backup of each month is kept besides).
pub const KEEP_LATEST: usize = 10;

/// The folder of automatic backups, next to the database file.
pub const BACKUP_DIR: &str = "backups";

/// How long the start-up `PRAGMA quick_check` may run. On a huge database
/// the check is interrupted after this time and the file is accepted: the
/// check is there to catch a damaged file before the secretary types into
/// it, not to make the app wait minutes at every start.
pub const QUICK_CHECK_BUDGET: Duration = Duration::from_secs(2);

const PREFIX: &str = "bienban-";
const SUFFIX: &str = ".sqlite3";
const STAMP: &str = "%Y%m%d-%H%M%S-%3f";
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
/// Tables every schema of this app has had since migration 0001.
const APP_TABLES: [&str; 4] = ["organisation", "people", "meetings", "issued_documents"];

/// Where the data and its backups are, as Settings shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StorageInfo {
    /// The database file.
    pub database: String,
    /// The folder of automatic backups.
    pub backups_dir: String,
    /// The newest automatic backup, if any.
    pub newest_backup: Option<String>,
    /// Why the last automatic backup failed, in Vietnamese (None when it
    /// succeeded or none was tried).
    pub last_error: Option<String>,
    /// The database file is read-only: nothing can be changed.
    pub read_only: bool,
}

/// `backups/` next to `db`.
pub fn backups_dir(db: &Path) -> PathBuf {
    db.parent().unwrap_or(Path::new("")).join(BACKUP_DIR)
}

/// The file name of a backup taken at `at`, e.g.
/// `bienban-20260315-143000-123.sqlite3`. Names sort as their times do.
pub fn file_name_at(at: NaiveDateTime) -> String {
    format!("{PREFIX}{}{SUFFIX}", at.format(STAMP))
}

/// The time in a name written by [`file_name_at`]; None for other files.
fn time_of(name: &str) -> Option<NaiveDateTime> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP).ok()
}

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Writes a consistent copy of the database `conn` is open on to `target`,
/// atomically (temporary file, fsync, rename). `target` must not exist.
pub(super) fn write_copy(conn: &Connection, target: &Path) -> Result<(), StoreError> {
    let io = |source| StoreError::Backup { path: target.to_path_buf(), source };
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    // A left-over of a killed run: VACUUM INTO refuses an existing file.
    let _ = std::fs::remove_file(&temp);
    let written = conn.execute("VACUUM INTO ?1", [temp.to_string_lossy()]).map_err(StoreError::from).and_then(|_| {
        std::fs::File::open(&temp).and_then(|f| f.sync_all()).map_err(io)?;
        std::fs::rename(&temp, target).map_err(io)?;
        sync_dir(dir);
        Ok(())
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Makes a rename durable; a failure only weakens durability, so it is ignored.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// A new timestamped backup of `conn` in `dir` (created when needed).
pub(super) fn write_timestamped(conn: &Connection, dir: &Path) -> Result<PathBuf, StoreError> {
    std::fs::create_dir_all(dir).map_err(|source| StoreError::Backup { path: dir.to_path_buf(), source })?;
    let mut at = now();
    let mut target = dir.join(file_name_at(at));
    // Two backups in the same millisecond: take the next free one.
    while target.exists() {
        at += chrono::Duration::milliseconds(1);
        target = dir.join(file_name_at(at));
    }
    write_copy(conn, &target)?;
    Ok(target)
}

/// The automatic backups in `dir`, newest first.
pub fn list(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<(NaiveDateTime, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((time_of(&e.file_name().to_string_lossy())?, e.path())))
        .collect();
    found.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    found.into_iter().map(|(_, path)| path).collect()
}

/// Deletes the automatic backups in `dir` that are neither among the newest
/// [`KEEP_LATEST`] nor the newest of their month; returns what it deleted.
/// Files not named by [`file_name_at`] are never touched.
pub fn rotate(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut months = HashSet::new();
    let mut deleted = Vec::new();
    for (index, path) in list(dir).into_iter().enumerate() {
        let Some(at) = path.file_name().and_then(|n| time_of(&n.to_string_lossy())) else {
            continue;
        };
        let newest_of_month = months.insert((at.year(), at.month()));
        if index < KEEP_LATEST || newest_of_month {
            continue;
        }
        std::fs::remove_file(&path).map_err(|source| StoreError::Backup { path: path.clone(), source })?;
        deleted.push(path);
    }
    Ok(deleted)
}

/// The newest automatic backup in `dir` that [`verify`] accepts.
pub fn newest_good(dir: &Path) -> Option<PathBuf> {
    list(dir).into_iter().find(|path| verify(path).is_ok())
}

/// Whether a file exists to be opened. A 0-byte file or one that does not
/// start with the SQLite header is refused rather than taken for a new
/// database.
pub(super) fn check_file(path: &Path) -> Result<bool, StoreError> {
    if path.is_dir() {
        let source = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        return Err(StoreError::Unreadable { path: path.to_path_buf(), source });
    }
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(source) => {
            return Err(StoreError::Unreadable { path: path.to_path_buf(), source });
        }
    };
    let mut header = Vec::with_capacity(SQLITE_HEADER.len());
    file.by_ref()
        .take(SQLITE_HEADER.len() as u64)
        .read_to_end(&mut header)
        .map_err(|source| StoreError::Unreadable { path: path.to_path_buf(), source })?;
    if header.is_empty() {
        return Err(StoreError::EmptyFile { path: path.to_path_buf() });
    }
    if header != SQLITE_HEADER {
        return Err(StoreError::NotADatabase { path: path.to_path_buf() });
    }
    Ok(true)
}

/// True when the file cannot be written: marked read-only (also for an
/// administrator, who could write it anyway) or refused for writing.
pub(super) fn is_read_only(path: &Path) -> bool {
    let marked = std::fs::metadata(path).map(|m| m.permissions().readonly()).unwrap_or(false);
    marked
        || matches!(
            std::fs::OpenOptions::new().write(true).open(path),
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied
        )
}

pub(super) fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
}

/// `PRAGMA quick_check`, interrupted after [`QUICK_CHECK_BUDGET`] (then the
/// file counts as sound). `Err(Ok(text))` is what SQLite found wrong with
/// the file; `Err(Err(e))` a failure that says nothing about the file
/// (cannot open its WAL index in a read-only folder, out of memory…).
pub(super) fn quick_check(conn: &Connection) -> Result<(), Result<String, rusqlite::Error>> {
    let started = Instant::now();
    // Without the handler the check simply runs to its end.
    let _ = conn.progress_handler(10_000, Some(move || started.elapsed() > QUICK_CHECK_BUDGET));
    let outcome = (|| {
        let mut stmt = conn.prepare("PRAGMA quick_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok::<_, rusqlite::Error>(rows)
    })();
    let _ = conn.progress_handler(0, None::<fn() -> bool>);
    match outcome {
        Ok(rows) if rows.len() == 1 && rows[0] == "ok" => Ok(()),
        Ok(rows) => Err(Ok(rows.join("; "))),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted) => Ok(()),
        Err(e) if is_damage(&e) => Err(Ok(e.to_string())),
        Err(e) => Err(Err(e)),
    }
}

fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase))
}

/// The schema version of an open database, refusing one written by a newer
/// version of the app and an SQLite file of another program.
pub(super) fn schema_version(conn: &Connection, path: &Path) -> Result<usize, StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let version = usize::try_from(version).unwrap_or(usize::MAX);
    if version > LATEST_VERSION {
        return Err(StoreError::NewerSchema { path: path.to_path_buf(), found: version, supported: LATEST_VERSION });
    }
    let mut stmt = conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?;
    let tables = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<rusqlite::Result<HashSet<_>>>()?;
    let ours = APP_TABLES.iter().all(|t| tables.contains(*t));
    // Version 0 with no tables is a new database; anything else must be ours.
    if (version == 0 && !tables.is_empty()) || (version > 0 && !ours) {
        return Err(StoreError::ForeignDatabase { path: path.to_path_buf() });
    }
    Ok(version)
}

/// The checks a database passes before it is used or restored: an SQLite
/// file, readable, `quick_check` clean. Err is the refusal.
pub(super) fn check_sound(path: &Path) -> Result<(), StoreError> {
    let damaged =
        |detail: String| StoreError::Damaged { path: path.to_path_buf(), detail, kept_aside: None, backup: None };
    let conn = open_read_only(path).map_err(|e| if is_damage(&e) { damaged(e.to_string()) } else { e.into() })?;
    quick_check(&conn).map_err(|failure| match failure {
        Ok(detail) => damaged(detail),
        Err(e) => e.into(),
    })
}

/// Checks that `path` is a sound Biên bản database this version can open,
/// without changing it. Returns its schema version.
pub fn verify(path: &Path) -> Result<usize, StoreError> {
    if !check_file(path)? {
        return Err(StoreError::Unreadable {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        });
    }
    check_sound(path)?;
    let conn = open_read_only(path)?;
    let version = schema_version(&conn, path)?;
    if version == 0 {
        return Err(StoreError::ForeignDatabase { path: path.to_path_buf() });
    }
    Ok(version)
}

/// The error for a damaged database at `db`: a copy of the file (and its
/// WAL) is kept aside as `<name>.damaged-<time>` and the newest good backup
/// is named. The damaged file itself is left as it is.
pub(super) fn damaged(db: &Path, detail: String) -> StoreError {
    StoreError::Damaged {
        path: db.to_path_buf(),
        detail,
        kept_aside: keep_aside(db).ok(),
        backup: newest_good(&backups_dir(db)),
    }
}

/// Copies `db` (with its `-wal`) to `<db>.damaged-<time>`, unless the newest
/// such copy already holds the same bytes (the app was started again on the
/// same damaged file).
pub(super) fn keep_aside(db: &Path) -> std::io::Result<PathBuf> {
    let name = db.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let dir = db.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let marker = format!("{name}.damaged-");
    let newest = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&marker) && !n.ends_with("-wal"))
        .max();
    let current = std::fs::read(db)?;
    if let Some(newest) = newest
        && std::fs::read(dir.join(&newest)).is_ok_and(|bytes| bytes == current)
    {
        return Ok(dir.join(newest));
    }
    let aside = dir.join(format!("{marker}{}", now().format(STAMP)));
    copy_atomically(db, &aside)?;
    let wal = wal_of(db);
    // A read-only connection leaves an empty WAL: nothing to keep.
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        copy_atomically(&wal, &wal_of(&aside))?;
    }
    Ok(aside)
}

fn wal_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-wal");
    PathBuf::from(name)
}

fn shm_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-shm");
    PathBuf::from(name)
}

fn copy_atomically(from: &Path, to: &Path) -> std::io::Result<()> {
    let dir = to.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temp = tempfile::Builder::new().prefix(".bienban-").suffix(".tmp").tempfile_in(dir)?;
    let mut source = std::fs::File::open(from)?;
    std::io::copy(&mut source, &mut temp.as_file())?;
    temp.as_file().sync_all()?;
    temp.persist(to).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// Where the database that was replaced is kept (None when there was none).
    pub previous: Option<PathBuf>,
}

/// Replaces the database at `db` with the backup `from`, after checking
/// that `from` is a sound Biên bản database ([`verify`]). The current
/// database is kept first: as a new automatic backup when it opens, else
/// (damaged) as a `.damaged-<time>` copy. No program may have `db` open.
pub fn restore(db: &Path, from: &Path) -> Result<Restored, StoreError> {
    verify(from)?;
    let previous = match check_file(db) {
        Ok(false) => None,
        Ok(true) => Some(keep_current(db)?),
        // A 0-byte or foreign file at the database path: keep it aside as is.
        Err(StoreError::EmptyFile { .. } | StoreError::NotADatabase { .. }) => {
            Some(keep_aside(db).map_err(|source| StoreError::Backup { path: db.to_path_buf(), source })?)
        }
        Err(e) => return Err(e),
    };
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir { path: dir.to_path_buf(), source })?;
    }
    let io = |source| StoreError::Backup { path: db.to_path_buf(), source };
    // The old WAL belongs to the old file (its content is in the kept copy):
    // left in place SQLite would replay it into the restored one.
    for stale in [wal_of(db), shm_of(db)] {
        match std::fs::remove_file(&stale) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
            _ => {}
        }
    }
    copy_atomically(from, db).map_err(io)?;
    Ok(Restored { previous })
}

/// Keeps the database at `db` before it is replaced: a consistent backup in
/// `backups/` when it is sound, else a raw copy kept aside.
fn keep_current(db: &Path) -> Result<PathBuf, StoreError> {
    let sound = check_sound(db).is_ok();
    if sound && let Ok(conn) = open_read_only(db) {
        return write_timestamped(&conn, &backups_dir(db));
    }
    keep_aside(db).map_err(|source| StoreError::Backup { path: db.to_path_buf(), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_carry_their_time_and_nothing_else_is_taken_for_one() {
        let at = NaiveDateTime::parse_from_str("2026-03-15 14:30:00.123", "%Y-%m-%d %H:%M:%S%.3f").unwrap();
        let name = file_name_at(at);
        assert_eq!(name, "bienban-20260315-143000-123.sqlite3");
        assert_eq!(time_of(&name), Some(at));
        assert_eq!(time_of("bienban.sqlite3"), None);
        assert_eq!(time_of("bienban-20260315-143000-123.sqlite3-wal"), None);
    }
}
