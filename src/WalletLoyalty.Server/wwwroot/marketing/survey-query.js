// What the survey answers view asks the API for, and the band a score falls in.

/** promoter (9–10), passive (7–8) or detractor (0–6). */
export const bandOf = (score) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

/** The API's query for a search: the page, and only the filters that are set. */
export function answersQuery(filters) {
  const query = new URLSearchParams({ page: String(filters.page) });
  for (const name of ['q', 'score', 'from', 'to']) if (filters[name]) query.set(name, filters[name]);
  return query;
}
