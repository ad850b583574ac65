import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { closeSharedBrowser, cspViolations, targets, type AppSession, type Target } from './targets';

export interface SpecContext {
  /** The running app for the current test, on its own temp data folder. */
  app(): AppSession;
  dataDir(): string;
  target: Target;
}

/**
 * Runs the same spec against every target: the browser host here, real Electron where its binary
 * exists. A target that cannot run says why in the suite's name instead of passing silently.
 * Every test gets a fresh data folder and must end without any CSP violation.
 */
export function describeOnTargets(
  title: string,
  body: (context: SpecContext) => void,
  options: { seed?: (dataDir: string) => Promise<void>; manualSecurity?: boolean } = {},
): void {
  for (const target of targets) {
    const reason = target.unavailableBecause;
    if (reason) console.info(`E2E "${title}": ${target.name} target skipped: ${reason}`);
    const name = reason ? `${title} [${target.name}: skipped, ${reason}]` : `${title} [${target.name}]`;
    describe.skipIf(reason !== undefined)(name, () => {
      let session: AppSession | undefined;
      let folder = '';
      beforeEach(async () => {
        folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'verbind-e2e-'));
        await options.seed?.(folder);
        session = await target.launch(folder, { manualSecurity: options.manualSecurity ?? false });
      });
      afterEach(async () => {
        const violations = session ? await cspViolations(session.page).catch(() => []) : [];
        await session?.close();
        session = undefined;
        await fsp.rm(folder, { recursive: true, force: true });
        if (violations.length > 0) throw new Error(`CSP violations: ${violations.join(', ')}`);
      });
      afterAll(closeSharedBrowser);
      body({
        app: () => {
          if (!session) throw new Error('App not running');
          return session;
        },
        dataDir: () => folder,
        target,
      });
    });
  }
}
