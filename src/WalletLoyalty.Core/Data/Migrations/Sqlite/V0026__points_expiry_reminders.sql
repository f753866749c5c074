-- The reminders that points are about to expire: one per member per day of expiry (in the program's time zone,
-- as yyyy-MM-dd), so two sweeps at once remind once. points and expires_at are what the reminder said; the card
-- shows the reminder's text while its day is ahead. The expiring itself needs no table: it is read from the ledger.
CREATE TABLE points_expiry_reminders (
    member_id   INTEGER NOT NULL REFERENCES members (id),
    expires_on  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    points      INTEGER NOT NULL,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (member_id, expires_on)
);
CREATE INDEX ix_points_expiry_reminders_time ON points_expiry_reminders (member_id, expires_at);
