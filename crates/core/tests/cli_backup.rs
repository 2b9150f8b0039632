//! `bienban backup`, `restore` and `archive` on the built binary.

mod store_support;

use std::path::PathBuf;
use std::process::Output;

use store_support::{bienban, dump, example_files, stderr, stdout};

fn ok(o: Output) -> String {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

/// A database holding every example meeting, with two numbers issued.
fn filled() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bienban.sqlite3");
    for file in example_files() {
        ok(bienban(&db, &["import", file.to_str().unwrap()]));
    }
    for (id, kind) in [("1", "minutes"), ("2", "notice")] {
        let out = dir.path().join(format!("{id}-{kind}.docx"));
        ok(bienban(&db, &["export", id, "--document", kind, "--out", out.to_str().unwrap()]));
    }
    (dir, db)
}

#[test]
fn backup_writes_a_copy_that_lists_the_same_and_refuses_an_existing_file() {
    let (dir, db) = filled();
    let copy = dir.path().join("usb").join("sao-luu.sqlite3");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    assert_eq!(ok(bienban(&db, &["backup", copy.to_str().unwrap()])).trim(), copy.display().to_string());
    assert_eq!(ok(bienban(&copy, &["list"])), ok(bienban(&db, &["list"])));
    assert_eq!(dump(&copy), dump(&db));

    let again = bienban(&db, &["backup", copy.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("đã có"), "{}", stderr(&again));
}

#[test]
fn restore_puts_a_backup_back_and_keeps_the_current_database_first() {
    let (dir, db) = filled();
    let copy = dir.path().join("sao-luu.sqlite3");
    ok(bienban(&db, &["backup", copy.to_str().unwrap()]));
    let before = dump(&db);
    let extra = example_files()[0].clone();
    ok(bienban(&db, &["import", extra.to_str().unwrap()]));
    let with_extra = dump(&db);

    let text = ok(bienban(&db, &["restore", copy.to_str().unwrap()]));
    assert!(text.contains("Đã khôi phục"), "{text}");
    assert_eq!(dump(&db), before);
    let kept: Vec<PathBuf> =
        std::fs::read_dir(dir.path().join("backups")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(kept.len(), 1);
    assert!(text.contains(&kept[0].display().to_string()), "{text}");
    assert_eq!(dump(&kept[0]), with_extra);
}

#[test]
fn restore_refuses_a_file_that_is_not_a_biên_bản_database() {
    let (dir, db) = filled();
    let before = dump(&db);
    let notes = dir.path().join("notes.sqlite3");
    std::fs::write(&notes, "Danh sách đảng viên").unwrap();
    let meeting_file = example_files()[0].clone();
    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").unwrap();
    for file in [&notes, &meeting_file, &empty] {
        let out = bienban(&db, &["restore", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let message = stderr(&out);
        assert!(message.starts_with("Lỗi: "), "{message}");
        assert!(message.contains("cơ sở dữ liệu hiện tại không thay đổi"), "{message}");
    }
    assert_eq!(dump(&db), before);
}

#[test]
fn a_damaged_database_names_the_newest_backup_and_the_restore_command() {
    let (dir, db) = filled();
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let good = backups.join("bienban-20260301-090000-000.sqlite3");
    ok(bienban(&db, &["backup", good.to_str().unwrap()]));
    let mut bytes = std::fs::read(&db).unwrap();
    let end = bytes.len() - 512;
    bytes[4096..end].fill(0x5A);
    std::fs::write(&db, &bytes).unwrap();

    let out = bienban(&db, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(message.contains("bị hỏng"), "{message}");
    assert!(message.contains(&format!("bienban restore \"{}\"", good.display())), "{message}");
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the damaged file was changed");

    ok(bienban(&db, &["restore", good.to_str().unwrap()]));
    assert_eq!(ok(bienban(&db, &["list"])).lines().count(), example_files().len());
}

#[test]
fn a_newer_schema_and_an_empty_file_exit_1_in_vietnamese() {
    let (dir, db) = filled();
    rusqlite::Connection::open(&db).unwrap().pragma_update(None, "user_version", 42).unwrap();
    let out = bienban(&db, &["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Hãy cập nhật ứng dụng Biên bản"), "{}", stderr(&out));

    let empty = dir.path().join("empty.sqlite3");
    std::fs::write(&empty, b"").unwrap();
    let meeting_file = example_files()[0].clone();
    let out = bienban(&empty, &["import", meeting_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("rỗng"), "{}", stderr(&out));
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
}

#[cfg(unix)]
#[test]
fn a_read_only_database_lists_shows_checks_and_exports_elsewhere_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, db) = filled();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&db).unwrap();
    assert_eq!(ok(bienban(&db, &["list"])).lines().count(), example_files().len());
    ok(bienban(&db, &["show", "1"]));
    ok(bienban(&db, &["check", "1"]));
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("nghi-quyet.docx");
    let out = bienban(&db, &["export", "3", "--document", "resolution", "--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("chỉ đọc"), "{}", stderr(&out));
    assert!(target.exists());
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before);
    drop(dir);
}

#[test]
fn the_whole_archive_round_trips_into_an_empty_database() {
    let (dir, db) = filled();
    let first = dir.path().join("kho.json");
    ok(bienban(&db, &["archive", "export", first.to_str().unwrap()]));
    let text = std::fs::read_to_string(&first).unwrap();
    assert!(text.contains("\"format\": \"bienban.archive/2\""));

    let new_pc = dir.path().join("may-moi.sqlite3");
    let imported = ok(bienban(&new_pc, &["archive", "import", first.to_str().unwrap()]));
    assert!(imported.contains(&format!("{} hội nghị, 2 số văn bản", example_files().len())), "{imported}");
    let second = ok(bienban(&new_pc, &["archive", "export", "-"]));
    assert_eq!(second, text);
    assert_eq!(ok(bienban(&new_pc, &["list"])), ok(bienban(&db, &["list"])));
    for id in ["1", "2"] {
        assert_eq!(ok(bienban(&new_pc, &["show", id])), ok(bienban(&db, &["show", id])));
    }
    // The register came along: exporting again keeps the number issued.
    let out = dir.path().join("again.docx");
    let line = ok(bienban(&new_pc, &["export", "1", "--document", "minutes", "--out", out.to_str().unwrap()]));
    let original = dir.path().join("1-minutes.docx");
    let first_line =
        ok(bienban(&db, &["export", "1", "--document", "minutes", "--out", original.to_str().unwrap(), "--force"]));
    assert_eq!(line.split('\t').nth(1), first_line.split('\t').nth(1));
}

#[test]
fn an_archive_goes_only_into_an_empty_database_and_a_bad_one_changes_nothing() {
    let (dir, db) = filled();
    let archive = dir.path().join("kho.json");
    ok(bienban(&db, &["archive", "export", archive.to_str().unwrap()]));
    let before = dump(&db);
    let out = bienban(&db, &["archive", "import", archive.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("chỉ nhập vào một cơ sở dữ liệu trống"), "{}", stderr(&out));
    assert_eq!(dump(&db), before);

    // A meeting file is not an archive; a dangling key is refused before writing.
    let target = dir.path().join("trong.sqlite3");
    let out = bienban(&target, &["archive", "import", example_files()[0].to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bienban.archive/2"), "{}", stderr(&out));
    let broken = std::fs::read_to_string(&archive).unwrap().replacen("\"meeting\": \"m1\"", "\"meeting\": \"m99\"", 1);
    let broken_file = dir.path().join("hong.json");
    std::fs::write(&broken_file, broken).unwrap();
    let out = bienban(&target, &["archive", "import", broken_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("m99"), "{}", stderr(&out));
    assert!(!target.exists(), "a refused archive created a database");
}
