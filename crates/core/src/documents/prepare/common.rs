//! Wording shared by the three documents: numbers, dates, times, names,
//! list punctuation and the conclusion items.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::format_profile::FormatProfile;
use crate::model::{Assignee, ConclusionItem, DocumentKind, Meeting, Person, PersonId, VoteMethod};

use super::super::model::{Block, Span};

/// "Số 05-TB/ĐU": prefix from the profile (Party style has no colon),
/// number zero-padded to the profile's minimum digits.
pub fn number_line(kind: DocumentKind, number: u32, issuer_code: &str, profile: &FormatProfile) -> String {
    let width = profile.number_min_digits as usize;
    format!("{}{:0width$}-{}/{}", profile.number_prefix, number, kind.code(), issuer_code.trim())
}

/// Day 1–9 and months 1–2 take a leading zero; other values do not
/// (Hướng dẫn 36: "ngày 05 tháng 02 năm 2024", "ngày 12 tháng 9 năm 2023").
fn day_month(date: NaiveDate) -> (String, String) {
    let day = format!("{:02}", date.day());
    let month = if date.month() <= 2 { format!("{:02}", date.month()) } else { date.month().to_string() };
    (day, month)
}

/// "ngày 05 tháng 02 năm 2024".
pub fn long_date(date: NaiveDate) -> String {
    let (day, month) = day_month(date);
    format!("ngày {day} tháng {month} năm {}", date.year())
}

/// "05/02/2024", "12/9/2023": the same padding rule in the short form.
pub fn short_date(date: NaiveDate) -> String {
    let (day, month) = day_month(date);
    format!("{day}/{month}/{}", date.year())
}

/// "Long Biên, ngày 12 tháng 9 năm 2023".
pub fn place_date_line(place: &str, date: NaiveDate) -> String {
    let place = place.trim();
    if place.is_empty() {
        upper_first(&long_date(date))
    } else {
        format!("{place}, {}", long_date(date))
    }
}

/// "14 giờ 00", "8 giờ 05".
pub fn clock(time: NaiveTime) -> String {
    format!("{} giờ {:02}", time.hour(), time.minute())
}

/// Counts below ten are written with a leading zero in Party documents ("02 bản").
pub fn count(n: u32) -> String {
    format!("{n:02}")
}

pub fn lower_first(text: &str) -> String {
    map_first(text, |c| c.to_lowercase().collect())
}

pub fn upper_first(text: &str) -> String {
    map_first(text, |c| c.to_uppercase().collect())
}

fn map_first(text: &str, change: impl Fn(char) -> String) -> String {
    let text = text.trim();
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => change(first) + chars.as_str(),
        None => String::new(),
    }
}

/// Removes the list dash and final punctuation a user may have typed, so the
/// document can add its own ("- …;" / "- …,").
pub fn bare_list_item(text: &str) -> String {
    let text = text.trim();
    let text = text.strip_prefix("- ").or_else(|| text.strip_prefix('-')).unwrap_or(text).trim_start();
    text.trim_end_matches([',', ';', '.', ':']).trim_end().to_string()
}

/// "- a;", "- b;", …, the last ending with `last`.
pub fn dash_list(items: &[String], separator: char, last: char) -> Vec<String> {
    let items: Vec<String> = items.iter().map(|i| bare_list_item(i)).filter(|i| !i.is_empty()).collect();
    let n = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| format!("- {item}{}", if i + 1 == n { last } else { separator }))
        .collect()
}

/// The capitals of an issuing body written in a sentence:
/// "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG" → "Đảng ủy phường Phúc Đồng". Words after an
/// administrative unit (phường, xã, quận, …) are place names and keep a
/// capital; "Đảng" always does.
pub fn body_in_sentence(caps: &str) -> String {
    const UNITS: [&str; 9] = ["phường", "xã", "quận", "huyện", "tỉnh", "thị trấn", "thành phố", "thị xã", "đặc khu"];
    let words: Vec<String> = caps.split_whitespace().map(|w| w.to_lowercase()).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut in_place_name = false;
    for (i, word) in words.iter().enumerate() {
        let capital = i == 0 || in_place_name || word == "đảng";
        out.push(if capital { upper_first(word) } else { word.clone() });
        if !in_place_name {
            let two = i.checked_sub(1).map(|prev| format!("{} {word}", words[prev]));
            in_place_name = UNITS.contains(&word.as_str()) || two.as_deref().is_some_and(|t| UNITS.contains(&t));
        }
    }
    out.join(" ").replace("ban thường vụ", "Ban Thường vụ").replace("Ban thường vụ", "Ban Thường vụ")
        .replace("ban chấp hành", "Ban Chấp hành").replace("Ban chấp hành", "Ban Chấp hành")
}

/// Looks people up by id; a dangling id shows as a visible gap, never a panic.
pub struct Directory<'a> {
    people: &'a [Person],
    /// Ids whose full name is shared by another person in this meeting.
    ambiguous: Vec<PersonId>,
}

impl<'a> Directory<'a> {
    pub fn new(people: &'a [Person], meeting: &Meeting) -> Directory<'a> {
        let mut involved: Vec<PersonId> = meeting.attendance.iter().map(|a| a.person_id).collect();
        involved.extend(meeting.speeches.iter().filter_map(|s| s.speaker_id));
        involved.extend(meeting.chair_ids.iter().copied());
        involved.extend(meeting.minute_taker_id);
        involved.sort_unstable();
        involved.dedup();
        let persons: Vec<&Person> = involved.iter().filter_map(|id| people.iter().find(|p| p.id == *id)).collect();
        // Names are stored in NFC (text::clean), so equal names are equal bytes.
        let ambiguous = persons
            .iter()
            .filter(|p| persons.iter().any(|q| q.id != p.id && q.full_name.trim() == p.full_name.trim()))
            .map(|p| p.id)
            .collect();
        Directory { people, ambiguous }
    }

    pub fn get(&self, id: PersonId) -> Option<&'a Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn name(&self, id: PersonId) -> String {
        self.get(id).map(|p| p.full_name.trim().to_string()).unwrap_or_else(|| "…".to_string())
    }

    /// "Lương Hồng Điệp, Phó Bí thư Đảng ủy" (position when known).
    pub fn name_and_position(&self, id: PersonId) -> String {
        match self.get(id) {
            Some(p) => join_nonempty(&[p.full_name.trim(), p.position.trim()], ", "),
            None => "…".to_string(),
        }
    }

    /// Name, position and unit: how guests are introduced.
    pub fn full_description(&self, id: PersonId) -> String {
        match self.get(id) {
            Some(p) => join_nonempty(&[p.full_name.trim(), p.position.trim(), p.unit.trim()], ", "),
            None => "…".to_string(),
        }
    }

    /// A speaker: the name, plus position and unit when another person in
    /// the meeting has the same name.
    pub fn speaker(&self, id: PersonId) -> String {
        if self.ambiguous.contains(&id) { self.full_description(id) } else { self.name(id) }
    }
}

/// Invited guests who came, described by name, position and unit.
pub fn guests_present(meeting: &Meeting, directory: &Directory) -> Vec<String> {
    use crate::model::{AttendanceStatus, AttendeeRole};
    meeting
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::Guest && a.status != AttendanceStatus::Absent)
        .map(|a| format!("đồng chí {}", directory.full_description(a.person_id)))
        .collect()
}

pub fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

pub fn vote_method(method: VoteMethod) -> &'static str {
    match method {
        VoteMethod::ShowOfHands => "giơ tay",
        VoteMethod::Ballot => "bỏ phiếu kín",
        VoteMethod::Electronic => "biểu quyết điện tử",
    }
}

/// "93,3%": one decimal with a comma, none when the share is whole.
pub fn percent(part: u32, whole: u64) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    let tenths = (u128::from(part) * 1000 + u128::from(whole) / 2) / u128::from(whole);
    if tenths % 10 == 0 { format!("{}%", tenths / 10) } else { format!("{},{}%", tenths / 10, tenths % 10) }
}

/// "tán thành 14/15 (93,3%); không tán thành 0; ý kiến khác 1". The base is
/// the members convened (a decision needs more than half of them), or the
/// votes cast when the number convened is unknown.
pub fn vote_result(votes_for: u32, against: u32, other: u32, convened: u32) -> String {
    // Summed in u64: three u32 counts cannot overflow it.
    let base = if convened > 0 {
        u64::from(convened)
    } else {
        u64::from(votes_for) + u64::from(against) + u64::from(other)
    };
    format!(
        "tán thành {votes_for}/{base} ({}); không tán thành {against}; ý kiến khác {other}",
        percent(votes_for, base)
    )
}

/// Who acts on an item: bodies by name, people by name.
pub fn assignees(directory: &Directory, list: &[Assignee]) -> String {
    let names: Vec<String> = list
        .iter()
        .map(|a| match a {
            // "Các chi bộ" is a common noun inside the sentence; "UBND phường"
            // and other names keep their capitals.
            Assignee::Body { name } => match name.trim() {
                n if n.starts_with("Các ") || n.starts_with("Những ") => lower_first(n),
                n => n.to_string(),
            },
            Assignee::Person { person_id } => format!("đồng chí {}", directory.name(*person_id)),
        })
        .filter(|n| !n.is_empty())
        .collect();
    names.join(", ")
}

/// Numbered conclusion items: "1. text", sub-points "a) …", then who acts and
/// by when.
pub fn numbered_items(directory: &Directory, items: &[ConclusionItem]) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (i, item) in items.iter().enumerate() {
        blocks.push(Block::body(vec![Span::bold(format!("{}. ", i + 1)), Span::plain(item.text.trim())]));
        for (j, point) in item.sub_points.iter().enumerate() {
            blocks.push(Block::text(format!("{}) {}", sub_point_letter(j), point.trim())));
        }
        let who = assignees(directory, &item.assignees);
        let line = match (who.is_empty(), item.deadline) {
            (false, Some(d)) => Some(format!("Giao {who} thực hiện; thời hạn hoàn thành trước {}.", long_date(d))),
            (false, None) => Some(format!("Giao {who} thực hiện.")),
            (true, Some(d)) => Some(format!("Thời hạn hoàn thành trước {}.", long_date(d))),
            (true, None) => None,
        };
        if let Some(line) = line {
            blocks.push(Block::body(vec![Span::italic(line)]));
        }
    }
    blocks
}

/// a, b, …, y, then aa, ab, …, ay, ba, … for any count (bijective base 23
/// over the letters Vietnamese documents number with, no j, w, z).
fn sub_point_letter(index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghiklmnopqrstuvxy";
    let n = LETTERS.len();
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(LETTERS[rest % n] as char);
        rest /= n;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn dates_pad_days_below_ten_and_january_february_only() {
        assert_eq!(long_date(date(2024, 2, 5)), "ngày 05 tháng 02 năm 2024");
        assert_eq!(long_date(date(2023, 9, 12)), "ngày 12 tháng 9 năm 2023");
        assert_eq!(long_date(date(2018, 4, 3)), "ngày 03 tháng 4 năm 2018");
        assert_eq!(long_date(date(2018, 12, 31)), "ngày 31 tháng 12 năm 2018");
        assert_eq!(short_date(date(2023, 9, 12)), "12/9/2023");
        assert_eq!(short_date(date(2023, 1, 2)), "02/01/2023");
    }

    #[test]
    fn number_has_no_colon_and_a_leading_zero() {
        let p = FormatProfile::hd36_2018();
        assert_eq!(number_line(DocumentKind::Notice, 5, "ĐU", &p), "Số 05-TB/ĐU");
        assert_eq!(number_line(DocumentKind::Minutes, 195, "ĐU", &p), "Số 195-BB/ĐU");
        let state = FormatProfile { number_prefix: "Số: ".into(), number_min_digits: 3, ..p };
        assert_eq!(number_line(DocumentKind::Resolution, 7, "CB", &state), "Số: 007-NQ/CB");
    }

    #[test]
    fn votes_use_members_convened_and_a_decimal_comma() {
        assert_eq!(vote_result(14, 0, 1, 15), "tán thành 14/15 (93,3%); không tán thành 0; ý kiến khác 1");
        assert_eq!(vote_result(15, 0, 0, 15), "tán thành 15/15 (100%); không tán thành 0; ý kiến khác 0");
        assert_eq!(vote_result(2, 1, 0, 0), "tán thành 2/3 (66,7%); không tán thành 1; ý kiến khác 0");
        assert_eq!(
            vote_result(u32::MAX, 1, 0, 0),
            "tán thành 4294967295/4294967296 (100%); không tán thành 1; ý kiến khác 0",
            "the sum of the counts does not wrap around"
        );
    }

    #[test]
    fn lists_get_party_punctuation() {
        let items = vec!["Ban Tuyên giáo Thành ủy;".to_string(), "- Các chi bộ".to_string(), "Lưu Văn phòng Đảng ủy".to_string()];
        assert_eq!(
            dash_list(&items, ',', '.'),
            vec!["- Ban Tuyên giáo Thành ủy,", "- Các chi bộ,", "- Lưu Văn phòng Đảng ủy."]
        );
    }

    #[test]
    fn issuing_body_reads_naturally_in_a_sentence() {
        assert_eq!(body_in_sentence("ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG"), "Đảng ủy phường Phúc Đồng");
        assert_eq!(body_in_sentence("CHI BỘ KHU PHỐ 3"), "Chi bộ khu phố 3");
        assert_eq!(body_in_sentence("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"), "Đảng bộ thành phố Hà Nội");
        assert_eq!(body_in_sentence("BAN THƯỜNG VỤ ĐẢNG ỦY"), "Ban Thường vụ Đảng ủy");
    }

    #[test]
    fn sub_points_follow_the_vietnamese_alphabet() {
        assert_eq!(sub_point_letter(0), "a");
        assert_eq!(sub_point_letter(8), "i");
        assert_eq!(sub_point_letter(9), "k");
        assert_eq!(sub_point_letter(22), "y");
        assert_eq!(sub_point_letter(23), "aa");
        assert_eq!(sub_point_letter(24), "ab");
        assert_eq!(sub_point_letter(23 + 22), "ay");
        assert_eq!(sub_point_letter(23 + 23), "ba");
        assert_eq!(sub_point_letter(23 * 24 - 1), "yy");
        assert_eq!(sub_point_letter(23 * 24), "aaa");
    }

    #[test]
    fn every_sub_point_of_a_long_list_gets_its_own_letter() {
        let letters: Vec<String> = (0..600).map(sub_point_letter).collect();
        let distinct: std::collections::HashSet<&String> = letters.iter().collect();
        assert_eq!(distinct.len(), 600);
    }
}
