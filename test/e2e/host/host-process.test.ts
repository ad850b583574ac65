import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostScript, startHost } from '../support/host-process';

describe('npm run start:browser (the browser host process)', () => {
  let dataDir = '';
  beforeEach(async () => {
    dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-hostproc-'));
  });
  afterEach(async () => {
    await fsp.rm(dataDir, { recursive: true, force: true });
  });

  it('prints its 127.0.0.1 address first and serves the app there', async () => {
    const host = await startHost(dataDir);
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(host.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('verbind-bridge.js');
    } finally {
      await host.stop();
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s and frees the data folder', async (signal) => {
    const host = await startHost(dataDir);
    host.child.kill(signal);
    const code = await new Promise<number | null>((resolve) => host.child.once('exit', resolve));
    expect(code).toBe(0);
    await expect(fsp.access(path.join(dataDir, 'verbind.lock'))).rejects.toThrow();
    // The folder is free again: a new host opens it.
    const again = await startHost(dataDir);
    expect(await again.stop()).toBe(0);
  });

  it('refuses a second process on the same data folder, telling the worker why', async () => {
    const first = await startHost(dataDir);
    try {
      const second = await startHost(dataDir);
      try {
        const response = await fetch(`${second.url}`);
        expect(response.status).toBe(200);
        // The page loads, but the caseload says it is in use elsewhere instead of risking two writers.
        const token = /name="verbind-token" content="([^"]+)"/.exec(await response.text())?.[1] ?? '';
        const status = await fetch(`${second.url}api/app.status`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-verbind-token': token },
          body: '{}',
        });
        expect(((await status.json()) as { value: { store: string } }).value.store).toBe('locked');
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  });

  it('explains a wrong argument and exits with an error code', async () => {
    const child = spawn(process.execPath, [hostScript, '--port', 'seventy'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port');
  });
});
