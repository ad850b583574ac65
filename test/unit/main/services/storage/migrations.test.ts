import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDocumentMigrations, clientDocumentVersion } from '../../../../../main/services/storage/client-document';
import {
  assertMigrationChain,
  migrateDocument,
  MigrationInputError,
  NewerVersionError,
  type Migration,
} from '../../../../../main/services/storage/migrations';

/** Synthetic chain: v2 splits `name`, v3 builds `label` from the v2 fields (so order matters). */
const synthetic: readonly Migration[] = [
  {
    version: 2,
    description: 'split name',
    up: ({ name, ...rest }) => {
      const [givenName, familyName] = String(name).split(' ');
      return { ...rest, givenName, familyName };
    },
  },
  {
    version: 3,
    description: 'add label',
    up: (document) => ({ ...document, label: `${String(document.familyName)}, ${String(document.givenName)}` }),
  },
];

describe('migrateDocument', () => {
  it('lifts a version 1 document through every step, in order', () => {
    expect(migrateDocument({ schemaVersion: 1, name: 'Anna Jansen' }, synthetic, 3)).toEqual({
      schemaVersion: 3,
      givenName: 'Anna',
      familyName: 'Jansen',
      label: 'Jansen, Anna',
    });
  });

  it('applies only the steps above the stored version', () => {
    expect(migrateDocument({ schemaVersion: 2, givenName: 'Piet', familyName: 'Smit' }, synthetic, 3)).toEqual({
      schemaVersion: 3,
      givenName: 'Piet',
      familyName: 'Smit',
      label: 'Smit, Piet',
    });
  });

  it('leaves a current document as it is', () => {
    const current = { schemaVersion: 3, givenName: 'Piet', familyName: 'Smit', label: 'kept as stored' };
    expect(migrateDocument(current, synthetic, 3)).toEqual(current);
  });

  it('does not change the document it was given', () => {
    const stored = { schemaVersion: 1, name: 'Anna Jansen' };
    migrateDocument(stored, synthetic, 3);
    expect(stored).toEqual({ schemaVersion: 1, name: 'Anna Jansen' });
  });

  it('stamps each step\'s version, even when a step forgets to', () => {
    const forgetful: Migration[] = [{ version: 2, description: 'returns the old stamp', up: (d) => ({ ...d, schemaVersion: 1 }) }];
    expect(migrateDocument({ schemaVersion: 1 }, forgetful, 2)).toEqual({ schemaVersion: 2 });
  });

  it('refuses a document from a newer app, saying which versions', () => {
    const refusal = (() => {
      try {
        migrateDocument({ schemaVersion: 4 }, synthetic, 3);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(NewerVersionError);
    expect(refusal).toMatchObject({ found: 4, supported: 3 });
  });

  it.each([
    ['a missing schemaVersion', { name: 'x' }],
    ['a string schemaVersion', { schemaVersion: '1' }],
    ['schemaVersion 0', { schemaVersion: 0 }],
    ['a negative schemaVersion', { schemaVersion: -1 }],
    ['a fractional schemaVersion', { schemaVersion: 1.5 }],
    ['a null schemaVersion', { schemaVersion: null }],
    ['null', null],
    ['an array', [{ schemaVersion: 1 }]],
    ['a string', '{"schemaVersion":1}'],
    ['a number', 1],
  ])('refuses %s', (_label, raw) => {
    expect(() => migrateDocument(raw, synthetic, 3)).toThrow(MigrationInputError);
  });
});

describe('assertMigrationChain', () => {
  const step = (version: number): Migration => ({ version, description: `to ${version}`, up: (d) => d });

  it('accepts versions 2..current, each once, in order', () => {
    expect(() => assertMigrationChain([], 1)).not.toThrow();
    expect(() => assertMigrationChain([step(2), step(3), step(4)], 4)).not.toThrow();
  });

  it.each([
    ['a gap', [step(2), step(4)], 4],
    ['a wrong order', [step(3), step(2)], 3],
    ['a duplicate', [step(2), step(2)], 3],
    ['a missing last step', [step(2)], 3],
    ['a step beyond the current version', [step(2), step(3)], 2],
    ['a chain that starts at 1', [step(1)], 2],
  ])('refuses %s', (_label, chain, current) => {
    expect(() => assertMigrationChain(chain, current)).toThrow();
  });
});

describe('the client document migrations', () => {
  it('form a complete chain up to the current client document version', () => {
    expect(() => assertMigrationChain(clientDocumentMigrations, clientDocumentVersion)).not.toThrow();
  });

  it('each have their own test file under test/unit/main/services/storage/migrations/', () => {
    const folder = path.join(import.meta.dirname, 'migrations');
    for (const migration of clientDocumentMigrations) {
      const expected = path.join(folder, `client-document-v${migration.version}.test.ts`);
      expect(fs.existsSync(expected), `add ${path.relative(process.cwd(), expected)} for "${migration.description}"`).toBe(true);
    }
  });
});
