//! Wording shared by the three documents: numbers, dates, times, names,
//! list punctuation and the conclusion items.

use crate::model::{Assignee, ConclusionItem, Meeting, MeetingKind, Person, PersonId};
use crate::wording::{Actor, assignment, body_first, describe, lower_first};

use super::super::model::{Block, Span};

/// Removes the list dash and final punctuation a user may have typed, so the
/// document can add its own ("- …;" / "- …,").
pub fn bare_list_item(text: &str) -> String {
    let text = text.trim();
    let text = text.strip_prefix("- ").or_else(|| text.strip_prefix('-')).unwrap_or(text).trim_start();
    text.trim_end_matches([',', ';', '.', ':']).trim_end().to_string()
}

/// "- a;", "- b;", …, the last ending with `last`.
pub fn dash_list(items: &[String], separator: char, last: char) -> Vec<String> {
    let items: Vec<String> = items.iter().map(|i| bare_list_item(i)).filter(|i| !i.is_empty()).collect();
    let n = items.len();
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| format!("- {item}{}", if i + 1 == n { last } else { separator }))
        .collect()
}

/// Looks people up by id; a dangling id shows as a visible gap, never a panic.
pub struct Directory<'a> {
    people: &'a [Person],
    /// Ids whose full name is shared by another person in this meeting.
    ambiguous: Vec<PersonId>,
}

impl<'a> Directory<'a> {
    pub fn new(people: &'a [Person], meeting: &Meeting) -> Directory<'a> {
        let mut involved: Vec<PersonId> = meeting.attendance.iter().map(|a| a.person_id).collect();
        involved.extend(meeting.speeches.iter().filter_map(|s| s.speaker_id));
        involved.extend(meeting.chair_ids.iter().copied());
        involved.extend(meeting.minute_taker_id);
        involved.extend(meeting.agenda.iter().filter_map(|a| a.presenter_id));
        for vote in &meeting.votes {
            involved.extend(vote.candidates.iter().map(|c| c.person_id));
            involved.extend(vote.reserved_opinions.iter().map(|r| r.person_id));
        }
        let items = meeting.conclusions.items.iter().chain(meeting.resolution.sections.iter().flat_map(|s| &s.items));
        involved.extend(items.flat_map(|i| &i.assignees).filter_map(|a| match a {
            Assignee::Person { person_id } => Some(*person_id),
            Assignee::Body { .. } => None,
        }));
        involved.sort_unstable();
        involved.dedup();
        let persons: Vec<&Person> = involved.iter().filter_map(|id| people.iter().find(|p| p.id == *id)).collect();
        // Names are stored in NFC (text::clean), so equal names are equal bytes.
        let ambiguous = persons
            .iter()
            .filter(|p| persons.iter().any(|q| q.id != p.id && q.full_name.trim() == p.full_name.trim()))
            .map(|p| p.id)
            .collect();
        Directory { people, ambiguous }
    }

    pub fn people(&self) -> &'a [Person] {
        self.people
    }

    pub fn get(&self, id: PersonId) -> Option<&'a Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn name(&self, id: PersonId) -> String {
        self.get(id).map(|p| p.full_name.trim().to_string()).unwrap_or_else(|| "…".to_string())
    }

    /// "Lương Hồng Điệp, Phó Bí thư Đảng ủy" (position when known).
    pub fn name_and_position(&self, id: PersonId) -> String {
        match self.get(id) {
            Some(p) => join_nonempty(&[p.full_name.trim(), p.position.trim()], ", "),
            None => "…".to_string(),
        }
    }

    /// Name, position and unit: how guests are introduced.
    pub fn full_description(&self, id: PersonId) -> String {
        match self.get(id) {
            Some(p) => describe(&p.full_name, &p.position, &p.unit),
            None => "…".to_string(),
        }
    }

    /// A speaker: the name, plus position and unit when another person in
    /// the meeting has the same name.
    pub fn speaker(&self, id: PersonId) -> String {
        if self.ambiguous.contains(&id) { self.full_description(id) } else { self.name(id) }
    }
}

/// Invited guests who came, described by name, position and unit, with
/// the note on what they attended ("(dự nội dung 1)") when one was given.
pub fn guests_present(meeting: &Meeting, directory: &Directory) -> Vec<String> {
    use crate::model::{AttendanceStatus, AttendeeRole};
    meeting
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::Guest && a.status != AttendanceStatus::Absent)
        .map(|a| {
            let note = a.category.trim().trim_start_matches('(').trim_end_matches(')').trim();
            let note = if note.is_empty() { String::new() } else { format!(" ({})", lower_first(note)) };
            format!("đồng chí {}{note}", directory.full_description(a.person_id))
        })
        .collect()
}

/// Superior leaders who came to attend and direct, "đồng chí X, chức vụ".
pub fn superior_leaders_present(meeting: &Meeting, directory: &Directory) -> Vec<(PersonId, String)> {
    use crate::model::{AttendanceStatus, AttendeeRole};
    meeting
        .attendance
        .iter()
        .filter(|a| a.role == AttendeeRole::SuperiorLeader && a.status != AttendanceStatus::Absent)
        .map(|a| (a.person_id, format!("đồng chí {}", directory.full_description(a.person_id))))
        .collect()
}

pub fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

/// Numbered conclusion items: "1. " and one sentence naming who acts (lead
/// and supporting actors) and by when — or, body first, "1. Ban Thường vụ
/// Đảng ủy: lãnh đạo, …" —, then sub-points "a) …". People are
/// told apart as in the speech list when two share a name.
pub fn numbered_items(directory: &Directory, meeting: &Meeting, items: &[ConclusionItem]) -> Vec<Block> {
    let issuer = meeting.issuer.name_in_sentence();
    let superior = meeting.issuer.superior_in_sentence();
    let standing = meeting.kind == MeetingKind::StandingCommittee;
    let mut blocks = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let actors: Vec<Actor> = item
            .assignees
            .iter()
            .map(|a| match a {
                Assignee::Body { name } => Actor::Body(name.clone()),
                Assignee::Person { person_id } => Actor::Person(format!("đồng chí {}", directory.speaker(*person_id))),
            })
            .collect();
        let has_points = item.sub_points.iter().any(|p| !p.trim().is_empty());
        let sentence = if item.body_first {
            body_first(&actors, &item.text, item.deadline, has_points)
        } else {
            assignment(&actors, &item.text, item.deadline, standing, &issuer, &superior, has_points)
        };
        blocks.push(Block {
            keep_with_next: has_points,
            ..Block::body(vec![Span::bold(format!("{}. ", i + 1)), Span::plain(sentence)])
        });
        let points: Vec<&String> = item.sub_points.iter().filter(|p| !p.trim().is_empty()).collect();
        let n = points.len();
        for (j, point) in points.into_iter().enumerate() {
            let point = bare_list_item(point);
            let end = if j + 1 == n { '.' } else { ';' };
            blocks.push(Block::text(format!("{}) {point}{end}", sub_point_letter(j))));
        }
    }
    blocks
}

/// a, b, …, y, then aa, ab, …, ay, ba, … for any count (bijective base 23
/// over the letters Vietnamese documents number with, no j, w, z).
fn sub_point_letter(index: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghiklmnopqrstuvxy";
    let n = LETTERS.len();
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(LETTERS[rest % n] as char);
        rest /= n;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_get_party_punctuation() {
        let items = vec![
            "Ban Tuyên giáo Thành ủy;".to_string(),
            "- Các chi bộ".to_string(),
            "Lưu Văn phòng Đảng ủy".to_string(),
        ];
        assert_eq!(
            dash_list(&items, ',', '.'),
            vec!["- Ban Tuyên giáo Thành ủy,", "- Các chi bộ,", "- Lưu Văn phòng Đảng ủy."]
        );
    }

    #[test]
    fn sub_points_follow_the_vietnamese_alphabet() {
        assert_eq!(sub_point_letter(0), "a");
        assert_eq!(sub_point_letter(8), "i");
        assert_eq!(sub_point_letter(9), "k");
        assert_eq!(sub_point_letter(22), "y");
        assert_eq!(sub_point_letter(23), "aa");
        assert_eq!(sub_point_letter(24), "ab");
        assert_eq!(sub_point_letter(23 + 22), "ay");
        assert_eq!(sub_point_letter(23 + 23), "ba");
        assert_eq!(sub_point_letter(23 * 24 - 1), "yy");
        assert_eq!(sub_point_letter(23 * 24), "aaa");
    }

    #[test]
    fn every_sub_point_of_a_long_list_gets_its_own_letter() {
        let letters: Vec<String> = (0..600).map(sub_point_letter).collect();
        let distinct: std::collections::HashSet<&String> = letters.iter().collect();
        assert_eq!(distinct.len(), 600);
    }
}
