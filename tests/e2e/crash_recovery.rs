//! A crash in the middle of typing a speech: whatever the status line had
//! shown as saved ("Đã lưu") must be there after a restart on the same
//! database.

use std::time::Duration;

use bienban_core::model::{MeetingKind, MemberKind, NewPerson, OrganisationProfile, Signer};
use bienban_core::store::Store;
use chrono::NaiveDate;

use crate::harness::*;

const SAVED: &str = "Phần đầu phát biểu đã được lưu.";
const UNSAVED: &str = " Phần sau đang gõ dở";

/// A database as the secretary would have it after the first start.
pub(crate) fn seed(sandbox: &Sandbox) -> TestResult<()> {
    let store = Store::open(&sandbox.db())?;
    let profile = OrganisationProfile {
        superior_body: vec!["ĐẢNG BỘ QUẬN LONG BIÊN".into()],
        issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
        issuer_code: "ĐU".into(),
        place_name: "Long Biên".into(),
        signers: vec![Signer { name: "Nguyễn Thị Ngọc".into(), position: "BÍ THƯ".into(), authority: "T/M ĐẢNG ỦY".into() }],
        recipients: vec!["Các đồng chí Đảng ủy viên".into()],
        format_profile: "HD36-2018".into(),
        term_start: NaiveDate::from_ymd_opt(2025, 7, 1).ok_or("date")?,
    };
    store.save_organisation(&profile)?;
    for (name, position) in [("Nguyễn Thị Ngọc", "Bí thư Đảng ủy"), ("Đặng Văn Hải", "Phó Bí thư Đảng ủy")] {
        store.add_person(&NewPerson {
            full_name: name.into(),
            position: position.into(),
            unit: String::new(),
            member_kind: MemberKind::Official,
        })?;
    }
    let mut meeting = bienban_core::new_meeting::blank(
        MeetingKind::StandingCommittee,
        &profile,
        &store.people()?,
        NaiveDate::from_ymd_opt(2026, 3, 12).ok_or("date")?,
    );
    meeting.title = "Hội nghị giao ban tháng 3".into();
    store.create_meeting(&meeting)?;
    Ok(())
}

pub(crate) async fn open_speeches(app: &fantoccini::Client) -> TestResult {
    let links = wait_count(app, "meeting-open-", 1).await?;
    with_text(links, "Hội nghị giao ban tháng 3").await?.click().await?;
    click(app, "tab-speeches").await
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_mid_typing_keeps_what_was_shown_as_saved() -> TestResult {
    let sandbox = Sandbox::new()?;
    seed(&sandbox)?;

    // First run: type, see "Đã lưu", type more, crash.
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let typed = type_then_crash(&app, &sandbox).await;
    on_failure(&app, "killed_mid_typing_before_kill", typed).await?;
    drop(app);
    drop(driver);

    // Second run on the same database.
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let found = find_saved_text(&app).await;
    let found = on_failure(&app, "killed_mid_typing_after_restart", found).await;
    app.close().await?;
    drop(driver);
    found?;

    let store = Store::open(&sandbox.db())?;
    let meetings = store.meetings(&Default::default())?;
    let meeting = store.meeting(meetings[0].id)?;
    assert!(
        meeting.speeches.iter().any(|s| s.text.starts_with(SAVED)),
        "the database lost the saved speech: {:?}",
        meeting.speeches
    );
    Ok(())
}

async fn type_then_crash(app: &fantoccini::Client, sandbox: &Sandbox) -> TestResult {
    open_speeches(app).await?;
    type_into(app, "speech-speaker", "ngoc").await?;
    let options = wait_count(app, "speech-speaker-option-", 1).await?;
    with_text(options, "Nguyễn Thị Ngọc").await?.click().await?;
    wait(app, "speech-text").await?.send_keys(SAVED).await?;
    wait_text(app, "save-status", "Đã lưu").await?;
    // Keep typing and pull the plug before the debounced save can run.
    wait(app, "speech-text").await?.send_keys(UNSAVED).await?;
    kill_app(sandbox)
}

async fn find_saved_text(app: &fantoccini::Client) -> TestResult {
    open_speeches(app).await?;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let shown = page_text_and_values(app).await?;
        if shown.contains(SAVED) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("the saved speech is gone after the crash; the screen shows:\n{shown}").into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
