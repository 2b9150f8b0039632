//! Biên bản: every section of Hướng dẫn 16-HD/VPTW, in order — opening
//! lines, attendance, proceedings, conclusions, closing, signatures —
//! worded for the kind of meeting (hội nghị, cuộc họp, sinh hoạt chi bộ).

use crate::model::{
    AgendaItem, AttendanceStatus, AttendeeRole, Meeting, MeetingKind, MemberKind, PersonId, Speech, Vote, VoteMethod,
};
use crate::validate::{departed_before, voters_at, voting_base};
use crate::wording::{
    MeetingWords, ballot_count, candidate_result, clock, count, departure, join_and, long_date, lower_first,
    online_opening, presented, reserved_opinion, run_on, site_line, upper_first, vote_method, vote_result,
};

use super::super::model::{Block, Closing, SignatureBlock, Span};
use super::common::{Directory, bare_list_item, dash_list, guests_present, numbered_items, superior_leaders_present};

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
        // An extended conference is the committee's when its title says so
        // ("Hội nghị Ban Chấp hành Đảng bộ phường mở rộng …").
        MeetingKind::CommitteeConference | MeetingKind::Extended
            if meeting.kind == MeetingKind::CommitteeConference || what.contains("Ban Chấp hành") =>
        {
            let committee = committee(&issuer);
            let what = without_committee(&what, &committee);
            let what = if what.is_empty() { words.noun().to_string() } else { what };
            format!("{committee} tiến hành {what}")
        }
        _ => format!("{issuer} tổ chức {}", if what.is_empty() { words.noun().to_string() } else { what }),
    }
}

/// The title without the committee it already names once: "hội nghị Ban
/// Chấp hành Đảng bộ phường lần thứ 6 (khóa I)" → "hội nghị lần thứ 6 (khóa
/// I)", whether the title names the committee in full ("… phường Hòa Bình")
/// or in short ("… phường", "Ban Chấp hành").
fn without_committee(title: &str, committee: &str) -> String {
    let Some(rest) = title.strip_prefix("hội nghị ") else { return title.to_string() };
    let words: Vec<&str> = committee.split(' ').collect();
    // "Ban Chấp hành" is the shortest form that names the committee.
    for n in (3..=words.len()).rev() {
        let named = words[..n].join(" ");
        if let Some(after) = rest.strip_prefix(&named)
            && (after.is_empty() || after.starts_with(' '))
        {
            return format!("hội nghị{after}");
        }
    }
    title.to_string()
}

/// "Dự và chỉ đạo hội nghị", "Dự và chỉ đạo cuộc họp", "Dự sinh hoạt" (a
/// chi bộ's superior representative attends; offices do not say "chỉ đạo").
pub fn attended_and_directed(kind: MeetingKind) -> String {
    match kind {
        MeetingKind::CellRegular => "Dự sinh hoạt".to_string(),
        _ => format!("Dự và chỉ đạo {}", MeetingWords::of(kind).noun()),
    }
}

/// The executive committee of the issuing body's Party organisation:
/// "Đảng ủy phường X" → "Ban Chấp hành Đảng bộ phường X", "Thành ủy Hà Nội"
/// → "Ban Chấp hành Đảng bộ thành phố Hà Nội", "Quận ủy …", "Huyện ủy …",
/// "Tỉnh ủy …", "Thị ủy …" likewise.
pub fn committee(issuer: &str) -> String {
    const LEVELS: [(&str, &str); 6] = [
        ("Đảng ủy ", ""),
        ("Thành ủy ", "thành phố "),
        ("Tỉnh ủy ", "tỉnh "),
        ("Quận ủy ", "quận "),
        ("Huyện ủy ", "huyện "),
        ("Thị ủy ", "thị xã "),
    ];
    LEVELS
        .iter()
        .find_map(|(body, level)| issuer.strip_prefix(body).map(|rest| format!("Ban Chấp hành Đảng bộ {level}{rest}")))
        .unwrap_or_else(|| format!("Ban Chấp hành {issuer}"))
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

    blocks.extend(online(meeting, words));
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
    let documents = all_documents(meeting);
    if !documents.is_empty() {
        blocks.push(lead_in(&format!("Tài liệu sử dụng tại {}:", words.noun())));
        blocks.extend(dash_list(&documents, ';', '.').into_iter().map(Block::text));
    }
    let recording = meeting.recording_note.trim();
    if !recording.is_empty() {
        blocks.push(labelled("Ghi âm, ghi hình: ", &end_with_full_stop(recording)));
    }
    blocks
}

/// The meeting's documents, then each agenda item's, each once, with a
/// capital as the first word of a list line.
fn all_documents(meeting: &Meeting) -> Vec<String> {
    let mut documents: Vec<String> = Vec::new();
    for d in meeting.documents.iter().chain(meeting.agenda.iter().flat_map(|a| &a.documents)) {
        let d = upper_first(&bare_list_item(d));
        if !d.is_empty() && !documents.contains(&d) {
            documents.push(d);
        }
    }
    documents
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
                    format!("Đồng chí {} (lý do: {})", directory.name_and_position(a.person_id), run_on(reason))
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
    blocks.extend(departures(meeting, directory, words));
    let leaders: Vec<String> = superior_leaders_present(meeting, directory).into_iter().map(|(_, l)| l).collect();
    if !leaders.is_empty() {
        blocks.push(Block::text(format!("{} có {}.", attended_and_directed(meeting.kind), join_and(&leaders))));
    }
    blocks.extend(delegates(meeting, directory, words));
    let guests: Vec<String> = guests_present(meeting, directory).iter().map(|g| upper_first(g)).collect();
    if !guests.is_empty() {
        let label =
            if meeting.kind == MeetingKind::StandingCommittee { "Mời dự:" } else { "Đại biểu mời dự:" };
        blocks.push(lead_in(label));
        blocks.extend(dash_list(&guests, ';', '.').into_iter().map(Block::text));
    }
    blocks
}

/// Điểm cầu: "Hội nghị được tổ chức theo hình thức trực tuyến, kết nối từ
/// điểm cầu chính tại … tới 03 điểm cầu:", each site with its headcount
/// (as counted, else the attendees who joined from it).
fn online(meeting: &Meeting, words: MeetingWords) -> Vec<Block> {
    let sites = &meeting.online_sites;
    if sites.is_empty() {
        return Vec::new();
    }
    let present = |a: &&crate::model::Attendance| a.status != AttendanceStatus::Absent;
    let headcount = |i: usize, counted: u32| match counted {
        0 => {
            let n = meeting.attendance.iter().filter(present).filter(|a| a.site == u32::try_from(i).ok()).count();
            u32::try_from(n).unwrap_or(u32::MAX)
        }
        n => n,
    };
    let counts: Vec<u32> = sites.iter().enumerate().map(|(i, s)| headcount(i, s.participants)).collect();
    let mut blocks = vec![lead_in(&online_opening(words.noun(), &meeting.place, sites.len()))];
    let lines: Vec<String> = sites.iter().zip(&counts).map(|(s, n)| site_line(&s.name, *n)).collect();
    blocks.extend(dash_list(&lines, ';', '.').into_iter().map(Block::text));
    blocks
}

/// Đại biểu theo thành phần: one block per category, "Bí thư các chi bộ
/// trực thuộc dự hội nghị: 03 đồng chí:" then "- Đồng chí X, chức vụ;".
fn delegates(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    let attending =
        meeting.attendance.iter().filter(|a| a.role == AttendeeRole::Delegate && a.status != AttendanceStatus::Absent);
    for a in attending {
        let category = match a.category.trim() {
            "" => "Đại biểu".to_string(),
            c => upper_first(c),
        };
        let who = format!("Đồng chí {}", directory.full_description(a.person_id));
        match groups.iter_mut().find(|(c, _)| *c == category) {
            Some((_, people)) => people.push(who),
            None => groups.push((category, vec![who])),
        }
    }
    let mut blocks = Vec::new();
    for (category, people) in groups {
        let n = u32::try_from(people.len()).unwrap_or(u32::MAX);
        blocks.push(lead_in(&format!("{category} dự {}: {} đồng chí:", words.short_noun(), count(n))));
        blocks.extend(dash_list(&people, ';', '.').into_iter().map(Block::text));
    }
    blocks
}

/// Rời hội nghị sớm: "Đồng chí X, chức vụ xin phép rời hội nghị lúc 16 giờ
/// 00 phút (lý do: …), không tham gia biểu quyết nội dung 2." A member
/// misses the votes of the item they left before and of every later item.
fn departures(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    meeting
        .attendance
        .iter()
        .filter(|a| a.status != AttendanceStatus::Absent)
        .filter_map(|a| a.departure.as_ref().map(|d| (a, d)))
        .map(|(a, d)| {
            let mut missed: Vec<usize> = match (a.role, d.before_item) {
                (AttendeeRole::Member, Some(first)) => meeting
                    .votes
                    .iter()
                    .filter_map(|v| v.agenda_item)
                    .filter(|i| *i >= first && (*i as usize) < meeting.agenda.len())
                    .map(|i| i as usize + 1)
                    .collect(),
                _ => Vec::new(),
            };
            missed.sort_unstable();
            missed.dedup();
            // Named here first (guests and leaders are listed after): a
            // member as in the absence list, others as guests are described.
            let who = match a.role {
                AttendeeRole::Member => directory.name_and_position(a.person_id),
                _ => directory.full_description(a.person_id),
            };
            Block::text(departure(&format!("đồng chí {who}"), words.noun(), d.time, &d.reason, &missed))
        })
        .collect()
}

/// Nội dung: the agenda, then how it went. When agenda items own content
/// (a presenter, cited documents, speeches or votes under them), item by
/// item — with two or more items each under "Nội dung N: …" — who presented
/// which documents, the discussion, the votes with any reserved opinions;
/// speeches under no item stand before the items when they came before the
/// first item's speeches (the opening), after them otherwise (closing
/// words); votes under no item follow as "3. Biểu quyết:". Otherwise every
/// speech in order, then every vote.
///
/// A speech reads "- Đồng chí X, chức vụ trình bày …" (the position at
/// first mention; a text that already names its speaker is kept as typed; a
/// speech whose speaker was never chosen reads "Ý kiến: …", so its text is
/// not lost). A speech with no text (left by a crash, or a speaker picked
/// and never written) is never printed; the export checks name it.
fn proceedings(meeting: &Meeting, directory: &Directory, words: MeetingWords) -> Vec<Block> {
    let noun = words.short_noun();
    let mut blocks = vec![Block::heading(format!("II. NỘI DUNG {}", noun.to_uppercase()))];
    if !meeting.agenda.is_empty() {
        blocks.push(lead_in(&format!("1. Chương trình {noun}:")));
        let items: Vec<String> = meeting.agenda.iter().map(|a| upper_first(&a.title)).collect();
        blocks.extend(dash_list(&items, ';', '.').into_iter().map(Block::text));
    }
    let mut story = Story::new(meeting, directory, words);
    let owned = |item: Option<u32>| item.is_some_and(|i| (i as usize) < meeting.agenda.len());
    let spoken: Vec<&Speech> = meeting.speeches.iter().filter(|s| !s.text.trim().is_empty()).collect();
    let structured = spoken.iter().any(|s| owned(s.agenda_item))
        || meeting.votes.iter().any(|v| owned(v.agenda_item))
        || meeting.agenda.iter().any(|a| a.presenter_id.is_some() || a.documents.iter().any(|d| !d.trim().is_empty()));
    let loose_speeches: Vec<&Speech> = spoken.iter().copied().filter(|s| !owned(s.agenda_item)).collect();
    let loose_votes: Vec<&Vote> = meeting.votes.iter().filter(|v| !owned(v.agenda_item)).collect();

    let story_blocks = if structured {
        // Speeches under no item keep their place: those before the first
        // item's (opening) come first, the others (closing words) after.
        let first_owned = spoken.iter().position(|s| owned(s.agenda_item)).unwrap_or(spoken.len());
        let loose = |before: bool| -> Vec<&Speech> {
            let at = |i: usize| if before { i < first_owned } else { i > first_owned };
            spoken.iter().enumerate().filter(|(i, s)| at(*i) && !owned(s.agenda_item)).map(|(_, s)| *s).collect()
        };
        let mut told: Vec<Block> = loose(true).iter().map(|s| story.speech(s)).collect();
        let headed = meeting.agenda.len() >= 2;
        for (i, item) in meeting.agenda.iter().enumerate() {
            let index = u32::try_from(i).ok();
            let speeches: Vec<&Speech> = spoken.iter().copied().filter(|s| s.agenda_item == index).collect();
            let votes: Vec<&Vote> = meeting.votes.iter().filter(|v| v.agenda_item == index).collect();
            told.extend(story.item(i, item, &speeches, &votes, headed, spoken.is_empty()));
        }
        told.extend(loose(false).iter().map(|s| story.speech(s)));
        told
    } else {
        loose_speeches.iter().map(|s| story.speech(s)).collect()
    };
    if !story_blocks.is_empty() {
        blocks.push(lead_in(&format!("2. Diễn biến {noun}:")));
        blocks.extend(story_blocks);
    } else if spoken.is_empty() && !meeting.agenda.is_empty() {
        // Said, not left to be guessed: nobody spoke.
        blocks.push(Block::text(format!("{} không có ý kiến thảo luận.", words.assembly())));
    }
    if !loose_votes.is_empty() {
        blocks.push(lead_in("3. Biểu quyết:"));
        for vote in loose_votes {
            blocks.extend(story.vote(vote));
        }
    }
    blocks
}

/// The proceedings as they are told, remembering who has been introduced
/// (position at first mention only).
struct Story<'a> {
    meeting: &'a Meeting,
    directory: &'a Directory<'a>,
    words: MeetingWords,
    introduced: Vec<PersonId>,
}

impl<'a> Story<'a> {
    fn new(meeting: &'a Meeting, directory: &'a Directory<'a>, words: MeetingWords) -> Story<'a> {
        let mut introduced: Vec<PersonId> = meeting.chair_ids.clone();
        introduced.extend(meeting.minute_taker_id);
        Story { meeting, directory, words, introduced }
    }

    /// "Lê Quang Hưng, Phó Bí thư Đảng ủy" the first time, "Lê Quang Hưng" after.
    fn who(&mut self, id: PersonId) -> String {
        let who = if self.introduced.contains(&id) {
            self.directory.speaker(id)
        } else {
            self.directory.name_and_position(id)
        };
        self.introduced.push(id);
        who
    }

    fn speech(&mut self, speech: &Speech) -> Block {
        let text = speech.text.trim();
        match speech.speaker_id {
            Some(id) if text.starts_with("Đồng chí") || text.contains(&self.directory.name(id)) => {
                self.introduced.push(id);
                Block::text(format!("- {text}"))
            }
            Some(id) => {
                let who = self.who(id);
                Block::body(vec![
                    Span::plain("- "),
                    Span::bold(format!("Đồng chí {who}")),
                    Span::plain(format!(" {}", run_on(text))),
                ])
            }
            None => Block::text(format!("- Ý kiến: {text}")),
        }
    }

    /// One agenda item that owns content: its heading when `headed`, who
    /// presented which documents (and that nobody discussed it, when nobody
    /// spoke at the whole meeting), its speeches, its votes. An item with
    /// nothing under it is left out (its title is in the programme).
    fn item(
        &mut self,
        index: usize,
        item: &AgendaItem,
        speeches: &[&Speech],
        votes: &[&Vote],
        headed: bool,
        silent: bool,
    ) -> Vec<Block> {
        let documents: Vec<String> = item.documents.iter().filter(|d| !d.trim().is_empty()).cloned().collect();
        let presenter = item.presenter_id.map(|id| format!("đồng chí {}", self.who(id)));
        let presentation = presented(presenter.as_deref(), self.words.assembly(), &item.title, &documents);
        if presentation.is_none() && speeches.is_empty() && votes.is_empty() {
            return Vec::new();
        }
        let mut blocks = Vec::new();
        if headed {
            let title = item.title.trim().trim_end_matches(['.', ';', ':']).trim_end();
            let spans = match title {
                "" => vec![Span { text: format!("Nội dung {}.", index + 1), bold: true, italic: true }],
                _ => vec![
                    Span { text: format!("Nội dung {}: ", index + 1), bold: true, italic: true },
                    Span::plain(format!("{}.", upper_first(title))),
                ],
            };
            blocks.push(Block { keep_with_next: true, ..Block::body(spans) });
        }
        if let Some(line) = presentation {
            // The presenter in bold, as a speaker is.
            let named = presenter.as_deref().map(upper_first).and_then(|who| {
                line.strip_prefix(&who)
                    .map(|rest| Block::body(vec![Span::plain("- "), Span::bold(who.clone()), Span::plain(rest)]))
            });
            blocks.push(named.unwrap_or_else(|| Block::text(format!("- {line}"))));
            if silent {
                blocks.push(Block::text(format!("- {} không có ý kiến thảo luận.", self.words.assembly())));
            }
        }
        blocks.extend(speeches.iter().map(|s| self.speech(s)));
        for vote in votes {
            blocks.extend(self.vote(vote));
        }
        blocks
    }

    /// A vote by its method — show of hands, secret ballot with its count,
    /// election with a line per candidate — then the reserved opinions, each
    /// a "- " line. After a departure, who could vote is said: "(có mặt
    /// 11/13 đồng chí)".
    fn vote(&mut self, vote: &Vote) -> Vec<Block> {
        let m = self.meeting;
        let people = self.directory.people();
        let words = self.words;
        let base = voting_base(m, people);
        let present = match departed_before(m, vote.agenda_item).count() {
            0 => String::new(),
            _ => format!(" (có mặt {}/{base} {})", voters_at(m, people, vote), words.voters()),
        };
        let question = run_on(vote.question.trim().trim_end_matches('.'));
        let ballots = vote.ballots.map(|b| format!(" {}.", ballot_count(b))).unwrap_or_default();
        let mut lines = match vote.method {
            VoteMethod::Election => {
                let office = strip_word(&question, "bầu");
                let what =
                    if office.is_empty() { "tiến hành bầu cử".to_string() } else { format!("bầu {office}") };
                let mut lines =
                    vec![format!("{} {what} bằng hình thức bỏ phiếu kín{present}.{ballots}", words.assembly())];
                for c in &vote.candidates {
                    let who = format!("Đồng chí {}", self.who(c.person_id));
                    lines.push(candidate_result(&who, c.votes, base, c.elected));
                }
                lines
            }
            method => {
                let result = vote_result(vote.votes_for, vote.votes_against, vote.votes_other, base, words.voters());
                vec![format!(
                    "{} biểu quyết bằng hình thức {} {question}{present}.{ballots} Kết quả: {result}.",
                    words.assembly(),
                    vote_method(method),
                )]
            }
        };
        for opinion in &vote.reserved_opinions {
            let who = format!("đồng chí {}", self.who(opinion.person_id));
            lines.push(reserved_opinion(&who, &opinion.text, words.decider()));
        }
        lines.into_iter().map(|line| Block::text(format!("- {line}"))).collect()
    }
}

/// `text` without a leading `word` ("Bầu bổ sung …" → "bổ sung …").
fn strip_word(text: &str, word: &str) -> String {
    let lower = text.to_lowercase();
    match lower.strip_prefix(word) {
        Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
            text.chars().skip(word.chars().count()).collect::<String>().trim().to_string()
        }
        _ => text.to_string(),
    }
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

/// The read-back line, end time and copies; the last paragraph closes with "./.".
fn ending(meeting: &Meeting, words: MeetingWords) -> Vec<Block> {
    let mut blocks = Vec::new();
    if meeting.read_back {
        blocks.push(Block::text(words.read_back()));
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committee_is_named_from_the_issuer_and_once_in_the_opening() {
        assert_eq!(committee("Đảng ủy phường Hòa Bình"), "Ban Chấp hành Đảng bộ phường Hòa Bình");
        assert_eq!(committee("Thành ủy Hà Nội"), "Ban Chấp hành Đảng bộ thành phố Hà Nội");
        assert_eq!(committee("Huyện ủy Gia Lâm"), "Ban Chấp hành Đảng bộ huyện Gia Lâm");
        assert_eq!(committee("Đảng ủy Khối cơ quan tỉnh"), "Ban Chấp hành Đảng bộ Khối cơ quan tỉnh");
        let c = "Ban Chấp hành Đảng bộ phường Hòa Bình";
        assert_eq!(
            without_committee("hội nghị Ban Chấp hành Đảng bộ phường lần thứ 6 (khóa I)", c),
            "hội nghị lần thứ 6 (khóa I)"
        );
        assert_eq!(
            without_committee("hội nghị Ban Chấp hành Đảng bộ phường Hòa Bình lần thứ 6", c),
            "hội nghị lần thứ 6"
        );
        assert_eq!(without_committee("hội nghị Ban Chấp hành mở rộng", c), "hội nghị mở rộng");
        assert_eq!(without_committee("hội nghị sơ kết quý I", c), "hội nghị sơ kết quý I");
    }
}
