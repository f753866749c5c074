namespace WalletLoyalty.Server.Hosting;

/// <summary>
/// The part of a staff page's script (till, marketing) that talks to the API: problems, idempotency keys,
/// the authorised call, and the busy and message helpers around it. The page's own part declares
/// <c>state</c> (with <c>key</c> and <c>retryKeys</c>), <c>el</c> and <c>OFFLINE_DETAIL</c>.
/// </summary>
public static class StaffScript
{
    public const string Api = """

        class Problem extends Error {
          constructor(status, title, detail, type, errors) {
            super(detail || title);
            Object.assign(this, { status, title, detail, type, errors: errors ?? null });
          }
          get offline() { return this.status === 0; }
        }

        function newIdempotencyKey() {
          const b = crypto.getRandomValues(new Uint8Array(16));
          b[6] = (b[6] & 0x0f) | 0x40;
          b[8] = (b[8] & 0x3f) | 0x80;
          const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
          return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
        }

        // One key per operation: retrying the very same request after a lost answer reuses it, so the server does it once.
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
            throw new Problem(0, 'No connection', OFFLINE_DETAIL);
          }
          // A definite answer settles the operation; after a server error the same request is retried with the same key.
          if (fingerprint && response.status < 500) state.retryKeys.delete(fingerprint);
          const data = response.status === 204 ? null : await response.json().catch(() => null);
          if (response.ok) return data;
          throw new Problem(response.status, data?.title ?? `The server answered ${response.status}`, data?.detail ?? '', data?.type ?? '', data?.errors);
        }

        function clearMessages() {
          el('status').replaceChildren();
          el('alert').replaceChildren();
        }

        // Disables a container's buttons while its request runs, so a double click or tap cannot send it twice.
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
        """;
}
