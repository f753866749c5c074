-- The language a member joined in (a shopper language tag such as pl or zh-Hant); campaign messages and
-- pass dates follow it. Null for members who joined before it was kept: they read English.
ALTER TABLE members ADD COLUMN language TEXT;
