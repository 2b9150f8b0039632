-- Where the secretary was working (meeting, section, speech being typed),
-- so that after a crash or a kill the app reopens it. One row at most;
-- removed when the meeting is left normally or the window is closed.
CREATE TABLE editing_place (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    section    TEXT NOT NULL,
    speech     INTEGER
) STRICT;
