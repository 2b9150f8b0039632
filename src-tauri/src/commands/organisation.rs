//! Organisation profile and format profile (settings and first start).

use bienban_core::format_profile::FormatProfile;
use bienban_core::model::OrganisationProfile;
use tauri::State;

use crate::error::CommandResult;
use crate::state::AppState;

/// `null` until the first-start screen saved a profile.
#[tauri::command]
pub fn get_organisation(state: State<'_, AppState>) -> CommandResult<Option<OrganisationProfile>> {
    Ok(state.store()?.organisation()?)
}

#[tauri::command]
pub async fn save_organisation(state: State<'_, AppState>, profile: OrganisationProfile) -> CommandResult<()> {
    Ok(state.store()?.save_organisation(&profile)?)
}

/// The format profile named by the organisation, or the built-in HD36-2018
/// before the first start is done.
#[tauri::command]
pub fn get_format_profile(state: State<'_, AppState>) -> CommandResult<FormatProfile> {
    let store = state.store()?;
    Ok(store.format_profile(&format_profile_name(store.organisation()?.as_ref()))?)
}

#[tauri::command]
pub async fn save_format_profile(state: State<'_, AppState>, profile: FormatProfile) -> CommandResult<()> {
    Ok(state.store()?.save_format_profile(&profile)?)
}

pub(crate) fn format_profile_name(organisation: Option<&OrganisationProfile>) -> String {
    organisation
        .map(|o| o.format_profile.clone())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| FormatProfile::hd36_2018().name)
}
