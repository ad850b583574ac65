import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '../app/start-core';
import { appVersion } from '../app/version';
import { defaultUserDataDir } from '../services/paths/user-data-dir';
import { openConfStore } from '../services/preferences/conf-store';
import { HostArgsError, parseHostArgs } from './cli-args';
import { startHostServer } from './host-server';

/**
 * `npm run start:browser`: the whole app in a browser, for trying it without a display and for the
 * end-to-end tests. The first line printed is the address, so scripts can read it.
 */
async function main(): Promise<void> {
  let args;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof HostArgsError) {
      console.error(`${error.message}\nUsage: node dist/host/host.js [--port N] [--data DIR]`);
      process.exit(2);
    }
    throw error;
  }
  const here = import.meta.dirname;
  const dataDir = path.resolve(args.dataDir ?? defaultUserDataDir(process.platform, process.env, os.homedir()));
  await fsp.mkdir(dataDir, { recursive: true });
  const preferences = await openConfStore(dataDir);
  if (preferences.setAside) console.error(`Damaged preferences file kept as ${preferences.setAside}`);
  const core = await startCore({ dataDir, version: appVersion, preferences: preferences.store, encryptAtRest: true });
  const server = await startHostServer({
    dispatch: core.dispatch,
    rendererDir: path.join(here, '../renderer'),
    bridgeScript: await fsp.readFile(path.join(here, 'bridge.js'), 'utf8'),
    token: randomBytes(32).toString('base64url'),
    port: args.port,
  });
  console.log(server.url);
  console.log(`Verbind browser host: data in ${dataDir}. Stop with Ctrl+C.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
