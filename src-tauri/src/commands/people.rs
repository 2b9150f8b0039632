//! The people directory.

use bienban_core::model::{NewPerson, Person, PersonId};
use bienban_core::people_csv::{self, CsvPreview};
use tauri::State;

use crate::error::{CommandError, CommandResult};
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

/// Reads a CSV file (its bytes, whatever the encoding) without writing:
/// the first rows, how many people it holds and how many would be new.
#[tauri::command]
pub fn preview_people_csv(state: State<'_, AppState>, bytes: Vec<u8>) -> CommandResult<CsvPreview> {
    let store = state.store()?;
    people_csv::preview(&store, &bytes).map_err(csv_error)
}

/// Adds the people of a CSV file in one transaction; someone already in the
/// directory (same name, position, unit, kind) is not added twice. Returns
/// how many people were new.
#[tauri::command]
pub fn import_people_csv(state: State<'_, AppState>, bytes: Vec<u8>) -> CommandResult<u32> {
    let store = state.store()?;
    people_csv::import(&store, &bytes).map_err(csv_error)
}

/// Deletes a person no meeting mentions and returns them, for "Hoàn tác".
#[tauri::command]
pub fn delete_person(state: State<'_, AppState>, id: PersonId) -> CommandResult<Person> {
    Ok(state.store()?.delete_person(id)?)
}

/// Puts back a person just deleted, under the same id.
#[tauri::command]
pub fn restore_person(state: State<'_, AppState>, person: Person) -> CommandResult<()> {
    Ok(state.store()?.restore_person(&person)?)
}

fn csv_error(error: people_csv::CsvError) -> CommandError {
    CommandError::new(error.code(), error.user_message())
}
