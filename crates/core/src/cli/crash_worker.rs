//! Hidden `crash-test-worker` subcommand: a stream of edits through the
//! store, each acknowledged on stdout only after its commit returned. The
//! crash test (tests/crash_sigkill.rs) kills it mid-stream and checks that
//! every acknowledged edit survived.

use chrono::NaiveDate;

use super::{CliError, Context};
use crate::model::{
    Attendance, AttendanceStatus, AttendeeRole, Conclusions, IssuerSnapshot, Meeting, MeetingKind, MemberKind,
    NewPerson, ResolutionContent, Speech,
};

/// Line printed once the meeting under edit exists: `meeting <id>`.
pub const MEETING_LINE: &str = "meeting";
/// Line printed after edit `i` committed: `ack <i>`.
pub const ACK_LINE: &str = "ack";

/// Edit `i` adds the person `person_name(i)` when `i` is even, and appends
/// the speech `speech_text(i)` to the meeting (whole-record save) when odd.
pub fn person_name(i: u32) -> String {
    format!("Người thử số {i}")
}

pub fn speech_text(i: u32) -> String {
    format!("Lần sửa số {i}: ý kiến phát biểu được lưu.")
}

pub(super) fn run(ctx: &mut Context<'_>, edits: u32) -> Result<(), CliError> {
    let store = ctx.open_store()?;
    let chair = store.add_person(&NewPerson {
        full_name: "Chủ trì thử".to_string(),
        position: "Bí thư".to_string(),
        unit: String::new(),
        member_kind: MemberKind::Official,
    })?;
    let mut meeting = Meeting {
        id: 0,
        kind: MeetingKind::CellRegular,
        title: "Hội nghị thử độ bền".to_string(),
        subject: String::new(),
        issuer: IssuerSnapshot {
            superior_body: vec!["ĐẢNG BỘ PHƯỜNG THỬ".to_string()],
            issuing_body: "CHI BỘ THỬ".to_string(),
            issuer_code: "CB".to_string(),
            place_name: "Hà Nội".to_string(),
            ..IssuerSnapshot::default()
        },
        date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        start_time: None,
        end_time: None,
        place: String::new(),
        online_sites: Vec::new(),
        chair_ids: vec![chair.id],
        minute_taker_id: None,
        members_convened: 1,
        agenda: Vec::new(),
        documents: Vec::new(),
        recording_note: String::new(),
        attendance: vec![Attendance {
            person_id: chair.id,
            role: AttendeeRole::Member,
            status: AttendanceStatus::Present,
            ..Attendance::default()
        }],
        speeches: Vec::new(),
        votes: Vec::new(),
        conclusions: Conclusions::default(),
        resolution: ResolutionContent::default(),
        signer: None,
        recipients: Vec::new(),
        copies: 1,
        ..Meeting::default()
    };
    meeting.id = store.create_meeting(&meeting)?;
    ack(ctx, &format!("{MEETING_LINE} {}", meeting.id))?;
    for i in 0..edits {
        if i % 2 == 0 {
            store.add_person(&NewPerson {
                full_name: person_name(i),
                position: "Đảng viên".to_string(),
                unit: String::new(),
                member_kind: MemberKind::Official,
            })?;
        } else {
            meeting.speeches.push(Speech { speaker_id: Some(chair.id), text: speech_text(i), ..Speech::default() });
            store.save_meeting(&meeting)?;
        }
        ack(ctx, &format!("{ACK_LINE} {i}"))?;
    }
    Ok(())
}

fn ack(ctx: &mut Context<'_>, line: &str) -> Result<(), CliError> {
    writeln!(ctx.out, "{line}").and_then(|()| ctx.out.flush()).map_err(CliError::Write)
}
