//! Shared fixtures of the document tests: a realistic meeting (after the
//! Đức Giang report of 27/02/2018) and helpers that open a .docx as XML.

#![allow(dead_code)]

use std::io::Read;

use bienban_core::model::*;
use chrono::{NaiveDate, NaiveTime};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

pub fn time(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

fn person(id: i64, name: &str, position: &str, unit: &str, kind: MemberKind) -> Person {
    Person { id, full_name: name.into(), position: position.into(), unit: unit.into(), member_kind: kind }
}

pub fn people() -> Vec<Person> {
    vec![
        person(1, "Phan Việt Hưng", "Bí thư Đảng ủy, Chủ tịch HĐND phường", "", MemberKind::Official),
        person(2, "Lương Hồng Điệp", "Phó Bí thư Đảng ủy, Chủ tịch UBND phường", "", MemberKind::Official),
        person(3, "Vũ Hoàng Long", "Phó Bí thư Thường trực Đảng ủy", "", MemberKind::Official),
        person(4, "Trần Thị Mai", "Đảng ủy viên, Chánh Văn phòng Đảng ủy", "", MemberKind::Official),
        person(5, "Nguyễn Văn Bình", "Đảng ủy viên, Trưởng Công an phường", "", MemberKind::Official),
        person(6, "Đỗ Thu Hà", "Đảng ủy viên, Chủ tịch UBMTTQ phường", "", MemberKind::Official),
        person(
            7,
            "Nguyễn Thế Thạch",
            "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo",
            "Quận ủy Long Biên",
            MemberKind::Official,
        ),
    ]
}

fn attend(id: i64, role: AttendeeRole, status: AttendanceStatus, reason: &str) -> Attendance {
    Attendance { person_id: id, role, status, reason: reason.into(), arrival_time: None, ..Attendance::default() }
}

pub const SPEECHES: [&str; 3] = [
    "Triển khai kế hoạch thực hiện chủ đề năm 2018 của Quận ủy \"Vì một Long Biên xanh, sạch, đẹp\".\nViệc thực hiện chủ đề phải gắn với trách nhiệm của người đứng đầu.",
    "Triển khai kế hoạch thực hiện chủ đề của Thành phố: Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị.",
    "Thống nhất cao với 6 nội dung chính của kế hoạch thực hiện chủ đề của Quận; đề nghị phân công rõ người, rõ việc, rõ thời gian.",
];

pub const CONCLUSIONS: [&str; 3] = [
    "Rà soát, điều chỉnh, bổ sung quy chế làm việc, quy chế phối hợp.",
    "Thực hiện nghiêm túc quy định phân cấp quản lý cán bộ, đảng viên và giới thiệu cán bộ ứng cử.",
    "Nâng cao chất lượng đánh giá cán bộ, công chức gắn với kết quả thực hiện nhiệm vụ hằng tháng.",
];

pub fn meeting() -> Meeting {
    Meeting {
        id: 1,
        kind: MeetingKind::CommitteeConference,
        title: "Hội nghị triển khai chủ đề công tác năm 2018".into(),
        subject: "Triển khai kế hoạch thực hiện chủ đề công tác năm 2018 của Quận ủy và Thành ủy".into(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ QUẬN LONG BIÊN".into()],
            issuing_body: "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG".into(),
            issuing_body_name: String::new(),
            issuer_code: "ĐU".into(),
            place_name: "Long Biên".into(),
            ..IssuerSnapshot::default()
        },
        date: date(2018, 2, 27),
        start_time: time(14, 0),
        end_time: time(16, 30),
        place: "Hội trường Nhà văn hóa phường Đức Giang".into(),
        online_sites: vec![],
        chair_ids: vec![1],
        minute_taker_id: Some(4),
        members_convened: 6,
        agenda: vec![
            AgendaItem {
                title: "Triển khai kế hoạch thực hiện chủ đề năm 2018 của Quận ủy".into(),
                ..AgendaItem::default()
            },
            AgendaItem {
                title: "Triển khai kế hoạch thực hiện chủ đề năm 2018 của Thành ủy".into(),
                ..AgendaItem::default()
            },
        ],
        documents: vec!["Kế hoạch số 159-KH/QU ngày 11/01/2018 của Quận ủy Long Biên".into()],
        recording_note: "Hội nghị được ghi âm".into(),
        attendance: vec![
            attend(1, AttendeeRole::Member, AttendanceStatus::Present, ""),
            attend(2, AttendeeRole::Member, AttendanceStatus::Present, ""),
            attend(3, AttendeeRole::Member, AttendanceStatus::Present, ""),
            attend(4, AttendeeRole::Member, AttendanceStatus::Present, ""),
            attend(5, AttendeeRole::Member, AttendanceStatus::Absent, "Đi học lớp bồi dưỡng"),
            Attendance { arrival_time: time(14, 20), ..attend(6, AttendeeRole::Member, AttendanceStatus::Late, "") },
            attend(7, AttendeeRole::Guest, AttendanceStatus::Present, ""),
        ],
        speeches: vec![
            Speech { speaker_id: Some(2), time: time(14, 10), text: SPEECHES[0].into(), ..Speech::default() },
            Speech { speaker_id: Some(3), time: None, text: SPEECHES[1].into(), ..Speech::default() },
            Speech { speaker_id: Some(6), time: None, text: SPEECHES[2].into(), ..Speech::default() },
        ],
        votes: vec![Vote {
            question: "Thông qua kế hoạch thực hiện chủ đề năm 2018 của Đảng ủy phường".into(),
            method: VoteMethod::ShowOfHands,
            votes_for: 5,
            votes_against: 0,
            votes_other: 0,
            ..Vote::default()
        }],
        conclusions: Conclusions {
            concluded_by: Some(3),
            intro: "Để thực hiện có hiệu quả chủ đề năm 2018, đồng chí chủ trì đề nghị:".into(),
            items: CONCLUSIONS
                .iter()
                .enumerate()
                .map(|(i, text)| ConclusionItem {
                    text: (*text).into(),
                    sub_points: if i == 0 {
                        vec!["Đối với chính quyền".into(), "Đối với các đoàn thể".into()]
                    } else {
                        vec![]
                    },
                    assignees: vec![Assignee::Body { name: "UBND phường".into() }, Assignee::Person { person_id: 4 }],
                    deadline: Some(date(2018, 3, 30)),
                    ..ConclusionItem::default()
                })
                .collect(),
        },
        resolution: ResolutionContent {
            legal_bases: vec![
                "Căn cứ Điều lệ Đảng Cộng sản Việt Nam".into(),
                "Căn cứ Quy chế làm việc của Đảng ủy phường nhiệm kỳ 2015 - 2020".into(),
                "Căn cứ kết quả hội nghị Đảng ủy phường ngày 27/02/2018".into(),
            ],
            sections: vec![
                ResolutionSection {
                    title: "Mục tiêu".into(),
                    items: vec![ConclusionItem {
                        text: "Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị.".into(),
                        sub_points: vec![],
                        assignees: vec![],
                        deadline: None,
                        ..ConclusionItem::default()
                    }],
                },
                ResolutionSection { title: "Nhiệm vụ và giải pháp".into(), items: vec![] },
            ],
        },
        signer: Some(Signer {
            name: "Phan Việt Hưng".into(),
            position: "Bí thư".into(),
            authority: "T/M Đảng ủy".into(),
        }),
        recipients: vec![
            "Ban Thường vụ Quận ủy".into(),
            "Các đồng chí Đảng ủy viên".into(),
            "Các chi bộ trực thuộc".into(),
            "Lưu Văn phòng Đảng ủy".into(),
        ],
        copies: 2,
        ..Meeting::default()
    }
}

/// Every part of a .docx, by name, as text.
pub struct Package {
    pub parts: Vec<(String, String)>,
    pub deflated: bool,
}

impl Package {
    pub fn open(bytes: &[u8]) -> Package {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip archive");
        let mut parts = Vec::new();
        let mut deflated = true;
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).expect("zip entry");
            if file.is_dir() {
                continue;
            }
            deflated &= file.compression() == zip::CompressionMethod::Deflated;
            let mut text = String::new();
            file.read_to_string(&mut text).expect("parts are UTF-8 XML");
            parts.push((file.name().to_string(), text));
        }
        Package { parts, deflated }
    }

    pub fn part(&self, name: &str) -> &str {
        self.parts
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or_else(|| panic!("missing part {name}"))
    }
}

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The value of w:`name` on a node.
pub fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// The first child element named w:`name`.
pub fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.is_element() && c.tag_name().name() == name && c.tag_name().namespace() == Some(W))
}

/// The text of a paragraph or run, with w:tab as "\t" and w:br as "\n".
pub fn text_of(node: roxmltree::Node) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        match d.tag_name().name() {
            "t" if d.tag_name().namespace() == Some(W) => out.push_str(d.text().unwrap_or("")),
            "tab" if d.parent().is_some_and(|p| p.tag_name().name() == "r") => out.push('\t'),
            "br" => out.push('\n'),
            // A reader sees a hyphen; it only never ends a line.
            "noBreakHyphen" => out.push('-'),
            _ => {}
        }
    }
    out
}

/// A paragraph seen as a user would: its text and each run's emphasis.
#[derive(Debug, Clone)]
pub struct Para {
    pub text: String,
    pub runs: Vec<RunView>,
    pub jc: Option<String>,
    pub in_table: bool,
    pub bottom_border: bool,
    /// `w:ind/@w:hanging` in twips.
    pub hanging: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct RunView {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    pub size_half_points: Option<u32>,
    pub fonts: [Option<String>; 4],
}

fn on(rpr: Option<roxmltree::Node>, name: &str) -> bool {
    rpr.and_then(|r| child(r, name)).is_some_and(|b| !matches!(attr(b, "val"), Some("false" | "0" | "none")))
}

pub fn paragraphs(document_xml: &str) -> Vec<Para> {
    let doc = roxmltree::Document::parse(document_xml).expect("document.xml parses");
    paragraphs_in(doc.root_element())
}

/// The paragraphs under one node (a table cell, the body, …).
pub fn paragraphs_in(node: roxmltree::Node) -> Vec<Para> {
    node.descendants()
        .filter(|n| n.tag_name().name() == "p" && n.tag_name().namespace() == Some(W))
        .map(|p| {
            let ppr = child(p, "pPr");
            let runs = p
                .children()
                .filter(|r| r.tag_name().name() == "r")
                .map(|r| {
                    let rpr = child(r, "rPr");
                    let fonts = rpr.and_then(|x| child(x, "rFonts"));
                    let font = |n: &str| fonts.and_then(|f| attr(f, n)).map(str::to_string);
                    RunView {
                        text: text_of(r),
                        bold: on(rpr, "b"),
                        italic: on(rpr, "i"),
                        underline: on(rpr, "u"),
                        size_half_points: rpr
                            .and_then(|x| child(x, "sz"))
                            .and_then(|s| attr(s, "val"))
                            .and_then(|v| v.parse().ok()),
                        fonts: [font("ascii"), font("hAnsi"), font("cs"), font("eastAsia")],
                    }
                })
                .collect();
            Para {
                text: text_of(p),
                runs,
                jc: ppr.and_then(|x| child(x, "jc")).and_then(|j| attr(j, "val")).map(str::to_string),
                in_table: p.ancestors().any(|a| a.tag_name().name() == "tc"),
                bottom_border: ppr.and_then(|x| child(x, "pBdr")).and_then(|b| child(b, "bottom")).is_some(),
                hanging: ppr
                    .and_then(|x| child(x, "ind"))
                    .and_then(|i| attr(i, "hanging"))
                    .and_then(|v| v.parse().ok()),
            }
        })
        .collect()
}
