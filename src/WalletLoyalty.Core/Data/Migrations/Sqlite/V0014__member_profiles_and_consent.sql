-- What a member may tell the shop beyond the first name and birthday of V0005, and whether they agreed to
-- marketing. External ids come from the shop's previous system (plastic cards) and make imports idempotent.
-- erased_at marks a member whose personal data was erased; their ledger stays, anonymous.
ALTER TABLE members ADD COLUMN last_name TEXT;
ALTER TABLE members ADD COLUMN email TEXT;
ALTER TABLE members ADD COLUMN phone TEXT;
ALTER TABLE members ADD COLUMN external_id TEXT;
ALTER TABLE members ADD COLUMN marketing_consent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN erased_at TEXT;
CREATE UNIQUE INDEX ux_members_external_id ON members (program_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_members_phone ON members (program_id, phone);
CREATE INDEX ix_members_email ON members (program_id, email);

-- Every grant and withdrawal of marketing consent, with the version of the text the member saw.
CREATE TABLE member_consents (
    id           INTEGER PRIMARY KEY,
    program_id   TEXT NOT NULL,
    member_id    INTEGER NOT NULL REFERENCES members (id),
    granted      INTEGER NOT NULL,
    text_version TEXT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('join', 'member', 'staff', 'import')),
    api_key_id   INTEGER,
    occurred_at  TEXT NOT NULL
);
CREATE INDEX ix_member_consents_member ON member_consents (member_id, occurred_at);

-- The ledger learns the reason staff give for an adjustment, and kinds beyond purchases: 'import', an opening
-- balance brought from another system (never a purchase), and the rewards of the program's mechanics
-- (an answered survey, a bonus such as a birthday or a completed profile, a referral, expired points), named
-- together now so that the ledger's CHECK is changed once. SQLite cannot change a CHECK in place, so the
-- table is rebuilt; the rename carries the self-reference along, and the copy keeps every id.
ALTER TABLE ledger_entries RENAME TO ledger_entries_before_v14;
CREATE TABLE ledger_entries (
    id                INTEGER PRIMARY KEY,
    program_id        TEXT NOT NULL REFERENCES programs (id),
    member_id         INTEGER NOT NULL REFERENCES members (id),
    kind              TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'reverse', 'adjust', 'import', 'survey', 'bonus', 'referral', 'expire')),
    points            INTEGER NOT NULL,
    balance_after     INTEGER NOT NULL CHECK (balance_after >= 0),
    amount_minor      INTEGER,
    currency          TEXT,
    store_id          TEXT,
    receipt_id        TEXT,
    reward_id         TEXT,
    coupon_id         INTEGER REFERENCES coupons (id),
    reverses_entry_id INTEGER REFERENCES ledger_entries (id),
    api_key_id        INTEGER,
    occurred_at       TEXT NOT NULL,
    reason            TEXT
);
INSERT INTO ledger_entries (id, program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id,
                            receipt_id, reward_id, coupon_id, reverses_entry_id, api_key_id, occurred_at)
SELECT id, program_id, member_id, kind, points, balance_after, amount_minor, currency, store_id,
       receipt_id, reward_id, coupon_id, reverses_entry_id, api_key_id, occurred_at
FROM ledger_entries_before_v14;
DROP TABLE ledger_entries_before_v14;
CREATE INDEX ix_ledger_member ON ledger_entries (member_id, occurred_at);
CREATE UNIQUE INDEX ux_ledger_earn_receipt ON ledger_entries (program_id, store_id, receipt_id) WHERE kind = 'earn';
CREATE UNIQUE INDEX ux_ledger_reversal ON ledger_entries (reverses_entry_id) WHERE kind = 'reverse';
