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
/// PHƯỜNG X" (T/M ĐẢNG ỦY), "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG X" (a Ban Thường
/// vụ meeting, or T/M BAN THƯỜNG VỤ), "CHI BỘ Y" — never a bare "BAN
/// THƯỜNG VỤ". The capitals come from the running-text name when there is
/// one (upper-casing is exact; the header capitals may be older).
fn deciding_body(meeting: &Meeting) -> String {
    let issuer = match meeting.issuer.issuing_body_name.trim() {
        "" => upper_vietnamese(meeting.issuer.issuing_body.trim()),
        name => upper_vietnamese(name),
    };
    let standing = meeting.kind == MeetingKind::StandingCommittee
        || meeting.signer.as_ref().is_some_and(|s| {
            s.authority.lines().any(|l| {
                let l = upper_vietnamese(l.trim());
                (l.starts_with("T/M") || l.starts_with("TM.")) && l.contains("BAN THƯỜNG VỤ")
            })
        });
    if standing && !issuer.starts_with("BAN THƯỜNG VỤ") { format!("BAN THƯỜNG VỤ {issuer}") } else { issuer }
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::format_profile::FormatProfile;
    use crate::model::*;

    use super::super::prepare;

    fn meeting(kind: MeetingKind, authority: &str) -> Meeting {
        Meeting {
            kind,
            subject: "Về công tác phát triển đảng viên năm 2026".into(),
            issuer: IssuerSnapshot {
                issuing_body: "ĐẢNG ỦY PHƯỜNG NINH KIỀU".into(),
                issuing_body_name: "Đảng ủy phường Ninh Kiều".into(),
                issuer_code: "ĐU".into(),
                ..IssuerSnapshot::default()
            },
            date: NaiveDate::from_ymd_opt(2026, 2, 24).unwrap_or_default(),
            conclusions: Conclusions {
                items: vec![ConclusionItem {
                    text: "Kết nạp ít nhất 25 đảng viên mới.".into(),
                    ..ConclusionItem::default()
                }],
                ..Conclusions::default()
            },
            signer: Some(Signer {
                name: "Châu Thanh Lợi".into(),
                position: "Phó Bí thư".into(),
                authority: authority.into(),
            }),
            ..Meeting::default()
        }
    }

    fn decider(m: &Meeting) -> String {
        let doc = prepare(DocumentKind::Resolution, m, &[], 1, &FormatProfile::hd36_2018());
        doc.body.iter().map(|b| b.plain_text()).find(|t| t.ends_with("QUYẾT NGHỊ:")).unwrap_or_default()
    }

    #[test]
    fn the_decider_line_names_the_body_that_signs() {
        let standing = meeting(MeetingKind::StandingCommittee, "T/M Ban Thường vụ");
        assert_eq!(decider(&standing), "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG NINH KIỀU QUYẾT NGHỊ:");
        let signed_for_standing = meeting(MeetingKind::Other, "T/M BAN THƯỜNG VỤ");
        assert_eq!(decider(&signed_for_standing), "BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG NINH KIỀU QUYẾT NGHỊ:");
        let committee = meeting(MeetingKind::CommitteeConference, "T/M ĐẢNG ỦY");
        assert_eq!(decider(&committee), "ĐẢNG ỦY PHƯỜNG NINH KIỀU QUYẾT NGHỊ:");
        let doc = prepare(DocumentKind::Resolution, &committee, &[], 1, &FormatProfile::hd36_2018());
        assert_eq!(doc.summary, "về công tác phát triển đảng viên năm 2026");
        assert_eq!(doc.body.last().map(|b| b.plain_text()).as_deref(), Some("1. Kết nạp ít nhất 25 đảng viên mới./."));
    }
}
