//! Between `model::Meeting` (person ids) and `MeetingEntry` (person keys).

use std::collections::HashMap;

use super::InterchangeError;
use super::document::{
    AgendaEntry, AssigneeEntry, AttendanceEntry, CandidateEntry, ConclusionsEntry, ItemEntry, MeetingEntry,
    ReservedOpinionEntry, ResolutionEntry, SectionEntry, SpeechEntry, VoteEntry,
};
use crate::model::{
    AgendaItem, Assignee, Attendance, CandidateResult, ConclusionItem, Conclusions, Meeting, PersonId, ReservedOpinion,
    ResolutionContent, ResolutionSection, Speech, Vote, VoteMethod,
};

/// The key export gives to the person at `index` of the people list.
pub(super) fn key_for(index: usize) -> String {
    format!("p{}", index + 1)
}

/// Builds the model meeting (id 0), resolving every key through `keys`.
pub(super) fn meeting_from_entry(
    e: &MeetingEntry,
    keys: &HashMap<String, PersonId>,
) -> Result<Meeting, InterchangeError> {
    check_indexes_and_methods(e)?;
    let id = |key: &str, path: String| {
        keys.get(key).copied().ok_or_else(|| InterchangeError::UnknownPerson { path, key: key.to_string() })
    };
    let items = |items: &[ItemEntry], path: &str| -> Result<Vec<ConclusionItem>, InterchangeError> {
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                Ok(ConclusionItem {
                    text: item.text.clone(),
                    sub_points: item.sub_points.clone(),
                    assignees: item
                        .assignees
                        .iter()
                        .enumerate()
                        .map(|(j, a)| match a {
                            AssigneeEntry::Body { name } => Ok(Assignee::Body { name: name.clone() }),
                            AssigneeEntry::Person { person } => Ok(Assignee::Person {
                                person_id: id(person, format!("{path}[{i}].assignees[{j}].person"))?,
                            }),
                        })
                        .collect::<Result<_, InterchangeError>>()?,
                    deadline: item.deadline,
                    body_first: item.body_first,
                })
            })
            .collect()
    };
    Ok(Meeting {
        id: 0,
        kind: e.kind,
        title: e.title.clone(),
        subject: e.subject.clone(),
        issuer: e.issuer.clone(),
        date: e.date,
        start_time: e.start_time,
        end_time: e.end_time,
        place: e.place.clone(),
        online_sites: e.online_sites.clone(),
        chair_ids: e
            .chairs
            .iter()
            .enumerate()
            .map(|(i, key)| id(key, format!("meeting.chairs[{i}]")))
            .collect::<Result<_, _>>()?,
        minute_taker_id: e.minute_taker.as_deref().map(|k| id(k, "meeting.minute_taker".to_string())).transpose()?,
        members_convened: e.members_convened,
        agenda: e
            .agenda
            .iter()
            .enumerate()
            .map(|(i, a)| {
                Ok(AgendaItem {
                    title: a.title.clone(),
                    presenter_id: a
                        .presenter
                        .as_deref()
                        .map(|k| id(k, format!("meeting.agenda[{i}].presenter")))
                        .transpose()?,
                    documents: a.documents.clone(),
                })
            })
            .collect::<Result<_, InterchangeError>>()?,
        documents: e.documents.clone(),
        recording_note: e.recording_note.clone(),
        attendance: e
            .attendance
            .iter()
            .enumerate()
            .map(|(i, a)| {
                Ok(Attendance {
                    person_id: id(&a.person, format!("meeting.attendance[{i}].person"))?,
                    role: a.role,
                    status: a.status,
                    reason: a.reason.clone(),
                    arrival_time: a.arrival_time,
                    departure: a.departure.clone(),
                    category: a.category.clone(),
                    site: a.site,
                })
            })
            .collect::<Result<_, InterchangeError>>()?,
        speeches: e
            .speeches
            .iter()
            .enumerate()
            .map(|(i, s)| {
                Ok(Speech {
                    speaker_id: s
                        .speaker
                        .as_deref()
                        .map(|k| id(k, format!("meeting.speeches[{i}].speaker")))
                        .transpose()?,
                    time: s.time,
                    text: s.text.clone(),
                    agenda_item: s.agenda_item,
                })
            })
            .collect::<Result<_, InterchangeError>>()?,
        votes: e
            .votes
            .iter()
            .enumerate()
            .map(|(i, v)| {
                Ok(Vote {
                    question: v.question.clone(),
                    method: v.method,
                    votes_for: v.votes_for,
                    votes_against: v.votes_against,
                    votes_other: v.votes_other,
                    agenda_item: v.agenda_item,
                    ballots: v.ballots,
                    candidates: v
                        .candidates
                        .iter()
                        .enumerate()
                        .map(|(j, c)| {
                            Ok(CandidateResult {
                                person_id: id(&c.person, format!("meeting.votes[{i}].candidates[{j}].person"))?,
                                votes: c.votes,
                                elected: c.elected,
                            })
                        })
                        .collect::<Result<_, InterchangeError>>()?,
                    reserved_opinions: v
                        .reserved_opinions
                        .iter()
                        .enumerate()
                        .map(|(j, r)| {
                            Ok(ReservedOpinion {
                                person_id: id(&r.person, format!("meeting.votes[{i}].reserved_opinions[{j}].person"))?,
                                text: r.text.clone(),
                            })
                        })
                        .collect::<Result<_, InterchangeError>>()?,
                })
            })
            .collect::<Result<_, InterchangeError>>()?,
        conclusions: Conclusions {
            concluded_by: e
                .conclusions
                .concluded_by
                .as_deref()
                .map(|k| id(k, "meeting.conclusions.concluded_by".to_string()))
                .transpose()?,
            intro: e.conclusions.intro.clone(),
            items: items(&e.conclusions.items, "meeting.conclusions.items")?,
        },
        resolution: ResolutionContent {
            legal_bases: e.resolution.legal_bases.clone(),
            sections: e
                .resolution
                .sections
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    Ok(ResolutionSection {
                        title: s.title.clone(),
                        items: items(&s.items, &format!("meeting.resolution.sections[{i}].items"))?,
                    })
                })
                .collect::<Result<_, InterchangeError>>()?,
        },
        signer: e.signer.clone(),
        recipients: e.recipients.clone(),
        copies: e.copies,
        read_back: e.read_back,
    })
}

/// Every index points into its list (agenda items, online sites) and each
/// vote holds only the results its method has.
fn check_indexes_and_methods(e: &MeetingEntry) -> Result<(), InterchangeError> {
    let within = |index: Option<u32>, list: &'static str, len: usize, path: String| match index {
        Some(index) if usize::try_from(index).map_or(true, |i| i >= len) => {
            Err(InterchangeError::IndexOutOfRange { path, index, list, len })
        }
        _ => Ok(()),
    };
    let agenda = e.agenda.len();
    for (i, a) in e.attendance.iter().enumerate() {
        within(a.site, "meeting.online_sites", e.online_sites.len(), format!("meeting.attendance[{i}].site"))?;
        if let Some(departure) = &a.departure {
            let path = format!("meeting.attendance[{i}].departure.before_item");
            within(departure.before_item, "meeting.agenda", agenda, path)?;
        }
    }
    for (i, s) in e.speeches.iter().enumerate() {
        within(s.agenda_item, "meeting.agenda", agenda, format!("meeting.speeches[{i}].agenda_item"))?;
    }
    for (i, v) in e.votes.iter().enumerate() {
        within(v.agenda_item, "meeting.agenda", agenda, format!("meeting.votes[{i}].agenda_item"))?;
        const WITH_BALLOTS: &[VoteMethod] = &[VoteMethod::Ballot, VoteMethod::Election];
        if v.ballots.is_some() && !WITH_BALLOTS.contains(&v.method) {
            let path = format!("meeting.votes[{i}].ballots");
            return Err(InterchangeError::NotForMethod { path, method: v.method, allowed: WITH_BALLOTS });
        }
        if !v.candidates.is_empty() && v.method != VoteMethod::Election {
            let path = format!("meeting.votes[{i}].candidates");
            return Err(InterchangeError::NotForMethod { path, method: v.method, allowed: &[VoteMethod::Election] });
        }
    }
    Ok(())
}

/// Gives keys to people in order of first mention, or (the whole-archive
/// file) the keys of a people list given up front.
#[derive(Default)]
struct Keys {
    order: Vec<PersonId>,
    index: HashMap<PersonId, usize>,
    given: Option<HashMap<PersonId, String>>,
}

impl Keys {
    fn key(&mut self, id: PersonId) -> String {
        if let Some(given) = &self.given {
            // Every referenced person is in the list (foreign keys).
            return given.get(&id).cloned().unwrap_or_default();
        }
        let next = self.order.len();
        let index = *self.index.entry(id).or_insert(next);
        if index == next {
            self.order.push(id);
        }
        key_for(index)
    }

    fn items(&mut self, items: &[ConclusionItem]) -> Vec<ItemEntry> {
        items
            .iter()
            .map(|item| ItemEntry {
                text: item.text.clone(),
                sub_points: item.sub_points.clone(),
                assignees: item
                    .assignees
                    .iter()
                    .map(|a| match a {
                        Assignee::Body { name } => AssigneeEntry::Body { name: name.clone() },
                        Assignee::Person { person_id } => AssigneeEntry::Person { person: self.key(*person_id) },
                    })
                    .collect(),
                deadline: item.deadline,
                body_first: item.body_first,
            })
            .collect()
    }
}

/// The entry for `m` and the person ids in key order ("p1" first).
pub(super) fn meeting_to_entry(m: &Meeting) -> (MeetingEntry, Vec<PersonId>) {
    let mut keys = Keys::default();
    let entry = entry_with(m, &mut keys);
    (entry, keys.order)
}

/// The entry for `m`, naming each person by its key in `given`.
pub(super) fn meeting_to_entry_with(m: &Meeting, given: &HashMap<PersonId, String>) -> MeetingEntry {
    entry_with(m, &mut Keys { given: Some(given.clone()), ..Keys::default() })
}

fn entry_with(m: &Meeting, keys: &mut Keys) -> MeetingEntry {
    // Field order below fixes the key order: attendance first, so the
    // roster reads p1, p2, … in the order of the minutes.
    let attendance = m
        .attendance
        .iter()
        .map(|a| AttendanceEntry {
            person: keys.key(a.person_id),
            role: a.role,
            status: a.status,
            reason: a.reason.clone(),
            arrival_time: a.arrival_time,
            departure: a.departure.clone(),
            category: a.category.clone(),
            site: a.site,
        })
        .collect();
    let chairs = m.chair_ids.iter().map(|&id| keys.key(id)).collect();
    let minute_taker = m.minute_taker_id.map(|id| keys.key(id));
    let speeches = m
        .speeches
        .iter()
        .map(|s| SpeechEntry {
            speaker: s.speaker_id.map(|id| keys.key(id)),
            time: s.time,
            text: s.text.clone(),
            agenda_item: s.agenda_item,
        })
        .collect();
    let agenda = m
        .agenda
        .iter()
        .map(|a| AgendaEntry {
            title: a.title.clone(),
            presenter: a.presenter_id.map(|id| keys.key(id)),
            documents: a.documents.clone(),
        })
        .collect();
    let votes = m
        .votes
        .iter()
        .map(|v| VoteEntry {
            question: v.question.clone(),
            method: v.method,
            votes_for: v.votes_for,
            votes_against: v.votes_against,
            votes_other: v.votes_other,
            agenda_item: v.agenda_item,
            ballots: v.ballots,
            candidates: v
                .candidates
                .iter()
                .map(|c| CandidateEntry { person: keys.key(c.person_id), votes: c.votes, elected: c.elected })
                .collect(),
            reserved_opinions: v
                .reserved_opinions
                .iter()
                .map(|r| ReservedOpinionEntry { person: keys.key(r.person_id), text: r.text.clone() })
                .collect(),
        })
        .collect();
    let conclusions = ConclusionsEntry {
        concluded_by: m.conclusions.concluded_by.map(|id| keys.key(id)),
        intro: m.conclusions.intro.clone(),
        items: keys.items(&m.conclusions.items),
    };
    let resolution = ResolutionEntry {
        legal_bases: m.resolution.legal_bases.clone(),
        sections: m
            .resolution
            .sections
            .iter()
            .map(|s| SectionEntry { title: s.title.clone(), items: keys.items(&s.items) })
            .collect(),
    };
    MeetingEntry {
        kind: m.kind,
        title: m.title.clone(),
        subject: m.subject.clone(),
        issuer: m.issuer.clone(),
        date: m.date,
        start_time: m.start_time,
        end_time: m.end_time,
        place: m.place.clone(),
        online_sites: m.online_sites.clone(),
        chairs,
        minute_taker,
        members_convened: m.members_convened,
        agenda,
        documents: m.documents.clone(),
        recording_note: m.recording_note.clone(),
        attendance,
        speeches,
        votes,
        conclusions,
        resolution,
        signer: m.signer.clone(),
        recipients: m.recipients.clone(),
        copies: m.copies,
        read_back: m.read_back,
    }
}
