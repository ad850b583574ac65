/**
 * Runs in the page the browser host serves, before the renderer: gives it the same `window.api`
 * the Electron preload gives, over HTTP to the host. The per-run token is read from a meta tag of
 * the served page (never baked into this script, which any site could include with a script tag).
 */
(() => {
  const meta = document.querySelector('meta[name="verbind-token"]');
  const token = meta?.getAttribute('content') ?? '';
  meta?.remove();
  const api = Object.freeze({
    async invoke(name: string, input: unknown): Promise<unknown> {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-verbind-token': token },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
      if (response.headers.get('content-type')?.startsWith('application/json')) return response.json();
      return { ok: false, error: { code: 'internal', messageKey: 'errors:internal' } };
    },
  });
  Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
})();
