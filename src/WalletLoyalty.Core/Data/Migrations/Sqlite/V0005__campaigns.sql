-- Members get a first name (for {firstName}) and an optional birthday (yyyy-MM-dd, for birthday campaigns).
ALTER TABLE members ADD COLUMN first_name TEXT;
ALTER TABLE members ADD COLUMN birthday TEXT;
UPDATE members SET first_name = CASE
    WHEN instr(display_name, ' ') > 0 THEN substr(display_name, 1, instr(display_name, ' ') - 1)
    ELSE display_name END;
CREATE INDEX ix_members_program_joined ON members (program_id, joined_at);

-- A marketer's campaign. Its content (audience, message, coupon, channels, trigger) is stored as the
-- JSON the API speaks; only status is read by SQL.
CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY,
    program_id   TEXT NOT NULL REFERENCES programs (id),
    name         TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled', 'missed')),
    audience     TEXT NOT NULL,
    message      TEXT NOT NULL,
    coupon       TEXT,
    channels     TEXT NOT NULL,
    trigger_spec TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX ix_campaigns_program ON campaigns (program_id, id);

-- One firing of a campaign. A firing is identified by its scheduled time, so a repeated or recovered
-- firing finds its run instead of starting a second one.
CREATE TABLE campaign_runs (
    id            INTEGER PRIMARY KEY,
    campaign_id   INTEGER NOT NULL REFERENCES campaigns (id),
    scheduled_for TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('sending', 'completed', 'cancelled', 'missed')),
    audience      INTEGER NOT NULL DEFAULT 0,
    hold_out      INTEGER NOT NULL DEFAULT 0,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    UNIQUE (campaign_id, scheduled_for)
);

-- The audience of a run, selected once when the run starts. A row is claimed (pending -> done) in
-- the same transaction that enqueues its messages, so a resumed or duplicate run sends nothing twice.
-- apple/google/app: what the channel did for this member: 'sent', or skipped by 'cap', 'quota',
-- 'quietHours'; NULL when the channel was not used. sent_at is set when at least one message left.
CREATE TABLE campaign_recipients (
    run_id            INTEGER NOT NULL REFERENCES campaign_runs (id),
    member_id         INTEGER NOT NULL REFERENCES members (id),
    campaign_id       INTEGER NOT NULL REFERENCES campaigns (id),
    hold_out          INTEGER NOT NULL DEFAULT 0,
    state             TEXT NOT NULL CHECK (state IN ('pending', 'done', 'held')),
    apple             TEXT,
    google            TEXT,
    app               TEXT,
    coupon_id         INTEGER REFERENCES coupons (id),
    sent_at           TEXT,
    attribution_from  TEXT,
    attribution_until TEXT,
    PRIMARY KEY (run_id, member_id)
);
CREATE INDEX ix_campaign_recipients_pending ON campaign_recipients (run_id, member_id) WHERE state = 'pending';
CREATE INDEX ix_campaign_recipients_member ON campaign_recipients (member_id, sent_at);
CREATE INDEX ix_campaign_recipients_campaign ON campaign_recipients (campaign_id, member_id);

-- The offer a member's store card shows on its back (the {offer} placeholder).
CREATE TABLE member_offers (
    member_id   INTEGER PRIMARY KEY REFERENCES members (id),
    campaign_id INTEGER REFERENCES campaigns (id),
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Outbound messages and coupons a campaign caused, for its results.
ALTER TABLE outbox ADD COLUMN campaign_id INTEGER;
CREATE INDEX ix_outbox_campaign ON outbox (campaign_id, channel, status) WHERE campaign_id IS NOT NULL;
ALTER TABLE coupons ADD COLUMN campaign_id INTEGER REFERENCES campaigns (id);
CREATE INDEX ix_coupons_campaign ON coupons (campaign_id, status) WHERE campaign_id IS NOT NULL;
