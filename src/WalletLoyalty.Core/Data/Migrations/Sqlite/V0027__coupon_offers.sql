-- Coupons anyone can use, from a flyer (mechanics.couponOffers; docs/coupon-offers.md). One row per offer of a
-- template, kept by CouponOfferSync at start; the template holds the terms, this row what must hold across nodes:
-- how many were claimed (never more than first_n, by the CHECK, whatever a writer does) and whether the marketer
-- voided the offer. A claim is the member's own coupon (coupons.offer_id): once per member by the unique index.
CREATE TABLE coupon_offers (
    id            INTEGER PRIMARY KEY,
    program_id    TEXT NOT NULL REFERENCES programs (id),
    offer_key     TEXT NOT NULL,
    first_n       INTEGER CHECK (first_n IS NULL OR first_n > 0),
    claimed_count INTEGER NOT NULL DEFAULT 0 CHECK (claimed_count >= 0 AND (first_n IS NULL OR claimed_count <= first_n)),
    codes_wanted  INTEGER NOT NULL DEFAULT 0,
    voided_at     TEXT,
    created_at    TEXT NOT NULL,
    CONSTRAINT ux_coupon_offers_key UNIQUE (program_id, offer_key)
);

-- The codes of an offer with a pattern (BAKE-####), drawn once; each is claimed by one member, once.
CREATE TABLE coupon_offer_codes (
    id         INTEGER PRIMARY KEY,
    offer_id   INTEGER NOT NULL REFERENCES coupon_offers (id),
    program_id TEXT NOT NULL REFERENCES programs (id),
    code       TEXT NOT NULL,
    member_id  INTEGER REFERENCES members (id),
    claimed_at TEXT,
    CONSTRAINT ux_coupon_offer_codes_code UNIQUE (program_id, code),
    CONSTRAINT ux_coupon_offer_codes_member UNIQUE (offer_id, member_id)
);

ALTER TABLE coupons ADD COLUMN offer_id INTEGER REFERENCES coupon_offers (id);
CREATE UNIQUE INDEX ux_coupons_offer_member ON coupons (offer_id, member_id) WHERE offer_id IS NOT NULL;

-- An offer's coupon taken at a till: at most once per member, counted per offer.
CREATE TABLE coupon_offer_redemptions (
    offer_id    INTEGER NOT NULL REFERENCES coupon_offers (id),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    coupon_id   INTEGER NOT NULL REFERENCES coupons (id),
    store_id    TEXT NOT NULL,
    redeemed_at TEXT NOT NULL,
    PRIMARY KEY (offer_id, member_id)
);
