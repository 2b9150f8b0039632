//! A crash in the middle of typing a speech: whatever the status line had
//! shown as saved ("Đã lưu") must be there after a restart on the same
//! database; a secretary typing steadily, without pauses, through real X
//! key events loses nothing typed more than a second before a kill; and the
//! app reopens the meeting at the speech being typed.

use std::process::Command;
use std::time::{Duration, Instant};

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
        superior_body_name: vec!["Đảng bộ quận Long Biên".into()],
        issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
        issuing_body_name: "Đảng ủy phường Phúc Đồng".into(),
        issuer_code: "ĐU".into(),
        place_name: "Long Biên".into(),
        signers: vec![Signer {
            name: "Nguyễn Thị Ngọc".into(),
            position: "BÍ THƯ".into(),
            authority: "T/M ĐẢNG ỦY".into(),
        }],
        recipients: vec!["Các đồng chí Đảng ủy viên".into()],
        format_profile: "HD36-2018".into(),
        term_start: NaiveDate::from_ymd_opt(2025, 7, 1).ok_or("date")?,
    };
    store.save_organisation(&profile)?;
    // Trịnh Thị Ngọc Anh sorts before Nguyễn Thị Ngọc by given name: the
    // search must still put the exact given name first.
    for (name, position) in [
        ("Trịnh Thị Ngọc Anh", "Ủy viên Ban Thường vụ"),
        ("Nguyễn Thị Ngọc", "Bí thư Đảng ủy"),
        ("Đặng Văn Hải", "Phó Bí thư Đảng ủy"),
    ] {
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
    close(app).await?;
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

/// After the restart the app itself reopens the speech being typed: no
/// navigation by the test.
async fn find_saved_text(app: &fantoccini::Client) -> TestResult {
    let note = wait_text(app, "recovery-text", "Lần trước ứng dụng bị đóng đột ngột").await?;
    if !note.contains("mục “Phát biểu”, phát biểu đang ghi của đồng chí Nguyễn Thị Ngọc") {
        return Err(format!("the recovery note does not say what was reopened: {note}").into());
    }
    let text = speech_text(app).await?;
    if !text.starts_with(SAVED) {
        return Err(format!("the saved speech is not in the reopened capture field: {text:?}").into());
    }
    Ok(())
}

/// The capture field's value, once the reopened meeting shows it.
async fn speech_text(app: &fantoccini::Client) -> TestResult<String> {
    let field = wait(app, "speech-text").await?;
    Ok(field.prop("value").await?.unwrap_or_default())
}

/// About 8 keys a second (xdotool's `--delay 125`), for up to 20 s.
const KEY_INTERVAL: Duration = Duration::from_millis(125);
const TYPING: Duration = Duration::from_secs(20);
/// What autosave promises: a change is stored at most this long after it is made.
const BOUND: Duration = Duration::from_secs(1);

/// Words a secretary might type, without diacritics so that xdotool's
/// keysym for every character is on the plain US layout of Xvfb.
const DICTATION: &str = "dong chi bao cao ket qua thuc hien nhiem vu quy ba va de xuat giai phap cho quy bon \
    trong do nhan manh cong tac xay dung dang chinh quyen va cac doan the chinh tri xa hoi ";

#[tokio::test(flavor = "multi_thread")]
async fn steady_typing_killed_at_random_moments_loses_nothing_older_than_a_second() -> TestResult {
    // Fixed seeds: each picks a different kill moment; a failure names its seed.
    for seed in [11_u64, 23, 37] {
        steady_typing_then_kill(seed).await.map_err(|e| format!("seed {seed}: {e}"))?;
    }
    Ok(())
}

async fn steady_typing_then_kill(run: u64) -> TestResult {
    let sandbox = Sandbox::new()?;
    seed(&sandbox)?;
    // Between 4 s and 20 s after the first key, from a small LCG.
    let kill_after = Duration::from_millis(
        4_000 + (run.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407) >> 33) % 16_000,
    );

    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let typed = type_steadily_then_kill(&app, &sandbox, kill_after).await;
    let typed = on_failure(&app, &format!("steady_typing_{run}_before_kill"), typed).await?;
    drop(app);
    drop(driver);

    // Everything sent more than the bound before the kill must be stored.
    let must_have: String = typed.iter().filter(|(_, at)| *at + BOUND <= kill_after).map(|(c, _)| *c).collect();
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let reopened = async {
        wait_text(&app, "recovery-text", "Lần trước ứng dụng bị đóng đột ngột").await?;
        let text = speech_text(&app).await?;
        if !text.starts_with(&must_have) {
            return Err(format!(
                "after a kill {kill_after:?} into steady typing, the reopened speech lacks text typed over a second before:\n  expected to start with {must_have:?}\n  found {text:?}"
            )
            .into());
        }
        let focused = app.active_element().await?.attr("data-testid").await?;
        if focused.as_deref() != Some("speech-text") {
            return Err(format!("the cursor is not back in the speech but in {focused:?}").into());
        }
        TestResult::Ok(())
    }
    .await;
    let reopened = on_failure(&app, &format!("steady_typing_{run}_after_restart"), reopened).await;
    close(app).await?;
    drop(driver);
    reopened
}

/// Picks the speaker, then sends one real X key event every 125 ms into the
/// speech field until `kill_after`, then SIGKILLs the app. Returns each
/// character with the moment (since the first key) it was sent.
async fn type_steadily_then_kill(
    app: &fantoccini::Client,
    sandbox: &Sandbox,
    kill_after: Duration,
) -> TestResult<Vec<(char, Duration)>> {
    open_speeches(app).await?;
    type_into(app, "speech-speaker", "ngoc").await?;
    let options = wait_count(app, "speech-speaker-option-", 1).await?;
    with_text(options, "Nguyễn Thị Ngọc").await?.click().await?;
    wait(app, "speech-text").await?.click().await?;
    focus_app_window(sandbox)?;

    let mut sent = Vec::new();
    let start = Instant::now();
    for c in DICTATION.chars().cycle() {
        let at = start.elapsed();
        if at >= kill_after || at >= TYPING {
            break;
        }
        let key = if c == ' ' { "space".to_string() } else { c.to_string() };
        let status = Command::new("xdotool").args(["key", "--clearmodifiers", &key]).status()?;
        if !status.success() {
            return Err(format!("xdotool could not send {c:?}").into());
        }
        sent.push((c, at));
        let next = KEY_INTERVAL * u32::try_from(sent.len())?;
        if let Some(wait) = next.checked_sub(start.elapsed()) {
            tokio::time::sleep(wait).await;
        }
    }
    // The kill comes at its moment even if typing stopped at 20 s.
    if let Some(wait) = kill_after.checked_sub(start.elapsed()) {
        tokio::time::sleep(wait).await;
    }
    kill_app(sandbox)?;
    Ok(sent)
}

/// Gives the app's window the X keyboard focus (Xvfb has no window manager).
pub(crate) fn focus_app_window(sandbox: &Sandbox) -> TestResult {
    for pid in app_pids(sandbox)? {
        let out = Command::new("xdotool").args(["search", "--onlyvisible", "--pid", &pid.to_string()]).output()?;
        if let Some(window) = String::from_utf8_lossy(&out.stdout).lines().last() {
            Command::new("xdotool").args(["windowfocus", "--sync", window]).status()?;
            Command::new("xdotool").args(["mousemove", "--window", window, "200", "200"]).status()?;
            return Ok(());
        }
    }
    Err("the app's X window was not found".into())
}
