//! The one error type that crosses the IPC boundary: `{ code, message }`,
//! where `message` is the Vietnamese text the secretary reads and `code` is
//! what the UI branches on.

use bienban_core::documents::ExportError;
use bienban_core::store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// An error returned by a command, as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CommandError {
    /// Stable machine-readable code, e.g. "not_found", "conflict", "file_locked".
    pub code: String,
    /// Vietnamese message for the user, shown as is.
    pub message: String,
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError { code: code.to_string(), message: message.into() }
    }

    /// The database could not be opened at start-up: every command reports it,
    /// so the window can still show why instead of never appearing.
    pub fn store_unavailable(reason: &str) -> Self {
        CommandError::new("store_unavailable", format!("Không mở được cơ sở dữ liệu: {reason}"))
    }

    /// A previous command panicked while holding the store; the connection
    /// itself is still usable, but the user should know something went wrong.
    pub fn internal() -> Self {
        CommandError::new("internal", "Lỗi nội bộ của chương trình; hãy khởi động lại ứng dụng.")
    }
}

impl From<StoreError> for CommandError {
    fn from(error: StoreError) -> Self {
        CommandError::new(error.code(), error.user_message())
    }
}

impl From<ExportError> for CommandError {
    fn from(error: ExportError) -> Self {
        CommandError::new(error.code(), error.user_message())
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for CommandError {}

/// What every command returns.
pub type CommandResult<T> = Result<T, CommandError>;
