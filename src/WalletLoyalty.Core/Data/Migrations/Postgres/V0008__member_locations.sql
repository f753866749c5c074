CREATE TABLE member_locations (
    member_id     bigint PRIMARY KEY REFERENCES members (id),
    campaign_id   bigint NOT NULL REFERENCES campaigns (id),
    relevant_text text NOT NULL,
    max_distance  integer NOT NULL,
    until         timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX ix_member_locations_campaign ON member_locations (campaign_id);
