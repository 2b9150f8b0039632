//! End-to-end tests of the real app window, driven through WebDriver
//! (tauri-driver + WebKitWebDriver) under Xvfb. Run with scripts/e2e.sh;
//! they need the `e2e` feature (export without the native dialog).

mod harness;
mod ibus;

mod agenda_items;
mod crash_recovery;
mod input_method;
mod record_and_export;
mod trash;
