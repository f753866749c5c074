-- Outbound webhooks: endpoints a program's integrations registered, the events each subscribed to,
-- one delivery per event and endpoint (sent through the outbox, channel 'webhook', target = delivery id)
-- and every attempt at it, for the delivery log.
CREATE TABLE webhook_endpoints (
    id          INTEGER PRIMARY KEY,
    program_id  TEXT NOT NULL REFERENCES programs (id),
    url         TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- The signing secret, data-protected: the service needs it back to sign, so it cannot be a hash.
    secret      TEXT NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX ix_webhook_endpoints_program ON webhook_endpoints (program_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_subscriptions (
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id),
    event_type  TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);

-- body is text on both engines: it is signed byte for byte, and jsonb would reformat it.
CREATE TABLE webhook_deliveries (
    id               INTEGER PRIMARY KEY,
    endpoint_id      INTEGER NOT NULL REFERENCES webhook_endpoints (id),
    event_id         TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    body             TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'retrying', 'failed', 'dropped')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER,
    last_error       TEXT,
    last_attempt_at  TEXT,
    created_at       TEXT NOT NULL,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX ix_webhook_deliveries_event ON webhook_deliveries (event_id);

CREATE TABLE webhook_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries (id),
    attempted_at TEXT NOT NULL,
    status_code INTEGER,
    error       TEXT,
    duration_ms INTEGER NOT NULL
);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id);
