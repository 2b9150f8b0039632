//! Backups, restore and the start-up check of `Store::open`, on real files.

mod store_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use bienban_core::model::{DocumentKind, MeetingId};
use bienban_core::store::{MeetingFilter, Store, StoreError, backup};
use store_support::{meeting_with_people, organisation};

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    (dir, path)
}

fn meeting_ids(store: &Store) -> BTreeSet<MeetingId> {
    store.meetings(&MeetingFilter::default()).unwrap().into_iter().map(|m| m.id).collect()
}

/// A database with the organisation and one meeting; returns its id.
fn filled(path: &Path) -> MeetingId {
    let store = Store::open(path).unwrap();
    store.save_organisation(&organisation()).unwrap();
    let (meeting, _) = meeting_with_people(&store);
    store.create_meeting(&meeting).unwrap()
}

/// Overwrites the middle of the file (its table pages), keeping the header.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    assert!(bytes.len() > 8192, "the fixture database is too small to damage: {}", bytes.len());
    let end = bytes.len() - 1024;
    for b in &mut bytes[4096..end] {
        *b = 0xA5;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_backup_taken_while_another_connection_commits_holds_every_acknowledged_meeting() {
    let (dir, path) = temp_db();
    filled(&path);
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, acknowledged, stop) = (path.clone(), acknowledged.clone(), stop.clone());
        std::thread::spawn(move || {
            let store = Store::open(&path).unwrap();
            let (mut meeting, _) = meeting_with_people(&store);
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) && n < 400 {
                meeting.title = format!("Hội nghị số {n}");
                let id = store.create_meeting(&meeting).unwrap();
                // Acknowledged: create_meeting returned after its COMMIT.
                acknowledged.lock().unwrap().insert(id);
                n += 1;
            }
        })
    };
    let reader = Store::open(&path).unwrap();
    let mut checked = 0;
    for round in 0..6 {
        while acknowledged.lock().unwrap().len() < (round + 1) * 5 && !writer.is_finished() {
            std::thread::yield_now();
        }
        let before: BTreeSet<MeetingId> = acknowledged.lock().unwrap().clone();
        let target = dir.path().join(format!("copy-{round}.sqlite3"));
        reader.backup_to(&target).unwrap();
        let copy = Store::open(&target).unwrap();
        let in_copy = meeting_ids(&copy);
        let missing: Vec<_> = before.difference(&in_copy).collect();
        assert!(missing.is_empty(), "round {round}: acknowledged meetings {missing:?} are not in the backup");
        assert_eq!(copy.integrity_check().unwrap(), "ok");
        checked += before.len();
    }
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    assert!(checked > 0);
}

#[test]
fn automatic_backups_go_to_the_backups_folder_next_to_the_database() {
    let (dir, path) = temp_db();
    let id = filled(&path);
    let store = Store::open(&path).unwrap();
    store.start_auto_backups();
    let backups = backup::list(&dir.path().join("backups"));
    assert_eq!(backups.len(), 1);
    let copy = Store::open(&backups[0]).unwrap();
    assert_eq!(copy.meeting(id).unwrap().title, store.meeting(id).unwrap().title);
    let info = store.storage_info();
    assert_eq!(info.database, path.display().to_string());
    assert_eq!(info.backups_dir, dir.path().join("backups").display().to_string());
    assert_eq!(info.newest_backup, Some(backups[0].display().to_string()));
    assert_eq!(info.last_error, None);
    // After an export the app backs up again; an edit within the
    // interval does not.
    store.auto_backup_now();
    store.save_organisation(&organisation()).unwrap();
    assert_eq!(backup::list(&dir.path().join("backups")).len(), 2);
}

#[test]
fn rotation_keeps_the_newest_ten_and_the_newest_of_each_month() {
    let dir = tempfile::tempdir().unwrap();
    let start = chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap().and_hms_opt(9, 0, 0).unwrap();
    // Every third day for five months: 50 backups.
    let times: Vec<_> = (0..50).map(|i| start + chrono::Duration::days(3 * i)).collect();
    for t in &times {
        std::fs::write(dir.path().join(backup::file_name_at(*t)), b"x").unwrap();
    }
    std::fs::write(dir.path().join("ghi-chu.txt"), b"not a backup").unwrap();
    let deleted = backup::rotate(dir.path()).unwrap();

    let mut expected: BTreeSet<String> = times.iter().rev().take(10).map(|t| backup::file_name_at(*t)).collect();
    let mut months = BTreeSet::new();
    for t in times.iter().rev() {
        if months.insert(t.format("%Y-%m").to_string()) {
            expected.insert(backup::file_name_at(*t));
        }
    }
    let left: BTreeSet<String> =
        backup::list(dir.path()).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(left, expected);
    assert_eq!(deleted.len(), 50 - expected.len());
    // Months 2025-11 … 2026-03 each keep one besides the newest ten.
    assert_eq!(months.len(), 5);
    assert!(dir.path().join("ghi-chu.txt").exists());
}

#[test]
fn a_damaged_database_is_refused_kept_aside_untouched_and_restored_from_the_newest_backup() {
    let (dir, path) = temp_db();
    let id = filled(&path);
    let older = {
        let store = Store::open(&path).unwrap();
        let older = store.backup_now().unwrap().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(5));
        store.backup_now().unwrap().unwrap();
        older
    };
    // The newest backup is itself damaged: the older good one is offered.
    let backups = backup::list(&dir.path().join("backups"));
    damage(&backups[0]);
    damage(&path);
    let damaged_bytes = std::fs::read(&path).unwrap();

    let error = match Store::open(&path) {
        Err(e) => e,
        Ok(_) => panic!("a damaged database was opened"),
    };
    let StoreError::Damaged { kept_aside, backup: offered, .. } = &error else { panic!("{error:?}") };
    assert_eq!(offered.as_deref(), Some(older.as_path()));
    let aside = kept_aside.clone().unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), damaged_bytes);
    assert_eq!(std::fs::read(&path).unwrap(), damaged_bytes, "the damaged file was changed");
    let message = error.user_message();
    assert!(message.contains("bị hỏng"), "{message}");
    assert!(message.contains(&format!("bienban restore \"{}\"", older.display())), "{message}");
    assert!(error.is_user_error());

    // Opening again keeps one copy, not one per attempt.
    let _ = Store::open(&path);
    let copies = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".damaged-"))
        .collect::<Vec<_>>();
    assert_eq!(copies.len(), 1, "{copies:?}");

    let restored = backup::restore(&path, &older).unwrap();
    assert!(restored.previous.is_some());
    let store = Store::open(&path).unwrap();
    assert_eq!(store.meeting(id).unwrap().title, "Hội nghị triển khai chủ đề năm 2018");
    assert_eq!(std::fs::read(&aside).unwrap(), damaged_bytes);
}

#[test]
fn a_zero_byte_or_foreign_file_is_refused_and_left_as_it_is() {
    let (dir, path) = temp_db();
    std::fs::write(&path, b"").unwrap();
    let error = Store::open(&path).err().unwrap();
    assert!(matches!(error, StoreError::EmptyFile { .. }), "{error:?}");
    assert!(error.user_message().contains("rỗng"));
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);

    let text = dir.path().join("ghi-chu.sqlite3");
    std::fs::write(&text, "Họ và tên;Chức vụ\n").unwrap();
    let error = Store::open(&text).err().unwrap();
    assert!(matches!(error, StoreError::NotADatabase { .. }), "{error:?}");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "Họ và tên;Chức vụ\n");

    let other = dir.path().join("other.sqlite3");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE notes (x TEXT);").unwrap();
    let error = Store::open(&other).err().unwrap();
    assert!(matches!(error, StoreError::ForeignDatabase { .. }), "{error:?}");
}

#[test]
fn a_newer_schema_asks_to_update_the_app() {
    let (_dir, path) = temp_db();
    filled(&path);
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let error = Store::open(&path).err().unwrap();
    assert!(matches!(error, StoreError::NewerSchema { found: 99, .. }), "{error:?}");
    assert!(error.user_message().contains("Hãy cập nhật ứng dụng Biên bản"), "{}", error.user_message());
    assert!(error.is_user_error());
}

#[cfg(unix)]
#[test]
fn a_read_only_database_is_listed_and_exported_without_being_changed() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = temp_db();
    let id = filled(&path);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();

    let store = Store::open(&path).unwrap();
    assert!(store.is_read_only());
    assert_eq!(meeting_ids(&store), BTreeSet::from([id]));
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("bien-ban.docx");
    let outcome = bienban_core::documents::export(&store, id, DocumentKind::Minutes, None, &target, false).unwrap();
    assert_eq!(outcome.issued.number, 1);
    assert!(std::fs::metadata(&target).unwrap().len() > 1000);
    // Nothing could be recorded, and a change is refused in Vietnamese.
    assert!(store.issued_documents().unwrap().is_empty());
    let error = store.save_organisation(&organisation()).unwrap_err();
    assert_eq!(error.code(), "read_only");
    assert!(error.user_message().contains("chỉ đọc"));
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(dir);
}

#[test]
fn restore_refuses_what_is_not_a_sound_biên_bản_database_and_changes_nothing() {
    let (dir, path) = temp_db();
    filled(&path);
    let before = store_support::dump(&path);
    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "không phải cơ sở dữ liệu").unwrap();
    let foreign = dir.path().join("foreign.sqlite3");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE notes (x TEXT);").unwrap();
    let damaged = dir.path().join("damaged.sqlite3");
    filled(&damaged);
    damage(&damaged);
    for (file, code) in
        [(&empty, "empty_file"), (&text, "not_a_database"), (&foreign, "foreign_database"), (&damaged, "damaged")]
    {
        let error = backup::restore(&path, file).unwrap_err();
        assert_eq!(error.code(), code, "{}: {}", file.display(), error.user_message());
    }
    assert_eq!(store_support::dump(&path), before);
    assert!(backup::list(&dir.path().join("backups")).is_empty(), "a refused restore kept a backup");
}

#[test]
fn restore_keeps_the_current_database_as_a_backup_first() {
    let (dir, path) = temp_db();
    filled(&path);
    let source = dir.path().join("from-usb.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        store.backup_to(&source).unwrap();
        store.delete_meeting(1).unwrap();
    }
    let restored = backup::restore(&path, &source).unwrap();
    let kept = restored.previous.unwrap();
    assert_eq!(kept.parent().unwrap(), dir.path().join("backups"));
    assert!(meeting_ids(&Store::open(&kept).unwrap()).is_empty(), "the kept copy is the database before restore");
    assert_eq!(meeting_ids(&Store::open(&path).unwrap()), BTreeSet::from([1]));
}
