-- The KPIs count every member's purchases in their windows. Reading two million ledger rows costs seconds;
-- each member's purchases written in one text column of their own row costs one row per member. The column
-- is kept by a trigger, so every writer of the ledger (till, imports, COPY) keeps it exact. Records end with
-- chr(30), fields are separated by chr(31) (neither can be in a store id or a category):
--   e<entry id> <occurred_at as .NET UTC ticks> <amount_minor> <points> <store_id> <categories>   a purchase
--   r<entry id>                                                                                a reversal of that entry
-- Read by Kpis/PurchaseDigest; docs/kpis.md.
ALTER TABLE members ADD COLUMN purchase_digest text NOT NULL DEFAULT '';

CREATE FUNCTION purchase_digest_record(entry ledger_entries) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN entry.kind = 'earn'
                THEN 'e' || entry.id || chr(31)
                     || ((EXTRACT(EPOCH FROM entry.occurred_at) * 1000000)::bigint * 10 + 621355968000000000) || chr(31)
                     || COALESCE(entry.amount_minor, 0) || chr(31) || entry.points || chr(31)
                     || COALESCE(entry.store_id, '') || chr(31) || COALESCE(entry.categories, '') || chr(30)
                ELSE 'r' || entry.reverses_entry_id || chr(30) END
$$;

UPDATE members m SET purchase_digest = d.digest
FROM (SELECT l.member_id, string_agg(purchase_digest_record(l), '' ORDER BY l.id) AS digest
      FROM ledger_entries l
      WHERE l.kind = 'earn' OR (l.kind = 'reverse' AND l.reverses_entry_id IS NOT NULL)
      GROUP BY l.member_id) d
WHERE d.member_id = m.id;

CREATE FUNCTION ledger_purchase_digest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE members SET purchase_digest = purchase_digest || purchase_digest_record(NEW) WHERE id = NEW.member_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_ledger_purchase_digest AFTER INSERT ON ledger_entries FOR EACH ROW
WHEN (NEW.kind = 'earn' OR (NEW.kind = 'reverse' AND NEW.reverses_entry_id IS NOT NULL))
EXECUTE FUNCTION ledger_purchase_digest();
