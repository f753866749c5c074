-- Each member's referral code, the ref of the join link they give friends (/join/<program>?ref=<code>). Made the first
-- time the member opens their referral page; unique, so two codes never name two members.
CREATE TABLE referral_codes (
    member_id  INTEGER PRIMARY KEY REFERENCES members (id),
    program_id TEXT NOT NULL REFERENCES programs (id),
    code       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- A member who joined through a referral link: one row at most per member, so a member has at most one referrer.
-- refusal says why the link did not count (for support): an unknown code, or the referrer's own join cookie, e-mail,
-- phone or Wallet device; referrer_member_id is then who the code named, if anyone.
CREATE TABLE referrals (
    friend_member_id   INTEGER PRIMARY KEY REFERENCES members (id),
    program_id         TEXT NOT NULL REFERENCES programs (id),
    referrer_member_id INTEGER REFERENCES members (id),
    code               TEXT NOT NULL,
    refusal            TEXT CHECK (refusal IN ('unknown-code', 'same-join-cookie', 'same-email', 'same-phone', 'same-wallet-device')),
    joined_at          TEXT NOT NULL
);
CREATE INDEX ix_referrals_referrer ON referrals (referrer_member_id);
CREATE INDEX ix_referrals_program ON referrals (program_id, joined_at);

-- What the friend's first purchase decided, once: the primary key pays a referral at most once (two tills, a retried
-- request), and reward_number, unique per referrer, keeps the rewards paid within the cap even when two friends of one
-- referrer buy at the same moment. Only paid rewards carry a number and ledger entries.
CREATE TABLE referral_rewards (
    friend_member_id   INTEGER PRIMARY KEY REFERENCES referrals (friend_member_id),
    program_id         TEXT NOT NULL REFERENCES programs (id),
    referrer_member_id INTEGER NOT NULL REFERENCES members (id),
    outcome            TEXT NOT NULL CHECK (outcome IN ('paid', 'capped', 'first-purchase-too-small')),
    reward_number      INTEGER,
    purchase_entry_id  INTEGER NOT NULL REFERENCES ledger_entries (id),
    friend_entry_id    INTEGER REFERENCES ledger_entries (id),
    referrer_entry_id  INTEGER REFERENCES ledger_entries (id),
    decided_at         TEXT NOT NULL,
    CONSTRAINT ux_referral_rewards_number UNIQUE (referrer_member_id, reward_number)
);
CREATE INDEX ix_referral_rewards_program ON referral_rewards (program_id, decided_at);
