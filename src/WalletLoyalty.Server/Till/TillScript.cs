namespace WalletLoyalty.Server.Till;

/// <summary>
/// The till's script, one module in parts. Parts only declare functions (plus the shared state below);
/// <see cref="Start"/> runs last, so no part depends on the order of the others.
/// </summary>
public static partial class TillScript
{
    public static readonly string Source = string.Join('\n', Core, Session, Scan, Camera, Member, Earn, Reverse, Start);

    private const string Core = """

        const el = (id) => document.getElementById(id);
        const SESSION_KEY = 'walletloyalty.till.key';
        const state = { key: null, me: null, money: null, card: null, code: null, camera: null, armed: null, reverseArmed: null, offerIds: 0, retryKeys: new Map() };

        class Problem extends Error {
          constructor(status, title, detail, type) {
            super(detail || title);
            Object.assign(this, { status, title, detail, type });
          }
          get offline() { return this.status === 0; }
        }

        function newIdempotencyKey() {
          const b = crypto.getRandomValues(new Uint8Array(16));
          b[6] = (b[6] & 0x0f) | 0x40;
          b[8] = (b[8] & 0x3f) | 0x80;
          const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        }

        // One key per operation: retrying the very same request after a lost answer reuses it, so the server counts it once.
        function idempotencyKeyFor(fingerprint) {
          let key = state.retryKeys.get(fingerprint);
          if (!key) {
            key = newIdempotencyKey();
            state.retryKeys.set(fingerprint, key);
          }
          return key;
        }

        async function api(method, path, body) {
          const headers = { Accept: 'application/json, application/problem+json', Authorization: `Bearer ${state.key}` };
          const payload = body === undefined ? undefined : JSON.stringify(body);
          const fingerprint = method === 'POST' ? `${path} ${payload}` : null;
          if (payload !== undefined) headers['Content-Type'] = 'application/json';
          if (fingerprint) headers['Idempotency-Key'] = idempotencyKeyFor(fingerprint);
          let response;
          try {
            response = await fetch(path, { method, headers, body: payload, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(20000) });
          } catch {
            throw new Problem(0, 'No connection', 'The till could not reach the server. Check the network and try again.');
          }
          // A definite answer settles the operation; after a server error the same request is retried with the same key.
          if (fingerprint && response.status < 500) state.retryKeys.delete(fingerprint);
          const data = await response.json().catch(() => null);
          if (response.ok) return data;
          throw new Problem(response.status, data?.title ?? `The server answered ${response.status}`, data?.detail ?? '', data?.type ?? '');
        }

        function say(kind, headline, detail = '') {
          const box = el(kind === 'error' ? 'alert' : 'status');
          clearMessages();
          const strong = document.createElement('strong');
          strong.textContent = headline;
          box.className = `message ${kind}`;
          box.replaceChildren(strong);
          if (detail) {
            const span = document.createElement('span');
            span.textContent = detail;
            box.append(span);
          }
          box.scrollIntoView({ block: 'nearest' });
        }

        function clearMessages() {
          el('status').replaceChildren();
          el('alert').replaceChildren();
        }

        function showProblem(problem, headline) {
          if (problem.status === 401) {
            signOut('The till was signed out because its key is no longer accepted. Sign in again.');
            return;
          }
          const detail = problem.status === 403 ? `This key may not do that. ${problem.detail}` : problem.detail || problem.title;
          say('error', headline, detail);
        }

        // Disables a form's buttons while its request runs, so a double tap cannot send it twice.
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

        function markInvalid(field, invalid) {
          if (invalid) field.setAttribute('aria-invalid', 'true'); else field.removeAttribute('aria-invalid');
        }

        function formatPoints(n) {
          return `${new Intl.NumberFormat().format(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
        }

        function focusScan() {
          el('scan').focus();
        }
        """;

    private const string Start = """

        wireSession();
        wireScan();
        wireCamera();
        wireMember();
        wireEarn();
        wireReverse();
        """;
}
