//! Screenshots of every screen at 1366×768 for docs/screens/ — a tool, not a
//! test. Drives the real window like the e2e tests (same harness), opened at
//! 1366×768, and saves WebKit's own snapshot of it (WebDriver screenshot):
//! grabbing the X root window instead lags behind the page on a busy machine.
//! Run under Xvfb:
//!
//! xvfb-run -a -s "-screen 0 1366x768x24" \
//!   cargo run -p bienban-desktop --features e2e --example screens -- docs/screens
//! (after `cargo build -p bienban-desktop --features e2e`: examples do not
//! build the app binary themselves).

#[path = "e2e/harness.rs"]
#[allow(dead_code)]
mod harness;

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::Client;
use harness::*;

#[tokio::main]
async fn main() -> TestResult {
    let out = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "docs/screens".into()));
    std::fs::create_dir_all(&out)?;
    // WebDriver screenshots hang when WebKit's accelerated compositing is off,
    // as the app sets it by default (src-tauri/src/main.rs); "0" keeps it on.
    // The pictures look the same either way.
    let sandbox = Sandbox::new()?.with_env("WEBKIT_DISABLE_COMPOSITING_MODE", "0");
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let result = shoot_all(&app, &out).await;
    app.close().await?;
    result
}

async fn shoot_all(app: &Client, out: &Path) -> TestResult {
    // First start as a new user sees it, then filled in.
    wait(app, "org-issuing-body").await?;
    shoot(app, out, "01-first-start").await?;
    type_into(app, "org-issuing-body", "ĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG").await?;
    type_into(app, "org-place-name", "Quảng Ngãi").await?;
    click(app, "org-load-samples").await?;
    wait_count(app, "meeting-open-", 3).await?;
    shoot(app, out, "02-meetings").await?;

    let links = all(app, "meeting-open-").await?;
    with_text(links, "giải phóng mặt bằng").await?.click().await?;
    for (index, section) in
        ["general", "attendance", "agenda", "speeches", "votes", "conclusions", "export"].iter().enumerate()
    {
        click(app, &format!("tab-{section}")).await?;
        wait(app, &format!("section-{section}")).await?;
        shoot(app, out, &format!("{:02}-meeting-{section}", index + 3)).await?;
    }
    click(app, "nav-people").await?;
    shoot(app, out, "10-people").await?;
    click(app, "nav-settings").await?;
    shoot(app, out, "11-settings").await?;
    Ok(())
}

async fn shoot(app: &Client, out: &Path, name: &str) -> TestResult {
    // Let the last click's rendering settle before the snapshot.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let path = out.join(format!("{name}.png"));
    std::fs::write(&path, app.screenshot().await?)?;
    println!("{}", path.display());
    Ok(())
}
