import { request } from 'node:http';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type VerbindCore } from '../../../../main/app/start-core';
import { startHostServer, type HostServer } from '../../../../main/host/host-server';
import { openConfStore } from '../../../../main/services/preferences/conf-store';
import { contentSecurityPolicy } from '../../../../main/security/content-security-policy';

const token = 'test-token-0123456789';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Node's http client, because fetch will not let a test forge the Host header. */
function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser host server', () => {
  let work = '';
  let core: VerbindCore;
  let server: HostServer;
  let host = '';

  const api = (name: string, body: string, headers: Record<string, string> = {}) =>
    send(server.url, {
      method: 'POST',
      path: `/api/${name}`,
      headers: { host, 'content-type': 'application/json', 'x-verbind-token': token, ...headers },
      body,
    });

  beforeEach(async () => {
    work = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-host-'));
    const rendererDir = path.join(work, 'renderer');
    await fsp.mkdir(rendererDir);
    await fsp.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    await fsp.writeFile(path.join(work, 'secret.txt'), 'outside the renderer');
    const dataDir = path.join(work, 'data');
    await fsp.mkdir(dataDir);
    core = await startCore({ dataDir, version: '0.0.0-test', preferences: (await openConfStore(dataDir)).store });
    server = await startHostServer({ dispatch: core.dispatch, rendererDir, bridgeScript: '/* bridge */', token, port: 0 });
    host = new URL(server.url).host;
  });

  afterEach(async () => {
    await server.close();
    await core.close();
    await fsp.rm(work, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves the renderer with the token, the bridge script and a strict CSP header', async () => {
    const page = await send(server.url, { path: '/', headers: { host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="verbind-token" content="${token}" />`);
    expect(page.body).toContain('<script src="./verbind-bridge.js"></script>');
    expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
    const bridge = await send(server.url, { path: '/verbind-bridge.js', headers: { host } });
    expect(bridge.body).toBe('/* bridge */');
    expect(bridge.body).not.toContain(token);
  });

  it('answers a call made with the token from our own origin', async () => {
    const response = await api('clients.create', JSON.stringify({ givenName: 'Zoë', familyName: 'de Vries' }), {
      origin: `http://${host}`,
    });
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body) as { ok: boolean; value: { givenName: string } };
    expect(result.ok).toBe(true);
    expect(result.value.givenName).toBe('Zoë');
  });

  it.each([
    ['no token', { 'x-verbind-token': '' }],
    ['a wrong token', { 'x-verbind-token': 'guess' }],
    ['a token one character short', { 'x-verbind-token': token.slice(0, -1) }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
    ['a DNS-rebinding Host header', { host: 'evil.example' }],
    ['a null Origin', { origin: 'null' }],
  ])('refuses a call with %s and changes nothing', async (_case, headers) => {
    const response = await api('clients.create', JSON.stringify({ givenName: 'Eva', familyName: 'Mallory' }), headers);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'unauthorised', messageKey: 'errors:unauthorised' } });
    const list = JSON.parse((await api('clients.list', '{}')).body) as { value: unknown[] };
    expect(list.value).toEqual([]);
  });

  it('refuses static files asked for under a foreign Host header', async () => {
    const response = await send(server.url, { path: '/', headers: { host: 'evil.example' } });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(token);
  });

  it('refuses malformed bodies, wrong methods and oversized requests with typed errors', async () => {
    const notJson = await api('clients.list', '{not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('invalid_input');

    const wrongType = await api('clients.list', '{}', { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(405);

    const huge = await api('clients.list', JSON.stringify({ query: 'x'.repeat(3 * 1024 * 1024) }));
    expect(huge.status).toBe(400);
    expect(JSON.parse(huge.body).error.code).toBe('invalid_input');

    const unknown = await api('clients.delete-everything', '{}');
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_call');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00index.html', '/..\\secret.txt']) {
      const response = await send(server.url, { path: attempt, headers: { host } });
      expect(response.status, attempt).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    }
  });
});
