//! The Tauri commands: each one locks the store, calls `bienban_core` and
//! maps its error to [`CommandError`](crate::error::CommandError). No SQL, no
//! document logic here.

pub mod documents;
pub mod meetings;
pub mod organisation;
pub mod people;
pub mod storage;
pub mod trash;
