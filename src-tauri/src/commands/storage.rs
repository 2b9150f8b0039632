//! Where the data is, and "Sao lưu ngay" (back up now) to a folder the
//! user picked with the native folder dialog.

use std::path::PathBuf;

use bienban_core::store::{StorageInfo, backup};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::error::{CommandError, CommandResult};
use crate::state::AppState;

/// Why the database could not be opened at start-up, and the backup the
/// window can restore from (a damaged database with a good backup).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DatabaseProblem {
    /// The Vietnamese message of the start-up check.
    pub message: String,
    /// The newest good backup, when there is one to restore.
    pub backup: Option<String>,
}

/// None when the database opened normally.
#[tauri::command]
pub fn database_problem(state: State<'_, AppState>) -> Option<DatabaseProblem> {
    state.problem().map(|message| DatabaseProblem {
        message: message.to_string(),
        backup: state.restorable.as_ref().map(|(_, backup)| backup.display().to_string()),
    })
}

/// Restores the backup offered by [`database_problem`] over the damaged
/// database (which `backup::restore` keeps aside first, never overwritten),
/// then restarts the app on it.
#[tauri::command]
pub async fn restore_offered_backup(app: AppHandle, state: State<'_, AppState>) -> CommandResult<()> {
    let Some((db, from)) = state.restorable.clone() else {
        return Err(CommandError::new("nothing_to_restore", "Không có bản sao lưu nào để khôi phục."));
    };
    backup::restore(&db, &from)?;
    app.restart()
}

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
