-- A claimed recipient records the number of its batch; the batch's statements then select their
-- members by (run_id, batch) instead of binding a list of a thousand ids to each statement.
ALTER TABLE campaign_recipients ADD COLUMN batch INTEGER;
CREATE INDEX ix_campaign_recipients_batch ON campaign_recipients (run_id, batch, member_id);

-- A member's campaign coupon is found by coupons.campaign_id and member_id; the copy here went unused.
ALTER TABLE campaign_recipients DROP COLUMN coupon_id;

-- Messages waiting per target: the Google notification quota counts those not sent yet.
CREATE INDEX ix_outbox_messages ON outbox (channel, target, status) WHERE payload IS NOT NULL;
