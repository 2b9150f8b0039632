//! Document numbers and export to .docx.

use std::path::PathBuf;

use bienban_core::documents;
use bienban_core::model::{DocumentKind, MeetingId};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// The number the register would give (the one already issued for this
/// meeting and kind, else the next free one in the term).
#[tauri::command]
pub fn proposed_number(state: State<'_, AppState>, meeting_id: MeetingId, kind: DocumentKind) -> CommandResult<u32> {
    Ok(state.store()?.proposed_number(meeting_id, kind)?)
}

/// The file name the save dialog proposes ("Biên bản số 05 ngày
/// 15-03-2026.docx"), valid on Windows; the core makes it.
#[tauri::command]
pub fn suggested_file_name(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    kind: DocumentKind,
    number: u32,
) -> CommandResult<String> {
    let store = state.store()?;
    Ok(documents::stored_file_name(&store, meeting_id, kind, number)?)
}

/// "Số 05-BB/ĐU": the number line the document would carry with `number`,
/// as the core words it (the UI never rebuilds it).
#[tauri::command]
pub fn number_line(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    kind: DocumentKind,
    number: u32,
) -> CommandResult<String> {
    let store = state.store()?;
    Ok(documents::number_line(&store, meeting_id, kind, number)?)
}

/// Issues the number, renders the document and writes it to `path`, which
/// the native save dialog chose (it already asked about overwriting).
/// Returns the path written, for "open" and the status line. `async`: off
/// the window's main thread.
#[tauri::command]
pub async fn export_document(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    kind: DocumentKind,
    number: u32,
    path: String,
) -> CommandResult<String> {
    let target = PathBuf::from(&path);
    let store = state.store()?;
    documents::export(&store, meeting_id, kind, Some(number), &target, true)?;
    // A failure is shown in Settings; the export itself succeeded.
    store.auto_backup_now();
    Ok(target.display().to_string())
}

/// Test-only export folder: with the `e2e` cargo feature, the value of
/// `BIENBAN_E2E_EXPORT_DIR`, which the UI then uses instead of the native
/// save dialog (WebDriver cannot drive it). In every other build this is
/// always `None`, whatever the environment says.
#[tauri::command]
pub fn e2e_export_dir() -> Option<String> {
    #[cfg(feature = "e2e")]
    {
        std::env::var("BIENBAN_E2E_EXPORT_DIR").ok().filter(|dir| !dir.is_empty())
    }
    #[cfg(not(feature = "e2e"))]
    {
        None
    }
}

#[cfg(all(test, not(feature = "e2e")))]
mod tests {
    #[test]
    fn normal_builds_ignore_the_e2e_export_folder() {
        // SAFETY: no other test of this crate reads or writes the environment.
        unsafe { std::env::set_var("BIENBAN_E2E_EXPORT_DIR", "/tmp/elsewhere") };
        assert_eq!(super::e2e_export_dir(), None);
    }
}
