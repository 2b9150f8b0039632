//! People and bodies in running text.

use unicode_normalization::UnicodeNormalization;

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

/// Text that runs on after a name ("Đồng chí X, chức vụ " + text): its
/// first word is lower-cased when it is an ordinary word ("Nhất trí …" →
/// "nhất trí …") and kept as typed when it begins a name — a body ("Ủy ban
/// nhân dân phường …", "Ban Tổ chức Thành ủy …"), a document ("Nghị quyết
/// số 09-NQ/ĐU …"), an acronym ("UBND …"), a person or a place ("Hòa Bình
/// 2 …", "Nguyễn Văn An …").
pub fn run_on(text: &str) -> String {
    if starts_with_name(text.trim()) { text.trim().to_string() } else { lower_first(text) }
}

/// Names that begin a text whatever follows them.
const NAME_HEADS: [&str; 40] = [
    "Ủy ban",
    "Hội đồng",
    "Mặt trận",
    "Đảng",
    "Chi bộ",
    "Chi ủy",
    "Thành ủy",
    "Tỉnh ủy",
    "Quận ủy",
    "Huyện ủy",
    "Thị ủy",
    "Văn phòng",
    "Công an",
    "Quân sự",
    "Thường trực",
    "Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Quốc hội",
    "Chính phủ",
    "Nhà nước",
    "Nhân dân",
    "Tổ quốc",
    "Việt Nam",
    "Tổ dân phố",
    "Khu phố",
    "Nhà văn hóa",
    "Nghị quyết",
    "Chỉ thị",
    "Quy định",
    "Quy chế",
    "Điều lệ",
    "Hiến pháp",
    "Luật",
    "Bác Hồ",
    "Chủ tịch Hồ Chí Minh",
    "Tết",
    "Đoàn Thanh niên",
    "Cựu chiến binh",
    "Liên đoàn Lao động",
];

/// Heads that begin a name when a capitalised word follows ("Ban Tổ chức",
/// "Phòng Kinh tế", "Báo cáo số …" is handled by the number).
const NAMED_BY_NEXT: [&str; 22] = [
    "Ban",
    "Phòng",
    "Sở",
    "Bộ",
    "Cục",
    "Viện",
    "Trường",
    "Hội",
    "Đoàn",
    "Trạm",
    "Trung tâm",
    "Tổ",
    "Thôn",
    "Xóm",
    "Khu",
    "Phường",
    "Xã",
    "Quận",
    "Huyện",
    "Tỉnh",
    "Thành phố",
    "Đường",
];

/// Ordinary words a sentence often begins with before a capitalised name
/// ("Theo Báo cáo …", "Về Nghị quyết …"): lower-cased all the same.
const ORDINARY_STARTS: [&str; 36] = [
    "theo", "về", "qua", "tại", "trong", "với", "từ", "đến", "sau", "trước", "cùng", "giao", "cho", "nêu", "cần",
    "nghe", "đối", "riêng", "còn", "và", "nhưng", "tuy", "mong", "xin", "chúc", "thay", "nhờ", "do", "vì", "khi",
    "nếu", "để", "các", "những", "mỗi", "toàn",
];

fn starts_with_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    let first = first.trim_end_matches(|c: char| !c.is_alphanumeric());
    let capitals = first.chars().filter(|c| c.is_uppercase()).count();
    // "UBND", "HĐND", "COVID-19", "4/2026".
    if capitals >= 2 || first.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let on_boundary = |head: &str| {
        text.strip_prefix(head).is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
    };
    // "đảng viên", "đảng phí" are common nouns (lower case mid-sentence).
    if on_boundary("Đảng viên") || on_boundary("Đảng phí") {
        return false;
    }
    if NAME_HEADS.iter().any(|h| on_boundary(h)) {
        return true;
    }
    let second_is_capital = |skip: usize| {
        words.get(skip).is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
    };
    for head in NAMED_BY_NEXT {
        if on_boundary(head) && second_is_capital(head.split(' ').count()) {
            return true;
        }
    }
    // Two capitalised words: a person or a place, unless the first is an
    // ordinary word that happens to precede a name.
    let starts_upper = first.chars().next().is_some_and(char::is_uppercase);
    starts_upper
        && words.get(1).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !ORDINARY_STARTS.contains(&first.to_lowercase().as_str())
}

/// Running text to header capitals: "Đảng ủy phường Phúc Đồng" →
/// "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG". Upper-casing is exact for Vietnamese
/// (lower-casing capitals back is not); the result is NFC whatever form
/// the input came in.
pub fn upper_vietnamese(text: &str) -> String {
    text.nfc().collect::<String>().to_uppercase().nfc().collect()
}

/// Fallback for records that hold only the header capitals of a body:
/// "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG" → "Đảng ủy phường Phúc Đồng",
/// "HUYỆN ỦY GIA LÂM" → "Huyện ủy Gia Lâm". Words after an administrative
/// level (phường, xã, …) or after a compound "… ủy" are place names and keep
/// a capital; "Đảng" always does; the "ủy" of a compound never does.
pub fn body_from_capitals(caps: &str) -> String {
    const UNITS: [&str; 9] = ["phường", "xã", "quận", "huyện", "tỉnh", "thị trấn", "thành phố", "thị xã", "đặc khu"];
    const COMPOUNDS: [&str; 5] = ["thành", "tỉnh", "quận", "huyện", "thị"];
    let words: Vec<String> = caps.split_whitespace().map(|w| w.to_lowercase()).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut in_place_name = false;
    for (i, word) in words.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| words[p].as_str());
        let compound_uy = word == "ủy" && prev.is_some();
        // "Chi bộ Tổ dân phố số 3": the unit a chi bộ is named after is a name.
        let names_unit = i == 2 && words[0] == "chi" && words[1] == "bộ";
        let capital = !compound_uy && (i == 0 || in_place_name || names_unit || word == "đảng");
        out.push(if capital { upper_first(word) } else { word.clone() });
        if !in_place_name {
            let two = prev.map(|p| format!("{p} {word}"));
            in_place_name = (UNITS.contains(&word.as_str()) && !(i == 0 && words.get(1).is_some_and(|w| w == "ủy")))
                || two.as_deref().is_some_and(|t| UNITS.contains(&t))
                || (compound_uy && prev.is_some_and(|p| COMPOUNDS.contains(&p)));
        }
    }
    let fixed = out.join(" ");
    fixed
        .replace("ban thường vụ", "Ban Thường vụ")
        .replace("Ban thường vụ", "Ban Thường vụ")
        .replace("ban chấp hành", "Ban Chấp hành")
        .replace("Ban chấp hành", "Ban Chấp hành")
}

/// "đồng chí" follows with: the name, then the position, then the unit —
/// the unit left out when the position already names it ("Tổ trưởng Tổ dân
/// phố số 7", not "…, Tổ dân phố số 7"; "Trưởng Ban Tuyên giáo Quận ủy",
/// not "…, Quận ủy Long Biên").
pub fn describe(name: &str, position: &str, unit: &str) -> String {
    let (name, position, unit) = (name.trim(), position.trim(), unit.trim());
    let unit = if unit_is_named(position, unit) { "" } else { unit };
    [name, position, unit].iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(", ")
}

/// Administrative levels that may close a unit's head noun ("Đảng ủy phường").
const LEVELS: [&str; 6] = ["phường", "xã", "quận", "huyện", "tỉnh", "thành phố"];

/// Whether `position` already contains `unit`: the whole unit (before any
/// comma: "Tổ dân phố số 7, phường Đức Giang"), or its head noun — the
/// words before the place name, without a closing level word ("Quận ủy" of
/// "Quận ủy Long Biên", "Đảng ủy" of "Đảng ủy phường Đức Giang"). A head
/// noun of one word ("Công an") is too common to count.
fn unit_is_named(position: &str, unit: &str) -> bool {
    if unit.is_empty() {
        return true;
    }
    let position = position.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = unit.split(',').next().unwrap_or(unit).split_whitespace().collect::<Vec<_>>().join(" ");
    if position.contains(&unit) {
        return true;
    }
    let words: Vec<&str> = unit.split(' ').collect();
    let place_starts = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        .map(|(i, _)| i)
        .unwrap_or(words.len());
    let mut head = &words[..place_starts];
    while let Some(last) = head.last() {
        if head.len() > 1 && LEVELS.contains(last) {
            head = &head[..head.len() - 1];
        } else {
            break;
        }
    }
    head.len() >= 2 && contains_words(&position, &head.join(" "))
}

/// `needle` occurs in `haystack` on word boundaries.
fn contains_words(haystack: &str, needle: &str) -> bool {
    let padded = format!(" {} ", haystack.replace(',', " "));
    padded.contains(&format!(" {needle} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unit_is_left_out_when_the_position_names_it() {
        assert_eq!(
            describe("Nguyễn Thị Mai", "Tổ trưởng Tổ dân phố số 7", "Tổ dân phố số 7, phường Đức Giang"),
            "Nguyễn Thị Mai, Tổ trưởng Tổ dân phố số 7"
        );
        assert_eq!(
            describe(
                "Nguyễn Thế Thạch",
                "Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy",
                "Quận ủy Long Biên"
            ),
            "Nguyễn Thế Thạch, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy"
        );
        assert_eq!(
            describe("Phan Việt Hưng", "Bí thư Đảng ủy", "Đảng ủy phường Đức Giang"),
            "Phan Việt Hưng, Bí thư Đảng ủy"
        );
    }

    #[test]
    fn the_unit_stays_when_the_position_lacks_it() {
        assert_eq!(
            describe("Nguyễn Văn An", "Đảng ủy viên", "Công an phường"),
            "Nguyễn Văn An, Đảng ủy viên, Công an phường"
        );
        assert_eq!(
            describe("Tô Văn Hậu", "Trưởng phòng Kinh tế", "Ủy ban nhân dân phường Hòa Bình"),
            "Tô Văn Hậu, Trưởng phòng Kinh tế, Ủy ban nhân dân phường Hòa Bình"
        );
        assert_eq!(describe("Lê Văn Ba", "", ""), "Lê Văn Ba");
    }

    #[test]
    fn capitals_of_a_body_read_naturally_in_a_sentence() {
        assert_eq!(body_from_capitals("ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG"), "Đảng ủy phường Phúc Đồng");
        assert_eq!(body_from_capitals("CHI BỘ KHU PHỐ 3"), "Chi bộ Khu phố 3");
        assert_eq!(body_from_capitals("CHI BỘ TỔ DÂN PHỐ SỐ 3"), "Chi bộ Tổ dân phố số 3");
        assert_eq!(body_from_capitals("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"), "Đảng bộ thành phố Hà Nội");
        assert_eq!(body_from_capitals("BAN THƯỜNG VỤ ĐẢNG ỦY"), "Ban Thường vụ Đảng ủy");
        assert_eq!(body_from_capitals("HUYỆN ỦY GIA LÂM"), "Huyện ủy Gia Lâm");
        assert_eq!(body_from_capitals("THÀNH ỦY HÀ NỘI"), "Thành ủy Hà Nội");
        assert_eq!(body_from_capitals("QUẬN ỦY LONG BIÊN"), "Quận ủy Long Biên");
    }

    #[test]
    fn run_on_text_keeps_the_capital_of_a_name_only() {
        assert_eq!(run_on("Nhất trí với Báo cáo."), "nhất trí với Báo cáo.");
        assert_eq!(run_on("Đề nghị bổ sung chỉ tiêu."), "đề nghị bổ sung chỉ tiêu.");
        assert_eq!(run_on("Theo Báo cáo số 31-BC/ĐU, …"), "theo Báo cáo số 31-BC/ĐU, …");
        assert_eq!(run_on("Ủy ban nhân dân phường đã hoàn thành."), "Ủy ban nhân dân phường đã hoàn thành.");
        assert_eq!(run_on("Ban Tổ chức Thành ủy hướng dẫn."), "Ban Tổ chức Thành ủy hướng dẫn.");
        assert_eq!(run_on("Ban hành quy chế."), "ban hành quy chế.");
        assert_eq!(run_on("UBND phường báo cáo."), "UBND phường báo cáo.");
        assert_eq!(
            run_on("Nghị quyết số 09-NQ/ĐU đã đi vào cuộc sống."),
            "Nghị quyết số 09-NQ/ĐU đã đi vào cuộc sống."
        );
        assert_eq!(run_on("Hòa Bình 2 là tuyến đường chính."), "Hòa Bình 2 là tuyến đường chính.");
        assert_eq!(run_on("Đảng ủy cần chỉ đạo."), "Đảng ủy cần chỉ đạo.");
        assert_eq!(run_on("Đảm bảo tiến độ."), "đảm bảo tiến độ.");
        assert_eq!(run_on("Đảng viên phải gương mẫu."), "đảng viên phải gương mẫu.");
        assert_eq!(run_on(" "), "");
    }

    #[test]
    fn upper_casing_is_vietnamese_and_nfc() {
        assert_eq!(upper_vietnamese("Đảng ủy phường Phúc Đồng"), "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG");
        assert_eq!(upper_vietnamese("Huyện ủy Gia Lâm"), "HUYỆN ỦY GIA LÂM");
        // "ủ" typed as u + combining hook above comes out precomposed.
        assert_eq!(upper_vietnamese("Thành u\u{309}y Hà Nội"), "THÀNH ỦY HÀ NỘI");
    }
}
