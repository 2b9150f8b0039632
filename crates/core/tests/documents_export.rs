//! Export through the store and the command line: numbers from the
//! register (kept on re-export), the format profile recorded, files never
//! overwritten without asking, and `bienban demo` on the sample meetings.

mod documents_support;

use std::path::Path;

use bienban_core::cli;
use bienban_core::documents::{self, DocumentError, ExportError};
use bienban_core::interchange;
use bienban_core::model::DocumentKind;
use bienban_core::store::{MeetingFilter, Store};
use documents_support::{Package, paragraphs};

fn sample_store(dir: &Path) -> (Store, i64) {
    let store = Store::open(&dir.join("test.sqlite3")).expect("store opens");
    let (_, json) =
        interchange::samples::SAMPLES.iter().find(|(name, _)| name.starts_with("duc-giang")).expect("sample");
    let id = interchange::import(&store, json).expect("sample imports");
    (store, id)
}

fn header_number(path: &Path) -> String {
    let package = Package::open(&std::fs::read(path).expect("file written"));
    paragraphs(package.part("word/document.xml"))
        .into_iter()
        .map(|p| p.text)
        .find(|t| t.starts_with("Số "))
        .expect("number line")
}

#[test]
fn export_issues_a_number_keeps_it_and_records_the_profile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, id) = sample_store(dir.path());
    let minutes = dir.path().join("bien-ban.docx");

    let first = documents::export(&store, id, DocumentKind::Minutes, None, &minutes, false).expect("exports");
    assert_eq!(first.number_line, "Số 01-BB/ĐU");
    assert_eq!(header_number(&minutes), "Số 01-BB/ĐU");
    assert_eq!(first.issued.format_profile, "HD36-2018");

    let again = documents::export(&store, id, DocumentKind::Minutes, None, &minutes, true).expect("re-exports");
    assert_eq!(again.issued.number, 1, "re-export keeps the number");

    let notice = dir.path().join("thong-bao.docx");
    let chosen = documents::export(&store, id, DocumentKind::Notice, Some(5), &notice, false).expect("exports");
    assert_eq!(chosen.number_line, "Số 05-TB/ĐU");
    assert_eq!(header_number(&notice), "Số 05-TB/ĐU");
    let register = store.issued_documents().expect("register");
    assert_eq!(register.len(), 2);
    assert!(register.iter().all(|d| d.format_profile == "HD36-2018"));
}

#[test]
fn an_existing_file_is_refused_before_any_number_is_issued() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, id) = sample_store(dir.path());
    let path = dir.path().join("nghi-quyet.docx");
    std::fs::write(&path, b"the secretary's own edits").expect("write");

    let refused = documents::export(&store, id, DocumentKind::Resolution, None, &path, false);
    match refused {
        Err(ExportError::Document(e @ DocumentError::AlreadyExists { .. })) => {
            assert!(e.user_message().contains("đã có"), "{}", e.user_message());
        }
        other => panic!("expected AlreadyExists, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).expect("read"), b"the secretary's own edits");
    assert!(store.issued_documents().expect("register").is_empty(), "no number spent on a refusal");
}

#[test]
fn cli_export_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, id) = sample_store(dir.path());
    drop(store);
    let db = dir.path().join("test.sqlite3");
    let out = dir.path().join("thong-bao.docx");
    let run = |extra: &[&str]| {
        let mut args: Vec<String> = vec!["bienban".into(), "--db".into(), db.display().to_string(), "export".into()];
        args.extend([id.to_string(), "--document".into(), "notice".into(), "--out".into(), out.display().to_string()]);
        args.extend(extra.iter().map(|s| s.to_string()));
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let code = cli::run(args.into_iter().map(Into::into), &mut stdout, &mut stderr);
        (code, String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned())
    };

    let (code, stdout, _) = run(&["--number", "7"]);
    assert_eq!(code, 0);
    assert!(stdout.trim_end().ends_with("\tSố 07-TB/ĐU"), "{stdout}");
    let (code, _, stderr) = run(&[]);
    assert_eq!(code, 1, "refused");
    assert!(stderr.contains("đã có") && stderr.contains("--force"), "{stderr}");
    let (code, stdout, _) = run(&["--force"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Số 07-TB/ĐU"), "the issued number is kept: {stdout}");
}

#[test]
fn demo_writes_every_document_of_every_sample_and_reuses_its_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("demo");
    let run = || {
        let args = ["bienban", "demo", "--out", out.to_str().expect("utf-8 path")];
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let code = cli::run(args.iter().map(Into::into), &mut stdout, &mut stderr);
        assert_eq!(code, 0, "{}", String::from_utf8_lossy(&stderr));
        String::from_utf8_lossy(&stdout).lines().map(str::to_string).collect::<Vec<_>>()
    };
    let first = run();
    assert_eq!(first.len(), interchange::samples::SAMPLES.len() * 3);
    for path in &first {
        let bytes = std::fs::read(path).expect("listed file exists");
        assert!(Package::open(&bytes).deflated, "{path}");
    }
    assert!(first.iter().any(|p| p.ends_with("duc-giang-2018-02-27-thong-bao.docx")));

    let second = run();
    assert_eq!(first, second);
    let store = Store::open(&out.join("demo.sqlite3")).expect("demo database");
    assert_eq!(
        store.meetings(&MeetingFilter::default()).expect("list").len(),
        interchange::samples::SAMPLES.len(),
        "samples imported once"
    );
}

/// A folder this process cannot write into: a read-only temp folder, or,
/// for root (who ignores permission bits), the kernel's /sys.
fn read_only_folder(dir: &Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let folder = dir.join("chi-doc");
    std::fs::create_dir(&folder).expect("create");
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    if std::fs::write(folder.join("probe"), b"").is_ok() { std::path::PathBuf::from("/sys") } else { folder }
}

#[cfg(unix)]
#[test]
fn a_failed_write_issues_no_number_and_says_why_in_vietnamese() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, id) = sample_store(dir.path());
    let folder_in_the_way = dir.path().join("bien-ban.docx");
    std::fs::create_dir(&folder_in_the_way).expect("create");
    let read_only = read_only_folder(dir.path());
    let cases = [
        (dir.path().join("khong-co").join("bien-ban.docx"), "folder_missing", "Không có thư mục"),
        (folder_in_the_way.clone(), "target_is_folder", "là một thư mục"),
        (read_only.join("bien-ban.docx"), "permission_denied", "Không có quyền ghi"),
    ];
    for (path, code, words) in cases {
        for overwrite in [false, true] {
            match documents::export(&store, id, DocumentKind::Minutes, None, &path, overwrite) {
                Err(ExportError::Document(e)) => {
                    assert_eq!(e.code(), code, "{path:?}");
                    assert!(e.user_message().contains(words), "{}", e.user_message());
                    assert!(!e.user_message().contains(".bienban-"), "{}", e.user_message());
                }
                other => panic!("{path:?}: expected a refusal, got {other:?}"),
            }
            assert!(store.issued_documents().expect("register").is_empty(), "{path:?}: a number was issued");
        }
    }
    // The store is still usable and the next export gets number 1.
    let ok = documents::export(&store, id, DocumentKind::Minutes, None, &dir.path().join("bb.docx"), false);
    assert_eq!(ok.expect("exports").issued.number, 1);
}

#[test]
fn a_conclusion_item_with_six_hundred_sub_points_exports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("test.sqlite3")).expect("store opens");
    let (_, json) =
        interchange::samples::SAMPLES.iter().find(|(name, _)| name.starts_with("duc-giang")).expect("sample");
    let mut v: serde_json::Value = serde_json::from_str(json).expect("json");
    let points: Vec<String> = (1..=600).map(|i| format!("Nội dung thứ {i}")).collect();
    v["meeting"]["conclusions"]["items"][0]["sub_points"] = serde_json::json!(points);
    let id = interchange::import(&store, &v.to_string()).expect("imports");
    let path = dir.path().join("thong-bao.docx");
    documents::export(&store, id, DocumentKind::Notice, None, &path, false).expect("exports");
    let package = Package::open(&std::fs::read(&path).expect("written"));
    let texts: Vec<String> = paragraphs(package.part("word/document.xml")).into_iter().map(|p| p.text).collect();
    for expected in [
        // Sub-points end with ";", the last with ".".
        "a) Nội dung thứ 1;",
        "y) Nội dung thứ 23;",
        "aa) Nội dung thứ 24;",
        "ba) Nội dung thứ 47;",
        "acb) Nội dung thứ 600.",
    ] {
        assert!(texts.iter().any(|t| t == expected), "{expected} missing");
    }
    assert_eq!(texts.iter().filter(|t| t.contains(") Nội dung thứ ")).count(), 600);
}
