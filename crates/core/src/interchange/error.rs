//! Why a meeting file was refused, with the JSON path of the culprit.

use crate::model::VoteMethod;
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
    /// A file labelled `declared` (`/1`) uses what only `newer` has; it
    /// would be read under that label. `error` is where `/1` stopped.
    #[error("{error} (only in {newer})")]
    NewerThanDeclared { error: Box<InterchangeError>, declared: &'static str, newer: &'static str },
    /// An entry of `people` has an empty key.
    #[error("{path}: empty person key")]
    EmptyPersonKey { path: String },
    /// Two entries of `people` share a key.
    #[error("{path}: duplicate person key {key:?}")]
    DuplicatePerson { path: String, key: String },
    /// An object holds a key the format does not have (caught after
    /// reading, for objects whose type skips unknown keys); `path` ends
    /// with the key.
    #[error("{path}: unknown field {field:?}")]
    UnknownField { path: String, field: String },
    /// An index (`agenda_item`, `site`, `before_item`) points past the end
    /// of the list it refers to (`list`, of `len` entries).
    #[error("{path}: index {index} out of {list} ({len} entries)")]
    IndexOutOfRange { path: String, index: u32, list: &'static str, len: usize },
    /// A vote holds results its method does not have (candidates outside an
    /// election, ballot counts for a show of hands).
    #[error("{path}: not for method {method:?}")]
    NotForMethod { path: String, method: VoteMethod, allowed: &'static [VoteMethod] },
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
            InterchangeError::EmptyPersonKey { .. } => "empty_person_key",
            InterchangeError::NewerThanDeclared { error, .. } => error.code(),
            InterchangeError::UnknownField { .. } => "invalid_document",
            InterchangeError::IndexOutOfRange { .. } => "index_out_of_range",
            InterchangeError::NotForMethod { .. } => "not_for_method",
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
                "Tệp không hợp lệ tại «format»: cần \"{expected}\" (hoặc \"{}\" cũ), gặp \"{found}\".",
                super::v1::FORMAT_V1
            ),
            InterchangeError::UnknownPerson { path, key } => {
                format!("Tệp không hợp lệ tại «{path}»: không có người mang khóa \"{key}\" trong danh sách «people».")
            }
            InterchangeError::DuplicatePerson { path, key } => {
                format!("Tệp không hợp lệ tại «{path}»: khóa \"{key}\" bị trùng trong danh sách «people».")
            }
            InterchangeError::NewerThanDeclared { error, declared, newer } => format!(
                "{} Nội dung này chỉ có từ phiên bản \"{newer}\", còn tệp ghi «format» là \"{declared}\": hãy \
                 sửa «format» thành \"{newer}\".",
                error.user_message().trim_end_matches('.').to_string() + "."
            ),
            InterchangeError::EmptyPersonKey { path } => {
                format!("Tệp không hợp lệ tại «{path}»: khóa của một người không được để trống.")
            }
            InterchangeError::UnknownField { path, field } => {
                format!("Tệp không hợp lệ tại «{path}»: trường không được phép `{field}`.")
            }
            InterchangeError::IndexOutOfRange { path, index, list, len: 0 } => {
                format!("Tệp không hợp lệ tại «{path}»: không có mục số {index} vì danh sách «{list}» trống.")
            }
            InterchangeError::IndexOutOfRange { path, index, list, len } => format!(
                "Tệp không hợp lệ tại «{path}»: không có mục số {index} trong «{list}» (danh sách có {len} mục, \
                 đánh số từ 0 đến {}).",
                len - 1
            ),
            InterchangeError::NotForMethod { path, method, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(|m| format!("\"{}\"", method_name(*m))).collect();
                format!(
                    "Tệp không hợp lệ tại «{path}»: chỉ ghi được khi «method» là {}, gặp \"{}\".",
                    allowed.join(" hoặc "),
                    method_name(*method)
                )
            }
            InterchangeError::Store(e) => e.user_message(),
        }
    }
}

/// The method as the file writes it ("show_of_hands").
fn method_name(method: VoteMethod) -> String {
    serde_json::to_value(method).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// serde_json's messages are English and follow fixed patterns ("invalid
/// type: string \"x\", expected u32"); each is put into Vietnamese. Names
/// from the file (fields, values) are kept as they are, between backticks.
fn translate_serde(message: &str) -> String {
    // The messages serde_json builds itself, whole.
    let whole: [(&str, &str); 22] = [
        ("EOF while parsing a list", "tài liệu kết thúc giữa chừng khi đọc một danh sách"),
        ("EOF while parsing an object", "tài liệu kết thúc giữa chừng khi đọc một đối tượng"),
        ("EOF while parsing a string", "tài liệu kết thúc giữa chừng khi đọc một chuỗi"),
        ("EOF while parsing a value", "tài liệu kết thúc giữa chừng khi đọc một giá trị"),
        ("expected `:`", "thiếu dấu `:`"),
        ("expected `,` or `]`", "thiếu dấu `,` hoặc `]`"),
        ("expected `,` or `}`", "thiếu dấu `,` hoặc `}`"),
        ("expected ident", "gặp một từ không hợp lệ (chỉ nhận true, false, null)"),
        ("expected value", "cần một giá trị JSON"),
        ("expected `\"`", "thiếu dấu `\"`"),
        ("invalid escape", "chuỗi thoát (\\) không hợp lệ"),
        ("invalid number", "số không hợp lệ"),
        ("number out of range", "số vượt quá giới hạn"),
        ("invalid unicode code point", "mã Unicode không hợp lệ"),
        ("control character (\\u0000-\\u001F) found while parsing a string", "có kí tự điều khiển trong chuỗi"),
        ("key must be a string", "tên trường phải là chuỗi"),
        ("lone leading surrogate in hex escape", "mã \\u không hợp lệ (nửa cặp thay thế)"),
        ("trailing comma", "thừa dấu phẩy"),
        ("trailing characters", "có kí tự thừa sau tài liệu"),
        ("unexpected end of hex escape", "mã \\u bị cắt cụt"),
        ("recursion limit exceeded", "tài liệu lồng nhau quá sâu"),
        ("float key must be finite (got NaN or +/-inf)", "tên trường số phải hữu hạn"),
    ];
    if let Some((_, vietnamese)) = whole.iter().find(|(english, _)| *english == message) {
        return vietnamese.to_string();
    }
    let prefixes: [(&str, &str); 8] = [
        ("missing field ", "thiếu trường "),
        ("duplicate field ", "trường bị lặp "),
        ("unknown field ", "trường không được phép "),
        ("unknown variant ", "giá trị không được phép "),
        ("invalid type: ", "sai kiểu: gặp "),
        ("invalid value: ", "giá trị sai: gặp "),
        ("invalid length ", "độ dài sai: "),
        ("data did not match any variant of untagged enum ", "không khớp dạng nào của "),
    ];
    let mut text = message.to_string();
    for (english, vietnamese) in prefixes {
        if let Some(rest) = text.strip_prefix(english) {
            text = format!("{vietnamese}{rest}");
            break;
        }
    }
    // serde's descriptions of what was found and what was expected.
    let parts: [(&str, &str); 33] = [
        (", expected one of ", ", cần một trong "),
        (", there are no fields", ", không có trường nào"),
        (", there are no variants", ", không có giá trị nào"),
        (", expected ", ", cần "),
        ("floating point ", "số thực "),
        ("integer ", "số nguyên "),
        ("boolean ", "giá trị đúng/sai "),
        ("string ", "chuỗi "),
        ("unit value", "giá trị rỗng"),
        ("unit variant", "giá trị liệt kê"),
        ("newtype variant", "giá trị liệt kê"),
        ("tuple variant", "giá trị liệt kê"),
        ("struct variant", "giá trị liệt kê"),
        ("sequence", "danh sách"),
        ("map", "đối tượng"),
        ("null", "null"),
        ("a string", "một chuỗi"),
        ("a map", "một đối tượng"),
        ("a formatted date string", "ngày dạng chuỗi \"năm-tháng-ngày\""),
        ("a formatted time string", "giờ dạng chuỗi \"giờ:phút:giây\""),
        ("a sequence", "một danh sách"),
        ("a boolean", "true hoặc false"),
        ("a borrowed string", "một chuỗi"),
        ("a character", "một kí tự"),
        ("struct ", "đối tượng "),
        ("enum ", "kiểu liệt kê "),
        ("option", "giá trị hoặc null"),
        ("u8", "số nguyên không âm"),
        ("u16", "số nguyên không âm"),
        ("u32", "số nguyên không âm"),
        ("u64", "số nguyên không âm"),
        ("i64", "số nguyên"),
        ("i32", "số nguyên"),
    ];
    let tail: [(&str, &str); 10] = [
        ("input contains invalid characters", "có kí tự không hợp lệ"),
        ("premature end of input", "thiếu phần cuối"),
        ("input is out of range", "ngoài phạm vi cho phép"),
        ("trailing input", "thừa kí tự ở cuối"),
        ("input is not enough for unique date and time", "thiếu thông tin ngày giờ"),
        ("no possible date and time matching input", "không có ngày giờ như vậy"),
        ("bad or unsupported format string", "định dạng không được hỗ trợ"),
        (" elements in sequence", " phần tử"),
        (" element in sequence", " phần tử"),
        ("a formatted date and time string or a unix timestamp", "ngày giờ dạng chuỗi"),
    ];
    for (english, vietnamese) in tail {
        text = text.replace(english, vietnamese);
    }
    replace_outside_quotes(&text, &parts)
}

/// Replaces each English part at a word start, leaving quoted text (a
/// name or value from the file, between backticks or double quotes) as is.
fn replace_outside_quotes(text: &str, parts: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while let Some(c) = rest.chars().next() {
        if c == '`' || c == '"' {
            let end = rest[1..].find(c).map_or(rest.len(), |at| at + 2);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let at_word_start = !out.ends_with(|c: char| c.is_alphanumeric());
        for (english, vietnamese) in parts {
            let starts_word = english.starts_with(|c: char| c.is_alphanumeric());
            if (at_word_start || !starts_word)
                && let Some(after) = rest.strip_prefix(english)
                && (english.ends_with(' ') || !after.starts_with(|c: char| c.is_alphanumeric()))
            {
                out.push_str(vietnamese);
                rest = after;
                continue 'scan;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}
