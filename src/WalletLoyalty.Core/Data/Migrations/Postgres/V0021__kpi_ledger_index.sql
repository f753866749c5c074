-- The loyalty KPIs read a program's purchases in time order with everything they count; the included columns
-- let PostgreSQL answer from the index alone. It also answers the sums of other kinds (redemptions, points
-- moved since a date).
CREATE INDEX ix_ledger_kpi ON ledger_entries (program_id, kind, occurred_at) INCLUDE (id, member_id, amount_minor, points, store_id, categories);
