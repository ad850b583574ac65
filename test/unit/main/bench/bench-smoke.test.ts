import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDocumentSchema } from '../../../../main/services/storage/client-document';
import { clientPlans, generateCaseload } from '../../../bench/generate/caseload';
import { runSize } from '../../../bench/measure/run-size';
import { buildResults, formatResults } from '../../../bench/report';
import { benchSizes, defaultSeed } from '../../../bench/sizes';
import { useTempDirs } from '../support/temp-dirs';

const makeTempDir = useTempDirs();
const now = new Date('2026-12-01T12:00:00.000Z');
const repoRoot = path.resolve(import.meta.dirname, '../../../..');

describe('npm run bench, at a tiny size', () => {
  it('generates the same valid caseload from the same seed and another from another seed', () => {
    const one = [...generateCaseload({ size: benchSizes.worker, seed: 7, now })];
    const again = [...generateCaseload({ size: benchSizes.worker, seed: 7, now })];
    const other = [...generateCaseload({ size: benchSizes.worker, seed: 8, now })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(one));
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(one));
    for (const document of one) expect(clientDocumentSchema.parse(document)).toEqual(document);
    expect(one).toHaveLength(60);
    expect(one.reduce((sum, document) => sum + document.contacts.length, 0)).toBe(3_000);
    // Realistic notes: mostly 150–700 characters; names with accents and tussenvoegsels.
    const lengths = one.flatMap((document) => document.contacts.map((contact) => contact.summary.length)).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThanOrEqual(150);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeLessThanOrEqual(700);
    const names = one.map((document) => `${document.client.givenName} ${document.client.familyName}`).join(' ');
    expect(names).toMatch(/[ëéöüçşÇÖ]/);
    expect(names).toMatch(/ (van|de|ter|in) /);
    expect(one.some((document) => document.programmes.length > 0 && document.programmes[0]!.sessions.some((session) => session.notes.length > 100))).toBe(true);
    expect(one.some((document) => document.referrals.length > 0)).toBe(true);
    expect(one.some((document) => document.contacts.some((contact) => contact.agreements.some((agreement) => agreement.due)))).toBe(true);
  });

  it('plans the issue\'s sizes exactly', () => {
    for (const size of [benchSizes.team, benchSizes.organisation]) {
      const plans = clientPlans({ size, seed: defaultSeed, now });
      expect(plans).toHaveLength(size.clients);
      expect(plans.reduce((sum, plan) => sum + plan.contacts, 0)).toBe(size.contacts);
    }
  });

  it('measures open, edit, search, heap and documents against their baselines', { timeout: 30_000 }, async () => {
    const result = await runSize('tiny', { seed: 11, now, cacheRoot: await makeTempDir(), repoRoot, renderer: false, chromium: false });
    expect(result).toMatchObject({ size: 'tiny', clients: 5, contacts: 40 });
    const positive = [
      result.open.storeMs, result.open.baselineMs, result.edit.edit.p50, result.edit.edit.p95, result.edit.baseline.p95, result.edit.meanBytes,
      result.search.perKeystroke.max, result.heap.mainProcessMb, result.heap.opened.rssMb, result.unlockMs,
      result.pdf.referralLetter.medianMs, result.pdf.progressReport.medianMs, result.pdf.referralLetter.bytes,
    ];
    for (const value of positive) expect(value).toBeGreaterThan(0);
    for (const value of [result.open.ratio, result.edit.ratio, result.search.ratio]) expect(Number.isFinite(value)).toBe(true);
    expect(result.open.clients).toBe(5);
    expect(result.edit.edit.n).toBe(8);
    expect(result.edit.baselineName).toContain('better-sqlite3 not installed');
    expect(result.search.hits).toHaveProperty('Zoë');
    expect(result.pdf.progressReport.pages).toBeGreaterThanOrEqual(1);

    const results = buildResults(11, now, { tiny: result });
    expect(results.targets.map((target) => target.name)).toEqual([
      'edit p95, team', 'edit p95, organisation', 'open vs read + JSON.parse, worker', 'open vs read + JSON.parse, team',
      'open vs read + JSON.parse, organisation', 'referral letter median (tiny)', 'referral letter vs Chromium printing (tiny)',
      'search per keystroke p95, organisation', 'main-process heap, organisation',
    ]);
    expect(results.targets.find((target) => target.name === 'referral letter median (tiny)')).toMatchObject({ measured: result.pdf.referralLetter.medianMs, met: result.pdf.referralLetter.medianMs < 150 });
    expect(results.targets.find((target) => target.name === 'edit p95, team')).toMatchObject({ measured: null, met: false });
    expect(formatResults(results)).toContain('log a contact p50 / p95');
  });
});
