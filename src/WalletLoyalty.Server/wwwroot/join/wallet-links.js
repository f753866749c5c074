/** The query names of what the shopper types, as the join links read them. */
export const fieldNames = ['name', 'email', 'phone', 'birthday'];

/**
 * The wallet link carrying what the shopper typed: each non-empty field, and marketingConsent=true only when
 * the box is ticked. Empty fields (and an unticked box) are taken off the link again.
 */
export function walletHref(baseHref, fields, pageUrl) {
  const url = new URL(baseHref, pageUrl);
  for (const name of fieldNames) {
    const value = (fields[name] ?? '').trim();
    if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
  }
  if (fields.marketingConsent) url.searchParams.set('marketingConsent', 'true'); else url.searchParams.delete('marketingConsent');
  return url.pathname + url.search;
}
