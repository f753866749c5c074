ALTER TABLE member_locations ADD COLUMN home_store_id text;

CREATE TABLE nearby_pushes (
    campaign_id bigint NOT NULL REFERENCES campaigns (id),
    member_id   bigint NOT NULL REFERENCES members (id),
    store_id    text NOT NULL,
    pushed_at   timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, member_id)
);
