//! Window behaviour: one instance per database, a remembered size, and the
//! word an input method is composing drawn inside the field.
//! (Closing waits for the last autosave on the UI side: its
//! `onCloseRequested` handler stores pending edits, then destroys the window.)

use std::hash::{Hash, Hasher};
use std::path::Path;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_window_state::StateFlags;

/// A second launch on the same database focuses the first window and exits.
/// The D-Bus name carries a hash of the database path, so two offices' files
/// (or the e2e tests' temporary ones) can be open side by side.
pub fn single_instance<R: Runtime>(db_path: Option<&Path>) -> TauriPlugin<R> {
    let mut hasher = std::hash::DefaultHasher::new();
    db_path.hash(&mut hasher);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(format!("vn.bienban.desktop.db_{:016x}", hasher.finish()))
        .callback(|app: &AppHandle<R>, _argv, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        })
        .build()
}

/// Size, position and maximised state survive a restart; visibility is not
/// restored so the window never starts hidden.
pub fn remembered_size<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
        .build()
}

/// Shows the word an input method is composing (Unikey/ibus-unikey Telex:
/// "Ngocj" → "Ngọc" before the space) underlined inside the field, and lets
/// the page see it as a composition (`compositionstart`/`update`/`end`).
///
/// wry turns WebKitGTK's preedit off for every webview (so fcitx can anchor
/// its candidate window at the caret). With preedit off ibus keeps the
/// composing word out of the page: it shows in ibus's own floating box, or
/// nowhere when no ibus panel runs, and the page gets no composition events
/// (the speaker search cannot filter on it, the Enter that ends it reaches the
/// page's handlers). Vietnamese input composes every word, so it is turned
/// back on; MiniBrowser, WebKitGTK's own browser, has it on too.
pub fn inline_preedit<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("inline-preedit")
        .on_webview_ready(|webview| {
            #[cfg(target_os = "linux")]
            let _ = webview.with_webview(|platform| {
                use webkit2gtk::{InputMethodContextExt, WebViewExt};
                if let Some(context) = platform.inner().input_method_context() {
                    context.set_enable_preedit(true);
                }
            });
            #[cfg(not(target_os = "linux"))]
            let _ = webview;
        })
        .build()
}
