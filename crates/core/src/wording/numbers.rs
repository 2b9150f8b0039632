//! Counts, shares and document numbers.

use crate::format_profile::FormatProfile;
use crate::model::DocumentKind;

/// A count with its noun takes two digits below ten ("02 bản", "01 đồng chí").
pub fn count(n: u32) -> String {
    format!("{n:02}")
}

/// "93,3%": one decimal with a comma, none when the share is whole. The
/// whole is u64 so that a sum of u32 counts never wraps.
pub fn percent(part: u32, whole: u64) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    let tenths = (u128::from(part) * 1000 + u128::from(whole) / 2) / u128::from(whole);
    if tenths % 10 == 0 { format!("{}%", tenths / 10) } else { format!("{},{}%", tenths / 10, tenths % 10) }
}

/// "Số 05-TB/ĐU": prefix from the profile (Party style has no colon),
/// number zero-padded to the profile's minimum digits. The UI shows this
/// line as the core returns it.
pub fn number_line(kind: DocumentKind, number: u32, issuer_code: &str, profile: &FormatProfile) -> String {
    let width = profile.number_min_digits as usize;
    format!("{}{:0width$}-{}/{}", profile.number_prefix, number, kind.code(), issuer_code.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_has_no_colon_and_a_leading_zero() {
        let p = FormatProfile::hd36_2018();
        assert_eq!(number_line(DocumentKind::Notice, 5, "ĐU", &p), "Số 05-TB/ĐU");
        assert_eq!(number_line(DocumentKind::Minutes, 195, "ĐU", &p), "Số 195-BB/ĐU");
        let state = FormatProfile { number_prefix: "Số: ".into(), number_min_digits: 3, ..p };
        assert_eq!(number_line(DocumentKind::Resolution, 7, "CB", &state), "Số: 007-NQ/CB");
    }

    #[test]
    fn shares_use_a_decimal_comma() {
        assert_eq!(percent(13, 15), "86,7%");
        assert_eq!(percent(17, 20), "85%");
        assert_eq!(percent(1, 0), "0%");
        assert_eq!(count(2), "02");
        assert_eq!(count(14), "14");
    }
}
