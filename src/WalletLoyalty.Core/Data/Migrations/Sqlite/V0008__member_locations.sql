-- A location campaign's window: while it lasts, the member's store card lists the program's stores with
-- the campaign's relevant text, so iOS suggests the card on the lock screen near a store. One per member;
-- a newer location campaign replaces an older one, and the window's end removes it.
CREATE TABLE member_locations (
    member_id     INTEGER PRIMARY KEY REFERENCES members (id),
    campaign_id   INTEGER NOT NULL REFERENCES campaigns (id),
    relevant_text TEXT NOT NULL,
    max_distance  INTEGER NOT NULL,
    until         TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_member_locations_campaign ON member_locations (campaign_id);
