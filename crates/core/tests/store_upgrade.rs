//! Databases made by earlier schemas (migrations 0001–0004, and 0001–0005 as
//! the current release ships them) open, upgrade and keep every record; the
//! new fields start at their defaults and can then be saved.

mod store_support;

use bienban_core::documents::prepare;
use bienban_core::format_profile::FormatProfile;
use bienban_core::model::{
    AgendaItem, Assignee, Attendance, AttendanceStatus, AttendeeRole, BallotCount, CandidateResult, ConclusionItem,
    Conclusions, Departure, DocumentKind, IssuerSnapshot, Meeting, MeetingKind, MemberKind, OnlineSite,
    OrganisationProfile, ReservedOpinion, ResolutionContent, ResolutionSection, Signer, Speech, Vote, VoteMethod,
};
use bienban_core::store::{MeetingFilter, Store};
use rusqlite::Connection;
use store_support::{date, time};

const SCHEMA_1: &str = include_str!("../src/store/migrations/0001_initial.sql");
const SCHEMA_2: &str = include_str!("../src/store/migrations/0002_speech_speaker_optional.sql");
const SCHEMA_3: &str = include_str!("../src/store/migrations/0003_trash.sql");
const SCHEMA_4: &str = include_str!("../src/store/migrations/0004_editing_place.sql");
const SCHEMA_5: &str = include_str!("../src/store/migrations/0005_body_names_and_superior_leaders.sql");

/// One organisation, two people, one meeting with a member, a guest and a
/// speech and an issued number, written with the SQL of schema 4.
fn old_database(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(SCHEMA_1).unwrap();
    conn.execute_batch(SCHEMA_2).unwrap();
    conn.execute_batch(SCHEMA_3).unwrap();
    conn.execute_batch(SCHEMA_4).unwrap();
    conn.execute_batch(
        r#"
        PRAGMA user_version = 4;
        INSERT INTO organisation VALUES (1, '["ĐẢNG BỘ QUẬN LONG BIÊN"]', 'ĐẢNG ỦY PHƯỜNG ĐỨC GIANG', 'ĐU', 'Long Biên',
            '[]', '["Lưu Văn phòng Đảng ủy"]', 'HD36-2018', '2015-07-15');
        INSERT INTO people VALUES (1, 'Phan Việt Hưng', 'Bí thư Đảng ủy', 'Đảng ủy phường Đức Giang', 'official', 'phan viet hung', 'phan viet hung');
        INSERT INTO people VALUES (2, 'Nguyễn Thế Thạch', 'Trưởng Ban Tuyên giáo Quận ủy', 'Quận ủy Long Biên', 'official', 'nguyen the thach', 'nguyen the thach');
        INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name, date,
                start_time, end_time, place, online_sites, minute_taker_id, members_convened, agenda, documents,
                recording_note, conclusions, resolution, signer, recipients, copies)
            VALUES (1, 'extended', 'Hội nghị triển khai chủ đề năm 2018', '', '["ĐẢNG BỘ QUẬN LONG BIÊN"]',
                'ĐẢNG ỦY PHƯỜNG ĐỨC GIANG', 'ĐU', 'Long Biên', '2018-02-27', '14:00:00', NULL, '', '[]', NULL, 15,
                '[{"title":"Triển khai kế hoạch"}]', '[]', '', '{"concluded_by":null,"intro":"","items":[]}',
                '{"legal_bases":[],"sections":[]}', NULL, '[]', 2);
        INSERT INTO meeting_chairs VALUES (1, 0, 1);
        INSERT INTO meeting_attendance VALUES (1, 0, 1, 'member', 'present', '', NULL);
        INSERT INTO meeting_attendance VALUES (1, 1, 2, 'guest', 'late', '', '14:20:00');
        INSERT INTO meeting_speeches VALUES (1, 0, 2, NULL, 'Đề nghị làm tốt công tác tuyên truyền.');
        INSERT INTO issued_documents (meeting_id, kind, number, issuer_code, term_start, format_profile, issued_at)
            VALUES (1, 'notice', 7, 'ĐU', '2015-07-15', 'HD36-2018', '2018-02-28T09:00:00+07:00');
        "#,
    )
    .unwrap();
}

#[test]
fn a_database_of_the_previous_schema_upgrades_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    old_database(&path);

    let store = Store::open(&path).unwrap();
    let org = store.organisation().unwrap().expect("organisation kept");
    assert_eq!(org.issuing_body, "ĐẢNG ỦY PHƯỜNG ĐỨC GIANG");
    assert_eq!(org.issuing_body_name, "", "the new running-text name starts empty");
    let mut meeting = store.meeting(1).unwrap();
    assert_eq!(meeting.title, "Hội nghị triển khai chủ đề năm 2018");
    assert_eq!(meeting.attendance.len(), 2);
    assert_eq!(
        (meeting.attendance[1].role, meeting.attendance[1].status),
        (AttendeeRole::Guest, AttendanceStatus::Late)
    );
    assert_eq!(meeting.speeches[0].text, "Đề nghị làm tốt công tác tuyên truyền.");
    assert_eq!(meeting.issuer.issuing_body_name, "");
    // The register entry is kept, still the meeting's number, and the next
    // number of the same body follows it.
    assert_eq!(store.issued_documents().unwrap().len(), 1);
    assert_eq!(store.proposed_number(1, DocumentKind::Notice).unwrap(), 7);
    let next = store.create_meeting(&meeting).unwrap();
    assert_eq!(store.proposed_number(next, DocumentKind::Notice).unwrap(), 8);
    // Without a typed name the documents still write the body in a sentence.
    assert_eq!(meeting.issuer.name_in_sentence(), "Đảng ủy phường Đức Giang");

    // The superior leader role is accepted by the rebuilt table.
    meeting.attendance[1].role = AttendeeRole::SuperiorLeader;
    store.save_meeting(&meeting).unwrap();
    let again = store.meeting(1).unwrap();
    assert_eq!(again.attendance[1].role, AttendeeRole::SuperiorLeader);
    let doc = prepare(DocumentKind::Minutes, &again, &store.people().unwrap(), 1, &FormatProfile::hd36_2018());
    assert!(
        doc.body
            .iter()
            .any(|b| b.plain_text()
                == "Dự và chỉ đạo hội nghị có đồng chí Nguyễn Thế Thạch, Trưởng Ban Tuyên giáo Quận ủy."),
        "{:?}",
        doc.body.iter().map(|b| b.plain_text()).collect::<Vec<_>>()
    );
}

#[test]
fn the_running_text_name_is_stored_and_the_capitals_are_derived_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    old_database(&path);
    let store = Store::open(&path).unwrap();
    let mut org = store.organisation().unwrap().unwrap();
    org.issuing_body_name = "Huyện ủy Gia Lâm".into();
    org.issuing_body = "whatever was typed before".into();
    store.save_organisation(&org).unwrap();
    let org = store.organisation().unwrap().unwrap();
    assert_eq!((org.issuing_body_name.as_str(), org.issuing_body.as_str()), ("Huyện ủy Gia Lâm", "HUYỆN ỦY GIA LÂM"));

    let mut meeting = store.meeting(1).unwrap();
    meeting.issuer.issuing_body_name = "Thành ủy Hà Nội".into();
    store.save_meeting(&meeting).unwrap();
    let meeting = store.meeting(1).unwrap();
    assert_eq!(meeting.issuer.issuing_body, "THÀNH ỦY HÀ NỘI");
    let doc = prepare(DocumentKind::Notice, &meeting, &store.people().unwrap(), 1, &FormatProfile::hd36_2018());
    assert_eq!(doc.header.issuing_body, "THÀNH ỦY HÀ NỘI");
    assert!(
        doc.body[0].plain_text().starts_with("Ngày 27/02/2018, Thành ủy Hà Nội tổ chức"),
        "{}",
        doc.body[0].plain_text()
    );
}

/// The records of the current release (schema 5): an online conference with
/// two sites (bare names then), two agenda items (titles then), members, a
/// guest and a superior leader, speeches (one without a speaker yet), a
/// secret ballot, conclusions with assignees, a resolution, a signer; a
/// second meeting in the trash; a speech and a vote in the trash; an issued
/// number; the editing place.
fn release_database(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    for sql in [SCHEMA_1, SCHEMA_2, SCHEMA_3, SCHEMA_4, SCHEMA_5] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        r#"
        PRAGMA user_version = 5;
        INSERT INTO organisation (id, superior_body, issuing_body, issuer_code, place_name, signers, recipients,
                format_profile, term_start, issuing_body_name)
            VALUES (1, '["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"]', 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'ĐU', 'Hà Nội',
                '[{"name":"Phan Việt Hưng","position":"BÍ THƯ","authority":"T/M ĐẢNG ỦY"}]',
                '["Các chi bộ trực thuộc","Lưu Văn phòng Đảng ủy"]', 'HD36-2018', '2025-07-01',
                'Đảng ủy phường Phúc Đồng');
        INSERT INTO people VALUES (1, 'Phan Việt Hưng', 'Bí thư Đảng ủy', '', 'official', 'phan viet hung', 'phan viet hung');
        INSERT INTO people VALUES (2, 'Vũ Hoàng Long', 'Phó Bí thư Đảng ủy', '', 'official', 'vu hoang long', 'vu hoang long');
        INSERT INTO people VALUES (3, 'Trần Thị Hoa', 'Đảng viên', 'Chi bộ số 1', 'probationary', 'tran thi hoa', 'tran thi hoa chi bo so 1');
        INSERT INTO people VALUES (4, 'Nguyễn Thế Thạch', 'Ủy viên Ban Thường vụ Thành ủy', '', 'official', 'nguyen the thach', 'nguyen the thach');
        INSERT INTO people VALUES (5, 'Lê Văn Hậu', 'Trưởng Công an phường', '', 'non_member', 'le van hau', 'le van hau truong cong an phuong');
        INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name, date,
                start_time, end_time, place, online_sites, minute_taker_id, members_convened, agenda, documents,
                recording_note, conclusions, resolution, signer, recipients, copies, issuing_body_name)
            VALUES (1, 'online', 'Hội nghị trực tuyến quý I', 'Sơ kết quý I', '["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"]',
                'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', 'ĐU', 'Hà Nội', '2026-03-20', '08:00:00', '11:30:00',
                'Hội trường Đảng ủy phường', '["Nhà văn hóa Tổ dân phố số 1","Trụ sở Công an phường"]', 2, 3,
                '[{"title":"Báo cáo kết quả quý I"},{"title":"Dự thảo nghị quyết"}]', '["Báo cáo số 31-BC/ĐU"]',
                'Ghi âm toàn bộ', '{"concluded_by":1,"intro":"Hội nghị thống nhất:","items":[{"text":"Rà soát chỉ tiêu.","sub_points":["Chỉ tiêu đảng viên mới"],"assignees":[{"kind":"body","name":"Ủy ban nhân dân phường"},{"kind":"person","person_id":5}],"deadline":"2026-04-30"}]}',
                '{"legal_bases":["Căn cứ Điều lệ Đảng"],"sections":[{"title":"Nhiệm vụ","items":[{"text":"Triển khai.","sub_points":[],"assignees":[],"deadline":null}]}]}',
                '{"name":"Phan Việt Hưng","position":"BÍ THƯ","authority":"T/M ĐẢNG ỦY"}',
                '["Các chi bộ trực thuộc"]', 3, 'Đảng ủy phường Phúc Đồng');
        INSERT INTO meetings (id, kind, title, subject, superior_body, issuing_body, issuer_code, place_name, date,
                place, online_sites, members_convened, agenda, documents, recording_note, conclusions, resolution,
                recipients, copies)
            VALUES (2, 'cell_regular', 'Sinh hoạt chi bộ tháng 2', '', '[]', 'CHI BỘ SỐ 1', 'CB', 'Hà Nội',
                '2026-02-05', '', '[]', 2, '[]', '[]', '', '{"concluded_by":null,"intro":"","items":[]}',
                '{"legal_bases":[],"sections":[]}', '[]', 1);
        INSERT INTO meeting_chairs VALUES (1, 0, 1), (1, 1, 2), (2, 0, 3);
        INSERT INTO meeting_attendance VALUES (1, 0, 1, 'member', 'present', '', NULL);
        INSERT INTO meeting_attendance VALUES (1, 1, 2, 'member', 'late', '', '08:20:00');
        INSERT INTO meeting_attendance VALUES (1, 2, 3, 'member', 'absent', 'ốm', NULL);
        INSERT INTO meeting_attendance VALUES (1, 3, 4, 'superior_leader', 'present', '', NULL);
        INSERT INTO meeting_attendance VALUES (1, 4, 5, 'guest', 'present', '', NULL);
        INSERT INTO meeting_attendance VALUES (2, 0, 3, 'member', 'present', '', NULL);
        INSERT INTO meeting_speeches VALUES (1, 0, 4, '09:00:00', 'Đề nghị bám sát chỉ tiêu.');
        INSERT INTO meeting_speeches VALUES (1, 1, NULL, NULL, 'Chưa chọn người nói.');
        INSERT INTO meeting_votes VALUES (1, 0, 'Thông qua dự thảo nghị quyết', 'ballot', 2, 0, 1);
        INSERT INTO meeting_votes VALUES (2, 0, 'Thông qua kế hoạch', 'show_of_hands', 1, 0, 0);
        INSERT INTO issued_documents (meeting_id, kind, number, issuer_code, issuing_body, term_start, format_profile, issued_at)
            VALUES (1, 'notice', 12, 'ĐU', 'ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG', '2025-07-01', 'HD36-2018', '2026-03-21T09:00:00+07:00');
        INSERT INTO trash (meeting_id, kind, position, item, deleted_at)
            VALUES (1, 'speech', 1, '{"speaker_id":2,"time":"09:30:00","text":"Ý kiến đã xóa."}', '2026-03-20T10:00:00');
        INSERT INTO trash (meeting_id, kind, position, item, deleted_at)
            VALUES (1, 'vote', 0, '{"question":"Biểu quyết đã xóa","method":"show_of_hands","votes_for":3,"votes_against":0,"votes_other":0}', '2026-03-20T10:05:00');
        INSERT INTO trash (meeting_id, kind, position, item, deleted_at) VALUES (2, 'meeting', NULL, NULL, '2026-03-20T10:10:00');
        INSERT INTO editing_place VALUES (1, 1, 'speeches', 1);
        "#,
    )
    .unwrap();
}

/// Meeting 1 of [`release_database`] as the upgraded store must read it:
/// every old value, every new field at its default.
fn release_meeting() -> Meeting {
    let item = |text: &str, sub_points: Vec<String>, assignees, deadline| ConclusionItem {
        text: text.into(),
        sub_points,
        assignees,
        deadline,
        body_first: false,
    };
    let attend = |person_id, role, status, reason: &str, arrival_time| Attendance {
        person_id,
        role,
        status,
        reason: reason.into(),
        arrival_time,
        departure: None,
        category: String::new(),
        site: None,
    };
    let signer =
        Signer { name: "Phan Việt Hưng".into(), position: "BÍ THƯ".into(), authority: "T/M ĐẢNG ỦY".into() };
    Meeting {
        id: 1,
        kind: MeetingKind::Online,
        title: "Hội nghị trực tuyến quý I".into(),
        subject: "Sơ kết quý I".into(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".into()],
            superior_body_name: Vec::new(),
            issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
            issuing_body_name: "Đảng ủy phường Phúc Đồng".into(),
            issuer_code: "ĐU".into(),
            place_name: "Hà Nội".into(),
        },
        date: date(2026, 3, 20),
        start_time: Some(time(8, 0)),
        end_time: Some(time(11, 30)),
        place: "Hội trường Đảng ủy phường".into(),
        online_sites: vec![
            OnlineSite { name: "Nhà văn hóa Tổ dân phố số 1".into(), participants: 0 },
            OnlineSite { name: "Trụ sở Công an phường".into(), participants: 0 },
        ],
        chair_ids: vec![1, 2],
        minute_taker_id: Some(2),
        members_convened: 3,
        agenda: vec![
            AgendaItem { title: "Báo cáo kết quả quý I".into(), presenter_id: None, documents: Vec::new() },
            AgendaItem { title: "Dự thảo nghị quyết".into(), presenter_id: None, documents: Vec::new() },
        ],
        documents: vec!["Báo cáo số 31-BC/ĐU".into()],
        recording_note: "Ghi âm toàn bộ".into(),
        attendance: vec![
            attend(1, AttendeeRole::Member, AttendanceStatus::Present, "", None),
            attend(2, AttendeeRole::Member, AttendanceStatus::Late, "", Some(time(8, 20))),
            attend(3, AttendeeRole::Member, AttendanceStatus::Absent, "ốm", None),
            attend(4, AttendeeRole::SuperiorLeader, AttendanceStatus::Present, "", None),
            attend(5, AttendeeRole::Guest, AttendanceStatus::Present, "", None),
        ],
        speeches: vec![
            Speech {
                speaker_id: Some(4),
                time: Some(time(9, 0)),
                text: "Đề nghị bám sát chỉ tiêu.".into(),
                agenda_item: None,
            },
            Speech { speaker_id: None, time: None, text: "Chưa chọn người nói.".into(), agenda_item: None },
        ],
        votes: vec![Vote {
            question: "Thông qua dự thảo nghị quyết".into(),
            method: VoteMethod::Ballot,
            votes_for: 2,
            votes_against: 0,
            votes_other: 1,
            agenda_item: None,
            ballots: None,
            candidates: Vec::new(),
            reserved_opinions: Vec::new(),
        }],
        conclusions: Conclusions {
            concluded_by: Some(1),
            intro: "Hội nghị thống nhất:".into(),
            items: vec![item(
                "Rà soát chỉ tiêu.",
                vec!["Chỉ tiêu đảng viên mới".into()],
                vec![Assignee::Body { name: "Ủy ban nhân dân phường".into() }, Assignee::Person { person_id: 5 }],
                Some(date(2026, 4, 30)),
            )],
        },
        resolution: ResolutionContent {
            legal_bases: vec!["Căn cứ Điều lệ Đảng".into()],
            sections: vec![ResolutionSection {
                title: "Nhiệm vụ".into(),
                items: vec![item("Triển khai.", Vec::new(), Vec::new(), None)],
            }],
        },
        signer: Some(signer),
        recipients: vec!["Các chi bộ trực thuộc".into()],
        copies: 3,
        read_back: false,
    }
}

#[test]
fn a_database_of_the_current_release_upgrades_and_keeps_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("release.sqlite3");
    release_database(&path);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let org = store.organisation().unwrap().expect("organisation kept");
    assert_eq!(
        org,
        OrganisationProfile {
            superior_body: vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".into()],
            superior_body_name: Vec::new(),
            issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
            issuing_body_name: "Đảng ủy phường Phúc Đồng".into(),
            issuer_code: "ĐU".into(),
            place_name: "Hà Nội".into(),
            signers: vec![Signer {
                name: "Phan Việt Hưng".into(),
                position: "BÍ THƯ".into(),
                authority: "T/M ĐẢNG ỦY".into()
            }],
            recipients: vec!["Các chi bộ trực thuộc".into(), "Lưu Văn phòng Đảng ủy".into()],
            format_profile: "HD36-2018".into(),
            term_start: date(2025, 7, 1),
        }
    );
    let people = store.people().unwrap();
    assert_eq!(people.len(), 5);
    assert_eq!(store.person(3).unwrap().member_kind, MemberKind::Probationary);
    assert_eq!(store.meeting(1).unwrap(), release_meeting());
    assert_eq!(store.meetings(&MeetingFilter::default()).unwrap().len(), 1, "the trashed meeting stays hidden");
    assert_eq!(store.editing_place().unwrap().map(|p| (p.meeting_id, p.speech)), Some((1, Some(1))));
    assert_eq!(store.issued_documents().unwrap()[0].number, 12);
    assert_eq!(store.proposed_number(1, DocumentKind::Notice).unwrap(), 12);

    // The trash: the meeting comes back with its vote (and its lists), the
    // speech and the vote written by the old release go back in place.
    let trash = store.trash().unwrap();
    assert_eq!(trash.len(), 3);
    store.restore_from_trash(trash[0].id, None).unwrap();
    let cell = store.meeting(2).unwrap();
    assert_eq!((cell.chair_ids.as_slice(), cell.votes.len(), cell.attendance.len()), (&[3][..], 1, 1));
    store.restore_from_trash(trash[1].id, None).unwrap();
    store.restore_from_trash(trash[2].id, None).unwrap();
    let mut expected = release_meeting();
    expected.votes.insert(
        0,
        Vote {
            question: "Biểu quyết đã xóa".into(), method: VoteMethod::ShowOfHands, votes_for: 3, ..Vote::default()
        },
    );
    expected.speeches.insert(
        1,
        Speech { speaker_id: Some(2), time: Some(time(9, 30)), text: "Ý kiến đã xóa.".into(), agenda_item: None },
    );
    assert_eq!(store.meeting(1).unwrap(), expected);

    // The fields of record v2 can now be saved over the old record.
    let mut v2 = expected.clone();
    v2.online_sites[0].participants = 27;
    v2.agenda[0].presenter_id = Some(2);
    v2.agenda[0].documents = vec!["Báo cáo số 31-BC/ĐU".into()];
    v2.attendance[4].role = AttendeeRole::Delegate;
    v2.attendance[4].category = "Trưởng các ngành".into();
    v2.attendance[4].site = Some(1);
    v2.attendance[1].departure =
        Some(Departure { time: Some(time(10, 45)), reason: "đi công tác".into(), before_item: Some(1) });
    v2.speeches[0].agenda_item = Some(0);
    v2.votes[1].agenda_item = Some(1);
    v2.votes[1].ballots = Some(BallotCount { issued: 3, returned: 3, valid: 3, invalid: 0 });
    v2.votes[1].reserved_opinions = vec![ReservedOpinion { person_id: 1, text: "về lộ trình".into() }];
    v2.votes.push(Vote {
        question: "Bầu Phó Bí thư".into(),
        method: VoteMethod::Election,
        ballots: Some(BallotCount { issued: 3, returned: 3, valid: 3, invalid: 0 }),
        candidates: vec![CandidateResult { person_id: 2, votes: 3, elected: true }],
        ..Vote::default()
    });
    v2.conclusions.items[0].body_first = true;
    v2.issuer.superior_body_name = vec!["Đảng bộ thành phố Hà Nội".into()];
    v2.read_back = true;
    store.save_meeting(&v2).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.meeting(1).unwrap(), v2);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let dangling: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(dangling, 0, "every reference points at a row");
}
