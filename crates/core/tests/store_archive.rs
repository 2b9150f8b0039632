//! The whole-archive file `bienban.archive/2` through the library, and
//! `bienban.archive/1` files (meetings as `bienban.meeting/1` entries) read.

mod store_support;

use bienban_core::format_profile::FormatProfile;
use bienban_core::interchange::{self, archive};
use bienban_core::model::DocumentKind;
use bienban_core::store::Store;
use store_support::{meeting_with_people, new_person, organisation};

/// Everything an office has: a directory entry no meeting uses, a deleted
/// meeting whose number stays taken, a custom format profile.
fn office() -> Store {
    let store = Store::open_in_memory().unwrap();
    store.save_organisation(&organisation()).unwrap();
    let (meeting, _) = meeting_with_people(&store);
    let kept = store.create_meeting(&meeting).unwrap();
    let deleted = store.create_meeting(&meeting).unwrap();
    store.add_person(&new_person("Nguyễn Thị Ngọc", "Đảng viên")).unwrap();
    store.issue_number(deleted, DocumentKind::Notice, None, "HD36-2018").unwrap();
    store.issue_number(kept, DocumentKind::Notice, None, "HD36-2018").unwrap();
    store.issue_number(kept, DocumentKind::Minutes, Some(7), "HD36-2018").unwrap();
    store.delete_meeting(deleted).unwrap();
    let mut profile = store.format_profile("HD36-2018").unwrap();
    profile.name = "Mẫu phường".to_string();
    profile.body_size_pt = 13.5;
    store.save_format_profile(&profile).unwrap();
    store
}

#[test]
fn an_archive_carries_everything_and_imports_to_the_same_archive() {
    let source = office();
    let doc = archive::export(&source).unwrap();
    assert_eq!(doc.people.len(), 4);
    assert_eq!(doc.meetings.len(), 1);
    assert_eq!(doc.register.len(), 3);
    assert!(doc.register.iter().any(|r| r.meeting.is_none() && r.number == 1), "the deleted meeting's number");
    assert!(doc.format_profiles.iter().any(|p| p.name == "Mẫu phường"));

    let text = archive::to_json(&doc);
    let target = Store::open_in_memory().unwrap();
    let counts = archive::import(&target, &archive::parse(&text).unwrap()).unwrap();
    assert_eq!((counts.people, counts.meetings, counts.register), (4, 1, 3));
    assert_eq!(archive::to_json(&archive::export(&target).unwrap()), text);
    // The meeting keeps the numbers it was given; number 1 stays taken.
    let id = target.meetings(&Default::default()).unwrap()[0].id;
    assert_eq!(target.proposed_number(id, DocumentKind::Notice).unwrap(), 2);
    assert_eq!(target.proposed_number(id, DocumentKind::Minutes).unwrap(), 7);
    assert_eq!(
        target.issued_documents().unwrap(),
        source
            .issued_documents()
            .unwrap()
            .into_iter()
            .map(|mut d| {
                d.meeting_id = d.meeting_id.map(|_| id);
                d
            })
            .collect::<Vec<_>>()
    );
}

#[test]
fn an_archive_is_refused_by_a_database_with_records_and_nothing_is_written() {
    let doc = archive::export(&office()).unwrap();
    let target = Store::open_in_memory().unwrap();
    target.add_person(&new_person("Phan Việt Hưng", "Bí thư")).unwrap();
    let error = archive::import(&target, &doc).unwrap_err();
    assert!(error.user_message().contains("cơ sở dữ liệu trống"), "{}", error.user_message());
    assert_eq!(target.people().unwrap().len(), 1);
    assert!(target.meetings(&Default::default()).unwrap().is_empty());
}

#[test]
fn a_file_with_an_undeclared_person_is_refused_before_anything_is_written() {
    let text =
        archive::to_json(&archive::export(&office()).unwrap()).replacen("\"person\": \"p2\"", "\"person\": \"p99\"", 1);
    let error = archive::parse(&text).unwrap_err();
    assert!(error.user_message().contains("p99"), "{}", error.user_message());
    assert!(error.is_user_error());
}

/// A `bienban.archive/1` file as the release before `/2` wrote it: the
/// Đức Giang sample's `/1` meeting, its people under the archive's keys,
/// the built-in format profile and one number of the register.
fn archive_v1() -> (String, serde_json::Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/duc-giang-2018-02-27.json");
    let meeting_file = std::fs::read_to_string(path).unwrap();
    let v1: serde_json::Value = serde_json::from_str(&meeting_file).unwrap();
    let archive = serde_json::json!({
        "format": "bienban.archive/1",
        "organisation": v1["organisation"],
        "format_profiles": [serde_json::to_value(FormatProfile::hd36_2018()).unwrap()],
        "people": v1["people"],
        "meetings": [{ "key": "m1", "meeting": v1["meeting"] }],
        "register": [{
            "meeting": "m1", "kind": "notice", "number": 3, "issuer_code": "ĐU", "term_start": "2015-07-15",
            "format_profile": "HD36-2018", "issued_at": "2018-02-28 09:00:00"
        }]
    });
    (meeting_file, archive)
}

#[test]
fn an_archive_1_file_imports_its_meetings_as_their_meeting_1_files_do() {
    let (meeting_file, archive_file) = archive_v1();
    let doc = archive::parse(&serde_json::to_string_pretty(&archive_file).unwrap()).unwrap();
    assert_eq!(doc.format, "bienban.archive/2");
    let target = Store::open_in_memory().unwrap();
    let counts = archive::import(&target, &doc).unwrap();
    assert_eq!((counts.people, counts.meetings, counts.register), (17, 1, 1));

    let alone = Store::open_in_memory().unwrap();
    let id = interchange::import(&alone, &meeting_file).unwrap();
    let from_archive = target.meetings(&Default::default()).unwrap()[0].id;
    assert_eq!(target.meeting(from_archive).unwrap(), alone.meeting(id).unwrap());
    assert_eq!(target.people().unwrap(), alone.people().unwrap());
    // The meeting keeps the number it was given.
    assert_eq!(target.proposed_number(from_archive, DocumentKind::Notice).unwrap(), 3);
    // Exported again, it is an archive of the new version.
    let again = archive::to_json(&archive::export(&target).unwrap());
    assert!(again.contains("\"format\": \"bienban.archive/2\"") && again.contains("\"read_back\": false"));
    assert_eq!(archive::to_json(&archive::parse(&again).unwrap()), again);
}

#[test]
fn an_archive_1_file_with_a_key_only_version_2_has_is_refused_at_its_line() {
    let (_, mut archive_file) = archive_v1();
    archive_file["meetings"][0]["meeting"]["speeches"][2]["agenda_item"] = serde_json::json!(1);
    let text = serde_json::to_string_pretty(&archive_file).unwrap();
    let line = text.lines().position(|l| l.contains("\"agenda_item\"")).unwrap() + 1;
    let message = archive::parse(&text).unwrap_err().user_message();
    assert!(
        message
            .starts_with(&format!("Tệp không hợp lệ tại «meetings[0].meeting.speeches[2].agenda_item» (dòng {line}, ")),
        "{message}"
    );
    assert!(message.ends_with("hãy sửa «format» thành \"bienban.archive/2\"."), "{message}");
    // Another format altogether names both the archive versions read.
    let message = archive::parse("{\"format\": \"bienban.archive/3\"}").unwrap_err().user_message();
    assert!(message.contains("bienban.archive/2") && message.contains("bienban.archive/1"), "{message}");
}

#[test]
fn an_archive_carries_every_field_of_a_v2_meeting() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/every-field.json");
    let source = Store::open_in_memory().unwrap();
    let id = interchange::import(&source, &std::fs::read_to_string(path).unwrap()).unwrap();
    let text = archive::to_json(&archive::export(&source).unwrap());

    let target = Store::open_in_memory().unwrap();
    archive::import(&target, &archive::parse(&text).unwrap()).unwrap();
    assert_eq!(archive::to_json(&archive::export(&target).unwrap()), text);
    let copied = target.meetings(&Default::default()).unwrap()[0].id;
    assert_eq!(target.meeting(copied).unwrap(), source.meeting(id).unwrap());
    assert!(text.contains("\"candidates\"") && text.contains("\"before_item\": 2"));
}
