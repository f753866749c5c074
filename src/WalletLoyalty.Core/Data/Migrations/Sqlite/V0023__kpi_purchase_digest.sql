-- The KPIs count every member's purchases in their windows. Reading two million ledger rows costs seconds;
-- each member's purchases written in one text row of their own costs one row per member. A table of its own,
-- so the members' rows stay small for the audience scans. Kept by a trigger, so every writer of the ledger
-- (till, imports) keeps it exact. Records end with char(30), fields are separated by char(31) (neither can be
-- in a store id or a category):
--   e<entry id> <occurred_at> <amount_minor> <points> <store_id> <categories>   a purchase
--   r<entry id>                                                              a reversal of that entry
-- Read by Kpis/PurchaseDigest; docs/kpis.md, decision 0006.
CREATE TABLE purchase_digests (
    member_id INTEGER PRIMARY KEY REFERENCES members (id),
    digest    TEXT NOT NULL
);

INSERT INTO purchase_digests (member_id, digest)
SELECT l.member_id,
       group_concat(CASE WHEN l.kind = 'earn'
                         THEN 'e' || l.id || char(31) || l.occurred_at || char(31) || COALESCE(l.amount_minor, 0) || char(31) || l.points
                              || char(31) || COALESCE(l.store_id, '') || char(31) || COALESCE(l.categories, '') || char(30)
                         ELSE 'r' || l.reverses_entry_id || char(30) END, '')
FROM ledger_entries l
WHERE l.kind = 'earn' OR (l.kind = 'reverse' AND l.reverses_entry_id IS NOT NULL)
GROUP BY l.member_id;

CREATE TRIGGER trg_ledger_purchase_digest AFTER INSERT ON ledger_entries
WHEN NEW.kind = 'earn' OR (NEW.kind = 'reverse' AND NEW.reverses_entry_id IS NOT NULL)
BEGIN
    INSERT INTO purchase_digests (member_id, digest)
    VALUES (NEW.member_id, CASE WHEN NEW.kind = 'earn'
        THEN 'e' || NEW.id || char(31) || NEW.occurred_at || char(31) || COALESCE(NEW.amount_minor, 0) || char(31) || NEW.points
             || char(31) || COALESCE(NEW.store_id, '') || char(31) || COALESCE(NEW.categories, '') || char(30)
        ELSE 'r' || NEW.reverses_entry_id || char(30) END)
    ON CONFLICT (member_id) DO UPDATE SET digest = digest || excluded.digest;
END;
