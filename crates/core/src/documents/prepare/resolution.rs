//! Nghị quyết: căn cứ lines, "[BODY] QUYẾT NGHỊ:", sections "I-", "II-"
//! (Party style: a hyphen after the numeral) with numbered points.

use crate::model::{Meeting, ResolutionSection};

use super::super::model::{Block, Closing};
use super::common::{Directory, dash_list, lower_first, numbered_items};

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let summary = match lower_first(&meeting.subject) {
        s if s.is_empty() => lower_first(&meeting.title),
        s => s,
    };
    let mut body: Vec<Block> = dash_list(&meeting.resolution.legal_bases, ';', ',').into_iter().map(Block::text).collect();
    body.push(Block::centered_bold(format!("{} QUYẾT NGHỊ:", deciding_body(meeting))));

    let fallback;
    let sections: &[ResolutionSection] = if meeting.resolution.sections.is_empty() {
        fallback = [ResolutionSection { title: String::new(), items: meeting.conclusions.items.clone() }];
        &fallback
    } else {
        &meeting.resolution.sections
    };
    for (i, section) in sections.iter().enumerate() {
        if !section.title.trim().is_empty() {
            body.push(Block::heading(format!("{}- {}", roman(i + 1), section.title.trim().to_uppercase())));
        }
        body.extend(numbered_items(directory, &section.items));
    }
    ("NGHỊ QUYẾT", summary, body, super::official_closing(meeting, directory))
}

/// The body that decided: the signer's "T/M …" authority without "T/M",
/// else the issuing body.
fn deciding_body(meeting: &Meeting) -> String {
    let from_signer = meeting
        .signer
        .as_ref()
        .and_then(|s| s.authority.trim().strip_prefix("T/M").map(|b| b.trim().to_uppercase()))
        .filter(|b| !b.is_empty());
    from_signer.unwrap_or_else(|| meeting.issuer.issuing_body.trim().to_uppercase())
}

fn roman(n: usize) -> String {
    const TABLE: [(usize, &str); 9] =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut n = n;
    let mut out = String::new();
    for (value, numeral) in TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}
