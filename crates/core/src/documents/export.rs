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
    let profile_name = store
        .organisation()?
        .map(|o| o.format_profile)
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
    let profile = store.format_profile(&profile_name)?;
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
/// A target held open by Word → [`DocumentError::FileLocked`]; the temporary
/// file is removed and the old file is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), DocumentError> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    refuse_existing(path, overwrite)?;
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

/// Windows reports a file Word holds open as a sharing or lock violation,
/// or as access denied when replacing it; an existing target that cannot be
/// replaced is treated as open in another program.
fn classify(error: io::Error, path: &Path) -> DocumentError {
    if let Some(mistake) = user_mistake(&error, path) {
        return mistake;
    }
    if is_sharing_violation(&error) {
        return DocumentError::FileLocked { path: path.to_path_buf() };
    }
    if error.kind() == io::ErrorKind::PermissionDenied {
        return if path.exists() {
            DocumentError::FileLocked { path: path.to_path_buf() }
        } else {
            DocumentError::PermissionDenied { path: path.to_path_buf() }
        };
    }
    DocumentError::Io { path: path.to_path_buf(), source: error }
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

#[cfg(windows)]
fn is_sharing_violation(error: &io::Error) -> bool {
    // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
    matches!(error.raw_os_error(), Some(32) | Some(33))
}

#[cfg(not(windows))]
fn is_sharing_violation(error: &io::Error) -> bool {
    // ETXTBSY: the closest thing on Unix to a file in use.
    error.raw_os_error() == Some(26)
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

    #[test]
    fn stale_temporary_files_of_a_killed_export_are_removed_and_fresh_ones_kept() -> Result<(), Box<dyn std::error::Error>>
    {
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
