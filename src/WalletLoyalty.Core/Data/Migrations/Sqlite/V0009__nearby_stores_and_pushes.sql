-- The home store a location window's stores were chosen around, fixed when the window reached the
-- member so the card's content changes only with its version.
ALTER TABLE member_locations ADD COLUMN home_store_id TEXT;

-- The push a member's app gets on reporting a location near a store while a location campaign's window
-- is open: at most one per member and campaign. Only the store is kept, never the reported position.
CREATE TABLE nearby_pushes (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    store_id    TEXT NOT NULL,
    pushed_at   TEXT NOT NULL,
    PRIMARY KEY (campaign_id, member_id)
);
