//! Golden documents: for each meeting in tests/golden/*.json, the text of
//! every paragraph of each document, written by hand as an office writes it
//! (tests/golden/<meeting>.<kind>.txt, one paragraph a line), compared
//! paragraph by paragraph with the exported .docx. A missing file means the
//! meeting does not issue that document.

mod documents_support;

use std::path::{Path, PathBuf};

use bienban_core::documents::export;
use bienban_core::interchange;
use bienban_core::model::{DocumentKind, OrganisationProfile};
use bienban_core::store::Store;
use documents_support::*;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Every non-empty paragraph of the document body, header and closing
/// tables included, in reading order.
/// With BIENBAN_GOLDEN_DOCX set to a folder, each exported document is also
/// kept there as <meeting>.<kind>.docx (scripts/render-pages.sh renders them).
fn exported_paragraphs(store: &Store, meeting: i64, kind: DocumentKind, dir: &Path, stem: &str) -> Vec<String> {
    let path = dir.join(format!("{}.docx", kind.as_str()));
    export(store, meeting, kind, None, &path, true).expect("exports");
    if let Some(keep) = std::env::var_os("BIENBAN_GOLDEN_DOCX") {
        let keep = PathBuf::from(keep);
        std::fs::create_dir_all(&keep).expect("creates the folder");
        std::fs::copy(&path, keep.join(format!("{stem}.{}.docx", kind.as_str()))).expect("keeps the document");
    }
    let package = Package::open(&std::fs::read(&path).expect("reads"));
    paragraphs(package.part("word/document.xml")).into_iter().map(|p| p.text).filter(|t| !t.trim().is_empty()).collect()
}

/// "line N: expected … / got …" for each paragraph that differs.
fn differences(expected: &[&str], actual: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..expected.len().max(actual.len()) {
        let (e, a) = (expected.get(i).copied(), actual.get(i).map(String::as_str));
        if e != a {
            out.push(format!(
                "paragraph {}:\n  expected: {}\n  got:      {}",
                i + 1,
                e.unwrap_or("(nothing)"),
                a.unwrap_or("(nothing)")
            ));
        }
    }
    out
}

#[test]
fn every_golden_meeting_reads_as_written_by_hand() {
    let mut meetings: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("golden folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    meetings.sort();
    assert!(!meetings.is_empty(), "no golden meetings");
    let mut failures = Vec::new();
    let mut compared = 0;
    for file in meetings {
        let stem = file.file_stem().and_then(|s| s.to_str()).expect("name").to_string();
        let store = Store::open_in_memory().expect("store");
        let json = std::fs::read_to_string(&file).expect("reads");
        // A meeting that does not import is one failure among the others,
        // so that every golden meeting is still compared.
        let id = match interchange::import(&store, &json) {
            Ok(id) => id,
            Err(e) => {
                failures.push(format!("{stem}: does not import: {}", e.user_message()));
                continue;
            }
        };
        let meeting = store.meeting(id).expect("meeting");
        store.save_organisation(&organisation_of(&meeting.issuer)).expect("organisation");
        let dir = tempfile::tempdir().expect("temp dir");
        for kind in DocumentKind::ALL {
            let expected_file = golden_dir().join(format!("{stem}.{}.txt", kind.as_str()));
            let Ok(expected) = std::fs::read_to_string(&expected_file) else { continue };
            let expected: Vec<&str> = expected.lines().filter(|l| !l.trim().is_empty()).collect();
            let actual = exported_paragraphs(&store, id, kind, dir.path(), &stem);
            compared += 1;
            let diff = differences(&expected, &actual);
            if !diff.is_empty() {
                failures.push(format!("{stem} — {}:\n{}", kind.as_str(), diff.join("\n")));
            }
        }
    }
    assert!(compared > 0, "no golden documents");
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The register needs an organisation (term start); the meeting's own
/// issuer snapshot gives every line of the header.
fn organisation_of(issuer: &bienban_core::model::IssuerSnapshot) -> OrganisationProfile {
    OrganisationProfile {
        superior_body: issuer.superior_body.clone(),
        issuing_body: issuer.issuing_body.clone(),
        issuing_body_name: issuer.issuing_body_name.clone(),
        issuer_code: issuer.issuer_code.clone(),
        place_name: issuer.place_name.clone(),
        signers: vec![],
        recipients: vec![],
        format_profile: "HD36-2018".into(),
        term_start: chrono::NaiveDate::from_ymd_opt(2025, 7, 1).expect("date"),
        ..OrganisationProfile::default()
    }
}
