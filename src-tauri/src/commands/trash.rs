//! The trash ("Thùng rác"): every delete in the app moves the item here, in
//! the same transaction that takes it out of its meeting; restore and
//! delete-for-good are the user's own decisions.

use bienban_core::model::{Meeting, MeetingId};
use bienban_core::store::{MeetingItemKind, Restored, TrashEntry, TrashId};
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// Moves a meeting to the trash (hidden from the list and exports).
#[tauri::command]
pub fn delete_meeting(state: State<'_, AppState>, id: MeetingId) -> CommandResult<TrashEntry> {
    Ok(state.store()?.trash_meeting(id)?)
}

/// Deletes item `index` of `kind` from `meeting` (the record as shown,
/// unsaved edits included): the meeting is stored without it and the item
/// is put in the trash, both or neither.
#[tauri::command]
pub fn delete_meeting_item(
    state: State<'_, AppState>,
    meeting: Meeting,
    kind: MeetingItemKind,
    index: u32,
) -> CommandResult<TrashEntry> {
    Ok(state.store()?.delete_meeting_item(&meeting, kind, index)?)
}

/// Everything in the trash, newest first.
#[tauri::command]
pub fn list_trash(state: State<'_, AppState>) -> CommandResult<Vec<TrashEntry>> {
    Ok(state.store()?.trash()?)
}

/// Puts an entry back; `current` is the open meeting as shown, when the
/// restore goes into it (undo in the meeting screen).
#[tauri::command]
pub fn restore_from_trash(
    state: State<'_, AppState>,
    id: TrashId,
    current: Option<Meeting>,
) -> CommandResult<Restored> {
    Ok(state.store()?.restore_from_trash(id, current.as_ref())?)
}

/// "Xoá vĩnh viễn": deletes an entry for good, after the UI's confirmation.
#[tauri::command]
pub fn purge_from_trash(state: State<'_, AppState>, id: TrashId) -> CommandResult<()> {
    Ok(state.store()?.purge_from_trash(id)?)
}
