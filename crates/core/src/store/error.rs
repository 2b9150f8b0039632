//! The store's error type, with the Vietnamese message a secretary reads and
//! a stable code the UI and the command line branch on.

use std::path::PathBuf;

/// What went wrong in the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A record that was asked for by id or name does not exist.
    #[error("{what} {id} not found")]
    NotFound { what: Entity, id: String },
    /// The change would break a rule of the register or the directory
    /// (a document number already issued, a person still referenced, …).
    #[error("conflict: {0}")]
    Conflict(String),
    /// The meeting is in the trash: it is not shown, exported or changed
    /// until it is restored.
    #[error("meeting «{title}» is in the trash")]
    InTrash { title: String },
    /// Numbers cannot be issued before the organisation profile exists,
    /// because the term start comes from it.
    /// A person cannot be deleted while a meeting mentions them.
    #[error("{name} is mentioned by {meetings} meeting(s)")]
    PersonInUse { name: String, meetings: usize, example: String },
    #[error("no organisation profile has been saved")]
    NoOrganisation,
    /// No data directory could be found for the default database path.
    #[error("no data directory for this user")]
    NoDataDir,
    #[error("cannot create the database directory {path}: {source}")]
    CreateDir { path: PathBuf, source: std::io::Error },
    /// A stored JSON column does not parse: the file was edited by hand or
    /// written by a newer version.
    #[error("corrupt stored value in {column}: {source}")]
    Corrupt { column: &'static str, source: serde_json::Error },
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The database file exists but cannot be read (permissions, a folder).
    #[error("cannot read the database {path}: {source}")]
    Unreadable { path: PathBuf, source: std::io::Error },
    /// A 0-byte file where a database should be: refused, not reused.
    #[error("{path} is an empty file, not a database")]
    EmptyFile { path: PathBuf },
    /// The file does not start with the SQLite header.
    #[error("{path} is not an SQLite database")]
    NotADatabase { path: PathBuf },
    /// An SQLite database of another program.
    #[error("{path} is not a Biên bản database")]
    ForeignDatabase { path: PathBuf },
    /// The start-up check found the file damaged. `kept_aside` is the copy
    /// kept of it, `backup` the newest backup that passes the check.
    #[error("{path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String, kept_aside: Option<PathBuf>, backup: Option<PathBuf> },
    /// Written by a newer version of the app (schema `found` > `supported`).
    #[error("{path} has schema {found}, this version knows up to {supported}")]
    NewerSchema { path: PathBuf, found: usize, supported: usize },
    /// A read-only database whose schema would need an upgrade.
    #[error("{path} is read-only and needs a schema upgrade")]
    ReadOnlyOutdated { path: PathBuf },
    /// Writing or removing a backup file failed.
    #[error("backup {path}: {source}")]
    Backup { path: PathBuf, source: std::io::Error },
    /// A backup target that already exists and may not be replaced.
    #[error("{path} already exists")]
    TargetExists { path: PathBuf },
}

/// The kinds of record a [`StoreError::NotFound`] can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Meeting,
    Person,
    FormatProfile,
    Speech,
    Vote,
    ConclusionItem,
    TrashEntry,
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Entity::Meeting => "meeting",
            Entity::Person => "person",
            Entity::FormatProfile => "format profile",
            Entity::Speech => "speech",
            Entity::Vote => "vote",
            Entity::ConclusionItem => "conclusion item",
            Entity::TrashEntry => "trash entry",
        })
    }
}

impl Entity {
    fn vietnamese(self) -> &'static str {
        match self {
            Entity::Meeting => "hội nghị",
            Entity::Person => "người",
            Entity::FormatProfile => "mẫu thể thức",
            Entity::Speech => "phát biểu",
            Entity::Vote => "biểu quyết",
            Entity::ConclusionItem => "nội dung kết luận",
            Entity::TrashEntry => "mục trong thùng rác",
        }
    }
}

impl StoreError {
    /// Stable machine-readable code, e.g. for `{ code, message }` over IPC.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound { .. } => "not_found",
            StoreError::Conflict(_) => "conflict",
            StoreError::InTrash { .. } => "in_trash",
            StoreError::PersonInUse { .. } => "person_in_use",
            StoreError::NoOrganisation => "no_organisation",
            StoreError::NoDataDir => "no_data_dir",
            StoreError::CreateDir { .. } => "create_dir",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::Sqlite(e) if is_busy(e) => "busy",
            StoreError::Sqlite(e) if is_read_only(e) => "read_only",
            StoreError::Sqlite(_) => "sqlite",
            StoreError::Migration(_) => "migration",
            StoreError::Unreadable { .. } => "unreadable",
            StoreError::EmptyFile { .. } => "empty_file",
            StoreError::NotADatabase { .. } => "not_a_database",
            StoreError::ForeignDatabase { .. } => "foreign_database",
            StoreError::Damaged { .. } => "damaged",
            StoreError::NewerSchema { .. } => "newer_schema",
            StoreError::ReadOnlyOutdated { .. } => "read_only_outdated",
            StoreError::Backup { .. } => "backup",
            StoreError::TargetExists { .. } => "target_exists",
        }
    }

    /// The message shown to the user, in Vietnamese.
    pub fn user_message(&self) -> String {
        match self {
            StoreError::NotFound { what, id } => {
                format!("Không tìm thấy {} có mã «{id}».", what.vietnamese())
            }
            StoreError::Conflict(detail) => format!("Không thể lưu: {detail}"),
            StoreError::InTrash { title } => {
                format!("Hội nghị «{title}» đang ở thùng rác: hãy khôi phục hội nghị trước.")
            }
            StoreError::PersonInUse { name, meetings, example } => format!(
                "Không xóa được «{name}»: người này có trong {meetings} hội nghị (gần nhất: {example}). \
                 Biên bản đã ghi phải giữ nguyên người dự họp, phát biểu và được phân công."
            ),
            StoreError::NoOrganisation => {
                "Chưa khai báo hồ sơ tổ chức (cơ quan ban hành, nhiệm kỳ): hãy khai báo trước khi cấp số văn bản.".to_string()
            }
            StoreError::NoDataDir => {
                "Không xác định được thư mục dữ liệu của người dùng; hãy chỉ định tệp cơ sở dữ liệu bằng --db hoặc biến BIENBAN_DB.".to_string()
            }
            StoreError::CreateDir { path, source } => {
                format!("Không tạo được thư mục dữ liệu {}: {}.", path.display(), crate::os_error::reason(source))
            }
            StoreError::Corrupt { column, .. } => {
                format!("Dữ liệu đã lưu bị hỏng (cột {column}); hãy khôi phục từ bản sao lưu.")
            }
            StoreError::Sqlite(e) if is_busy(e) => {
                "Cơ sở dữ liệu đang được một chương trình khác sử dụng; hãy thử lại.".to_string()
            }
            StoreError::Sqlite(e) if is_read_only(e) => {
                "Cơ sở dữ liệu chỉ đọc (tệp không ghi được): không lưu được thay đổi.".to_string()
            }
            StoreError::Sqlite(e) => format!("Lỗi cơ sở dữ liệu: {e}"),
            StoreError::Migration(e) => format!("Không nâng cấp được cấu trúc cơ sở dữ liệu: {e}"),
            StoreError::Unreadable { path, source } => {
                format!("Không đọc được tệp cơ sở dữ liệu «{}»: {}.", path.display(), io_reason(source))
            }
            StoreError::EmptyFile { path } => format!(
                "Tệp «{}» rỗng (0 byte), không phải cơ sở dữ liệu Biên bản; chương trình không dùng nó. \
                 Hãy chọn đúng tệp, hoặc khôi phục từ bản sao lưu (bienban restore <tệp sao lưu>).",
                path.display()
            ),
            StoreError::NotADatabase { path } => format!(
                "Tệp «{}» không phải cơ sở dữ liệu SQLite của Biên bản; chương trình không dùng nó.",
                path.display()
            ),
            StoreError::ForeignDatabase { path } => format!(
                "Tệp «{}» là cơ sở dữ liệu của chương trình khác, không phải của Biên bản.",
                path.display()
            ),
            StoreError::Damaged { path, kept_aside, backup, .. } => {
                let mut message = format!("Cơ sở dữ liệu «{}» bị hỏng, chương trình không mở nó.", path.display());
                if let Some(aside) = kept_aside {
                    message.push_str(&format!(" Một bản của tệp hỏng được giữ tại «{}».", aside.display()));
                }
                match backup {
                    Some(backup) => message.push_str(&format!(
                        " Bản sao lưu tốt mới nhất: «{0}». Để khôi phục, chạy: bienban restore \"{0}\"",
                        backup.display()
                    )),
                    None => message.push_str(" Không tìm thấy bản sao lưu tốt nào trong thư mục backups."),
                }
                message
            }
            StoreError::NewerSchema { path, found, supported } => format!(
                "Cơ sở dữ liệu «{}» được tạo bởi phiên bản Biên bản mới hơn (cấu trúc {found}, phiên bản này \
                 chỉ hiểu đến {supported}). Hãy cập nhật ứng dụng Biên bản.",
                path.display()
            ),
            StoreError::ReadOnlyOutdated { path } => format!(
                "Cơ sở dữ liệu «{}» chỉ đọc và cần nâng cấp cấu trúc; hãy cho phép ghi tệp rồi mở lại.",
                path.display()
            ),
            StoreError::Backup { path, source } => {
                format!("Không ghi được bản sao lưu «{}»: {}.", path.display(), io_reason(source))
            }
            StoreError::TargetExists { path } => {
                format!("Tệp «{}» đã có; hãy chọn tên khác.", path.display())
            }
        }
    }

    /// True when the error is the user's to fix (unknown id, conflicting
    /// number) rather than a fault of the program or the disk.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::NotFound { .. }
                | StoreError::Conflict(_)
                | StoreError::InTrash { .. }
                | StoreError::PersonInUse { .. }
                | StoreError::NoOrganisation
                | StoreError::EmptyFile { .. }
                | StoreError::NotADatabase { .. }
                | StoreError::ForeignDatabase { .. }
                | StoreError::Damaged { .. }
                | StoreError::NewerSchema { .. }
                | StoreError::ReadOnlyOutdated { .. }
                | StoreError::TargetExists { .. }
        ) || matches!(self, StoreError::Sqlite(e) if is_read_only(e))
    }
}

fn is_read_only(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly)
}

/// The OS reason in Vietnamese for the usual cases, else the OS text.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "không có tệp hoặc thư mục này".to_string(),
        ErrorKind::PermissionDenied => "không có quyền truy cập".to_string(),
        ErrorKind::AlreadyExists => "tệp đã có".to_string(),
        ErrorKind::StorageFull => "ổ đĩa đã đầy".to_string(),
        ErrorKind::ReadOnlyFilesystem => "ổ đĩa chỉ đọc".to_string(),
        ErrorKind::IsADirectory => "đây là một thư mục, không phải tệp".to_string(),
        _ => e.to_string(),
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}
