//! The operating system's errors in Vietnamese: its own text is English (or
//! in the language of Windows) and names hidden temporary files, so a
//! message for the user says what happened in our words and keeps only the
//! numeric code for support.

use std::io;

/// "không có tệp hoặc thư mục này", "không có quyền", … with the system's
/// error number when there is one.
pub fn reason(error: &io::Error) -> String {
    use io::ErrorKind as K;
    let what = match error.kind() {
        K::NotFound => "không có tệp hoặc thư mục này",
        K::PermissionDenied => "không có quyền truy cập",
        K::AlreadyExists => "đã có tệp trùng tên",
        K::IsADirectory => "đây là một thư mục, không phải tệp",
        K::NotADirectory => "một phần của đường dẫn không phải thư mục",
        K::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc",
        K::StorageFull | K::QuotaExceeded => "ổ đĩa đã đầy",
        K::InvalidFilename => "tên tệp không hợp lệ",
        K::InvalidData => "nội dung tệp không đọc được",
        K::UnexpectedEof => "tệp bị cắt cụt",
        K::Interrupted | K::TimedOut => "thao tác bị ngắt giữa chừng",
        K::ResourceBusy | K::ExecutableFileBusy => "tệp đang được chương trình khác sử dụng",
        K::BrokenPipe => "đầu ra đã bị đóng",
        _ => "lỗi vào/ra của hệ thống",
    };
    match error.raw_os_error() {
        Some(code) => format!("{what} (mã lỗi hệ thống {code})"),
        None => what.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_read_in_vietnamese_without_the_system_text() {
        let missing = std::fs::File::open("/khong-co/tep.json").err().map(|e| reason(&e)).unwrap_or_default();
        assert_eq!(missing, "không có tệp hoặc thư mục này (mã lỗi hệ thống 2)");
        assert_eq!(reason(&io::Error::from(io::ErrorKind::StorageFull)), "ổ đĩa đã đầy");
        let other = reason(&io::Error::other("some English text"));
        assert!(!other.contains("English"), "{other}");
    }
}
