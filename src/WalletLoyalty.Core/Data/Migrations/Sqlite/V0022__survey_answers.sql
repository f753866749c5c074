-- Net Promoter survey answers: a score from 0 to 10 and an optional comment, in the language the page was read in.
-- One answer per member per round (a calendar quarter such as 2026-Q4, or a round the template names): the UNIQUE
-- constraint decides between two answers sent at once, and the second is refused, not stored. ledger_entry_id is
-- the survey entry that credited the answer's points, when the program gives any.
CREATE TABLE survey_answers (
    id              INTEGER PRIMARY KEY,
    program_id      TEXT NOT NULL REFERENCES programs (id),
    member_id       INTEGER NOT NULL REFERENCES members (id),
    round           TEXT NOT NULL,
    score           INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    comment         TEXT,
    language        TEXT NOT NULL,
    ledger_entry_id INTEGER REFERENCES ledger_entries (id),
    answered_at     TEXT NOT NULL,
    CONSTRAINT ux_survey_answers_member_round UNIQUE (member_id, round)
);
CREATE INDEX ix_survey_answers_time ON survey_answers (program_id, answered_at);
