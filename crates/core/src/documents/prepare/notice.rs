//! Thông báo kết luận: the issuing body states its own conclusions. The
//! opening says what actually happened — who held the meeting, who chaired,
//! what was heard, and a discussion only when someone spoke — then the
//! numbered conclusions and "… thông báo để … biết, thực hiện./.".

use crate::model::{AttendeeRole, Meeting, MeetingKind};
use crate::wording::{MeetingWords, join_and, lower_first, short_date, upper_first};

use super::super::model::{Block, Closing};
use super::common::{Directory, numbered_items, superior_leaders_present};
use super::minutes::{attended_and_directed, committee, held};

/// Agenda items that are not something heard: votes, elections,
/// discussion, conclusions, opening and closing.
const PROCEDURAL: [&str; 7] = ["thảo luận", "biểu quyết", "bầu", "kết luận", "khai mạc", "bế mạc", "thông qua"];

pub fn content(meeting: &Meeting, directory: &Directory) -> (&'static str, String, Vec<Block>, Closing) {
    let words = MeetingWords::of(meeting.kind);
    let issuer = meeting.issuer.name_in_sentence();
    let author = author(meeting, &issuer);
    let summary = match meeting.kind {
        MeetingKind::StandingCommittee => {
            format!("kết luận của {author} tại cuộc họp ngày {}", short_date(meeting.date))
        }
        _ => match lower_first(&meeting.title) {
            t if t.is_empty() => format!("kết luận {} ngày {}", words.noun(), short_date(meeting.date)),
            t => format!("kết luận {t}"),
        },
    };

    // "… kết luận như sau:" and an intro ending in ":" stay with what follows.
    let heard = Block { keep_with_next: true, ..Block::text(heard(meeting, directory, &author)) };
    let mut body = vec![Block::text(opening(meeting, directory, words)), heard];
    let intro = meeting.conclusions.intro.trim();
    if !intro.is_empty() {
        body.push(Block { keep_with_next: intro.ends_with(':'), ..Block::text(intro) });
    }
    body.extend(numbered_items(directory, meeting, &meeting.conclusions.items));
    let (announcer, audience) = match meeting.kind {
        MeetingKind::StandingCommittee => (format!("Ban Thường vụ {issuer}"), "các chi bộ, cơ quan, đơn vị"),
        MeetingKind::CellRegular => (upper_first(&issuer), "các đồng chí đảng viên"),
        _ => (upper_first(&issuer), "các chi bộ, cơ quan, đơn vị"),
    };
    body.push(Block::text(format!("{announcer} thông báo để {audience} biết, thực hiện./.")));
    ("THÔNG BÁO", summary, body, super::official_closing(meeting, directory))
}

/// The one author of the notice's conclusions, matching its signature.
fn author(meeting: &Meeting, issuer: &str) -> String {
    match meeting.kind {
        MeetingKind::StandingCommittee => format!("Ban Thường vụ {issuer}"),
        MeetingKind::CommitteeConference => committee(issuer),
        _ => upper_first(issuer),
    }
}

/// "Ngày 27/02/2018, Đảng ủy phường … tổ chức hội nghị … tại … . Đồng chí
/// …, chức vụ chủ trì Hội nghị."
fn opening(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> String {
    let mut text = format!("Ngày {}, {}", short_date(meeting.date), held(meeting, words));
    if !meeting.place.trim().is_empty() {
        text.push_str(&format!(" tại {}", meeting.place.trim()));
    }
    text.push('.');
    let chairs: Vec<String> = meeting.chair_ids.iter().map(|id| directory.name_and_position(*id)).collect();
    if let Some(first) = chairs.first() {
        text.push_str(&format!(" Đồng chí {first} chủ trì {}.", words.noun()));
    }
    // A superior leader who spoke directed the meeting; one who did not only attended.
    let leaders = superior_leaders_present(meeting, directory);
    if !leaders.is_empty() {
        let spoke = leaders.iter().any(|(id, _)| spoke(meeting, *id));
        let names: Vec<String> = leaders.into_iter().map(|(_, l)| l).collect();
        let lead = if spoke || meeting.kind == MeetingKind::CellRegular {
            attended_and_directed(meeting.kind)
        } else {
            format!("Dự {}", words.noun())
        };
        text.push_str(&format!(" {lead} có {}.", join_and(&names)));
    }
    text
}

fn spoke(meeting: &Meeting, id: i64) -> bool {
    meeting.speeches.iter().any(|s| s.speaker_id == Some(id))
}

/// "Sau khi nghe A và B; ý kiến thảo luận của các đại biểu, X kết luận như
/// sau:" — only what was heard (never votes or discussion as things heard),
/// the discussion only when someone other than the chair spoke.
fn heard(meeting: &Meeting, directory: &Directory, author: &str) -> String {
    let items: Vec<String> = meeting
        .agenda
        .iter()
        .map(|a| lower_first(a.title.trim().trim_end_matches(['.', ';'])))
        .filter(|t| !t.is_empty() && !PROCEDURAL.iter().any(|p| t.starts_with(p)))
        .collect();
    let leaders: Vec<i64> = meeting
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::SuperiorLeader && spoke(meeting, a.person_id))
        .map(|a| a.person_id)
        .collect();
    let mut speakers: Vec<i64> = meeting
        .speeches
        .iter()
        .filter_map(|s| s.speaker_id)
        .filter(|id| !meeting.chair_ids.contains(id) && Some(*id) != meeting.conclusions.concluded_by)
        .filter(|id| !leaders.contains(id))
        .collect();
    speakers.sort_unstable();
    speakers.dedup();
    let discussion = match speakers.as_slice() {
        [] => None,
        [one] => Some(format!("ý kiến tham gia của đồng chí {}", directory.name_and_position(*one))),
        _ if meeting.kind == MeetingKind::CellRegular => {
            Some("ý kiến thảo luận của các đồng chí đảng viên".to_string())
        }
        _ => Some(format!("ý kiến thảo luận của các đại biểu dự {}", MeetingWords::of(meeting.kind).noun())),
    };
    let direction: Vec<String> = leaders.iter().map(|id| format!("đồng chí {}", directory.name(*id))).collect();
    let direction = (!direction.is_empty()).then(|| format!("ý kiến phát biểu chỉ đạo của {}", join_and(&direction)));
    let discussion = match (discussion, direction) {
        (Some(d), Some(c)) => Some(format!("{d} và {c}")),
        (d, c) => d.or(c),
    };
    match (items.is_empty(), discussion) {
        (false, Some(d)) => format!("Sau khi nghe {}; {d}, {author} kết luận như sau:", join_and(&items)),
        (false, None) => format!("Sau khi nghe {}, {author} thống nhất kết luận như sau:", join_and(&items)),
        (true, Some(_)) => format!("Sau khi thảo luận, {author} kết luận như sau:"),
        (true, None) => format!("{author} thống nhất kết luận như sau:"),
    }
}
