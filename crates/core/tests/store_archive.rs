//! The whole-archive file `bienban.archive/1` through the library.

mod store_support;

use bienban_core::interchange::archive;
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
