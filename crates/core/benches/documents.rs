//! Export speed: the minutes of a meeting with 50 speeches of three
//! paragraphs each, prepared and rendered to deflated .docx bytes in process.
//! Target: at most 5 ms per document on a 2-core machine.

use std::hint::black_box;

use bienban_core::documents::{prepare, render_docx};
use bienban_core::format_profile::FormatProfile;
use bienban_core::model::DocumentKind;
use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support.rs"]
mod support;
use support::{PARAGRAPH, meeting, people};

fn bench_minutes(c: &mut Criterion) {
    let meeting = meeting(50, &format!("{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}"));
    let people = people();
    let profile = FormatProfile::hd36_2018();
    c.bench_function("minutes_50_speeches_prepare_render_deflate", |b| {
        b.iter(|| {
            let model = prepare(DocumentKind::Minutes, black_box(&meeting), &people, 5, &profile);
            render_docx(&model, &profile)
        })
    });
}

criterion_group!(benches, bench_minutes);
criterion_main!(benches);
