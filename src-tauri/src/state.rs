//! The app's managed state: the one store connection, shared by all
//! commands behind a mutex, and the Vietnamese collator.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use bienban_core::store::Store;

use crate::collation::PeopleOrder;
use crate::error::{CommandError, CommandResult};

pub struct AppState {
    /// `Err` keeps the reason the database could not be opened, so each
    /// command can report it to the window instead of the app dying silently.
    store: Result<Mutex<Store>, String>,
    /// When the database could not be opened because it is damaged: the
    /// database path and the newest good backup, which the window offers to
    /// restore.
    pub restorable: Option<(PathBuf, PathBuf)>,
    pub people_order: PeopleOrder,
}

impl AppState {
    pub fn new(store: Result<Store, String>) -> Self {
        AppState { store: store.map(Mutex::new), restorable: None, people_order: PeopleOrder::new() }
    }

    /// Why the database could not be opened, if it could not.
    pub fn problem(&self) -> Option<&str> {
        self.store.as_ref().err().map(String::as_str)
    }

    /// Locks the store for one command.
    pub fn store(&self) -> CommandResult<MutexGuard<'_, Store>> {
        match &self.store {
            // A panic in another command cannot leave the connection in a
            // half-written state (SQLite transactions roll back), so the
            // guard is taken back instead of failing every later call.
            Ok(mutex) => Ok(mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())),
            Err(reason) => Err(CommandError::store_unavailable(reason)),
        }
    }
}
