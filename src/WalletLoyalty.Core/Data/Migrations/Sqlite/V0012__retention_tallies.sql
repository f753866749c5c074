-- What the retention sweep pruned, rolled up first, so campaign results stay exact after their outbox rows go.
CREATE TABLE outbox_tallies (
    campaign_id INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    status      TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, channel, status)
);
CREATE INDEX ix_outbox_finished ON outbox (finished_at) WHERE finished_at IS NOT NULL;
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
CREATE INDEX ix_apple_log_entries_received ON apple_log_entries (received_at);
CREATE INDEX ix_google_callback_nonces_received ON google_callback_nonces (received_at);
