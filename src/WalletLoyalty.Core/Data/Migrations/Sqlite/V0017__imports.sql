-- Bulk imports from a shop's previous system: a job per uploaded file, its progress (the data rows
-- committed so far, so a restarted service continues after them) and the lines it refused.
CREATE TABLE import_jobs (
    id          INTEGER PRIMARY KEY,
    program_id  TEXT NOT NULL REFERENCES programs (id),
    kind        TEXT NOT NULL CHECK (kind IN ('members', 'purchases')),
    status      TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    file_name   TEXT NOT NULL,
    rows_total  INTEGER NOT NULL,
    rows_done   INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    failure     TEXT,
    api_key_id  INTEGER,
    created_at  TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX ix_import_jobs_status ON import_jobs (status);

CREATE TABLE import_errors (
    import_id INTEGER NOT NULL REFERENCES import_jobs (id),
    line      INTEGER NOT NULL,
    message   TEXT NOT NULL,
    PRIMARY KEY (import_id, line)
);

-- An imported member gets their card through a personal link (join_link, unguessable) that the shop
-- sends them; import_id lists the members an import created, for the export of those links.
ALTER TABLE members ADD COLUMN import_id INTEGER;
ALTER TABLE members ADD COLUMN join_link TEXT;
CREATE UNIQUE INDEX ux_members_join_link ON members (join_link) WHERE join_link IS NOT NULL;
CREATE INDEX ix_members_import ON members (import_id, id) WHERE import_id IS NOT NULL;

-- The product categories of an imported purchase, separated by ';' as the file gave them.
ALTER TABLE ledger_entries ADD COLUMN categories TEXT;
