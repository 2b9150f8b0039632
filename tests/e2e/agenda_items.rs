//! Speeches fall under the agenda item chosen with one key: Ctrl+2 (a real
//! X key event) makes item 2 the current one, the speech typed next is
//! stored under it, and Ctrl+1 moves the next speech to item 1 — read back
//! from the database the app wrote.

use std::process::Command;

use bienban_core::model::AgendaItem;
use bienban_core::store::Store;

use crate::crash_recovery::{focus_app_window, open_speeches, seed};
use crate::harness::*;

const FIRST: &str = "Nhat tri voi du thao ke hoach";
const SECOND: &str = "De nghi bo sung chi tieu ve ket nap dang vien";

/// The seeded meeting with two agenda items.
fn seed_with_agenda(sandbox: &Sandbox) -> TestResult {
    seed(sandbox)?;
    let store = Store::open(&sandbox.db())?;
    let id = store.meetings(&Default::default())?.first().ok_or("no meeting seeded")?.id;
    let mut meeting = store.meeting(id)?;
    meeting.agenda = vec![
        AgendaItem { title: "Báo cáo kết quả quý I".into(), ..AgendaItem::default() },
        AgendaItem { title: "Dự thảo kế hoạch quý II".into(), ..AgendaItem::default() },
    ];
    store.save_meeting(&meeting)?;
    Ok(())
}

/// One real key press (or chord) sent to the focused X window.
fn press(keys: &str) -> TestResult {
    if !Command::new("xdotool").args(["key", "--clearmodifiers", keys]).status()?.success() {
        return Err(format!("xdotool could not press {keys}").into());
    }
    Ok(())
}

/// Picks the speaker "ngoc", then types `text` in the speech field with real key events and ends it with Ctrl+Enter.
async fn speech(app: &fantoccini::Client, text: &str) -> TestResult {
    type_into(app, "speech-speaker", "ngoc").await?;
    let options = wait_count(app, "speech-speaker-option-", 1).await?;
    with_text(options, "Nguyễn Thị Ngọc").await?.click().await?;
    wait(app, "speech-text").await?.click().await?;
    let status = Command::new("xdotool").args(["type", "--delay", "60", text]).status()?;
    if !status.success() {
        return Err("xdotool could not type the speech".into());
    }
    press("ctrl+Return")
}

async fn choose_items_and_type(app: &fantoccini::Client, sandbox: &Sandbox) -> TestResult {
    open_speeches(app).await?;
    wait_text(app, "current-item", "(không thuộc nội dung nào)").await?;
    wait(app, "speech-text").await?.click().await?;
    focus_app_window(sandbox)?;

    press("ctrl+2")?;
    wait_text(app, "current-item", "2. Dự thảo kế hoạch quý II").await?;
    speech(app, FIRST).await?;
    wait_text(app, "speech-item-0", FIRST).await?;
    wait_text(app, "speech-item-tag-0", "Nội dung 2").await?;

    press("ctrl+1")?;
    wait_text(app, "current-item", "1. Báo cáo kết quả quý I").await?;
    speech(app, SECOND).await?;
    wait_text(app, "speech-item-1", SECOND).await?;
    wait_text(app, "save-status", "Đã lưu").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn current_item_key_puts_new_speeches_under_the_chosen_item() -> TestResult {
    let sandbox = Sandbox::new()?;
    seed_with_agenda(&sandbox)?;
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let done = choose_items_and_type(&app, &sandbox).await;
    let done = on_failure(&app, "current_item_key", done).await;
    close(app).await?;
    drop(driver);
    done?;

    let store = Store::open(&sandbox.db())?;
    let id = store.meetings(&Default::default())?.first().ok_or("no meeting")?.id;
    let meeting = store.meeting(id)?;
    let stored: Vec<(&str, Option<u32>)> = meeting.speeches.iter().map(|s| (s.text.as_str(), s.agenda_item)).collect();
    assert_eq!(stored, vec![(FIRST, Some(1)), (SECOND, Some(0))], "speeches and their agenda items as stored");
    Ok(())
}
