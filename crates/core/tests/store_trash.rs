//! The trash ("Thùng rác"): whatever a secretary deletes — a meeting, a
//! speech, a vote, a conclusion item — can be found and put back.

mod store_support;

use bienban_core::documents::{self, ExportError};
use bienban_core::model::{ConclusionItem, DocumentKind, Meeting, Speech, Vote, VoteMethod};
use bienban_core::store::{MeetingFilter, MeetingItemKind, Store, StoreError, TrashedItem};
use store_support::*;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("bienban.sqlite3")).unwrap();
    (dir, store)
}

/// A stored meeting with three speeches, two votes and two conclusion items.
fn stored_meeting(store: &Store) -> Meeting {
    let (mut m, people) = meeting_with_people(store);
    m.speeches = ["Một.", "Hai.", "Ba."]
        .iter()
        .zip(&people)
        .map(|(text, p)| Speech {
            speaker_id: Some(p.id),
            time: Some(time(14, 30)),
            text: text.to_string(),
            ..Speech::default()
        })
        .collect();
    let vote = |question: &str| Vote {
        question: question.to_string(),
        method: VoteMethod::ShowOfHands,
        votes_for: 3,
        votes_against: 0,
        votes_other: 0,
        ..Vote::default()
    };
    m.votes = vec![vote("Thông qua kế hoạch"), vote("Thông qua dự thảo nghị quyết")];
    let first = m.conclusions.items[0].clone();
    m.conclusions.items.push(ConclusionItem { text: "Tổng kết công tác.".to_string(), ..first });
    m.id = store.create_meeting(&m).unwrap();
    m
}

fn texts(m: &Meeting) -> Vec<&str> {
    m.speeches.iter().map(|s| s.text.as_str()).collect()
}

#[test]
fn a_trashed_meeting_leaves_the_list_and_exports_and_comes_back_whole() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    let other = store.create_meeting(&Meeting { title: "Hội nghị khác".to_string(), ..m.clone() }).unwrap();

    let entry = store.trash_meeting(m.id).unwrap();
    assert_eq!(entry.item, TrashedItem::Meeting);
    assert_eq!(entry.meeting_title, m.title);
    assert_eq!(entry.meeting_date, m.date);
    let listed: Vec<i64> = store.meetings(&MeetingFilter::default()).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(listed, vec![other]);
    let searched = store.meetings(&MeetingFilter { text: Some("chu de nam 2018".to_string()), ..Default::default() });
    assert_eq!(searched.unwrap().len(), 0, "the trashed meeting is not found by its title");
    match store.meeting(m.id) {
        Err(e @ StoreError::InTrash { .. }) => {
            assert_eq!(
                e.user_message(),
                format!("Hội nghị «{}» đang ở thùng rác: hãy khôi phục hội nghị trước.", m.title)
            );
            assert!(e.is_user_error());
        }
        other => panic!("expected InTrash, got {other:?}"),
    }
    assert!(matches!(store.trash_meeting(m.id), Err(StoreError::InTrash { .. })));
    // Not exported either, and no number is used up trying.
    store.save_organisation(&organisation()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let docx = out.path().join("bb.docx");
    let refused = documents::export(&store, m.id, DocumentKind::Minutes, None, &docx, false);
    assert!(matches!(refused, Err(ExportError::Store(StoreError::InTrash { .. }))));
    assert!(store.issued_documents().unwrap().is_empty());
    assert!(!docx.exists());
    assert_eq!(store.trash().unwrap(), vec![entry.clone()]);

    let restored = store.restore_from_trash(entry.id, None).unwrap();
    assert_eq!(restored.position, None);
    assert_eq!(store.meeting(m.id).unwrap(), m, "every part of the record is back");
    assert_eq!(store.meetings(&MeetingFilter::default()).unwrap().len(), 2);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn a_deleted_speech_goes_to_the_trash_and_back_to_its_place() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);

    let entry = store.delete_meeting_item(&m, MeetingItemKind::Speech, 1).unwrap();
    assert_eq!(entry.position, Some(1));
    assert_eq!(entry.item, TrashedItem::Speech { speech: m.speeches[1].clone() });
    assert_eq!(texts(&store.meeting(m.id).unwrap()), vec!["Một.", "Ba."]);
    assert_eq!(store.trash().unwrap(), vec![entry.clone()]);

    let restored = store.restore_from_trash(entry.id, None).unwrap();
    assert_eq!(restored.position, Some(1));
    assert_eq!(store.meeting(m.id).unwrap(), m);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn delete_stores_the_unsaved_state_it_was_given_and_restore_keeps_later_edits() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    // On screen, ahead of the last autosave: a fourth speech and an edit.
    let mut on_screen = m.clone();
    on_screen.speeches[0].text = "Một, đã sửa.".to_string();
    on_screen.speeches.push(Speech { speaker_id: None, time: None, text: "Bốn.".to_string(), ..Speech::default() });

    let entry = store.delete_meeting_item(&on_screen, MeetingItemKind::Speech, 2).unwrap();
    assert_eq!(entry.item, TrashedItem::Speech { speech: m.speeches[2].clone() });
    assert_eq!(texts(&store.meeting(m.id).unwrap()), vec!["Một, đã sửa.", "Hai.", "Bốn."]);

    // Typed after the delete and not autosaved yet; the restore goes into it.
    let mut later = store.meeting(m.id).unwrap();
    later.speeches[1].text = "Hai, đã sửa.".to_string();
    let restored = store.restore_from_trash(entry.id, Some(&later)).unwrap();
    assert_eq!(restored.position, Some(2));
    assert_eq!(texts(&store.meeting(m.id).unwrap()), vec!["Một, đã sửa.", "Hai, đã sửa.", "Ba.", "Bốn."]);
}

#[test]
fn an_item_whose_old_place_is_gone_goes_back_at_the_end() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    let entry = store.delete_meeting_item(&m, MeetingItemKind::Speech, 2).unwrap();
    let mut shorter = store.meeting(m.id).unwrap();
    shorter.speeches.remove(0);
    store.save_meeting(&shorter).unwrap();

    let restored = store.restore_from_trash(entry.id, None).unwrap();
    assert_eq!(restored.position, Some(1));
    assert_eq!(texts(&store.meeting(m.id).unwrap()), vec!["Hai.", "Ba."]);
}

#[test]
fn a_deleted_vote_goes_to_the_trash_and_back_to_its_place() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);

    let entry = store.delete_meeting_item(&m, MeetingItemKind::Vote, 0).unwrap();
    assert_eq!(entry.item, TrashedItem::Vote { vote: m.votes[0].clone() });
    assert_eq!(store.meeting(m.id).unwrap().votes, vec![m.votes[1].clone()]);

    assert_eq!(store.restore_from_trash(entry.id, None).unwrap().position, Some(0));
    assert_eq!(store.meeting(m.id).unwrap().votes, m.votes);
}

#[test]
fn a_deleted_conclusion_item_goes_to_the_trash_and_back_to_its_place() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);

    let entry = store.delete_meeting_item(&m, MeetingItemKind::ConclusionItem, 1).unwrap();
    assert_eq!(entry.item, TrashedItem::ConclusionItem { item: m.conclusions.items[1].clone() });
    assert_eq!(store.meeting(m.id).unwrap().conclusions.items, vec![m.conclusions.items[0].clone()]);

    assert_eq!(store.restore_from_trash(entry.id, None).unwrap().position, Some(1));
    assert_eq!(store.meeting(m.id).unwrap().conclusions, m.conclusions);
}

#[test]
fn the_trash_lists_newest_first_and_survives_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    let store = Store::open(&path).unwrap();
    let m = stored_meeting(&store);
    let speech = store.delete_meeting_item(&m, MeetingItemKind::Speech, 0).unwrap();
    let vote = store.delete_meeting_item(&store.meeting(m.id).unwrap(), MeetingItemKind::Vote, 1).unwrap();
    let meeting = store.trash_meeting(m.id).unwrap();
    drop(store);

    let store = Store::open(&path).unwrap();
    let ids: Vec<i64> = store.trash().unwrap().iter().map(|e| e.id).collect();
    assert_eq!(ids, vec![meeting.id, vote.id, speech.id]);
}

#[test]
fn an_item_of_a_trashed_meeting_is_restored_only_after_the_meeting() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    let speech = store.delete_meeting_item(&m, MeetingItemKind::Speech, 0).unwrap();
    let meeting = store.trash_meeting(m.id).unwrap();

    let refused = store.restore_from_trash(speech.id, None).unwrap_err();
    assert!(matches!(refused, StoreError::InTrash { .. }));
    assert!(refused.user_message().contains("đang ở thùng rác"));
    assert_eq!(store.trash().unwrap().len(), 2, "the refused restore changed nothing");
    assert!(matches!(store.delete_meeting_item(&m, MeetingItemKind::Speech, 0), Err(StoreError::InTrash { .. })));

    store.restore_from_trash(meeting.id, None).unwrap();
    store.restore_from_trash(speech.id, None).unwrap();
    assert_eq!(store.meeting(m.id).unwrap(), m);
}

#[test]
fn a_failed_delete_changes_nothing() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    let missing = store.delete_meeting_item(&m, MeetingItemKind::Vote, 5).unwrap_err();
    assert_eq!(missing.user_message(), "Không tìm thấy biểu quyết có mã «6».");
    // A meeting pointing at an unknown person cannot be stored: the item
    // must then not be in the trash either.
    let mut broken = m.clone();
    broken.speeches[2].speaker_id = Some(9999);
    assert!(matches!(store.delete_meeting_item(&broken, MeetingItemKind::Speech, 0), Err(StoreError::NotFound { .. })));
    assert!(store.trash().unwrap().is_empty());
    assert_eq!(store.meeting(m.id).unwrap(), m);
}

#[test]
fn purging_is_final_and_a_purged_meeting_takes_its_entries_with_it() {
    let (_dir, store) = temp_store();
    let m = stored_meeting(&store);
    let vote = store.delete_meeting_item(&m, MeetingItemKind::Vote, 0).unwrap();
    store.purge_from_trash(vote.id).unwrap();
    assert!(store.trash().unwrap().is_empty());
    assert!(matches!(store.restore_from_trash(vote.id, None), Err(StoreError::NotFound { .. })));
    assert_eq!(store.meeting(m.id).unwrap().votes.len(), 1);

    store.delete_meeting_item(&store.meeting(m.id).unwrap(), MeetingItemKind::Speech, 0).unwrap();
    let meeting = store.trash_meeting(m.id).unwrap();
    store.purge_from_trash(meeting.id).unwrap();
    assert!(store.trash().unwrap().is_empty());
    assert!(matches!(store.meeting(m.id), Err(StoreError::NotFound { .. })));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn speeches_votes_and_items_of_record_v2_keep_every_field_through_the_trash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    let store = Store::open(&path).unwrap();
    let (mut m, _) = meeting_v2(&store);
    m.id = store.create_meeting(&m).unwrap();

    // A speech under an agenda item, an election with its ballot count and
    // candidates, a secret ballot with reserved opinions, a body-first item
    // with a lead and two supporting assignees.
    let speech = store.delete_meeting_item(&m, MeetingItemKind::Speech, 1).unwrap();
    let election = store.delete_meeting_item(&store.meeting(m.id).unwrap(), MeetingItemKind::Vote, 1).unwrap();
    let ballot = store.delete_meeting_item(&store.meeting(m.id).unwrap(), MeetingItemKind::Vote, 1).unwrap();
    let item = store.delete_meeting_item(&store.meeting(m.id).unwrap(), MeetingItemKind::ConclusionItem, 1).unwrap();
    assert_eq!(speech.item, TrashedItem::Speech { speech: m.speeches[1].clone() });
    assert_eq!(election.item, TrashedItem::Vote { vote: m.votes[1].clone() });
    assert_eq!(ballot.item, TrashedItem::Vote { vote: m.votes[2].clone() });
    assert_eq!(item.item, TrashedItem::ConclusionItem { item: m.conclusions.items[1].clone() });
    let left = store.meeting(m.id).unwrap();
    assert_eq!((left.speeches.len(), left.votes.len(), left.conclusions.items.len()), (2, 1, 1));
    drop(store);

    // Kept across a reopen, and back in place with every field.
    let store = Store::open(&path).unwrap();
    for entry in [&ballot, &election, &item, &speech] {
        store.restore_from_trash(entry.id, None).unwrap();
    }
    assert_eq!(store.meeting(m.id).unwrap(), m);
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn a_person_named_only_by_an_item_in_the_trash_is_kept_until_the_item_is_purged() {
    let (_dir, store) = temp_store();
    let (mut m, people) = meeting_v2(&store);
    m.id = store.create_meeting(&m).unwrap();
    // Đỗ Minh Tuấn is an absent member, a candidate of the election and
    // holds two reserved opinions. Take his attendance, one opinion and both
    // other votes away: only the trash names him.
    let tuan = &people[5];
    let mut on_screen = m.clone();
    on_screen.attendance.retain(|a| a.person_id != tuan.id);
    let election = store.delete_meeting_item(&on_screen, MeetingItemKind::Vote, 1).unwrap();
    let mut on_screen = store.meeting(m.id).unwrap();
    on_screen.votes[0].reserved_opinions.clear();
    let ballot = store.delete_meeting_item(&on_screen, MeetingItemKind::Vote, 1).unwrap();

    for entry in [&election, &ballot] {
        match store.delete_person(tuan.id) {
            Err(e @ StoreError::PersonInUse { .. }) => {
                assert!(e.user_message().contains("Đỗ Minh Tuấn"), "{}", e.user_message());
            }
            other => panic!("expected a refusal, got {other:?}"),
        }
        store.purge_from_trash(entry.id).unwrap();
    }
    assert_eq!(store.delete_person(tuan.id).unwrap(), *tuan);
}
