//! Conversions between model values and SQLite column values: enums as
//! their serde names, nested values as JSON text, dates and times as ISO 8601.

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::StoreError;

/// JSON text of a nested value. Serialising model types cannot fail (no
/// maps with non-string keys), so a failure is reported as corruption of
/// the column rather than a panic.
pub(super) fn to_json<T: Serialize>(column: &'static str, value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|source| StoreError::Corrupt { column, source })
}

pub(super) fn from_json<T: DeserializeOwned>(column: &'static str, text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|source| StoreError::Corrupt { column, source })
}

/// The serde name of a unit enum variant ("committee_conference").
pub(super) fn enum_name<T: Serialize>(column: &'static str, value: &T) -> Result<String, StoreError> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Ok(s),
        Ok(other) => Err(StoreError::Corrupt {
            column,
            source: serde::ser::Error::custom(format!("not a unit variant: {other}")),
        }),
        Err(source) => Err(StoreError::Corrupt { column, source }),
    }
}

pub(super) fn enum_parse<T: DeserializeOwned>(column: &'static str, name: &str) -> Result<T, StoreError> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|source| StoreError::Corrupt { column, source })
}

pub(super) fn date_text(date: NaiveDate) -> String {
    date.to_string()
}

pub(super) fn parse_date(column: &'static str, text: &str) -> Result<NaiveDate, StoreError> {
    text.parse::<NaiveDate>().map_err(|e| corrupt(column, e))
}

pub(super) fn time_text(time: Option<NaiveTime>) -> Option<String> {
    time.map(|t| t.to_string())
}

pub(super) fn parse_time(column: &'static str, text: Option<String>) -> Result<Option<NaiveTime>, StoreError> {
    text.map(|t| t.parse::<NaiveTime>().map_err(|e| corrupt(column, e))).transpose()
}

pub(super) fn corrupt(column: &'static str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt { column, source: serde::de::Error::custom(e.to_string()) }
}
