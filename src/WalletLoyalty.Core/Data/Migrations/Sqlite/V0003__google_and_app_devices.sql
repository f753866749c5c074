-- The Google Wallet object of each pass (id = issuerId.serial), once inserted.
CREATE TABLE google_objects (
    pass_id     INTEGER PRIMARY KEY REFERENCES passes (id),
    object_id   TEXT NOT NULL UNIQUE,
    class_id    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('loyalty', 'offer')),
    inserted_at TEXT NOT NULL,
    saved_at    TEXT,
    deleted_at  TEXT
);

-- Notifying updates sent per Google object, to stay within 3 per object per 24 hours.
CREATE TABLE google_notifications (
    id        INTEGER PRIMARY KEY,
    object_id TEXT NOT NULL,
    sent_at   TEXT NOT NULL
);
CREATE INDEX ix_google_notifications_object ON google_notifications (object_id, sent_at);

-- Callback nonces already processed, so a replayed callback is recorded once.
CREATE TABLE google_callback_nonces (
    nonce       TEXT PRIMARY KEY,
    received_at TEXT NOT NULL
);

-- The brand app's devices (FCM registration tokens) per member.
CREATE TABLE app_devices (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES members (id),
    fcm_token  TEXT NOT NULL UNIQUE,
    platform   TEXT NOT NULL CHECK (platform IN ('android', 'ios', 'web')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_app_devices_member ON app_devices (member_id);

-- What an outbound call carries when the target alone does not say it (an FCM message, a Google message).
ALTER TABLE outbox ADD COLUMN payload TEXT;
