//! Text hygiene in one place: everything a user types passes through here
//! before it is stored (NFC) and before it reaches a .docx (XML-safe).

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Normalises to NFC, the precomposed form Vietnamese documents use
/// (TCVN 6909:2001). Telex/VNI input methods and pasted text often produce
/// decomposed sequences ("e" + U+0302 + U+0301) that look identical on screen.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// True for characters XML 1.0 allows in a document (production `Char`),
/// minus U+000B which callers turn into a line break before asking.
pub fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\u{9}' | '\u{A}' | '\u{D}'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

/// Removal of every character XML 1.0 forbids (NUL, other C0 controls
/// except tab/LF/CR, U+FFFE, U+FFFF), then NFC. Vertical tab (U+000B, Word's
/// manual line break when pasted) becomes "\n". Removing first keeps the
/// result stable: `clean(clean(x)) == clean(x)`, so a record exported and
/// imported again is unchanged.
pub fn clean(text: &str) -> String {
    // Autosave cleans every string of the record once a second: text already
    // clean (nearly all of it) is copied without the NFC pass.
    if is_nfc_quick(text.chars()) == IsNormalized::Yes && text.chars().all(|c| c != '\u{B}' && is_xml_char(c)) {
        return text.to_string();
    }
    text.chars().map(|c| if c == '\u{B}' { '\n' } else { c }).filter(|&c| is_xml_char(c)).nfc().collect()
}

/// [`clean`], then leading and trailing white space removed: for one-line
/// fields such as a person's name, so that "\u{1} Nguyễn Văn A" is stored
/// as "Nguyễn Văn A".
pub fn clean_line(text: &str) -> String {
    clean(text).trim().to_string()
}

/// Folds Vietnamese to lower-case ASCII for search-as-you-type:
/// "Nguyễn Thị Ngọc" → "nguyen thi ngoc", "Đảng ủy" → "dang uy".
pub fn fold_for_search(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        let decomposed = "Nguye\u{302}\u{303}n";
        assert_eq!(nfc(decomposed), "Nguyễn");
        assert_ne!(decomposed, "Nguyễn");
    }

    #[test]
    fn clean_removes_xml_invalid_characters_and_keeps_the_rest() {
        let hostile = "a\u{0}b\u{1}c\u{8}d\te\nf\u{B}g\u{FFFE}h😀<&>";
        assert_eq!(clean(hostile), "abcd\te\nf\ngh😀<&>");
    }

    #[test]
    fn clean_composes_decomposed_text_and_keeps_clean_text_as_it_is() {
        assert_eq!(clean("Nguye\u{302}\u{303}n Thi\u{323}"), "Nguyễn Thị");
        assert_eq!(clean("Nguyễn Thị Ngọc\tphát biểu"), "Nguyễn Thị Ngọc\tphát biểu");
    }

    #[test]
    fn clean_is_stable_when_a_control_character_splits_a_letter_from_its_mark() {
        let split = "Nguye\u{1}\u{302}\u{303}n";
        assert_eq!(clean(split), "Nguyễn");
        assert_eq!(clean(&clean(split)), clean(split));
    }

    #[test]
    fn clean_line_removes_controls_before_trimming() {
        assert_eq!(clean_line("\u{1} Nguyễn Văn A"), "Nguyễn Văn A");
        assert_eq!(clean_line(" Chi bộ 1 \u{0}\u{7}"), "Chi bộ 1");
        assert_eq!(clean_line("\u{B}Bí thư\u{B}"), "Bí thư");
    }

    #[test]
    fn fold_matches_without_diacritics() {
        assert_eq!(fold_for_search("Nguyễn Thị Ngọc"), "nguyen thi ngoc");
        assert_eq!(fold_for_search("Đảng ủy Ậ Ế"), "dang uy a e");
    }
}
