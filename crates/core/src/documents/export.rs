//! Writing a document to disk without ever leaving half a file, and the one
//! call the CLI and the app use to export: number, prepare, render, write.

use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::model::{DocumentKind, MeetingId};
use crate::store::{IssuedDocument, Store, StoreError};

use super::{DocumentError, prepare, render_docx};

/// Name parts of the temporary file [`write_atomically`] writes next to the target.
const TEMP_PREFIX: &str = ".bienban-";
const TEMP_SUFFIX: &str = ".tmp";
/// A temporary file this old is left over from an export that was killed
/// (a live export renames its file within seconds).
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// The default format profile when the organisation names none.
const DEFAULT_PROFILE: &str = "HD36-2018";

/// What an export produced.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOutcome {
    pub path: PathBuf,
    /// The register entry: number, issuer, term, format profile used.
    pub issued: IssuedDocument,
    /// "Số 05-TB/ĐU" as printed in the document.
    pub number_line: String,
    pub bytes: usize,
}

/// An export fails in the store (meeting, number) or in the document.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Document(#[from] DocumentError),
}

impl ExportError {
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::Store(e) => e.code(),
            ExportError::Document(e) => e.code(),
        }
    }

    pub fn user_message(&self) -> String {
        match self {
            ExportError::Store(e) => e.user_message(),
            ExportError::Document(e) => e.user_message(),
        }
    }
}

/// The organisation's format profile (the default when it names none).
fn organisation_profile(store: &Store) -> Result<crate::format_profile::FormatProfile, StoreError> {
    let profile_name = store
        .organisation()?
        .map(|o| o.format_profile)
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
    store.format_profile(&profile_name)
}

/// "Số 05-BB/ĐU": the number line a document of this meeting would carry
/// with `number`, worded by the core so that the UI shows exactly what
/// will be printed.
pub fn number_line(
    store: &Store,
    meeting_id: MeetingId,
    kind: DocumentKind,
    number: u32,
) -> Result<String, StoreError> {
    let meeting = store.meeting(meeting_id)?;
    let profile = organisation_profile(store)?;
    Ok(crate::wording::number_line(kind, number, &meeting.issuer.issuer_code, &profile))
}

/// The file name the save dialog proposes for a document of a stored
/// meeting ([`super::suggested_file_name`] with the meeting's date and the
/// organisation's format profile).
pub fn stored_file_name(
    store: &Store,
    meeting_id: MeetingId,
    kind: DocumentKind,
    number: u32,
) -> Result<String, StoreError> {
    let meeting = store.meeting(meeting_id)?;
    Ok(super::suggested_file_name(kind, number, meeting.date, &organisation_profile(store)?))
}

/// Exports one document of a stored meeting. The number comes from the
/// register (re-exporting keeps it; `requested_number` overrides the
/// proposal), the format profile is the organisation's and is recorded with
/// the number. An existing file is refused unless `overwrite`, and that check
/// comes first so a refusal issues no number. The number is issued inside a
/// transaction committed only once the file is in place: a write that fails
/// (missing or read-only folder, full disk, a folder in the way) or a panic
/// while rendering leaves no register entry.
pub fn export(
    store: &Store,
    meeting_id: MeetingId,
    kind: DocumentKind,
    requested_number: Option<u32>,
    path: &Path,
    overwrite: bool,
) -> Result<ExportOutcome, ExportError> {
    refuse_existing(path, overwrite)?;
    let meeting = store.meeting(meeting_id)?;
    let people = store.people()?;
    let profile = organisation_profile(store)?;
    store.atomically(|store| {
        let issued = store.issue_number(meeting_id, kind, requested_number, &profile.name)?;
        // A panic must not unwind through the open transaction: in the app
        // the connection lives on, and every later write would join it.
        let rendered = panic::catch_unwind(AssertUnwindSafe(|| {
            let model = prepare(kind, &meeting, &people, issued.number, &profile);
            render_docx(&model, &profile).map(|bytes| (model.header.number, bytes))
        }));
        let (number_line, bytes) =
            rendered.map_err(|_| DocumentError::Package("lỗi khi dựng nội dung văn bản".to_string()))??;
        write_atomically(path, &bytes, overwrite)?;
        Ok(ExportOutcome { path: path.to_path_buf(), issued, number_line, bytes: bytes.len() })
    })
}

/// Writes `bytes` to a temporary file in the target's folder, flushes it to
/// disk, then renames it over the target, so a crash or a full disk never
/// leaves a truncated document. Refuses an existing file unless `overwrite`.
/// A target held open by Word (its owner file next to it, or the OS refusing
/// to replace it) → [`DocumentError::FileLocked`]; the temporary file is
/// removed and the old file is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), DocumentError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    refuse_existing(path, overwrite)?;
    if path.exists() && open_elsewhere_marker(path).is_some() {
        return Err(DocumentError::FileLocked { path: path.to_path_buf() });
    }
    let fail = |e: io::Error| classify(e, path);
    remove_stale_temp_files(&dir);
    let mut tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX).tempfile_in(&dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    // On failure the NamedTempFile inside the error is dropped, which deletes it.
    let persisted = if overwrite { tmp.persist(path).map(|_| ()) } else { tmp.persist_noclobber(path).map(|_| ()) };
    persisted.map_err(|e| {
        if !overwrite && e.error.kind() == io::ErrorKind::AlreadyExists {
            DocumentError::AlreadyExists { path: path.to_path_buf() }
        } else {
            classify(e.error, path)
        }
    })
}

/// Removes the `.bienban-*.tmp` files in `dir` older than ten minutes: what
/// an export killed between writing and renaming leaves behind (hidden on
/// Linux, visible on Windows). Called before every export into that folder
/// and by the app at start-up for its data folder; returns how many went.
/// Failures are ignored: a file that cannot be removed harms nothing.
pub fn remove_stale_temp_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let now = SystemTime::now();
    entries
        .flatten()
        .filter(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
        })
        .filter(|entry| {
            let modified = entry.metadata().ok().filter(|m| m.is_file()).and_then(|m| m.modified().ok());
            modified.and_then(|m| now.duration_since(m).ok()).is_some_and(|age| age >= STALE_AFTER)
        })
        .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
        .count()
}

/// A folder in the way is always refused; an existing file unless `overwrite`.
fn refuse_existing(path: &Path, overwrite: bool) -> Result<(), DocumentError> {
    if path.is_dir() {
        return Err(DocumentError::TargetIsFolder { path: path.to_path_buf() });
    }
    if !overwrite && path.exists() {
        return Err(DocumentError::AlreadyExists { path: path.to_path_buf() });
    }
    Ok(())
}

/// The write failures a user can fix by choosing another place, each with
/// its own Vietnamese message instead of the system's English text.
fn user_mistake(error: &io::Error, path: &Path) -> Option<DocumentError> {
    let path = path.to_path_buf();
    match error.kind() {
        _ if path.is_dir() => Some(DocumentError::TargetIsFolder { path }),
        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => Some(DocumentError::FolderMissing { path }),
        io::ErrorKind::ReadOnlyFilesystem => Some(DocumentError::PermissionDenied { path }),
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Some(DocumentError::DiskFull { path }),
        _ => None,
    }
}

/// Windows: another process has the file open without sharing it, or
/// holds a lock on part of it (what Word does to an open document).
const ERROR_SHARING_VIOLATION: i32 = 32;
const ERROR_LOCK_VIOLATION: i32 = 33;
/// Windows: the file is read-only or held so that it cannot be replaced.
const ERROR_ACCESS_DENIED: i32 = 5;
/// Unix: the closest thing to a file in use (a running executable).
const ETXTBSY: i32 = 26;
const EPERM: i32 = 1;
const EACCES: i32 = 13;

/// Whose numbering a raw OS error code follows.
#[derive(Debug, Clone, Copy)]
enum OsCodes {
    Windows,
    Unix,
}

impl OsCodes {
    const HOST: OsCodes = if cfg!(windows) { OsCodes::Windows } else { OsCodes::Unix };

    fn means_in_use(self, raw: i32) -> bool {
        match self {
            OsCodes::Windows => matches!(raw, ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION),
            OsCodes::Unix => raw == ETXTBSY,
        }
    }

    fn means_access_denied(self, raw: i32) -> bool {
        match self {
            OsCodes::Windows => raw == ERROR_ACCESS_DENIED,
            OsCodes::Unix => matches!(raw, EPERM | EACCES),
        }
    }
}

fn classify(error: io::Error, path: &Path) -> DocumentError {
    if let Some(mistake) = user_mistake(&error, path) {
        return mistake;
    }
    map_io_error(error, path, path.exists(), OsCodes::HOST)
}

/// The one mapping of a failed write to what the secretary reads, pure so
/// the Windows codes are tested on Linux too: a sharing or lock violation,
/// or access denied on a target that exists (Windows' answer to replacing a
/// file Word holds), means the file is open in another program.
fn map_io_error(error: io::Error, path: &Path, target_exists: bool, codes: OsCodes) -> DocumentError {
    let path = path.to_path_buf();
    let raw = error.raw_os_error();
    if raw.is_some_and(|raw| codes.means_in_use(raw)) {
        return DocumentError::FileLocked { path };
    }
    let denied = match raw {
        Some(raw) => codes.means_access_denied(raw),
        None => error.kind() == io::ErrorKind::PermissionDenied,
    };
    match (denied, target_exists) {
        (true, true) => DocumentError::FileLocked { path },
        (true, false) => DocumentError::PermissionDenied { path },
        (false, _) => DocumentError::Io { path, source: error },
    }
}

/// The lock file an office program keeps next to a document it has open:
/// Word's hidden owner file "~$" + the name, with the first one or two
/// letters dropped from longer names ("~$ficeReport.docx" for
/// "OfficeReport.docx"), or LibreOffice's ".~lock.NAME#".
fn open_elsewhere_marker(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let dir = path.parent().unwrap_or(Path::new(""));
    let mut candidates = vec![format!("~${name}"), format!(".~lock.{name}#")];
    for dropped in 1..=2 {
        if let Some((at, _)) = name.char_indices().nth(dropped) {
            candidates.push(format!("~${}", &name[at..]));
        }
    }
    candidates.into_iter().map(|marker| dir.join(marker)).find(|marker| marker.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_names(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .map(|it| it.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn writes_then_refuses_to_overwrite_without_permission() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("bien-ban.docx");
        write_atomically(&target, b"first", false)?;
        let refused = write_atomically(&target, b"second", false);
        assert!(matches!(refused, Err(DocumentError::AlreadyExists { .. })));
        assert_eq!(std::fs::read(&target)?, b"first");
        write_atomically(&target, b"second", true)?;
        assert_eq!(std::fs::read(&target)?, b"second");
        assert_eq!(temp_names(dir.path()), vec!["bien-ban.docx".to_string()], "no temporary file is left behind");
        Ok(())
    }

    #[test]
    fn a_failed_rename_leaves_no_temporary_file_and_the_old_file_intact() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        // A directory in the way makes the rename fail on every platform.
        let target = dir.path().join("occupied.docx");
        std::fs::create_dir(&target)?;
        std::fs::write(target.join("keep.txt"), b"keep")?;
        let result = write_atomically(&target, b"new", true);
        assert!(result.is_err());
        assert_eq!(temp_names(dir.path()), vec!["occupied.docx".to_string()]);
        assert_eq!(std::fs::read(target.join("keep.txt"))?, b"keep");
        Ok(())
    }

    fn says_file_is_open(error: &DocumentError) -> bool {
        error.code() == "file_locked" && error.user_message().contains("đang được mở trong Word")
    }

    #[test]
    fn windows_sharing_and_lock_violations_read_as_open_in_word() {
        let target = Path::new(r"C:\Users\vanphong\Documents\Biên bản số 05.docx");
        for raw in [ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION] {
            for exists in [true, false] {
                let error = map_io_error(io::Error::from_raw_os_error(raw), target, exists, OsCodes::Windows);
                assert!(says_file_is_open(&error), "raw {raw}: {error:?}");
                assert!(error.user_message().contains("Biên bản số 05.docx"));
            }
        }
        // Access denied replacing a file Word holds, versus a folder without rights.
        let replacing = map_io_error(io::Error::from_raw_os_error(ERROR_ACCESS_DENIED), target, true, OsCodes::Windows);
        assert!(says_file_is_open(&replacing), "{replacing:?}");
        let new_file = map_io_error(io::Error::from_raw_os_error(ERROR_ACCESS_DENIED), target, false, OsCodes::Windows);
        assert_eq!(new_file.code(), "permission_denied");
        // Other Windows failures keep their own message (112: disk full).
        let full = map_io_error(io::Error::from_raw_os_error(112), target, true, OsCodes::Windows);
        assert_eq!(full.code(), "io");
    }

    #[test]
    fn unix_codes_are_read_as_unix_codes() {
        let target = Path::new("/home/vanphong/bien-ban.docx");
        // 32 is EPIPE and 33 EDOM on Linux: not a file held open.
        for raw in [ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION] {
            assert_eq!(map_io_error(io::Error::from_raw_os_error(raw), target, true, OsCodes::Unix).code(), "io");
        }
        assert!(says_file_is_open(&map_io_error(io::Error::from_raw_os_error(ETXTBSY), target, false, OsCodes::Unix)));
        let denied = map_io_error(io::Error::from_raw_os_error(EACCES), target, false, OsCodes::Unix);
        assert_eq!(denied.code(), "permission_denied");
    }

    #[test]
    fn words_owner_file_next_to_the_target_means_open_in_word() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        // Word names the owner file "~$" + name, dropping letters of longer names.
        for (name, owner) in [
            ("NQ.docx", "~$NQ.docx"),
            ("OfficeReport.docx", "~$ficeReport.docx"),
            ("Biên bản số 05 ngày 15-03-2026.docx", "~$ên bản số 05 ngày 15-03-2026.docx"),
            ("Thông báo.docx", ".~lock.Thông báo.docx#"),
        ] {
            let target = dir.path().join(name);
            std::fs::write(&target, b"open in Word")?;
            std::fs::write(dir.path().join(owner), b"vanphong")?;
            let refused = write_atomically(&target, b"new", true);
            assert!(refused.as_ref().is_err_and(says_file_is_open), "{name}: {refused:?}");
            assert_eq!(std::fs::read(&target)?, b"open in Word", "{name}: the old file is untouched");
            assert!(!temp_names(dir.path()).iter().any(|n| n.starts_with(".bienban-")), "no temporary file");
            std::fs::remove_file(dir.path().join(owner))?;
            write_atomically(&target, b"new", true)?;
            assert_eq!(std::fs::read(&target)?, b"new", "{name}: written once Word has closed it");
        }
        // An owner file left behind with no document does not block a new export.
        std::fs::write(dir.path().join("~$Mới.docx"), b"stale")?;
        write_atomically(&dir.path().join("Mới.docx"), b"new", false)?;
        Ok(())
    }

    #[test]
    fn stale_temporary_files_of_a_killed_export_are_removed_and_fresh_ones_kept()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let stale = dir.path().join(".bienban-AbC123.tmp");
        let fresh = dir.path().join(".bienban-XyZ789.tmp");
        let other = dir.path().join("ghi-chu.tmp");
        for path in [&stale, &fresh, &other] {
            std::fs::write(path, b"partial")?;
        }
        let old = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&stale)?.set_modified(old)?;
        std::fs::File::options().write(true).open(&other)?.set_modified(old)?;

        write_atomically(&dir.path().join("bien-ban.docx"), b"doc", false)?;
        let mut names = temp_names(dir.path());
        names.sort();
        assert_eq!(names, vec![".bienban-XyZ789.tmp", "bien-ban.docx", "ghi-chu.tmp"]);
        assert_eq!(remove_stale_temp_files(dir.path()), 0);
        Ok(())
    }

    #[test]
    fn permission_denied_on_an_existing_file_reads_as_open_in_word() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("thong-bao.docx");
        std::fs::write(&target, b"open in Word")?;
        let error = classify(io::Error::from(io::ErrorKind::PermissionDenied), &target);
        assert_eq!(error.code(), "file_locked");
        let message = error.user_message();
        assert!(message.contains("đang được mở trong Word"), "{message}");
        assert!(message.contains("đóng tệp") && message.contains("chọn tên khác"), "{message}");

        let missing = dir.path().join("khong-co.docx");
        let error = classify(io::Error::from(io::ErrorKind::PermissionDenied), &missing);
        assert_eq!(error.code(), "permission_denied");
        Ok(())
    }
}
