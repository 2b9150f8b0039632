//! Import of the people directory from a CSV file as offices keep it. The
//! file is read from its bytes: UTF-8 with or without a byte-order mark,
//! UTF-16 (Excel's "Unicode text", with its BOM) or, when it is not valid
//! UTF-8, Windows-1258 (what Excel in Vietnamese writes for plain "CSV").
//! Comma, semicolon (Excel in a Vietnamese locale) or tab separated. A header
//! row with the usual Vietnamese titles ("STT", "Họ và tên", "Chức vụ",
//! "Đơn vị", "Ghi chú", with or without diacritics) places the columns;
//! without one the columns are name, position, unit, and a leading
//! numbering column is skipped. [`preview`] reads without writing,
//! [`import`] adds the people in one transaction.

use std::collections::HashSet;

use serde::Serialize;
use ts_rs::TS;

use crate::model::{MemberKind, NewPerson};
use crate::store::{Store, StoreError};
use crate::text::{clean_line, fold_for_search};

/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// More people than a ward's directory could hold are refused.
pub const MAX_ROWS: usize = 10_000;
/// How many rows the preview shows.
pub const PREVIEW_ROWS: usize = 20;
/// How many leading rows may stand above the header (a title, a blank line).
const HEADER_SEARCH_ROWS: usize = 5;

/// Why a file cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum CsvError {
    #[error("line {line}: no name")]
    MissingName { line: u64 },
    #[error("line {line}: {detail}")]
    Malformed { line: u64, detail: String },
    #[error("file of {bytes} bytes is over the limit")]
    TooLarge { bytes: usize },
    #[error("more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("header without a name column")]
    NoNameColumn,
    #[error("no people in the file")]
    Empty,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl CsvError {
    pub fn code(&self) -> &'static str {
        match self {
            CsvError::Store(e) => e.code(),
            _ => "csv",
        }
    }

    pub fn user_message(&self) -> String {
        match self {
            CsvError::MissingName { line } => format!("Dòng {line} của tệp CSV không có họ và tên."),
            CsvError::Malformed { line, detail } => format!("Dòng {line} của tệp CSV không đọc được: {detail}."),
            CsvError::TooLarge { bytes } => format!(
                "Tệp CSV quá lớn ({:.1} MB); chỉ nhận tệp đến {} MB. Hãy chia danh sách thành nhiều tệp.",
                *bytes as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
            CsvError::TooManyRows => {
                format!("Tệp CSV có hơn {MAX_ROWS} dòng; hãy chia danh sách thành nhiều tệp.")
            }
            CsvError::NoNameColumn => {
                "Dòng tiêu đề của tệp CSV không có cột «Họ và tên»; hãy thêm cột đó hoặc bỏ dòng tiêu đề.".to_string()
            }
            CsvError::Empty => "Tệp CSV không có ai để thêm.".to_string(),
            CsvError::Store(e) => e.user_message(),
        }
    }
}

/// A file as read: the people (cleaned as the store will keep them) and
/// how the file was understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvPeople {
    pub people: Vec<NewPerson>,
    pub encoding: &'static str,
    pub delimiter: u8,
    pub header: bool,
    pub number_column: bool,
}

/// What the People screen shows before anything is added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CsvPreview {
    /// The first rows, at most [`PREVIEW_ROWS`].
    pub rows: Vec<NewPerson>,
    pub total: u32,
    /// Rows that would be added (not yet in the directory, nor repeated).
    pub new_people: u32,
    /// "UTF-8", "UTF-16 LE", "Windows-1258", …
    pub encoding: String,
    /// "dấu phẩy", "dấu chấm phẩy", "dấu tab".
    pub delimiter: String,
    pub header: bool,
    /// A numbering column ("STT") was recognised and left out.
    pub number_column: bool,
}

/// Reads a file without writing anything and counts who would be new.
pub fn preview(store: &Store, bytes: &[u8]) -> Result<CsvPreview, CsvError> {
    let file = read(bytes)?;
    let mut seen = HashSet::new();
    let mut new_people = 0u32;
    for p in &file.people {
        if seen.insert((&p.full_name, &p.position, &p.unit, p.member_kind)) && store.same_person(p)?.is_none() {
            new_people += 1;
        }
    }
    Ok(CsvPreview {
        rows: file.people.iter().take(PREVIEW_ROWS).cloned().collect(),
        total: u32::try_from(file.people.len()).unwrap_or(u32::MAX),
        new_people,
        encoding: file.encoding.to_string(),
        delimiter: delimiter_name(file.delimiter).to_string(),
        header: file.header,
        number_column: file.number_column,
    })
}

/// Adds every person of the file in one transaction and returns how many
/// were new: a row identical to someone in the directory (name, position,
/// unit, member kind) or to an earlier row is not added twice.
pub fn import(store: &Store, bytes: &[u8]) -> Result<u32, CsvError> {
    let file = read(bytes)?;
    store.atomically(|store| {
        let before = store.people()?.len();
        for row in &file.people {
            store.find_or_add_person(row, &HashSet::new())?;
        }
        Ok(u32::try_from(store.people()?.len().saturating_sub(before)).unwrap_or(u32::MAX))
    })
}

/// Decodes and parses a whole file before anything is stored, so a bad row
/// imports nothing rather than half the list.
pub fn read(bytes: &[u8]) -> Result<CsvPeople, CsvError> {
    if bytes.len() > MAX_BYTES {
        return Err(CsvError::TooLarge { bytes: bytes.len() });
    }
    let (text, encoding) = decode(bytes);
    parse_text(&text, encoding)
}

/// As [`read`], for text already decoded; returns only the people.
pub fn parse(text: &str) -> Result<Vec<NewPerson>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(parse_text(text, "UTF-8")?.people)
}

/// Byte-order mark first, then valid UTF-8, else Windows-1258.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let label = match encoding.name() {
            "UTF-16LE" => "UTF-16 LE",
            "UTF-16BE" => "UTF-16 BE",
            _ => "UTF-8 (có BOM)",
        };
        return (text.into_owned(), label);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
            (text.into_owned(), "Windows-1258")
        }
    }
}

/// Where each field of a person sits in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    name: usize,
    position: Option<usize>,
    unit: Option<usize>,
    kind: Option<usize>,
}

/// What a header cell names, from its folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Title {
    Number,
    Name,
    Position,
    Unit,
    Kind,
    Note,
}

fn title(cell: &str) -> Option<Title> {
    let folded = fold_for_search(cell);
    let folded = folded.trim_matches(|c: char| c.is_whitespace() || c == ':' || c == '.' || c == '*');
    let words: Vec<&str> = folded.split_whitespace().collect();
    let text = words.join(" ");
    let is = |names: &[&str]| names.contains(&text.as_str());
    // Only the name title may run on ("Họ và tên đảng viên"): the others
    // are matched whole, so that a person's "Chi bộ 1" is not a title.
    let name = ["ho va ten", "ho ten", "ho & ten"].iter().any(|p| text == *p || text.starts_with(&format!("{p} ")));
    if is(&["stt", "tt", "so tt", "so thu tu", "#", "no"]) {
        Some(Title::Number)
    } else if name || is(&["ten", "full name", "full_name", "name"]) {
        Some(Title::Name)
    } else if is(&["chuc vu", "chuc danh", "chuc vu dang", "chuc vu chinh quyen", "position"]) {
        Some(Title::Position)
    } else if is(&["don vi", "don vi cong tac", "noi cong tac", "co quan", "co quan/don vi", "unit"]) {
        Some(Title::Unit)
    } else if is(&["loai dang vien", "loai", "member kind"]) {
        Some(Title::Kind)
    } else if is(&["ghi chu", "note"]) {
        Some(Title::Note)
    } else {
        None
    }
}

/// The columns a header row names, or None when the row is not a header.
fn header_columns(cells: &[String]) -> Option<Result<Columns, CsvError>> {
    let titles: Vec<Option<Title>> = cells.iter().map(|c| title(c)).collect();
    if titles.iter().flatten().count() == 0 {
        return None;
    }
    let find = |wanted: Title| titles.iter().position(|t| *t == Some(wanted));
    Some(match find(Title::Name) {
        Some(name) => {
            Ok(Columns { name, position: find(Title::Position), unit: find(Title::Unit), kind: find(Title::Kind) })
        }
        None => Err(CsvError::NoNameColumn),
    })
}

/// "1", "12", "3." — what a numbering column holds.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_suffix('.').unwrap_or(cell);
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

fn member_kind(cell: &str) -> MemberKind {
    let folded = fold_for_search(cell);
    if folded.contains("du bi") {
        MemberKind::Probationary
    } else if folded.contains("khong") || folded.contains("khach") || folded.contains("quan chung") {
        MemberKind::NonMember
    } else {
        MemberKind::Official
    }
}

fn parse_text(text: &str, encoding: &'static str) -> Result<CsvPeople, CsvError> {
    // Windows line endings: the csv reader's line numbers count a CRLF file's
    // records wrongly, and the messages name lines.
    let text = &text.replace("\r\n", "\n");
    let delimiter = delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(u64, Vec<String>)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| CsvError::Malformed {
            line: e.position().map_or(index as u64 + 1, |p| p.line()),
            detail: "dấu ngoặc kép không khớp".to_string(),
        })?;
        let line = record.position().map_or(index as u64 + 1, |p| p.line());
        let cells: Vec<String> = record.iter().map(clean_line).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if rows.len() > MAX_ROWS + HEADER_SEARCH_ROWS {
            return Err(CsvError::TooManyRows);
        }
        rows.push((line, cells));
    }

    // A header among the first rows places the columns; rows above it
    // (a title such as "DANH SÁCH ĐẢNG VIÊN") are left out.
    let mut header = None;
    for (i, (_, cells)) in rows.iter().enumerate().take(HEADER_SEARCH_ROWS) {
        if let Some(columns) = header_columns(cells) {
            header = Some((i, columns?));
            break;
        }
    }
    let (data, columns, number_column) = match header {
        Some((i, columns)) => {
            let numbered =
                columns.name > 0 && rows[i].1[..columns.name].iter().any(|c| title(c) == Some(Title::Number));
            (&rows[i + 1..], columns, numbered)
        }
        None => {
            let numbered = !rows.is_empty() && rows.iter().all(|(_, cells)| cells.len() > 1 && is_number(&cells[0]));
            let first = usize::from(numbered);
            (&rows[..], Columns { name: first, position: Some(first + 1), unit: Some(first + 2), kind: None }, numbered)
        }
    };
    if data.len() > MAX_ROWS {
        return Err(CsvError::TooManyRows);
    }
    let cell = |cells: &[String], at: Option<usize>| at.and_then(|i| cells.get(i)).cloned().unwrap_or_default();
    let mut people = Vec::with_capacity(data.len());
    for (line, cells) in data {
        let full_name = cell(cells, Some(columns.name));
        if full_name.is_empty() {
            return Err(CsvError::MissingName { line: *line });
        }
        people.push(NewPerson {
            full_name,
            position: cell(cells, columns.position),
            unit: cell(cells, columns.unit),
            member_kind: columns.kind.map_or(MemberKind::Official, |i| member_kind(&cell(cells, Some(i)))),
        });
    }
    if people.is_empty() {
        return Err(CsvError::Empty);
    }
    Ok(CsvPeople { people, encoding, delimiter, header: header.is_some(), number_column })
}

/// The separator that occurs most in the first line holding any: tab, then
/// semicolon, then comma on a tie; comma when none does.
fn delimiter(text: &str) -> u8 {
    let candidates = [b'\t', b';', b','];
    let line = text.lines().take(HEADER_SEARCH_ROWS).find(|l| l.bytes().any(|b| candidates.contains(&b))).unwrap_or("");
    let count = |d: u8| line.bytes().filter(|&b| b == d).count();
    candidates.into_iter().filter(|&d| count(d) > 0).max_by_key(|&d| (count(d), d == b'\t', d == b';')).unwrap_or(b',')
}

fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b'\t' => "dấu tab",
        b';' => "dấu chấm phẩy",
        _ => "dấu phẩy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(people: &[NewPerson]) -> Vec<(&str, &str, &str)> {
        people.iter().map(|p| (p.full_name.as_str(), p.position.as_str(), p.unit.as_str())).collect()
    }

    fn read_ok(bytes: &[u8]) -> CsvPeople {
        match read(bytes) {
            Ok(file) => file,
            Err(e) => panic!("{}", e.user_message()),
        }
    }

    #[test]
    fn header_bom_and_quoted_commas_are_understood() {
        let text = "\u{feff}Họ và tên,Chức vụ,Đơn vị\n\
                    Nguyễn Thị Ngọc,\"Phó Bí thư, Chủ tịch UBND\",UBND phường\n\
                    \n\
                    Đặng Văn Hải,Đảng ủy viên,\n";
        let file = read_ok(text.as_bytes());
        assert_eq!(
            names(&file.people),
            [("Nguyễn Thị Ngọc", "Phó Bí thư, Chủ tịch UBND", "UBND phường"), ("Đặng Văn Hải", "Đảng ủy viên", "")]
        );
        assert!(file.people.iter().all(|p| p.member_kind == MemberKind::Official));
        assert_eq!((file.encoding, file.header), ("UTF-8 (có BOM)", true));
    }

    #[test]
    fn semicolons_from_vietnamese_excel_are_accepted_without_header() {
        let people = parse("Lê Văn An; Bí thư; Chi bộ 1\r\nTrần Bình;Ủy viên;Chi bộ 2").unwrap_or_default();
        assert_eq!(names(&people), [("Lê Văn An", "Bí thư", "Chi bộ 1"), ("Trần Bình", "Ủy viên", "Chi bộ 2")]);
    }

    #[test]
    fn a_row_without_name_names_its_line() {
        let error = parse("Lê Văn An,Bí thư\n,Ủy viên,Chi bộ 2\n").err();
        assert!(matches!(error, Some(CsvError::MissingName { line: 2 })), "{error:?}");
        assert_eq!(error.map(|e| e.user_message()).as_deref(), Some("Dòng 2 của tệp CSV không có họ và tên."));
    }

    #[test]
    fn windows_line_endings_leave_no_carriage_return_and_keep_line_numbers() {
        // What Excel on Windows writes: BOM, CRLF, a quoted cell, an empty last cell.
        let text = "\u{feff}Họ và tên,Chức vụ,Đơn vị\r\n\
                    Nguyễn Thị Ngọc,\"Phó Bí thư, Chủ tịch UBND\",\r\n\
                    \r\n\
                    Đặng Văn Hải,Đảng ủy viên,Chi bộ 3\r\n";
        let people = read_ok(text.as_bytes()).people;
        assert_eq!(
            names(&people),
            [("Nguyễn Thị Ngọc", "Phó Bí thư, Chủ tịch UBND", ""), ("Đặng Văn Hải", "Đảng ủy viên", "Chi bộ 3")]
        );
        assert!(people.iter().all(|p| !format!("{}{}{}", p.full_name, p.position, p.unit).contains('\r')));
        let error = read("Lê Văn An,Bí thư\r\n,Ủy viên,Chi bộ 2\r\n".as_bytes()).err();
        assert!(matches!(error, Some(CsvError::MissingName { line: 2 })), "{error:?}");
    }

    #[test]
    fn windows_1258_from_excel_is_converted() {
        // "Nguyễn Thị Ngọc;Bí thư" as Excel writes it in the Vietnamese code
        // page: base letters with combining tone marks (0xDE tilde, 0xF2 dot below).
        let text = "Nguyê\u{303}n Thi\u{323} Ngo\u{323}c;Bi\u{301} thư;Đa\u{309}ng u\u{309}y\n";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err(), "not valid UTF-8");
        let file = read_ok(&bytes);
        assert_eq!(file.encoding, "Windows-1258");
        assert_eq!(names(&file.people), [("Nguyễn Thị Ngọc", "Bí thư", "Đảng ủy")]);
        assert!(!file.people[0].full_name.contains('\u{FFFD}'));
        assert_eq!(file.people[0].full_name.chars().count(), 15, "precomposed (NFC)");
    }

    #[test]
    fn utf16_with_either_byte_order_is_converted() {
        let text = "Họ và tên\tChức vụ\tĐơn vị\r\nHoàng Văn Bình\tBí thư Chi bộ\tChi bộ 3\r\n";
        let units: Vec<u16> = text.encode_utf16().collect();
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(units.iter().flat_map(|u| u.to_le_bytes())).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(units.iter().flat_map(|u| u.to_be_bytes())).collect();
        for (bytes, label) in [(le, "UTF-16 LE"), (be, "UTF-16 BE")] {
            let file = read_ok(&bytes);
            assert_eq!(file.encoding, label);
            assert_eq!(file.delimiter, b'\t');
            assert_eq!(names(&file.people), [("Hoàng Văn Bình", "Bí thư Chi bộ", "Chi bộ 3")]);
        }
    }

    #[test]
    fn a_tab_separated_file_is_split_on_tabs_even_with_commas_inside() {
        let file = read_ok("Lê Văn An\tPhó Bí thư, Chủ tịch\tChi bộ 1\n".as_bytes());
        assert_eq!(names(&file.people), [("Lê Văn An", "Phó Bí thư, Chủ tịch", "Chi bộ 1")]);
    }

    #[test]
    fn usual_vietnamese_headers_place_the_columns_and_the_numbering_is_skipped() {
        let text = "DANH SÁCH ĐẢNG VIÊN CHI BỘ;;;;\n\
                    STT;Họ và tên đảng viên;Đơn vị;Chức vụ;Ghi chú\n\
                    1;Nguyễn Văn A;Chi bộ 1;Bí thư;\n\
                    2;Trần Thị B;Chi bộ 2;Đảng viên;dự bị từ 2024\n";
        let file = read_ok(text.as_bytes());
        assert_eq!(
            names(&file.people),
            [("Nguyễn Văn A", "Bí thư", "Chi bộ 1"), ("Trần Thị B", "Đảng viên", "Chi bộ 2")]
        );
        assert!(file.header && file.number_column);

        let folded =
            read_ok("so tt,ho va ten,chuc vu,don vi,loai dang vien\n1,Lê C,Ủy viên,Chi bộ 3,Dự bị\n".as_bytes());
        assert_eq!(names(&folded.people), [("Lê C", "Ủy viên", "Chi bộ 3")]);
        assert_eq!(folded.people[0].member_kind, MemberKind::Probationary);
    }

    #[test]
    fn a_numbering_column_without_header_is_skipped() {
        let file = read_ok("1,Nguyễn Văn A,Bí thư,Chi bộ 1\n2.,Trần Thị B,Ủy viên,Chi bộ 2\n".as_bytes());
        assert_eq!(
            names(&file.people),
            [("Nguyễn Văn A", "Bí thư", "Chi bộ 1"), ("Trần Thị B", "Ủy viên", "Chi bộ 2")]
        );
        assert!(file.number_column && !file.header);
    }

    #[test]
    fn a_header_without_a_name_column_is_refused() {
        let error = read("STT,Chức vụ\n1,Bí thư\n".as_bytes()).err();
        assert!(matches!(error, Some(CsvError::NoNameColumn)), "{error:?}");
    }

    #[test]
    fn too_large_or_too_long_files_are_refused_with_a_message() {
        let big = vec![b'a'; MAX_BYTES + 1];
        let message = read(&big).err().map(|e| e.user_message()).unwrap_or_default();
        assert!(message.contains("quá lớn") && message.contains("10 MB"), "{message}");

        let long: String = (0..=MAX_ROWS).map(|i| format!("Người {i},Đảng viên,Chi bộ\n")).collect();
        assert!(long.len() < MAX_BYTES);
        let message = read(long.as_bytes()).err().map(|e| e.user_message()).unwrap_or_default();
        assert!(message.contains("hơn 10000 dòng"), "{message}");

        let exactly: String = (0..MAX_ROWS).map(|i| format!("Người {i},Đảng viên,Chi bộ\n")).collect();
        assert_eq!(read_ok(exactly.as_bytes()).people.len(), MAX_ROWS);
    }

    #[test]
    fn control_characters_are_removed_before_trimming() {
        let file = read_ok("\u{1} Nguyễn Văn A ,Bí thư\u{7},Chi bộ\n".as_bytes());
        assert_eq!(names(&file.people), [("Nguyễn Văn A", "Bí thư", "Chi bộ")]);
    }

    #[test]
    fn preview_counts_new_people_and_writes_nothing() -> Result<(), CsvError> {
        let store = Store::open_in_memory()?;
        store.add_person(&NewPerson {
            full_name: "Nguyễn Văn A".into(),
            position: "Bí thư".into(),
            unit: "Chi bộ 1".into(),
            member_kind: MemberKind::Official,
        })?;
        let text = "Nguyễn Văn A,Bí thư,Chi bộ 1\nTrần Thị B,Ủy viên,Chi bộ 2\nTrần Thị B,Ủy viên,Chi bộ 2\n";
        let shown = preview(&store, text.as_bytes())?;
        assert_eq!((shown.total, shown.new_people, shown.rows.len()), (3, 1, 3));
        assert_eq!(shown.delimiter, "dấu phẩy");
        assert_eq!(store.people()?.len(), 1, "the preview adds nobody");
        assert_eq!(import(&store, text.as_bytes())?, 1);
        assert_eq!(store.people()?.len(), 2);
        Ok(())
    }
}
