-- Programs and stores mirror the templates/ folder; they exist so members and ledger rows can refer to them.
CREATE TABLE programs (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    template_hash TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE stores (
    program_id TEXT NOT NULL REFERENCES programs (id),
    id         TEXT NOT NULL,
    name       TEXT NOT NULL,
    latitude   REAL,
    longitude  REAL,
    PRIMARY KEY (program_id, id)
);

CREATE TABLE members (
    id               INTEGER PRIMARY KEY,
    program_id       TEXT NOT NULL REFERENCES programs (id),
    member_code      TEXT NOT NULL UNIQUE,
    member_number    TEXT NOT NULL,
    display_name     TEXT NOT NULL,
    source           TEXT,
    points_balance   INTEGER NOT NULL DEFAULT 0 CHECK (points_balance >= 0),
    tier             TEXT NOT NULL,
    joined_at        TEXT NOT NULL,
    last_activity_at TEXT,
    UNIQUE (program_id, member_number)
);
CREATE INDEX ix_members_program_source ON members (program_id, source);

-- A pass is one wallet card. Apple identifies it by serial_number; Google by issuer + serial_number.
-- modified_at is unix seconds and strictly increases per pass (HTTP dates have one-second resolution);
-- update_tag comes from the pass_update_tag counter and orders changes across passes.
CREATE TABLE passes (
    id                   INTEGER PRIMARY KEY,
    program_id           TEXT NOT NULL REFERENCES programs (id),
    member_id            INTEGER NOT NULL REFERENCES members (id),
    kind                 TEXT NOT NULL CHECK (kind IN ('storeCard', 'coupon')),
    serial_number        TEXT NOT NULL UNIQUE,
    authentication_token TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    modified_at          INTEGER NOT NULL,
    update_tag           INTEGER NOT NULL,
    voided               INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL
);
CREATE INDEX ix_passes_member ON passes (member_id);
CREATE INDEX ix_passes_update_tag ON passes (update_tag);

CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('pass_update_tag', 0);

CREATE TABLE apple_devices (
    device_library_identifier TEXT PRIMARY KEY,
    push_token                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);

CREATE TABLE apple_registrations (
    device_library_identifier TEXT NOT NULL REFERENCES apple_devices (device_library_identifier) ON DELETE CASCADE,
    pass_id                   INTEGER NOT NULL REFERENCES passes (id),
    created_at                TEXT NOT NULL,
    PRIMARY KEY (device_library_identifier, pass_id)
);
CREATE INDEX ix_apple_registrations_pass ON apple_registrations (pass_id);

CREATE TABLE apple_log_entries (
    id          INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    message     TEXT NOT NULL
);

-- Installs and removals as the wallets report them, for per-program and per-flyer reporting.
CREATE TABLE wallet_events (
    id          INTEGER PRIMARY KEY,
    program_id  TEXT NOT NULL,
    pass_id     INTEGER NOT NULL,
    platform    TEXT NOT NULL CHECK (platform IN ('apple', 'google')),
    kind        TEXT NOT NULL CHECK (kind IN ('install', 'uninstall')),
    source      TEXT,
    occurred_at TEXT NOT NULL
);
CREATE INDEX ix_wallet_events_program ON wallet_events (program_id, occurred_at);
