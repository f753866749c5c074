-- Each claim of outbox rows carries its own lease token: only the claim that still holds a row records
-- its outcome or extends its lease.
ALTER TABLE outbox ADD COLUMN claim_token TEXT;
CREATE INDEX ix_outbox_claim ON outbox (claim_token) WHERE status = 'sending';

-- Campaign batch numbers come from one counter, so two senders of the same run never share a number.
INSERT INTO counters (name, value) SELECT 'campaign_batch', COALESCE(MAX(batch), 0) FROM campaign_recipients;

-- The data-protection key ring, when the nodes share it through the database.
CREATE TABLE data_protection_keys (
    id            INTEGER PRIMARY KEY,
    friendly_name TEXT,
    xml           TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
