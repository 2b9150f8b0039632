//! Nghị quyết: căn cứ lines, "[BODY] QUYẾT NGHỊ:", sections "I-", "II-"
//! (Party style: a hyphen after the numeral) with numbered points.

use crate::model::{Meeting, MeetingKind, ResolutionSection};
use crate::wording::upper_vietnamese;

use super::super::model::{Block, Closing};
use super::common::{Directory, dash_list, numbered_items};
use crate::wording::lower_first;

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let summary = match lower_first(&meeting.subject) {
        s if s.is_empty() => lower_first(&meeting.title),
        s => s,
    };
    let mut body: Vec<Block> =
        dash_list(&meeting.resolution.legal_bases, ';', ',').into_iter().map(Block::text).collect();
    body.push(Block::centered_bold(format!("{} QUYẾT NGHỊ:", deciding_body(meeting))));

    let fallback;
    let sections: &[ResolutionSection] = if meeting.resolution.sections.is_empty() {
        fallback = [ResolutionSection { title: String::new(), items: meeting.conclusions.items.clone() }];
        &fallback
    } else {
        &meeting.resolution.sections
    };
    // A section with nothing decided under it is left out, and the numerals
    // of the others stay consecutive.
    for (i, section) in sections.iter().filter(|s| !s.items.is_empty()).enumerate() {
        if !section.title.trim().is_empty() {
            body.push(Block::heading(format!("{}- {}", roman(i + 1), upper_vietnamese(section.title.trim()))));
        }
        body.extend(numbered_items(directory, meeting, &section.items));
    }
    close_with_slash(&mut body);
    ("NGHỊ QUYẾT", summary, body, super::official_closing(meeting, directory))
}

/// The body that decided, by name, matching the signature: "ĐẢNG ỦY
/// PHƯỜNG X", "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG X", "CHI BỘ Y" — never a bare
/// "BAN THƯỜNG VỤ".
fn deciding_body(meeting: &Meeting) -> String {
    let issuer = upper_vietnamese(meeting.issuer.issuing_body.trim());
    if meeting.kind == MeetingKind::StandingCommittee { format!("BAN THƯỜNG VỤ {issuer}") } else { issuer }
}

/// The last decided point ends with "./.", as every Party document does.
fn close_with_slash(body: &mut [Block]) {
    if let Some(span) = body.last_mut().and_then(|b| b.spans.last_mut()) {
        let text = span.text.trim_end().trim_end_matches('.');
        if !text.ends_with("./") {
            span.text = format!("{text}./.");
        }
    }
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
