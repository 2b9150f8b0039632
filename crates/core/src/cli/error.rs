//! Errors of the command line, each with its exit code and Vietnamese message.

use std::path::PathBuf;

use super::{EXIT_INTERNAL, EXIT_USER};
use crate::interchange::InterchangeError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Interchange(#[from] InterchangeError),
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path} is not UTF-8")]
    NotUtf8 { path: PathBuf },
    #[error("cannot write the output: {0}")]
    Write(std::io::Error),
    /// For subcommands with their own error types (documents): a message
    /// already in Vietnamese, the user's to fix.
    #[error("{0}")]
    User(String),
    /// As `User`, for failures of the program or the system.
    #[error("{0}")]
    Internal(String),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        let user = match self {
            CliError::Store(e) => e.is_user_error(),
            CliError::Interchange(e) => e.is_user_error(),
            CliError::Read { .. } | CliError::NotUtf8 { .. } | CliError::User(_) => true,
            CliError::Write(_) | CliError::Internal(_) => false,
        };
        if user { EXIT_USER } else { EXIT_INTERNAL }
    }

    pub fn user_message(&self) -> String {
        match self {
            CliError::Store(e) => e.user_message(),
            CliError::Interchange(e) => e.user_message(),
            CliError::Read { path, source } => {
                format!("Không đọc được tệp «{}»: {}.", path.display(), crate::os_error::reason(source))
            }
            CliError::NotUtf8 { path } => {
                format!("Tệp {} không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8.", path.display())
            }
            CliError::Write(e) => format!("Không ghi được kết quả: {}.", crate::os_error::reason(e)),
            CliError::User(message) | CliError::Internal(message) => message.clone(),
        }
    }
}
