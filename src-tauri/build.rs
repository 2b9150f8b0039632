//! Build script of the desktop app: lets tauri-build generate the context
//! and one permission per app command, so that capabilities/ can grant the
//! window exactly the commands it needs and nothing else.

/// Every command in src-tauri/src/commands; a command missing here cannot be
/// granted and the UI's call is refused.
const COMMANDS: &[&str] = &[
    "get_organisation",
    "save_organisation",
    "get_format_profile",
    "save_format_profile",
    "list_people",
    "search_people",
    "create_person",
    "update_person",
    "preview_people_csv",
    "import_people_csv",
    "delete_person",
    "restore_person",
    "list_meetings",
    "create_meeting",
    "duplicate_meeting",
    "get_meeting",
    "save_meeting",
    "delete_meeting",
    "editing_place",
    "set_editing_place",
    "check_meeting",
    "load_samples",
    "proposed_number",
    "suggested_file_name",
    "number_line",
    "export_document",
    "e2e_export_dir",
    "delete_meeting_item",
    "list_trash",
    "restore_from_trash",
    "purge_from_trash",
    "storage_info",
    "backup_now",
    "database_problem",
    "restore_offered_backup",
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // tauri-build's own failure text names the offending file.
        println!("cargo::error={error:#}");
    }
}
