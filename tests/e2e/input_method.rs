//! Vietnamese typed through a real input method (ibus-unikey, Telex) into
//! the real window: the word being composed is drawn in the field before the
//! space, the committed text is right after it, the speaker search filters on
//! the composing word, and the Enter that ends a composition only commits it.

use std::time::Duration;

use fantoccini::Client;

use crate::check;
use crate::harness::*;
use crate::ibus::*;

/// Fewer pixels than this changing in a field means nothing new was drawn
/// there ("Ngọc" underlined at the app's font size changes several hundred).
const VISIBLE: u64 = 120;

#[tokio::test(flavor = "multi_thread")]
async fn telex_composing_word_is_shown_and_searched() -> TestResult {
    let sandbox = Sandbox::new()?;
    crate::crash_recovery::seed(&sandbox)?;
    // A steady caret, so that only what is typed changes the pixels.
    let gtk = sandbox.config_dir().join("gtk-3.0");
    std::fs::create_dir_all(&gtk)?;
    std::fs::write(gtk.join("settings.ini"), "[Settings]\ngtk-cursor-blink=false\n")?;
    let ibus = Ibus::start(&sandbox)?;
    let mut sandbox = sandbox;
    for (key, value) in ibus.app_env() {
        sandbox = sandbox.with_env(key, &value);
    }

    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let result = compose(&app, &sandbox).await;
    if result.is_err() {
        // The screen as X shows it (WebDriver's screenshot hangs with the
        // app's compositing off and then blocks the session).
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-failures");
        let _ = std::fs::create_dir_all(&dir);
        let screen = Region { x: 0, y: 0, width: 1366, height: 768 };
        let _ = capture(screen, &dir.join("telex_composing_word_is_shown_and_searched.png"));
    }
    let _ = tokio::time::timeout(Duration::from_secs(10), app.close()).await;
    drop(driver);
    drop(ibus);
    result
}

async fn compose(app: &Client, sandbox: &Sandbox) -> TestResult {
    let links = wait_count(app, "meeting-open-", 1).await?;
    with_text(links, "Hội nghị giao ban tháng 3").await?.click().await?;
    click(app, "tab-speeches").await?;
    let shots = sandbox.export_dir();

    // The speaker search, typed in Telex: "Ngocj" composes "Ngọc".
    let speaker = wait(app, "speech-speaker").await?;
    speaker.click().await?;
    let field = region(app, "speech-speaker").await?;
    point_at(field.x + 5, field.y + field.height / 2)?;
    settle().await;
    capture(field, &shots.join("speaker-empty.png"))?;
    type_keys("Ngocj")?;
    settle().await;
    capture(field, &shots.join("speaker-composing.png"))?;
    let changed = pixels_changed(&shots.join("speaker-empty.png"), &shots.join("speaker-composing.png"))?;
    eprintln!("speaker field: {changed} pixels changed by the composing word");
    check!(changed >= VISIBLE, "the composing word is not drawn in the speaker field ({changed} pixels changed)");
    let options = wait_count(app, "speech-speaker-option-", 1).await?;
    let first = visible_text(&options[0]).await?;
    check!(first.contains("Nguyễn Thị Ngọc"), "while composing \"Ngọc\" the first suggestion is {first:?}");

    // The Enter that ends the composition commits the word and picks nobody.
    press("Return")?;
    settle().await;
    let query = value(app, "speech-speaker").await?;
    check!(query == "Ngọc", "after the Enter that ends the composition the search holds {query:?}");
    check!(focused(app).await? == "speech-speaker", "the Enter that ended the composition picked a speaker unseen");
    let options = wait_count(app, "speech-speaker-option-", 1).await?;
    let first = visible_text(&options[0]).await?;
    check!(first.contains("Nguyễn Thị Ngọc"), "after \"Ngọc\" is committed the first suggestion is {first:?}");

    // A second Enter picks the suggestion the user sees.
    press("Return")?;
    settle().await;
    let query = value(app, "speech-speaker").await?;
    check!(query == "Nguyễn Thị Ngọc", "Enter picked {query:?}");
    check!(focused(app).await? == "speech-text", "after picking the speaker the cursor is not in the speech");

    // The speech itself: the composing word shows before the space.
    let text = region(app, "speech-text").await?;
    point_at(text.x + 5, text.y + 5)?;
    type_keys("Nguyeenx Thij ")?;
    settle().await;
    capture(text, &shots.join("speech-committed.png"))?;
    type_keys("Ngocj")?;
    settle().await;
    capture(text, &shots.join("speech-composing.png"))?;
    let changed = pixels_changed(&shots.join("speech-committed.png"), &shots.join("speech-composing.png"))?;
    eprintln!("speech field: {changed} pixels changed by the composing word");
    check!(changed >= VISIBLE, "the composing word is not drawn in the speech ({changed} pixels changed)");
    type_keys(" ")?;
    settle().await;
    let speech = value(app, "speech-text").await?;
    check!(speech == "Nguyễn Thị Ngọc ", "the speech holds {speech:?} after Telex \"Nguyeenx Thij Ngocj \"");
    Ok(())
}

/// Time for the input method and the window to draw the last key.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(600)).await;
}

/// Where the element is on the screen: the test window sits at 0,0 with no
/// window manager around it, so page coordinates are screen coordinates.
async fn region(app: &Client, test_id: &str) -> TestResult<Region> {
    let (x, y, width, height) = wait(app, test_id).await?.rectangle().await?;
    Ok(Region { x: x.round() as i64, y: y.round() as i64, width: width.round() as i64, height: height.round() as i64 })
}

async fn value(app: &Client, test_id: &str) -> TestResult<String> {
    Ok(wait(app, test_id).await?.prop("value").await?.unwrap_or_default())
}

/// The `data-testid` of the focused element.
async fn focused(app: &Client) -> TestResult<String> {
    let script = "return document.activeElement?.getAttribute('data-testid') ?? '';";
    Ok(app.execute(script, vec![]).await?.as_str().unwrap_or_default().to_string())
}
