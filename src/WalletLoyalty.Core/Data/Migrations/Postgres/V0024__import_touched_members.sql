-- The members a purchase import credited whose tier and cards it has yet to settle: done once per member
-- when the file's last batch is in, not again in every batch that names them. Rows go as they are settled.
CREATE TABLE import_touched_members (
    import_id bigint NOT NULL REFERENCES import_jobs (id),
    member_id bigint NOT NULL,
    PRIMARY KEY (import_id, member_id)
);
