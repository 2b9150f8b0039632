-- The trash ("Thùng rác"): nothing a secretary deletes is gone until she
-- empties it herself.
--
-- A deleted meeting keeps its rows (children, register references) and gets
-- one entry of kind 'meeting' here, which hides it from the list, search and
-- exports. A deleted speech, vote or conclusion item leaves its meeting and
-- is kept here as JSON with the position it had. Deleting the meeting for
-- good takes its entries with it.
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'speech', 'vote', 'conclusion_item')),
    -- Index the item had in its list; NULL for a meeting.
    position    INTEGER CHECK ((kind = 'meeting') = (position IS NULL)),
    -- The item as JSON (the model's serde form); NULL for a meeting.
    item        TEXT CHECK ((kind = 'meeting') = (item IS NULL)),
    -- Local time of the delete, ISO 8601 ("2026-03-15T20:14:05").
    deleted_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX trash_meeting_once ON trash (meeting_id) WHERE kind = 'meeting';
CREATE INDEX trash_by_meeting ON trash (meeting_id);
