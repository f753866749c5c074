-- Only state syncs (no payload: "fetch the latest") coalesce per target; messages with a payload
-- (an FCM notification, a Google message) are each delivered.
DROP INDEX ux_outbox_pending;
CREATE UNIQUE INDEX ux_outbox_pending_sync ON outbox (channel, target) WHERE status = 'pending' AND payload IS NULL;
