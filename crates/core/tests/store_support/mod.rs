//! Shared fixtures of the store, interchange and CLI tests.
#![allow(dead_code)] // each test file uses a different subset

use std::path::Path;

use bienban_core::model::{
    AgendaItem, Assignee, Attendance, AttendanceStatus, AttendeeRole, BallotCount, CandidateResult, ConclusionItem,
    Conclusions, Departure, IssuerSnapshot, Meeting, MeetingKind, MemberKind, NewPerson, OnlineSite,
    OrganisationProfile, Person, ReservedOpinion, ResolutionContent, ResolutionSection, Signer, Speech, Vote,
    VoteMethod,
};
use bienban_core::store::Store;
use chrono::{NaiveDate, NaiveTime};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

pub fn organisation() -> OrganisationProfile {
    OrganisationProfile {
        superior_body: vec!["ĐẢNG BỘ QUẬN LONG BIÊN".to_string()],
        issuing_body: "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG".to_string(),
        issuing_body_name: String::new(),
        issuer_code: "ĐU".to_string(),
        place_name: "Long Biên".to_string(),
        signers: vec![Signer {
            name: "Phan Việt Hưng".to_string(),
            position: "BÍ THƯ".to_string(),
            authority: "T/M ĐẢNG ỦY".to_string(),
        }],
        recipients: vec!["Các chi bộ trực thuộc".to_string(), "Lưu Văn phòng Đảng ủy".to_string()],
        format_profile: "HD36-2018".to_string(),
        term_start: date(2015, 7, 15),
        superior_body_name: Vec::new(),
    }
}

pub fn new_person(name: &str, position: &str) -> NewPerson {
    NewPerson {
        full_name: name.to_string(),
        position: position.to_string(),
        unit: "Đảng ủy phường Đức Giang".to_string(),
        member_kind: MemberKind::Official,
    }
}

pub fn present(p: &Person) -> Attendance {
    Attendance {
        person_id: p.id,
        role: AttendeeRole::Member,
        status: AttendanceStatus::Present,
        reason: String::new(),
        arrival_time: None,
        ..Attendance::default()
    }
}

/// A small but complete meeting of three members, stored people included.
pub fn meeting_with_people(store: &Store) -> (Meeting, Vec<Person>) {
    let people: Vec<Person> = [
        ("Phan Việt Hưng", "Bí thư Đảng ủy"),
        ("Vũ Hoàng Long", "Phó Bí thư Thường trực Đảng ủy"),
        ("Lương Hồng Điệp", "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường"),
    ]
    .iter()
    .map(|(n, p)| store.add_person(&new_person(n, p)).unwrap())
    .collect();
    let meeting = Meeting {
        id: 0,
        kind: MeetingKind::CommitteeConference,
        title: "Hội nghị triển khai chủ đề năm 2018".to_string(),
        subject: "Triển khai chủ đề năm".to_string(),
        issuer: IssuerSnapshot::from(&organisation()),
        date: date(2018, 2, 27),
        start_time: Some(time(14, 0)),
        end_time: Some(time(16, 30)),
        place: "Nhà văn hóa phường Đức Giang".to_string(),
        online_sites: Vec::new(),
        chair_ids: vec![people[0].id],
        minute_taker_id: Some(people[2].id),
        members_convened: 3,
        agenda: Vec::new(),
        documents: vec!["Kế hoạch số 159-KH/QU ngày 11/01/2023".to_string()],
        recording_note: String::new(),
        attendance: people.iter().map(present).collect(),
        speeches: vec![Speech {
            speaker_id: Some(people[1].id),
            time: Some(time(14, 30)),
            text: "Đoạn một.\nĐoạn hai.".to_string(),
            ..Speech::default()
        }],
        votes: vec![Vote {
            question: "Thông qua kế hoạch".to_string(),
            method: VoteMethod::ShowOfHands,
            votes_for: 3,
            votes_against: 0,
            votes_other: 0,
            ..Vote::default()
        }],
        conclusions: Conclusions {
            concluded_by: Some(people[1].id),
            intro: "Kết luận như sau:".to_string(),
            items: vec![ConclusionItem {
                text: "Rà soát quy chế làm việc.".to_string(),
                sub_points: vec!["Quy chế phối hợp".to_string()],
                assignees: vec![
                    Assignee::Body { name: "Ủy ban nhân dân phường".to_string() },
                    Assignee::Person { person_id: people[2].id },
                ],
                deadline: Some(date(2018, 3, 31)),
                ..ConclusionItem::default()
            }],
        },
        resolution: ResolutionContent {
            legal_bases: vec!["Căn cứ Điều lệ Đảng".to_string()], sections: Vec::new()
        },
        signer: organisation().signers.first().cloned(),
        recipients: organisation().recipients,
        copies: 2,
        ..Meeting::default()
    };
    (meeting, people)
}

/// An extended online conference that uses every field of record v2: the
/// superior body in running text, two agenda items with presenters and cited
/// documents, speeches and votes under them, a secret ballot and an election
/// with candidates, reserved opinions, a delegate by category, a guest who
/// left early, attendees at online sites, body-first items with a lead and
/// supporting assignees, the read-back line and a two-line authority. The
/// people it names are stored; they are returned with it (the first three
/// are those of [`meeting_with_people`]).
pub fn meeting_v2(store: &Store) -> (Meeting, Vec<Person>) {
    let (mut m, mut people) = meeting_with_people(store);
    for (name, position) in [
        ("Nguyễn Thế Thạch", "Ủy viên Ban Thường vụ Quận ủy"),
        ("Trần Thị Hoa", "Bí thư Chi bộ Tổ dân phố số 1"),
        ("Đỗ Minh Tuấn", "Đảng ủy viên"),
        ("Lê Thu Trang", "Bí thư Đoàn phường"),
    ] {
        people.push(store.add_person(&new_person(name, position)).unwrap());
    }
    let id = |n: usize| people[n].id;
    m.kind = MeetingKind::Extended;
    m.issuer.superior_body_name = vec!["Đảng bộ thành phố Hà Nội".to_string(), "Đảng bộ quận Long Biên".to_string()];
    m.issuer.superior_body = vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".to_string(), "ĐẢNG BỘ QUẬN LONG BIÊN".to_string()];
    m.issuer.issuing_body_name = "Đảng ủy phường Đức Giang".to_string();
    m.online_sites = vec![
        OnlineSite { name: "Nhà văn hóa Tổ dân phố số 1".to_string(), participants: 27 },
        OnlineSite { name: "Trụ sở Ủy ban nhân dân phường".to_string(), participants: 0 },
    ];
    m.agenda = vec![
        AgendaItem {
            title: "Báo cáo kết quả quý I".to_string(),
            presenter_id: Some(id(1)),
            documents: vec![
                "Báo cáo số 31-BC/ĐU, ngày 20/3/2026 của Ban Thường vụ Đảng ủy".to_string(),
                "Phụ lục số liệu kèm theo".to_string(),
            ],
        },
        AgendaItem {
            title: "Bầu bổ sung Ủy viên Ban Thường vụ".to_string(),
            presenter_id: None,
            documents: Vec::new(),
        },
        AgendaItem {
            title: "Dự thảo nghị quyết chuyên đề".to_string(),
            presenter_id: Some(id(2)),
            documents: vec!["Dự thảo Nghị quyết chuyên đề về chuyển đổi số".to_string()],
        },
    ];
    m.attendance.extend([
        Attendance { role: AttendeeRole::SuperiorLeader, ..present(&people[3]) },
        Attendance {
            role: AttendeeRole::Delegate,
            category: "Bí thư các chi bộ trực thuộc".to_string(),
            site: Some(0),
            ..present(&people[4])
        },
        Attendance {
            role: AttendeeRole::Guest,
            category: "dự nội dung 1".to_string(),
            status: AttendanceStatus::Late,
            arrival_time: Some(time(14, 20)),
            departure: Some(Departure {
                time: Some(time(15, 40)),
                reason: "đi công tác".to_string(),
                before_item: Some(2),
            }),
            site: Some(1),
            ..present(&people[6])
        },
    ]);
    // A member who left with nothing more noted, and one absent.
    m.attendance[2].departure = Some(Departure::default());
    m.attendance
        .push(Attendance { status: AttendanceStatus::Absent, reason: "ốm".to_string(), ..present(&people[5]) });
    m.members_convened = 4;
    m.speeches = vec![
        Speech {
            speaker_id: Some(id(0)),
            time: Some(time(14, 0)),
            text: "Khai mạc hội nghị.".to_string(),
            agenda_item: None,
        },
        Speech {
            speaker_id: Some(id(2)),
            time: Some(time(14, 30)),
            text: "Đề nghị bổ sung số liệu.\nĐồng ý với báo cáo.".to_string(),
            agenda_item: Some(0),
        },
        Speech {
            speaker_id: None, time: None, text: "Nhất trí với dự thảo.".to_string(), agenda_item: Some(2)
        },
    ];
    m.votes = vec![
        Vote {
            question: "Thông qua báo cáo quý I".to_string(),
            method: VoteMethod::ShowOfHands,
            votes_for: 3,
            votes_against: 0,
            votes_other: 0,
            agenda_item: Some(0),
            reserved_opinions: vec![ReservedOpinion { person_id: id(5), text: "về chỉ tiêu 40%".to_string() }],
            ..Vote::default()
        },
        Vote {
            question: "Ủy viên Ban Thường vụ Đảng ủy".to_string(),
            method: VoteMethod::Election,
            agenda_item: Some(1),
            ballots: Some(BallotCount { issued: 4, returned: 4, valid: 3, invalid: 1 }),
            candidates: vec![
                CandidateResult { person_id: id(5), votes: 3, elected: true },
                CandidateResult { person_id: id(1), votes: 1, elected: false },
            ],
            ..Vote::default()
        },
        Vote {
            question: "Thông qua dự thảo nghị quyết".to_string(),
            method: VoteMethod::Ballot,
            votes_for: 2,
            votes_against: 1,
            votes_other: 0,
            agenda_item: Some(2),
            ballots: Some(BallotCount { issued: 3, returned: 3, valid: 3, invalid: 0 }),
            reserved_opinions: vec![
                ReservedOpinion { person_id: id(2), text: "về lộ trình".to_string() },
                ReservedOpinion { person_id: id(5), text: "về kinh phí".to_string() },
            ],
            ..Vote::default()
        },
    ];
    m.conclusions.items.push(ConclusionItem {
        text: "lãnh đạo, chỉ đạo triển khai nghị quyết.".to_string(),
        assignees: vec![
            Assignee::Body { name: "Ban Thường vụ Đảng ủy".to_string() },
            Assignee::Body { name: "Ủy ban nhân dân phường".to_string() },
            Assignee::Person { person_id: id(6) },
        ],
        body_first: true,
        ..ConclusionItem::default()
    });
    m.resolution.sections = vec![ResolutionSection {
        title: "Nhiệm vụ trọng tâm".to_string(),
        items: vec![ConclusionItem {
            text: "tổ chức thực hiện.".to_string(),
            assignees: vec![Assignee::Person { person_id: id(4) }, Assignee::Body { name: "Đoàn phường".to_string() }],
            deadline: Some(date(2026, 6, 30)),
            body_first: true,
            ..ConclusionItem::default()
        }],
    }];
    m.signer = Some(Signer {
        name: "Phan Việt Hưng".to_string(),
        position: "PHÓ BÍ THƯ".to_string(),
        authority: "T/M ĐẢNG ỦY\nK/T BÍ THƯ".to_string(),
    });
    m.read_back = true;
    (m, people)
}

/// Every row of every table, in a stable order: two equal dumps mean the
/// database did not change.
pub fn dump(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables.retain(|t| !t.starts_with("sqlite_"));
    let mut out = String::new();
    for table in tables {
        out.push_str(&format!("## {table}\n"));
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let values: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            out.push_str(&values.join("|"));
            out.push('\n');
        }
    }
    out
}

/// The path of every sample file in examples/.
pub fn example_files() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// Runs the built `bienban` on `db` (never the user's BIENBAN_DB).
pub fn bienban(db: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_bienban"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("BIENBAN_DB")
        .output()
        .unwrap()
}

pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
