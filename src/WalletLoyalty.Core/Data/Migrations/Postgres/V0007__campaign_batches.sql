ALTER TABLE campaign_recipients ADD COLUMN batch integer;
CREATE INDEX ix_campaign_recipients_batch ON campaign_recipients (run_id, batch, member_id);

ALTER TABLE campaign_recipients DROP COLUMN coupon_id;

CREATE INDEX ix_outbox_messages ON outbox (channel, target, status) WHERE payload IS NOT NULL;
