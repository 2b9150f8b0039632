//! docs/meeting.schema.json describes what the importer accepts: every
//! example and every exported document validates, and the schema's required
//! keys are the ones the importer insists on. docs/meeting.v1.schema.json
//! does the same for the first version, which the importer still reads.

mod store_support;

use bienban_core::interchange::{self, SAMPLES};
use bienban_core::store::Store;
use serde_json::Value;

fn read_json(path: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn schema() -> Value {
    read_json("../../docs/meeting.schema.json")
}

fn errors_against(schema: &Value, v: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(schema).unwrap();
    validator.iter_errors(v).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

fn errors(v: &Value) -> Vec<String> {
    errors_against(&schema(), v)
}

fn errors_v1(v: &Value) -> Vec<String> {
    errors_against(&read_json("../../docs/meeting.v1.schema.json"), v)
}

/// A `/2` meeting that uses every field of the format.
fn every_field() -> Value {
    read_json("tests/fixtures/v2/every-field.json")
}

/// The samples as `/1` files.
fn v1_samples() -> Vec<Value> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()).collect()
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
    let id = interchange::import(&store, &every_field().to_string()).unwrap();
    let exported: Value =
        serde_json::from_str(&interchange::to_json(&interchange::export(&store, id).unwrap())).unwrap();
    assert_eq!(errors(&exported), Vec::<String>::new(), "export of the meeting using every field");
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
fn the_meeting_using_every_field_validates_and_v1_files_validate_against_their_own_schema() {
    assert_eq!(errors(&every_field()), Vec::<String>::new());
    interchange::parse(&every_field().to_string()).unwrap();
    for v in v1_samples() {
        assert_eq!(errors_v1(&v), Vec::<String>::new());
        assert!(!errors(&v).is_empty(), "a /1 file is not a /2 file");
        interchange::parse(&v.to_string()).unwrap();
    }
    assert!(!errors_v1(&every_field()).is_empty());
}

type Breaker = fn(&mut Value);

/// Both the schema and the importer refuse each broken copy of `base`.
fn both_refuse(base: &Value, cases: &[(&str, Breaker)], errors: fn(&Value) -> Vec<String>) {
    assert_eq!(errors(base), Vec::<String>::new());
    interchange::parse(&base.to_string()).unwrap();
    for (what, break_it) in cases {
        let mut v = base.clone();
        break_it(&mut v);
        assert!(!errors(&v).is_empty(), "schema accepts: {what}");
        assert!(interchange::parse(&v.to_string()).is_err(), "importer accepts: {what}");
    }
}

#[test]
fn the_schema_refuses_what_the_importer_refuses() {
    let base: Value = serde_json::from_str(SAMPLES[1].1).unwrap();
    let cases: [(&str, Breaker); 10] = [
        ("missing title", |v| {
            v["meeting"].as_object_mut().unwrap().remove("title");
        }),
        ("negative count", |v| v["meeting"]["members_convened"] = serde_json::json!(-1)),
        ("unknown status", |v| v["meeting"]["attendance"][0]["status"] = serde_json::json!("on_leave")),
        ("unknown field", |v| v["meeting"]["titel"] = serde_json::json!("x")),
        ("other format", |v| v["format"] = serde_json::json!("bienban.meeting/3")),
        ("hour 24", |v| v["meeting"]["start_time"] = serde_json::json!("24:00:00")),
        ("minute 60", |v| v["meeting"]["end_time"] = serde_json::json!("16:60:00")),
        ("month 13", |v| v["meeting"]["date"] = serde_json::json!("2018-13-01")),
        ("day 32", |v| v["meeting"]["date"] = serde_json::json!("2018-01-32")),
        ("empty person key", |v| v["people"][0]["key"] = serde_json::json!("")),
    ];
    both_refuse(&base, &cases, errors);
    // The same case, imported: nothing is written.
    let mut v = base.clone();
    v["meeting"]["titel"] = serde_json::json!("x");
    assert!(interchange::import(&Store::open_in_memory().unwrap(), &v.to_string()).is_err());
}

#[test]
fn the_schema_refuses_what_the_importer_refuses_in_every_v2_entry() {
    let cases: [(&str, Breaker); 22] = [
        ("unknown role", |v| v["meeting"]["attendance"][0]["role"] = serde_json::json!("observer")),
        ("unknown method", |v| v["meeting"]["votes"][0]["method"] = serde_json::json!("acclamation")),
        ("candidates without an election", |v| {
            v["meeting"]["votes"][0]["candidates"] = v["meeting"]["votes"][2]["candidates"].clone()
        }),
        ("ballots with a show of hands", |v| {
            v["meeting"]["votes"][0]["ballots"] = v["meeting"]["votes"][2]["ballots"].clone()
        }),
        ("ballots electronically", |v| {
            v["meeting"]["votes"][3]["ballots"] = v["meeting"]["votes"][2]["ballots"].clone()
        }),
        ("ballots without a count", |v| {
            v["meeting"]["votes"][1]["ballots"].as_object_mut().unwrap().remove("valid");
        }),
        ("ballots with a negative count", |v| v["meeting"]["votes"][1]["ballots"]["invalid"] = serde_json::json!(-1)),
        ("candidate without votes", |v| {
            v["meeting"]["votes"][2]["candidates"][0].as_object_mut().unwrap().remove("votes");
        }),
        ("candidate elected as text", |v| {
            v["meeting"]["votes"][2]["candidates"][0]["elected"] = serde_json::json!("có")
        }),
        ("reserved opinion without text", |v| {
            v["meeting"]["votes"][0]["reserved_opinions"][0].as_object_mut().unwrap().remove("text");
        }),
        ("unknown key in a departure", |v| v["meeting"]["attendance"][2]["departure"]["before"] = serde_json::json!(1)),
        ("negative index", |v| v["meeting"]["attendance"][2]["departure"]["before_item"] = serde_json::json!(-1)),
        ("site as a name", |v| v["meeting"]["attendance"][3]["site"] = serde_json::json!("Tổ dân phố số 1")),
        ("online site as a plain name", |v| v["meeting"]["online_sites"][0] = serde_json::json!("Tổ dân phố số 1")),
        ("unknown key in an online site", |v| v["meeting"]["online_sites"][0]["address"] = serde_json::json!("x")),
        ("agenda item as text", |v| v["meeting"]["speeches"][1]["agenda_item"] = serde_json::json!("1")),
        ("presenter as a number", |v| v["meeting"]["agenda"][0]["presenter"] = serde_json::json!(1)),
        ("unknown key in an agenda item", |v| v["meeting"]["agenda"][0]["presenters"] = serde_json::json!([])),
        ("read_back as text", |v| v["meeting"]["read_back"] = serde_json::json!("có")),
        ("body_first as a number", |v| v["meeting"]["conclusions"]["items"][0]["body_first"] = serde_json::json!(1)),
        ("superior_body_name as a string", |v| {
            v["meeting"]["issuer"]["superior_body_name"] = serde_json::json!("Đảng bộ thành phố Hà Nội")
        }),
        ("unknown key in the organisation", |v| v["organisation"]["superior_bodies"] = serde_json::json!([])),
    ];
    both_refuse(&every_field(), &cases, errors);
}

#[test]
fn the_v1_schema_refuses_what_only_v2_has_as_the_importer_does() {
    let base = v1_samples().into_iter().find(|v| v["meeting"]["attendance"].as_array().unwrap().len() > 10).unwrap();
    let cases: [(&str, Breaker); 9] = [
        ("read_back", |v| v["meeting"]["read_back"] = serde_json::json!(true)),
        ("departure", |v| v["meeting"]["attendance"][0]["departure"] = serde_json::json!(null)),
        ("delegate", |v| v["meeting"]["attendance"][0]["role"] = serde_json::json!("delegate")),
        ("election", |v| v["meeting"]["votes"][0]["method"] = serde_json::json!("election")),
        ("agenda_item", |v| v["meeting"]["speeches"][0]["agenda_item"] = serde_json::json!(0)),
        ("presenter", |v| v["meeting"]["agenda"][0]["presenter"] = serde_json::json!(null)),
        ("body_first", |v| v["meeting"]["conclusions"]["items"][0]["body_first"] = serde_json::json!(false)),
        ("superior_body_name", |v| v["organisation"]["superior_body_name"] = serde_json::json!([])),
        ("site objects", |v| v["meeting"]["online_sites"] = serde_json::json!([{"name": "x", "participants": 1}])),
    ];
    both_refuse(&base, &cases, errors_v1);
}

/// The keys `schema` lists as required at `pointer`.
fn required(schema: &Value, pointer: &str) -> Vec<String> {
    let mut keys: Vec<String> = schema
        .pointer(pointer)
        .and_then(Value::as_array)
        .map(|keys| keys.iter().map(|k| k.as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// Takes each key of the object at `object` out of `base` in turn: the
/// importer refuses the copy exactly when the schema (at `pointer`) requires
/// the key, and the schema's verdict on the copy is the importer's.
fn required_keys_match(base: &Value, pointer: &str, object: &str) {
    let schema = schema();
    let keys = required(&schema, pointer);
    for key in base.pointer(object).unwrap().as_object().unwrap().keys() {
        let mut v = base.clone();
        v.pointer_mut(object).unwrap().as_object_mut().unwrap().remove(key);
        let refused = interchange::parse(&v.to_string()).is_err();
        assert_eq!(refused, keys.contains(key), "{object}/{key}: importer refuses = {refused}");
        assert_eq!(refused, !errors(&v).is_empty(), "{object}/{key}: the schema and the importer differ");
    }
}

#[test]
fn the_required_keys_of_the_schema_are_the_ones_the_importer_needs() {
    // A sample whose speeches and votes name no agenda item, so that taking
    // its agenda out leaves no index dangling.
    let (_, chi_bo) = SAMPLES.iter().find(|(name, _)| name.starts_with("chi-bo")).unwrap();
    let base: Value = serde_json::from_str(chi_bo).unwrap();
    for (pointer, object) in
        [("/required", ""), ("/$defs/meeting/required", "/meeting"), ("/$defs/person/required", "/people/0")]
    {
        required_keys_match(&base, pointer, object);
    }
    // Each entry of /2, in the meeting that has them all (the meeting
    // itself is left whole: without its agenda, indexes would dangle).
    let rich = every_field();
    for (pointer, object) in [
        ("/$defs/organisation/required", "/organisation"),
        ("/$defs/issuer/required", "/meeting/issuer"),
        ("/$defs/signer/required", "/meeting/signer"),
        ("/$defs/online_site/required", "/meeting/online_sites/0"),
        ("/$defs/agenda_item/required", "/meeting/agenda/0"),
        ("/$defs/attendance/required", "/meeting/attendance/2"),
        ("/$defs/attendance/required", "/meeting/attendance/9"),
        ("/$defs/departure/required", "/meeting/attendance/2/departure"),
        ("/$defs/speech/required", "/meeting/speeches/1"),
        ("/$defs/vote/required", "/meeting/votes/0"),
        ("/$defs/vote/required", "/meeting/votes/2"),
        ("/$defs/ballots/required", "/meeting/votes/2/ballots"),
        ("/$defs/candidate/required", "/meeting/votes/2/candidates/0"),
        ("/$defs/reserved_opinion/required", "/meeting/votes/0/reserved_opinions/0"),
        ("/$defs/item/required", "/meeting/conclusions/items/1"),
        ("/$defs/meeting/properties/resolution/properties/sections/items/required", "/meeting/resolution/sections/1"),
    ] {
        required_keys_match(&rich, pointer, object);
    }
}
