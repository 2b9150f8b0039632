//! Sentences of the minutes about how the meeting went: who presented which
//! documents (cited, not transcribed), who left early, how the online sites
//! were connected.

use chrono::NaiveTime;

use super::assign::join_and;
use super::dates::clock;
use super::names::{lower_first, run_on, upper_first};
use super::numbers::count;

/// Document kinds a citation begins with, in lower case as "(có … kèm
/// theo)" names them; the longest match wins.
const DOCUMENT_KINDS: [&str; 16] = [
    "báo cáo",
    "tờ trình",
    "dự thảo",
    "kế hoạch",
    "chương trình",
    "đề án",
    "đề cương",
    "quy chế",
    "quy định",
    "nghị quyết",
    "quyết định",
    "hướng dẫn",
    "thông báo",
    "công văn",
    "chỉ thị",
    "danh sách",
];

/// The kind of a cited document, "báo cáo" for "Báo cáo số 31-BC/ĐU …";
/// "tài liệu" when the citation does not start with a known kind.
fn document_kind(citation: &str) -> &'static str {
    let lower = citation.trim().to_lowercase();
    DOCUMENT_KINDS
        .iter()
        .filter(|k| lower.starts_with(*k) && lower[k.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
        .max_by_key(|k| k.len())
        .copied()
        .unwrap_or("tài liệu")
}

/// "(có báo cáo và dự thảo kèm theo)": the kinds of the cited documents,
/// each once, in order.
pub fn attached(documents: &[String]) -> String {
    let mut kinds: Vec<String> = Vec::new();
    for d in documents.iter().filter(|d| !d.trim().is_empty()) {
        let kind = document_kind(d).to_string();
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() { String::new() } else { format!("(có {} kèm theo)", join_and(&kinds)) }
}

/// Cited documents in running text: "Báo cáo số 31-BC/ĐU, ngày 20/3/2026
/// của Ban Thường vụ Đảng ủy và dự thảo Nghị quyết …" (final punctuation the
/// user typed removed; a draft keeps its lower-case "dự thảo").
fn citations(documents: &[String]) -> String {
    let cited: Vec<String> = documents
        .iter()
        .map(|d| d.trim().trim_end_matches(['.', ';', ',']).trim_end().to_string())
        .filter(|d| !d.is_empty())
        .map(|d| if document_kind(&d) == "dự thảo" { lower_first(&d) } else { d })
        .collect();
    join_and(&cited)
}

/// What opens an agenda item: "Đồng chí X, chức vụ trình bày Báo cáo số
/// 31-BC/ĐU … (có báo cáo kèm theo)." `presenter` is "Đồng chí X, chức vụ"
/// (None when nobody is named: "{assembly} nghe …"), `title` the item, said
/// when no document is cited. None when there is nothing to say.
pub fn presented(presenter: Option<&str>, assembly: &str, title: &str, documents: &[String]) -> Option<String> {
    let cited = citations(documents);
    let what = if cited.is_empty() {
        run_on(title.trim().trim_end_matches(['.', ';', ':']).trim_end())
    } else {
        format!("{cited} {}", attached(documents))
    };
    match presenter {
        Some(who) if !what.is_empty() => Some(format!("{} trình bày {what}.", upper_first(who))),
        None if !cited.is_empty() => Some(format!("{assembly} nghe {what}.")),
        _ => None,
    }
}

/// "Đồng chí X, chức vụ xin phép rời hội nghị lúc 16 giờ 00 phút (lý do:
/// …), không tham gia biểu quyết nội dung 2." `noun` is the meeting noun
/// ("hội nghị", "cuộc họp", "buổi sinh hoạt"); `missed_votes` the numbers
/// (from 1) of the agenda items whose votes the person missed.
pub fn departure(who: &str, noun: &str, time: Option<NaiveTime>, reason: &str, missed_votes: &[usize]) -> String {
    let mut s = format!("{} xin phép rời {noun}", upper_first(who));
    if let Some(t) = time {
        s.push_str(&format!(" lúc {}", clock(t)));
    }
    let reason = reason.trim().trim_end_matches(['.', ';']).trim_end();
    if !reason.is_empty() {
        s.push_str(&format!(" (lý do: {})", run_on(reason)));
    }
    if !missed_votes.is_empty() {
        let items: Vec<String> = missed_votes.iter().map(usize::to_string).collect();
        s.push_str(&format!(", không tham gia biểu quyết nội dung {}", join_and(&items)));
    }
    s.push('.');
    s
}

/// "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối từ điểm cầu
/// chính tại Hội trường … tới 03 điểm cầu:" — `noun` capitalised as the
/// subject; without a place the main site is not named.
pub fn online_opening(noun: &str, main_site: &str, sites: usize) -> String {
    let main = main_site.trim();
    let from =
        if main.is_empty() { String::new() } else { format!(", kết nối từ điểm cầu chính tại {main}") };
    let to = if main.is_empty() { "với" } else { "tới" };
    let n = u32::try_from(sites).unwrap_or(u32::MAX);
    format!("{} được tổ chức theo hình thức trực tuyến{from} {to} {} điểm cầu:", upper_first(noun), count(n))
}

/// One connected site: "Nhà văn hóa Tổ dân phố số 1: 25 đồng chí" (no count
/// when none was taken).
pub fn site_line(name: &str, participants: u32) -> String {
    let name = name.trim().trim_end_matches(['.', ';', ',']).trim_end();
    if participants == 0 { name.to_string() } else { format!("{name}: {} đồng chí", count(participants)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(list: &[&str]) -> Vec<String> {
        list.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn a_presenter_cites_the_documents_and_says_they_are_attached() {
        let d = docs(&["Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy", "Dự thảo Nghị quyết."]);
        assert_eq!(
            presented(Some("đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy"), "Hội nghị", "Báo cáo", &d)
                .as_deref(),
            Some(
                "Đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy trình bày Báo cáo số 31-BC/ĐU, ngày \
                 20/3/2026 của Ban Thường vụ Đảng ủy và dự thảo Nghị quyết (có báo cáo và dự thảo kèm theo)."
            )
        );
        assert_eq!(
            presented(Some("Đồng chí Đỗ Văn Khải"), "Hội nghị", "Tờ trình về nhân sự bầu bổ sung", &[]).as_deref(),
            Some("Đồng chí Đỗ Văn Khải trình bày tờ trình về nhân sự bầu bổ sung.")
        );
        assert_eq!(
            presented(None, "Ban Thường vụ", "x", &docs(&["Báo cáo số 15-BC/UBND"])).as_deref(),
            Some("Ban Thường vụ nghe Báo cáo số 15-BC/UBND (có báo cáo kèm theo).")
        );
        assert_eq!(presented(None, "Hội nghị", "Thảo luận", &[]), None);
        assert_eq!(attached(&docs(&["Phụ lục số liệu"])), "(có tài liệu kèm theo)");
        assert_eq!(attached(&docs(&["Báo cáo A", "Báo cáo B"])), "(có báo cáo kèm theo)");
    }

    #[test]
    fn a_departure_says_when_why_and_which_votes_were_missed() {
        assert_eq!(
            departure(
                "đồng chí Ngô Thị Lan, Phó Chủ tịch Ủy ban nhân dân phường",
                "hội nghị",
                NaiveTime::from_hms_opt(16, 0, 0),
                "Dự họp tại Ủy ban nhân dân thành phố.",
                &[2],
            ),
            "Đồng chí Ngô Thị Lan, Phó Chủ tịch Ủy ban nhân dân phường xin phép rời hội nghị lúc 16 giờ 00 phút \
             (lý do: dự họp tại Ủy ban nhân dân thành phố), không tham gia biểu quyết nội dung 2."
        );
        assert_eq!(
            departure("Đồng chí A", "buổi sinh hoạt", None, "", &[2, 3]),
            "Đồng chí A xin phép rời buổi sinh hoạt, không tham gia biểu quyết nội dung 2 và 3."
        );
    }

    #[test]
    fn online_sites_are_counted_from_the_main_site() {
        assert_eq!(
            online_opening("hội nghị", "Hội trường Đảng ủy phường", 3),
            "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối từ điểm cầu chính tại Hội trường Đảng ủy \
             phường tới 03 điểm cầu:"
        );
        assert_eq!(site_line("Nhà văn hóa Tổ dân phố số 1;", 25), "Nhà văn hóa Tổ dân phố số 1: 25 đồng chí");
        assert_eq!(site_line("Trụ sở Công an phường", 0), "Trụ sở Công an phường");
    }
}
