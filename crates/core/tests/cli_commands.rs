//! The built `bienban` binary as a script would use it: stdout carries only
//! data, messages go to stderr in Vietnamese, exit codes 0 / 1 / 2.

mod store_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use store_support::{bienban, dump, example_files, stderr, stdout};

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    (dir, path)
}

fn import(db: &Path, file: &Path) -> i64 {
    let out = bienban(db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out).trim_end_matches('\n').parse().unwrap()
}

#[test]
fn import_prints_the_new_id_alone_and_list_shows_every_meeting() {
    let (_dir, db) = temp_db();
    let ids: Vec<i64> = example_files().iter().map(|f| import(&db, f)).collect();
    assert_eq!(ids, (1..=ids.len() as i64).collect::<Vec<_>>());
    let out = bienban(&db, &["list"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), ids.len());
    // Newest first: the chi bộ meeting of 05/3/2018 leads.
    assert_eq!(lines[0], "1\t2018-03-05\tSinh hoạt chi bộ\tSinh hoạt chi bộ thường kỳ tháng 3 năm 2018");
    assert!(lines[1].starts_with("2\t2018-02-27\tHội nghị mở rộng\tHội nghị triển khai thực hiện chủ đề"));
}

#[test]
fn show_round_trips_through_import() {
    let (_dir, db) = temp_db();
    let duc_giang = example_files().into_iter().find(|f| f.to_string_lossy().contains("duc-giang")).unwrap();
    let id = import(&db, &duc_giang);
    let shown = bienban(&db, &["show", &id.to_string()]);
    assert_eq!(shown.status.code(), Some(0));
    let first = stdout(&shown);
    assert!(first.contains("\"format\": \"bienban.meeting/2\""));
    assert!(first.contains("Nguyễn Thế Thạch"));

    let (_dir2, db2) = temp_db();
    let file = _dir2.path().join("shown.json");
    std::fs::write(&file, &first).unwrap();
    let id2 = import(&db2, &file);
    assert_eq!(stdout(&bienban(&db2, &["show", &id2.to_string()])), first);
}

#[test]
fn a_v1_file_imports_and_shows_as_v2_and_a_v2_key_in_it_is_refused_at_its_line() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (dir, db) = temp_db();
    let id = import(&db, &fixtures.join("v1/duc-giang-2018-02-27.json"));
    let shown = stdout(&bienban(&db, &["show", &id.to_string()]));
    assert!(shown.contains("\"format\": \"bienban.meeting/2\"") && shown.contains("\"read_back\": false"));

    let v1 = std::fs::read_to_string(fixtures.join("v1/chi-bo-to-dan-pho-3-2018-03-05.json")).unwrap();
    let line = v1.lines().position(|l| l.contains("\"copies\"")).unwrap() + 1;
    let broken = dir.path().join("v1-read-back.json");
    std::fs::write(&broken, v1.replacen("\"copies\"", "\"read_back\": true, \"copies\"", 1)).unwrap();
    let out = bienban(&db, &["import", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("Tệp không hợp lệ tại «meeting.read_back» (dòng {line}, ")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn check_prints_one_warning_a_line() {
    let (dir, db) = temp_db();
    let clean = import(&db, &example_files()[0]);
    let out = bienban(&db, &["check", &clean.to_string()]);
    assert_eq!((out.status.code(), stdout(&out)), (Some(0), String::new()));

    let text = std::fs::read_to_string(&example_files()[0]).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["meeting"]["end_time"] = serde_json::json!("07:00:00");
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!(2);
    let file = dir.path().join("warn.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let id = import(&db, &file);
    let out = bienban(&db, &["check", &id.to_string()]);
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("vote_majority_not_reached\tBiểu quyết 1"), "{lines:?}");
    assert!(lines[1].starts_with("end_before_start\tGiờ kết thúc"), "{lines:?}");
}

#[test]
fn a_bad_file_exits_1_names_the_field_and_leaves_the_database_unchanged() {
    let (dir, db) = temp_db();
    import(&db, &example_files()[0]);
    let before = dump(&db);

    let text = std::fs::read_to_string(&example_files()[1]).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["meeting"]["members_convened"] = serde_json::json!(-3);
    let file = dir.path().join("bad.json");
    std::fs::write(&file, v.to_string()).unwrap();
    let out = bienban(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    let message = stderr(&out);
    assert!(message.contains("meeting.members_convened") && message.contains("-3"), "{message}");
    assert!(message.starts_with("Lỗi: Tệp không hợp lệ"), "{message}");
    assert_eq!(dump(&db), before);

    let out = bienban(&db, &["import", dir.path().join("không-có.json").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Không đọc được tệp"));
    std::fs::write(&file, [0xff, 0xfe, 0x00]).unwrap();
    let out = bienban(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("UTF-8"));
    assert_eq!(dump(&db), before);
}

#[test]
fn a_bad_file_does_not_create_a_database() {
    let (dir, db) = temp_db();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, "{").unwrap();
    assert_eq!(bienban(&db, &["import", file.to_str().unwrap()]).status.code(), Some(1));
    assert!(!db.exists());
}

#[test]
fn unknown_ids_and_bad_arguments_exit_1_and_help_exits_0() {
    let (_dir, db) = temp_db();
    for args in [&["show", "42"][..], &["check", "42"]] {
        let out = bienban(&db, args);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stderr(&out), "Lỗi: Không tìm thấy hội nghị có mã «42».\n");
    }
    let out = bienban(&db, &["show", "bốn"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("Lệnh không hợp lệ"));
    assert_eq!(bienban(&db, &["frobnicate"]).status.code(), Some(1));
    let help = bienban(&db, &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("import"));
    assert!(!stdout(&help).contains("crash-test-worker"));
}

#[test]
fn an_unusable_database_path_is_an_internal_error() {
    let (dir, _) = temp_db();
    // A directory where the database file should be.
    let out = bienban(dir.path(), &["list"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("Lỗi: "));
}

#[test]
fn the_database_env_variable_is_the_default_path() {
    let (_dir, db) = temp_db();
    let out = Command::new(env!("CARGO_BIN_EXE_bienban"))
        .args(["import", example_files()[0].to_str().unwrap()])
        .env("BIENBAN_DB", &db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(db.exists());
}

/// Words of the system's English error texts that must never reach a user.
const SYSTEM_ENGLISH: &[&str] =
    &["No such file", "os error", "Permission denied", "Is a directory", "at path", ".bienban-"];

fn assert_vietnamese_refusal(out: &Output, words: &str) {
    let message = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{message}");
    assert!(message.starts_with("Lỗi: ") && message.contains(words), "{message}");
    for english in SYSTEM_ENGLISH {
        assert!(!message.contains(english), "{english:?} in: {message}");
    }
}

#[test]
fn user_mistakes_exit_1_with_a_vietnamese_message_and_no_system_text() {
    let (dir, db) = temp_db();
    let missing = dir.path().join("khong-co.json");
    assert_vietnamese_refusal(&bienban(&db, &["import", missing.to_str().unwrap()]), "không có tệp hoặc thư mục này");
    assert_vietnamese_refusal(&bienban(&db, &["import", dir.path().to_str().unwrap()]), "Không đọc được tệp");
    let broken = dir.path().join("hong.json");
    std::fs::write(&broken, "{\"format\": \"bienban.meeting/1\",}").unwrap();
    assert_vietnamese_refusal(&bienban(&db, &["import", broken.to_str().unwrap()]), "Tệp không hợp lệ");

    let id = import(&db, &example_files()[0]).to_string();
    let nowhere = dir.path().join("khong-co").join("bien-ban.docx");
    let out = bienban(&db, &["export", &id, "--document", "minutes", "--out", nowhere.to_str().unwrap()]);
    assert_vietnamese_refusal(&out, "Không có thư mục");
    let out = bienban(&db, &["export", &id, "--document", "minutes", "--out", dir.path().to_str().unwrap(), "--force"]);
    assert_vietnamese_refusal(&out, "là một thư mục");
    let list = bienban(&db, &["list"]);
    assert_eq!(stdout(&list).lines().count(), 1);
}

#[test]
fn a_meeting_file_saved_with_a_utf8_byte_order_mark_imports() {
    let (dir, db) = temp_db();
    let with_bom = dir.path().join("notepad.json");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(std::fs::read(&example_files()[0]).unwrap());
    std::fs::write(&with_bom, bytes).unwrap();
    assert_eq!(import(&db, &with_bom), 1);
}
