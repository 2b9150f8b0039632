//! The people directory.

use std::collections::HashSet;

use bienban_core::model::{NewPerson, Person};
use tauri::State;

use crate::error::{CommandError, CommandResult};
use bienban_core::people_csv;
use crate::state::AppState;

/// How many matches the speaker field offers while typing.
const SEARCH_LIMIT: usize = 20;

/// Everyone in the directory, in Vietnamese order (given name first).
#[tauri::command]
pub fn list_people(state: State<'_, AppState>) -> CommandResult<Vec<Person>> {
    let mut people = state.store()?.people()?;
    state.people_order.sort(&mut people);
    Ok(people)
}

/// Diacritic-insensitive: "ngoc" finds "Nguyễn Thị Ngọc".
#[tauri::command]
pub fn search_people(state: State<'_, AppState>, query: String) -> CommandResult<Vec<Person>> {
    Ok(state.store()?.search_people(&query, SEARCH_LIMIT)?)
}

#[tauri::command]
pub fn create_person(state: State<'_, AppState>, person: NewPerson) -> CommandResult<Person> {
    Ok(state.store()?.add_person(&person)?)
}

#[tauri::command]
pub fn update_person(state: State<'_, AppState>, person: Person) -> CommandResult<()> {
    Ok(state.store()?.update_person(&person)?)
}

/// Adds the rows of a CSV file (name, position, unit) in one transaction;
/// a person already in the directory with the same name and position is not
/// added twice. Returns how many people were new.
#[tauri::command]
pub fn import_people_csv(state: State<'_, AppState>, text: String) -> CommandResult<u32> {
    let rows = people_csv::parse(&text).map_err(|e| CommandError::new("csv", e.user_message()))?;
    let store = state.store()?;
    store.atomically(|store| {
        let before = store.people()?.len();
        for row in &rows {
            store.find_or_add_person(row, &HashSet::new())?;
        }
        Ok::<u32, CommandError>(store.people()?.len().saturating_sub(before) as u32)
    })
}
