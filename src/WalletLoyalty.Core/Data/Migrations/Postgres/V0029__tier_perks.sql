-- Tier perks: the points of the last 12 months the tier was last counted from (the card shows how many more the
-- next tier takes), the end of a grace period in a tier no longer earned, the notice on the card, and the
-- welcome gifts given, once per member and tier. tier_points starts at 0; the first tier sweep fills it in.
ALTER TABLE members ADD COLUMN tier_points bigint NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN tier_grace_until timestamptz;
ALTER TABLE members ADD COLUMN tier_notice text CHECK (tier_notice IN ('grace', 'downgrade'));

CREATE TABLE tier_welcome_gifts (
    member_id bigint NOT NULL REFERENCES members (id),
    tier      text NOT NULL,
    given_at  timestamptz NOT NULL,
    PRIMARY KEY (member_id, tier)
);
