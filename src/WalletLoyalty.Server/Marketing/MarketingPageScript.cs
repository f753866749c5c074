namespace WalletLoyalty.Server.Marketing;

/// <summary>
/// The dashboard's script, one module in parts. Parts only declare functions (plus the shared state below);
/// <see cref="Start"/> runs last, so no part depends on the order of the others.
/// </summary>
public static partial class MarketingPageScript
{
    public static readonly string Source = string.Join('\n', Core, Dom, Session, Routes, List, Editor, Form, Audience, Message, Trigger, Times, Actions, Results, Charts, Start);

    private const string Core = """

        const el = (id) => document.getElementById(id);
        const SESSION_KEY = 'walletloyalty.marketing.key';
        const PROGRAM_KEY = 'walletloyalty.marketing.program';
        const CHANNELS = { apple: 'Apple Wallet', google: 'Google Wallet', app: 'App push' };
        const STATUS = { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', paused: 'Paused', completed: 'Completed', cancelled: 'Cancelled', missed: 'Missed' };
        const state = {
          key: null, programs: null, program: null, view: null, campaign: null, dirty: false, flash: null,
          results: null, resultsChangedAt: 0, poll: null, countTimer: null, countRequest: null, lastCount: null, lastTextField: null, announced: null, retryKeys: new Map(),
        };

        class Problem extends Error {
          constructor(status, title, detail, type, errors) {
            super(detail || title);
            Object.assign(this, { status, title, detail, type, errors: errors ?? null });
          }
        }

        function newIdempotencyKey() {
          const b = crypto.getRandomValues(new Uint8Array(16));
          b[6] = (b[6] & 0x0f) | 0x40;
          b[8] = (b[8] & 0x3f) | 0x80;
          const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
          return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        }

        // Retrying the very same change after a lost answer reuses its key, so the server does it once.
        function idempotencyKeyFor(fingerprint) {
          let key = state.retryKeys.get(fingerprint);
          if (!key) {
            key = newIdempotencyKey();
            state.retryKeys.set(fingerprint, key);
          }
          return key;
        }

        async function api(method, path, body, { idempotent = method === 'POST', signal = null } = {}) {
          const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${state.key}` };
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
            throw new Problem(0, 'No connection', 'The dashboard could not reach the server. Check the network and try again.');
          }
          if (fingerprint && response.status < 500) state.retryKeys.delete(fingerprint);
          const data = response.status === 204 ? null : await response.json().catch(() => null);
          if (response.ok) return data;
          throw new Problem(response.status, data?.title ?? `The server answered ${response.status}`, data?.detail ?? '', data?.type ?? '', data?.errors);
        }

        function say(kind, headline, detail = '') {
          clearMessages();
          const box = el(kind === 'error' ? 'alert' : 'status');
          box.className = `message ${kind}`;
          box.replaceChildren(...[h('strong', { text: headline }), detail ? h('span', { text: detail }) : null].filter(Boolean));
        }

        function clearMessages() {
          el('status').replaceChildren();
          el('alert').replaceChildren();
        }

        function showProblem(problem, headline) {
          if (!(problem instanceof Problem)) throw problem;
          if (problem.status === 401) {
            signOut('You were signed out because your key is no longer accepted. Sign in again.');
            return;
          }
          const detail = problem.status === 403 ? `Your key may not do that. ${problem.detail}` : problem.detail || problem.title;
          say('error', headline, detail);
        }

        // Disables a container's buttons while its request runs, so a double click cannot send it twice.
        async function busy(container, work) {
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

        const numberFormat = new Intl.NumberFormat();
        const num = (n) => (n === null || n === undefined ? '–' : numberFormat.format(n));
        const percent = (part, whole) => (whole ? `${(100 * part / whole).toFixed(part === whole || part === 0 ? 0 : 1)} %` : '–');
        const rate = (r) => (r === null || r === undefined ? '–' : `${(100 * r).toFixed(1)} %`);
        const sum = (values) => values.reduce((total, v) => total + (v ?? 0), 0);
        const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : many}`;
        """;

    private const string Start = """

        wireSession();
        wireRoutes();
        wireList();
        wireEditor();
        wireAudience();
        wireMessage();
        wireTrigger();
        wireActions();
        wireCharts();
        """;
}
