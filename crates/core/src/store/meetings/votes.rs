//! SQL of a meeting's votes: `meeting_votes` (question, method, counts,
//! agenda item, ballot count) and the two tables under a vote,
//! `meeting_vote_candidates` and `meeting_vote_reserved_opinions`.

use rusqlite::{Connection, params};

use crate::model::{BallotCount, CandidateResult, MeetingId, PersonId, ReservedOpinion, Vote};
use crate::store::StoreError;
use crate::store::codec::{corrupt, enum_name, enum_parse};

/// The people a vote names: candidates and holders of reserved opinions.
pub(super) fn person_ids(v: &Vote) -> impl Iterator<Item = PersonId> + '_ {
    v.candidates.iter().map(|c| c.person_id).chain(v.reserved_opinions.iter().map(|r| r.person_id))
}

/// One `meeting_votes` row as read, before its method is parsed.
struct VoteRow {
    question: String,
    method: String,
    votes_for: u32,
    votes_against: u32,
    votes_other: u32,
    agenda_item: Option<u32>,
    ballots: [Option<u32>; 4],
}

/// The meeting's votes in order, each with its candidates and reserved
/// opinions.
pub(super) fn all(conn: &Connection, id: MeetingId) -> Result<Vec<Vote>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT question, method, votes_for, votes_against, votes_other, agenda_item,
                ballots_issued, ballots_returned, ballots_valid, ballots_invalid
         FROM meeting_votes WHERE meeting_id = ?1 ORDER BY ordinal",
    )?;
    let rows = stmt
        .query_map([id], |r| {
            Ok(VoteRow {
                question: r.get(0)?,
                method: r.get(1)?,
                votes_for: r.get(2)?,
                votes_against: r.get(3)?,
                votes_other: r.get(4)?,
                agenda_item: r.get(5)?,
                ballots: [r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?],
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut votes = rows
        .into_iter()
        .map(|row| {
            let ballots = match row.ballots {
                [Some(issued), Some(returned), Some(valid), Some(invalid)] => {
                    Some(BallotCount { issued, returned, valid, invalid })
                }
                _ => None,
            };
            Ok(Vote {
                question: row.question,
                method: enum_parse("meeting_votes.method", &row.method)?,
                votes_for: row.votes_for,
                votes_against: row.votes_against,
                votes_other: row.votes_other,
                agenda_item: row.agenda_item,
                ballots,
                candidates: Vec::new(),
                reserved_opinions: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;

    let mut stmt = conn.prepare_cached(
        "SELECT vote_ordinal, person_id, votes, elected FROM meeting_vote_candidates
         WHERE meeting_id = ?1 ORDER BY vote_ordinal, ordinal",
    )?;
    let candidates = stmt.query_map([id], |r| {
        Ok((r.get::<_, u32>(0)?, CandidateResult { person_id: r.get(1)?, votes: r.get(2)?, elected: r.get(3)? }))
    })?;
    for row in candidates {
        let (vote, candidate) = row?;
        of_vote(&mut votes, vote, "meeting_vote_candidates.vote_ordinal")?.candidates.push(candidate);
    }

    let mut stmt = conn.prepare_cached(
        "SELECT vote_ordinal, person_id, text FROM meeting_vote_reserved_opinions
         WHERE meeting_id = ?1 ORDER BY vote_ordinal, ordinal",
    )?;
    let opinions =
        stmt.query_map([id], |r| Ok((r.get::<_, u32>(0)?, ReservedOpinion { person_id: r.get(1)?, text: r.get(2)? })))?;
    for row in opinions {
        let (vote, opinion) = row?;
        of_vote(&mut votes, vote, "meeting_vote_reserved_opinions.vote_ordinal")?.reserved_opinions.push(opinion);
    }
    Ok(votes)
}

/// The vote a child row belongs to. The foreign key makes a missing one
/// impossible unless the file was edited by hand.
fn of_vote<'a>(votes: &'a mut [Vote], ordinal: u32, column: &'static str) -> Result<&'a mut Vote, StoreError> {
    votes.get_mut(ordinal as usize).ok_or_else(|| corrupt(column, format!("no vote at position {ordinal}")))
}

pub(super) fn insert(conn: &Connection, id: MeetingId, rows: &[Vote]) -> Result<(), StoreError> {
    let mut vote_stmt = conn.prepare_cached(
        "INSERT INTO meeting_votes (meeting_id, ordinal, question, method, votes_for, votes_against, votes_other,
                                   agenda_item, ballots_issued, ballots_returned, ballots_valid, ballots_invalid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut candidate_stmt = conn.prepare_cached(
        "INSERT INTO meeting_vote_candidates (meeting_id, vote_ordinal, ordinal, person_id, votes, elected)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut opinion_stmt = conn.prepare_cached(
        "INSERT INTO meeting_vote_reserved_opinions (meeting_id, vote_ordinal, ordinal, person_id, text)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (ordinal, v) in (0_i64..).zip(rows) {
        let ballots = v.ballots.as_ref();
        vote_stmt.execute(params![
            id,
            ordinal,
            v.question,
            enum_name("meeting_votes.method", &v.method)?,
            v.votes_for,
            v.votes_against,
            v.votes_other,
            v.agenda_item,
            ballots.map(|b| b.issued),
            ballots.map(|b| b.returned),
            ballots.map(|b| b.valid),
            ballots.map(|b| b.invalid),
        ])?;
        for (n, c) in (0_i64..).zip(&v.candidates) {
            candidate_stmt.execute(params![id, ordinal, n, c.person_id, c.votes, c.elected])?;
        }
        for (n, r) in (0_i64..).zip(&v.reserved_opinions) {
            opinion_stmt.execute(params![id, ordinal, n, r.person_id, r.text])?;
        }
    }
    Ok(())
}
