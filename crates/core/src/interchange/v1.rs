//! Reading `bienban.meeting/1` files: the same shape as `/2` but for the
//! online sites, which were plain names. A `/1` file is upgraded as JSON
//! (sites become `{ "name": …, "participants": 0 }`, the format becomes
//! `/2`) and then read as a `/2` file, so every later check is shared.

use serde_json::Value;

use super::{FORMAT, InterchangeError, MeetingDocument, invalid_at};

/// The format name of the first version.
pub const FORMAT_V1: &str = "bienban.meeting/1";

/// None when `json` is not a `/1` file (it is then read as it is);
/// otherwise the file read as `/2`, or why it could not be.
pub(super) fn upgrade(json: &str) -> Option<Result<MeetingDocument, InterchangeError>> {
    let mut value: Value = serde_json::from_str(json).ok()?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT_V1) {
        return None;
    }
    value["format"] = Value::String(FORMAT.to_string());
    if let Some(sites) = value.pointer_mut("/meeting/online_sites").and_then(Value::as_array_mut) {
        for site in sites.iter_mut() {
            if let Value::String(name) = site {
                *site = serde_json::json!({ "name": name.clone(), "participants": 0 });
            }
        }
    }
    Some(serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        invalid_at(path, &inner)
    }))
}
