//! Autosave cost in a long meeting: 300 speeches of about 1,500 characters,
//! one character added to the speech being typed, `Store::save_meeting` on a
//! database file (WAL, synchronous=FULL), as the app does once a second while
//! the secretary types. Figures are in docs/storage.md.

use std::hint::black_box;

use bienban_core::model::NewPerson;
use bienban_core::store::Store;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support.rs"]
mod support;
use support::{PARAGRAPH, meeting, people};

fn bench_save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("bench.sqlite3")).expect("database");
    for p in people() {
        let new = NewPerson { full_name: p.full_name, position: p.position, unit: p.unit, member_kind: p.member_kind };
        store.add_person(&new).expect("person");
    }
    let text = format!("{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}");
    let mut m = meeting(300, &text);
    m.id = store.create_meeting(&m).expect("meeting");
    let mut typed = 0usize;
    c.bench_function("save_300_speeches_one_keystroke", |b| {
        b.iter(|| {
            typed += 1;
            if let Some(last) = m.speeches.last_mut() {
                last.text.push(if typed.is_multiple_of(7) { ' ' } else { 'ạ' });
            }
            store.save_meeting(black_box(&m)).expect("save")
        })
    });
}

criterion_group!(benches, bench_save);
criterion_main!(benches);
