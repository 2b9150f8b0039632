//! Why a meeting file was refused, with the JSON path of the culprit.

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum InterchangeError {
    /// Not JSON, or JSON of the wrong shape: `path` is where (e.g.
    /// `meeting.attendance[2].status`), `message` what was expected and found.
    #[error("{path}: {message} (line {line}, column {column})")]
    Invalid { path: String, message: String, line: usize, column: usize },
    /// The `format` key names another format or version.
    #[error("unsupported format {found:?}, expected {expected:?}")]
    UnsupportedFormat { found: String, expected: &'static str },
    /// A person key used in the meeting is not declared in `people`.
    #[error("{path}: unknown person key {key:?}")]
    UnknownPerson { path: String, key: String },
    /// Two entries of `people` share a key.
    #[error("{path}: duplicate person key {key:?}")]
    DuplicatePerson { path: String, key: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl InterchangeError {
    pub fn code(&self) -> &'static str {
        match self {
            InterchangeError::Invalid { .. } => "invalid_document",
            InterchangeError::UnsupportedFormat { .. } => "unsupported_format",
            InterchangeError::UnknownPerson { .. } => "unknown_person_key",
            InterchangeError::DuplicatePerson { .. } => "duplicate_person_key",
            InterchangeError::Store(e) => e.code(),
        }
    }

    /// True when the file (or the id asked for) is at fault, not the program.
    pub fn is_user_error(&self) -> bool {
        match self {
            InterchangeError::Store(e) => e.is_user_error(),
            _ => true,
        }
    }

    /// Vietnamese message naming the JSON path, what was expected and what was found.
    pub fn user_message(&self) -> String {
        match self {
            InterchangeError::Invalid { path, message, line, column } => format!(
                "Tệp không hợp lệ tại «{}» (dòng {line}, cột {column}): {}",
                if path.is_empty() || path == "." { "gốc tài liệu" } else { path },
                translate_serde(message)
            ),
            InterchangeError::UnsupportedFormat { found, expected } => format!(
                "Tệp không hợp lệ tại «format»: cần \"{expected}\", gặp \"{found}\"."
            ),
            InterchangeError::UnknownPerson { path, key } => format!(
                "Tệp không hợp lệ tại «{path}»: không có người mang khóa \"{key}\" trong danh sách «people»."
            ),
            InterchangeError::DuplicatePerson { path, key } => {
                format!("Tệp không hợp lệ tại «{path}»: khóa \"{key}\" bị trùng trong danh sách «people».")
            }
            InterchangeError::Store(e) => e.user_message(),
        }
    }
}

/// serde_json's messages are English and follow a few fixed patterns
/// ("invalid type: string \"x\", expected u32"); the common ones are put
/// into Vietnamese, keeping the technical part (types, names) as is.
fn translate_serde(message: &str) -> String {
    let patterns: [(&str, &str); 8] = [
        ("missing field ", "thiếu trường "),
        ("unknown field ", "trường không được phép "),
        ("unknown variant ", "giá trị không được phép "),
        ("invalid type: ", "sai kiểu: gặp "),
        ("invalid value: ", "giá trị sai: gặp "),
        ("invalid length ", "độ dài sai "),
        ("premature end of input", "tài liệu bị cắt cụt"),
        ("EOF while parsing", "tài liệu kết thúc giữa chừng khi đọc"),
    ];
    let mut text = message.to_string();
    for (english, vietnamese) in patterns {
        if let Some(rest) = text.strip_prefix(english) {
            text = format!("{vietnamese}{rest}");
            break;
        }
    }
    text.replace(", expected one of ", ", cần một trong ")
        .replace(", expected ", ", cần ")
        .replace("input contains invalid characters", "có kí tự không hợp lệ")
}
