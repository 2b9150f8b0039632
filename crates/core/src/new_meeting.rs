//! The records a new meeting starts from: a blank meeting prefilled from the
//! organisation profile and the directory, or the next meeting of a series
//! copied from the last one. Pure functions, so the rules are tested without
//! a window or a database.

use crate::model::{
    Attendance, AttendanceStatus, AttendeeRole, Conclusions, IssuerSnapshot, Meeting, MeetingKind, MemberKind,
    OrganisationProfile, Person, ResolutionContent,
};
use chrono::NaiveDate;

/// Minutes are usually made in two copies: one for the archive, one for the
/// office that follows up.
const DEFAULT_COPIES: u32 = 2;

/// A meeting of `kind` held today under the organisation's current name:
/// every official or probationary member of the directory is convened and
/// marked present, so the secretary only touches the exceptions.
pub fn blank(kind: MeetingKind, profile: &OrganisationProfile, people: &[Person], today: NaiveDate) -> Meeting {
    let attendance: Vec<Attendance> = people
        .iter()
        .filter(|p| matches!(p.member_kind, MemberKind::Official | MemberKind::Probationary))
        .map(|p| present_member(p.id))
        .collect();
    Meeting {
        id: 0,
        kind,
        title: default_title(kind).to_string(),
        subject: String::new(),
        issuer: IssuerSnapshot::from(profile),
        date: today,
        start_time: None,
        end_time: None,
        place: String::new(),
        online_sites: Vec::new(),
        chair_ids: Vec::new(),
        minute_taker_id: None,
        members_convened: attendance.len() as u32,
        agenda: Vec::new(),
        documents: Vec::new(),
        recording_note: String::new(),
        attendance,
        speeches: Vec::new(),
        votes: Vec::new(),
        conclusions: Conclusions::default(),
        resolution: ResolutionContent::default(),
        signer: profile.signers.first().cloned(),
        recipients: profile.recipients.clone(),
        copies: DEFAULT_COPIES,
        read_back: false,
    }
}

/// The next meeting of a series: same kind, title, roster, place, chair and
/// minute-taker; held today; everyone present again; nothing said yet.
/// A current organisation profile replaces the old issuer (the body may have
/// been renamed since), otherwise the old one is kept.
pub fn duplicate(source: &Meeting, profile: Option<&OrganisationProfile>, today: NaiveDate) -> Meeting {
    let attendance = source
        .attendance
        .iter()
        .map(|a| Attendance {
            status: AttendanceStatus::Present,
            reason: String::new(),
            arrival_time: None,
            ..a.clone()
        })
        .collect();
    Meeting {
        id: 0,
        issuer: profile.map(IssuerSnapshot::from).unwrap_or_else(|| source.issuer.clone()),
        date: today,
        start_time: None,
        end_time: None,
        agenda: Vec::new(),
        documents: Vec::new(),
        attendance,
        speeches: Vec::new(),
        votes: Vec::new(),
        conclusions: Conclusions::default(),
        resolution: ResolutionContent::default(),
        ..source.clone()
    }
}

fn present_member(person_id: i64) -> Attendance {
    Attendance { person_id, role: AttendeeRole::Member, status: AttendanceStatus::Present, ..Attendance::default() }
}

fn default_title(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::CommitteeConference => "Hội nghị Ban Chấp hành Đảng bộ",
        MeetingKind::StandingCommittee => "Hội nghị Ban Thường vụ Đảng ủy",
        MeetingKind::CellRegular => "Sinh hoạt chi bộ thường kỳ",
        MeetingKind::Extended => "Hội nghị mở rộng",
        MeetingKind::Online => "Hội nghị trực tuyến",
        MeetingKind::Other => "Hội nghị",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Signer, Speech, Vote, VoteMethod};

    fn profile() -> OrganisationProfile {
        OrganisationProfile {
            superior_body: vec!["ĐẢNG BỘ QUẬN LONG BIÊN".into()],
            issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
            issuing_body_name: String::new(),
            issuer_code: "ĐU".into(),
            place_name: "Long Biên".into(),
            signers: vec![Signer {
                name: "Phan Việt Hưng".into(),
                position: "BÍ THƯ".into(),
                authority: "T/M ĐẢNG ỦY".into(),
            }],
            recipients: vec!["Các đồng chí Đảng ủy viên".into()],
            format_profile: "HD36-2018".into(),
            term_start: NaiveDate::from_ymd_opt(2020, 10, 1).unwrap_or_default(),
            ..OrganisationProfile::default()
        }
    }

    fn person(id: i64, name: &str, kind: MemberKind) -> Person {
        Person { id, full_name: name.into(), position: String::new(), unit: String::new(), member_kind: kind }
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap_or_default()
    }

    #[test]
    fn blank_meeting_convenes_members_but_not_guests() {
        let people = [
            person(1, "Nguyễn Thị Ngọc", MemberKind::Official),
            person(2, "Đặng Văn Hải", MemberKind::Probationary),
            person(3, "Khách Mời", MemberKind::NonMember),
        ];
        let m = blank(MeetingKind::StandingCommittee, &profile(), &people, day(5));
        let roster: Vec<i64> = m.attendance.iter().map(|a| a.person_id).collect();
        assert_eq!(roster, [1, 2]);
        assert_eq!(m.members_convened, 2);
        assert!(m.attendance.iter().all(|a| a.status == AttendanceStatus::Present && a.role == AttendeeRole::Member));
        assert_eq!(m.date, day(5));
        assert_eq!(m.issuer.issuing_body, "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG");
        assert_eq!(m.signer.as_ref().map(|s| s.name.as_str()), Some("Phan Việt Hưng"));
        assert_eq!(m.recipients, ["Các đồng chí Đảng ủy viên"]);
        assert_eq!(m.title, "Hội nghị Ban Thường vụ Đảng ủy");
    }

    #[test]
    fn duplicate_keeps_the_roster_and_place_but_not_what_was_said() {
        let mut source = blank(MeetingKind::CellRegular, &profile(), &[person(1, "A", MemberKind::Official)], day(1));
        source.id = 7;
        source.place = "Hội trường phường".into();
        source.attendance[0].status = AttendanceStatus::Absent;
        source.attendance[0].reason = "Ốm".into();
        source.speeches.push(Speech { speaker_id: Some(1), time: None, text: "Ý kiến".into(), ..Speech::default() });
        source.votes.push(Vote {
            question: "Q".into(),
            method: VoteMethod::ShowOfHands,
            votes_for: 1,
            votes_against: 0,
            votes_other: 0,
            ..Vote::default()
        });
        source.conclusions.intro = "Kết luận".into();
        let mut renamed = profile();
        renamed.issuing_body = "ĐẢNG ỦY PHƯỜNG MỚI".into();

        let next = duplicate(&source, Some(&renamed), day(8));

        assert_eq!(next.id, 0);
        assert_eq!(next.kind, MeetingKind::CellRegular);
        assert_eq!(next.place, "Hội trường phường");
        assert_eq!(next.date, day(8));
        assert_eq!(next.attendance.len(), 1);
        assert_eq!(next.attendance[0].status, AttendanceStatus::Present);
        assert_eq!(next.attendance[0].reason, "");
        assert!(next.speeches.is_empty() && next.votes.is_empty());
        assert_eq!(next.conclusions, Conclusions::default());
        assert_eq!(next.issuer.issuing_body, "ĐẢNG ỦY PHƯỜNG MỚI");
    }
}
