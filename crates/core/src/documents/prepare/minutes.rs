//! Biên bản: every section of Hướng dẫn 16-HD/VPTW, in order — opening
//! lines, attendance, proceedings, conclusions, closing, signatures —
//! worded for the kind of meeting (hội nghị, cuộc họp, sinh hoạt chi bộ).

use crate::model::{AttendanceStatus, AttendeeRole, Meeting, MeetingKind, MemberKind};
use crate::validate::voting_base;
use crate::wording::{
    MeetingWords, clock, count, join_and, long_date, lower_first, upper_first, vote_method, vote_result,
};

use super::super::model::{Block, Closing, SignatureBlock, Span};
use super::common::{Directory, dash_list, guests_present, numbered_items, superior_leaders_present};

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let words = MeetingWords::of(meeting.kind);
    let summary = match lower_first(&meeting.title) {
        t if t.is_empty() => words.noun().to_string(),
        t => t,
    };
    let mut body = opening(meeting, directory, words);
    body.extend(attendance(meeting, directory, words));
    body.extend(proceedings(meeting, directory, words));
    body.extend(conclusions(meeting, directory, words));
    body.extend(ending(meeting, words));
    let closing = Closing {
        left: Some(SignatureBlock {
            authority: String::new(),
            position: "THƯ KÝ".to_string(),
            position_bold: true,
            name: meeting.minute_taker_id.map(|id| directory.name(id)).unwrap_or_default(),
        }),
        right: SignatureBlock {
            authority: String::new(),
            position: words.chair_signature().to_string(),
            position_bold: true,
            name: meeting.chair_ids.first().map(|id| directory.name(*id)).unwrap_or_default(),
        },
        recipients: Vec::new(),
    };
    ("BIÊN BẢN", summary, body, closing)
}

/// Who holds the meeting and how it is said: "Ban Chấp hành Đảng bộ phường
/// X tiến hành hội nghị …", "Ban Thường vụ Đảng ủy phường X họp …", "Chi bộ
/// Y tiến hành sinh hoạt thường kỳ …", "Đảng ủy phường X tổ chức hội nghị …".
pub fn held(meeting: &Meeting, words: MeetingWords) -> String {
    let issuer = meeting.issuer.name_in_sentence();
    let what = lower_first(&meeting.title);
    match meeting.kind {
        MeetingKind::StandingCommittee => format!("Ban Thường vụ {issuer} họp"),
        MeetingKind::CellRegular => {
            let what = what.strip_prefix("sinh hoạt chi bộ").map(|rest| format!("sinh hoạt{rest}")).unwrap_or(what);
            let what = if what.is_empty() { "sinh hoạt".to_string() } else { what };
            format!("{issuer} tiến hành {what}")
        }
        MeetingKind::CommitteeConference => {
            let what = if what.is_empty() { words.noun().to_string() } else { what };
            format!("{} tiến hành {what}", committee(&issuer))
        }
        _ => format!("{issuer} tổ chức {}", if what.is_empty() { words.noun().to_string() } else { what }),
    }
}

/// "Dự và chỉ đạo hội nghị", "Dự và chỉ đạo cuộc họp", "Dự sinh hoạt" (a
/// chi bộ's superior representative attends; offices do not say "chỉ đạo").
pub fn attended_and_directed(kind: MeetingKind) -> String {
    match kind {
        MeetingKind::CellRegular => "Dự sinh hoạt".to_string(),
        _ => format!("Dự và chỉ đạo {}", MeetingWords::of(kind).noun()),
    }
}

/// "Đảng ủy phường X" → "Ban Chấp hành Đảng bộ phường X".
pub fn committee(issuer: &str) -> String {
    match issuer.strip_prefix("Đảng ủy ") {
        Some(rest) => format!("Ban Chấp hành Đảng bộ {rest}"),
        None => format!("Ban Chấp hành {issuer}"),
    }
}

/// "Vào hồi 14 giờ 00 phút, ngày 27 tháng 02 năm 2018, tại …, …" and the
/// lines naming subject, chair, minute-taker, documents and recording; a
/// line with nothing to say is left out.
fn opening(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let mut first = match meeting.start_time {
        Some(t) => format!("Vào hồi {}, {}", clock(t), long_date(meeting.date)),
        None => upper_first(&long_date(meeting.date)),
    };
    if !meeting.place.trim().is_empty() {
        first.push_str(&format!(", tại {}", meeting.place.trim()));
    }
    first.push_str(&format!(", {}.", held(meeting, words)));
    let mut blocks = vec![Block::text(first)];

    if !meeting.online_sites.is_empty() {
        blocks.push(lead_in("Hội nghị được tổ chức theo hình thức trực tuyến tại các điểm cầu:"));
        let sites: Vec<String> = meeting.online_sites.iter().map(|s| s.name.clone()).collect();
        blocks.extend(dash_list(&sites, ';', '.').into_iter().map(Block::text));
    }
    if !meeting.subject.trim().is_empty() {
        blocks.push(labelled(&format!("Nội dung {}: ", words.short_noun()), &end_with_full_stop(&meeting.subject)));
    }
    let chairs: Vec<String> =
        meeting.chair_ids.iter().map(|id| format!("đồng chí {}", directory.name_and_position(*id))).collect();
    if !chairs.is_empty() {
        blocks.push(labelled(&words.chair_label(), &format!("{}.", chairs.join("; "))));
    }
    if let Some(id) = meeting.minute_taker_id {
        blocks.push(labelled(&words.minute_taker_label(), &format!("đồng chí {}.", directory.name_and_position(id))));
    }
    if !meeting.documents.is_empty() {
        blocks.push(lead_in(&format!("Tài liệu sử dụng tại {}:", words.noun())));
        blocks.extend(dash_list(&meeting.documents, ';', '.').into_iter().map(Block::text));
    }
    let recording = meeting.recording_note.trim();
    if !recording.is_empty() {
        blocks.push(labelled("Ghi âm, ghi hình: ", &end_with_full_stop(recording)));
    }
    blocks
}

/// Thành phần: convened, present, absent with names and reasons, late
/// arrivals, and guests apart. A chi bộ counts official and probationary
/// members apart.
fn attendance(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let members: Vec<_> = meeting.attendance.iter().filter(|a| a.role == AttendeeRole::Member).collect();
    let absent: Vec<_> = members.iter().filter(|a| a.status == AttendanceStatus::Absent).collect();
    let late: Vec<_> = members.iter().filter(|a| a.status == AttendanceStatus::Late).collect();
    let present: Vec<_> = members.iter().filter(|a| a.status != AttendanceStatus::Absent).collect();
    let convened = if meeting.members_convened > 0 { meeting.members_convened } else { members.len() as u32 };
    let probationary = |list: &[&&crate::model::Attendance]| {
        list.iter()
            .filter(|a| directory.get(a.person_id).is_some_and(|p| p.member_kind == MemberKind::Probationary))
            .count() as u32
    };
    let all: Vec<_> = members.iter().collect();
    let split = |total: u32, probationary: u32| {
        if probationary == 0 {
            String::new()
        } else {
            format!(" (chính thức {}, dự bị {})", count(total - probationary), count(probationary))
        }
    };

    let heading = if meeting.kind == MeetingKind::CommitteeConference || words.noun() == "hội nghị" {
        "I. THÀNH PHẦN DỰ HỘI NGHỊ"
    } else {
        "I. THÀNH PHẦN"
    };
    let mut blocks = vec![Block::heading(heading)];
    if meeting.kind == MeetingKind::CellRegular {
        blocks.push(Block::text(format!(
            "Tổng số đảng viên: {} đồng chí{}.",
            count(convened),
            split(convened, probationary(&all))
        )));
        let p = present.len() as u32;
        blocks.push(Block::text(format!("Có mặt: {} đồng chí{}.", count(p), split(p, probationary(&present)))));
    } else {
        blocks.push(Block::text(format!("Số đồng chí được triệu tập: {} đồng chí.", count(convened))));
        blocks.push(Block::text(format!("Có mặt: {}/{convened} đồng chí.", present.len())));
    }
    if absent.is_empty() {
        blocks.push(Block::text("Vắng mặt: không.".to_string()));
    } else {
        blocks.push(lead_in(&format!("Vắng mặt: {} đồng chí:", count(absent.len() as u32))));
        let lines: Vec<String> = absent
            .iter()
            .map(|a| match a.reason.trim() {
                "" => format!("Đồng chí {} (không có lý do)", directory.name_and_position(a.person_id)),
                reason => {
                    format!("Đồng chí {} (lý do: {})", directory.name_and_position(a.person_id), lower_first(reason))
                }
            })
            .collect();
        blocks.extend(dash_list(&lines, ';', '.').into_iter().map(Block::text));
    }
    if !late.is_empty() {
        blocks.push(lead_in(&format!("Đến muộn: {} đồng chí:", count(late.len() as u32))));
        let lines: Vec<String> = late
            .iter()
            .map(|a| match a.arrival_time {
                Some(t) => format!("Đồng chí {}, có mặt lúc {}", directory.name_and_position(a.person_id), clock(t)),
                None => format!("Đồng chí {}", directory.name_and_position(a.person_id)),
            })
            .collect();
        blocks.extend(dash_list(&lines, ';', '.').into_iter().map(Block::text));
    }
    let leaders: Vec<String> = superior_leaders_present(meeting, directory).into_iter().map(|(_, l)| l).collect();
    if !leaders.is_empty() {
        blocks.push(Block::text(format!("{} có {}.", attended_and_directed(meeting.kind), join_and(&leaders))));
    }
    let guests: Vec<String> = guests_present(meeting, directory).iter().map(|g| upper_first(g)).collect();
    if !guests.is_empty() {
        let label =
            if meeting.kind == MeetingKind::StandingCommittee { "Mời dự:" } else { "Đại biểu mời dự:" };
        blocks.push(lead_in(label));
        blocks.extend(dash_list(&guests, ';', '.').into_iter().map(Block::text));
    }
    blocks
}

/// Nội dung: the agenda, every speech in order ("- Đồng chí X, chức vụ
/// trình bày …": the speaker with the position at first mention; a text that
/// already names its speaker is kept as typed; a speech whose speaker was
/// never chosen reads "Ý kiến: …", so its text is not lost), and every vote
/// with its method and result over the members with a vote.
fn proceedings(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let noun = words.short_noun();
    let mut blocks = vec![Block::heading(format!("II. NỘI DUNG {}", noun.to_uppercase()))];
    if !meeting.agenda.is_empty() {
        blocks.push(lead_in(&format!("1. Chương trình {noun}:")));
        let items: Vec<String> = meeting.agenda.iter().map(|a| upper_first(&a.title)).collect();
        blocks.extend(dash_list(&items, ';', '.').into_iter().map(Block::text));
    }
    let mut introduced: Vec<i64> = meeting.chair_ids.clone();
    introduced.extend(meeting.minute_taker_id);
    // A speech with no text (left by a crash, or a speaker picked and never
    // written) says nothing: it is never printed as an empty line; the
    // export checks name it.
    let spoken: Vec<_> = meeting.speeches.iter().filter(|s| !s.text.trim().is_empty()).collect();
    if !spoken.is_empty() {
        blocks.push(lead_in(&format!("2. Diễn biến {noun}:")));
        for speech in spoken {
            let text = speech.text.trim();
            let block = match speech.speaker_id {
                Some(id) if text.starts_with("Đồng chí") || text.contains(&directory.name(id)) => {
                    Block::text(format!("- {text}"))
                }
                Some(id) => {
                    let who =
                        if introduced.contains(&id) { directory.speaker(id) } else { directory.name_and_position(id) };
                    introduced.push(id);
                    Block::body(vec![
                        Span::plain("- "),
                        Span::bold(format!("Đồng chí {who}")),
                        Span::plain(format!(" {}", lower_first(text))),
                    ])
                }
                None => Block::text(format!("- Ý kiến: {text}")),
            };
            blocks.push(block);
        }
    }
    if meeting.speeches.iter().all(|s| s.text.trim().is_empty()) && !meeting.agenda.is_empty() {
        // Said, not left to be guessed: nobody spoke.
        blocks.push(Block::text(format!("{} không có ý kiến thảo luận.", words.assembly())));
    }
    if !meeting.votes.is_empty() {
        blocks.push(lead_in("3. Biểu quyết:"));
        let base = voting_base(meeting, directory.people());
        for vote in &meeting.votes {
            blocks.push(Block::text(format!(
                "- {} biểu quyết bằng hình thức {} {}. Kết quả: {}.",
                words.assembly(),
                vote_method(vote.method),
                lower_first(vote.question.trim().trim_end_matches('.')),
                vote_result(vote.votes_for, vote.votes_against, vote.votes_other, base, words.voters()),
            )));
        }
    }
    blocks
}

/// Kết luận: the chair's numbered conclusions.
fn conclusions(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let c = &meeting.conclusions;
    if c.items.is_empty() && c.intro.trim().is_empty() {
        return Vec::new();
    }
    let mut blocks = vec![Block::heading("III. KẾT LUẬN")];
    if let Some(id) = c.concluded_by.or(meeting.chair_ids.first().copied()) {
        let line = match meeting.kind {
            MeetingKind::CellRegular => format!("Đồng chí {} kết luận, Chi bộ thống nhất:", directory.speaker(id)),
            _ => format!("Đồng chí {} kết luận {} như sau:", directory.speaker(id), words.noun()),
        };
        blocks.push(lead_in(&line));
    }
    let intro = c.intro.trim();
    if !intro.is_empty() {
        blocks.push(Block { keep_with_next: intro.ends_with(':'), ..Block::text(intro) });
    }
    blocks.extend(numbered_items(directory, meeting, &c.items));
    blocks
}

/// End time and copies; the last paragraph closes with "./.".
fn ending(meeting: &Meeting, words: MeetingWords) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(t) = meeting.end_time {
        blocks.push(Block::text(format!("{} kết thúc vào hồi {} cùng ngày.", upper_first(words.noun()), clock(t))));
    }
    if meeting.copies > 0 {
        blocks.push(Block::text(format!("Biên bản được lập thành {} bản./.", count(meeting.copies))));
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
