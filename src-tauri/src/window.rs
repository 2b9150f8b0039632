//! Window behaviour: one instance per database and a remembered size.
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
