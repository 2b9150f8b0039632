//! Deletes in the real window: the app's own confirmation appears in the
//! WebView (window.confirm showed nothing there and deleted at once), a
//! meeting goes to the trash and "Khôi phục" brings it back, and a speech
//! deleted in the meeting comes back with "Hoàn tác".

use std::time::{Duration, Instant};

use bienban_core::store::Store;
use fantoccini::Client;

use crate::check;
use crate::crash_recovery::{open_speeches, seed};
use crate::harness::*;

const TITLE: &str = "Hội nghị giao ban tháng 3";

#[tokio::test(flavor = "multi_thread")]
async fn deleted_meeting_is_confirmed_in_app_and_restored_from_the_trash() -> TestResult {
    let sandbox = Sandbox::new()?;
    seed(&sandbox)?;
    let id = Store::open(&sandbox.db())?.meetings(&Default::default())?[0].id;

    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let result = delete_and_restore(&app, &sandbox, id).await;
    let result = on_failure(&app, "deleted_meeting_restored_from_the_trash", result).await;
    close(app).await?;
    drop(driver);
    result?;

    let store = Store::open(&sandbox.db())?;
    assert_eq!(store.meetings(&Default::default())?.len(), 1, "the meeting is back in the list");
    assert_eq!(store.meeting(id)?.title, TITLE);
    assert!(store.trash()?.is_empty());
    Ok(())
}

async fn delete_and_restore(app: &Client, sandbox: &Sandbox, id: i64) -> TestResult {
    click(app, &format!("meeting-delete-{id}")).await?;
    // The dialog is in the page, asks about this meeting, and starts on "Hủy".
    let message = wait_text(app, "confirm-dialog", TITLE).await?;
    check!(message.contains("Thùng rác"), "the dialog does not mention the trash: {message:?}");
    let focused = app.execute("return document.activeElement?.dataset.testid ?? ''", vec![]).await?;
    check!(focused.as_str() == Some("confirm-cancel"), "the focus starts on {focused:?}, not on Hủy");
    // Nothing is deleted while the question is open.
    check!(
        Store::open(&sandbox.db())?.meetings(&Default::default())?.len() == 1,
        "the meeting was deleted before the user answered"
    );
    click(app, "confirm-ok").await?;

    wait_text(app, "undo-message", "vào thùng rác").await?;
    wait_gone(app, &format!("meeting-row-{id}")).await?;
    check!(
        Store::open(&sandbox.db())?.meetings(&Default::default())?.is_empty(),
        "the deleted meeting is still listed in the database"
    );

    click(app, "open-trash").await?;
    let entries = wait_count(app, "trash-entry-", 1).await?;
    let entry = with_text(entries, TITLE).await?;
    let trash_id = id_suffix(&entry, "trash-entry-").await?;
    click(app, &format!("trash-restore-{trash_id}")).await?;
    wait_text(app, "trash-notice", "Đã khôi phục").await?;
    wait(app, "trash-empty").await?;

    click(app, "trash-back").await?;
    wait(app, &format!("meeting-row-{id}")).await?;
    Ok(())
}

const SPEECH: &str = "Đề nghị bổ sung kinh phí sửa chữa nhà văn hóa tổ dân phố số 4.";

#[tokio::test(flavor = "multi_thread")]
async fn deleted_speech_goes_to_the_trash_and_comes_back_with_undo() -> TestResult {
    let sandbox = Sandbox::new()?;
    seed(&sandbox)?;
    let id = Store::open(&sandbox.db())?.meetings(&Default::default())?[0].id;

    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let result = delete_and_undo_speech(&app, &sandbox, id).await;
    let result = on_failure(&app, "deleted_speech_comes_back_with_undo", result).await;
    close(app).await?;
    drop(driver);
    result?;

    let store = Store::open(&sandbox.db())?;
    let texts: Vec<String> = store.meeting(id)?.speeches.into_iter().map(|s| s.text).collect();
    assert_eq!(texts, vec![SPEECH.to_string()]);
    assert!(store.trash()?.is_empty());
    Ok(())
}

async fn delete_and_undo_speech(app: &Client, sandbox: &Sandbox, id: i64) -> TestResult {
    open_speeches(app).await?;
    wait(app, "speech-text").await?.send_keys(SPEECH).await?;
    click(app, "speech-commit").await?;
    wait_text(app, "speech-text-0", SPEECH).await?;

    click(app, "speech-delete-0").await?;
    wait_text(app, "confirm-dialog", "Xóa phát biểu").await?;
    click(app, "confirm-ok").await?;
    wait_text(app, "undo-message", "vào thùng rác").await?;
    wait_gone(app, "speech-item-0").await?;
    let store = Store::open(&sandbox.db())?;
    check!(store.meeting(id)?.speeches.is_empty(), "the deleted speech is still stored in the meeting");
    check!(store.trash()?.len() == 1, "the deleted speech is not in the trash");
    drop(store);

    click(app, "undo").await?;
    wait_text(app, "speech-text-0", SPEECH).await?;
    wait_text(app, "save-status", "Đã lưu").await?;
    Ok(())
}

/// Waits until no element has this `data-testid`.
async fn wait_gone(app: &Client, test_id: &str) -> TestResult {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !all(app, test_id).await?.is_empty() {
        check!(Instant::now() < deadline, "[data-testid={test_id}] is still shown");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}
