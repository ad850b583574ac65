import { execFile } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * A stand-in for the Electron binary (none can be downloaded here): a script that carries Electron's
 * fuse wire, all fuses on, so the packaging step that flips them has something real to flip.
 */
async function makeStubElectronDist(folder: string): Promise<void> {
  await fsp.mkdir(folder, { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub electron"\nexit 0\n# '),
    Buffer.from(fuseSentinel),
    Buffer.from([1, 9]),
    Buffer.from('111111111'),
    Buffer.from('\n'),
  ]);
  await fsp.writeFile(path.join(folder, 'electron'), binary, { mode: 0o755 });
}

describe('packaged desktop app (electron-builder --linux dir, offline)', () => {
  let work = '';
  let entries: string[] = [];
  let executable = '';

  beforeAll(async () => {
    work = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-pack-'));
    await makeStubElectronDist(path.join(work, 'electron-dist'));
    await run(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        `-c.electronDist=${path.join(work, 'electron-dist')}`,
        `-c.directories.output=${path.join(work, 'out')}`,
      ],
      { cwd: repoRoot, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
    );
    const unpacked = path.join(work, 'out', 'linux-unpacked');
    entries = listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
      entry.split(path.sep).join('/'),
    );
    executable = path.join(unpacked, 'verbind');
  }, 180_000);

  afterAll(async () => {
    if (work) await fsp.rm(work, { recursive: true, force: true });
  });

  it('holds the built main process, preload and renderer', () => {
    expect(entries).toContain('/package.json');
    expect(entries).toContain('/dist/main/main.js');
    expect(entries).toContain('/dist/preload/preload.cjs');
    expect(entries).toContain('/dist/renderer/index.html');
    expect(entries.some((entry) => /^\/dist\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('ships the runtime dependencies the main process imports', () => {
    for (const dependency of ['zod', 'lowdb', 'conf', 'electron-store', 'i18next', 'pdfkit']) {
      expect(entries, dependency).toContain(`/node_modules/${dependency}/package.json`);
    }
  });

  it('holds no sources, tests, browser host or development dependencies', () => {
    const forbidden = entries.filter(
      (entry) =>
        /^\/(test|renderer|main|locales|\.ci|docs)\//.test(entry) ||
        entry.startsWith('/dist/host/') ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(entry) ||
        /^\/node_modules\/(electron|electron-builder|vitest|vite|typescript|react|react-dom|playwright-core|jsdom|esbuild|@testing-library)\//.test(
          entry,
        ),
    );
    expect(forbidden).toEqual([]);
  });

  it('turns off the Electron fuses that would let the app run as plain Node or load outside its package', async () => {
    const wire = await getCurrentFuseWire(executable);
    const off = 48; // FuseState.DISABLE, the character '0'
    const on = 49;
    expect(wire[FuseV1Options.RunAsNode]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(off);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(on);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(on);
  });
});
