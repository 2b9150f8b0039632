//! Where the data is, and "Sao lưu ngay" (back up now) to a folder the
//! user picked with the native folder dialog.

use std::path::PathBuf;

use bienban_core::store::StorageInfo;
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// The database file, the backups folder and the newest backup, for Settings.
#[tauri::command]
pub fn storage_info(state: State<'_, AppState>) -> CommandResult<StorageInfo> {
    Ok(state.store()?.storage_info())
}

/// Writes a consistent copy of the database into `folder` (a USB stick);
/// returns the file written. `async`: off the window's main thread (a big
/// database takes a moment to copy).
#[tauri::command]
pub async fn backup_now(state: State<'_, AppState>, folder: String) -> CommandResult<String> {
    let written = state.store()?.backup_into(&PathBuf::from(folder))?;
    Ok(written.display().to_string())
}
