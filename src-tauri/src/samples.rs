//! The sample meetings compiled into the core (examples/*.json), offered on
//! first start so a new user sees a finished record.

use bienban_core::interchange::{self, samples::SAMPLES};
use bienban_core::model::MeetingId;
use bienban_core::store::Store;

use crate::error::{CommandError, CommandResult};

/// Imports every sample in one transaction: all or none.
pub fn import_all(store: &Store) -> CommandResult<Vec<MeetingId>> {
    store.atomically(|store| {
        SAMPLES
            .iter()
            .map(|(name, json)| {
                interchange::import(store, json).map_err(|error| {
                    CommandError::new("sample", format!("Không nạp được hội nghị mẫu {name}: {}", error.user_message()))
                })
            })
            .collect()
    })
}
