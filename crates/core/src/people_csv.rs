//! Import of the people directory from a CSV file as offices keep it:
//! columns name, position, unit; an optional header row; comma or semicolon
//! separated (Excel in a Vietnamese locale writes semicolons); UTF-8 with or
//! without a byte-order mark.

use crate::model::{MemberKind, NewPerson};
use crate::text::fold_for_search;

/// A row the import cannot use, with its 1-based line number.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CsvError {
    #[error("line {line}: no name")]
    MissingName { line: u64 },
    #[error("line {line}: {detail}")]
    Malformed { line: u64, detail: String },
}

impl CsvError {
    pub fn user_message(&self) -> String {
        match self {
            CsvError::MissingName { line } => format!("Dòng {line} của tệp CSV không có họ và tên."),
            CsvError::Malformed { line, detail } => format!("Dòng {line} của tệp CSV không đọc được: {detail}"),
        }
    }
}

/// Parses the whole file before anything is stored, so a bad row imports
/// nothing rather than half the list. Rows get the member kind "official":
/// the CSV the offices keep has no such column.
pub fn parse(text: &str) -> Result<Vec<NewPerson>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut people = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 1;
        let record = record.map_err(|e| CsvError::Malformed {
            line: e.position().map_or(line, |p| p.line()),
            detail: e.to_string(),
        })?;
        let field = |i: usize| record.get(i).unwrap_or("").to_string();
        let (name, position, unit) = (field(0), field(1), field(2));
        if record.iter().all(str::is_empty) || (index == 0 && is_header(&name)) {
            continue;
        }
        if name.is_empty() {
            return Err(CsvError::MissingName { line });
        }
        people.push(NewPerson { full_name: name, position, unit, member_kind: MemberKind::Official });
    }
    Ok(people)
}

fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' }
}

fn is_header(first_cell: &str) -> bool {
    matches!(
        fold_for_search(first_cell).as_str(),
        "ho va ten" | "ho ten" | "ten" | "name" | "full name" | "full_name"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(people: &[NewPerson]) -> Vec<(&str, &str, &str)> {
        people.iter().map(|p| (p.full_name.as_str(), p.position.as_str(), p.unit.as_str())).collect()
    }

    #[test]
    fn header_bom_and_quoted_commas_are_understood() {
        let text = "\u{feff}Họ và tên,Chức vụ,Đơn vị\n\
                    Nguyễn Thị Ngọc,\"Phó Bí thư, Chủ tịch UBND\",UBND phường\n\
                    \n\
                    Đặng Văn Hải,Đảng ủy viên,\n";
        let people = parse(text).unwrap_or_default();
        assert_eq!(
            names(&people),
            [("Nguyễn Thị Ngọc", "Phó Bí thư, Chủ tịch UBND", "UBND phường"), ("Đặng Văn Hải", "Đảng ủy viên", "")]
        );
        assert!(people.iter().all(|p| p.member_kind == MemberKind::Official));
    }

    #[test]
    fn semicolons_from_vietnamese_excel_are_accepted_without_header() {
        let people = parse("Lê Văn An; Bí thư; Chi bộ 1\r\nTrần Bình;Ủy viên;Chi bộ 2").unwrap_or_default();
        assert_eq!(names(&people), [("Lê Văn An", "Bí thư", "Chi bộ 1"), ("Trần Bình", "Ủy viên", "Chi bộ 2")]);
    }

    #[test]
    fn a_row_without_name_names_its_line() {
        let error = parse("Lê Văn An,Bí thư\n,Ủy viên,Chi bộ 2\n").err();
        assert_eq!(error, Some(CsvError::MissingName { line: 2 }));
        assert_eq!(error.map(|e| e.user_message()).as_deref(), Some("Dòng 2 của tệp CSV không có họ và tên."));
    }

    #[test]
    fn windows_line_endings_leave_no_carriage_return_and_keep_line_numbers() {
        // What Excel on Windows writes: BOM, CRLF, a quoted cell, an empty last cell.
        let text = "\u{feff}Họ và tên,Chức vụ,Đơn vị\r\n\
                    Nguyễn Thị Ngọc,\"Phó Bí thư, Chủ tịch UBND\",\r\n\
                    \r\n\
                    Đặng Văn Hải,Đảng ủy viên,Chi bộ 3\r\n";
        let people = parse(text).unwrap_or_default();
        assert_eq!(
            names(&people),
            [("Nguyễn Thị Ngọc", "Phó Bí thư, Chủ tịch UBND", ""), ("Đặng Văn Hải", "Đảng ủy viên", "Chi bộ 3")]
        );
        assert!(people.iter().all(|p| !format!("{}{}{}", p.full_name, p.position, p.unit).contains('\r')));
        let error = parse("Lê Văn An,Bí thư\r\n,Ủy viên,Chi bộ 2\r\n").err();
        assert_eq!(error, Some(CsvError::MissingName { line: 2 }));
    }
}
