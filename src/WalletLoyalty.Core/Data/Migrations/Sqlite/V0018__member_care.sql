-- When staff voided a member's card (lost, stolen, or the member erased): the till refuses its code until a new
-- card is issued, which clears it.
ALTER TABLE members ADD COLUMN card_voided_at TEXT;
CREATE INDEX ix_members_erased ON members (erased_at) WHERE erased_at IS NOT NULL;

-- A card voided by staff keeps printing the codes it was issued with: a reissue gives the member new ones, which
-- must not appear on the old (perhaps stolen) card when its phone fetches the void.
ALTER TABLE passes ADD COLUMN voided_member_code TEXT;
ALTER TABLE passes ADD COLUMN voided_member_number TEXT;
