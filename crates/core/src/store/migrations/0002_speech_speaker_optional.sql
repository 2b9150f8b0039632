-- A speech may be saved before its speaker is chosen (the text typed first
-- must survive a crash), so meeting_speeches.speaker_id becomes nullable.
-- SQLite cannot drop a NOT NULL constraint in place: rebuild the table.
-- Nothing references meeting_speeches, so dropping the old table is safe
-- with foreign_keys on.

CREATE TABLE meeting_speeches_new (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    speaker_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    time       TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (meeting_id, ordinal)
) STRICT;

INSERT INTO meeting_speeches_new (meeting_id, ordinal, speaker_id, time, text)
    SELECT meeting_id, ordinal, speaker_id, time, text FROM meeting_speeches;

DROP TABLE meeting_speeches;

ALTER TABLE meeting_speeches_new RENAME TO meeting_speeches;

CREATE INDEX meeting_speeches_by_speaker ON meeting_speeches (speaker_id);
