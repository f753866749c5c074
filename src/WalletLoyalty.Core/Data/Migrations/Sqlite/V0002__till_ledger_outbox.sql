-- Coupons a member holds; each can be redeemed exactly once (the conditional UPDATE on status decides).
CREATE TABLE coupons (
    id                INTEGER PRIMARY KEY,
    program_id        TEXT NOT NULL REFERENCES programs (id),
    member_id         INTEGER NOT NULL REFERENCES members (id),
    code              TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    description       TEXT NOT NULL,
    value_minor       INTEGER,
    status            TEXT NOT NULL CHECK (status IN ('active', 'redeemed', 'void')),
    expires_at        TEXT,
    issued_at         TEXT NOT NULL,
    redeemed_at       TEXT,
    redeemed_store_id TEXT
);
CREATE INDEX ix_coupons_member ON coupons (member_id, status);

ALTER TABLE passes ADD COLUMN coupon_id INTEGER REFERENCES coupons (id);

-- Append-only: every change of a balance is one row; members.points_balance is kept in step in the same transaction.
CREATE TABLE ledger_entries (
    id                INTEGER PRIMARY KEY,
    program_id        TEXT NOT NULL REFERENCES programs (id),
    member_id         INTEGER NOT NULL REFERENCES members (id),
    kind              TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'reverse', 'adjust')),
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
    occurred_at       TEXT NOT NULL
);
CREATE INDEX ix_ledger_member ON ledger_entries (member_id, occurred_at);
-- A receipt is credited once per store, and an earn is reversed at most once.
CREATE UNIQUE INDEX ux_ledger_earn_receipt ON ledger_entries (program_id, store_id, receipt_id) WHERE kind = 'earn';
CREATE UNIQUE INDEX ux_ledger_reversal ON ledger_entries (reverses_entry_id) WHERE kind = 'reverse';

CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY,
    key_prefix  TEXT NOT NULL UNIQUE,
    key_hash    TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'marketer', 'cashier')),
    program_id  TEXT REFERENCES programs (id),
    store_id    TEXT,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    revoked_at  TEXT
);

-- The first answer to a request with an Idempotency-Key, replayed to every retry.
CREATE TABLE idempotency_keys (
    api_key_id    INTEGER NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash  TEXT NOT NULL,
    status_code   INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (api_key_id, idempotency_key)
);

-- Every outbound call waits here, written in the same transaction as the change that causes it.
-- A pending row per (channel, target) coalesces a burst of changes into one call.
CREATE TABLE outbox (
    id            INTEGER PRIMARY KEY,
    channel       TEXT NOT NULL,
    target        TEXT NOT NULL,
    topic         TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    not_before    TEXT NOT NULL,
    claimed_until TEXT,
    created_at    TEXT NOT NULL,
    finished_at   TEXT,
    last_error    TEXT
);
CREATE UNIQUE INDEX ux_outbox_pending ON outbox (channel, target) WHERE status = 'pending';
CREATE INDEX ix_outbox_due ON outbox (status, not_before);
