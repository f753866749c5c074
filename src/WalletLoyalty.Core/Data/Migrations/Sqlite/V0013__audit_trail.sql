-- Who did what with an API key: keys made and revoked, campaigns and coupons created. Never pruned.
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    api_key_id  INTEGER NOT NULL,
    key_name    TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    program_id  TEXT,
    occurred_at TEXT NOT NULL
);
CREATE INDEX ix_audit_events_occurred ON audit_events (occurred_at);
