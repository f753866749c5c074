/** The wallet link for a card with the shopper's name printed on it; an empty name leaves the link as it was. */
export function walletHref(baseHref, name, pageUrl) {
  const url = new URL(baseHref, pageUrl);
  if (name) url.searchParams.set('name', name); else url.searchParams.delete('name');
  return url.pathname + url.search;
}
