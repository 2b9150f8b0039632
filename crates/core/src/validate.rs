//! Checks of a meeting record that return warnings, never refusals: the
//! secretary may record a meeting that broke a rule, but should know.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::format_profile::{FormatProfile, Fraction};
use crate::model::{
    Attendance, AttendanceStatus, AttendeeRole, Meeting, MemberKind, Person, PersonId, Vote, VoteMethod,
};
use crate::wording::{MeetingWords, clock, count, short_date};

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
    /// A speaker (presenter of an item, member with a reserved opinion) who
    /// is not on the attendance list, or is listed absent.
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
    /// A secret ballot with more ballots returned than issued.
    BallotsReturnedExceedIssued,
    /// Valid and invalid ballots do not add up to the ballots returned.
    BallotsDoNotAddUp,
    /// A secret ballot whose for, against and other exceed the valid ballots.
    VotesExceedValidBallots,
    /// A candidate with more votes than valid ballots.
    CandidateVotesExceedValid,
    /// A candidate recorded as elected without more than half of the members
    /// with a vote.
    ElectedWithoutMajority,
    /// A candidate who is not on the attendance list.
    CandidateNotAttendee,
    /// A speech, vote or departure naming an agenda item that does not exist.
    AgendaItemMissing,
    /// Someone who left early without the time they left.
    DepartureWithoutTime,
    /// A departure before the person arrived (or before the opening), or
    /// recorded for someone absent.
    DepartureBeforeArrival,
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
            if v.method == VoteMethod::Election {
                for c in v.candidates.iter().filter(|c| c.elected) {
                    if !reaches(c.votes, base, profile.majority, true) {
                        warn(
                            WarningCode::ElectedWithoutMajority,
                            format!(
                                "Biểu quyết {} («{}»): {} được ghi trúng cử nhưng chỉ được {}/{base} phiếu, chưa quá {}/{} tổng số thành viên có quyền biểu quyết.",
                                i + 1,
                                v.question,
                                name(c.person_id),
                                c.votes,
                                profile.majority.numerator,
                                profile.majority.denominator
                            ),
                        );
                    }
                }
                continue;
            }
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
        let total = cast(v);
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

    let noun = MeetingWords::of(m.kind).noun();
    let probationary_present = members
        .iter()
        .filter(|a| a.status != AttendanceStatus::Absent)
        .any(|a| people.iter().any(|p| p.id == a.person_id && p.member_kind == MemberKind::Probationary));
    for (i, v) in m.votes.iter().enumerate() {
        let total = cast(v);
        let left = departed_before(m, v.agenda_item).count();
        let voters = voters_at(m, people, v);
        if (probationary_present || left > 0) && total > u64::from(voters) {
            let mut why = Vec::new();
            if probationary_present {
                why.push("đảng viên dự bị không biểu quyết".to_string());
            }
            if let (true, Some(item)) = (left > 0, v.agenda_item) {
                why.push(format!(
                    "{} đồng chí đã rời {noun} trước nội dung {}",
                    count(u32::try_from(left).unwrap_or(u32::MAX)),
                    item + 1
                ));
            }
            warn(
                WarningCode::VoteExceedsVoters,
                format!(
                    "Biểu quyết {} («{}»): tổng số phiếu {total} lớn hơn số đảng viên chính thức có mặt ({voters}); {}.",
                    i + 1,
                    v.question,
                    why.join("; ")
                ),
            );
        }
    }
    ballots_and_candidates(m, &mut warn, &name);
    agenda_references(m, &mut warn, &name);
    departures(m, noun, &mut warn, &name);

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
    // Who presented an item or kept an opinion spoke too.
    let presenters = m.agenda.iter().filter_map(|a| a.presenter_id);
    let reserved = m.votes.iter().flat_map(|v| v.reserved_opinions.iter().map(|r| r.person_id));
    for person in presenters.chain(reserved) {
        if !attending.contains(&person) && reported.insert(person) {
            warn(
                WarningCode::SpeakerNotPresent,
                format!("{} có phát biểu nhưng không có mặt trong danh sách điểm danh.", capitalise(&name(person))),
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

/// The ballots a vote counts: for, against and other, or the ballots issued
/// when more (an election records its count per candidate). In u64, so that
/// a sum of u32 counts never wraps.
fn cast(v: &Vote) -> u64 {
    let tally = u64::from(v.votes_for) + u64::from(v.votes_against) + u64::from(v.votes_other);
    tally.max(v.ballots.map(|b| u64::from(b.issued)).unwrap_or(0))
}

/// Members who left before agenda item `item` (index into the agenda):
/// their departure names that item or an earlier one. Nobody, for a vote
/// outside the items; guests and delegates never vote, so never count.
pub fn departed_before(m: &Meeting, item: Option<u32>) -> impl Iterator<Item = &Attendance> {
    m.attendance.iter().filter(move |a| {
        a.role == AttendeeRole::Member
            && a.status != AttendanceStatus::Absent
            && matches!((item, a.departure.as_ref().and_then(|d| d.before_item)), (Some(i), Some(b)) if b <= i)
    })
}

/// Members with a vote present when `vote` was taken: members on the roster
/// who came, less probationary members and those who left before the
/// vote's agenda item. Without a roster, the vote base.
pub fn voters_at(m: &Meeting, people: &[Person], vote: &Vote) -> u32 {
    let members: Vec<&Attendance> = m.attendance.iter().filter(|a| a.role == AttendeeRole::Member).collect();
    if members.is_empty() {
        return voting_base(m, people);
    }
    let left: HashSet<PersonId> = departed_before(m, vote.agenda_item).map(|a| a.person_id).collect();
    let voters = members
        .iter()
        .filter(|a| a.status != AttendanceStatus::Absent && !left.contains(&a.person_id))
        .filter(|a| !people.iter().any(|p| p.id == a.person_id && p.member_kind == MemberKind::Probationary))
        .count();
    u32::try_from(voters).unwrap_or(u32::MAX)
}

/// Ballot arithmetic of secret ballots and elections, and candidates.
fn ballots_and_candidates(m: &Meeting, warn: &mut impl FnMut(WarningCode, String), name: &impl Fn(PersonId) -> String) {
    let attendees: HashSet<PersonId> = m.attendance.iter().map(|a| a.person_id).collect();
    for (i, v) in m.votes.iter().enumerate() {
        let which = format!("Biểu quyết {} («{}»)", i + 1, v.question);
        if let Some(b) = v.ballots {
            if b.returned > b.issued {
                warn(
                    WarningCode::BallotsReturnedExceedIssued,
                    format!("{which}: số phiếu thu về ({}) nhiều hơn số phiếu phát ra ({}).", b.returned, b.issued),
                );
            }
            if u64::from(b.valid) + u64::from(b.invalid) != u64::from(b.returned) {
                warn(
                    WarningCode::BallotsDoNotAddUp,
                    format!(
                        "{which}: số phiếu hợp lệ ({}) cộng số phiếu không hợp lệ ({}) khác số phiếu thu về ({}).",
                        b.valid, b.invalid, b.returned
                    ),
                );
            }
            let tally = u64::from(v.votes_for) + u64::from(v.votes_against) + u64::from(v.votes_other);
            if v.method != VoteMethod::Election && tally > u64::from(b.valid) {
                warn(
                    WarningCode::VotesExceedValidBallots,
                    format!(
                        "{which}: tán thành, không tán thành và ý kiến khác cộng lại ({tally}) nhiều hơn số phiếu hợp lệ ({}).",
                        b.valid
                    ),
                );
            }
            for c in v.candidates.iter().filter(|c| c.votes > b.valid) {
                warn(
                    WarningCode::CandidateVotesExceedValid,
                    format!(
                        "{which}: {} được {} phiếu, nhiều hơn số phiếu hợp lệ ({}).",
                        name(c.person_id),
                        c.votes,
                        b.valid
                    ),
                );
            }
        }
        for c in v.candidates.iter().filter(|c| !attendees.contains(&c.person_id)) {
            warn(
                WarningCode::CandidateNotAttendee,
                format!(
                    "{which}: {} có tên trong danh sách bầu nhưng không có trong danh sách điểm danh.",
                    name(c.person_id)
                ),
            );
        }
    }
}

/// Speeches, votes and departures that name an agenda item beyond the agenda.
fn agenda_references(m: &Meeting, warn: &mut impl FnMut(WarningCode, String), name: &impl Fn(PersonId) -> String) {
    let items = m.agenda.len();
    let missing = |item: Option<u32>| item.is_some_and(|i| i as usize >= items);
    let have =
        if items == 0 { "chưa có nội dung nào".to_string() } else { format!("chỉ có {items} nội dung") };
    for (i, s) in m.speeches.iter().enumerate().filter(|(_, s)| missing(s.agenda_item)) {
        let item = s.agenda_item.map_or(0, |n| n + 1);
        warn(
            WarningCode::AgendaItemMissing,
            format!("Phát biểu thứ {} thuộc nội dung {item}, nhưng chương trình {have}.", i + 1),
        );
    }
    for (i, v) in m.votes.iter().enumerate().filter(|(_, v)| missing(v.agenda_item)) {
        let item = v.agenda_item.map_or(0, |n| n + 1);
        warn(
            WarningCode::AgendaItemMissing,
            format!("Biểu quyết {} («{}») thuộc nội dung {item}, nhưng chương trình {have}.", i + 1, v.question),
        );
    }
    for a in &m.attendance {
        if let Some(item) = a.departure.as_ref().and_then(|d| d.before_item).filter(|i| missing(Some(*i))) {
            warn(
                WarningCode::AgendaItemMissing,
                format!(
                    "{} rời trước nội dung {}, nhưng chương trình {have}.",
                    capitalise(&name(a.person_id)),
                    item + 1
                ),
            );
        }
    }
}

/// A departure needs a time, after the arrival (or the opening), and a
/// person who came.
fn departures(m: &Meeting, noun: &str, warn: &mut impl FnMut(WarningCode, String), name: &impl Fn(PersonId) -> String) {
    for a in &m.attendance {
        let Some(d) = &a.departure else { continue };
        let who = capitalise(&name(a.person_id));
        if a.status == AttendanceStatus::Absent {
            warn(WarningCode::DepartureBeforeArrival, format!("{who} được ghi vắng mặt nhưng lại có giờ rời {noun}."));
            continue;
        }
        let Some(time) = d.time else {
            warn(WarningCode::DepartureWithoutTime, format!("Chưa ghi giờ {} rời {noun}.", name(a.person_id)));
            continue;
        };
        let came = if a.status == AttendanceStatus::Late { a.arrival_time.or(m.start_time) } else { m.start_time };
        if let Some(came) = came
            && time < came
        {
            warn(
                WarningCode::DepartureBeforeArrival,
                format!("{who} rời {noun} lúc {}, trước khi có mặt ({}).", clock(time), clock(came)),
            );
        }
    }
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
        AgendaItem, Attendance, BallotCount, CandidateResult, ConclusionItem, Conclusions, Departure, IssuerSnapshot,
        MeetingKind, MemberKind, ResolutionContent, Speech, Vote, VoteMethod,
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
    fn presenters_and_reserved_opinions_come_from_people_present() {
        let mut m = meeting();
        m.agenda = vec![AgendaItem { title: "Báo cáo".into(), presenter_id: Some(20), ..AgendaItem::default() }];
        m.votes[0].reserved_opinions =
            vec![crate::model::ReservedOpinion { person_id: 20, text: "về chỉ tiêu".into() }];
        assert_eq!(
            warnings(&m),
            vec![(
                WarningCode::SpeakerNotPresent,
                "Người mã 20 có phát biểu nhưng không có mặt trong danh sách điểm danh.".to_string()
            )]
        );
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
    fn named(n: i64) -> Vec<Person> {
        (1..=n)
            .map(|id| Person {
                id,
                full_name: format!("Người {id}"),
                position: String::new(),
                unit: String::new(),
                member_kind: MemberKind::Official,
            })
            .collect()
    }

    fn warnings(m: &Meeting) -> Vec<(WarningCode, String)> {
        check_named(m, &FormatProfile::hd36_2018(), &named(12)).into_iter().map(|w| (w.code, w.message)).collect()
    }

    #[test]
    fn a_vote_after_a_departure_counts_only_those_still_there() {
        let mut m = meeting();
        m.agenda = vec![
            AgendaItem { title: "Báo cáo".into(), ..AgendaItem::default() },
            AgendaItem { title: "Nghị quyết".into(), ..AgendaItem::default() },
        ];
        m.attendance[8].departure =
            Some(Departure { time: NaiveTime::from_hms_opt(15, 0, 0), reason: "Ốm".into(), before_item: Some(1) });
        m.votes[0].agenda_item = Some(1);
        m.votes[0].votes_for = 9;
        assert_eq!(voters_at(&m, &named(12), &m.votes[0]), 8);
        assert_eq!(
            warnings(&m),
            vec![(
                WarningCode::VoteExceedsVoters,
                "Biểu quyết 1 («Thông qua»): tổng số phiếu 9 lớn hơn số đảng viên chính thức có mặt (8); 01 đồng chí \
                 đã rời hội nghị trước nội dung 2."
                    .to_string()
            )]
        );
        // The same vote under item 1, before the departure, is sound.
        m.votes[0].agenda_item = Some(0);
        assert_eq!(warnings(&m), vec![]);
    }

    #[test]
    fn ballot_arithmetic_is_checked() {
        let mut m = meeting();
        m.votes[0].method = VoteMethod::Ballot;
        m.votes[0].votes_for = 8;
        m.votes[0].votes_against = 1;
        m.votes[0].ballots = Some(BallotCount { issued: 9, returned: 10, valid: 8, invalid: 1 });
        assert_eq!(
            warnings(&m),
            vec![
                (
                    WarningCode::BallotsReturnedExceedIssued,
                    "Biểu quyết 1 («Thông qua»): số phiếu thu về (10) nhiều hơn số phiếu phát ra (9).".to_string()
                ),
                (
                    WarningCode::BallotsDoNotAddUp,
                    "Biểu quyết 1 («Thông qua»): số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) khác số phiếu \
                     thu về (10)."
                        .to_string()
                ),
                (
                    WarningCode::VotesExceedValidBallots,
                    "Biểu quyết 1 («Thông qua»): tán thành, không tán thành và ý kiến khác cộng lại (9) nhiều hơn số \
                     phiếu hợp lệ (8)."
                        .to_string()
                ),
            ]
        );
        m.votes[0].ballots = Some(BallotCount { issued: 9, returned: 9, valid: 9, invalid: 0 });
        assert_eq!(warnings(&m), vec![]);
    }

    #[test]
    fn an_election_is_checked_per_candidate() {
        let mut m = meeting();
        m.votes[0] = Vote {
            question: "Bầu bổ sung Ủy viên Ủy ban Kiểm tra".into(),
            method: VoteMethod::Election,
            ballots: Some(BallotCount { issued: 9, returned: 9, valid: 8, invalid: 1 }),
            candidates: vec![
                CandidateResult { person_id: 4, votes: 9, elected: true },
                CandidateResult { person_id: 11, votes: 4, elected: true },
            ],
            ..Vote::default()
        };
        assert_eq!(
            warnings(&m),
            vec![
                (
                    WarningCode::ElectedWithoutMajority,
                    "Biểu quyết 1 («Bầu bổ sung Ủy viên Ủy ban Kiểm tra»): đồng chí Người 11 được ghi trúng cử nhưng \
                     chỉ được 4/9 phiếu, chưa quá 1/2 tổng số thành viên có quyền biểu quyết."
                        .to_string()
                ),
                (
                    WarningCode::CandidateVotesExceedValid,
                    "Biểu quyết 1 («Bầu bổ sung Ủy viên Ủy ban Kiểm tra»): đồng chí Người 4 được 9 phiếu, nhiều hơn \
                     số phiếu hợp lệ (8)."
                        .to_string()
                ),
                (
                    WarningCode::CandidateNotAttendee,
                    "Biểu quyết 1 («Bầu bổ sung Ủy viên Ủy ban Kiểm tra»): đồng chí Người 11 có tên trong danh sách \
                     bầu nhưng không có trong danh sách điểm danh."
                        .to_string()
                ),
            ]
        );
    }

    #[test]
    fn references_to_missing_agenda_items_and_odd_departures_are_reported() {
        let mut m = meeting();
        m.agenda = vec![AgendaItem { title: "Báo cáo".into(), ..AgendaItem::default() }];
        m.speeches[0].agenda_item = Some(2);
        m.votes[0].agenda_item = Some(1);
        m.attendance[3].departure = Some(Departure { time: None, reason: String::new(), before_item: None });
        m.attendance[4].departure =
            Some(Departure { time: NaiveTime::from_hms_opt(13, 0, 0), reason: String::new(), before_item: Some(5) });
        m.attendance[5].status = AttendanceStatus::Late;
        m.attendance[5].arrival_time = NaiveTime::from_hms_opt(15, 0, 0);
        m.attendance[5].departure =
            Some(Departure { time: NaiveTime::from_hms_opt(14, 30, 0), reason: String::new(), before_item: None });
        assert_eq!(
            warnings(&m),
            vec![
                (
                    WarningCode::AgendaItemMissing,
                    "Phát biểu thứ 1 thuộc nội dung 3, nhưng chương trình chỉ có 1 nội dung.".to_string()
                ),
                (
                    WarningCode::AgendaItemMissing,
                    "Biểu quyết 1 («Thông qua») thuộc nội dung 2, nhưng chương trình chỉ có 1 nội dung.".to_string()
                ),
                (
                    WarningCode::AgendaItemMissing,
                    "Đồng chí Người 5 rời trước nội dung 6, nhưng chương trình chỉ có 1 nội dung.".to_string()
                ),
                (WarningCode::DepartureWithoutTime, "Chưa ghi giờ đồng chí Người 4 rời hội nghị.".to_string()),
                (
                    WarningCode::DepartureBeforeArrival,
                    "Đồng chí Người 5 rời hội nghị lúc 13 giờ 00 phút, trước khi có mặt (14 giờ 00 phút).".to_string()
                ),
                (
                    WarningCode::DepartureBeforeArrival,
                    "Đồng chí Người 6 rời hội nghị lúc 14 giờ 30 phút, trước khi có mặt (15 giờ 00 phút).".to_string()
                ),
            ]
        );
    }
}
