//! SQLite storage of the conference records: one `Store` over one
//! connection, embedded append-only migrations, and the SQL kept in one
//! module per table.

pub mod backup;
mod clean;
mod codec;
mod editing;
mod error;
mod format_profiles;
mod meetings;
mod migrations;
mod organisation;
mod people;
mod register;
mod trash;

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::format_profile::FormatProfile;
use crate::model::{DocumentKind, Meeting, MeetingId, NewPerson, OrganisationProfile, Person, PersonId};

pub use backup::StorageInfo;
pub use editing::EditingPlace;
pub(crate) use error::io_reason;
pub use error::{Entity, StoreError};
pub use meetings::{MeetingFilter, MeetingSummary};
pub use migrations::LATEST_VERSION as SCHEMA_VERSION;
pub use register::IssuedDocument;
pub use trash::{MeetingItemKind, Restored, TrashEntry, TrashId, TrashedItem};

/// Environment variable that overrides the default database path.
pub const DB_ENV: &str = "BIENBAN_DB";

/// How long a writer waits for another connection's lock before giving up.
/// The desktop app and a script may use the same file at once.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The conference records of one office: a single SQLite connection.
pub struct Store {
    conn: Connection,
    /// The database file; None in memory.
    path: Option<PathBuf>,
    /// The file cannot be written: reads work, writes are refused, and
    /// numbers are not recorded ([`Store::issue_number`]).
    read_only: bool,
    auto_backup: AutoBackup,
}

/// State of the automatic backups, which only the desktop app turns on
/// ([`Store::start_auto_backups`]).
#[derive(Default)]
struct AutoBackup {
    enabled: Cell<bool>,
    last: Cell<Option<Instant>>,
    last_error: RefCell<Option<String>>,
}

impl Store {
    /// Opens (creating when needed) the database at `path`, with its parent
    /// directories, and brings its schema up to date.
    ///
    /// An existing file is checked first, without writing to it: a 0-byte
    /// or non-SQLite file is refused, `PRAGMA quick_check` must pass
    /// (time-boxed, [`backup::QUICK_CHECK_BUDGET`]) — else
    /// [`StoreError::Damaged`], with a copy kept aside and the newest good
    /// backup named — and a schema newer than this version is refused. A
    /// file that cannot be written opens read-only.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let exists = backup::check_file(path)?;
        if !exists && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir { path: dir.to_path_buf(), source })?;
        }
        let read_only = exists && backup::is_read_only(path);
        if exists {
            // A read-only connection of its own: it cannot checkpoint the
            // WAL into a damaged file when it closes.
            match backup::check_sound(path) {
                Err(StoreError::Damaged { detail, .. }) => return Err(backup::damaged(path, detail)),
                Err(e) => return Err(e),
                Ok(()) => {}
            }
        }
        let conn = if read_only { backup::open_read_only(path)? } else { Connection::open(path)? };
        let version = backup::schema_version(&conn, path)?;
        if read_only && version != SCHEMA_VERSION {
            return Err(StoreError::ReadOnlyOutdated { path: path.to_path_buf() });
        }
        Self::prepare(conn, Some(path.to_path_buf()), read_only)
    }

    /// A private database in memory, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Self::prepare(Connection::open_in_memory()?, None, false)
    }

    /// The database file (None in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the file could not be opened for writing.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Writes a consistent copy of the whole database to `target`, which
    /// must not exist (a snapshot: every commit acknowledged before the
    /// call is in it, even while another connection is writing).
    pub fn backup_to(&self, target: &Path) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::TargetExists { path: target.to_path_buf() });
        }
        backup::write_copy(&self.conn, target)
    }

    /// "Sao lưu ngay": a timestamped copy in `folder` (a USB stick);
    /// returns the file written.
    pub fn backup_into(&self, folder: &Path) -> Result<PathBuf, StoreError> {
        backup::write_timestamped(&self.conn, folder)
    }

    /// An automatic backup now, into `backups/` next to the database, then
    /// rotation. None for a database in memory.
    pub fn backup_now(&self) -> Result<Option<PathBuf>, StoreError> {
        let Some(path) = &self.path else { return Ok(None) };
        let dir = backup::backups_dir(path);
        let written = backup::write_timestamped(&self.conn, &dir)?;
        backup::rotate(&dir)?;
        Ok(Some(written))
    }

    /// Turns on the automatic backups (the desktop app): one now, then at
    /// most one every [`backup::AUTO_BACKUP_INTERVAL`] of editing (taken
    /// after the first write once the interval has passed). A failure is
    /// kept for [`Store::storage_info`] instead of failing the edit.
    pub fn start_auto_backups(&self) {
        self.auto_backup.enabled.set(true);
        self.auto_backup_now();
    }

    /// The automatic backup after an export (the desktop app calls it);
    /// nothing unless [`Store::start_auto_backups`] was called.
    pub fn auto_backup_now(&self) {
        if !self.auto_backup.enabled.get() {
            return;
        }
        let outcome = self.backup_now();
        self.auto_backup.last.set(Some(Instant::now()));
        *self.auto_backup.last_error.borrow_mut() = outcome.err().map(|e| e.user_message());
    }

    fn after_edit(&self) {
        let due = self.auto_backup.last.get().is_none_or(|last| last.elapsed() >= backup::AUTO_BACKUP_INTERVAL);
        if due {
            self.auto_backup_now();
        }
    }

    /// Where the data and the backups are, for Settings.
    pub fn storage_info(&self) -> StorageInfo {
        let database = self.path.clone().unwrap_or_default();
        let dir = backup::backups_dir(&database);
        StorageInfo {
            database: database.display().to_string(),
            newest_backup: backup::list(&dir).first().map(|p| p.display().to_string()),
            backups_dir: dir.display().to_string(),
            last_error: self.auto_backup.last_error.borrow().clone(),
            read_only: self.read_only,
        }
    }

    /// `BIENBAN_DB` when set, else `…/bienban/bienban.sqlite3` in the
    /// user's data directory (XDG on Linux, AppData on Windows,
    /// Application Support on macOS). The desktop app uses the same path.
    pub fn default_path() -> Result<PathBuf, StoreError> {
        if let Some(path) = std::env::var_os(DB_ENV).filter(|v| !v.is_empty()) {
            return Ok(PathBuf::from(path));
        }
        let dirs = directories::ProjectDirs::from("", "", "bienban").ok_or(StoreError::NoDataDir)?;
        Ok(dirs.data_dir().join("bienban.sqlite3"))
    }

    /// The one place where a connection gets its pragmas.
    ///
    /// `synchronous = FULL` with WAL: each commit is fsynced before it is
    /// acknowledged, so an acknowledged edit survives a killed process and
    /// also a power cut (docs/storage.md has the measurements).
    fn prepare(mut conn: Connection, path: Option<PathBuf>, read_only: bool) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let store = |conn| Store { conn, path, read_only, auto_backup: AutoBackup::default() };
        if read_only {
            // Nothing to set that writes; the schema was checked by `open`
            // and the built-in profile is also served without its row.
            conn.execute_batch("PRAGMA foreign_keys = ON;")?;
            return Ok(store(conn));
        }
        // In-memory databases answer "memory" here; that is expected.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        conn.execute_batch(
            "PRAGMA synchronous = FULL;
             PRAGMA foreign_keys = ON;",
        )?;
        migrations::to_latest(&mut conn)?;
        format_profiles::seed_builtin(&conn)?;
        Ok(store(conn))
    }

    /// Runs `f` as one all-or-nothing write. At the top level this is an
    /// IMMEDIATE transaction: the write lock is taken at the start, so a
    /// concurrent writer waits (busy timeout) instead of failing half-way.
    /// Inside [`Store::atomically`] it is a savepoint of the outer transaction.
    fn transaction<T, E: From<StoreError>>(&self, f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
        let nested = !self.conn.is_autocommit();
        let (begin, commit, rollback) = if nested {
            ("SAVEPOINT store_write", "RELEASE store_write", "ROLLBACK TO store_write; RELEASE store_write")
        } else {
            ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")
        };
        self.conn.execute_batch(begin).map_err(StoreError::from)?;
        let outcome = f().and_then(|value| {
            self.conn.execute_batch(commit).map_err(StoreError::from)?;
            Ok(value)
        });
        if outcome.is_err() && !self.conn.is_autocommit() {
            // A failed rollback leaves nothing better to report than the
            // original error; SQLite rolls back on close anyway.
            let _ = self.conn.execute_batch(rollback);
        }
        if outcome.is_ok() && !nested && self.auto_backup.enabled.get() {
            self.after_edit();
        }
        outcome
    }

    fn write<T>(&self, f: impl FnOnce(&Connection) -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.transaction(|| f(&self.conn))
    }

    /// Runs several store operations as one all-or-nothing unit (used by
    /// the interchange import): if `f` fails, nothing it wrote remains.
    pub fn atomically<T, E: From<StoreError>>(&self, f: impl FnOnce(&Store) -> Result<T, E>) -> Result<T, E> {
        self.transaction(|| f(self))
    }

    pub fn organisation(&self) -> Result<Option<OrganisationProfile>, StoreError> {
        organisation::get(&self.conn)
    }

    pub fn save_organisation(&self, p: &OrganisationProfile) -> Result<(), StoreError> {
        let p = clean::organisation(p);
        self.write(|tx| organisation::put(tx, &p))
    }

    /// The named profile; "HD36-2018" always exists (seeded, and built in).
    pub fn format_profile(&self, name: &str) -> Result<FormatProfile, StoreError> {
        match format_profiles::get(&self.conn, name)? {
            Some(p) => Ok(p),
            None if name == FormatProfile::hd36_2018().name => Ok(FormatProfile::hd36_2018()),
            None => Err(StoreError::NotFound { what: Entity::FormatProfile, id: name.to_string() }),
        }
    }

    pub fn format_profiles(&self) -> Result<Vec<FormatProfile>, StoreError> {
        format_profiles::all(&self.conn)
    }

    pub fn save_format_profile(&self, p: &FormatProfile) -> Result<(), StoreError> {
        let p = clean::format_profile(p);
        self.write(|tx| format_profiles::put(tx, &p))
    }

    pub fn people(&self) -> Result<Vec<Person>, StoreError> {
        people::all(&self.conn)
    }

    pub fn person(&self, id: PersonId) -> Result<Person, StoreError> {
        people::get(&self.conn, id)?.ok_or(StoreError::NotFound { what: Entity::Person, id: id.to_string() })
    }

    pub fn add_person(&self, p: &NewPerson) -> Result<Person, StoreError> {
        let p = clean::new_person(p);
        self.write(|tx| people::insert(tx, &p))
    }

    pub fn update_person(&self, p: &Person) -> Result<(), StoreError> {
        let p = clean::person(p);
        self.write(|tx| {
            if people::update(tx, &p)? {
                Ok(())
            } else {
                Err(StoreError::NotFound { what: Entity::Person, id: p.id.to_string() })
            }
        })
    }

    /// Reuses the directory entry with the same full name, position, unit
    /// and member kind (after cleaning), else adds one. Entries whose id is
    /// in `taken` are passed over: two people of one imported file are never
    /// merged into one, even when they read the same.
    pub fn find_or_add_person(&self, p: &NewPerson, taken: &HashSet<PersonId>) -> Result<Person, StoreError> {
        let p = clean::new_person(p);
        self.write(|tx| match people::find_same(tx, &p)?.into_iter().find(|found| !taken.contains(&found.id)) {
            Some(existing) => Ok(existing),
            None => people::insert(tx, &p),
        })
    }

    /// Deletes a person no meeting mentions and returns the row, so that the
    /// caller can offer to undo with [`Store::restore_person`]. A person a
    /// meeting mentions (chairs, attendance, agenda presenters, speeches,
    /// election candidates, reserved opinions, conclusions), also in an item
    /// of it in the trash, is refused with [`StoreError::PersonInUse`].
    pub fn delete_person(&self, id: PersonId) -> Result<Person, StoreError> {
        self.write(|tx| {
            let person =
                people::get(tx, id)?.ok_or(StoreError::NotFound { what: Entity::Person, id: id.to_string() })?;
            let in_trash = trash::meetings_naming(tx, id)?;
            let mut using = Vec::new();
            for summary in meetings::list(tx, &MeetingFilter::default())? {
                let named = in_trash.contains(&summary.id)
                    || meetings::get(tx, summary.id)?.is_some_and(|m| meetings::person_ids(&m).contains(&id));
                if named {
                    using.push(summary);
                }
            }
            if let Some(latest) = using.first() {
                return Err(StoreError::PersonInUse {
                    name: person.full_name,
                    meetings: using.len(),
                    example: format!("{} ngày {}", latest.title, latest.date.format("%d/%m/%Y")),
                });
            }
            people::delete(tx, id)?;
            Ok(person)
        })
    }

    /// Undoes [`Store::delete_person`]: the person comes back with the same
    /// id. An id taken again in the meantime is a [`StoreError::Conflict`].
    pub fn restore_person(&self, p: &Person) -> Result<(), StoreError> {
        let p = clean::person(p);
        self.write(|tx| {
            if people::exists(tx, p.id)? {
                return Err(StoreError::Conflict(format!("mã người «{}» đã được dùng lại.", p.id)));
            }
            people::restore(tx, &p)
        })
    }

    /// The oldest directory entry identical to `p` (name, position, unit,
    /// member kind, after cleaning), without writing anything.
    pub fn same_person(&self, p: &NewPerson) -> Result<Option<Person>, StoreError> {
        Ok(people::find_same(&self.conn, &clean::new_person(p))?.into_iter().next())
    }

    /// Diacritic-insensitive search over name, position and unit: every word
    /// of `query` must occur ("ngoc" finds "Nguyễn Thị Ngọc", "dang" finds
    /// "Đặng").
    pub fn search_people(&self, query: &str, limit: usize) -> Result<Vec<Person>, StoreError> {
        people::search(&self.conn, &crate::text::fold_for_search(&crate::text::clean(query)), limit)
    }

    /// Meetings matching `filter`, newest first; none of those in the trash.
    pub fn meetings(&self, filter: &MeetingFilter) -> Result<Vec<MeetingSummary>, StoreError> {
        let hidden = trash::trashed_meetings(&self.conn)?;
        let mut list = meetings::list(&self.conn, filter)?;
        list.retain(|m| !hidden.contains(&m.id));
        Ok(list)
    }

    /// The meeting; [`StoreError::InTrash`] for one in the trash, so it is
    /// neither opened, exported nor duplicated until it is restored.
    pub fn meeting(&self, id: MeetingId) -> Result<Meeting, StoreError> {
        let meeting =
            meetings::get(&self.conn, id)?.ok_or(StoreError::NotFound { what: Entity::Meeting, id: id.to_string() })?;
        if trash::in_trash(&self.conn, id)? {
            return Err(StoreError::InTrash { title: meeting.title });
        }
        Ok(meeting)
    }

    /// Stores a new meeting; `m.id` is ignored and the new id returned.
    pub fn create_meeting(&self, m: &Meeting) -> Result<MeetingId, StoreError> {
        let m = clean::meeting(m);
        self.write(|tx| meetings::insert(tx, &m))
    }

    /// Replaces the whole record of meeting `m.id` in one transaction.
    pub fn save_meeting(&self, m: &Meeting) -> Result<(), StoreError> {
        let m = clean::meeting(m);
        self.write(|tx| meetings::replace(tx, &m))
    }

    /// Where the secretary was working when the app last ran without
    /// closing normally, if anywhere (see [`EditingPlace`]).
    pub fn editing_place(&self) -> Result<Option<EditingPlace>, StoreError> {
        editing::get(&self.conn)
    }

    /// Records where the secretary is working; `None` when the meeting is
    /// left normally. A meeting that does not exist is NotFound.
    pub fn set_editing_place(&self, place: Option<&EditingPlace>) -> Result<(), StoreError> {
        if let Some(p) = place
            && meetings::issuer_code(&self.conn, p.meeting_id)?.is_none()
        {
            return Err(StoreError::NotFound { what: Entity::Meeting, id: p.meeting_id.to_string() });
        }
        self.write(|tx| editing::set(tx, place))
    }

    /// Deletes a meeting for good (the app moves it to the trash instead,
    /// [`Store::trash_meeting`]); the numbers issued for it stay taken.
    pub fn delete_meeting(&self, id: MeetingId) -> Result<(), StoreError> {
        self.write(|tx| {
            if meetings::delete(tx, id)? {
                Ok(())
            } else {
                Err(StoreError::NotFound { what: Entity::Meeting, id: id.to_string() })
            }
        })
    }

    /// The number already issued for (meeting, kind), else the next free
    /// number of that kind for the meeting's issuer in the current term.
    pub fn proposed_number(&self, meeting_id: MeetingId, kind: DocumentKind) -> Result<u32, StoreError> {
        let scope = self.number_scope(&self.conn, meeting_id)?;
        register::proposed(&self.conn, meeting_id, kind, &scope)
    }

    /// Issues (or re-issues) the number of a document. Idempotent for
    /// (meeting, kind): exporting again keeps the number. A requested number
    /// that another meeting already holds in the same term is a
    /// [`StoreError::Conflict`]. On a read-only database the number (the
    /// requested one, else the proposed one) is returned without being
    /// recorded; the caller warns that the register was not written.
    pub fn issue_number(
        &self,
        meeting_id: MeetingId,
        kind: DocumentKind,
        requested: Option<u32>,
        format_profile: &str,
    ) -> Result<IssuedDocument, StoreError> {
        let format_profile = crate::text::clean(format_profile);
        if self.read_only {
            // Nothing can be recorded: the document gets the number the
            // register holds or would give, and the register stays as it is.
            let scope = self.number_scope(&self.conn, meeting_id)?;
            let number = match requested {
                Some(n) => n,
                None => register::proposed(&self.conn, meeting_id, kind, &scope)?,
            };
            let issued_at = chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
            return Ok(IssuedDocument {
                meeting_id: Some(meeting_id),
                kind,
                number,
                issuer_code: scope.issuer_code,
                term_start: scope.term_start,
                format_profile,
                issued_at,
            });
        }
        self.write(|tx| {
            let scope = self.number_scope(tx, meeting_id)?;
            register::issue(tx, meeting_id, kind, requested, &format_profile, &scope)
        })
    }

    /// Records a register entry taken from a whole-archive file as it is
    /// (number, issuer, term, issue date): the archive import.
    pub(crate) fn record_issued_document(&self, doc: &IssuedDocument) -> Result<(), StoreError> {
        let doc = IssuedDocument {
            issuer_code: crate::text::clean(&doc.issuer_code),
            format_profile: crate::text::clean(&doc.format_profile),
            ..doc.clone()
        };
        self.write(|tx| register::insert(tx, &doc))
    }

    /// True when nothing was entered yet: no organisation profile, person,
    /// meeting or issued number (format profiles do not count).
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.organisation()?.is_none()
            && self.people()?.is_empty()
            && self.meetings(&MeetingFilter::default())?.is_empty()
            && self.issued_documents()?.is_empty())
    }

    /// The register of issued numbers, newest first.
    pub fn issued_documents(&self) -> Result<Vec<IssuedDocument>, StoreError> {
        register::all(&self.conn)
    }

    fn number_scope(&self, conn: &Connection, meeting_id: MeetingId) -> Result<register::Scope, StoreError> {
        let issuer_code = meetings::issuer_code(conn, meeting_id)?
            .ok_or(StoreError::NotFound { what: Entity::Meeting, id: meeting_id.to_string() })?;
        let issuing_body = meetings::issuing_body(conn, meeting_id)?.unwrap_or_default();
        let term_start = organisation::term_start(conn)?.ok_or(StoreError::NoOrganisation)?;
        Ok(register::Scope { issuer_code, issuing_body, term_start })
    }

    /// Runs SQLite's own consistency check; "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }
}
