//! Typography a printed office document needs and typed text lacks: a
//! document symbol never breaks at its hyphen ("01-CTr/QU", "52/KH-UBND"),
//! and straight quotes become curly ones.

/// U+2011 NON-BREAKING HYPHEN, which the OOXML pass writes as `w:noBreakHyphen`
/// (so the file never depends on a font having the glyph).
pub const NO_BREAK_HYPHEN: char = '\u{2011}';

/// The text of one paragraph with the hyphens of document symbols made
/// non-breaking and straight double quotes curly.
pub fn refine(text: &str) -> String {
    curly_quotes(&protect_symbols(text))
}

/// A word holding a "/" and a capital letter is a document symbol
/// ("159-KH/QU", "52/KH-UBND", "31-BC/ĐU,"): its hyphens do not break.
/// Dates ("27/02/2018") and ranges ("2015 - 2020") are left alone.
fn protect_symbols(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.contains('/') && word.contains('-') && word.chars().any(char::is_uppercase) {
            out.push_str(&word.replace('-', &NO_BREAK_HYPHEN.to_string()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut word, &mut out);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// '"' opens after a space, an opening bracket or at the start, and closes
/// otherwise: "“Vì một Long Biên xanh, sạch, đẹp”".
fn curly_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for c in text.chars() {
        if c == '"' {
            let opens = previous.is_none_or(|p| p.is_whitespace() || "([{“‘-–—:".contains(p));
            out.push(if opens { '“' } else { '”' });
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_keep_their_hyphens_together_and_nothing_else_changes() {
        let nb = NO_BREAK_HYPHEN;
        assert_eq!(
            refine("Chương trình số 01-CTr/QU, 02-CTr/QU"),
            format!("Chương trình số 01{nb}CTr/QU, 02{nb}CTr/QU")
        );
        assert_eq!(
            refine("Kế hoạch số 52/KH-UBND ngày 26/02/2018"),
            format!("Kế hoạch số 52/KH{nb}UBND ngày 26/02/2018")
        );
        assert_eq!(refine("nhiệm kỳ 2015 - 2020; quốc phòng - an ninh"), "nhiệm kỳ 2015 - 2020; quốc phòng - an ninh");
        assert_eq!(refine("ngày 27/02/2018"), "ngày 27/02/2018");
    }

    #[test]
    fn straight_quotes_become_curly() {
        assert_eq!(refine("chủ đề \"Vì một Long Biên xanh\" của Quận"), "chủ đề “Vì một Long Biên xanh” của Quận");
        assert_eq!(refine("\"Năm 2018\"."), "“Năm 2018”.");
    }
}
