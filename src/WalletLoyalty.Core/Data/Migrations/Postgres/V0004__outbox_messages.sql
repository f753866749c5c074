-- The payload is passed on to the channel as it was written (an FCM message, a Google message), so it
-- stays text rather than jsonb, which would reorder its keys.
ALTER TABLE outbox ADD COLUMN payload text;
DROP INDEX ux_outbox_pending;
CREATE UNIQUE INDEX ux_outbox_pending_sync ON outbox (channel, target) WHERE status = 'pending' AND payload IS NULL;
