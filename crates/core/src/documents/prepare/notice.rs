//! Thông báo kết luận: the issuing body states its own conclusions. The
//! opening says what actually happened — who held the meeting, who chaired,
//! who presented which documents, a discussion only when someone spoke —
//! then the numbered conclusions and "… thông báo để … biết, thực hiện./.".
//! Summary, "… kết luận như sau:" and the signature name one author: the
//! body (T/M …), or the leader who concluded when the office signs by order
//! (T/L …).

use crate::model::{AttendeeRole, Meeting, MeetingKind, PersonId};
use crate::wording::{MeetingWords, count, join_and, lower_first, short_date, upper_first};

use super::super::model::{Block, Closing};
use super::common::{Directory, numbered_items, superior_leaders_present};
use super::minutes::{attended_and_directed, committee, held};

/// Agenda items that are not something heard: votes, elections,
/// discussion, conclusions, opening and closing.
const PROCEDURAL: [&str; 7] = ["thảo luận", "biểu quyết", "bầu", "kết luận", "khai mạc", "bế mạc", "thông qua"];

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let words = MeetingWords::of(meeting.kind);
    let issuer = meeting.issuer.name_in_sentence();
    let author = Author::of(meeting, directory, &issuer);
    let summary = match (&author, meeting.kind) {
        (Author::Leader(leader), MeetingKind::StandingCommittee) => {
            format!("kết luận của {leader} tại cuộc họp Ban Thường vụ {issuer} ngày {}", short_date(meeting.date))
        }
        (Author::Leader(leader), _) => match lower_first(&meeting.title) {
            t if t.is_empty() => {
                format!("kết luận của {leader} tại {} ngày {}", words.noun(), short_date(meeting.date))
            }
            t => format!("kết luận của {leader} tại {t}"),
        },
        (Author::Body(body), MeetingKind::StandingCommittee) => {
            format!("kết luận của {body} tại cuộc họp ngày {}", short_date(meeting.date))
        }
        _ => match lower_first(&meeting.title) {
            t if t.is_empty() => format!("kết luận {} ngày {}", words.noun(), short_date(meeting.date)),
            t => format!("kết luận {t}"),
        },
    };

    // People named so far, with their position: later mentions give the name only.
    let mut named: Vec<PersonId> = Vec::new();
    let opening = opening(meeting, directory, words, &mut named);
    // "… kết luận như sau:" and an intro ending in ":" stay with what follows.
    let heard = Block { keep_with_next: true, ..Block::text(heard(meeting, directory, author.name(), &mut named)) };
    let mut body = vec![Block::text(opening), heard];
    let intro = meeting.conclusions.intro.trim();
    if !intro.is_empty() {
        body.push(Block { keep_with_next: intro.ends_with(':'), ..Block::text(intro) });
    }
    body.extend(numbered_items(directory, meeting, &meeting.conclusions.items));
    let audience = match meeting.kind {
        MeetingKind::CellRegular => "các đồng chí đảng viên",
        _ => "các chi bộ, cơ quan, đơn vị",
    };
    let announcement = match &author {
        Author::Leader(leader) => format!("{} thông báo ý kiến kết luận của {leader}", office(&issuer)),
        Author::Body(_) if meeting.kind == MeetingKind::StandingCommittee => {
            format!("Ban Thường vụ {issuer} thông báo")
        }
        Author::Body(_) => format!("{} thông báo", upper_first(&issuer)),
    };
    body.push(Block::text(format!("{announcement} để {audience} biết, thực hiện./.")));
    ("THÔNG BÁO", summary, body, super::official_closing(meeting, directory))
}

/// Whose conclusions the notice states.
enum Author {
    /// The body that met: "Ban Thường vụ Đảng ủy phường …", "Ban Chấp hành
    /// Đảng bộ phường …", "Chi bộ …" (the signature is T/M that body).
    Body(String),
    /// The leader who concluded, by office: "đồng chí Bí thư Đảng ủy" — when
    /// the office signs by order (T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG).
    Leader(String),
}

impl Author {
    fn of(meeting: &Meeting, directory: &Directory, issuer: &str) -> Author {
        let concluder = meeting.conclusions.concluded_by.or(meeting.chair_ids.first().copied());
        if let (true, Some(id)) = (signed_by_order(meeting), concluder) {
            return Author::Leader(format!("đồng chí {}", leading_position(directory, id)));
        }
        let committee = committee(issuer);
        Author::Body(match meeting.kind {
            MeetingKind::StandingCommittee => format!("Ban Thường vụ {issuer}"),
            MeetingKind::CommitteeConference => committee,
            // Whoever the opening says held the meeting concludes it: "Ban
            // Chấp hành … tiến hành hội nghị mở rộng …" or "Đảng ủy phường …
            // tổ chức hội nghị …".
            _ if held(meeting, MeetingWords::of(meeting.kind)).starts_with(&committee) => committee,
            _ => upper_first(issuer),
        })
    }

    fn name(&self) -> &str {
        match self {
            Author::Body(name) | Author::Leader(name) => name,
        }
    }
}

/// "T/L BAN THƯỜNG VỤ" (thừa lệnh) on the first authority line: the office
/// issues the notice of a leader's conclusions.
fn signed_by_order(meeting: &Meeting) -> bool {
    meeting.signer.as_ref().and_then(|s| s.authority.lines().map(str::trim).find(|l| !l.is_empty())).is_some_and(|l| {
        let l = l.to_uppercase();
        l.starts_with("T/L") || l.starts_with("TL.")
    })
}

/// The first (Party) position of a person, "Bí thư Đảng ủy" of "Bí thư Đảng
/// ủy, Chủ tịch Hội đồng nhân dân phường"; the name when none is known.
fn leading_position(directory: &Directory, id: PersonId) -> String {
    match directory.get(id).and_then(|p| p.position.split(',').map(str::trim).find(|s| !s.is_empty())) {
        Some(position) => position.to_string(),
        None => directory.name(id),
    }
}

/// "Văn phòng Đảng ủy" of "Đảng ủy phường Hòa Bình": the office that issues
/// by order.
fn office(issuer: &str) -> String {
    let words: Vec<&str> = issuer.split_whitespace().collect();
    match words.as_slice() {
        [first, "ủy", ..] => format!("Văn phòng {first} ủy"),
        _ => format!("Văn phòng {issuer}"),
    }
}

/// "Ngày 27/02/2018, Ban Chấp hành Đảng bộ phường … tiến hành hội nghị …
/// tại … . Đồng chí …, chức vụ chủ trì hội nghị. Dự và chỉ đạo hội nghị có
/// đồng chí …" — an online conference is held "từ điểm cầu chính tại … tới
/// 03 điểm cầu".
fn opening(meeting: &Meeting, directory: &Directory, words: MeetingWords, named: &mut Vec<PersonId>) -> String {
    let mut text = format!("Ngày {}, {}", short_date(meeting.date), held(meeting, words));
    let place = meeting.place.trim();
    let sites = u32::try_from(meeting.online_sites.len()).unwrap_or(u32::MAX);
    match (place.is_empty(), sites) {
        (true, 0) => {}
        (false, 0) => text.push_str(&format!(" tại {place}")),
        (true, n) => text.push_str(&format!(" tại {} điểm cầu", count(n))),
        (false, n) => text.push_str(&format!(" từ điểm cầu chính tại {place} tới {} điểm cầu", count(n))),
    }
    text.push('.');
    if let Some(first) = meeting.chair_ids.first() {
        text.push_str(&format!(" Đồng chí {} chủ trì {}.", directory.name_and_position(*first), words.noun()));
        named.push(*first);
    }
    // Introduced as the minutes introduce them, whether or not they spoke:
    // the direction they gave is cited below only when they did.
    let leaders = superior_leaders_present(meeting, directory);
    if !leaders.is_empty() {
        named.extend(leaders.iter().map(|(id, _)| *id));
        let names: Vec<String> = leaders.into_iter().map(|(_, l)| l).collect();
        text.push_str(&format!(" {} có {}.", attended_and_directed(meeting.kind), join_and(&names)));
    }
    text
}

fn spoke(meeting: &Meeting, id: PersonId) -> bool {
    meeting.speeches.iter().any(|s| s.speaker_id == Some(id) && !s.text.trim().is_empty())
}

/// "đồng chí X, chức vụ" at the first mention, "đồng chí X" after.
fn comrade(directory: &Directory, id: PersonId, named: &mut Vec<PersonId>) -> String {
    if named.contains(&id) {
        format!("đồng chí {}", directory.speaker(id))
    } else {
        named.push(id);
        format!("đồng chí {}", directory.name_and_position(id))
    }
}

/// What one presenter (or, with none named, the meeting) heard: the cited
/// documents of their items, else the items' titles.
struct Heard {
    presenter: Option<PersonId>,
    what: Vec<String>,
}

/// Who presented what, in agenda order, one entry per presenter; items
/// without a presenter run together. Procedural items (votes, discussion,
/// elections) are not something heard unless a document was cited.
fn presentations(meeting: &Meeting) -> Vec<Heard> {
    let mut heard: Vec<Heard> = Vec::new();
    for item in &meeting.agenda {
        let cited: Vec<String> = item
            .documents
            .iter()
            .map(|d| d.trim().trim_end_matches(['.', ';', ',']).trim_end())
            .filter(|d| !d.is_empty())
            .map(|d| if d.starts_with("Dự thảo") { lower_first(d) } else { d.to_string() })
            .collect();
        let what = if cited.is_empty() {
            let title = lower_first(item.title.trim().trim_end_matches(['.', ';']));
            if title.is_empty() || PROCEDURAL.iter().any(|p| title.starts_with(p)) { Vec::new() } else { vec![title] }
        } else {
            cited
        };
        if what.is_empty() {
            continue;
        }
        match heard.iter_mut().find(|h| h.presenter.is_some() && h.presenter == item.presenter_id) {
            Some(h) => h.what.extend(what),
            None => match heard.last_mut() {
                Some(last) if last.presenter.is_none() && item.presenter_id.is_none() => last.what.extend(what),
                _ => heard.push(Heard { presenter: item.presenter_id, what }),
            },
        }
    }
    heard
}

/// "Sau khi nghe đồng chí A, chức vụ trình bày X; đồng chí B trình bày Y; ý
/// kiến thảo luận của các đại biểu dự hội nghị và ý kiến phát biểu chỉ đạo
/// của đồng chí C, <author> kết luận như sau:" — only what was heard (never
/// votes or discussion as things heard), the discussion only when someone
/// other than the chair, the presenters and the superior leaders spoke.
fn heard(meeting: &Meeting, directory: &Directory, author: &str, named: &mut Vec<PersonId>) -> String {
    let presentations = presentations(meeting);
    let clauses: Vec<String> = presentations
        .iter()
        .map(|h| match h.presenter {
            Some(id) => format!("{} trình bày {}", comrade(directory, id, named), join_and(&h.what)),
            None => join_and(&h.what),
        })
        .collect();
    let presenters: Vec<PersonId> = presentations.iter().filter_map(|h| h.presenter).collect();
    let leaders: Vec<PersonId> = meeting
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::SuperiorLeader && spoke(meeting, a.person_id))
        .map(|a| a.person_id)
        .collect();
    let mut speakers: Vec<PersonId> = Vec::new();
    for speech in meeting.speeches.iter().filter(|s| !s.text.trim().is_empty()) {
        let Some(id) = speech.speaker_id else { continue };
        let quiet = meeting.chair_ids.contains(&id)
            || Some(id) == meeting.conclusions.concluded_by
            || leaders.contains(&id)
            || presenters.contains(&id);
        if !quiet && !speakers.contains(&id) {
            speakers.push(id);
        }
    }
    let discussion = match speakers.as_slice() {
        [] => None,
        [one] => Some(format!("ý kiến tham gia của {}", comrade(directory, *one, named))),
        _ if meeting.kind == MeetingKind::CellRegular => {
            Some("ý kiến thảo luận của các đồng chí đảng viên".to_string())
        }
        _ if meeting.kind == MeetingKind::StandingCommittee => {
            Some("ý kiến thảo luận của các đồng chí Ủy viên Ban Thường vụ".to_string())
        }
        _ => Some(format!("ý kiến thảo luận của các đại biểu dự {}", MeetingWords::of(meeting.kind).noun())),
    };
    let direction: Vec<String> = leaders.iter().map(|id| comrade(directory, *id, named)).collect();
    let direction = (!direction.is_empty()).then(|| format!("ý kiến phát biểu chỉ đạo của {}", join_and(&direction)));
    let discussion = match (discussion, direction) {
        (Some(d), Some(c)) => Some(format!("{d} và {c}")),
        (d, c) => d.or(c),
    };
    match (clauses.is_empty(), discussion) {
        (false, Some(d)) => format!("Sau khi nghe {}; {d}, {author} kết luận như sau:", clauses.join("; ")),
        (false, None) => format!("Sau khi nghe {}, {author} thống nhất kết luận như sau:", clauses.join("; ")),
        (true, Some(_)) => format!("Sau khi thảo luận, {author} kết luận như sau:"),
        (true, None) => format!("{} thống nhất kết luận như sau:", upper_first(author)),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::format_profile::FormatProfile;
    use crate::model::*;

    use super::super::prepare;

    fn person(id: i64, name: &str, position: &str) -> Person {
        Person {
            id,
            full_name: name.into(),
            position: position.into(),
            unit: String::new(),
            member_kind: MemberKind::Official,
        }
    }

    fn people() -> Vec<Person> {
        vec![
            person(1, "Trần Minh Đức", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường"),
            person(2, "Phạm Thị Hồng Vân", "Phó Bí thư Thường trực Đảng ủy"),
            person(3, "Đỗ Văn Khải", "Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng"),
            person(4, "Vũ Thị Mai", "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
            person(5, "Hà Thị Thanh", "Chánh Văn phòng Đảng ủy"),
        ]
    }

    fn item(title: &str, presenter: Option<i64>, documents: &[&str]) -> AgendaItem {
        AgendaItem {
            title: title.into(),
            presenter_id: presenter,
            documents: documents.iter().map(|d| d.to_string()).collect(),
        }
    }

    fn speech(id: i64, item: u32, text: &str) -> Speech {
        Speech { speaker_id: Some(id), text: text.into(), agenda_item: Some(item), ..Speech::default() }
    }

    fn meeting() -> Meeting {
        Meeting {
            kind: MeetingKind::CommitteeConference,
            title: "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (khóa I)".into(),
            issuer: IssuerSnapshot {
                superior_body: vec!["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG".into()],
                issuing_body: "ĐẢNG ỦY PHƯỜNG HÒA BÌNH".into(),
                issuing_body_name: "Đảng ủy phường Hòa Bình".into(),
                issuer_code: "ĐU".into(),
                place_name: "Hòa Bình".into(),
                ..IssuerSnapshot::default()
            },
            date: NaiveDate::from_ymd_opt(2026, 3, 27).unwrap_or_default(),
            place: "Hội trường Đảng ủy phường Hòa Bình".into(),
            chair_ids: vec![1],
            members_convened: 15,
            agenda: vec![
                item(
                    "Báo cáo quý I",
                    Some(2),
                    &["Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy", "Dự thảo Nghị quyết."],
                ),
                item("Bầu bổ sung Ủy viên Ủy ban Kiểm tra", Some(3), &["Tờ trình số 12-TTr/ĐU, ngày 20/3/2026"]),
                item("Thảo luận, biểu quyết", None, &[]),
            ],
            attendance: (1..=4).map(|id| Attendance { person_id: id, ..Attendance::default() }).collect(),
            speeches: vec![speech(2, 0, "Tiếp thu, giải trình.")],
            conclusions: Conclusions { concluded_by: Some(1), ..Conclusions::default() },
            signer: Some(Signer {
                name: "Trần Minh Đức".into(),
                position: "Bí thư".into(),
                authority: "T/M Đảng ủy".into(),
            }),
            ..Meeting::default()
        }
    }

    fn body(m: &Meeting) -> Vec<String> {
        prepare(DocumentKind::Notice, m, &people(), 1, &FormatProfile::hd36_2018())
            .body
            .iter()
            .map(|b| b.plain_text())
            .collect()
    }

    #[test]
    fn each_presenter_is_heard_with_the_documents_and_no_discussion_is_claimed() {
        assert_eq!(
            body(&meeting())[1],
            "Sau khi nghe đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy trình bày Báo cáo số 31-BC/ĐU, \
             ngày 20/3/2026 của Ban Thường vụ Đảng ủy và dự thảo Nghị quyết; đồng chí Đỗ Văn Khải, Ủy viên Ban \
             Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng trình bày Tờ trình số 12-TTr/ĐU, ngày 20/3/2026, Ban Chấp \
             hành Đảng bộ phường Hòa Bình thống nhất kết luận như sau:"
        );
    }

    #[test]
    fn one_speaker_is_named_and_a_presenter_named_before_keeps_only_the_name() {
        let mut m = meeting();
        m.speeches.push(speech(4, 0, "Đề nghị bổ sung chỉ tiêu."));
        m.agenda[1].presenter_id = Some(2);
        assert_eq!(
            body(&m)[1],
            "Sau khi nghe đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy trình bày Báo cáo số 31-BC/ĐU, \
             ngày 20/3/2026 của Ban Thường vụ Đảng ủy, dự thảo Nghị quyết và Tờ trình số 12-TTr/ĐU, ngày 20/3/2026; ý \
             kiến tham gia của đồng chí Vũ Thị Mai, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc \
             Việt Nam phường, Ban Chấp hành Đảng bộ phường Hòa Bình kết luận như sau:"
        );
        // The chair, named in the opening, is not given the position again.
        m.agenda[0].presenter_id = Some(1);
        assert!(
            body(&m)[1].starts_with("Sau khi nghe đồng chí Trần Minh Đức trình bày Báo cáo số 31-BC/ĐU"),
            "{}",
            body(&m)[1]
        );
    }

    #[test]
    fn an_online_conference_is_held_from_the_main_site() {
        let mut m = meeting();
        m.kind = MeetingKind::Online;
        m.title = "Hội nghị trực tuyến quán triệt Nghị quyết".into();
        m.online_sites = vec![OnlineSite { name: "Nhà văn hóa Tổ dân phố số 1".into(), participants: 25 }; 3];
        assert_eq!(
            body(&m)[0],
            "Ngày 27/3/2026, Đảng ủy phường Hòa Bình tổ chức hội nghị trực tuyến quán triệt Nghị quyết từ điểm cầu \
             chính tại Hội trường Đảng ủy phường Hòa Bình tới 03 điểm cầu. Đồng chí Trần Minh Đức, Bí thư Đảng ủy, \
             Chủ tịch Hội đồng nhân dân phường chủ trì hội nghị."
        );
    }

    #[test]
    fn an_office_signing_by_order_announces_the_leaders_conclusions() {
        let mut m = meeting();
        m.kind = MeetingKind::StandingCommittee;
        m.signer = Some(Signer {
            name: "Hà Thị Thanh".into(),
            position: "Chánh Văn phòng".into(),
            authority: "T/L Ban Thường vụ\n  \nk/t Chánh Văn phòng ".into(),
        });
        let doc = prepare(DocumentKind::Notice, &m, &people(), 1, &FormatProfile::hd36_2018());
        let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
        assert_eq!(
            doc.summary,
            "kết luận của đồng chí Bí thư Đảng ủy tại cuộc họp Ban Thường vụ Đảng ủy phường Hòa Bình ngày 27/3/2026"
        );
        assert!(body[1].ends_with(", đồng chí Bí thư Đảng ủy thống nhất kết luận như sau:"), "{}", body[1]);
        assert_eq!(
            body.last().map(String::as_str),
            Some(
                "Văn phòng Đảng ủy thông báo ý kiến kết luận của đồng chí Bí thư Đảng ủy để các chi bộ, cơ quan, đơn \
                 vị biết, thực hiện./."
            )
        );
        assert_eq!(doc.closing.right.authority, "T/L BAN THƯỜNG VỤ\nK/T CHÁNH VĂN PHÒNG");
        assert_eq!(doc.closing.right.position, "CHÁNH VĂN PHÒNG");
    }
}
