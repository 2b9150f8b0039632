//! The three Party documents — Biên bản (minutes), Thông báo kết luận
//! (conclusion notice), Nghị quyết (resolution) — as Word files.
//!
//! The path of one export: [`prepare`] turns a meeting into a
//! [`DocumentModel`] (pure data), [`render_docx`] lays it out with docx-rs
//! and makes the package valid for Word (pure bytes), [`write_atomically`]
//! puts it on disk, and [`export`] ties them to the store's number register.

mod export;
mod file_name;
mod model;
mod ooxml;
mod prepare;
mod render;
mod typography;

pub use export::{
    ExportError, ExportOutcome, export, number_line, remove_stale_temp_files, stored_file_name, write_atomically,
};
pub use file_name::{MAX_FILE_NAME_UNITS, suggested_file_name, windows_file_name};
pub use model::{Align, Block, Closing, DocumentModel, HeaderBlock, SignatureBlock, Span};
pub use prepare::{long_date, prepare, short_date};
pub use render::render_docx;

use std::path::PathBuf;

/// What can go wrong turning a document model into a file.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The Word package could not be assembled (a bug, not a user error).
    #[error("cannot assemble the .docx package: {0}")]
    Package(String),
    /// The target exists and overwriting was not asked for.
    #[error("{} already exists", path.display())]
    AlreadyExists { path: PathBuf },
    /// The target is held open by another program (Word on Windows).
    #[error("{} is locked by another program", path.display())]
    FileLocked { path: PathBuf },
    /// The folder does not allow writing.
    #[error("no permission to write {}", path.display())]
    PermissionDenied { path: PathBuf },
    /// The folder of the target does not exist.
    #[error("the folder of {} does not exist", path.display())]
    FolderMissing { path: PathBuf },
    /// The target names a folder, not a file.
    #[error("{} is a folder", path.display())]
    TargetIsFolder { path: PathBuf },
    /// No space left on the disk.
    #[error("no space left to write {}", path.display())]
    DiskFull { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

impl DocumentError {
    /// Stable machine-readable code for `{ code, message }` over IPC and the CLI.
    pub fn code(&self) -> &'static str {
        match self {
            DocumentError::Package(_) => "document_package",
            DocumentError::AlreadyExists { .. } => "file_exists",
            DocumentError::FileLocked { .. } => "file_locked",
            DocumentError::PermissionDenied { .. } => "permission_denied",
            DocumentError::FolderMissing { .. } => "folder_missing",
            DocumentError::TargetIsFolder { .. } => "target_is_folder",
            DocumentError::DiskFull { .. } => "disk_full",
            DocumentError::Io { .. } => "io",
        }
    }

    /// The Vietnamese message a secretary reads.
    pub fn user_message(&self) -> String {
        match self {
            DocumentError::Package(detail) => {
                format!("Không tạo được tệp Word do lỗi của chương trình ({detail}). Vui lòng báo cho bộ phận hỗ trợ.")
            }
            DocumentError::AlreadyExists { path } => {
                format!("Tệp «{}» đã có. Hãy chọn tên khác, hoặc cho phép ghi đè (--force).", path.display())
            }
            DocumentError::FileLocked { path } => format!(
                "Tệp «{}» đang được mở trong Word hoặc một chương trình khác. Hãy đóng tệp đó rồi xuất lại, hoặc chọn tên khác. Tệp cũ chưa bị thay đổi.",
                path.display()
            ),
            DocumentError::PermissionDenied { path } => {
                format!("Không có quyền ghi tệp «{}». Hãy chọn thư mục khác (ví dụ thư mục Tài liệu).", path.display())
            }
            DocumentError::FolderMissing { path } => format!(
                "Không có thư mục «{}» để ghi tệp «{}». Hãy chọn một thư mục có sẵn.",
                path.parent().map(|p| p.display().to_string()).unwrap_or_default(),
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
            ),
            DocumentError::TargetIsFolder { path } => {
                format!("«{}» là một thư mục, không phải tệp. Hãy đặt tên tệp, ví dụ bien-ban.docx.", path.display())
            }
            DocumentError::DiskFull { path } => format!(
                "Ổ đĩa đã đầy, không ghi được tệp «{}». Hãy giải phóng dung lượng hoặc chọn ổ khác. Số văn bản chưa được cấp.",
                path.display()
            ),
            DocumentError::Io { path, source } => {
                format!("Không ghi được tệp «{}»: {}.", path.display(), crate::os_error::reason(source))
            }
        }
    }
}
