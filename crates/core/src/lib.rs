//! Biên bản core: the conference record (domain model), its SQLite storage,
//! the JSON interchange format, validation, the Party documents and text
//! hygiene. Nothing here knows about Tauri or the window.

pub mod cli;
pub mod documents;
pub mod format_profile;
pub mod interchange;
pub mod model;
pub mod new_meeting;
pub mod os_error;
pub mod people_csv;
pub mod store;
pub mod text;
pub mod validate;
pub mod wording;
