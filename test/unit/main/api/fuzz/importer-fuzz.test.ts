import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallName } from '../../../../../main/api/contract';
import { apiErrorCodes, type ApiResult } from '../../../../../main/api/errors';
import { startCore, type VerbindCore } from '../../../../../main/app/start-core';
import { builtinTemplates } from '../../../../../main/domain/programme/builtin-templates';
import { parseTemplateFile, serialiseTemplate } from '../../../../../main/domain/programme/template-file';
import { createMemoryDataFiles } from '../../../../support/memory-data-files';
import { manualClock, memoryStore } from '../../support/core';
import { malformedFrom } from './malformed';

/**
 * The importers get at least 10,000 malformed files each: random bytes (invalid UTF-8 included),
 * CSVs whose every row is wrong, broken quoting, byte-order marks, and templates broken in every
 * place. Previews answer or refuse with a typed error; imports are refused; nothing is stored.
 */
const runs = Number(process.env.VERBIND_FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.VERBIND_FUZZ_SEED ?? Date.now() % 1_000_000);
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

const junkText = fc.string({ unit: fc.constantFrom('a', 'é', '€', ';', ',', '"', '\n', '\r', '\t', ' ', '\u0000', '\uFFFD', '„', 'ß'), maxLength: 200 });
const invalidCell = fc.constantFrom('', ' ', '31-02-2020', '2020-13-45', 'gisteren', '=HYPERLINK("x")', '"', '""', '\u0000');

/** A header the importer recognises, then only rows it must refuse (no family name / no name). */
function csvWithOnlyBadRows(header: string): fc.Arbitrary<Uint8Array> {
  const row = fc.tuple(junkText.map((text) => text.replace(/[;\n\r"]/g, '')), invalidCell).map(([given, cell]) => `${given};;${cell.replace(/[;\n\r]/g, '')}`);
  return fc.array(row, { minLength: 1, maxLength: 30 }).map((rows) => new TextEncoder().encode(`${header}\n${rows.join('\n')}\n`));
}

function malformedCsv(header: string): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 3000 }),
    fc.uint8Array({ maxLength: 500 }).map((bytes) => Uint8Array.from([0xff, 0xfe, ...bytes])),
    fc.uint8Array({ maxLength: 500 }).map((bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, ...bytes])),
    junkText.map((text) => new TextEncoder().encode(text)),
    csvWithOnlyBadRows(header),
    junkText.map((text) => new TextEncoder().encode(`${header}\n"${text.replace(/"/g, '')}`)),
    fc.constant(new TextEncoder().encode(`${header}\n`)),
  );
}

const templateText = serialiseTemplate(builtinTemplates[0]!);
const malformedTemplate: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => new TextEncoder().encode(JSON.stringify(value))),
  malformedFrom(JSON.parse(templateText)).map((value) => new TextEncoder().encode(JSON.stringify(value) ?? '')),
  fc.integer({ min: 1, max: templateText.length - 1 }).map((cut) => new TextEncoder().encode(templateText.slice(0, cut))),
);

describe('fuzzing the CSV and template importers with malformed files', () => {
  const files = createMemoryDataFiles();
  let core: VerbindCore;
  let before: string;
  const stored = () => JSON.stringify([...files.files].map(([file, bytes]) => [file, base64(bytes)]));

  beforeAll(async () => {
    console.info(`importer fuzz seed: ${seed} (replay with VERBIND_FUZZ_SEED=${seed}), ${runs} files per importer`);
    core = await startCore({ dataDir: '/memory', files, version: 'fuzz', preferences: memoryStore(), clock: manualClock(), logError: () => undefined });
    before = stored();
  });
  afterAll(() => core.close());

  const call = (name: CallName, input: unknown) => core.dispatch(name, input, { transport: 'test' }) as Promise<ApiResult<unknown>>;
  const expectTypedRefusal = (result: ApiResult<unknown>) => {
    if (result.ok) throw new Error('a malformed file was accepted');
    expect(apiErrorCodes).toContain(result.error.code);
    expect(result.error.code).not.toBe('internal');
    expect(result.error.messageKey).toMatch(/^[a-z]+:[\w.]+$/);
  };
  const expectAnswerOrRefusal = (result: ApiResult<unknown>) => {
    if (!result.ok) expectTypedRefusal(result);
  };

  const importers: [string, string, CallName, CallName][] = [
    ['client CSV', 'Voornaam;Achternaam;Geboortedatum', 'transfer.previewImport', 'transfer.commitImport'],
    ['service directory CSV', 'Naam;Soort;Werkwijze', 'directory.previewImport', 'directory.commitImport'],
  ];
  for (const [label, header, preview, commit] of importers) {
    it(`${label}: previews answer or refuse, imports are refused, the store is unchanged`, { timeout: 180_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(malformedCsv(header), async (bytes) => {
          expectAnswerOrRefusal(await call(preview, { contentBase64: base64(bytes) }));
          expectTypedRefusal(await call(commit, { contentBase64: base64(bytes) }));
        }),
        { numRuns: runs, seed, endOnFailure: true },
      );
      expect(stored()).toBe(before);
    });
  }

  it('programme template files: every malformed one is refused and no template is added', { timeout: 180_000 }, async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(malformedTemplate, async (bytes) => {
        // A mutation that still makes a valid template is not malformed; the importer may take it.
        fc.pre(!parseTemplateFile(bytes).ok);
        sent++;
        expectTypedRefusal(await call('programme.importTemplate', { contentBase64: base64(bytes) }));
      }),
      { numRuns: runs, seed, maxSkipsPerRun: 100, endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(runs);
    expect(stored()).toBe(before);
  });
});
