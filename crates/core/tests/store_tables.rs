//! Each table's store module on a temporary database: what a secretary
//! saves is what she reads back, and the register never hands out a
//! number twice.

mod store_support;

use std::collections::HashSet;

use bienban_core::format_profile::FormatProfile;
use bienban_core::model::{
    AgendaItem, BallotCount, CandidateResult, DocumentKind, IssuerSnapshot, Meeting, MeetingKind, MemberKind, Person,
    ReservedOpinion, Signer, Speech, VoteMethod,
};
use bienban_core::store::{EditingPlace, MeetingFilter, SCHEMA_VERSION, Store, StoreError};
use store_support::*;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("nested/dir/bienban.sqlite3")).unwrap();
    (dir, store)
}

#[test]
fn open_creates_directories_migrates_from_empty_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/bienban.sqlite3");
    let store = Store::open(&path).unwrap();
    store.save_organisation(&organisation()).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(usize::try_from(version).unwrap(), SCHEMA_VERSION);
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    drop(conn);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.organisation().unwrap(), Some(organisation()));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn default_path_honours_the_environment_variable() {
    // SAFETY of the test: no other test in this binary reads BIENBAN_DB.
    unsafe { std::env::set_var("BIENBAN_DB", "/tmp/khac/bienban.sqlite3") };
    assert_eq!(Store::default_path().unwrap(), std::path::PathBuf::from("/tmp/khac/bienban.sqlite3"));
    unsafe { std::env::remove_var("BIENBAN_DB") };
    let default = Store::default_path().unwrap();
    assert!(default.ends_with("bienban/bienban.sqlite3") || default.ends_with("bienban.sqlite3"), "{default:?}");
}

#[test]
fn organisation_is_absent_then_saved_then_replaced() {
    let (_dir, store) = temp_store();
    assert_eq!(store.organisation().unwrap(), None);
    let mut profile = organisation();
    store.save_organisation(&profile).unwrap();
    profile.superior_body = vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".to_string()];
    profile.issuing_body = "ĐẢNG ỦY PHƯỜNG PHÚC LỢI".to_string();
    store.save_organisation(&profile).unwrap();
    assert_eq!(store.organisation().unwrap(), Some(profile));
}

#[test]
fn format_profiles_are_seeded_saved_and_listed() {
    let (_dir, store) = temp_store();
    assert_eq!(store.format_profile("HD36-2018").unwrap(), FormatProfile::hd36_2018());
    let mut older = FormatProfile::hd36_2018();
    older.name = "Văn phòng cũ 25/25/35/15".to_string();
    older.margin_top_mm = 25.0;
    older.margin_left_mm = 35.0;
    store.save_format_profile(&older).unwrap();
    let names: Vec<String> = store.format_profiles().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, vec!["HD36-2018".to_string(), older.name.clone()]);
    assert_eq!(store.format_profile(&older.name).unwrap(), older);
    assert!(matches!(store.format_profile("không có"), Err(StoreError::NotFound { .. })));
}

#[test]
fn people_are_added_updated_reused_and_found_without_diacritics() {
    let (_dir, store) = temp_store();
    let ngoc = store.add_person(&new_person("Nguyễn Thị Ngọc", "Phó Bí thư Chi bộ")).unwrap();
    let dang = store.add_person(&new_person("Đặng Quốc Toản", "Đảng ủy viên")).unwrap();
    let hau = store.add_person(&new_person("Lê Văn Hậu", "Trưởng Công an phường")).unwrap();
    assert_eq!(store.person(ngoc.id).unwrap(), ngoc);

    let names = |people: Vec<Person>| people.into_iter().map(|p| p.full_name).collect::<Vec<_>>();
    assert_eq!(names(store.search_people("ngoc", 10).unwrap()), vec!["Nguyễn Thị Ngọc"]);
    // Everyone's unit is the "Đảng ủy", so all match; the name match leads.
    assert_eq!(names(store.search_people("dang", 10).unwrap())[0], "Đặng Quốc Toản");
    assert_eq!(names(store.search_people("dang quoc", 10).unwrap()), vec!["Đặng Quốc Toản"]);
    assert_eq!(names(store.search_people("ĐẶNG toản", 10).unwrap()), vec!["Đặng Quốc Toản"]);
    assert_eq!(names(store.search_people("cong an", 10).unwrap()), vec!["Lê Văn Hậu"]);
    assert!(store.search_people("khong ai", 10).unwrap().is_empty());
    assert_eq!(store.search_people("", 2).unwrap().len(), 2);

    // Decomposed input (as some input methods type it) finds the same row.
    let decomposed = "Nguye\u{302}\u{303}n Thi\u{323} Ngo\u{323}c";
    let none = HashSet::new();
    let reused = store.find_or_add_person(&new_person(decomposed, "Phó Bí thư Chi bộ"), &none).unwrap();
    assert_eq!(reused.id, ngoc.id);
    let other = store.find_or_add_person(&new_person("Nguyễn Thị Ngọc", "Đảng viên"), &none).unwrap();
    assert_ne!(other.id, ngoc.id);
    // Same name and position in another unit, or of another member kind, is someone else.
    let mut elsewhere = new_person("Nguyễn Thị Ngọc", "Phó Bí thư Chi bộ");
    elsewhere.unit = "Chi bộ khu phố 3".to_string();
    assert_ne!(store.find_or_add_person(&elsewhere, &none).unwrap().id, ngoc.id);
    let mut probationary = new_person("Nguyễn Thị Ngọc", "Phó Bí thư Chi bộ");
    probationary.member_kind = MemberKind::Probationary;
    assert_ne!(store.find_or_add_person(&probationary, &none).unwrap().id, ngoc.id);
    // An entry already taken by another person of the same file is not reused.
    let taken = HashSet::from([ngoc.id]);
    let twin = store.find_or_add_person(&new_person("Nguyễn Thị Ngọc", "Phó Bí thư Chi bộ"), &taken).unwrap();
    assert_ne!(twin.id, ngoc.id);

    let mut moved = hau.clone();
    moved.position = "Phó Chủ tịch Ủy ban nhân dân phường".to_string();
    moved.member_kind = MemberKind::Probationary;
    store.update_person(&moved).unwrap();
    assert_eq!(store.person(hau.id).unwrap(), moved);
    assert_eq!(names(store.search_people("uy ban", 10).unwrap()), vec!["Lê Văn Hậu"]);
    assert!(store.search_people("cong an", 10).unwrap().is_empty());

    let ghost = Person { id: 9999, ..moved };
    assert!(matches!(store.update_person(&ghost), Err(StoreError::NotFound { .. })));
    assert!(matches!(store.person(9999), Err(StoreError::NotFound { .. })));
    assert_eq!(store.people().unwrap().len(), 7);
    let _ = dang;
}

#[test]
fn a_meeting_round_trips_through_the_store_and_is_replaced_whole() {
    let (_dir, store) = temp_store();
    let (mut meeting, people) = meeting_with_people(&store);
    meeting.id = 777; // ignored
    let id = store.create_meeting(&meeting).unwrap();
    meeting.id = id;
    assert_eq!(store.meeting(id).unwrap(), meeting);

    meeting.speeches.clear();
    meeting.attendance.pop();
    meeting.title = "Tiêu đề mới".to_string();
    meeting.chair_ids = vec![people[1].id, people[0].id];
    store.save_meeting(&meeting).unwrap();
    assert_eq!(store.meeting(id).unwrap(), meeting);

    store.delete_meeting(id).unwrap();
    assert!(matches!(store.meeting(id), Err(StoreError::NotFound { .. })));
    assert!(matches!(store.delete_meeting(id), Err(StoreError::NotFound { .. })));
    assert!(matches!(store.save_meeting(&meeting), Err(StoreError::NotFound { .. })));
}

#[test]
fn a_speech_typed_before_its_speaker_is_chosen_is_stored_then_given_a_speaker() {
    let (_dir, store) = temp_store();
    let (mut meeting, people) = meeting_with_people(&store);
    meeting.speeches.push(Speech {
        speaker_id: None,
        time: Some(time(14, 45)),
        text: "Đề nghị làm rõ kinh phí".to_string(),
        ..Speech::default()
    });
    let id = store.create_meeting(&meeting).unwrap();
    meeting.id = id;
    let stored = store.meeting(id).unwrap();
    assert_eq!(stored.speeches[1].speaker_id, None);
    assert_eq!(stored.speeches[1].text, "Đề nghị làm rõ kinh phí");
    assert_eq!(stored, meeting);

    meeting.speeches[1].speaker_id = Some(people[2].id);
    meeting.speeches[1].text.push_str(" của chương trình.");
    store.save_meeting(&meeting).unwrap();
    assert_eq!(store.meeting(id).unwrap().speeches[1], meeting.speeches[1]);
}

/// One edit of a meeting's speeches, as the secretary makes it between two autosaves.
type SpeechEdit = Box<dyn Fn(&mut Vec<Speech>)>;

#[test]
fn autosaves_that_edit_append_reorder_and_remove_speeches_read_back_exactly() {
    let (_dir, store) = temp_store();
    let (mut meeting, people) = meeting_with_people(&store);
    let id = store.create_meeting(&meeting).unwrap();
    meeting.id = id;
    let speech = move |n: usize| Speech {
        speaker_id: Some(people[n % people.len()].id),
        time: Some(time(9, n as u32)),
        text: format!("Ý kiến số {n}"),
        ..Speech::default()
    };
    let steps: Vec<SpeechEdit> = vec![
        Box::new(move |s| s.extend((1..=5).map(speech.clone()))),
        Box::new(|s| s[2].text.push_str(", đề nghị bổ sung số liệu")),
        Box::new(|s| s.swap(0, 4)),
        Box::new(|s| {
            s.remove(1);
        }),
        Box::new(|s| s[0].speaker_id = None),
        Box::new(|s| s.truncate(1)),
        Box::new(|s| {
            s.push(Speech { speaker_id: None, time: None, text: "Ý kiến cuối".into(), ..Speech::default() })
        }),
        Box::new(|s| s.clear()),
    ];
    for (n, step) in steps.iter().enumerate() {
        step(&mut meeting.speeches);
        store.save_meeting(&meeting).unwrap();
        assert_eq!(store.meeting(id).unwrap().speeches, meeting.speeches, "after step {n}");
    }
    // The other children are kept when only speeches change, and replaced when they change.
    meeting.attendance.reverse();
    meeting.votes.clear();
    store.save_meeting(&meeting).unwrap();
    assert_eq!(store.meeting(id).unwrap(), meeting);
}

#[test]
fn the_editing_place_survives_a_reopen_until_it_is_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    let place = {
        let store = Store::open(&path).unwrap();
        let (meeting, _) = meeting_with_people(&store);
        let id = store.create_meeting(&meeting).unwrap();
        assert_eq!(store.editing_place().unwrap(), None);
        let place = EditingPlace { meeting_id: id, section: "speeches".into(), speech: Some(1) };
        store.set_editing_place(Some(&place)).unwrap();
        let unknown = EditingPlace { meeting_id: id + 99, ..place.clone() };
        assert!(matches!(store.set_editing_place(Some(&unknown)), Err(StoreError::NotFound { .. })));
        place
        // Dropped without clearing: as after a crash.
    };
    let store = Store::open(&path).unwrap();
    assert_eq!(store.editing_place().unwrap(), Some(place));
    store.set_editing_place(None).unwrap();
    assert_eq!(store.editing_place().unwrap(), None);
}

#[test]
fn a_meeting_keeps_its_issuer_when_the_organisation_changes() {
    let (_dir, store) = temp_store();
    store.save_organisation(&organisation()).unwrap();
    let (meeting, _) = meeting_with_people(&store);
    let id = store.create_meeting(&meeting).unwrap();
    let mut reformed = organisation();
    reformed.superior_body = vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".to_string()];
    store.save_organisation(&reformed).unwrap();
    assert_eq!(store.meeting(id).unwrap().issuer.superior_body, vec!["ĐẢNG BỘ QUẬN LONG BIÊN".to_string()]);
}

#[test]
fn a_meeting_referring_to_an_unknown_person_is_refused_whole() {
    let (_dir, store) = temp_store();
    let (mut meeting, _) = meeting_with_people(&store);
    meeting.speeches[0].speaker_id = Some(4242);
    let err = store.create_meeting(&meeting).unwrap_err();
    assert!(matches!(&err, StoreError::NotFound { id, .. } if id == "4242"), "{err:?}");
    assert!(err.user_message().contains("4242"));
    assert!(store.meetings(&MeetingFilter::default()).unwrap().is_empty());
}

#[test]
fn text_is_stored_nfc_and_without_xml_invalid_characters() {
    let (_dir, store) = temp_store();
    let (mut meeting, _) = meeting_with_people(&store);
    meeting.title = "Hội nghi\u{323}\u{0} 😀 <&>".to_string();
    meeting.speeches[0].text = "Dòng một\u{B}dòng hai\u{1}".to_string();
    let id = store.create_meeting(&meeting).unwrap();
    let stored = store.meeting(id).unwrap();
    assert_eq!(stored.title, "Hội nghị 😀 <&>");
    assert_eq!(stored.speeches[0].text, "Dòng một\ndòng hai");
}

#[test]
fn meetings_list_newest_first_and_filter_by_year_kind_and_text() {
    let (_dir, store) = temp_store();
    let (base, _) = meeting_with_people(&store);
    let mut ids = Vec::new();
    for (y, m, kind, title) in [
        (2018, 2, MeetingKind::CommitteeConference, "Hội nghị Đức Giang"),
        (2019, 5, MeetingKind::CellRegular, "Sinh hoạt chi bộ tháng 5"),
        (2018, 9, MeetingKind::StandingCommittee, "Ban Thường vụ họp"),
    ] {
        let meeting =
            bienban_core::model::Meeting { date: date(y, m, 1), kind, title: title.to_string(), ..base.clone() };
        ids.push(store.create_meeting(&meeting).unwrap());
    }
    let all = store.meetings(&MeetingFilter::default()).unwrap();
    assert_eq!(all.iter().map(|s| s.id).collect::<Vec<_>>(), vec![ids[1], ids[2], ids[0]]);
    let in_2018 = store.meetings(&MeetingFilter { year: Some(2018), ..Default::default() }).unwrap();
    assert_eq!(in_2018.iter().map(|s| s.id).collect::<Vec<_>>(), vec![ids[2], ids[0]]);
    let cells = store.meetings(&MeetingFilter { kind: Some(MeetingKind::CellRegular), ..Default::default() }).unwrap();
    assert_eq!(cells.len(), 1);
    assert_eq!(cells[0].title, "Sinh hoạt chi bộ tháng 5");
    let text = store.meetings(&MeetingFilter { text: Some("duc giang".to_string()), ..Default::default() }).unwrap();
    assert_eq!(text.iter().map(|s| s.id).collect::<Vec<_>>(), vec![ids[0]]);
}

#[test]
fn the_register_proposes_issues_keeps_and_refuses_numbers() {
    let (_dir, store) = temp_store();
    let (meeting, _) = meeting_with_people(&store);
    let first = store.create_meeting(&meeting).unwrap();
    let second = store.create_meeting(&meeting).unwrap();
    assert!(matches!(store.proposed_number(first, DocumentKind::Notice), Err(StoreError::NoOrganisation)));
    store.save_organisation(&organisation()).unwrap();

    assert_eq!(store.proposed_number(first, DocumentKind::Notice).unwrap(), 1);
    let issued = store.issue_number(first, DocumentKind::Notice, None, "HD36-2018").unwrap();
    assert_eq!((issued.number, issued.issuer_code.as_str()), (1, "ĐU"));
    assert_eq!(issued.term_start, date(2015, 7, 15));
    // Re-export keeps the number; the next meeting gets the next one.
    assert_eq!(store.issue_number(first, DocumentKind::Notice, None, "HD36-2018").unwrap().number, 1);
    assert_eq!(store.proposed_number(first, DocumentKind::Notice).unwrap(), 1);
    assert_eq!(store.proposed_number(second, DocumentKind::Notice).unwrap(), 2);
    // Each kind counts on its own.
    assert_eq!(store.proposed_number(second, DocumentKind::Resolution).unwrap(), 1);

    let err = store.issue_number(second, DocumentKind::Notice, Some(1), "HD36-2018").unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)));
    assert!(err.user_message().contains("1-TB/ĐU"), "{}", err.user_message());
    assert_eq!(store.issue_number(second, DocumentKind::Notice, Some(195), "HD36-2018").unwrap().number, 195);
    assert_eq!(store.proposed_number(first, DocumentKind::Minutes).unwrap(), 1);

    // A deleted meeting's number stays taken.
    store.delete_meeting(second).unwrap();
    let third = store.create_meeting(&meeting).unwrap();
    assert_eq!(store.proposed_number(third, DocumentKind::Notice).unwrap(), 196);
    assert!(store.issue_number(third, DocumentKind::Notice, Some(195), "HD36-2018").is_err());
    assert_eq!(store.issued_documents().unwrap().len(), 2);

    // A new term restarts the numbering.
    let mut next_term = organisation();
    next_term.term_start = date(2020, 9, 1);
    store.save_organisation(&next_term).unwrap();
    assert_eq!(store.proposed_number(third, DocumentKind::Notice).unwrap(), 1);
}

#[test]
fn two_issuing_bodies_with_one_code_keep_their_own_sequences() {
    let (_dir, store) = temp_store();
    store.save_organisation(&organisation()).unwrap();
    let (meeting, _) = meeting_with_people(&store);
    let ward_a = store.create_meeting(&meeting).unwrap();
    let mut other = meeting.clone();
    other.issuer.issuing_body = "ĐẢNG ỦY PHƯỜNG BỒ ĐỀ".into();
    other.issuer.issuing_body_name = String::new();
    let ward_b = store.create_meeting(&other).unwrap();
    assert_eq!(store.issue_number(ward_a, DocumentKind::Notice, None, "HD36-2018").unwrap().number, 1);
    // Same code "ĐU", another body: its own sequence, and number 1 is free for it.
    assert_eq!(store.proposed_number(ward_b, DocumentKind::Notice).unwrap(), 1);
    assert_eq!(store.issue_number(ward_b, DocumentKind::Notice, Some(1), "HD36-2018").unwrap().number, 1);
    let third = store.create_meeting(&meeting).unwrap();
    assert_eq!(store.proposed_number(third, DocumentKind::Notice).unwrap(), 2);
}

#[test]
fn atomically_rolls_back_everything_on_error() {
    let (_dir, store) = temp_store();
    let result: Result<(), StoreError> = store.atomically(|s| {
        s.add_person(&new_person("Người tạm", "Đảng viên"))?;
        s.save_organisation(&organisation())?;
        Err(StoreError::Conflict("thử".to_string()))
    });
    assert!(result.is_err());
    assert!(store.people().unwrap().is_empty());
    assert_eq!(store.organisation().unwrap(), None);
    // The connection is usable afterwards.
    store.add_person(&new_person("Người thật", "Đảng viên")).unwrap();
    assert_eq!(store.people().unwrap().len(), 1);
}

#[test]
fn a_person_no_meeting_mentions_can_be_deleted_and_put_back() {
    let (_dir, store) = temp_store();
    let (mut meeting, people) = meeting_with_people(&store);
    // Mentioned only as an assignee inside the conclusions (a JSON column).
    let assignee = store.add_person(&new_person("Ngô Thị Lan", "Chánh Văn phòng")).unwrap();
    meeting.conclusions.items[0].assignees.push(bienban_core::model::Assignee::Person { person_id: assignee.id });
    store.create_meeting(&meeting).unwrap();
    let unused = store.add_person(&new_person("Đỗ Văn Nam", "Đảng viên")).unwrap();

    for person in people.iter().chain([&assignee]) {
        match store.delete_person(person.id) {
            Err(e @ StoreError::PersonInUse { .. }) => {
                assert!(e.is_user_error());
                let message = e.user_message();
                assert!(message.contains(&person.full_name) && message.contains("có trong 1 hội nghị"), "{message}");
                assert!(message.contains("Hội nghị triển khai chủ đề năm 2018 ngày 27/02/2018"), "{message}");
            }
            other => panic!("{}: expected a refusal, got {other:?}", person.full_name),
        }
    }
    assert_eq!(store.people().unwrap().len(), 5, "nobody mentioned was deleted");

    let deleted = store.delete_person(unused.id).unwrap();
    assert_eq!(deleted, unused);
    assert!(matches!(store.person(unused.id), Err(StoreError::NotFound { .. })));
    assert!(store.search_people("nam", 10).unwrap().is_empty());
    store.restore_person(&deleted).unwrap();
    assert_eq!(store.person(unused.id).unwrap(), unused);
    assert_eq!(store.search_people("do van nam", 10).unwrap(), vec![unused.clone()]);
    assert!(matches!(store.restore_person(&deleted), Err(StoreError::Conflict(_))));
    assert!(matches!(store.delete_person(9999), Err(StoreError::NotFound { .. })));
}

/// One edit of a whole meeting, as the secretary makes it between two autosaves.
type MeetingEdit = Box<dyn Fn(&mut Meeting)>;

#[test]
fn a_meeting_with_every_field_of_record_v2_round_trips_and_each_change_is_kept() {
    let (_dir, store) = temp_store();
    let (mut meeting, _) = meeting_v2(&store);
    let id = store.create_meeting(&meeting).unwrap();
    meeting.id = id;
    assert_eq!(store.meeting(id).unwrap(), meeting);
    let mut other = meeting.clone();
    other.id = store.create_meeting(&other).unwrap();

    // Each list changed on its own between two autosaves is read back as saved.
    let steps: Vec<MeetingEdit> = vec![
        Box::new(|m| m.votes[1].candidates[1].votes = 2),
        Box::new(|m| m.votes[1].candidates.swap(0, 1)),
        Box::new(|m| drop(m.votes[2].reserved_opinions.remove(0))),
        Box::new(|m| m.votes[0].ballots = Some(BallotCount { issued: 3, returned: 3, valid: 3, invalid: 0 })),
        Box::new(|m| m.votes[2].ballots = None),
        Box::new(|m| m.speeches[2].agenda_item = Some(1)),
        Box::new(|m| m.speeches[1].agenda_item = None),
        Box::new(|m| m.agenda[0].presenter_id = None),
        Box::new(|m| m.agenda[2].documents.push("Tờ trình số 05-TTr/ĐU".to_string())),
        Box::new(|m| m.online_sites[1].participants = 12),
        Box::new(|m| {
            m.online_sites.remove(0);
        }),
        Box::new(|m| m.attendance[5].departure = None),
        Box::new(|m| m.attendance[2].departure.as_mut().unwrap().before_item = Some(1)),
        Box::new(|m| m.attendance[4].category = "Bí thư chi bộ".to_string()),
        Box::new(|m| m.attendance[4].site = None),
        Box::new(|m| m.conclusions.items[1].body_first = false),
        Box::new(|m| {
            // The capitals follow the typed lines.
            m.issuer.superior_body_name.remove(0);
            m.issuer.superior_body.remove(0);
        }),
        Box::new(|m| m.read_back = false),
        Box::new(|m| drop(m.votes.remove(1))),
        Box::new(|m| m.agenda.clear()),
    ];
    for (n, step) in steps.iter().enumerate() {
        step(&mut meeting);
        store.save_meeting(&meeting).unwrap();
        assert_eq!(store.meeting(id).unwrap(), meeting, "after step {n}");
    }

    // The other meeting, saved from the same record, is untouched by all this.
    assert_eq!(store.meeting(other.id).unwrap(), other);
}

#[test]
fn the_superior_body_in_running_text_and_a_two_line_authority_are_kept_in_the_profile() {
    let (_dir, store) = temp_store();
    let mut profile = organisation();
    profile.superior_body_name = vec!["Đảng bộ thành phố Hà Nội".to_string(), "  Đảng bộ quận Long Biên ".to_string()];
    profile.superior_body = vec!["whatever was typed before".to_string()];
    profile.signers.push(Signer {
        name: "Nguyễn Văn An".to_string(),
        position: "CHÁNH VĂN PHÒNG".to_string(),
        authority: "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG".to_string(),
    });
    store.save_organisation(&profile).unwrap();
    let stored = store.organisation().unwrap().unwrap();
    assert_eq!(stored.superior_body_name, vec!["Đảng bộ thành phố Hà Nội", "Đảng bộ quận Long Biên"]);
    assert_eq!(stored.superior_body, vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG BỘ QUẬN LONG BIÊN"]);
    assert_eq!(stored.signers, profile.signers);
    // A new meeting takes both forms into its issuer snapshot.
    assert_eq!(IssuerSnapshot::from(&stored).superior_in_sentence(), "Đảng bộ quận Long Biên");

    // Clearing the typed lines keeps the capitals as they are.
    let mut cleared = stored.clone();
    cleared.superior_body_name.clear();
    store.save_organisation(&cleared).unwrap();
    assert_eq!(store.organisation().unwrap(), Some(cleared));
}

#[test]
fn a_presenter_candidate_or_reserved_opinion_naming_an_unknown_person_is_refused_whole() {
    let (_dir, store) = temp_store();
    let (meeting, _) = meeting_v2(&store);
    let id = store.create_meeting(&meeting).unwrap();
    let stored = store.meeting(id).unwrap();
    let breakages: Vec<MeetingEdit> = vec![
        Box::new(|m| m.agenda[1].presenter_id = Some(4242)),
        Box::new(|m| m.votes[1].candidates[0].person_id = 4242),
        Box::new(|m| m.votes[0].reserved_opinions[0].person_id = 4242),
    ];
    for (n, breakage) in breakages.iter().enumerate() {
        let mut broken = stored.clone();
        breakage(&mut broken);
        broken.title = "Không được lưu".to_string();
        let err = store.save_meeting(&broken).unwrap_err();
        assert!(matches!(&err, StoreError::NotFound { id, .. } if id == "4242"), "case {n}: {err:?}");
        assert!(err.user_message().contains("4242"));
        assert_eq!(store.meeting(id).unwrap(), stored, "case {n}: nothing of the save is kept");
        assert!(matches!(store.create_meeting(&broken), Err(StoreError::NotFound { .. })));
    }
    assert_eq!(store.meetings(&MeetingFilter::default()).unwrap().len(), 1);
}

#[test]
fn a_person_named_only_as_presenter_candidate_or_reserved_opinion_cannot_be_deleted() {
    let (_dir, store) = temp_store();
    let (mut meeting, _) = meeting_with_people(&store);
    let presenter = store.add_person(&new_person("Ngô Thị Lan", "Chánh Văn phòng")).unwrap();
    let candidate = store.add_person(&new_person("Đinh Văn Bình", "Đảng ủy viên")).unwrap();
    let dissenter = store.add_person(&new_person("Hà Thị Mai", "Đảng ủy viên")).unwrap();
    meeting.agenda =
        vec![AgendaItem { title: "Báo cáo".to_string(), presenter_id: Some(presenter.id), ..Default::default() }];
    meeting.votes[0].method = VoteMethod::Election;
    meeting.votes[0].candidates = vec![CandidateResult { person_id: candidate.id, votes: 3, elected: true }];
    meeting.votes[0].reserved_opinions =
        vec![ReservedOpinion { person_id: dissenter.id, text: "về nhân sự".to_string() }];
    store.create_meeting(&meeting).unwrap();

    for person in [&presenter, &candidate, &dissenter] {
        match store.delete_person(person.id) {
            Err(e @ StoreError::PersonInUse { .. }) => {
                let message = e.user_message();
                assert!(message.contains(&person.full_name) && message.contains("có trong 1 hội nghị"), "{message}");
            }
            other => panic!("{}: expected a refusal, got {other:?}", person.full_name),
        }
    }
    assert_eq!(store.people().unwrap().len(), 6, "nobody mentioned was deleted");
}
