//! `bienban backup`, `bienban restore` and `bienban archive`: keeping the
//! database safe and moving it to another computer (docs/storage.md).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::{CliError, Context, read_input};
use crate::interchange::archive::{self, ArchiveError};
use crate::store::{StoreError, backup, io_reason};

/// Kho lưu trữ toàn bộ (bienban.archive/2; đọc được cả bienban.archive/1 cũ).
#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Ghi mọi hội nghị, người, hồ sơ tổ chức, mẫu thể thức và sổ đăng ký văn bản ra một tệp JSON.
    Export {
        /// Tệp cần ghi (chưa có), hoặc "-" để in ra đầu ra chuẩn.
        out: PathBuf,
    },
    /// Nhập một kho lưu trữ vào cơ sở dữ liệu trống (toàn bộ hoặc không gì cả).
    Import {
        /// Tệp kho lưu trữ, hoặc "-" để đọc từ đầu vào chuẩn.
        file: PathBuf,
    },
}

/// `bienban backup OUT`: a consistent copy of the database, even while the
/// app is writing to it; prints the file written.
pub fn backup(ctx: &mut Context<'_>, out: &Path) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    store.backup_to(out)?;
    writeln!(ctx.out, "{}", out.display()).map_err(CliError::Write)
}

/// `bienban restore FILE`: replaces the database with a checked backup,
/// keeping the current one first; prints where it was kept.
pub fn restore(ctx: &mut Context<'_>, file: &Path) -> Result<(), CliError> {
    let db = ctx.db_path()?;
    let restored = backup::restore(&db, file).map_err(|e| match e {
        // The refusal names the file given, not the database.
        e @ (StoreError::EmptyFile { .. }
        | StoreError::NotADatabase { .. }
        | StoreError::ForeignDatabase { .. }
        | StoreError::NewerSchema { .. }) => {
            CliError::User(format!("{} Không khôi phục; cơ sở dữ liệu hiện tại không thay đổi.", e.user_message()))
        }
        StoreError::Damaged { path, .. } => CliError::User(format!(
            "Tệp «{}» bị hỏng, không dùng để khôi phục được; cơ sở dữ liệu hiện tại không thay đổi.",
            path.display()
        )),
        StoreError::Unreadable { path, source } if path == file => {
            CliError::User(StoreError::Unreadable { path, source }.user_message())
        }
        e => CliError::Store(e),
    })?;
    writeln!(ctx.out, "Đã khôi phục «{}» từ «{}».", db.display(), file.display()).map_err(CliError::Write)?;
    if let Some(previous) = restored.previous {
        writeln!(ctx.out, "Cơ sở dữ liệu trước đó được giữ tại «{}».", previous.display()).map_err(CliError::Write)?;
    }
    Ok(())
}

pub fn archive(ctx: &mut Context<'_>, command: &ArchiveCommand) -> Result<(), CliError> {
    match command {
        ArchiveCommand::Export { out } => archive_export(ctx, out),
        ArchiveCommand::Import { file } => archive_import(ctx, file),
    }
}

fn archive_export(ctx: &mut Context<'_>, out: &Path) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    let text = archive::to_json(&archive::export(&store)?);
    if out == Path::new("-") {
        return ctx.out.write_all(text.as_bytes()).map_err(CliError::Write);
    }
    write_new_file(out, text.as_bytes())?;
    writeln!(ctx.out, "{}", out.display()).map_err(CliError::Write)
}

fn archive_import(ctx: &mut Context<'_>, file: &Path) -> Result<(), CliError> {
    let json = read_input(file)?;
    // Parse before opening the database, so a bad file never creates one.
    let doc = archive::parse(&json).map_err(archive_error)?;
    let store = ctx.open_store()?;
    let counts = archive::import(&store, &doc).map_err(archive_error)?;
    writeln!(ctx.out, "Đã nhập {} người, {} hội nghị, {} số văn bản.", counts.people, counts.meetings, counts.register)
        .map_err(CliError::Write)
}

fn archive_error(e: ArchiveError) -> CliError {
    match e {
        ArchiveError::Interchange(crate::interchange::InterchangeError::Store(e)) => CliError::Store(e),
        e if e.is_user_error() => CliError::User(e.user_message()),
        e => CliError::Internal(e.user_message()),
    }
}

/// Writes `bytes` to `path` atomically (temporary file in the same folder,
/// then a rename that refuses an existing file).
fn write_new_file(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    let exists = || CliError::Store(StoreError::TargetExists { path: path.to_path_buf() });
    if path.exists() {
        return Err(exists());
    }
    let failed =
        |e: std::io::Error| CliError::User(format!("Không ghi được tệp «{}»: {}.", path.display(), io_reason(&e)));
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(".bienban-").suffix(".tmp").tempfile_in(dir).map_err(failed)?;
    temp.write_all(bytes).and_then(|()| temp.as_file().sync_all()).map_err(failed)?;
    temp.persist_noclobber(path)
        .map_err(|e| if e.error.kind() == std::io::ErrorKind::AlreadyExists { exists() } else { failed(e.error) })?;
    Ok(())
}
