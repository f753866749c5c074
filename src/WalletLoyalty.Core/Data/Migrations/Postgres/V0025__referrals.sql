-- Each member's referral code, the ref of the join link they give friends (/join/<program>?ref=<code>). Made the first
-- time the member opens their referral page; unique, so two codes never name two members.
CREATE TABLE referral_codes (
    member_id  bigint PRIMARY KEY REFERENCES members (id),
    program_id text NOT NULL REFERENCES programs (id),
    code       text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

-- A member who joined through a referral link: one row at most per member, so a member has at most one referrer.
-- refusal says why the link did not count (for support): an unknown code, or the referrer's own join cookie, e-mail,
-- phone or Wallet device; referrer_member_id is then who the code named, if anyone.
CREATE TABLE referrals (
    friend_member_id   bigint PRIMARY KEY REFERENCES members (id),
    program_id         text NOT NULL REFERENCES programs (id),
    referrer_member_id bigint REFERENCES members (id),
    code               text NOT NULL,
    refusal            text CHECK (refusal IN ('unknown-code', 'same-join-cookie', 'same-email', 'same-phone', 'same-wallet-device')),
    joined_at          timestamptz NOT NULL
);
CREATE INDEX ix_referrals_referrer ON referrals (referrer_member_id);
CREATE INDEX ix_referrals_program ON referrals (program_id, joined_at);

-- What the friend's first purchase decided, once: the primary key pays a referral at most once (two tills, a retried
-- request), and reward_number, unique per referrer, keeps the rewards paid within the cap even when two friends of one
-- referrer buy at the same moment. Only paid rewards carry a number and ledger entries.
CREATE TABLE referral_rewards (
    friend_member_id   bigint PRIMARY KEY REFERENCES referrals (friend_member_id),
    program_id         text NOT NULL REFERENCES programs (id),
    referrer_member_id bigint NOT NULL REFERENCES members (id),
    outcome            text NOT NULL CHECK (outcome IN ('paid', 'capped', 'first-purchase-too-small')),
    reward_number      bigint,
    purchase_entry_id  bigint NOT NULL REFERENCES ledger_entries (id),
    friend_entry_id    bigint REFERENCES ledger_entries (id),
    referrer_entry_id  bigint REFERENCES ledger_entries (id),
    decided_at         timestamptz NOT NULL,
    CONSTRAINT ux_referral_rewards_number UNIQUE (referrer_member_id, reward_number)
);
CREATE INDEX ix_referral_rewards_program ON referral_rewards (program_id, decided_at);
