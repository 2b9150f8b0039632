//! Text hygiene at the storage boundary: every string of a record passes
//! through `text::clean` (NFC, XML-invalid characters removed) before it is
//! written, whichever caller (UI, import, CLI) produced it.

use crate::format_profile::FormatProfile;
use crate::model::{
    AgendaItem, Assignee, ConclusionItem, Conclusions, IssuerSnapshot, Meeting, NewPerson, OnlineSite,
    OrganisationProfile, Person, ReservedOpinion, ResolutionContent, ResolutionSection, Signer, Speech, Vote,
};
use crate::text::{clean, clean_line};

fn lines(values: &[String]) -> Vec<String> {
    values.iter().map(|v| clean(v)).collect()
}

fn signer(s: &Signer) -> Signer {
    Signer { name: clean(&s.name), position: clean(&s.position), authority: clean(&s.authority) }
}

/// The header capitals of a body whose running-text name was typed are
/// derived from that name (upper-casing is exact; lower-casing is not).
fn issuing_body(caps: &str, name: &str) -> (String, String) {
    let name = clean(name.trim());
    if name.is_empty() { (clean(caps), name) } else { (crate::wording::upper_vietnamese(&name), name) }
}

/// The superior body's header lines, derived line by line from the
/// running-text lines when those were typed.
fn superior_body(caps: &[String], names: &[String]) -> (Vec<String>, Vec<String>) {
    let names: Vec<String> = names.iter().map(|n| clean(n.trim())).filter(|n| !n.is_empty()).collect();
    if names.is_empty() {
        (lines(caps), names)
    } else {
        (names.iter().map(|n| crate::wording::upper_vietnamese(n)).collect(), names)
    }
}

pub(super) fn issuer(i: &IssuerSnapshot) -> IssuerSnapshot {
    let (issuing_body, issuing_body_name) = issuing_body(&i.issuing_body, &i.issuing_body_name);
    let (superior_body, superior_body_name) = superior_body(&i.superior_body, &i.superior_body_name);
    IssuerSnapshot {
        superior_body,
        superior_body_name,
        issuing_body,
        issuing_body_name,
        issuer_code: clean(&i.issuer_code),
        place_name: clean(&i.place_name),
    }
}

pub(super) fn organisation(p: &OrganisationProfile) -> OrganisationProfile {
    let (issuing_body, issuing_body_name) = issuing_body(&p.issuing_body, &p.issuing_body_name);
    let (superior_body, superior_body_name) = superior_body(&p.superior_body, &p.superior_body_name);
    OrganisationProfile {
        superior_body,
        superior_body_name,
        issuing_body,
        issuing_body_name,
        issuer_code: clean(&p.issuer_code),
        place_name: clean(&p.place_name),
        signers: p.signers.iter().map(signer).collect(),
        recipients: lines(&p.recipients),
        format_profile: clean(&p.format_profile),
        term_start: p.term_start,
    }
}

pub(super) fn format_profile(p: &FormatProfile) -> FormatProfile {
    FormatProfile { name: clean(&p.name), font: clean(&p.font), number_prefix: clean(&p.number_prefix), ..p.clone() }
}

pub(super) fn new_person(p: &NewPerson) -> NewPerson {
    NewPerson {
        full_name: clean_line(&p.full_name),
        position: clean_line(&p.position),
        unit: clean_line(&p.unit),
        member_kind: p.member_kind,
    }
}

pub(super) fn person(p: &Person) -> Person {
    Person {
        id: p.id,
        full_name: clean_line(&p.full_name),
        position: clean_line(&p.position),
        unit: clean_line(&p.unit),
        member_kind: p.member_kind,
    }
}

fn item(i: &ConclusionItem) -> ConclusionItem {
    ConclusionItem {
        text: clean(&i.text),
        sub_points: lines(&i.sub_points),
        assignees: i
            .assignees
            .iter()
            .map(|a| match a {
                Assignee::Body { name } => Assignee::Body { name: clean(name) },
                Assignee::Person { person_id } => Assignee::Person { person_id: *person_id },
            })
            .collect(),
        deadline: i.deadline,
        body_first: i.body_first,
    }
}

pub(super) fn meeting(m: &Meeting) -> Meeting {
    let mut m = m.clone();
    m.title = clean(&m.title);
    m.subject = clean(&m.subject);
    m.issuer = issuer(&m.issuer);
    m.place = clean(&m.place);
    m.online_sites =
        m.online_sites.iter().map(|s| OnlineSite { name: clean(&s.name), participants: s.participants }).collect();
    m.agenda = m
        .agenda
        .iter()
        .map(|a| AgendaItem { title: clean(&a.title), presenter_id: a.presenter_id, documents: lines(&a.documents) })
        .collect();
    m.documents = lines(&m.documents);
    m.recording_note = clean(&m.recording_note);
    for a in &mut m.attendance {
        a.reason = clean(&a.reason);
        a.category = clean(&a.category);
        if let Some(d) = &mut a.departure {
            d.reason = clean(&d.reason);
        }
    }
    m.speeches = m.speeches.iter().map(|s| Speech { text: clean(&s.text), ..s.clone() }).collect();
    m.votes = m
        .votes
        .iter()
        .map(|v| Vote {
            question: clean(&v.question),
            reserved_opinions: v
                .reserved_opinions
                .iter()
                .map(|r| ReservedOpinion { person_id: r.person_id, text: clean(&r.text) })
                .collect(),
            ..v.clone()
        })
        .collect();
    m.conclusions = Conclusions {
        concluded_by: m.conclusions.concluded_by,
        intro: clean(&m.conclusions.intro),
        items: m.conclusions.items.iter().map(item).collect(),
    };
    m.resolution = ResolutionContent {
        legal_bases: lines(&m.resolution.legal_bases),
        sections: m
            .resolution
            .sections
            .iter()
            .map(|s| ResolutionSection { title: clean(&s.title), items: s.items.iter().map(item).collect() })
            .collect(),
    };
    m.signer = m.signer.as_ref().map(signer);
    m.recipients = lines(&m.recipients);
    m
}
