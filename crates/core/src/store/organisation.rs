//! SQL of the `organisation` table: the single row describing the office.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use super::codec::{date_text, from_json, parse_date, to_json};
use crate::model::OrganisationProfile;

pub(super) fn get(conn: &Connection) -> Result<Option<OrganisationProfile>, StoreError> {
    let row = conn
        .query_row(
            "SELECT superior_body, issuing_body, issuer_code, place_name, signers, recipients,
                    format_profile, term_start, issuing_body_name, superior_body_name
             FROM organisation WHERE id = 1",
            [],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                ))
            },
        )
        .optional()?;
    let Some((
        superior,
        issuing_body,
        issuer_code,
        place_name,
        signers,
        recipients,
        format_profile,
        term,
        name,
        superior_name,
    )) = row
    else {
        return Ok(None);
    };
    Ok(Some(OrganisationProfile {
        superior_body: from_json("organisation.superior_body", &superior)?,
        issuing_body,
        issuing_body_name: name,
        issuer_code,
        place_name,
        signers: from_json("organisation.signers", &signers)?,
        recipients: from_json("organisation.recipients", &recipients)?,
        format_profile,
        term_start: parse_date("organisation.term_start", &term)?,
        superior_body_name: from_json("organisation.superior_body_name", &superior_name)?,
    }))
}

pub(super) fn put(conn: &Connection, p: &OrganisationProfile) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO organisation (id, superior_body, issuing_body, issuer_code, place_name, signers,
                                   recipients, format_profile, term_start, issuing_body_name,
                                   superior_body_name)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET
            superior_body = excluded.superior_body, issuing_body = excluded.issuing_body,
            issuer_code = excluded.issuer_code, place_name = excluded.place_name,
            signers = excluded.signers, recipients = excluded.recipients,
            format_profile = excluded.format_profile, term_start = excluded.term_start,
            issuing_body_name = excluded.issuing_body_name, superior_body_name = excluded.superior_body_name",
        params![
            to_json("organisation.superior_body", &p.superior_body)?,
            p.issuing_body,
            p.issuer_code,
            p.place_name,
            to_json("organisation.signers", &p.signers)?,
            to_json("organisation.recipients", &p.recipients)?,
            p.format_profile,
            date_text(p.term_start),
            p.issuing_body_name,
            to_json("organisation.superior_body_name", &p.superior_body_name)?,
        ],
    )?;
    Ok(())
}

/// Start of the current term, which scopes document numbers.
pub(super) fn term_start(conn: &Connection) -> Result<Option<NaiveDate>, StoreError> {
    let text: Option<String> =
        conn.query_row("SELECT term_start FROM organisation WHERE id = 1", [], |r| r.get(0)).optional()?;
    text.map(|t| parse_date("organisation.term_start", &t)).transpose()
}
