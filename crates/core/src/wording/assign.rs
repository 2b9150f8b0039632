//! Who is told to act on a conclusion, in one sentence:
//! "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng …,
//! hoàn thành trước ngày 03/4/2026." The issuer may "giao" only what it
//! commands; state bodies and the Mặt trận act in their own name
//! ("Ủy ban nhân dân phường …"), the superior is asked ("Đề nghị …"), and a
//! Ban Thường vụ never assigns itself.

use chrono::NaiveDate;

use super::dates::short_date;
use super::names::{lower_first, run_on, upper_first};

/// One who acts, as it reads in running text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// "đồng chí Lê Quang Hưng, Phó Bí thư Đảng ủy".
    Person(String),
    /// "Văn phòng Đảng ủy", "Ủy ban nhân dân phường", "các chi bộ trực thuộc".
    Body(String),
}

impl Actor {
    fn text(&self) -> &str {
        match self {
            Actor::Person(t) | Actor::Body(t) => t.trim(),
        }
    }
}

/// How the sentence begins for its lead actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Voice {
    /// "Giao X …": the issuer's own organs, chi bộ, members.
    Assign,
    /// "X …": state bodies, the Mặt trận, the Ban Thường vụ in its own meeting.
    BodyFirst,
    /// "Đề nghị X …": a superior body.
    Request,
}

const STATE_AND_FRONT: [&str; 7] =
    ["Hội đồng nhân dân", "HĐND", "Ủy ban nhân dân", "UBND", "Mặt trận", "đoàn thể", "tổ chức chính trị - xã hội"];
const SUPERIORS: [&str; 6] = ["Thành ủy", "Tỉnh ủy", "Quận ủy", "Huyện ủy", "Thị ủy", "Trung ương"];
/// Organs of the Đảng ủy above a chi bộ, named without "Đảng ủy".
const CELL_SUPERIOR_ORGANS: [&str; 5] =
    ["Ban Thường vụ", "Thường trực", "Văn phòng", "Ban Xây dựng Đảng", "Ủy ban Kiểm tra"];

/// Whether `name` is the superior body or one of its organs: it contains
/// the superior's running-text name, or, for "Đảng bộ X", "Đảng ủy X"
/// ("Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh").
fn names_superior(name: &str, superior: &str) -> bool {
    let superior = superior.trim();
    if superior.is_empty() {
        return false;
    }
    let committee = superior.strip_prefix("Đảng bộ ").map(|rest| format!("Đảng ủy {rest}"));
    name.contains(superior) || committee.is_some_and(|c| name.contains(&c))
}

fn voice(actor: &Actor, standing_committee: bool, issuer: &str, superior: &str) -> Voice {
    let Actor::Body(name) = actor else { return Voice::Assign };
    let name = name.trim();
    if names_superior(name, superior) {
        return Voice::Request;
    }
    if standing_committee && name.starts_with("Ban Thường vụ") {
        return Voice::BodyFirst;
    }
    if STATE_AND_FRONT.iter().any(|w| name.contains(w)) {
        return Voice::BodyFirst;
    }
    // A chi bộ asks its Đảng ủy and the Đảng ủy's organs; it assigns none of them.
    if issuer.starts_with("Chi bộ")
        && (name.contains("Đảng ủy") || CELL_SUPERIOR_ORGANS.iter().any(|o| name.starts_with(o)))
    {
        return Voice::Request;
    }
    // The superior's organs are asked, its office included ("Đề nghị Văn
    // phòng Thành ủy …"), unless the issuer is that body itself.
    let is_issuer = |w: &str| issuer.contains(w);
    if SUPERIORS.iter().any(|w| name.contains(w) && !is_issuer(w)) {
        return Voice::Request;
    }
    Voice::Assign
}

/// The sentence for a task with who acts and the deadline. `task` is what to
/// do, verb first ("rà soát quy chế làm việc"); the first actor leads
/// ("chủ trì"), the others support ("phối hợp với"). `issuer` is the issuing
/// body's running-text name, so that its own name is not "requested";
/// `superior` the superior body's (`IssuerSnapshot::superior_in_sentence`,
/// empty when none), whose organs are asked ("Đề nghị …"), never assigned.
/// Without actors the task stands alone. The sentence ends with ".", or
/// with ":" when `lead_in` (sub-points follow).
pub fn assignment(
    actors: &[Actor],
    task: &str,
    deadline: Option<NaiveDate>,
    standing_committee: bool,
    issuer: &str,
    superior: &str,
    lead_in: bool,
) -> String {
    let opening = |lead: &Actor| {
        let lead_text = lead.text();
        match voice(lead, standing_committee, issuer, superior) {
            Voice::Assign => format!("Giao {}", lower_common(lead_text)),
            Voice::BodyFirst => upper_first(lead_text),
            Voice::Request => format!("Đề nghị {lead_text}"),
        }
    };
    sentence(actors, task, deadline, lead_in, opening)
}

/// The body-first heading form of a task: "Ban Thường vụ Đảng ủy: lãnh
/// đạo, chỉ đạo …" — the lead actor as it is named, a colon, then, when
/// others support it, "chủ trì, phối hợp với …", the task and the deadline.
/// Nobody is "giao"-ed here: the form names who acts, as real notices do for
/// a superior's or a state body's share of the work. Without actors the
/// task stands alone, as in `assignment`.
pub fn body_first(actors: &[Actor], task: &str, deadline: Option<NaiveDate>, lead_in: bool) -> String {
    sentence(actors, task, deadline, lead_in, |lead| format!("{}:", upper_first(lead.text())))
}

/// `opening` of the lead actor, "chủ trì, phối hợp với" the others, the
/// task (verb first; its first word lower-cased unless it begins a name),
/// the deadline and the closing mark.
fn sentence(
    actors: &[Actor],
    task: &str,
    deadline: Option<NaiveDate>,
    lead_in: bool,
    opening: impl Fn(&Actor) -> String,
) -> String {
    let task = task.trim().trim_end_matches(['.', ';', ':', ',']).trim_end();
    let actors: Vec<&Actor> = actors.iter().filter(|a| !a.text().is_empty()).collect();
    let sentence = match actors.split_first() {
        None => upper_first(task),
        Some((lead, others)) => {
            let mut s = opening(lead);
            let support: Vec<String> = others.iter().map(|a| lower_common(a.text())).collect();
            if !support.is_empty() {
                s.push_str(&format!(" chủ trì, phối hợp với {}", join_and(&support)));
            }
            if !task.is_empty() {
                s.push(' ');
                s.push_str(&run_on(task));
            }
            s
        }
    };
    finish(sentence, task, deadline, lead_in)
}

/// The deadline and the closing mark: "…, hoàn thành trước ngày 03/4/2026."
/// (":" when sub-points follow).
fn finish(mut sentence: String, task: &str, deadline: Option<NaiveDate>, lead_in: bool) -> String {
    if let Some(d) = deadline {
        // "… chỉ đạo hoàn thành X trước ngày …", not "…, hoàn thành trước ngày …" twice over.
        // Typed with a capital when it opens the task ("Hoàn thành …").
        let lead = if task.to_lowercase().contains("hoàn thành") { "" } else { ", hoàn thành" };
        sentence.push_str(&format!("{lead} trước ngày {}", short_date(d)));
    }
    sentence.push(if lead_in { ':' } else { '.' });
    sentence
}

/// "Các chi bộ trực thuộc" is a common noun inside a sentence; names keep
/// their capitals.
fn lower_common(name: &str) -> String {
    let name = name.trim();
    if name.starts_with("Các ") || name.starts_with("Những ") { lower_first(name) } else { name.to_string() }
}

/// "A", "A và B", "A, B và C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} và {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: &str) -> Actor {
        Actor::Body(n.to_string())
    }

    const ISSUER: &str = "Đảng ủy phường Hòa Bình";

    #[test]
    fn own_organs_are_assigned_with_lead_and_support() {
        let s = assignment(
            &[body("Văn phòng Đảng ủy"), body("Ban Xây dựng Đảng")],
            "Tiếp thu ý kiến, hoàn chỉnh Báo cáo.",
            NaiveDate::from_ymd_opt(2026, 4, 3),
            false,
            ISSUER,
            "",
            false,
        );
        assert_eq!(
            s,
            "Giao Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng tiếp thu ý kiến, hoàn chỉnh Báo cáo, hoàn thành trước ngày 03/4/2026."
        );
    }

    #[test]
    fn state_bodies_act_in_their_own_name_and_superiors_are_asked() {
        let s = assignment(&[body("Ủy ban nhân dân phường")], "Rà soát quy chế", None, false, ISSUER, "", false);
        assert_eq!(s, "Ủy ban nhân dân phường rà soát quy chế.");
        let s = assignment(
            &[body("Ủy ban nhân dân phường")],
            "chỉ đạo hoàn thành chỉnh trang vỉa hè",
            NaiveDate::from_ymd_opt(2026, 6, 30),
            false,
            ISSUER,
            "",
            false,
        );
        assert_eq!(s, "Ủy ban nhân dân phường chỉ đạo hoàn thành chỉnh trang vỉa hè trước ngày 30/6/2026.");
        let s = assignment(
            &[body("Thường trực Hội đồng nhân dân phường")],
            "giám sát việc thực hiện",
            None,
            false,
            ISSUER,
            "",
            false,
        );
        assert_eq!(s, "Thường trực Hội đồng nhân dân phường giám sát việc thực hiện.");
        let s = assignment(&[body("Ban Tổ chức Thành ủy")], "xem xét, chuẩn y", None, false, ISSUER, "", false);
        assert_eq!(s, "Đề nghị Ban Tổ chức Thành ủy xem xét, chuẩn y.");
        let s = assignment(
            &[body("Đảng ủy phường")],
            "chỉ đạo bố trí điểm tập kết rác",
            None,
            false,
            "Chi bộ Tổ dân phố số 4",
            "",
            false,
        );
        assert_eq!(s, "Đề nghị Đảng ủy phường chỉ đạo bố trí điểm tập kết rác.");
    }

    #[test]
    fn the_superior_body_and_its_organs_are_asked_by_their_running_name() {
        let superior = "Đảng bộ Khối các cơ quan tỉnh";
        let issuer = "Đảng ủy Sở Tài chính";
        let s = assignment(
            &[body("Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh")],
            "hướng dẫn quy trình kết nạp đảng viên",
            None,
            false,
            issuer,
            superior,
            false,
        );
        assert_eq!(s, "Đề nghị Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh hướng dẫn quy trình kết nạp đảng viên.");
        let s = assignment(&[body("Văn phòng Đảng ủy")], "theo dõi", None, false, issuer, superior, false);
        assert_eq!(s, "Giao Văn phòng Đảng ủy theo dõi.");
    }

    #[test]
    fn a_chi_bo_asks_the_organs_above_it_and_a_ward_asks_the_city_s_office() {
        for organ in ["Văn phòng Đảng ủy phường", "Ban Xây dựng Đảng", "Ủy ban Kiểm tra Đảng ủy"]
        {
            let s = assignment(
                &[body(organ)],
                "hướng dẫn thủ tục",
                None,
                false,
                "Chi bộ Tổ dân phố số 4",
                "Đảng bộ phường Hòa Bình",
                false,
            );
            assert_eq!(s, format!("Đề nghị {organ} hướng dẫn thủ tục."));
        }
        let s = assignment(
            &[body("Chi ủy")],
            "phân công đảng viên",
            None,
            false,
            "Chi bộ Tổ dân phố số 4",
            "Đảng bộ phường Hòa Bình",
            false,
        );
        assert_eq!(s, "Giao Chi ủy phân công đảng viên.");
        let s = assignment(
            &[body("Văn phòng Thành ủy")],
            "hướng dẫn",
            None,
            false,
            ISSUER,
            "Đảng bộ thành phố Hải Phòng",
            false,
        );
        assert_eq!(s, "Đề nghị Văn phòng Thành ủy hướng dẫn.");
        let s = assignment(&[body("Văn phòng Thành ủy")], "tổng hợp", None, false, "Thành ủy Hải Phòng", "", false);
        assert_eq!(s, "Giao Văn phòng Thành ủy tổng hợp.");
    }

    #[test]
    fn a_standing_committee_does_not_assign_itself() {
        let s = assignment(&[body("Ban Thường vụ Đảng ủy")], "lãnh đạo, chỉ đạo", None, true, ISSUER, "", false);
        assert_eq!(s, "Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo.");
        let s = assignment(&[body("Ban Thường vụ Đảng ủy")], "lãnh đạo, chỉ đạo", None, false, ISSUER, "", false);
        assert_eq!(s, "Giao Ban Thường vụ Đảng ủy lãnh đạo, chỉ đạo.");
    }

    #[test]
    fn the_body_first_form_names_the_lead_then_its_task() {
        let s = body_first(
            &[body("Ban Thường vụ Đảng ủy")],
            "Lãnh đạo, chỉ đạo thực hiện Đề án; ban hành quyết định kiện toàn các chi bộ.",
            NaiveDate::from_ymd_opt(2025, 9, 30),
            false,
        );
        assert_eq!(
            s,
            "Ban Thường vụ Đảng ủy: lãnh đạo, chỉ đạo thực hiện Đề án; ban hành quyết định kiện toàn các chi bộ, hoàn thành trước ngày 30/9/2025."
        );
        let s = body_first(
            &[body("Ủy ban Mặt trận Tổ quốc Việt Nam xã"), body("Các tổ chức chính trị - xã hội xã")],
            "Tuyên truyền, vận động Nhân dân tham gia",
            None,
            false,
        );
        assert_eq!(
            s,
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã: chủ trì, phối hợp với các tổ chức chính trị - xã hội xã tuyên truyền, vận động Nhân dân tham gia."
        );
        let s = body_first(
            &[body("Ủy ban nhân dân phường")],
            "Hoàn thành giải phóng mặt bằng.",
            NaiveDate::from_ymd_opt(2026, 6, 30),
            false,
        );
        assert_eq!(s, "Ủy ban nhân dân phường: hoàn thành giải phóng mặt bằng trước ngày 30/6/2026.");
        let s = body_first(&[body("Các chi bộ trực thuộc")], "Ổn định tổ chức:", None, true);
        assert_eq!(s, "Các chi bộ trực thuộc: ổn định tổ chức:");
        assert_eq!(body_first(&[], "Quán triệt Nghị quyết.", None, false), "Quán triệt Nghị quyết.");
    }

    #[test]
    fn a_task_lower_cases_an_ordinary_first_word_only() {
        let s = body_first(&[body("các chi bộ trực thuộc")], "Mỗi chi bộ kết nạp 01 đảng viên", None, true);
        assert_eq!(s, "Các chi bộ trực thuộc: mỗi chi bộ kết nạp 01 đảng viên:");
    }

    #[test]
    fn people_and_common_nouns_read_in_a_sentence() {
        let s = assignment(
            &[Actor::Person("đồng chí Ông Văn Nghĩa".into()), body("Các chi bộ trực thuộc")],
            "Tổ chức tổng vệ sinh",
            None,
            false,
            ISSUER,
            "",
            true,
        );
        assert_eq!(s, "Giao đồng chí Ông Văn Nghĩa chủ trì, phối hợp với các chi bộ trực thuộc tổ chức tổng vệ sinh:");
        assert_eq!(assignment(&[], "Quán triệt Nghị quyết.", None, false, ISSUER, "", false), "Quán triệt Nghị quyết.");
    }
}
