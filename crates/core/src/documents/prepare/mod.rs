//! From a meeting record to a document model: what each document says, in
//! the order and wording the Party's rules give (see docs/documents.md).

mod common;
mod minutes;
mod notice;
mod resolution;

use crate::format_profile::FormatProfile;
use crate::model::{DocumentKind, Meeting, Person, Signer};

use super::model::{Closing, DocumentModel, HeaderBlock, SignatureBlock};
use crate::wording::{number_line, place_date_line, upper_vietnamese};
use common::{Directory, dash_list};

pub use crate::wording::{long_date, short_date};

/// Builds the document model of one kind from a meeting. Pure: the header
/// comes from the meeting's issuer snapshot, so a later change of the
/// organisation profile never rewrites an issued document.
pub fn prepare(
    kind: DocumentKind,
    meeting: &Meeting,
    people: &[Person],
    number: u32,
    profile: &FormatProfile,
) -> DocumentModel {
    let issuer = &meeting.issuer;
    let header = HeaderBlock {
        superior_body: issuer.superior_body.iter().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
        issuing_body: issuer.issuing_body.trim().to_string(),
        number: number_line(kind, number, &issuer.issuer_code, profile),
        place_date: place_date_line(&issuer.place_name, meeting.date),
    };
    let directory = Directory::new(people, meeting);
    let (title, summary, body, closing) = match kind {
        DocumentKind::Minutes => minutes::content(meeting, &directory),
        DocumentKind::Notice => notice::content(meeting, &directory),
        DocumentKind::Resolution => resolution::content(meeting, &directory),
    };
    DocumentModel { kind, header, title: title.to_string(), summary, body, closing }
}

/// The closing of a notice or resolution: Nơi nhận on the left, the signer
/// (T/M … / position / name) on the right. Without a signer the first chair
/// signs, with the lines left blank for the clerk to fill in.
fn official_closing(meeting: &Meeting, directory: &Directory) -> Closing {
    let right = match &meeting.signer {
        Some(Signer { name, position, authority }) => SignatureBlock {
            authority: authority
                .lines()
                .map(|l| upper_vietnamese(l.trim()))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n"),
            position: position.trim().to_uppercase(),
            position_bold: false,
            name: name.trim().to_string(),
        },
        None => SignatureBlock {
            authority: String::new(),
            position: String::new(),
            position_bold: false,
            name: meeting.chair_ids.first().map(|id| directory.name(*id)).unwrap_or_default(),
        },
    };
    Closing { left: None, right, recipients: dash_list(&meeting.recipients, ',', '.') }
}

#[cfg(test)]
mod tests;
