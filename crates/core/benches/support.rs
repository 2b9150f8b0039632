//! The record the benchmarks share: a committee conference of a ward with
//! 20 members and as many speeches as a benchmark asks for.

use bienban_core::model::*;
use chrono::{NaiveDate, NaiveTime};

/// About 500 characters of a typical speech.
pub const PARAGRAPH: &str = "Đồng chí báo cáo tình hình thực hiện nhiệm vụ chính trị của phường trong quý, \
    nêu rõ những kết quả đạt được, những tồn tại, hạn chế và nguyên nhân; đề xuất các giải pháp \
    trọng tâm nhằm nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị trong thời gian tới.";

pub fn people() -> Vec<Person> {
    (1..=20)
        .map(|id| Person {
            id,
            full_name: format!("Nguyễn Văn Đồng Chí {id}"),
            position: "Đảng ủy viên, Phó Chủ tịch UBND phường".into(),
            unit: "UBND phường Phúc Đồng".into(),
            member_kind: MemberKind::Official,
        })
        .collect()
}

/// A committee conference with `speeches` speeches of `text`.
pub fn meeting(speeches: usize, text: &str) -> Meeting {
    Meeting {
        id: 1,
        kind: MeetingKind::CommitteeConference,
        title: "Hội nghị Ban Chấp hành Đảng bộ phường quý I năm 2024".into(),
        subject: "Đánh giá kết quả thực hiện nhiệm vụ quý I, triển khai nhiệm vụ quý II năm 2024".into(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI".into()],
            issuing_body: "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG".into(),
            issuing_body_name: String::new(),
            issuer_code: "ĐU".into(),
            place_name: "Hà Nội".into(),
            ..IssuerSnapshot::default()
        },
        date: NaiveDate::from_ymd_opt(2024, 2, 5).unwrap_or_default(),
        start_time: NaiveTime::from_hms_opt(8, 0, 0),
        end_time: NaiveTime::from_hms_opt(11, 30, 0),
        place: "Hội trường Đảng ủy phường".into(),
        online_sites: vec![],
        chair_ids: vec![1],
        minute_taker_id: Some(2),
        members_convened: 20,
        agenda: vec![AgendaItem { title: "Báo cáo kết quả quý I".into(), ..AgendaItem::default() }],
        documents: vec!["Báo cáo số 12-BC/ĐU ngày 01/02/2024".into()],
        recording_note: String::new(),
        attendance: (1..=20)
            .map(|id| Attendance {
                person_id: id,
                role: AttendeeRole::Member,
                status: AttendanceStatus::Present,
                reason: String::new(),
                arrival_time: None,
                ..Attendance::default()
            })
            .collect(),
        speeches: (0..speeches)
            .map(|i| Speech {
                speaker_id: Some(1 + i as i64 % 20),
                time: None,
                text: text.to_string(),
                ..Speech::default()
            })
            .collect(),
        votes: vec![Vote {
            question: "Thông qua báo cáo".into(),
            method: VoteMethod::ShowOfHands,
            votes_for: 19,
            votes_against: 0,
            votes_other: 1,
            ..Vote::default()
        }],
        conclusions: Conclusions {
            concluded_by: Some(1),
            intro: String::new(),
            items: (0..5)
                .map(|i| ConclusionItem {
                    text: format!("Nhiệm vụ trọng tâm số {}.", i + 1),
                    sub_points: vec![],
                    assignees: vec![Assignee::Body { name: "UBND phường".into() }],
                    deadline: NaiveDate::from_ymd_opt(2024, 6, 30),
                    ..ConclusionItem::default()
                })
                .collect(),
        },
        resolution: ResolutionContent::default(),
        signer: None,
        recipients: vec![],
        copies: 2,
        ..Meeting::default()
    }
}
