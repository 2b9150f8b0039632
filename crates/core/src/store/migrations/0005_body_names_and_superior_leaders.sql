-- Body names as data: the running-text name of the issuing body ("Đảng ủy
-- phường Phúc Đồng") is what the user types; the header capitals are derived
-- from it. Existing rows keep their capitals and get an empty name, which
-- the documents read as "not typed yet" (nothing is lost or rewritten).
ALTER TABLE organisation ADD COLUMN issuing_body_name TEXT NOT NULL DEFAULT '';
ALTER TABLE meetings ADD COLUMN issuing_body_name TEXT NOT NULL DEFAULT '';

-- A leader of the superior body who attends and directs ("Dự và chỉ đạo hội
-- nghị có đồng chí …") is an attendee role of its own, apart from members
-- and invited guests. SQLite cannot change a CHECK constraint in place:
-- rebuild the table. Nothing references meeting_attendance, so dropping the
-- old table is safe with foreign_keys on.
CREATE TABLE meeting_attendance_new (
    meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    role         TEXT NOT NULL CHECK (role IN ('member', 'guest', 'superior_leader')),
    status       TEXT NOT NULL CHECK (status IN ('present', 'absent', 'late')),
    reason       TEXT NOT NULL,
    arrival_time TEXT,
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

INSERT INTO meeting_attendance_new (meeting_id, ordinal, person_id, role, status, reason, arrival_time)
    SELECT meeting_id, ordinal, person_id, role, status, reason, arrival_time FROM meeting_attendance;

DROP TABLE meeting_attendance;

ALTER TABLE meeting_attendance_new RENAME TO meeting_attendance;

CREATE INDEX meeting_attendance_by_person ON meeting_attendance (person_id);

-- The number register keys a sequence by the issuing body as well as its
-- code: two bodies with the same code in one database ("ĐU" of two wards)
-- must not share one sequence. Existing entries take the body of their
-- meeting (or, for a deleted meeting, the organisation's). Nothing
-- references issued_documents, so the rebuild is safe.
CREATE TABLE issued_documents_new (
    id             INTEGER PRIMARY KEY,
    meeting_id     INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('minutes', 'notice', 'resolution')),
    number         INTEGER NOT NULL CHECK (number > 0),
    issuer_code    TEXT NOT NULL,
    issuing_body   TEXT NOT NULL,
    term_start     TEXT NOT NULL,
    format_profile TEXT NOT NULL,
    issued_at      TEXT NOT NULL,
    UNIQUE (meeting_id, kind),
    UNIQUE (kind, issuer_code, issuing_body, term_start, number)
) STRICT;

INSERT INTO issued_documents_new
        (id, meeting_id, kind, number, issuer_code, issuing_body, term_start, format_profile, issued_at)
    SELECT d.id, d.meeting_id, d.kind, d.number, d.issuer_code,
           COALESCE((SELECT m.issuing_body FROM meetings m WHERE m.id = d.meeting_id),
                    (SELECT o.issuing_body FROM organisation o WHERE o.id = 1), ''),
           d.term_start, d.format_profile, d.issued_at
    FROM issued_documents d;

DROP TABLE issued_documents;

ALTER TABLE issued_documents_new RENAME TO issued_documents;
