-- Schema 1. Append-only: never edit this file once released; add 0002_….sql.

CREATE TABLE organisation (
    -- A single row: the office using this database.
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    superior_body  TEXT NOT NULL,           -- JSON array of lines
    issuing_body   TEXT NOT NULL,
    issuer_code    TEXT NOT NULL,
    place_name     TEXT NOT NULL,
    signers        TEXT NOT NULL,           -- JSON array of Signer
    recipients     TEXT NOT NULL,           -- JSON array of lines
    format_profile TEXT NOT NULL,
    term_start     TEXT NOT NULL            -- ISO 8601 date
) STRICT;

CREATE TABLE format_profiles (
    name    TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    value   TEXT NOT NULL                   -- the whole FormatProfile as JSON
) STRICT;

CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL,
    position      TEXT NOT NULL,
    unit          TEXT NOT NULL,
    member_kind   TEXT NOT NULL CHECK (member_kind IN ('official', 'probationary', 'non_member')),
    -- Folded to lower-case ASCII in Rust (text::fold_for_search), because
    -- FTS5 cannot fold "đ" to "d": the name alone (for ranking and sorting)
    -- and name + position + unit (for matching).
    name_folded   TEXT NOT NULL,
    search_folded TEXT NOT NULL
) STRICT;

CREATE INDEX people_by_name_position ON people (full_name, position);

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    title            TEXT NOT NULL,
    subject          TEXT NOT NULL,
    superior_body    TEXT NOT NULL,         -- issuer snapshot: JSON array of lines
    issuing_body     TEXT NOT NULL,
    issuer_code      TEXT NOT NULL,
    place_name       TEXT NOT NULL,
    date             TEXT NOT NULL,         -- ISO 8601 date
    start_time       TEXT,                  -- HH:MM:SS
    end_time         TEXT,
    place            TEXT NOT NULL,
    online_sites     TEXT NOT NULL,         -- JSON array
    minute_taker_id  INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    members_convened INTEGER NOT NULL CHECK (members_convened >= 0),
    agenda           TEXT NOT NULL,         -- JSON array of AgendaItem
    documents        TEXT NOT NULL,         -- JSON array
    recording_note   TEXT NOT NULL,
    conclusions      TEXT NOT NULL,         -- JSON Conclusions
    resolution       TEXT NOT NULL,         -- JSON ResolutionContent
    signer           TEXT,                  -- JSON Signer
    recipients       TEXT NOT NULL,         -- JSON array
    copies           INTEGER NOT NULL CHECK (copies >= 0)
) STRICT;

CREATE INDEX meetings_by_date ON meetings (date DESC, id DESC);

CREATE TABLE meeting_chairs (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

CREATE TABLE meeting_attendance (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    role         TEXT NOT NULL CHECK (role IN ('member', 'guest')),
    status       TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')),
    reason       TEXT NOT NULL,
    arrival_time TEXT,
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

CREATE INDEX meeting_attendance_by_person ON meeting_attendance (person_id);

CREATE TABLE meeting_speeches (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    time       TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

CREATE INDEX meeting_speeches_by_speaker ON meeting_speeches (speaker_id);

CREATE TABLE meeting_votes (
    meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    question      TEXT NOT NULL,
    method        TEXT NOT NULL CHECK (method IN ('show_of_hands', 'ballot', 'electronic')),
    votes_for     INTEGER NOT NULL CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
    votes_other   INTEGER NOT NULL CHECK (votes_other >= 0),
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

-- Sổ đăng ký văn bản: every number issued. A deleted meeting keeps its
-- numbers taken (meeting_id becomes NULL) so they are never issued twice.
CREATE TABLE issued_documents (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('minutes', 'notice', 'resolution')),
    number         INTEGER NOT NULL CHECK (number > 0),
    issuer_code    TEXT NOT NULL,
    term_start     TEXT NOT NULL,
    format_profile TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    UNIQUE (meeting_id, kind),
    UNIQUE (kind, issuer_code, term_start, number)
) STRICT;
