//! The Biên bản desktop app: a Tauri 2 window over `bienban_core`. This
//! crate only adapts the core to the window: commands, managed state, window
//! behaviour (one instance per database, remembered size, flush on close).

mod collation;
pub mod commands;
pub mod error;
mod samples;
mod state;
mod window;

use bienban_core::store::{Store, StoreError};

use crate::state::AppState;

/// Starts the app; returns when the last window closed.
pub fn run() -> Result<(), tauri::Error> {
    let db_path = Store::default_path();
    // Left-overs of an export killed mid-write; export folders are swept
    // each time something is exported there.
    if let Some(data_dir) = db_path.as_ref().ok().and_then(|p| p.parent()) {
        bienban_core::documents::remove_stale_temp_files(data_dir);
    }
    // A damaged database with a good backup: the window offers to restore it.
    let (store, restorable) = match &db_path {
        Err(e) => (Err(e.user_message()), None),
        Ok(path) => match Store::open(path) {
            Ok(store) => {
                store.start_auto_backups();
                (Ok(store), None)
            }
            Err(e) => {
                let restorable = match &e {
                    StoreError::Damaged { backup: Some(backup), .. } => Some((path.clone(), backup.clone())),
                    _ => None,
                };
                (Err(e.user_message()), restorable)
            }
        },
    };
    let mut state = AppState::new(store);
    state.restorable = restorable;

    let builder = tauri::Builder::default()
        // First, so a second launch hands over before anything else starts.
        .plugin(window::single_instance(db_path.ok().as_deref()))
        .plugin(window::remembered_size())
        .plugin(window::inline_preedit())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init());

    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::organisation::get_organisation,
            commands::organisation::save_organisation,
            commands::organisation::get_format_profile,
            commands::organisation::save_format_profile,
            commands::people::list_people,
            commands::people::search_people,
            commands::people::create_person,
            commands::people::update_person,
            commands::people::preview_people_csv,
            commands::people::import_people_csv,
            commands::people::delete_person,
            commands::people::restore_person,
            commands::meetings::list_meetings,
            commands::meetings::create_meeting,
            commands::meetings::duplicate_meeting,
            commands::meetings::get_meeting,
            commands::meetings::save_meeting,
            commands::meetings::editing_place,
            commands::meetings::set_editing_place,
            commands::meetings::check_meeting,
            commands::meetings::load_samples,
            commands::documents::proposed_number,
            commands::documents::suggested_file_name,
            commands::documents::number_line,
            commands::documents::export_document,
            commands::documents::e2e_export_dir,
            commands::trash::delete_meeting,
            commands::trash::delete_meeting_item,
            commands::trash::list_trash,
            commands::trash::restore_from_trash,
            commands::trash::purge_from_trash,
            commands::storage::storage_info,
            commands::storage::backup_now,
            commands::storage::database_problem,
            commands::storage::restore_offered_backup,
        ])
        .run(tauri::generate_context!())
}
