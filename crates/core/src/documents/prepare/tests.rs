//! Unit tests of the wording: what each document says, in order.

use chrono::{NaiveDate, NaiveTime};

use crate::format_profile::FormatProfile;
use crate::model::*;

use super::prepare;
use crate::documents::{Block, Span};

fn person(id: i64, name: &str, position: &str, unit: &str) -> Person {
    Person {
        id,
        full_name: name.into(),
        position: position.into(),
        unit: unit.into(),
        member_kind: MemberKind::Official,
    }
}

fn present(id: i64) -> Attendance {
    Attendance {
        person_id: id,
        role: AttendeeRole::Member,
        status: AttendanceStatus::Present,
        reason: String::new(),
        arrival_time: None,
        ..Attendance::default()
    }
}

fn people() -> Vec<Person> {
    vec![
        person(1, "Phan Việt Hưng", "Bí thư Đảng ủy", "Đảng ủy phường"),
        person(2, "Lương Hồng Điệp", "Phó Bí thư Đảng ủy", "UBND phường"),
        person(3, "Nguyễn Văn An", "Đảng ủy viên", "Công an phường"),
        person(4, "Nguyễn Văn An", "Bí thư Chi bộ số 3", "Chi bộ số 3"),
        person(5, "Nguyễn Thế Thạch", "Trưởng ban Tuyên giáo", "Quận ủy Long Biên"),
    ]
}

fn meeting() -> Meeting {
    Meeting {
        id: 1,
        kind: MeetingKind::CommitteeConference,
        title: "Hội nghị triển khai chủ đề năm 2018".into(),
        subject: "Triển khai kế hoạch thực hiện chủ đề năm 2018".into(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ QUẬN LONG BIÊN".into()],
            issuing_body: "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG".into(),
            issuing_body_name: String::new(),
            issuer_code: "ĐU".into(),
            place_name: "Long Biên".into(),
            ..IssuerSnapshot::default()
        },
        date: NaiveDate::from_ymd_opt(2018, 2, 27).unwrap_or_default(),
        start_time: NaiveTime::from_hms_opt(14, 0, 0),
        end_time: NaiveTime::from_hms_opt(16, 30, 0),
        place: "Hội trường Nhà văn hóa phường Đức Giang".into(),
        online_sites: vec![],
        chair_ids: vec![1],
        minute_taker_id: Some(3),
        members_convened: 15,
        agenda: vec![AgendaItem {
            title: "Quán triệt kế hoạch của Quận ủy".into(), ..AgendaItem::default()
        }],
        documents: vec!["Kế hoạch số 159-KH/QU ngày 11/01/2018".into()],
        recording_note: String::new(),
        attendance: vec![
            present(1),
            present(2),
            present(3),
            Attendance { status: AttendanceStatus::Absent, reason: "Đi công tác".into(), ..present(4) },
            Attendance { role: AttendeeRole::Guest, ..present(5) },
        ],
        speeches: vec![
            Speech {
                speaker_id: Some(2),
                time: None,
                text: "Báo cáo kế hoạch.\nĐoạn hai.".into(),
                ..Speech::default()
            },
            Speech {
                speaker_id: Some(3),
                time: NaiveTime::from_hms_opt(15, 5, 0),
                text: "Thống nhất.".into(),
                ..Speech::default()
            },
        ],
        votes: vec![Vote {
            question: "Thông qua kế hoạch".into(),
            method: VoteMethod::ShowOfHands,
            votes_for: 14,
            votes_against: 0,
            votes_other: 1,
            ..Vote::default()
        }],
        conclusions: Conclusions {
            concluded_by: Some(1),
            intro: String::new(),
            items: vec![ConclusionItem {
                text: "Rà soát quy chế làm việc.".into(),
                sub_points: vec!["Chính quyền".into(), "Đoàn thể".into()],
                assignees: vec![Assignee::Body { name: "UBND phường".into() }, Assignee::Person { person_id: 2 }],
                deadline: NaiveDate::from_ymd_opt(2018, 3, 30),
                ..ConclusionItem::default()
            }],
        },
        resolution: ResolutionContent {
            legal_bases: vec!["Căn cứ Điều lệ Đảng".into(), "Căn cứ Quy chế làm việc".into()],
            sections: vec![],
        },
        signer: Some(Signer {
            name: "Phan Việt Hưng".into(),
            position: "Bí thư".into(),
            authority: "T/M Đảng ủy".into(),
        }),
        recipients: vec!["Quận ủy Long Biên".into(), "Lưu Văn phòng Đảng ủy".into()],
        copies: 2,
        ..Meeting::default()
    }
}

fn texts(kind: DocumentKind) -> Vec<String> {
    let doc = prepare(kind, &meeting(), &people(), 5, &FormatProfile::hd36_2018());
    doc.body.iter().map(|b| b.plain_text()).collect()
}

#[test]
fn header_comes_from_the_issuer_snapshot() {
    let doc = prepare(DocumentKind::Notice, &meeting(), &people(), 5, &FormatProfile::hd36_2018());
    assert_eq!(doc.header.superior_body, vec!["ĐẢNG BỘ QUẬN LONG BIÊN"]);
    assert_eq!(doc.header.issuing_body, "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG");
    assert_eq!(doc.header.number, "Số 05-TB/ĐU");
    assert_eq!(doc.header.place_date, "Long Biên, ngày 27 tháng 02 năm 2018");
    assert_eq!(doc.title, "THÔNG BÁO");
    assert_eq!(doc.summary, "kết luận hội nghị triển khai chủ đề năm 2018");
}

#[test]
fn minutes_open_with_start_time_and_name_absentees_with_reasons() {
    let body = texts(DocumentKind::Minutes);
    assert!(body[0].starts_with("Vào hồi 14 giờ 00 phút, ngày 27 tháng 02 năm 2018, tại Hội trường"), "{}", body[0]);
    assert!(
        body[0].ends_with("Ban Chấp hành Đảng bộ phường Đức Giang tiến hành hội nghị triển khai chủ đề năm 2018."),
        "{}",
        body[0]
    );
    let joined = body.join("\n");
    assert!(joined.contains("Vắng mặt: 01 đồng chí:"));
    assert!(joined.contains("(lý do: đi công tác)"));
    assert!(
        joined.contains("Đại biểu mời dự:\n- Đồng chí Nguyễn Thế Thạch, Trưởng ban Tuyên giáo, Quận ủy Long Biên.")
    );
    assert!(joined.contains(
        "- Hội nghị biểu quyết bằng hình thức giơ tay thông qua kế hoạch. Kết quả: tán thành 14/15 đồng chí (đạt 93,3%), không tán thành 0, ý kiến khác 1."
    ));
    assert!(joined.contains("Hội nghị kết thúc vào hồi 16 giờ 30 phút cùng ngày."));
    assert!(joined.ends_with("Biên bản được lập thành 02 bản./."));
    assert!(!joined.contains("Ghi âm"), "an empty recording line is left out");
}

#[test]
fn speakers_sharing_a_name_are_told_apart_and_speeches_stay_in_order() {
    let doc = prepare(DocumentKind::Minutes, &meeting(), &people(), 1, &FormatProfile::hd36_2018());
    let speeches: Vec<&Block> =
        doc.body.iter().filter(|b| b.spans.get(1).is_some_and(|s| s.bold && s.text.starts_with("Đồng chí "))).collect();
    assert_eq!(speeches.len(), 2);
    // Position at first mention; the two Nguyễn Văn An told apart by position and unit.
    assert_eq!(speeches[0].plain_text(), "- Đồng chí Lương Hồng Điệp, Phó Bí thư Đảng ủy báo cáo kế hoạch.\nĐoạn hai.");
    assert_eq!(speeches[1].plain_text(), "- Đồng chí Nguyễn Văn An, Đảng ủy viên, Công an phường thống nhất.");
}

#[test]
fn a_speech_without_a_speaker_keeps_its_text_and_place_without_a_name() {
    let mut m = meeting();
    m.speeches.insert(
        1,
        Speech {
            speaker_id: None,
            time: NaiveTime::from_hms_opt(14, 50, 0),
            text: "Đề nghị làm rõ kinh phí.".into(),
            ..Speech::default()
        },
    );
    m.speeches.push(Speech { speaker_id: None, time: None, text: "  ".into(), ..Speech::default() });
    let doc = prepare(DocumentKind::Minutes, &m, &people(), 1, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    let first = body.iter().position(|t| t.contains("báo cáo kế hoạch.")).unwrap_or(usize::MAX);
    let unnamed = body.iter().position(|t| t.contains("Đề nghị làm rõ kinh phí.")).unwrap_or(usize::MAX);
    let third = body.iter().position(|t| t.contains("thống nhất.")).unwrap_or(usize::MAX);
    assert!(first < unnamed && unnamed < third, "speeches out of order: {body:?}");
    assert_eq!(body[unnamed], "- Ý kiến: Đề nghị làm rõ kinh phí.");
    assert!(doc.body[unnamed].spans.iter().all(|s| !s.bold), "no bold name for an unknown speaker");
    // The empty speakerless speech leaves no line behind.
    assert!(!body.iter().any(|t| t.starts_with("Ý kiến") && t.trim_end().ends_with(':')), "{body:?}");
}

#[test]
fn minutes_are_signed_by_the_minute_taker_and_the_chair() {
    let doc = prepare(DocumentKind::Minutes, &meeting(), &people(), 1, &FormatProfile::hd36_2018());
    let left = doc.closing.left.as_ref().map(|b| (b.position.as_str(), b.name.as_str()));
    assert_eq!(left, Some(("THƯ KÝ", "Nguyễn Văn An")));
    assert_eq!(
        (doc.closing.right.position.as_str(), doc.closing.right.name.as_str()),
        ("CHỦ TRÌ HỘI NGHỊ", "Phan Việt Hưng")
    );
    assert!(doc.closing.recipients.is_empty());
}

#[test]
fn notice_numbers_conclusions_with_sub_points_assignees_and_deadline() {
    let body = texts(DocumentKind::Notice);
    assert_eq!(
        body[0],
        "Ngày 27/02/2018, Ban Chấp hành Đảng bộ phường Đức Giang tiến hành hội nghị triển khai chủ đề năm 2018 \
         tại Hội trường Nhà văn hóa phường Đức Giang. Đồng chí Phan Việt Hưng, Bí thư Đảng ủy chủ trì hội nghị."
    );
    // Heard: the agenda item; discussion: Điệp and An spoke besides the chair.
    assert_eq!(
        body[1],
        "Sau khi nghe quán triệt kế hoạch của Quận ủy; ý kiến thảo luận của các đại biểu dự hội nghị, \
         Ban Chấp hành Đảng bộ phường Đức Giang kết luận như sau:"
    );
    let at = body.iter().position(|t| t.starts_with("1. ")).unwrap_or(usize::MAX);
    assert_eq!(
        body[at],
        "1. UBND phường chủ trì, phối hợp với đồng chí Lương Hồng Điệp rà soát quy chế làm việc, hoàn thành trước ngày 30/3/2018:"
    );
    assert_eq!(body.get(at + 1).map(String::as_str), Some("a) Chính quyền;"));
    assert_eq!(body.get(at + 2).map(String::as_str), Some("b) Đoàn thể."));
    assert_eq!(
        body.last().map(String::as_str),
        Some("Đảng ủy phường Đức Giang thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện./.")
    );
}

#[test]
fn notice_and_resolution_carry_signer_and_recipients() {
    for kind in [DocumentKind::Notice, DocumentKind::Resolution] {
        let doc = prepare(kind, &meeting(), &people(), 7, &FormatProfile::hd36_2018());
        assert_eq!(doc.closing.right.authority, "T/M ĐẢNG ỦY");
        assert_eq!(doc.closing.right.position, "BÍ THƯ");
        assert_eq!(doc.closing.right.name, "Phan Việt Hưng");
        assert_eq!(doc.closing.recipients, vec!["- Quận ủy Long Biên,", "- Lưu Văn phòng Đảng ủy."]);
    }
}

#[test]
fn resolution_lists_legal_bases_then_decides() {
    let body = texts(DocumentKind::Resolution);
    assert_eq!(body[0], "- Căn cứ Điều lệ Đảng;");
    assert_eq!(body[1], "- Căn cứ Quy chế làm việc,");
    assert_eq!(body[2], "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG QUYẾT NGHỊ:");
    assert!(body[3].starts_with("1. UBND phường chủ trì"), "{}", body[3]);

    let mut m = meeting();
    m.resolution.sections = vec![
        ResolutionSection { title: "Đánh giá".into(), items: vec![] },
        ResolutionSection { title: "Nhiệm vụ".into(), items: m.conclusions.items.clone() },
    ];
    let doc = prepare(DocumentKind::Resolution, &m, &people(), 7, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    // "Đánh giá" has nothing under it: left out, and "Nhiệm vụ" becomes I-.
    assert!(!body.iter().any(|t| t.contains("ĐÁNH GIÁ")), "{body:?}");
    assert!(body.contains(&"I- NHIỆM VỤ".to_string()), "{body:?}");
    assert!(body.last().is_some_and(|t| t.ends_with("./.")), "{body:?}");
}

#[test]
fn a_speech_with_a_speaker_but_no_text_is_never_printed_and_no_speeches_means_no_heading() {
    let mut m = meeting();
    let speaker = m.speeches[0].speaker_id;
    m.speeches.push(Speech {
        speaker_id: speaker,
        time: NaiveTime::from_hms_opt(20, 14, 0),
        text: " \n ".into(),
        ..Speech::default()
    });
    let doc = prepare(DocumentKind::Minutes, &m, &people(), 1, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    assert!(!body.iter().any(|t| t.contains("(20 giờ 14)")), "{body:?}");

    for s in &mut m.speeches {
        s.text = String::new();
    }
    let doc = prepare(DocumentKind::Minutes, &m, &people(), 1, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    assert!(!body.iter().any(|t| t.contains("Diễn biến")), "{body:?}");
}

fn body_of(kind: DocumentKind, m: &Meeting) -> Vec<String> {
    prepare(kind, m, &people(), 1, &FormatProfile::hd36_2018()).body.iter().map(|b| b.plain_text()).collect()
}

#[test]
fn without_speeches_the_notice_claims_no_discussion() {
    let mut m = meeting();
    m.speeches.clear();
    m.agenda.push(AgendaItem { title: "Biểu quyết thông qua kế hoạch".into(), ..AgendaItem::default() });
    let body = body_of(DocumentKind::Notice, &m);
    assert_eq!(
        body[1],
        "Sau khi nghe quán triệt kế hoạch của Quận ủy, Ban Chấp hành Đảng bộ phường Đức Giang thống nhất kết luận như sau:"
    );
    assert!(!body.join("\n").contains("thảo luận"));
}

#[test]
fn two_people_of_one_name_are_told_apart_in_assignments_too() {
    let mut m = meeting();
    m.attendance[3].status = AttendanceStatus::Present;
    m.conclusions.items[0].assignees = vec![Assignee::Person { person_id: 4 }];
    let body = body_of(DocumentKind::Notice, &m);
    assert!(
        body.iter().any(|t| t.starts_with("1. Giao đồng chí Nguyễn Văn An, Bí thư Chi bộ số 3 rà soát")),
        "{body:?}"
    );
}

#[test]
fn a_superior_leader_attends_and_directs_apart_from_guests() {
    let mut m = meeting();
    m.attendance[4].role = AttendeeRole::SuperiorLeader;
    let minutes = body_of(DocumentKind::Minutes, &m);
    assert!(minutes.contains(
        &"Dự và chỉ đạo hội nghị có đồng chí Nguyễn Thế Thạch, Trưởng ban Tuyên giáo, Quận ủy Long Biên.".to_string()
    ));
    assert!(!minutes.iter().any(|t| t.starts_with("Đại biểu mời dự")), "no longer a guest");
    // Silent: introduced as in the minutes, and no direction is cited.
    let notice = body_of(DocumentKind::Notice, &m);
    assert!(
        notice[0].ends_with(
            "Dự và chỉ đạo hội nghị có đồng chí Nguyễn Thế Thạch, Trưởng ban Tuyên giáo, Quận ủy Long Biên."
        ),
        "{}",
        notice[0]
    );
    assert!(!notice[1].contains("chỉ đạo"));
    m.speeches.push(Speech {
        speaker_id: Some(5),
        time: None,
        text: "Ghi nhận sự chuẩn bị.".into(),
        ..Speech::default()
    });
    let notice = body_of(DocumentKind::Notice, &m);
    assert!(notice[0].contains("Dự và chỉ đạo hội nghị có đồng chí Nguyễn Thế Thạch"));
    assert!(
        notice[1].contains("và ý kiến phát biểu chỉ đạo của đồng chí Nguyễn Thế Thạch, Ban Chấp hành"),
        "{}",
        notice[1]
    );
}

#[test]
fn a_chi_bo_meets_in_sinh_hoat_and_counts_only_official_members() {
    let mut m = meeting();
    m.kind = MeetingKind::CellRegular;
    m.title = "Sinh hoạt chi bộ thường kỳ tháng 3 năm 2018".into();
    m.issuer.issuing_body = "CHI BỘ TỔ DÂN PHỐ SỐ 3".into();
    m.members_convened = 5;
    let mut people = people();
    people[1].member_kind = MemberKind::Probationary;
    m.votes[0].votes_for = 2;
    m.votes[0].votes_other = 0;
    let doc = prepare(DocumentKind::Minutes, &m, &people, 1, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    assert!(body[0].ends_with("Chi bộ Tổ dân phố số 3 tiến hành sinh hoạt thường kỳ tháng 3 năm 2018."), "{}", body[0]);
    assert!(body.contains(&"Chủ trì: đồng chí Phan Việt Hưng, Bí thư Đảng ủy.".to_string()));
    assert!(body.contains(&"Tổng số đảng viên: 05 đồng chí (chính thức 04, dự bị 01).".to_string()), "{body:?}");
    assert!(
        body.iter().any(|t| t.contains("Kết quả: tán thành 2/4 đồng chí đảng viên chính thức (đạt 50%)")),
        "{body:?}"
    );
    assert!(!body.join("\n").contains("hội nghị"), "{body:?}");
    assert_eq!(doc.closing.right.position, "CHỦ TRÌ");
}

#[test]
fn a_standing_committee_speaks_as_itself_and_names_whose_resolution() {
    let mut m = meeting();
    m.kind = MeetingKind::StandingCommittee;
    m.conclusions.items[0].assignees = vec![Assignee::Body { name: "Ban Thường vụ Đảng ủy".into() }];
    let notice = prepare(DocumentKind::Notice, &m, &people(), 1, &FormatProfile::hd36_2018());
    let body: Vec<String> = notice.body.iter().map(|b| b.plain_text()).collect();
    assert_eq!(notice.summary, "kết luận của Ban Thường vụ Đảng ủy phường Đức Giang tại cuộc họp ngày 27/02/2018");
    assert!(body[0].starts_with("Ngày 27/02/2018, Ban Thường vụ Đảng ủy phường Đức Giang họp tại"), "{}", body[0]);
    assert!(body[1].ends_with(", Ban Thường vụ Đảng ủy phường Đức Giang kết luận như sau:"), "{}", body[1]);
    assert!(body.iter().any(|t| t.starts_with("1. Ban Thường vụ Đảng ủy rà soát")), "never assigns itself: {body:?}");
    assert_eq!(
        body.last().map(String::as_str),
        Some("Ban Thường vụ Đảng ủy phường Đức Giang thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện./.")
    );
    let resolution = body_of(DocumentKind::Resolution, &m);
    assert!(resolution.contains(&"BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG ĐỨC GIANG QUYẾT NGHỊ:".to_string()));
}

/// Specimen A's conference as record v2: two agenda items that own their
/// presenter, documents, speeches and votes; a secret-ballot election; a
/// reserved opinion; a member who left before item 2; a delegate; the
/// read-back line.
fn hoa_binh() -> (Meeting, Vec<Person>) {
    let people = vec![
        person(1, "Trần Minh Đức", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường", ""),
        person(2, "Đinh Thị Thảo", "chuyên viên Văn phòng Đảng ủy", ""),
        person(3, "Phạm Thị Hồng Vân", "Phó Bí thư Thường trực Đảng ủy", ""),
        person(4, "Lê Quang Hưng", "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường", ""),
        person(5, "Lưu Minh Quân", "Ủy viên Ban Chấp hành Đảng bộ phường, Bí thư Chi bộ Tổ dân phố số 4", ""),
        person(6, "Đỗ Văn Khải", "Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng", ""),
        person(7, "Ngô Thị Lan", "Ủy viên Ban Chấp hành Đảng bộ phường, Phó Chủ tịch Ủy ban nhân dân phường", ""),
        person(8, "Lương Thị Thanh Hà", "chuyên viên Ủy ban Kiểm tra Đảng ủy", ""),
        person(9, "Mạc Văn Toàn", "Bí thư Chi bộ Tổ dân phố số 1", ""),
    ];
    let mut attendance: Vec<Attendance> = (1..=7).map(present).collect();
    attendance[6].departure = Some(Departure {
        time: NaiveTime::from_hms_opt(16, 0, 0),
        reason: "Dự họp tại Ủy ban nhân dân thành phố".into(),
        before_item: Some(1),
    });
    attendance.push(Attendance {
        category: "Bí thư các chi bộ trực thuộc".into(),
        role: AttendeeRole::Delegate,
        ..present(9)
    });
    attendance.push(Attendance { role: AttendeeRole::Guest, category: "dự nội dung 2".into(), ..present(8) });
    let meeting = Meeting {
        kind: MeetingKind::CommitteeConference,
        title: "Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (khóa I)".into(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG".into()],
            superior_body_name: vec!["Đảng bộ thành phố Hải Phòng".into()],
            issuing_body_name: "Đảng ủy phường Hòa Bình".into(),
            issuing_body: "ĐẢNG ỦY PHƯỜNG HÒA BÌNH".into(),
            issuer_code: "ĐU".into(),
            place_name: "Hòa Bình".into(),
        },
        date: NaiveDate::from_ymd_opt(2026, 3, 27).unwrap_or_default(),
        start_time: NaiveTime::from_hms_opt(14, 0, 0),
        end_time: NaiveTime::from_hms_opt(17, 10, 0),
        place: "Hội trường Đảng ủy phường Hòa Bình".into(),
        chair_ids: vec![1],
        minute_taker_id: Some(2),
        members_convened: 7,
        agenda: vec![
            AgendaItem {
                title: "Đánh giá kết quả quý I, nhiệm vụ trọng tâm quý II năm 2026".into(),
                presenter_id: Some(3),
                documents: vec![
                    "Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy".into(),
                    "Dự thảo Nghị quyết về nhiệm vụ trọng tâm quý II năm 2026".into(),
                ],
            },
            AgendaItem {
                title: "Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy phường".into(),
                presenter_id: Some(6),
                documents: vec!["Tờ trình số 12-TTr/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy".into()],
            },
        ],
        attendance,
        speeches: vec![
            Speech {
                speaker_id: Some(1),
                text: "Khai mạc, giới thiệu đại biểu, chương trình.".into(),
                ..Speech::default()
            },
            Speech {
                speaker_id: Some(4),
                text: "Nhất trí với Báo cáo; đề nghị đưa việc chỉnh trang vỉa hè vào nhiệm vụ quý II.".into(),
                agenda_item: Some(0),
                ..Speech::default()
            },
            Speech {
                speaker_id: Some(5),
                text: "Cho rằng chỉ tiêu 60% là cao; đề nghị 40%.".into(),
                agenda_item: Some(0),
                ..Speech::default()
            },
        ],
        votes: vec![
            Vote {
                question: "Thông qua Báo cáo và dự thảo Nghị quyết".into(),
                votes_for: 6,
                votes_other: 1,
                agenda_item: Some(0),
                reserved_opinions: vec![ReservedOpinion { person_id: 5, text: "về chỉ tiêu 40%".into() }],
                ..Vote::default()
            },
            Vote {
                question: "Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy phường khóa I, nhiệm kỳ 2025 - 2030".into(),
                method: VoteMethod::Election,
                agenda_item: Some(1),
                ballots: Some(BallotCount { issued: 6, returned: 6, valid: 6, invalid: 0 }),
                candidates: vec![CandidateResult { person_id: 8, votes: 5, elected: true }],
                ..Vote::default()
            },
            Vote {
                question: "Thông qua danh sách Ban Kiểm phiếu".into(),
                method: VoteMethod::Ballot,
                votes_for: 5,
                votes_against: 1,
                ballots: Some(BallotCount { issued: 6, returned: 6, valid: 6, invalid: 0 }),
                ..Vote::default()
            },
        ],
        read_back: true,
        copies: 2,
        ..Meeting::default()
    };
    (meeting, people)
}

#[test]
fn agenda_items_that_own_their_content_are_told_item_by_item() {
    let (m, people) = hoa_binh();
    let doc = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018());
    let body: Vec<String> = doc.body.iter().map(|b| b.plain_text()).collect();
    let from = body.iter().position(|t| t == "2. Diễn biến hội nghị:").unwrap_or(usize::MAX);
    let expected = [
        "2. Diễn biến hội nghị:",
        "- Đồng chí Trần Minh Đức khai mạc, giới thiệu đại biểu, chương trình.",
        "Nội dung 1: Đánh giá kết quả quý I, nhiệm vụ trọng tâm quý II năm 2026.",
        "- Đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy trình bày Báo cáo số 31-BC/ĐU, ngày \
         20/3/2026 của Ban Thường vụ Đảng ủy và dự thảo Nghị quyết về nhiệm vụ trọng tâm quý II năm 2026 (có báo \
         cáo và dự thảo kèm theo).",
        "- Đồng chí Lê Quang Hưng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường nhất trí với Báo cáo; đề \
         nghị đưa việc chỉnh trang vỉa hè vào nhiệm vụ quý II.",
        "- Đồng chí Lưu Minh Quân, Ủy viên Ban Chấp hành Đảng bộ phường, Bí thư Chi bộ Tổ dân phố số 4 cho rằng \
         chỉ tiêu 60% là cao; đề nghị 40%.",
        "- Hội nghị biểu quyết bằng hình thức giơ tay thông qua Báo cáo và dự thảo Nghị quyết. Kết quả: tán thành \
         6/7 đồng chí (đạt 85,7%), không tán thành 0, ý kiến khác 1.",
        "- Ý kiến bảo lưu: đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%; đồng chí chấp hành kết luận của \
         hội nghị.",
        "Nội dung 2: Bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy phường.",
        "- Đồng chí Đỗ Văn Khải, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng trình bày Tờ trình số \
         12-TTr/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy (có tờ trình kèm theo).",
        "- Hội nghị bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy phường khóa I, nhiệm kỳ 2025 - 2030 bằng hình \
         thức bỏ phiếu kín (có mặt 6/7 đồng chí). Kết quả kiểm phiếu: số phiếu phát ra 6, thu về 6, hợp lệ 6, \
         không hợp lệ 0.",
        "- Đồng chí Lương Thị Thanh Hà, chuyên viên Ủy ban Kiểm tra Đảng ủy được 5/7 phiếu (đạt 71,4%), trúng cử.",
        "3. Biểu quyết:",
        "- Hội nghị biểu quyết bằng hình thức bỏ phiếu kín thông qua danh sách Ban Kiểm phiếu. Kết quả kiểm phiếu: \
         số phiếu phát ra 6, thu về 6, hợp lệ 6, không hợp lệ 0. Kết quả: tán thành 5/7 đồng chí (đạt 71,4%), \
         không tán thành 1, ý kiến khác 0.",
        "Biên bản đã được đọc lại trước hội nghị; các đồng chí dự hội nghị nhất trí với nội dung biên bản.",
        "Hội nghị kết thúc vào hồi 17 giờ 10 phút cùng ngày.",
        "Biên bản được lập thành 02 bản./.",
    ];
    assert_eq!(body.get(from..).unwrap_or_default(), expected, "{body:#?}");
    // The item heading stays with what follows; the presenter is bold as a speaker is.
    assert!(doc.body[from + 2].keep_with_next);
    assert_eq!(doc.body[from + 3].spans[1], Span::bold("Đồng chí Phạm Thị Hồng Vân, Phó Bí thư Thường trực Đảng ủy"));
}

#[test]
fn attendance_names_delegates_by_category_guests_with_their_item_and_departures() {
    let (m, people) = hoa_binh();
    let body = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018())
        .body
        .iter()
        .map(|b| b.plain_text())
        .collect::<Vec<_>>();
    let from = body.iter().position(|t| t == "I. THÀNH PHẦN DỰ HỘI NGHỊ").unwrap_or(usize::MAX);
    let to = body.iter().position(|t| t == "II. NỘI DUNG HỘI NGHỊ").unwrap_or(0);
    assert_eq!(
        body.get(from..to).unwrap_or_default(),
        [
            "I. THÀNH PHẦN DỰ HỘI NGHỊ",
            "Số đồng chí được triệu tập: 07 đồng chí.",
            "Có mặt: 7/7 đồng chí.",
            "Vắng mặt: không.",
            "Đồng chí Ngô Thị Lan, Ủy viên Ban Chấp hành Đảng bộ phường, Phó Chủ tịch Ủy ban nhân dân phường xin \
             phép rời hội nghị lúc 16 giờ 00 phút (lý do: dự họp tại Ủy ban nhân dân thành phố), không tham gia \
             biểu quyết nội dung 2.",
            "Bí thư các chi bộ trực thuộc dự hội nghị: 01 đồng chí:",
            "- Đồng chí Mạc Văn Toàn, Bí thư Chi bộ Tổ dân phố số 1.",
            "Đại biểu mời dự:",
            "- Đồng chí Lương Thị Thanh Hà, chuyên viên Ủy ban Kiểm tra Đảng ủy (dự nội dung 2).",
        ]
    );
}

#[test]
fn a_speech_that_starts_with_a_name_keeps_its_capital() {
    let mut m = meeting();
    m.speeches[0].text = "Ủy ban nhân dân phường đã hoàn thành rà soát.".into();
    m.speeches[1].text = "Nhất trí; UBND phường cần bổ sung kinh phí.".into();
    let body = body_of(DocumentKind::Minutes, &m);
    assert!(
        body.contains(
            &"- Đồng chí Lương Hồng Điệp, Phó Bí thư Đảng ủy Ủy ban nhân dân phường đã hoàn thành rà soát.".to_string()
        ),
        "{body:#?}"
    );
    assert!(
        body.contains(
            &"- Đồng chí Nguyễn Văn An, Đảng ủy viên, Công an phường nhất trí; UBND phường cần bổ sung kinh phí."
                .to_string()
        ),
        "{body:#?}"
    );
}

#[test]
fn online_sites_are_listed_with_their_headcounts() {
    let mut m = meeting();
    m.online_sites = vec![
        OnlineSite { name: "Nhà văn hóa Tổ dân phố số 1".into(), participants: 25 },
        OnlineSite { name: "Nhà văn hóa Tổ dân phố số 2".into(), participants: 0 },
    ];
    m.attendance[2].site = Some(1);
    let body = body_of(DocumentKind::Minutes, &m);
    let from = body.iter().position(|t| t.starts_with("Hội nghị được tổ chức")).unwrap_or(usize::MAX);
    assert_eq!(from, 1, "the sites follow the opening line");
    assert_eq!(
        body.get(from..from + 4).unwrap_or_default(),
        [
            "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối từ điểm cầu chính tại Hội trường Nhà văn hóa \
             phường Đức Giang tới 02 điểm cầu:",
            "- Nhà văn hóa Tổ dân phố số 1: 25 đồng chí;",
            "- Nhà văn hóa Tổ dân phố số 2: 01 đồng chí.",
            "Nội dung hội nghị: Triển khai kế hoạch thực hiện chủ đề năm 2018.",
        ]
    );
}

#[test]
fn a_chi_bo_reads_back_its_minutes_in_its_own_words() {
    let mut m = meeting();
    m.kind = MeetingKind::CellRegular;
    m.read_back = true;
    let body = body_of(DocumentKind::Minutes, &m);
    let n = body.len();
    assert_eq!(
        body.get(n.saturating_sub(3)..).unwrap_or_default(),
        [
            "Thư ký đọc lại biên bản; Chi bộ nhất trí thông qua.",
            "Buổi sinh hoạt kết thúc vào hồi 16 giờ 30 phút cùng ngày.",
            "Biên bản được lập thành 02 bản./.",
        ]
    );
}

#[test]
fn a_record_without_items_keeps_todays_layout() {
    let (mut m, people) = hoa_binh();
    for a in &mut m.agenda {
        a.presenter_id = None;
        a.documents.clear();
    }
    for s in &mut m.speeches {
        s.agenda_item = None;
    }
    for v in &mut m.votes {
        v.agenda_item = None;
    }
    let body: Vec<String> = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018())
        .body
        .iter()
        .map(|b| b.plain_text())
        .collect();
    assert!(!body.iter().any(|t| t.starts_with("Nội dung 1")), "{body:#?}");
    let votes = body.iter().position(|t| t == "3. Biểu quyết:").unwrap_or(usize::MAX);
    assert_eq!(
        body.get(votes + 1).map(String::as_str),
        Some(
            "- Hội nghị biểu quyết bằng hình thức giơ tay thông qua Báo cáo và dự thảo Nghị quyết. Kết quả: tán thành \
             6/7 đồng chí (đạt 85,7%), không tán thành 0, ý kiến khác 1."
        )
    );
    assert_eq!(
        body.get(votes + 2).map(String::as_str),
        Some(
            "- Ý kiến bảo lưu: đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%; đồng chí chấp hành kết luận \
             của hội nghị."
        )
    );
}

#[test]
fn an_authority_of_several_lines_keeps_each_line() {
    let mut m = meeting();
    m.signer = Some(Signer {
        name: "Phạm Thị Hồng Vân".into(),
        position: "Phó Bí thư".into(),
        authority: "T/M Đảng ủy\n k/t bí thư ".into(),
    });
    let doc = prepare(DocumentKind::Notice, &m, &people(), 1, &FormatProfile::hd36_2018());
    assert_eq!(doc.closing.right.authority, "T/M ĐẢNG ỦY\nK/T BÍ THƯ");
    assert_eq!(doc.closing.right.position, "PHÓ BÍ THƯ");
}

#[test]
fn a_guest_who_leaves_early_changes_no_vote_and_an_untitled_item_keeps_its_number() {
    let (mut m, people) = hoa_binh();
    m.attendance[6].departure = None;
    m.attendance[8].departure =
        Some(Departure { time: NaiveTime::from_hms_opt(15, 30, 0), reason: String::new(), before_item: Some(1) });
    m.agenda[1].title = " ".into();
    let body = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018())
        .body
        .iter()
        .map(|b| b.plain_text())
        .collect::<Vec<_>>();
    assert!(
        body.contains(
            &"Đồng chí Lương Thị Thanh Hà, chuyên viên Ủy ban Kiểm tra Đảng ủy xin phép rời hội nghị lúc 15 giờ 30 \
              phút."
                .to_string()
        ),
        "{body:#?}"
    );
    assert!(body.contains(&"Nội dung 2.".to_string()), "{body:#?}");
    assert!(
        body.contains(
            &"- Hội nghị bầu bổ sung Ủy viên Ủy ban Kiểm tra Đảng ủy phường khóa I, nhiệm kỳ 2025 - 2030 bằng hình \
              thức bỏ phiếu kín. Kết quả kiểm phiếu: số phiếu phát ra 6, thu về 6, hợp lệ 6, không hợp lệ 0."
                .to_string()
        ),
        "{body:#?}"
    );
}

#[test]
fn words_under_no_item_after_the_items_close_the_proceedings() {
    let (mut m, people) = hoa_binh();
    m.speeches.push(Speech {
        speaker_id: Some(1), text: "Phát biểu bế mạc hội nghị.".into(), ..Speech::default()
    });
    let body: Vec<String> = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018())
        .body
        .iter()
        .map(|b| b.plain_text())
        .collect();
    let votes = body.iter().position(|t| t == "3. Biểu quyết:").unwrap_or(usize::MAX);
    assert_eq!(
        body.get(votes.wrapping_sub(2)..votes).unwrap_or_default(),
        [
            "- Đồng chí Lương Thị Thanh Hà, chuyên viên Ủy ban Kiểm tra Đảng ủy được 5/7 phiếu (đạt 71,4%), trúng cử.",
            "- Đồng chí Trần Minh Đức phát biểu bế mạc hội nghị.",
        ]
    );
    let story = body.iter().position(|t| t == "2. Diễn biến hội nghị:").unwrap_or(usize::MAX);
    assert_eq!(
        body.get(story.wrapping_add(1)).map(String::as_str),
        Some("- Đồng chí Trần Minh Đức khai mạc, giới thiệu đại biểu, chương trình.")
    );
}

#[test]
fn a_chi_bo_counts_its_official_members_present_at_a_vote_and_keeps_opinions_under_the_chi_bo() {
    let (mut m, mut people) = hoa_binh();
    m.kind = MeetingKind::CellRegular;
    m.issuer.issuing_body_name = "Chi bộ Tổ dân phố số 4".into();
    people[3].member_kind = MemberKind::Probationary;
    m.votes.truncate(1);
    m.votes[0].agenda_item = Some(1);
    m.votes[0].votes_for = 4;
    let body = prepare(DocumentKind::Minutes, &m, &people, 6, &FormatProfile::hd36_2018())
        .body
        .iter()
        .map(|b| b.plain_text())
        .collect::<Vec<_>>();
    let at = body.iter().position(|t| t.starts_with("- Chi bộ biểu quyết")).unwrap_or(usize::MAX);
    assert_eq!(
        body.get(at..at + 2).unwrap_or_default(),
        [
            "- Chi bộ biểu quyết bằng hình thức giơ tay thông qua Báo cáo và dự thảo Nghị quyết (có mặt 5/6 đồng chí \
             đảng viên chính thức). Kết quả: tán thành 4/6 đồng chí đảng viên chính thức (đạt 66,7%), không tán \
             thành 0, ý kiến khác 1.",
            "- Ý kiến bảo lưu: đồng chí Lưu Minh Quân bảo lưu ý kiến về chỉ tiêu 40%; đồng chí chấp hành kết luận của \
             Chi bộ.",
        ]
    );
}
