-- Record v2: agenda items that own speeches, votes and cited documents;
-- ballot and election counts; reserved opinions; leaving early; delegates;
-- online sites with headcounts; the read-back line; the superior body's
-- running-text name. Every existing row is kept; new fields start at their
-- defaults (empty, none, false).
--
-- Indices into a meeting's lists (a speech's or vote's agenda item, an
-- attendee's site, the first item a leaver missed) are plain integers, not
-- foreign keys: the lists are rewritten whole when they change, and a stale
-- index is a validation warning, not a reason to refuse an autosave.

-- The superior body as typed in running text (JSON array of lines), beside
-- the header capitals derived from it; the read-back line of the minutes.
ALTER TABLE organisation ADD COLUMN superior_body_name TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meetings ADD COLUMN superior_body_name TEXT NOT NULL DEFAULT '[]';
ALTER TABLE meetings ADD COLUMN read_back INTEGER NOT NULL DEFAULT 0 CHECK (read_back IN (0, 1));

-- Agenda items leave the JSON column for a table of their own, so that the
-- presenter is a foreign key like every other person of a record. An old
-- item held only its title.
CREATE TABLE meeting_agenda (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    title        TEXT NOT NULL,
    presenter_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    documents    TEXT NOT NULL,             -- JSON array of cited documents
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

CREATE INDEX meeting_agenda_by_presenter ON meeting_agenda (presenter_id);

INSERT INTO meeting_agenda (meeting_id, ordinal, title, presenter_id, documents)
    SELECT m.id, a.key,
           CASE a.type WHEN 'object' THEN COALESCE(json_extract(a.value, '$.title'), '') ELSE a.value END,
           NULL, '[]'
    FROM meetings m, json_each(m.agenda) a;

ALTER TABLE meetings DROP COLUMN agenda;

-- Online sites become rows with a headcount; an attendee names the site
-- joined from by its ordinal. Old rows held each site as a bare name.
CREATE TABLE meeting_sites (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    name         TEXT NOT NULL,
    participants INTEGER NOT NULL CHECK (participants >= 0),
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

INSERT INTO meeting_sites (meeting_id, ordinal, name, participants)
    SELECT m.id, s.key,
           CASE s.type WHEN 'object' THEN COALESCE(json_extract(s.value, '$.name'), '') ELSE s.value END,
           CASE s.type WHEN 'object' THEN COALESCE(json_extract(s.value, '$.participants'), 0) ELSE 0 END
    FROM meetings m, json_each(m.online_sites) s;

ALTER TABLE meetings DROP COLUMN online_sites;

-- Attendance: the role 'delegate' (a CHECK change, so the table is
-- rebuilt; nothing references it), the category a delegate attends by,
-- the site, and leaving early. `departed` tells "left, nothing more noted"
-- apart from "stayed to the end".
CREATE TABLE meeting_attendance_new (
    meeting_id            INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal               INTEGER NOT NULL,
    person_id             INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    role                  TEXT NOT NULL CHECK (role IN ('member', 'guest', 'superior_leader', 'delegate')),
    status                TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')),
    reason                TEXT NOT NULL,
    arrival_time          TEXT,
    category              TEXT NOT NULL DEFAULT '',
    site                  INTEGER CHECK (site >= 0),
    departed              INTEGER NOT NULL DEFAULT 0 CHECK (departed IN (0, 1)),
    departure_time        TEXT,
    departure_reason      TEXT NOT NULL DEFAULT '',
    departure_before_item INTEGER CHECK (departure_before_item >= 0),
    CHECK (departed = 1 OR (departure_time IS NULL AND departure_reason = '' AND departure_before_item IS NULL)),
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

INSERT INTO meeting_attendance_new (meeting_id, ordinal, person_id, role, status, reason, arrival_time)
    SELECT meeting_id, ordinal, person_id, role, status, reason, arrival_time FROM meeting_attendance;

DROP TABLE meeting_attendance;

ALTER TABLE meeting_attendance_new RENAME TO meeting_attendance;

CREATE INDEX meeting_attendance_by_person ON meeting_attendance (person_id);

-- A speech falls under an agenda item (its ordinal), or none.
ALTER TABLE meeting_speeches ADD COLUMN agenda_item INTEGER CHECK (agenda_item >= 0);

-- Votes: the method 'election' (a CHECK change, so the table is rebuilt
-- before anything references it), the agenda item, and the ballot count of
-- a secret ballot or an election (all four or none).
CREATE TABLE meeting_votes_new (
    meeting_id       INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal          INTEGER NOT NULL,
    question         TEXT NOT NULL,
    method           TEXT NOT NULL CHECK (method IN ('show_of_hands', 'ballot', 'electronic', 'election')),
    votes_for        INTEGER NOT NULL CHECK (votes_for >= 0),
    votes_against    INTEGER NOT NULL CHECK (votes_against >= 0),
    votes_other      INTEGER NOT NULL CHECK (votes_other >= 0),
    agenda_item      INTEGER CHECK (agenda_item >= 0),
    ballots_issued   INTEGER CHECK (ballots_issued >= 0),
    ballots_returned INTEGER CHECK (ballots_returned >= 0),
    ballots_valid    INTEGER CHECK (ballots_valid >= 0),
    ballots_invalid  INTEGER CHECK (ballots_invalid >= 0),
    CHECK ((ballots_issued IS NULL) = (ballots_returned IS NULL)
       AND (ballots_issued IS NULL) = (ballots_valid IS NULL)
       AND (ballots_issued IS NULL) = (ballots_invalid IS NULL)),
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

INSERT INTO meeting_votes_new (meeting_id, ordinal, question, method, votes_for, votes_against, votes_other)
    SELECT meeting_id, ordinal, question, method, votes_for, votes_against, votes_other FROM meeting_votes;

DROP TABLE meeting_votes;

ALTER TABLE meeting_votes_new RENAME TO meeting_votes;

-- The children of a vote go with it (the store rewrites a meeting's votes
-- whole when one changes). From here on meeting_votes is referenced: a
-- later rebuild of it must rebuild these too.
CREATE TABLE meeting_vote_candidates (
    meeting_id   INTEGER NOT NULL,
    vote_ordinal INTEGER NOT NULL,
    ordinal      INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    votes        INTEGER NOT NULL CHECK (votes >= 0),
    elected      INTEGER NOT NULL CHECK (elected IN (0, 1)),
    PRIMARY KEY (meeting_id, vote_ordinal, ordinal),
    FOREIGN KEY (meeting_id, vote_ordinal) REFERENCES meeting_votes (meeting_id, ordinal) ON DELETE CASCADE
) STRICT;

CREATE INDEX meeting_vote_candidates_by_person ON meeting_vote_candidates (person_id);

CREATE TABLE meeting_vote_reserved_opinions (
    meeting_id   INTEGER NOT NULL,
    vote_ordinal INTEGER NOT NULL,
    ordinal      INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    text         TEXT NOT NULL,
    PRIMARY KEY (meeting_id, vote_ordinal, ordinal),
    FOREIGN KEY (meeting_id, vote_ordinal) REFERENCES meeting_votes (meeting_id, ordinal) ON DELETE CASCADE
) STRICT;

CREATE INDEX meeting_vote_reserved_opinions_by_person ON meeting_vote_reserved_opinions (person_id);
