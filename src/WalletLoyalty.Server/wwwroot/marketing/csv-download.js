// A CSV needs the key in a header, so it is fetched here and handed to the browser as a file through a blob: URL.
import { Problem } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { h } from './dom.js';
import { say, showProblem, state } from './state.js';

/** Fetches the CSV at `path` and saves it as `fileName`: true when saved; a failure is said at the top of the page. */
export async function downloadCsv(path, fileName) {
  let response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'text/csv', Authorization: `Bearer ${state.key}` }, cache: 'no-store', credentials: 'omit',
      signal: AbortSignal.timeout(60000),
    });
  } catch {
    say('error', t('marketing.csv-failed'), t('marketing.offline'));
    return false;
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    showProblem(new Problem(response.status, data?.title ?? t('staff.server-answered', { status: response.status }), data?.detail ?? ''), t('marketing.csv-failed'));
    return false;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return true;
}
