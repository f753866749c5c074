-- The KPIs count every member's purchases in their windows. Reading two million ledger rows costs seconds;
-- each member's purchases written in one text column of their own row costs one row per member. The column
-- is kept by a trigger, so every writer of the ledger (till, imports) keeps it exact. Records end with
-- char(30), fields are separated by char(31) (neither can be in a store id or a category):
--   e<entry id> <occurred_at> <amount_minor> <points> <store_id> <categories>   a purchase
--   r<entry id>                                                              a reversal of that entry
-- Read by Kpis/PurchaseDigest; docs/kpis.md.
ALTER TABLE members ADD COLUMN purchase_digest TEXT NOT NULL DEFAULT '';

UPDATE members SET purchase_digest = COALESCE((
    SELECT group_concat(record, '') FROM (
        SELECT CASE WHEN l.kind = 'earn'
                    THEN 'e' || l.id || char(31) || l.occurred_at || char(31) || COALESCE(l.amount_minor, 0) || char(31) || l.points
                         || char(31) || COALESCE(l.store_id, '') || char(31) || COALESCE(l.categories, '') || char(30)
                    ELSE 'r' || l.reverses_entry_id || char(30) END AS record
        FROM ledger_entries l
        WHERE l.member_id = members.id AND (l.kind = 'earn' OR (l.kind = 'reverse' AND l.reverses_entry_id IS NOT NULL))
        ORDER BY l.id)), '');

CREATE TRIGGER trg_ledger_purchase_digest AFTER INSERT ON ledger_entries
WHEN NEW.kind = 'earn' OR (NEW.kind = 'reverse' AND NEW.reverses_entry_id IS NOT NULL)
BEGIN
    UPDATE members SET purchase_digest = purchase_digest || CASE WHEN NEW.kind = 'earn'
        THEN 'e' || NEW.id || char(31) || NEW.occurred_at || char(31) || COALESCE(NEW.amount_minor, 0) || char(31) || NEW.points
             || char(31) || COALESCE(NEW.store_id, '') || char(31) || COALESCE(NEW.categories, '') || char(30)
        ELSE 'r' || NEW.reverses_entry_id || char(30) END
    WHERE id = NEW.member_id;
END;
