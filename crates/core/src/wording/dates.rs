//! Dates and times as Party documents write them.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::names::upper_first;

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

/// "05/02/2024", "12/9/2023": running text and deadlines, same zero rule.
pub fn short_date(date: NaiveDate) -> String {
    let (day, month) = day_month(date);
    format!("{day}/{month}/{}", date.year())
}

/// "Long Biên, ngày 12 tháng 9 năm 2023".
pub fn place_date_line(place: &str, date: NaiveDate) -> String {
    let place = place.trim();
    if place.is_empty() { upper_first(&long_date(date)) } else { format!("{place}, {}", long_date(date)) }
}

/// "08 giờ 05 phút", "14 giờ 00 phút" — the one form of a time of day in
/// every document and message (never "14h00" or "8 giờ 05").
pub fn clock(time: NaiveTime) -> String {
    format!("{:02} giờ {:02} phút", time.hour(), time.minute())
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
    fn times_have_two_digit_hours_and_say_phut() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("valid test time");
        assert_eq!(clock(t(8, 5)), "08 giờ 05 phút");
        assert_eq!(clock(t(14, 0)), "14 giờ 00 phút");
    }

    #[test]
    fn date_line_without_a_place_starts_with_a_capital() {
        assert_eq!(place_date_line("Long Biên", date(2023, 9, 12)), "Long Biên, ngày 12 tháng 9 năm 2023");
        assert_eq!(place_date_line(" ", date(2023, 9, 12)), "Ngày 12 tháng 9 năm 2023");
    }
}
