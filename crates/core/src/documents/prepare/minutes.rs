//! Biên bản hội nghị: every section of Hướng dẫn 16-HD/VPTW, in order —
//! opening lines, attendance, proceedings, conclusions, closing, signatures.

use crate::model::{AttendanceStatus, AttendeeRole, Meeting};

use super::super::model::{Block, Closing, SignatureBlock, Span};
use super::common::{
    Directory, clock, guests_present, count, dash_list, long_date, lower_first, numbered_items, upper_first, vote_method,
    vote_result,
};

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let summary = match lower_first(&meeting.title) {
        t if t.is_empty() => "hội nghị".to_string(),
        t => t,
    };
    let mut body = opening(meeting, directory);
    body.extend(attendance(meeting, directory));
    body.extend(proceedings(meeting, directory));
    body.extend(conclusions(meeting, directory));
    body.extend(ending(meeting));
    let closing = Closing {
        left: Some(SignatureBlock {
            authority: String::new(),
            position: "THƯ KÝ".to_string(),
            position_bold: true,
            name: meeting.minute_taker_id.map(|id| directory.name(id)).unwrap_or_default(),
        }),
        right: SignatureBlock {
            authority: String::new(),
            position: "CHỦ TRÌ HỘI NGHỊ".to_string(),
            position_bold: true,
            name: meeting.chair_ids.first().map(|id| directory.name(*id)).unwrap_or_default(),
        },
        recipients: Vec::new(),
    };
    ("BIÊN BẢN", summary, body, closing)
}

/// "Vào hồi 14 giờ 00, ngày 27 tháng 02 năm 2018, tại …" and the lines
/// naming subject, chair, minute-taker, documents and recording.
fn opening(meeting: &Meeting, directory: &Directory) -> Vec<Block> {
    let mut first = match meeting.start_time {
        Some(t) => format!("Vào hồi {}, {}", clock(t), long_date(meeting.date)),
        None => upper_first(&long_date(meeting.date)),
    };
    if !meeting.place.trim().is_empty() {
        first.push_str(&format!(", tại {}", meeting.place.trim()));
    }
    let what = lower_first(&meeting.title);
    first.push_str(&format!(", {} tổ chức {}.", meeting_host(meeting), if what.is_empty() { "hội nghị".into() } else { what }));
    let mut blocks = vec![Block::text(first)];

    if !meeting.online_sites.is_empty() {
        blocks.push(lead_in("Hội nghị được tổ chức trực tuyến tại các điểm cầu:"));
        blocks.extend(dash_list(&meeting.online_sites, ';', '.').into_iter().map(Block::text));
    }
    if !meeting.subject.trim().is_empty() {
        blocks.push(labelled("Nội dung hội nghị: ", &end_with_full_stop(&meeting.subject)));
    }
    let chairs: Vec<String> = meeting.chair_ids.iter().map(|id| format!("đồng chí {}", directory.name_and_position(*id))).collect();
    if !chairs.is_empty() {
        blocks.push(labelled("Chủ trì hội nghị: ", &format!("{}.", chairs.join("; "))));
    }
    if let Some(id) = meeting.minute_taker_id {
        blocks.push(labelled("Thư ký hội nghị: ", &format!("đồng chí {}.", directory.name_and_position(id))));
    }
    if !meeting.documents.is_empty() {
        blocks.push(lead_in("Tài liệu sử dụng tại hội nghị:"));
        blocks.extend(dash_list(&meeting.documents, ';', '.').into_iter().map(Block::text));
    }
    let recording = meeting.recording_note.trim();
    let recording = if recording.is_empty() { "không ghi âm, ghi hình.".to_string() } else { end_with_full_stop(recording) };
    blocks.push(labelled("Ghi âm, ghi hình: ", &recording));
    blocks
}

/// The standing committee meets under its committee's name.
fn meeting_host(meeting: &Meeting) -> String {
    super::common::body_in_sentence(&meeting.issuer.issuing_body)
}

/// Thành phần: convened, present, absent with names and reasons, late
/// arrivals, and guests apart.
fn attendance(meeting: &Meeting, directory: &Directory) -> Vec<Block> {
    let members: Vec<_> = meeting.attendance.iter().filter(|a| a.role == AttendeeRole::Member).collect();
    let absent: Vec<_> = members.iter().filter(|a| a.status == AttendanceStatus::Absent).collect();
    let late: Vec<_> = members.iter().filter(|a| a.status == AttendanceStatus::Late).collect();
    let present = members.len() - absent.len();
    let convened = if meeting.members_convened > 0 { meeting.members_convened } else { members.len() as u32 };

    let mut blocks = vec![Block::heading("I. THÀNH PHẦN DỰ HỘI NGHỊ")];
    blocks.push(Block::text(format!("Số đồng chí được triệu tập: {} đồng chí.", count(convened))));
    blocks.push(Block::text(format!("Có mặt: {} đồng chí.", count(present as u32))));
    if absent.is_empty() {
        blocks.push(Block::text("Vắng mặt: không.".to_string()));
    } else {
        blocks.push(lead_in(&format!("Vắng mặt: {} đồng chí:", count(absent.len() as u32))));
        let lines: Vec<String> = absent
            .iter()
            .map(|a| match a.reason.trim() {
                "" => format!("Đồng chí {}", directory.name_and_position(a.person_id)),
                reason => format!("Đồng chí {} (lý do: {})", directory.name_and_position(a.person_id), lower_first(reason)),
            })
            .collect();
        blocks.extend(dash_list(&lines, ';', '.').into_iter().map(Block::text));
    }
    if !late.is_empty() {
        blocks.push(lead_in(&format!("Đến muộn: {} đồng chí:", count(late.len() as u32))));
        let lines: Vec<String> = late
            .iter()
            .map(|a| match a.arrival_time {
                Some(t) => format!("Đồng chí {} (đến lúc {})", directory.name_and_position(a.person_id), clock(t)),
                None => format!("Đồng chí {}", directory.name_and_position(a.person_id)),
            })
            .collect();
        blocks.extend(dash_list(&lines, ';', '.').into_iter().map(Block::text));
    }
    let guests: Vec<String> = guests_present(meeting, directory).iter().map(|g| upper_first(g)).collect();
    if !guests.is_empty() {
        blocks.push(lead_in("Khách mời:"));
        blocks.extend(dash_list(&guests, ';', '.').into_iter().map(Block::text));
    }
    blocks
}

/// Nội dung: the agenda, every speech in order with the speaker in bold
/// (a speech whose speaker was never chosen reads "Ý kiến: …", without a
/// name, so its text is not lost from the minutes), and every vote with its
/// method and result.
fn proceedings(meeting: &Meeting, directory: &Directory) -> Vec<Block> {
    let mut blocks = vec![Block::heading("II. NỘI DUNG HỘI NGHỊ")];
    if !meeting.agenda.is_empty() {
        blocks.push(lead_in("1. Chương trình hội nghị:"));
        let items: Vec<String> = meeting.agenda.iter().map(|a| upper_first(&a.title)).collect();
        blocks.extend(dash_list(&items, ';', '.').into_iter().map(Block::text));
    }
    // A speech with no text (left by a crash, or a speaker picked and never
    // written) says nothing: it is never printed as an empty line; the
    // export checks name it.
    let spoken: Vec<_> = meeting.speeches.iter().filter(|s| !s.text.trim().is_empty()).collect();
    if !spoken.is_empty() {
        blocks.push(lead_in("2. Diễn biến hội nghị:"));
        for speech in spoken {
            let mut spans = match speech.speaker_id {
                Some(id) => vec![Span::bold(format!("Đồng chí {}", directory.speaker(id)))],
                None => vec![Span::plain("Ý kiến")],
            };
            if let Some(t) = speech.time {
                spans.push(Span::plain(format!(" ({})", clock(t))));
            }
            spans.push(Span::plain(format!(": {}", speech.text.trim())));
            blocks.push(Block::body(spans));
        }
    }
    if !meeting.votes.is_empty() {
        blocks.push(lead_in("3. Biểu quyết:"));
        for vote in &meeting.votes {
            blocks.push(Block::text(format!(
                "- {} Hình thức biểu quyết: {}. Kết quả: {}.",
                end_with_full_stop(&upper_first(&vote.question)),
                vote_method(vote.method),
                vote_result(vote.votes_for, vote.votes_against, vote.votes_other, meeting.members_convened),
            )));
        }
    }
    blocks
}

/// Kết luận: the chair's numbered conclusions.
fn conclusions(meeting: &Meeting, directory: &Directory) -> Vec<Block> {
    let c = &meeting.conclusions;
    if c.items.is_empty() && c.intro.trim().is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::heading("III. KẾT LUẬN")];
    if let Some(id) = c.concluded_by.or(meeting.chair_ids.first().copied()) {
        blocks.push(lead_in(&format!("Đồng chí {} kết luận hội nghị như sau:", directory.name_and_position(id))));
    }
    if !c.intro.trim().is_empty() {
        blocks.push(Block::text(c.intro.trim()));
    }
    blocks.extend(numbered_items(directory, &c.items));
    blocks
}

/// End time and copies.
fn ending(meeting: &Meeting) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(t) = meeting.end_time {
        blocks.push(Block::text(format!("Hội nghị kết thúc vào hồi {} cùng ngày.", clock(t))));
    }
    if meeting.copies > 0 {
        blocks.push(Block::text(format!(
            "Biên bản đã được thông qua tại hội nghị và được lập thành {} bản./.",
            count(meeting.copies)
        )));
    }
    blocks
}

fn lead_in(text: &str) -> Block {
    Block { keep_with_next: true, ..Block::text(text) }
}

fn labelled(label: &str, value: &str) -> Block {
    Block::body(vec![Span::bold(label), Span::plain(value)])
}

fn end_with_full_stop(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ':']) { text.to_string() } else { format!("{text}.") }
}
