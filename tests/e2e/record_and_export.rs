//! The whole path of a first-time user: organisation profile, a new meeting
//! recorded live (roster and attendance, three speeches found through the
//! speaker search, a vote, two conclusions), and the minutes exported to a
//! .docx whose text carries the speeches in the order they were given.

use bienban_core::model::{AttendanceStatus, DocumentKind};
use bienban_core::store::{MeetingFilter, Store};
use fantoccini::Client;

use crate::check;
use crate::harness::*;

/// (typed in the speaker field, speaker found, substance)
const SPEECHES: [(&str, &str, &str); 3] = [
    ("ngoc", "Nguyễn Thị Ngọc", "Đề nghị đẩy nhanh tiến độ giải phóng mặt bằng tuyến đường số 5."),
    ("dang hai", "Đặng Văn Hải", "Công tác cải cách hành chính quý I đạt kết quả tốt, cần duy trì."),
    ("tuan", "Trần Minh Tuấn", "Thống nhất với dự thảo chương trình công tác quý II."),
];

/// The roster, typed as "Name, position" into the add-member field.
const MEMBERS: [&str; 4] = [
    "Nguyễn Thị Ngọc, Bí thư Đảng ủy",
    "Đặng Văn Hải, Phó Bí thư Đảng ủy",
    "Trần Minh Tuấn, Đảng ủy viên",
    "Lê Thu Hà, Đảng ủy viên",
];

const VOTE: &str = "Thông qua chương trình công tác quý II";

const CONCLUSIONS: [&str; 2] = [
    "Giao UBND phường hoàn thành giải phóng mặt bằng trước ngày 30/6.",
    "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện.",
];

#[tokio::test(flavor = "multi_thread")]
async fn first_start_to_exported_minutes() -> TestResult {
    let sandbox = Sandbox::new()?;
    let driver = Driver::start(&sandbox)?;
    let app = driver.launch().await?;
    let result = record_and_export(&app, &sandbox).await;
    let result = on_failure(&app, "first_start_to_exported_minutes", result).await;
    close(app).await?;
    drop(driver);
    result?;

    // What the window showed is what the database holds.
    let store = Store::open(&sandbox.db())?;
    let meetings = store.meetings(&MeetingFilter::default())?;
    assert_eq!(meetings.len(), 1);
    let meeting = store.meeting(meetings[0].id)?;
    assert_eq!(meeting.title, "Hội nghị Ban Thường vụ tháng 3");
    let absent: Vec<_> = meeting.attendance.iter().filter(|a| a.status == AttendanceStatus::Absent).collect();
    assert_eq!(absent.len(), 1);
    assert_eq!(absent[0].reason, "Đi công tác");
    let speeches: Vec<&str> = meeting.speeches.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(speeches, SPEECHES.map(|(_, _, text)| text));
    assert_eq!(meeting.votes.len(), 1);
    assert_eq!(meeting.votes[0].votes_for, 3);
    assert_eq!(meeting.conclusions.items.len(), 2);
    assert_eq!(store.proposed_number(meeting.id, DocumentKind::Minutes)?, 1, "the minutes keep the number issued");
    Ok(())
}

/// Everything the user does in the window, then the check of the .docx.
async fn record_and_export(app: &Client, sandbox: &Sandbox) -> TestResult {
    // First start: the organisation profile.
    type_into(app, "org-issuing-body", "ĐẢNG ỦY PHƯỜNG PHÚC ĐỒNG").await?;
    type_into(app, "org-issuer-code", "ĐU").await?;
    type_into(app, "org-place-name", "Long Biên").await?;
    click(app, "org-save").await?;

    // A new meeting.
    click(app, "new-meeting").await?;
    type_into(app, "meeting-title", "Hội nghị Ban Thường vụ tháng 3").await?;

    // Attendance: the roster typed in, then one member marked absent.
    click(app, "tab-attendance").await?;
    for (index, member) in MEMBERS.iter().enumerate() {
        type_into(app, "member-add", member).await?;
        click(app, "member-add-new").await?;
        wait_count(app, "attendance-row-", index + 1).await?;
    }
    let counts_before = visible_text(&wait(app, "attendance-counts").await?).await?;
    let row = with_text(all(app, "attendance-row-").await?, "Lê Thu Hà").await?;
    let absent_id = id_suffix(&row, "attendance-row-").await?;
    click(app, &format!("attendance-absent-{absent_id}")).await?;
    type_into(app, &format!("attendance-reason-{absent_id}"), "Đi công tác").await?;
    let counts_after = visible_text(&wait(app, "attendance-counts").await?).await?;
    check!(counts_before != counts_after, "the live counts stayed at {counts_after:?} after marking an absence");

    // Three speeches, each speaker found by typing without diacritics.
    click(app, "tab-speeches").await?;
    for (query, speaker, text) in SPEECHES {
        type_into(app, "speech-speaker", query).await?;
        let options = wait_count(app, "speech-speaker-option-", 1).await?;
        with_text(options, speaker).await?.click().await?;
        type_into(app, "speech-text", text).await?;
        click(app, "speech-commit").await?;
    }
    for (index, (_, speaker, text)) in SPEECHES.iter().enumerate() {
        let item = wait_text(app, &format!("speech-item-{index}"), text).await?;
        check!(item.contains(speaker), "speech {index} shows {item:?}, not its speaker {speaker}");
    }

    // One vote.
    click(app, "tab-votes").await?;
    click(app, "vote-add").await?;
    type_into(app, "vote-question-0", VOTE).await?;
    type_into(app, "vote-for-0", "3").await?;
    type_into(app, "vote-against-0", "0").await?;
    type_into(app, "vote-other-0", "0").await?;

    // Two conclusions.
    click(app, "tab-conclusions").await?;
    for (index, text) in CONCLUSIONS.iter().enumerate() {
        click(app, "conclusion-add").await?;
        type_into(app, &format!("conclusion-text-{index}"), text).await?;
    }
    wait_text(app, "save-status", "Đã lưu").await?;

    // Export the minutes (the e2e build writes into the sandbox's folder).
    click(app, "tab-export").await?;
    click(app, "export-minutes").await?;
    let shown = wait_text(app, "export-result", ".docx").await?;
    let written: Vec<_> = std::fs::read_dir(sandbox.export_dir())?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "docx"))
        .collect();
    check!(written.len() == 1, "one .docx expected, found {written:?}");
    let file_name = written[0].file_name().unwrap_or_default().to_string_lossy().into_owned();
    check!(shown.contains(&file_name), "the screen shows {shown:?}, not the file written");

    // Compared in lower case: the minutes run a speech on after the speaker's
    // name ("Đồng chí …: đề nghị …").
    let text = docx_text(&written[0])?.to_lowercase();
    let mut last = 0;
    for (_, speaker, speech) in SPEECHES {
        let (speaker, speech) = (speaker.to_lowercase(), speech.to_lowercase());
        let Some(at) = text[last..].find(&speech).map(|i| i + last) else {
            return Err(format!("the speech of {speaker} is missing or out of order in the minutes").into());
        };
        check!(text[last..at].contains(&speaker), "{speaker} is not named before the speech");
        last = at + speech.len();
    }
    for conclusion in CONCLUSIONS {
        check!(text.contains(&conclusion.to_lowercase()), "conclusion missing from the minutes: {conclusion}");
    }
    check!(text.contains(&VOTE.to_lowercase()), "the vote is missing from the minutes");
    // The minutes lower-case the reason inside the sentence ("lý do: đi công tác").
    check!(
        text.contains("lê thu hà") && text.contains("đi công tác"),
        "the absent member and her reason are missing from the minutes"
    );
    Ok(())
}
