//! Checks of a meeting record that return warnings, never refusals: the
//! secretary may record a meeting that broke a rule, but should know.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::format_profile::{Fraction, FormatProfile};
use crate::model::{AttendanceStatus, AttendeeRole, Meeting, Person, PersonId};

/// What a warning is about; stable names the UI can branch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WarningCode {
    /// No members convened recorded, so quorum and majority cannot be judged.
    NoMembersConvened,
    /// Fewer members present (late counts as present) than the profile's quorum.
    QuorumNotReached,
    /// More members on the roster than members convened.
    RosterExceedsConvened,
    /// A vote whose approvals are not more than the majority share of members convened.
    VoteMajorityNotReached,
    /// A vote with more ballots than members present.
    VoteExceedsPresent,
    /// An absent member without a reason.
    AbsentWithoutReason,
    /// The closing time is before the opening time.
    EndBeforeStart,
    /// A speaker who is not on the attendance list, or is listed absent.
    SpeakerNotPresent,
    /// A chair who is not on the attendance list, or is listed absent.
    ChairNotPresent,
    /// No chair recorded (the chair signs the minutes).
    NoChair,
    /// No minute-taker recorded (the minute-taker signs the minutes).
    NoMinuteTaker,
    /// Someone appears twice on the attendance list.
    DuplicateAttendee,
    /// A conclusion's deadline is before the meeting date.
    DeadlineBeforeMeeting,
}

/// One warning with the Vietnamese sentence shown to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Warning {
    pub code: WarningCode,
    pub message: String,
}

/// The warnings for `m` under `profile`. People are named by id; use
/// [`check_named`] when the directory is at hand.
pub fn check(m: &Meeting, profile: &FormatProfile) -> Vec<Warning> {
    check_named(m, profile, &[])
}

/// As [`check`], naming people by their full name from `people`.
pub fn check_named(m: &Meeting, profile: &FormatProfile, people: &[Person]) -> Vec<Warning> {
    let names: HashMap<PersonId, &str> = people.iter().map(|p| (p.id, p.full_name.as_str())).collect();
    let name = |id: PersonId| match names.get(&id) {
        Some(n) => format!("đồng chí {n}"),
        None => format!("người mã {id}"),
    };
    let mut out = Vec::new();
    let mut warn = |code, message: String| out.push(Warning { code, message });

    let members: Vec<_> = m.attendance.iter().filter(|a| a.role == AttendeeRole::Member).collect();
    let present = members.iter().filter(|a| a.status != AttendanceStatus::Absent).count();
    let present = u32::try_from(present).unwrap_or(u32::MAX);
    let convened = m.members_convened;

    if convened == 0 {
        warn(
            WarningCode::NoMembersConvened,
            "Chưa nhập số thành viên được triệu tập: không kiểm tra được số lượng dự họp và kết quả biểu quyết."
                .to_string(),
        );
    } else {
        if !reaches(present, convened, profile.quorum, false) {
            warn(
                WarningCode::QuorumNotReached,
                format!(
                    "Số thành viên có mặt ({present}/{convened}) chưa đạt {}/{} số thành viên được triệu tập.",
                    profile.quorum.numerator, profile.quorum.denominator
                ),
            );
        }
        if members.len() > convened as usize {
            warn(
                WarningCode::RosterExceedsConvened,
                format!(
                    "Danh sách điểm danh có {} thành viên, nhiều hơn số được triệu tập ({convened}).",
                    members.len()
                ),
            );
        }
        for (i, v) in m.votes.iter().enumerate() {
            if !reaches(v.votes_for, convened, profile.majority, true) {
                warn(
                    WarningCode::VoteMajorityNotReached,
                    format!(
                        "Biểu quyết {} («{}»): {}/{convened} tán thành, chưa quá {}/{} tổng số thành viên.",
                        i + 1,
                        v.question,
                        v.votes_for,
                        profile.majority.numerator,
                        profile.majority.denominator
                    ),
                );
            }
        }
    }
    for (i, v) in m.votes.iter().enumerate() {
        let total = u64::from(v.votes_for) + u64::from(v.votes_against) + u64::from(v.votes_other);
        if !members.is_empty() && total > u64::from(present) {
            warn(
                WarningCode::VoteExceedsPresent,
                format!("Biểu quyết {} («{}»): tổng số phiếu {total} lớn hơn số thành viên có mặt ({present}).", i + 1, v.question),
            );
        }
    }

    for a in &members {
        if a.status == AttendanceStatus::Absent && a.reason.trim().is_empty() {
            warn(WarningCode::AbsentWithoutReason, format!("Chưa ghi lý do vắng mặt của {}.", name(a.person_id)));
        }
    }

    if let (Some(start), Some(end)) = (m.start_time, m.end_time)
        && end < start
    {
        warn(
            WarningCode::EndBeforeStart,
            format!(
                "Giờ kết thúc ({}) sớm hơn giờ bắt đầu ({}).",
                end.format("%H giờ %M"),
                start.format("%H giờ %M")
            ),
        );
    }

    let attending: HashSet<PersonId> =
        m.attendance.iter().filter(|a| a.status != AttendanceStatus::Absent).map(|a| a.person_id).collect();
    let mut reported = HashSet::new();
    for s in &m.speeches {
        if !attending.contains(&s.speaker_id) && reported.insert(s.speaker_id) {
            warn(
                WarningCode::SpeakerNotPresent,
                format!("{} có phát biểu nhưng không có mặt trong danh sách điểm danh.", capitalise(&name(s.speaker_id))),
            );
        }
    }
    if m.chair_ids.is_empty() {
        warn(WarningCode::NoChair, "Chưa chọn người chủ trì hội nghị.".to_string());
    }
    for &chair in &m.chair_ids {
        if !attending.contains(&chair) {
            warn(
                WarningCode::ChairNotPresent,
                format!("{} chủ trì nhưng không có mặt trong danh sách điểm danh.", capitalise(&name(chair))),
            );
        }
    }
    if m.minute_taker_id.is_none() {
        warn(WarningCode::NoMinuteTaker, "Chưa chọn thư ký hội nghị.".to_string());
    }

    let mut seen = HashSet::new();
    for a in &m.attendance {
        if !seen.insert(a.person_id) {
            warn(
                WarningCode::DuplicateAttendee,
                format!("{} có tên hai lần trong danh sách điểm danh.", capitalise(&name(a.person_id))),
            );
        }
    }

    let items = m.conclusions.items.iter().chain(m.resolution.sections.iter().flat_map(|s| &s.items));
    for item in items {
        if let Some(deadline) = item.deadline
            && deadline < m.date
        {
            warn(
                WarningCode::DeadlineBeforeMeeting,
                format!("Thời hạn {} của nội dung «{}» trước ngày họp.", deadline.format("%d/%m/%Y"), excerpt(&item.text)),
            );
        }
    }
    out
}

/// Whether `count` reaches `share` of `total`: at least (quorum), or
/// strictly more than (majority) when `strictly`. Integer arithmetic, so
/// 10 of 15 is exactly 2/3.
fn reaches(count: u32, total: u32, share: Fraction, strictly: bool) -> bool {
    let left = u64::from(count) * u64::from(share.denominator);
    let right = u64::from(share.numerator) * u64::from(total);
    if strictly { left > right } else { left >= right }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The first words of a long text, for naming it in a message.
fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{}…", cut.trim_end())
}
