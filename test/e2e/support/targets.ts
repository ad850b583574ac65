import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron, type Browser, type Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startHost, type HostProcess } from './host-process';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** One running Verbind, however it is hosted, as a spec sees it. */
export interface AppSession {
  readonly page: Page;
  /** Closes the app and opens it again on the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface Target {
  readonly name: string;
  /** Why this target cannot run here; undefined when it can. */
  readonly unavailableBecause: string | undefined;
  launch(dataDir: string, options?: LaunchOptions): Promise<AppSession>;
}

/** Records CSP violations on every page, so a spec can assert there were none. */
async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = store;
    document.addEventListener('securitypolicyviolation', (event) => store.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The passphrase every spec's caseload is encrypted with (the security spec sets its own through the screens). */
export const e2ePassphrase = 'een lange wachtzin voor de tests';

/**
 * The caseload is encrypted: a fresh folder is set up and a known one unlocked through the same
 * API calls the set-up and unlock screens make, so specs about other things start in the app.
 */
async function enterApp(page: Page, options: LaunchOptions): Promise<void> {
  if (options.manualSecurity) return;
  await page.waitForFunction(() => 'api' in window);
  await page.evaluate(async (passphrase) => {
    const api = (window as unknown as { api: { invoke(name: string, input: unknown): Promise<{ ok: boolean; value?: { state?: string } }> } }).api;
    const status = await api.invoke('security.status', {});
    if (status.value?.state === 'setup_needed') await api.invoke('security.setup', { passphrase, understood: true });
    else if (status.value?.state === 'locked') await api.invoke('security.unlock', { passphrase });
  }, e2ePassphrase);
  await page.reload();
}

export interface LaunchOptions {
  /** Leave set-up and unlocking to the spec (it tests those screens). */
  manualSecurity?: boolean;
}

let sharedBrowser: Browser | undefined;

const browserHost: Target = {
  name: 'browser host (Chromium)',
  unavailableBecause: existsSync('/usr/bin/chromium') || process.env.VERBIND_CHROMIUM ? undefined : 'Chromium is not installed',
  async launch(dataDir, options = {}) {
    sharedBrowser ??= await launchChromium();
    const browser = sharedBrowser;
    let host: HostProcess;
    let page: Page;
    const open = async () => {
      host = await startHost(dataDir);
      const context = await browser.newContext({ locale: 'nl-NL' });
      page = await context.newPage();
      await watchCsp(page);
      await page.goto(host.url);
      await enterApp(page, options);
    };
    const shut = async () => {
      await page.context().close();
      const code = await host.stop();
      if (code !== 0) throw new Error(`Host exited with code ${code}`);
    };
    await open();
    return {
      get page() {
        return page;
      },
      restart: async () => {
        await shut();
        await open();
      },
      close: shut,
    };
  },
};

function electronBinary(): string | undefined {
  if (process.env.VERBIND_ELECTRON) return process.env.VERBIND_ELECTRON;
  // Read electron's own pointer instead of requiring the package, which would try to download.
  const pathFile = path.join(repoRoot, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(repoRoot, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const electronApp: Target = {
  name: 'Electron',
  unavailableBecause: electronBinary()
    ? undefined
    : 'no Electron binary on this machine (it cannot be downloaded here); set VERBIND_ELECTRON or run where `npx electron` works',
  async launch(dataDir, options = {}) {
    const executablePath = electronBinary()!;
    let app: Awaited<ReturnType<typeof _electron.launch>>;
    let page: Page;
    const open = async () => {
      app = await _electron.launch({ executablePath, args: [repoRoot, `--data=${dataDir}`], env: { ...process.env, LANG: 'nl_NL.UTF-8' } });
      page = await app.firstWindow();
      await watchCsp(page);
      await page.reload();
      await enterApp(page, options);
    };
    await open();
    return {
      get page() {
        return page;
      },
      restart: async () => {
        await app.close();
        await open();
      },
      close: () => app.close(),
    };
  },
};

export const targets: readonly Target[] = [browserHost, electronApp];

export async function closeSharedBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = undefined;
}
