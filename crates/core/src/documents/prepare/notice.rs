//! Thông báo kết luận: the opening paragraph ("Ngày …, … tổ chức hội nghị …
//! Sau khi nghe …, đồng chí … kết luận như sau:") and the numbered
//! conclusions with who acts and by when.

use crate::model::{AttendanceStatus, AttendeeRole, Meeting, MeetingKind};

use super::super::model::{Block, Closing};
use super::common::{Directory, body_in_sentence, guests_present, long_date, lower_first, numbered_items, short_date, upper_first};

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let concluder = meeting.conclusions.concluded_by.or(meeting.chair_ids.first().copied());
    let who = match (meeting.kind, concluder) {
        (MeetingKind::StandingCommittee, _) | (_, None) => {
            let body = body_in_sentence(&meeting.issuer.issuing_body);
            if meeting.kind == MeetingKind::StandingCommittee { format!("Ban Thường vụ {body}") } else { body }
        }
        (_, Some(id)) => format!("đồng chí {}", directory.name(id)),
    };
    let summary = format!("kết luận của {who} tại hội nghị ngày {}", short_date(meeting.date));

    let mut body = vec![Block::text(opening(meeting, directory, concluder))];
    if !meeting.conclusions.intro.trim().is_empty() {
        body.push(Block::text(meeting.conclusions.intro.trim()));
    }
    body.extend(numbered_items(directory, &meeting.conclusions.items));
    body.push(Block::text(format!("{} thông báo để các cấp ủy, chi bộ, cơ quan, đơn vị liên quan biết, thực hiện./.", upper_first(&body_in_sentence(&meeting.issuer.issuing_body)))));
    ("THÔNG BÁO", summary, body, super::official_closing(meeting, directory))
}

fn opening(meeting: &Meeting, directory: &Directory, concluder: Option<i64>) -> String {
    let host = body_in_sentence(&meeting.issuer.issuing_body);
    let what = match lower_first(&meeting.title) {
        t if t.is_empty() => "hội nghị".to_string(),
        t => t,
    };
    let mut text = format!("{}, {host} tổ chức {what}", upper_first(&long_date(meeting.date)));
    if !meeting.place.trim().is_empty() {
        text.push_str(&format!(" tại {}", meeting.place.trim()));
    }
    text.push('.');

    let members: Vec<_> = meeting.attendance.iter().filter(|a| a.role == AttendeeRole::Member).collect();
    let present = members.iter().filter(|a| a.status != AttendanceStatus::Absent).count();
    let guests = guests_present(meeting, directory);
    if present > 0 || !guests.is_empty() {
        text.push_str(&format!(" Dự hội nghị có {present}/{} đồng chí được triệu tập", meeting.members_convened.max(present as u32)));
        if !guests.is_empty() {
            text.push_str(&format!("; khách mời: {}", guests.join("; ")));
        }
        text.push('.');
    }

    let heard: Vec<String> = meeting.agenda.iter().map(|a| lower_first(&a.title)).filter(|a| !a.is_empty()).collect();
    let heard = if heard.is_empty() { "các báo cáo".to_string() } else { heard.join("; ") };
    let concluder = match concluder {
        Some(id) => format!("đồng chí {}", directory.name_and_position(id)),
        None => "chủ trì hội nghị".to_string(),
    };
    text.push_str(&format!(
        " Sau khi nghe {heard}, ý kiến thảo luận của các đại biểu, {concluder} kết luận như sau:"
    ));
    text
}
