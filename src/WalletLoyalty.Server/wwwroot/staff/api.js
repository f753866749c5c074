// What the staff pages (till, campaigns) share to talk to the API: problems, idempotency keys, the
// authorised call, and the busy and message helpers around it.
import { t } from './texts.js';

export class Problem extends Error {
  constructor(status, title, detail, type, errors) {
    super(detail || title);
    Object.assign(this, { status, title, detail, type, errors: errors ?? null });
  }

  get offline() { return this.status === 0; }
}

export function newIdempotencyKey() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The page's API call. `session` holds the signed-in `key` and the `retryKeys` map; `offlineKey` names the
 * text the page says when the server cannot be reached.
 */
export function createApi(session, offlineKey) {
  // One key per operation: retrying the very same request after a lost answer reuses it, so the server does it once.
  function idempotencyKeyFor(fingerprint) {
    let key = session.retryKeys.get(fingerprint);
    if (!key) {
      key = newIdempotencyKey();
      session.retryKeys.set(fingerprint, key);
    }
    return key;
  }

  return async function api(method, path, body, { idempotent = method === 'POST', signal = null } = {}) {
    const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${session.key}` };
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const fingerprint = idempotent ? `${method} ${path} ${payload}` : null;
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    if (fingerprint) headers['Idempotency-Key'] = idempotencyKeyFor(fingerprint);
    const timeout = AbortSignal.timeout(20000);
    let response;
    try {
      response = await fetch(path, {
        method, headers, body: payload, cache: 'no-store', credentials: 'omit',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (failure) {
      if (signal?.aborted) throw failure;
      throw new Problem(0, t('staff.no-connection'), t(offlineKey));
    }
    // A definite answer settles the operation; after a server error the same request is retried with the same key.
    if (fingerprint && response.status < 500) session.retryKeys.delete(fingerprint);
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.ok) return data;
    throw new Problem(response.status, data?.title ?? t('staff.server-answered', { status: response.status }), data?.detail ?? '', data?.type ?? '', data?.errors);
  };
}

export function clearMessages() {
  document.getElementById('status').replaceChildren();
  document.getElementById('alert').replaceChildren();
}

// Disables a container's buttons while its request runs, so a double click or tap cannot send it twice.
export async function busy(container, work) {
  if (container.getAttribute('aria-busy') === 'true') return;
  container.setAttribute('aria-busy', 'true');
  const buttons = [...container.querySelectorAll('button:not(:disabled)')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await work();
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
    container.removeAttribute('aria-busy');
  }
}
