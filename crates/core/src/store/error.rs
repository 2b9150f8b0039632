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
            StoreError::Sqlite(_) => "sqlite",
            StoreError::Migration(_) => "migration",
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
            StoreError::Sqlite(e) => format!("Lỗi cơ sở dữ liệu: {e}"),
            StoreError::Migration(e) => format!("Không nâng cấp được cấu trúc cơ sở dữ liệu: {e}"),
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
        )
    }
}

fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}
