import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../../../../main/api/contract';
import { apiErrorCodes, type ApiResult } from '../../../../../main/api/errors';
import { findInputShapeProblem } from '../../../../../main/api/forbidden-keys';
import { startCore, type VerbindCore } from '../../../../../main/app/start-core';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { manualClock, memoryStore } from '../../support/core';
import { malformedFrom } from './malformed';
import { validInputs } from './valid-inputs';

/**
 * Every contract call gets at least 10,000 malformed inputs: none crashes the main process, each
 * is refused with a typed error before any handler runs, and the store stays byte for byte as it
 * was. The seed is printed; `VERBIND_FUZZ_SEED=<n>` replays a failure.
 */
const runsPerCall = Number(process.env.VERBIND_FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.VERBIND_FUZZ_SEED ?? Date.now() % 1_000_000);

function isMalformed(name: CallName, input: unknown): boolean {
  return findInputShapeProblem(input) !== undefined || !contract[name].input.safeParse(input).success;
}

/** What a prototype-pollution attack would change: the own keys of the built-in prototypes. */
function prototypeKeys(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Promise.prototype].flatMap((prototype) =>
    Reflect.ownKeys(prototype).map(String),
  );
}

function snapshot(files: Map<string, Uint8Array>): Record<string, string> {
  return Object.fromEntries([...files].map(([file, bytes]) => [file, Buffer.from(bytes).toString('base64')]));
}

describe('fuzzing every contract call with malformed input', () => {
  const files = createMemoryDataFiles();
  let core: VerbindCore;
  let before: Record<string, string>;
  const cleanPrototypes = prototypeKeys();

  beforeAll(async () => {
    console.info(`contract fuzz seed: ${seed} (replay with VERBIND_FUZZ_SEED=${seed}), ${runsPerCall} malformed inputs per call`);
    core = await startCore({ dataDir: '/memory', files, version: 'fuzz', preferences: memoryStore(), clock: manualClock(), logError: () => undefined });
    const created = await core.dispatch('clients.create', validInputs['clients.create'], { transport: 'test' });
    expect(created.ok).toBe(true);
    before = snapshot(files.files);
  });

  afterAll(async () => {
    await core.close();
  });

  it('starts from inputs the contract accepts, so the broken ones are near misses', () => {
    for (const name of Object.keys(contract) as CallName[]) {
      expect(contract[name].input.safeParse(validInputs[name]).success, name).toBe(true);
    }
  });

  for (const name of Object.keys(contract) as CallName[]) {
    it(`${name}: refuses every malformed input with a typed error and changes nothing`, { timeout: 120_000 }, async () => {
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(malformedFrom(validInputs[name]), async (input) => {
          fc.pre(isMalformed(name, input));
          sent++;
          const result: ApiResult<unknown> = await core.dispatch(name, input, { transport: 'test' });
          if (result.ok) throw new Error(`accepted: ${JSON.stringify(input)?.slice(0, 300)}`);
          expect(apiErrorCodes).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.messageKey).toMatch(/^[a-z]+:[\w.]+$/);
        }),
        { numRuns: runsPerCall, seed, maxSkipsPerRun: 1000, endOnFailure: true },
      );
      expect(sent).toBeGreaterThanOrEqual(runsPerCall);
      expect(snapshot(files.files)).toEqual(before);
      expect(prototypeKeys()).toEqual(cleanPrototypes);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
