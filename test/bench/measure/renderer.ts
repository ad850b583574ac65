import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/chromium';
import { median, ratio, round, spread, type Spread } from './stats';

export interface RendererResult {
  /** Navigation start to the first client row in the caseload grid (median of reloads). */
  firstRowMs: number;
  /** The same, for a static page with a 50-row table. */
  baselineFirstRowMs: number;
  ratio: number;
  /** Key down to the grid and count line updated, per keystroke, waiting for each to settle. */
  searchPerKeystroke: Spread;
  /** The renderer waits this long after the last key before it asks (debounce); included above. */
  debounceMs: number;
  repetitions: number;
  baselineName: string;
}

/** The browser host on a data folder (the e2e helper resolves dist/ from its own place, which a bundle moves). */
async function startHost(repoRoot: string, dataDir: string) {
  const child = spawn(process.execPath, [
    // The host holds the whole caseload like the app; at the organisation size it needs more than Node's default heap limit.
    `--max-old-space-size=${Math.max(4096, Math.floor((os.totalmem() / 1024 ** 2) * 0.5))}`,
    path.join(repoRoot, 'dist/host/host.js'), '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${stderr}`)), 60_000);
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    void exited.then((code) => reject(new Error(`host exited with ${code}: ${stderr}`)));
  });
  return { url, stop: async () => (child.kill('SIGTERM'), exited) };
}

/** The caseload's search debounce (renderer/caseload/caseload-page.tsx). */
const debounceMs = 120;
const rowSelector = 'main [role="grid"] [role="row"] a';

/** Set in every page before its scripts: when the first row appears, and the last DOM change. */
const observerScript = `(() => {
  const state = { firstRow: undefined, lastMutation: 0, keyAt: 0 };
  window.__bench = state;
  new MutationObserver(() => {
    state.lastMutation = performance.now();
    if (state.firstRow === undefined && document.querySelector(${JSON.stringify(rowSelector)})) state.firstRow = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('keydown', () => { state.keyAt = performance.now(); }, true);
})();`;

async function firstRow(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector(rowSelector, { timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { __bench: { firstRow: number } }).__bench.firstRow);
}

const staticTable = `<!doctype html><html><body><main><h1>Caseload</h1><table role="grid">${Array.from(
  { length: 50 },
  (_, n) => `<tr role="row"><td><a href="#c${n}">Cliënt ${n}</a></td><td>actief</td><td>06 1234 56${String(n).padStart(2, '0')}</td></tr>`,
).join('')}</table></main></body></html>`;

/**
 * The renderer in Chromium via Playwright against the browser host: the caseload's first row
 * after a load (already unlocked), and typing a search key by key.
 */
export async function measureRenderer(options: { repoRoot: string; dataDir: string; passphrase: string; repetitions: number; queries: readonly string[] }): Promise<RendererResult> {
  const host = await startHost(options.repoRoot, options.dataDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'nl-NL' });
    await context.addInitScript(observerScript);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => 'api' in window);
    await page.evaluate(async (passphrase) => {
      const api = (window as unknown as { api: { invoke(name: string, input: unknown): Promise<{ ok: boolean }> } }).api;
      const unlocked = await api.invoke('security.unlock', { passphrase });
      if (!unlocked.ok) throw new Error(`unlock refused: ${JSON.stringify(unlocked)}`);
    }, options.passphrase);
    const caseloadUrl = `${host.url.replace(/#.*$/, '')}#/caseload`;
    // A full load (the unlock screen only leaves on one), which also warms the caches.
    await page.goto('about:blank');
    await firstRow(page, caseloadUrl);
    const appTimes: number[] = [];
    const staticTimes: number[] = [];
    const staticUrl = `data:text/html;base64,${Buffer.from(staticTable).toString('base64')}`;
    for (let n = 0; n < options.repetitions; n++) {
      await page.goto('about:blank');
      appTimes.push(await firstRow(page, caseloadUrl));
      staticTimes.push(await firstRow(page, staticUrl));
    }
    await page.goto(caseloadUrl);
    await page.waitForSelector(rowSelector);
    const search = page.getByLabel('Zoeken', { exact: true });
    const keystrokes: number[] = [];
    for (let n = 0; n < options.repetitions; n++) {
      for (const query of options.queries) {
        await search.fill('');
        await page.waitForTimeout(300);
        let typed = '';
        for (const key of query) {
          const asks = (typed + key).trim() !== typed.trim();
          typed += key;
          const answered = asks ? page.waitForResponse((response) => response.url().includes('/api/clients.list'), { timeout: 120_000 }) : undefined;
          await page.keyboard.type(key);
          // A key that leaves the trimmed query unchanged (a space) asks nothing: then wait out the debounce.
          await (answered ?? page.waitForTimeout(debounceMs + 200));
          const ms = await page.evaluate(
            () =>
              new Promise<number>((resolve) =>
                requestAnimationFrame(() =>
                  requestAnimationFrame(() => {
                    const state = (window as unknown as { __bench: { lastMutation: number; keyAt: number } }).__bench;
                    resolve(Math.max(state.lastMutation, state.keyAt) - state.keyAt);
                  }),
                ),
              ),
          );
          keystrokes.push(ms);
        }
      }
    }
    await context.close();
    const firstRowMs = median(appTimes);
    const baselineFirstRowMs = median(staticTimes);
    return {
      firstRowMs: round(firstRowMs),
      baselineFirstRowMs: round(baselineFirstRowMs),
      ratio: ratio(firstRowMs, baselineFirstRowMs),
      searchPerKeystroke: spread(keystrokes),
      debounceMs,
      repetitions: options.repetitions,
      baselineName: 'first row of a static HTML page with a 50-row table, same browser',
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
