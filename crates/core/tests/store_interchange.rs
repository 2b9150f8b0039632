//! The interchange format against a real database: every sample imports,
//! export → import → export is stable, and a refused file changes nothing.

mod store_support;

use std::collections::HashSet;

use bienban_core::format_profile::FormatProfile;
use bienban_core::interchange::{self, InterchangeError, samples::SAMPLES};
use bienban_core::model::Speech;
use bienban_core::store::{MeetingFilter, Store};
use bienban_core::validate;
use store_support::*;

fn file_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bienban.sqlite3");
    let store = Store::open(&path).unwrap();
    (dir, path, store)
}

#[test]
fn every_example_imports_and_validates_without_warnings() {
    let files = example_files();
    assert!(files.len() >= 3, "{files:?}");
    assert_eq!(files.len(), SAMPLES.len(), "every example is embedded in samples::SAMPLES");
    let store = Store::open_in_memory().unwrap();
    for file in &files {
        let json = std::fs::read_to_string(file).unwrap();
        let id = interchange::import(&store, &json).unwrap_or_else(|e| panic!("{file:?}: {}", e.user_message()));
        let meeting = store.meeting(id).unwrap();
        let warnings = validate::check_named(&meeting, &FormatProfile::hd36_2018(), &store.people().unwrap());
        assert!(warnings.is_empty(), "{file:?}: {warnings:?}");
        assert!(!meeting.speeches.is_empty() && !meeting.conclusions.items.is_empty(), "{file:?}");
    }
    assert_eq!(store.meetings(&MeetingFilter::default()).unwrap().len(), files.len());
}

#[test]
fn duc_giang_sample_keeps_the_real_names_positions_and_conclusions() {
    let store = Store::open_in_memory().unwrap();
    let (_, json) = SAMPLES.iter().find(|(name, _)| name.starts_with("duc-giang")).unwrap();
    let id = interchange::import(&store, json).unwrap();
    let m = store.meeting(id).unwrap();
    let name_of = |pid| store.person(pid).unwrap();
    let concluder = name_of(m.conclusions.concluded_by.unwrap());
    assert_eq!(concluder.full_name, "Vũ Hoàng Long");
    assert_eq!(concluder.position, "Phó Bí thư Thường trực Đảng ủy phường");
    let people = store.people().unwrap();
    let thach = people.iter().find(|p| p.full_name == "Nguyễn Thế Thạch").unwrap();
    assert_eq!(thach.position, "Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Tuyên giáo Quận ủy");
    assert!(people.iter().any(
        |p| p.full_name == "Lương Hồng Điệp" && p.position == "Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường"
    ));
    assert_eq!(m.date, date(2018, 2, 27));
    assert_eq!(m.conclusions.items.len(), 4);
    assert!(m.speeches.iter().any(|s| s.text.contains('\n')), "multi-paragraph speeches");
    assert!(!m.resolution.legal_bases.is_empty());
}

#[test]
fn export_import_export_gives_an_equal_document() {
    for (name, json) in SAMPLES {
        let first = Store::open_in_memory().unwrap();
        let id = interchange::import(&first, json).unwrap();
        let exported = interchange::export(&first, id).unwrap();
        let text = interchange::to_json(&exported);

        let second = Store::open_in_memory().unwrap();
        // A directory that already holds other people gives other ids.
        second.add_person(&new_person("Người có sẵn", "Đảng viên")).unwrap();
        let id2 = interchange::import(&second, &text).unwrap();
        let again = interchange::export(&second, id2).unwrap();
        assert_eq!(exported, again, "{name}");
        assert_eq!(text, interchange::to_json(&again), "{name}");
        // And the meeting itself is equal apart from the person ids.
        let a = first.meeting(id).unwrap();
        let b = second.meeting(id2).unwrap();
        assert_eq!((a.title, a.speeches.len(), a.attendance.len()), (b.title, b.speeches.len(), b.attendance.len()));
    }
}

#[test]
fn a_speech_without_a_speaker_survives_export_and_import() {
    let store = Store::open_in_memory().unwrap();
    let (mut meeting, _) = meeting_with_people(&store);
    meeting.speeches.insert(
        0,
        Speech {
            speaker_id: None, time: None, text: "Ý kiến chưa rõ người nói".to_string(), ..Speech::default()
        },
    );
    let id = store.create_meeting(&meeting).unwrap();

    let exported = interchange::export(&store, id).unwrap();
    let text = interchange::to_json(&exported);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["meeting"]["speeches"][0]["speaker"], serde_json::Value::Null);
    assert_eq!(value["meeting"]["speeches"][0]["text"], "Ý kiến chưa rõ người nói");

    let other = Store::open_in_memory().unwrap();
    let id2 = interchange::import(&other, &text).unwrap();
    let back = other.meeting(id2).unwrap();
    assert_eq!(back.speeches.len(), 2);
    assert_eq!((back.speeches[0].speaker_id, back.speeches[0].text.as_str()), (None, "Ý kiến chưa rõ người nói"));
    assert!(back.speeches[1].speaker_id.is_some());
    assert_eq!(interchange::to_json(&interchange::export(&other, id2).unwrap()), text);

    // A hand-written file may leave the key out altogether.
    let mut v = sample_value();
    v["meeting"]["speeches"][0].as_object_mut().unwrap().remove("speaker");
    let id3 = interchange::import(&other, &v.to_string()).unwrap();
    assert_eq!(other.meeting(id3).unwrap().speeches[0].speaker_id, None);
}

#[test]
fn import_reuses_people_already_in_the_directory() {
    let store = Store::open_in_memory().unwrap();
    let (_, json) = SAMPLES.iter().find(|(name, _)| name.starts_with("duc-giang")).unwrap();
    interchange::import(&store, json).unwrap();
    let count = store.people().unwrap().len();
    interchange::import(&store, json).unwrap();
    assert_eq!(store.people().unwrap().len(), count);
}

#[test]
fn import_keeps_an_existing_organisation_profile() {
    let store = Store::open_in_memory().unwrap();
    let mut mine = organisation();
    mine.issuing_body = "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".to_string();
    store.save_organisation(&mine).unwrap();
    for (_, json) in SAMPLES {
        interchange::import(&store, json).unwrap();
    }
    assert_eq!(store.organisation().unwrap(), Some(mine));
}

fn sample_value() -> serde_json::Value {
    let (_, json) = SAMPLES.iter().find(|(name, _)| name.starts_with("chi-bo")).unwrap();
    serde_json::from_str(json).unwrap()
}

/// Imports `json` into a file database that already holds one sample and
/// checks the refusal left every table unchanged.
fn refused(json: &str) -> InterchangeError {
    let (_dir, path, store) = file_store();
    interchange::import(&store, SAMPLES[0].1).unwrap();
    let before = dump(&path);
    let err = interchange::import(&store, json).unwrap_err();
    assert_eq!(dump(&path), before, "a refused import changed the database");
    assert!(err.is_user_error(), "{err:?}");
    err
}

#[test]
fn a_missing_field_is_refused_naming_its_path() {
    let mut v = sample_value();
    v["meeting"].as_object_mut().unwrap().remove("title");
    let err = refused(&v.to_string());
    let message = err.user_message();
    assert!(message.contains("«meeting»") && message.contains("thiếu trường `title`"), "{message}");
}

#[test]
fn a_wrong_type_is_refused_with_expected_and_found() {
    let mut v = sample_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!("mười");
    let message = refused(&v.to_string()).user_message();
    assert!(message.contains("meeting.votes[0].votes_for"), "{message}");
    assert!(message.contains("gặp chuỗi \"mười\"") && message.contains("cần số nguyên không âm"), "{message}");

    let mut v = sample_value();
    v["meeting"]["attendance"][2]["status"] = serde_json::json!("on_leave");
    let message = refused(&v.to_string()).user_message();
    assert!(message.contains("meeting.attendance[2].status") && message.contains("on_leave"), "{message}");

    let mut v = sample_value();
    v["meeting"]["date"] = serde_json::json!("05/03/2018");
    let message = refused(&v.to_string()).user_message();
    assert!(message.contains("meeting.date"), "{message}");
}

#[test]
fn unknown_keys_fields_formats_and_broken_json_are_refused() {
    let mut v = sample_value();
    v["meeting"]["speeches"][1]["speaker"] = serde_json::json!("không-có");
    let message = refused(&v.to_string()).user_message();
    assert!(message.contains("meeting.speeches[1].speaker") && message.contains("không-có"), "{message}");

    let mut v = sample_value();
    v["meeting"]["titel"] = serde_json::json!("lỗi chính tả");
    assert!(refused(&v.to_string()).user_message().contains("titel"));

    let mut v = sample_value();
    v["format"] = serde_json::json!("bienban.meeting/3");
    assert!(matches!(refused(&v.to_string()), InterchangeError::UnsupportedFormat { .. }));

    let mut v = sample_value();
    let first = v["people"][0].clone();
    v["people"].as_array_mut().unwrap().push(first);
    assert!(matches!(refused(&v.to_string()), InterchangeError::DuplicatePerson { .. }));

    let text = sample_value().to_string();
    let cut = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap();
    let message = refused(&text[..cut]).user_message();
    assert!(message.contains("dòng 1"), "{message}");
    assert!(matches!(refused("[]"), InterchangeError::Invalid { .. }));
    assert!(matches!(refused(&format!("{text} {{}}")), InterchangeError::Invalid { .. }));
}

#[test]
fn hostile_text_is_stored_cleaned_and_large_speeches_survive() {
    let mut v = sample_value();
    let megabyte = "Đảng viên phát biểu ý kiến. ".repeat(40_000);
    assert!(megabyte.len() > 1_000_000);
    v["meeting"]["speeches"][0]["text"] = serde_json::json!(megabyte.clone());
    v["meeting"]["title"] = serde_json::json!("Sinh hoạt\u{0}\u{7} chi bộ 🇻🇳😀\u{FFFE}");
    // Decomposed (non-NFC) Vietnamese, as typed by some input methods.
    v["people"][0]["full_name"] = serde_json::json!("Hoa\u{300}ng Va\u{306}n Bi\u{300}nh");
    let store = Store::open_in_memory().unwrap();
    let id = interchange::import(&store, &v.to_string()).unwrap();
    let m = store.meeting(id).unwrap();
    assert_eq!(m.speeches[0].text, megabyte);
    assert_eq!(m.title, "Sinh hoạt chi bộ 🇻🇳😀");
    let chair = store.person(m.chair_ids[0]).unwrap();
    assert_eq!(chair.full_name, "Hoàng Văn Bình");
    assert_eq!(chair.full_name.chars().count(), 14, "stored precomposed (NFC)");
}

/// Strings a fuzzer or a careless paste produces: controls beside spaces,
/// a control between a letter and its marks, XML-invalid characters,
/// decomposed letters, odd white space.
const HOSTILE: &[&str] = &[
    "\u{1} Nguyễn Văn A",
    "  Trần Thị B \t",
    "\u{B}Bí thư\u{B}",
    "Nguye\u{1}\u{302}\u{303}n",
    "a\u{0}b\u{7}c\u{1F}",
    "\u{FFFE}Lê\u{FFFF}",
    "Hoa\u{300}ng",
    "😀🇻🇳 <&>\"'",
    "dòng một\r\ndòng hai",
    "\u{A0}khoảng trắng cứng\u{A0}",
    "\u{200B}không rộng\u{2028}",
    "\u{7F}\u{85}điều khiển C1",
];

#[test]
fn show_import_show_is_identical_for_hostile_text_and_reimport_adds_no_people() {
    for hostile in HOSTILE {
        let mut v = sample_value();
        v["people"][0]["full_name"] = serde_json::json!(hostile);
        v["people"][1]["position"] = serde_json::json!(hostile);
        v["people"][2]["unit"] = serde_json::json!(hostile);
        v["meeting"]["title"] = serde_json::json!(hostile);
        v["meeting"]["speeches"][0]["text"] = serde_json::json!(format!("{hostile} phát biểu"));
        v["meeting"]["conclusions"]["items"][0]["sub_points"] = serde_json::json!([hostile]);

        let store = Store::open_in_memory().unwrap();
        let id = interchange::import(&store, &v.to_string()).unwrap();
        let shown = interchange::to_json(&interchange::export(&store, id).unwrap());
        let people = store.people().unwrap().len();

        let again = interchange::import(&store, &shown).unwrap();
        let shown_again = interchange::to_json(&interchange::export(&store, again).unwrap());
        assert_eq!(shown, shown_again, "{hostile:?}");
        assert_eq!(store.people().unwrap().len(), people, "re-importing {hostile:?} added people");

        let other = Store::open_in_memory().unwrap();
        let elsewhere = interchange::import(&other, &shown).unwrap();
        assert_eq!(shown, interchange::to_json(&interchange::export(&other, elsewhere).unwrap()), "{hostile:?}");
    }
}

#[test]
fn a_control_character_before_a_name_is_removed_before_trimming() {
    let mut v = sample_value();
    v["people"][0]["full_name"] = serde_json::json!("\u{1} Nguyễn Văn A");
    let store = Store::open_in_memory().unwrap();
    let id = interchange::import(&store, &v.to_string()).unwrap();
    let chair = store.person(store.meeting(id).unwrap().chair_ids[0]).unwrap();
    assert_eq!(chair.full_name, "Nguyễn Văn A");
}

#[test]
fn two_people_alike_but_for_their_unit_stay_two_and_attendance_stays_right() {
    let mut v = sample_value();
    let mut twin = v["people"][2].clone();
    twin["key"] = serde_json::json!("twin");
    twin["unit"] = serde_json::json!("Chi bộ Tổ dân phố số 4");
    twin["member_kind"] = serde_json::json!("probationary");
    v["people"].as_array_mut().unwrap().push(twin);
    let first = v["meeting"]["attendance"][2]["person"].clone();
    assert_eq!(first, v["people"][2]["key"]);
    v["meeting"]["attendance"].as_array_mut().unwrap().push(serde_json::json!({
        "person": "twin", "role": "member", "status": "absent", "reason": "Đi công tác", "arrival_time": null
    }));
    // And an exact copy under a third key: still a person of its own.
    let mut copy = v["people"][2].clone();
    copy["key"] = serde_json::json!("copy");
    v["people"].as_array_mut().unwrap().push(copy);
    v["meeting"]["attendance"].as_array_mut().unwrap().push(serde_json::json!({
        "person": "copy", "role": "guest", "status": "present", "reason": "", "arrival_time": null
    }));

    for store in [Store::open_in_memory().unwrap(), {
        // A directory that already holds the person once.
        let s = Store::open_in_memory().unwrap();
        interchange::import(&s, &sample_value().to_string()).unwrap();
        s
    }] {
        let id = interchange::import(&store, &v.to_string()).unwrap();
        let m = store.meeting(id).unwrap();
        let ids: Vec<i64> = m.attendance.iter().map(|a| a.person_id).collect();
        let distinct: HashSet<i64> = ids.iter().copied().collect();
        assert_eq!(distinct.len(), ids.len(), "one directory entry per person of the file");
        let absent = m.attendance.iter().find(|a| a.reason == "Đi công tác").unwrap();
        let twin = store.person(absent.person_id).unwrap();
        assert_eq!(twin.unit, "Chi bộ Tổ dân phố số 4");
        assert_eq!(twin.member_kind, bienban_core::model::MemberKind::Probationary);
        let present = store.person(m.attendance[2].person_id).unwrap();
        assert_eq!(present.unit, "Chi bộ Tổ dân phố số 3");
        assert_ne!(m.attendance[2].status, bienban_core::model::AttendanceStatus::Absent);
    }
}

#[test]
fn a_file_with_a_utf8_byte_order_mark_imports() {
    let json = format!("\u{feff}{}", sample_value());
    let store = Store::open_in_memory().unwrap();
    let id = interchange::import(&store, &json).unwrap();
    assert!(!store.meeting(id).unwrap().title.is_empty());
}

/// English words serde, serde_json and chrono put in their messages.
const ENGLISH: &[&str] = &[
    "expected",
    "invalid",
    "missing",
    "unknown",
    "duplicate",
    "field",
    "variant",
    "value",
    "while",
    "parsing",
    "string",
    "integer",
    "sequence",
    "map",
    "struct",
    "length",
    "trailing",
    "input",
    "character",
    "number",
    "EOF",
    "type",
    "range",
    "premature",
    "escape",
    "boolean",
    "found",
    "element",
];

fn english_words(message: &str) -> Vec<&'static str> {
    // Names from the file stay as they are, between backticks or quotes.
    let mut outside = String::new();
    let mut quote = None;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' || c == '«' => quote = Some(if c == '«' { '»' } else { c }),
            None => outside.push(c),
        }
    }
    let words: Vec<String> = outside.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
    ENGLISH.iter().copied().filter(|w| words.iter().any(|x| x == &w.to_lowercase())).collect()
}

#[test]
fn every_refusal_of_a_broken_file_is_worded_in_vietnamese() {
    let text = sample_value().to_string();
    let mut broken: Vec<String> = vec![
        String::new(),
        "{".to_string(),
        "[1,".to_string(),
        "{\"format\"".to_string(),
        "{\"format\": \"bienban.meeting/1\",}".to_string(),
        "{\"format\" \"x\"}".to_string(),
        "{\"format\": tru}".to_string(),
        "{\"format\": \"\\q\"}".to_string(),
        "{\"format\": \"\\ud800\"}".to_string(),
        "{\"format\": 1e999}".to_string(),
        "{1: 2}".to_string(),
        "{\"format\": \"a\u{1}b\"}".to_string(),
        format!("{text} x"),
        "[".repeat(200),
        "\"\\u12".to_string(),
        "{\"format\": \"bienban.meeting/1\", \"format\": \"bienban.meeting/1\"}".to_string(),
        "[]".to_string(),
        "42".to_string(),
    ];
    let mut v = sample_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!(-1);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!(1.5);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!(true);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["agenda"] = serde_json::json!({"a": 1});
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["title"] = serde_json::json!(null);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["kind"] = serde_json::json!("party_congress");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["date"] = serde_json::json!("2018-02-30");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["start_time"] = serde_json::json!("25:00");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["people"][0].as_object_mut().unwrap().remove("full_name");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["conclusions"]["items"][1]["assignees"][0] = serde_json::json!({"kind": "robot"});
    broken.push(v.to_string());
    let mut v = sample_value();
    v["organisation"]["term_start"] = serde_json::json!([]);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["titel"] = serde_json::json!("x");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!(4294967296u64);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["issuer"]["superior_bodies"] = serde_json::json!([]);
    broken.push(v.to_string());
    let mut v = sample_value();
    v["people"][0]["key"] = serde_json::json!("");
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["votes"][0]["method"] = serde_json::json!("electronic");
    v["meeting"]["votes"][0]["ballots"] = serde_json::json!({"issued": 9, "returned": 9, "valid": 9, "invalid": 0});
    broken.push(v.to_string());
    let mut v = sample_value();
    v["meeting"]["online_sites"] = serde_json::json!(["Tổ dân phố số 1"]);
    broken.push(v.to_string());
    // A /1 file: what only /2 has, and its own shape errors.
    for (pointer, value) in [
        ("/meeting/read_back", serde_json::json!(true)),
        ("/meeting/attendance/0/role", serde_json::json!("delegate")),
        ("/meeting/votes/0/method", serde_json::json!("election")),
        ("/meeting/online_sites", serde_json::json!([{"name": "x"}])),
        ("/meeting/signer/authorty", serde_json::json!("x")),
        ("/meeting/votes/0/votes_for", serde_json::json!(-1)),
    ] {
        let mut v = v1_value();
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        v.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.to_string(), value);
        broken.push(v.to_string());
    }

    for json in &broken {
        let message = refused(json).user_message();
        assert!(message.starts_with("Tệp không hợp lệ"), "{message}");
        let english = english_words(&message);
        assert!(english.is_empty(), "English {english:?} in: {message}");
    }
}

fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// The `bienban.meeting/1` files of the samples as they were before `/2`.
fn v1_files() -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(fixture("v1"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

/// A `/1` sample (Đức Giang) as JSON, to break.
fn v1_value() -> serde_json::Value {
    let (_, text) = v1_files().into_iter().find(|(name, _)| name.starts_with("duc-giang")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `/1` → `/2` as docs/interchange.md states it: the format string, and
/// online sites named by a string become sites with no headcount.
fn by_the_documented_rule(v1: &serde_json::Value) -> serde_json::Value {
    let mut v2 = v1.clone();
    v2["format"] = serde_json::json!("bienban.meeting/2");
    let sites: Vec<serde_json::Value> = v1["meeting"]["online_sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|name| serde_json::json!({ "name": name, "participants": 0 }))
        .collect();
    v2["meeting"]["online_sites"] = serde_json::json!(sites);
    v2
}

#[test]
fn every_v1_sample_imports_as_the_same_record_as_its_v2_form() {
    let files = v1_files();
    assert_eq!(files.len(), 3);
    for (name, text) in &files {
        assert!(text.contains("\"format\": \"bienban.meeting/1\""), "{name}");
        let mut v1: serde_json::Value = serde_json::from_str(text).unwrap();
        // Exercise the sites' conversion too (the samples have none).
        v1["meeting"]["online_sites"] = serde_json::json!(["Điểm cầu Tổ dân phố số 1", "Điểm cầu Tổ dân phố số 7"]);
        let v2 = by_the_documented_rule(&v1);

        let old = Store::open_in_memory().unwrap();
        let old_id =
            interchange::import(&old, &v1.to_string()).unwrap_or_else(|e| panic!("{name}: {}", e.user_message()));
        let new = Store::open_in_memory().unwrap();
        let new_id = interchange::import(&new, &v2.to_string()).unwrap();

        let meeting = old.meeting(old_id).unwrap();
        assert_eq!(meeting, new.meeting(new_id).unwrap(), "{name}");
        assert_eq!(old.people().unwrap(), new.people().unwrap(), "{name}");
        assert_eq!(old.organisation().unwrap(), new.organisation().unwrap(), "{name}");
        let shown = interchange::to_json(&interchange::export(&old, old_id).unwrap());
        assert!(shown.contains("\"format\": \"bienban.meeting/2\""), "{name}");
        assert_eq!(shown, interchange::to_json(&interchange::export(&new, new_id).unwrap()), "{name}");
        // What /1 held is there; what it could not hold is empty.
        assert_eq!(
            meeting.online_sites.iter().map(|s| (s.name.as_str(), s.participants)).collect::<Vec<_>>(),
            [("Điểm cầu Tổ dân phố số 1", 0), ("Điểm cầu Tổ dân phố số 7", 0)]
        );
        assert_eq!(meeting.speeches.len(), v1["meeting"]["speeches"].as_array().unwrap().len(), "{name}");
        assert!(!meeting.read_back && meeting.speeches.iter().all(|s| s.agenda_item.is_none()), "{name}");
        assert!(meeting.votes.iter().all(|v| v.ballots.is_none() && v.candidates.is_empty()), "{name}");
        assert!(meeting.attendance.iter().all(|a| a.departure.is_none() && a.site.is_none()), "{name}");
    }
}

#[test]
fn a_v1_file_refuses_what_only_v2_has_naming_path_line_and_column() {
    type Breaker = fn(&mut serde_json::Value);
    let cases: [(&str, &str, Breaker); 11] = [
        ("meeting.read_back", "`read_back`", |v| v["meeting"]["read_back"] = serde_json::json!(true)),
        ("meeting.attendance[0].departure", "`departure`", |v| {
            v["meeting"]["attendance"][0]["departure"] = serde_json::json!({"reason": "Bận"})
        }),
        ("meeting.attendance[1].site", "`site`", |v| v["meeting"]["attendance"][1]["site"] = serde_json::json!(0)),
        ("meeting.attendance[2].role", "`delegate`", |v| {
            v["meeting"]["attendance"][2]["role"] = serde_json::json!("delegate")
        }),
        ("meeting.speeches[0].agenda_item", "`agenda_item`", |v| {
            v["meeting"]["speeches"][0]["agenda_item"] = serde_json::json!(0)
        }),
        ("meeting.votes[0].ballots", "`ballots`", |v| v["meeting"]["votes"][0]["ballots"] = serde_json::json!(null)),
        ("meeting.votes[0].method", "`election`", |v| {
            v["meeting"]["votes"][0]["method"] = serde_json::json!("election")
        }),
        ("meeting.agenda[0].presenter", "`presenter`", |v| {
            v["meeting"]["agenda"][0]["presenter"] = serde_json::json!("long")
        }),
        ("meeting.conclusions.items[0].body_first", "`body_first`", |v| {
            v["meeting"]["conclusions"]["items"][0]["body_first"] = serde_json::json!(true)
        }),
        ("meeting.issuer.superior_body_name", "`superior_body_name`", |v| {
            v["meeting"]["issuer"]["superior_body_name"] = serde_json::json!(["Đảng bộ quận Long Biên"])
        }),
        ("meeting.online_sites[0]", "sai kiểu", |v| {
            v["meeting"]["online_sites"] = serde_json::json!([{"name": "Điểm cầu 1", "participants": 12}])
        }),
    ];
    for (path, what, break_it) in cases {
        let mut v = v1_value();
        break_it(&mut v);
        // Pretty-printed, so that the line says where.
        let message = refused(&serde_json::to_string_pretty(&v).unwrap()).user_message();
        assert!(message.starts_with(&format!("Tệp không hợp lệ tại «{path}» (dòng ")), "{path}: {message}");
        assert!(message.contains(what), "{path}: {message}");
        assert!(!message.contains("(dòng 1,"), "{path}: the line of the culprit, not of the file: {message}");
        // The same file labelled /2 would be read: the label is what is wrong.
        assert!(message.ends_with("hãy sửa «format» thành \"bienban.meeting/2\"."), "{path}: {message}");
    }
    let mut v = v1_value();
    v["organisation"]["superior_body_name"] = serde_json::json!(["Đảng bộ quận Long Biên"]);
    let message = refused(&serde_json::to_string_pretty(&v).unwrap()).user_message();
    assert!(
        message.contains("«organisation.superior_body_name»") && message.contains("`superior_body_name`"),
        "{message}"
    );

    // An error of /1 itself keeps its line too.
    let mut v = v1_value();
    v["meeting"]["votes"][0]["votes_for"] = serde_json::json!("mười");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let line = text.lines().position(|l| l.contains("\"mười\"")).unwrap() + 1;
    let message = refused(&text).user_message();
    assert!(
        message.starts_with(&format!("Tệp không hợp lệ tại «meeting.votes[0].votes_for» (dòng {line}, ")),
        "{message}"
    );
    assert!(!message.contains("bienban.meeting/2"), "not a /2 matter: {message}");
    // And /1 still needs its three counts.
    let mut v = v1_value();
    v["meeting"]["votes"][0].as_object_mut().unwrap().remove("votes_other");
    assert!(refused(&v.to_string()).user_message().contains("thiếu trường `votes_other`"));
}

#[test]
fn an_index_past_its_list_and_results_the_method_has_not_are_refused_by_path() {
    type Breaker = fn(&mut serde_json::Value);
    let cases: [(&str, &str, Breaker); 7] = [
        (
            "meeting.speeches[1].agenda_item",
            "không có mục số 4 trong «meeting.agenda» (danh sách có 4 mục, đánh số từ 0 đến 3)",
            |v| v["meeting"]["speeches"][1]["agenda_item"] = serde_json::json!(4),
        ),
        ("meeting.votes[0].agenda_item", "không có mục số 9 trong «meeting.agenda»", |v| {
            v["meeting"]["votes"][0]["agenda_item"] = serde_json::json!(9)
        }),
        (
            "meeting.attendance[3].site",
            "không có mục số 0 vì danh sách «meeting.online_sites» trống",
            |v| v["meeting"]["attendance"][3]["site"] = serde_json::json!(0),
        ),
        ("meeting.attendance[0].departure.before_item", "không có mục số 4 trong «meeting.agenda»", |v| {
            v["meeting"]["attendance"][0]["departure"] = serde_json::json!({"time": "15:00:00", "before_item": 4})
        }),
        (
            "meeting.votes[0].candidates",
            "chỉ ghi được khi «method» là \"election\", gặp \"show_of_hands\"",
            |v| {
                let person = v["people"][0]["key"].clone();
                v["meeting"]["votes"][0]["candidates"] = serde_json::json!([{"person": person, "votes": 3}])
            },
        ),
        (
            "meeting.votes[0].ballots",
            "chỉ ghi được khi «method» là \"ballot\" hoặc \"election\", gặp \"show_of_hands\"",
            |v| {
                v["meeting"]["votes"][0]["ballots"] =
                    serde_json::json!({"issued": 9, "returned": 9, "valid": 9, "invalid": 0})
            },
        ),
        ("meeting.votes[0].ballots", "gặp \"electronic\"", |v| {
            v["meeting"]["votes"][0]["method"] = serde_json::json!("electronic");
            v["meeting"]["votes"][0]["ballots"] =
                serde_json::json!({"issued": 9, "returned": 9, "valid": 9, "invalid": 0})
        }),
    ];
    for (path, what, break_it) in cases {
        let mut v = sample_value();
        break_it(&mut v);
        let message = refused(&v.to_string()).user_message();
        assert!(message.starts_with(&format!("Tệp không hợp lệ tại «{path}»: ")), "{message}");
        assert!(message.contains(what), "{message}");
        assert!(english_words(&message).is_empty(), "{message}");
    }
    // The last index of each list is fine, and an election may hold both.
    let mut v = sample_value();
    v["meeting"]["online_sites"] = serde_json::json!([{"name": "Điểm cầu Tổ dân phố số 7", "participants": 9}]);
    v["meeting"]["attendance"][3]["site"] = serde_json::json!(0);
    v["meeting"]["speeches"][1]["agenda_item"] = serde_json::json!(3);
    v["meeting"]["attendance"][0]["departure"] = serde_json::json!({"before_item": 3});
    v["meeting"]["votes"][0]["method"] = serde_json::json!("election");
    v["meeting"]["votes"][0]["ballots"] = serde_json::json!({"issued": 9, "returned": 9, "valid": 8, "invalid": 1});
    v["meeting"]["votes"][0]["candidates"] =
        serde_json::json!([{"person": v["people"][0]["key"], "votes": 8, "elected": true}]);
    interchange::parse(&v.to_string()).unwrap();
}

#[test]
fn an_unknown_key_inside_an_issuer_a_site_a_departure_or_ballots_is_refused_by_path() {
    type Breaker = fn(&mut serde_json::Value);
    let cases: [(&str, &str, Breaker); 6] = [
        ("meeting.issuer.superior_bodies", "superior_bodies", |v| {
            v["meeting"]["issuer"]["superior_bodies"] = serde_json::json!([])
        }),
        ("organisation.signers[0].chuc_vu", "chuc_vu", |v| {
            v["organisation"]["signers"][0]["chuc_vu"] = serde_json::json!("x")
        }),
        ("meeting.signer.authorty", "authorty", |v| {
            v["meeting"]["signer"]["authorty"] = serde_json::json!("T/M CHI BỘ")
        }),
        ("meeting.online_sites[0].participant", "participant", |v| {
            v["meeting"]["online_sites"] = serde_json::json!([{"name": "Điểm cầu 1", "participant": 12}])
        }),
        ("meeting.attendance[0].departure.before", "before", |v| {
            v["meeting"]["attendance"][0]["departure"] = serde_json::json!({"before": 1})
        }),
        ("meeting.votes[0].ballots.spoilt", "spoilt", |v| {
            v["meeting"]["votes"][0]["method"] = serde_json::json!("ballot");
            v["meeting"]["votes"][0]["ballots"] =
                serde_json::json!({"issued": 9, "returned": 9, "valid": 9, "invalid": 0, "spoilt": 0})
        }),
    ];
    for (path, key, break_it) in cases {
        let mut v = sample_value();
        break_it(&mut v);
        let message = refused(&v.to_string()).user_message();
        assert_eq!(message, format!("Tệp không hợp lệ tại «{path}»: trường không được phép `{key}`."));
    }
    let mut v = sample_value();
    v["extra"] = serde_json::json!(1);
    assert!(refused(&v.to_string()).user_message().contains("«extra»"));
}
/// A `/2` meeting that uses every field of the format.
fn every_field() -> String {
    std::fs::read_to_string(fixture("v2/every-field.json")).unwrap()
}

#[test]
fn a_meeting_using_every_v2_field_round_trips_through_show_and_import() {
    let first = Store::open_in_memory().unwrap();
    let id = interchange::import(&first, &every_field()).unwrap_or_else(|e| panic!("{}", e.user_message()));
    let shown = interchange::to_json(&interchange::export(&first, id).unwrap());

    let second = Store::open_in_memory().unwrap();
    let id2 = interchange::import(&second, &shown).unwrap();
    let shown_again = interchange::to_json(&interchange::export(&second, id2).unwrap());
    assert_eq!(shown, shown_again);
    // The fixture names its people in order of first mention, so both
    // databases give the same ids and the records are equal as values.
    assert_eq!(first.meeting(id).unwrap(), second.meeting(id2).unwrap());
    assert_eq!(first.people().unwrap(), second.people().unwrap());

    // Nothing of the file was lost on the way: every value it gives is
    // printed, under the keys export gives people ("p1", … in file order).
    let given: serde_json::Value = serde_json::from_str(&every_field()).unwrap();
    let printed: serde_json::Value = serde_json::from_str(&shown).unwrap();
    let keys: std::collections::HashMap<String, String> = given["people"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, p)| (p["key"].as_str().unwrap().to_string(), format!("p{}", i + 1)))
        .collect();
    assert_given_is_printed(&given, &printed, &keys, "");
    let m = first.meeting(id).unwrap();
    assert_eq!(m.attendance[2].departure.as_ref().and_then(|d| d.before_item), Some(2));
    assert_eq!(m.attendance[9].category, "Bí thư các chi bộ trực thuộc");
    assert_eq!(m.attendance[9].site, Some(1));
    assert_eq!(m.votes[2].candidates.iter().map(|c| (c.votes, c.elected)).collect::<Vec<_>>(), [(3, true), (1, false)]);
    assert_eq!(m.votes[2].ballots.map(|b| (b.issued, b.returned, b.valid, b.invalid)), Some((5, 5, 4, 1)));
    assert_eq!(m.votes[0].reserved_opinions[0].text, "về mốc số hóa toàn bộ hồ sơ trong năm 2026");
    assert_eq!(
        m.speeches.iter().map(|s| s.agenda_item).collect::<Vec<_>>(),
        [None, Some(0), Some(0), Some(1), Some(1), Some(1), Some(2)]
    );
    assert!(m.conclusions.items[0].body_first && !m.conclusions.items[1].body_first);
    assert_eq!(m.agenda[1].documents.len(), 2);
    assert!(m.agenda.iter().all(|a| a.presenter_id.is_some()));
}

/// Every value of `given` is in `printed` (which may add defaults), person
/// keys of the file read as the keys export gives.
fn assert_given_is_printed(
    given: &serde_json::Value,
    printed: &serde_json::Value,
    keys: &std::collections::HashMap<String, String>,
    path: &str,
) {
    use serde_json::Value;
    match (given, printed) {
        (Value::Object(given), Value::Object(printed)) => {
            for (key, value) in given {
                let at = format!("{path}.{key}");
                let shown = printed.get(key).unwrap_or_else(|| panic!("{at} not printed"));
                assert_given_is_printed(value, shown, keys, &at);
            }
        }
        (Value::Array(given), Value::Array(printed)) => {
            assert_eq!(given.len(), printed.len(), "{path}");
            for (i, (value, shown)) in given.iter().zip(printed).enumerate() {
                assert_given_is_printed(value, shown, keys, &format!("{path}[{i}]"));
            }
        }
        (Value::String(key), Value::String(shown)) if keys.contains_key(key) => assert_eq!(&keys[key], shown, "{path}"),
        _ => assert_eq!(given, printed, "{path}"),
    }
}
