//! Meetings: list, create, duplicate, autosave, check, samples.

use bienban_core::model::{Meeting, MeetingId, MeetingKind};
use bienban_core::store::{EditingPlace, MeetingFilter, MeetingSummary, StoreError};
use bienban_core::validate::{self, Warning};
use tauri::State;

use crate::commands::organisation::format_profile_name;
use crate::error::{CommandError, CommandResult};
use crate::samples;
use crate::state::AppState;
use bienban_core::new_meeting;

#[tauri::command]
pub fn list_meetings(state: State<'_, AppState>, filter: MeetingFilter) -> CommandResult<Vec<MeetingSummary>> {
    Ok(state.store()?.meetings(&filter)?)
}

/// A new meeting held today, prefilled from the profile and the directory,
/// already stored (so autosave only ever updates).
#[tauri::command]
pub fn create_meeting(state: State<'_, AppState>, kind: MeetingKind) -> CommandResult<Meeting> {
    let store = state.store()?;
    let profile = store.organisation()?.ok_or_else(|| {
        CommandError::new(
            StoreError::NoOrganisation.code(),
            "Chưa khai báo hồ sơ tổ chức: hãy khai báo trong phần Cài đặt trước khi tạo hội nghị.",
        )
    })?;
    let people = store.people()?;
    let meeting = new_meeting::blank(kind, &profile, &people, today());
    let id = store.create_meeting(&meeting)?;
    Ok(store.meeting(id)?)
}

/// The start of the next meeting of a series (same kind, roster, place).
#[tauri::command]
pub fn duplicate_meeting(state: State<'_, AppState>, id: MeetingId) -> CommandResult<Meeting> {
    let store = state.store()?;
    let source = store.meeting(id)?;
    let meeting = new_meeting::duplicate(&source, store.organisation()?.as_ref(), today());
    let id = store.create_meeting(&meeting)?;
    Ok(store.meeting(id)?)
}

#[tauri::command]
pub async fn get_meeting(state: State<'_, AppState>, id: MeetingId) -> CommandResult<Meeting> {
    Ok(state.store()?.meeting(id)?)
}

/// Autosave: the UI sends the whole record at most a second after a change.
/// `async` so it runs on the async runtime, never on the window's main
/// thread: the commit's fsync must not freeze typing.
#[tauri::command]
pub async fn save_meeting(state: State<'_, AppState>, meeting: Meeting) -> CommandResult<()> {
    Ok(state.store()?.save_meeting(&meeting)?)
}

/// Where the secretary was working when the app last stopped without
/// closing normally; the UI reopens it and says what was recovered.
#[tauri::command]
pub fn editing_place(state: State<'_, AppState>) -> CommandResult<Option<EditingPlace>> {
    Ok(state.store()?.editing_place()?)
}

/// Records where the secretary is working (None: left normally).
#[tauri::command]
pub async fn set_editing_place(state: State<'_, AppState>, place: Option<EditingPlace>) -> CommandResult<()> {
    Ok(state.store()?.set_editing_place(place.as_ref())?)
}

/// Warnings (quorum, majority, absent without reason, …) against the
/// organisation's format profile; the record as shown, not as stored.
#[tauri::command]
pub async fn check_meeting(state: State<'_, AppState>, meeting: Meeting) -> CommandResult<Vec<Warning>> {
    let store = state.store()?;
    let profile = store.format_profile(&format_profile_name(store.organisation()?.as_ref()))?;
    Ok(validate::check_named(&meeting, &profile, &store.people()?))
}

/// Imports the sample meetings compiled into the app; returns their ids.
#[tauri::command]
pub fn load_samples(state: State<'_, AppState>) -> CommandResult<Vec<MeetingId>> {
    let store = state.store()?;
    samples::import_all(&store)
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
