//! A database made by the previous schema (migrations 0001–0004, as the
//! current release ships them) opens, upgrades and keeps every record; the
//! new fields start empty and the new attendee role can be saved.

use bienban_core::documents::prepare;
use bienban_core::format_profile::FormatProfile;
use bienban_core::model::{AttendanceStatus, AttendeeRole, DocumentKind};
use bienban_core::store::Store;
use rusqlite::Connection;

const SCHEMA_1: &str = include_str!("../src/store/migrations/0001_initial.sql");
const SCHEMA_2: &str = include_str!("../src/store/migrations/0002_speech_speaker_optional.sql");
const SCHEMA_3: &str = include_str!("../src/store/migrations/0003_trash.sql");
const SCHEMA_4: &str = include_str!("../src/store/migrations/0004_editing_place.sql");

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
