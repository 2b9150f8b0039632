//! docs/meeting.schema.json describes what the importer accepts: every
//! example and every exported document validates, and the schema's required
//! keys are the ones the importer insists on.

mod store_support;

use bienban_core::interchange::{self, SAMPLES};
use bienban_core::store::Store;
use serde_json::Value;

fn schema() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/meeting.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::new(&schema()).unwrap()
}

fn errors(v: &Value) -> Vec<String> {
    validator().iter_errors(v).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn every_example_and_every_export_validates_against_the_schema() {
    for file in store_support::example_files() {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(errors(&v), Vec::<String>::new(), "{file:?}");
    }
    let store = Store::open_in_memory().unwrap();
    for (name, json) in SAMPLES {
        let id = interchange::import(&store, json).unwrap();
        let exported: Value =
            serde_json::from_str(&interchange::to_json(&interchange::export(&store, id).unwrap())).unwrap();
        assert_eq!(errors(&exported), Vec::<String>::new(), "export of {name}");
    }
}

#[test]
fn a_speech_without_a_speaker_is_valid_with_null_or_no_key() {
    let mut v: Value = serde_json::from_str(SAMPLES[1].1).unwrap();
    v["meeting"]["speeches"][0]["speaker"] = Value::Null;
    v["meeting"]["speeches"][1].as_object_mut().unwrap().remove("speaker");
    assert_eq!(errors(&v), Vec::<String>::new());
    assert!(interchange::import(&Store::open_in_memory().unwrap(), &v.to_string()).is_ok());
    v["meeting"]["speeches"][0].as_object_mut().unwrap().remove("text");
    assert!(!errors(&v).is_empty(), "a speech still needs its text");
}

#[test]
fn the_schema_refuses_what_the_importer_refuses() {
    let base: Value = serde_json::from_str(SAMPLES[1].1).unwrap();
    type Breaker = fn(&mut Value);
    let cases: [(&str, Breaker); 5] = [
        ("missing title", |v| {
            v["meeting"].as_object_mut().unwrap().remove("title");
        }),
        ("negative count", |v| v["meeting"]["members_convened"] = serde_json::json!(-1)),
        ("unknown status", |v| v["meeting"]["attendance"][0]["status"] = serde_json::json!("on_leave")),
        ("unknown field", |v| v["meeting"]["titel"] = serde_json::json!("x")),
        ("other format", |v| v["format"] = serde_json::json!("bienban.meeting/2")),
    ];
    for (what, break_it) in cases {
        let mut v = base.clone();
        break_it(&mut v);
        assert!(!errors(&v).is_empty(), "schema accepts: {what}");
        assert!(
            interchange::import(&Store::open_in_memory().unwrap(), &v.to_string()).is_err(),
            "importer accepts: {what}"
        );
    }
}

#[test]
fn the_required_keys_of_the_schema_are_the_ones_the_importer_needs() {
    let schema = schema();
    let required = |pointer: &str| -> Vec<String> {
        let mut keys: Vec<String> = schema
            .pointer(pointer)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect();
        keys.sort();
        keys
    };
    let base: Value = serde_json::from_str(SAMPLES[1].1).unwrap();
    for (pointer, object) in
        [("/required", ""), ("/$defs/meeting/required", "meeting"), ("/$defs/person/required", "people/0")]
    {
        let target =
            if object.is_empty() { base.clone() } else { base.pointer(&format!("/{object}")).unwrap().clone() };
        for key in target.as_object().unwrap().keys() {
            let mut v = base.clone();
            let holder = if object.is_empty() { &mut v } else { v.pointer_mut(&format!("/{object}")).unwrap() };
            holder.as_object_mut().unwrap().remove(key);
            let refused = interchange::parse(&v.to_string()).is_err();
            assert_eq!(refused, required(pointer).contains(key), "{object}.{key}: importer refuses = {refused}");
        }
    }
}
