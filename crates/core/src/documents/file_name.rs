//! File names the app proposes for an export, valid on Windows as well as
//! Linux: the one rule the save dialog's suggestion and the end-to-end
//! export folder both follow.

use chrono::NaiveDate;

use crate::format_profile::FormatProfile;
use crate::model::DocumentKind;
use crate::text::nfc;

/// Characters Windows forbids in a file name (besides control characters).
const RESERVED_CHARS: [char; 9] = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'];

/// Device names Windows reserves, alone or followed by an extension
/// ("NUL.txt", "nul.tar.gz" are the device too). `¹ ² ³` count as digits.
const RESERVED_NAMES: [&str; 30] = [
    "CON", "PRN", "AUX", "NUL", //
    "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", //
    "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Longest name proposed, in UTF-16 units as Windows counts them. A
/// component may have 255, but Word refuses paths past about 255 in all,
/// so a suggestion leaves room for the folder.
pub const MAX_FILE_NAME_UNITS: usize = 120;

/// What an empty name becomes.
const FALLBACK_STEM: &str = "Văn bản";

/// Longest text after the last dot that is taken as an extension and kept
/// whole when the name is shortened.
const MAX_EXTENSION_CHARS: usize = 10;

/// "Biên bản số 05 ngày 15-03-2026.docx": the name proposed for an export,
/// number padded as in the document, already valid on Windows.
pub fn suggested_file_name(kind: DocumentKind, number: u32, date: NaiveDate, profile: &FormatProfile) -> String {
    let width = profile.number_min_digits as usize;
    let name = format!("{} số {number:0width$} ngày {}.docx", kind_name(kind), date.format("%d-%m-%Y"));
    windows_file_name(&name)
}

/// The document's name as a secretary says it.
fn kind_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Minutes => "Biên bản",
        DocumentKind::Notice => "Thông báo kết luận",
        DocumentKind::Resolution => "Nghị quyết",
    }
}

/// Turns `name` into a file name Windows accepts, keeping Vietnamese letters
/// (in NFC): each of `\ / : * ? " < > |` becomes "-", control characters
/// become spaces, runs of spaces shrink to one, trailing dots and spaces go,
/// a reserved device name ("CON", "com1.docx") gets a "_" after it, the name
/// is cut to [`MAX_FILE_NAME_UNITS`] keeping its extension, and an empty
/// name becomes "Văn bản".
pub fn windows_file_name(name: &str) -> String {
    let replaced: String = nfc(name)
        .chars()
        .map(|c| match c {
            c if RESERVED_CHARS.contains(&c) => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let spaced = replaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let whole = trim_end_dots_and_spaces(&spaced);

    let (stem, extension) = split_extension(whole);
    let budget = MAX_FILE_NAME_UNITS.saturating_sub(extension.map_or(0, |e| 1 + utf16_len(e)));
    let mut stem = trim_end_dots_and_spaces(cut_to_units(stem, budget)).to_string();
    if stem.is_empty() {
        stem = FALLBACK_STEM.to_string();
    }
    if is_reserved_device(&stem) {
        let device_end = stem.find('.').unwrap_or(stem.len());
        stem.insert(device_end, '_');
    }
    match extension {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem,
    }
}

fn trim_end_dots_and_spaces(text: &str) -> &str {
    text.trim_end_matches(['.', ' '])
}

/// Splits "Biên bản.docx" into ("Biên bản", Some("docx")); a name with no
/// dot, or with a "last part" that has spaces or is long, has none.
fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, extension))
            if !extension.is_empty()
                && extension.chars().count() <= MAX_EXTENSION_CHARS
                && !extension.contains(' ') =>
        {
            (stem, Some(extension))
        }
        _ => (name, None),
    }
}

fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The longest prefix of `text` within `units` UTF-16 units.
fn cut_to_units(text: &str, units: usize) -> &str {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.len_utf16();
        if used > units {
            return &text[..at];
        }
    }
    text
}

/// True when the part before the first dot, spaces trimmed, is a device
/// name, in any case ("con", "Lpt1", "NUL.tar").
fn is_reserved_device(stem: &str) -> bool {
    let device = stem.split('.').next().unwrap_or("").trim_end();
    RESERVED_NAMES.iter().any(|reserved| reserved.eq_ignore_ascii_case(device))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> FormatProfile {
        FormatProfile::default()
    }

    /// A name Windows accepts: the documented rules, checked independently.
    fn valid_on_windows(name: &str) -> bool {
        let device = name.split('.').next().unwrap_or("").trim_end().to_uppercase();
        let reserved_device = ["CON", "PRN", "AUX", "NUL"].contains(&device.as_str())
            || ((device.starts_with("COM") || device.starts_with("LPT"))
                && device.chars().count() == 4
                && device.chars().last().is_some_and(|c| c.is_ascii_digit() || "¹²³".contains(c)));
        !name.is_empty()
            && !name.chars().any(|c| c.is_control() || "\\/:*?\"<>|".contains(c))
            && !name.ends_with(['.', ' '])
            && !reserved_device
            && name.encode_utf16().count() <= MAX_FILE_NAME_UNITS
    }

    #[test]
    fn the_suggestion_names_the_document_its_number_and_date() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap_or_default();
        assert_eq!(
            suggested_file_name(DocumentKind::Minutes, 5, date, &profile()),
            "Biên bản số 05 ngày 15-03-2026.docx"
        );
        let three_digits = FormatProfile { number_min_digits: 3, ..profile() };
        assert_eq!(
            suggested_file_name(DocumentKind::Notice, 12, date, &three_digits),
            "Thông báo kết luận số 012 ngày 15-03-2026.docx"
        );
        assert_eq!(
            suggested_file_name(DocumentKind::Resolution, 7, date, &profile()),
            "Nghị quyết số 07 ngày 15-03-2026.docx"
        );
    }

    #[test]
    fn every_reserved_character_becomes_a_dash() {
        for c in ['\\', '/', ':', '*', '?', '"', '<', '>', '|'] {
            let name = windows_file_name(&format!("Hội nghị {c} quý II.docx"));
            assert_eq!(name, "Hội nghị - quý II.docx", "for {c:?}");
        }
        assert_eq!(windows_file_name(r#"a\b/c:d*e?f"g<h>i|j.docx"#), "a-b-c-d-e-f-g-h-i-j.docx");
    }

    #[test]
    fn control_characters_become_single_spaces() {
        assert_eq!(windows_file_name("Biên bản\tsố\n05\r\u{0}\u{1f}\u{7f}\u{85}ngày.docx"), "Biên bản số 05 ngày.docx");
    }

    #[test]
    fn every_reserved_device_name_gets_a_mark_in_any_case_and_with_an_extension() {
        let mut names: Vec<String> = ["CON", "PRN", "AUX", "NUL"].iter().map(|s| s.to_string()).collect();
        for port in ["COM", "LPT"] {
            for digit in ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³"] {
                names.push(format!("{port}{digit}"));
            }
        }
        assert_eq!(names.len(), 30);
        for device in &names {
            assert_eq!(windows_file_name(device), format!("{device}_"));
            assert_eq!(windows_file_name(&format!("{device}.docx")), format!("{device}_.docx"));
            let lower = device.to_lowercase();
            assert_eq!(windows_file_name(&format!("{lower}.tar.gz")), format!("{lower}_.tar.gz"));
            assert_eq!(windows_file_name(&format!("{lower} .docx")), format!("{lower}_.docx"));
        }
        // Names that only start like a device are left alone.
        for fine in ["CONSOLE.docx", "COM10.docx", "NULL.docx", "Con đường.docx", "AUX-1.docx"] {
            assert_eq!(windows_file_name(fine), fine);
        }
    }

    #[test]
    fn trailing_dots_and_spaces_are_removed() {
        assert_eq!(windows_file_name("Biên bản số 05. . ."), "Biên bản số 05");
        assert_eq!(windows_file_name("Biên bản số 05 .docx. "), "Biên bản số 05.docx");
        assert_eq!(windows_file_name("Kết luận....docx"), "Kết luận.docx");
        assert_eq!(windows_file_name("  Nghị quyết   quý II  "), "Nghị quyết quý II");
    }

    #[test]
    fn an_empty_result_falls_back_to_a_plain_name() {
        for empty in ["", "   ", "...", ". . .", "\u{0}\t"] {
            assert_eq!(windows_file_name(empty), "Văn bản", "for {empty:?}");
        }
        assert_eq!(windows_file_name(".docx"), "Văn bản.docx");
        assert_eq!(windows_file_name(" ..docx"), "Văn bản.docx");
    }

    #[test]
    fn vietnamese_letters_are_kept_in_nfc() {
        let decomposed = "Nghi\u{323} quye\u{302}\u{301}t Đa\u{309}ng u\u{309}y.docx";
        let name = windows_file_name(decomposed);
        assert_eq!(name, "Nghị quyết Đảng ủy.docx");
        assert_eq!(windows_file_name("Ăn Ân Ơn Ưng Đ ắằẳẵặ ỳỷỹỵ.docx"), "Ăn Ân Ơn Ưng Đ ắằẳẵặ ỳỷỹỵ.docx");
    }

    #[test]
    fn a_long_name_is_cut_keeping_its_extension() {
        let long = format!("Thông báo kết luận {}.docx", "hội nghị ".repeat(40));
        let name = windows_file_name(&long);
        assert!(name.encode_utf16().count() <= MAX_FILE_NAME_UNITS, "{name}");
        assert!(name.starts_with("Thông báo kết luận hội nghị"), "{name}");
        assert!(name.ends_with(".docx") && !name.ends_with(" .docx"), "no space before .docx: {name}");
        // Characters outside the BMP count twice, as on Windows.
        let emoji = format!("{}.docx", "😀".repeat(100));
        assert!(windows_file_name(&emoji).encode_utf16().count() <= MAX_FILE_NAME_UNITS);
    }

    #[test]
    fn whatever_comes_in_the_result_is_valid_on_windows() {
        let nasty = [
            "CON",
            "con.docx",
            "a:b",
            "x.",
            "x ",
            " .",
            "\u{1}",
            "LPT¹.x",
            "Biên bản <số 5>?",
            "NUL .docx",
            "com1..docx",
        ];
        for input in nasty {
            let name = windows_file_name(input);
            assert!(valid_on_windows(&name), "{input:?} gave {name:?}");
        }
    }
}
