//! Checks of a meeting record that return warnings, never refusals: the
//! secretary may record a meeting that broke a rule, but should know.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::format_profile::{FormatProfile, Fraction};
use crate::model::{AttendanceStatus, AttendeeRole, Meeting, MemberKind, Person, PersonId};
use crate::wording::{clock, short_date};

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
    /// A vote with more ballots than members with a vote present
    /// (probationary members attend but have no vote).
    VoteExceedsVoters,
    /// An absent member without a reason.
    AbsentWithoutReason,
    /// The closing time is before the opening time.
    EndBeforeStart,
    /// A speaker who is not on the attendance list, or is listed absent.
    SpeakerNotPresent,
    /// A speech whose speaker has not been chosen yet.
    SpeechWithoutSpeaker,
    /// A speech with a speaker but no text: left out of the minutes.
    EmptySpeech,
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
        let base = voting_base(m, people);
        for (i, v) in m.votes.iter().enumerate() {
            if !reaches(v.votes_for, base, profile.majority, true) {
                warn(
                    WarningCode::VoteMajorityNotReached,
                    format!(
                        "Biểu quyết {} («{}»): {}/{base} tán thành, chưa quá {}/{} tổng số thành viên có quyền biểu quyết.",
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
                format!(
                    "Biểu quyết {} («{}»): tổng số phiếu {total} lớn hơn số thành viên có mặt ({present}).",
                    i + 1,
                    v.question
                ),
            );
        } else if members.is_empty() && convened > 0 && total > u64::from(convened) {
            // Without a roster the members convened still bound the ballots.
            warn(
                WarningCode::VoteExceedsPresent,
                format!(
                    "Biểu quyết {} («{}»): tổng số phiếu {total} lớn hơn số thành viên được triệu tập ({convened}).",
                    i + 1,
                    v.question
                ),
            );
        }
    }

    let probationary_present = members
        .iter()
        .filter(|a| a.status != AttendanceStatus::Absent)
        .filter(|a| people.iter().any(|p| p.id == a.person_id && p.member_kind == MemberKind::Probationary))
        .count();
    if probationary_present > 0 {
        let voters = u64::from(present) - probationary_present as u64;
        for (i, v) in m.votes.iter().enumerate() {
            let total = u64::from(v.votes_for) + u64::from(v.votes_against) + u64::from(v.votes_other);
            if total > voters {
                warn(
                    WarningCode::VoteExceedsVoters,
                    format!(
                        "Biểu quyết {} («{}»): tổng số phiếu {total} lớn hơn số đảng viên chính thức có mặt ({voters}); đảng viên dự bị không biểu quyết.",
                        i + 1,
                        v.question
                    ),
                );
            }
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
            format!("Giờ kết thúc ({}) sớm hơn giờ bắt đầu ({}).", clock(end), clock(start)),
        );
    }

    let attending: HashSet<PersonId> =
        m.attendance.iter().filter(|a| a.status != AttendanceStatus::Absent).map(|a| a.person_id).collect();
    let mut reported = HashSet::new();
    for (i, s) in m.speeches.iter().enumerate() {
        match s.speaker_id {
            None => {
                let text = s.text.trim();
                let about = if text.is_empty() { String::new() } else { format!(" («{}»)", excerpt(text)) };
                warn(
                    WarningCode::SpeechWithoutSpeaker,
                    format!("Phát biểu thứ {}{about} chưa có người phát biểu.", i + 1),
                );
            }
            Some(speaker) => {
                if s.text.trim().is_empty() {
                    warn(
                        WarningCode::EmptySpeech,
                        format!(
                            "Phát biểu thứ {} ({}) chưa có nội dung: biên bản sẽ bỏ qua phát biểu này.",
                            i + 1,
                            name(speaker)
                        ),
                    );
                }
                if !attending.contains(&speaker) && reported.insert(speaker) {
                    warn(
                        WarningCode::SpeakerNotPresent,
                        format!(
                            "{} có phát biểu nhưng không có mặt trong danh sách điểm danh.",
                            capitalise(&name(speaker))
                        ),
                    );
                }
            }
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
                format!("Thời hạn {} của nội dung «{}» trước ngày họp.", short_date(deadline), excerpt(&item.text)),
            );
        }
    }
    out
}

/// Members with a vote, the base of every vote and majority: the members
/// convened less the probationary members on the roster (đảng viên dự bị
/// attend but do not vote, Điều lệ Đảng, Điều 3). People not found in
/// `people` count as voting members.
pub fn voting_base(m: &Meeting, people: &[Person]) -> u32 {
    let probationary = m
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::Member)
        .filter(|a| people.iter().any(|p| p.id == a.person_id && p.member_kind == MemberKind::Probationary))
        .count();
    m.members_convened.saturating_sub(u32::try_from(probationary).unwrap_or(u32::MAX))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Attendance, ConclusionItem, Conclusions, IssuerSnapshot, MeetingKind, MemberKind, ResolutionContent, Speech,
        Vote, VoteMethod,
    };
    use chrono::{NaiveDate, NaiveTime};

    fn member(id: PersonId, status: AttendanceStatus) -> Attendance {
        Attendance {
            person_id: id,
            role: AttendeeRole::Member,
            status,
            reason: String::new(),
            arrival_time: None,
            ..Attendance::default()
        }
    }

    /// Nine members convened, all present, chair 1, minute-taker 2: no warnings.
    fn meeting() -> Meeting {
        Meeting {
            id: 1,
            kind: MeetingKind::CommitteeConference,
            title: "Hội nghị".to_string(),
            subject: String::new(),
            issuer: IssuerSnapshot {
                superior_body: vec![],
                issuing_body: "ĐẢNG ỦY".to_string(),
                issuing_body_name: String::new(),
                issuer_code: "ĐU".to_string(),
                place_name: "Long Biên".to_string(),
                ..IssuerSnapshot::default()
            },
            date: NaiveDate::from_ymd_opt(2018, 2, 27).unwrap(),
            start_time: NaiveTime::from_hms_opt(14, 0, 0),
            end_time: NaiveTime::from_hms_opt(16, 0, 0),
            place: String::new(),
            online_sites: vec![],
            chair_ids: vec![1],
            minute_taker_id: Some(2),
            members_convened: 9,
            agenda: vec![],
            documents: vec![],
            recording_note: String::new(),
            attendance: (1..=9).map(|id| member(id, AttendanceStatus::Present)).collect(),
            speeches: vec![Speech {
                speaker_id: Some(3), time: None, text: "Ý kiến".to_string(), ..Speech::default()
            }],
            votes: vec![Vote {
                question: "Thông qua".to_string(),
                method: VoteMethod::ShowOfHands,
                votes_for: 9,
                votes_against: 0,
                votes_other: 0,
                ..Vote::default()
            }],
            conclusions: Conclusions::default(),
            resolution: ResolutionContent::default(),
            signer: None,
            recipients: vec![],
            copies: 2,
            ..Meeting::default()
        }
    }

    fn codes(m: &Meeting) -> Vec<WarningCode> {
        check(m, &FormatProfile::hd36_2018()).into_iter().map(|w| w.code).collect()
    }

    #[test]
    fn a_sound_meeting_has_no_warnings() {
        assert_eq!(codes(&meeting()), vec![]);
    }

    #[test]
    fn quorum_counts_late_members_and_not_guests() {
        let mut m = meeting();
        // 6 of 9 present (two late) is exactly 2/3: enough.
        for a in &mut m.attendance[6..] {
            a.status = AttendanceStatus::Absent;
            a.reason = "Ốm".to_string();
        }
        m.attendance[0].status = AttendanceStatus::Late;
        m.attendance[1].status = AttendanceStatus::Late;
        m.votes[0].votes_for = 6;
        assert_eq!(codes(&m), vec![]);
        // A fourth absence is one too many, and guests do not make up for it.
        m.attendance[5].status = AttendanceStatus::Absent;
        m.attendance[5].reason = "Đi công tác".to_string();
        m.attendance.push(Attendance { role: AttendeeRole::Guest, ..member(50, AttendanceStatus::Present) });
        m.votes[0].votes_for = 5;
        let warnings = check(&m, &FormatProfile::hd36_2018());
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::QuorumNotReached]);
        assert_eq!(warnings[0].message, "Số thành viên có mặt (5/9) chưa đạt 2/3 số thành viên được triệu tập.");
    }

    #[test]
    fn a_vote_needs_more_than_half_of_members_convened_not_of_those_present() {
        let mut m = meeting();
        m.members_convened = 10;
        m.attendance.push(Attendance { reason: "Nghỉ phép".to_string(), ..member(10, AttendanceStatus::Absent) });
        m.votes[0].votes_for = 5;
        m.votes[0].votes_against = 4;
        let warnings = check(&m, &FormatProfile::hd36_2018());
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::VoteMajorityNotReached]);
        assert!(warnings[0].message.contains("5/10 tán thành"), "{}", warnings[0].message);
        m.votes[0].votes_for = 6;
        m.votes[0].votes_against = 3;
        assert_eq!(codes(&m), vec![]);
    }

    #[test]
    fn probationary_members_have_no_vote() {
        // A chi bộ of 12 with 2 probationary members: 10 vote.
        let mut m = meeting();
        m.members_convened = 12;
        m.attendance.extend((10..=12).map(|id| member(id, AttendanceStatus::Present)));
        let people: Vec<Person> = (1..=12)
            .map(|id| Person {
                id,
                full_name: format!("Người {id}"),
                position: String::new(),
                unit: String::new(),
                member_kind: if id > 10 { MemberKind::Probationary } else { MemberKind::Official },
            })
            .collect();
        assert_eq!(voting_base(&m, &people), 10);
        m.votes[0].votes_for = 11;
        let warnings = check_named(&m, &FormatProfile::hd36_2018(), &people);
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::VoteExceedsVoters]);
        assert!(warnings[0].message.contains("lớn hơn số đảng viên chính thức có mặt (10)"), "{}", warnings[0].message);
        m.votes[0].votes_for = 10;
        assert_eq!(check_named(&m, &FormatProfile::hd36_2018(), &people), vec![]);
    }

    #[test]
    fn absent_member_without_reason_is_named() {
        let mut m = meeting();
        m.members_convened = 10;
        m.attendance.push(member(10, AttendanceStatus::Absent));
        let people = [Person {
            id: 10,
            full_name: "Trần Thị Thu Hằng".to_string(),
            position: String::new(),
            unit: String::new(),
            member_kind: MemberKind::Official,
        }];
        let warnings = check_named(&m, &FormatProfile::hd36_2018(), &people);
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, WarningCode::AbsentWithoutReason);
        assert_eq!(warnings[0].message, "Chưa ghi lý do vắng mặt của đồng chí Trần Thị Thu Hằng.");
    }

    #[test]
    fn end_before_start_is_reported() {
        let mut m = meeting();
        m.end_time = NaiveTime::from_hms_opt(11, 30, 0);
        let warnings = check(&m, &FormatProfile::hd36_2018());
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::EndBeforeStart]);
        assert_eq!(warnings[0].message, "Giờ kết thúc (11 giờ 30 phút) sớm hơn giờ bắt đầu (14 giờ 00 phút).");
    }

    #[test]
    fn speakers_and_chairs_must_be_present() {
        let mut m = meeting();
        m.speeches.push(Speech { speaker_id: Some(77), time: None, text: "x".to_string(), ..Speech::default() });
        m.speeches.push(Speech { speaker_id: Some(77), time: None, text: "y".to_string(), ..Speech::default() });
        m.chair_ids = vec![88];
        assert_eq!(codes(&m), vec![WarningCode::SpeakerNotPresent, WarningCode::ChairNotPresent]);
    }

    #[test]
    fn a_speech_with_a_speaker_but_no_text_is_named_and_left_out_of_the_minutes() {
        let mut m = meeting();
        m.speeches.push(Speech { speaker_id: Some(4), time: None, text: " \n".to_string(), ..Speech::default() });
        let warnings = check(&m, &FormatProfile::hd36_2018());
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::EmptySpeech]);
        assert!(warnings[0].message.starts_with("Phát biểu thứ 2 ("), "{}", warnings[0].message);
        assert!(warnings[0].message.ends_with(") chưa có nội dung: biên bản sẽ bỏ qua phát biểu này."));
    }

    #[test]
    fn a_speech_without_a_speaker_is_named_by_its_place_and_first_words() {
        let mut m = meeting();
        m.speeches
            .push(Speech { speaker_id: Some(4), time: None, text: "Nhất trí.".to_string(), ..Speech::default() });
        m.speeches.push(Speech {
            speaker_id: None,
            time: None,
            text: "Đề nghị bổ sung chỉ tiêu kết nạp đảng viên.".to_string(),
            ..Speech::default()
        });
        let warnings = check(&m, &FormatProfile::hd36_2018());
        assert_eq!(warnings.iter().map(|w| w.code).collect::<Vec<_>>(), vec![WarningCode::SpeechWithoutSpeaker]);
        assert_eq!(
            warnings[0].message,
            "Phát biểu thứ 3 («Đề nghị bổ sung chỉ tiêu kết nạp đảng viên.») chưa có người phát biểu."
        );
        m.speeches[2].speaker_id = Some(5);
        assert_eq!(codes(&m), vec![]);
    }

    #[test]
    fn missing_roles_counts_and_odd_records_are_reported() {
        let mut m = meeting();
        m.chair_ids.clear();
        m.minute_taker_id = None;
        m.attendance.push(member(1, AttendanceStatus::Present));
        m.members_convened = 9;
        m.votes[0].votes_against = 2;
        m.conclusions.items.push(ConclusionItem {
            text: "Báo cáo".to_string(),
            sub_points: vec![],
            assignees: vec![],
            deadline: NaiveDate::from_ymd_opt(2018, 1, 1),
            ..ConclusionItem::default()
        });
        assert_eq!(
            codes(&m),
            vec![
                WarningCode::RosterExceedsConvened,
                WarningCode::VoteExceedsPresent,
                WarningCode::NoChair,
                WarningCode::NoMinuteTaker,
                WarningCode::DuplicateAttendee,
                WarningCode::DeadlineBeforeMeeting,
            ]
        );
        m.members_convened = 0;
        assert!(codes(&m).contains(&WarningCode::NoMembersConvened));
    }

    #[test]
    fn ballots_beyond_the_members_convened_are_reported_without_a_roster_and_without_overflow() {
        let mut m = meeting();
        m.attendance.retain(|a| a.role != AttendeeRole::Member);
        m.members_convened = 9;
        m.votes[0].votes_for = u32::MAX;
        m.votes[0].votes_against = u32::MAX;
        m.votes[0].votes_other = 1;
        let warnings = check(&m, &FormatProfile::hd36_2018());
        let exceeds: Vec<&Warning> = warnings.iter().filter(|w| w.code == WarningCode::VoteExceedsPresent).collect();
        assert_eq!(exceeds.len(), 1, "{warnings:?}");
        assert!(exceeds[0].message.contains("tổng số phiếu 8589934591 lớn hơn số thành viên được triệu tập (9)"));
    }
}
