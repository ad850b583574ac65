import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const localesDir = path.join(repoRoot, 'locales');
const languages = ['nl', 'en'] as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function readNamespace(language: string, file: string): Json {
  return JSON.parse(fs.readFileSync(path.join(localesDir, language, file), 'utf8')) as Json;
}

/** Every leaf as "a.b.c" → value. */
function leaves(value: Json, prefix = ''): Map<string, Json> {
  const result = new Map<string, Json>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leaf, leafValue] of leaves(child, prefix === '' ? key : `${prefix}.${key}`)) result.set(leaf, leafValue);
    }
  } else {
    result.set(prefix, value);
  }
  return result;
}

function namespaceFiles(language: string): string[] {
  return fs.readdirSync(path.join(localesDir, language)).filter((file) => file.endsWith('.json')).sort();
}

/** "clients:validation.tooLong" → is it a leaf in that language? (plural forms count: key_one/_other) */
function hasKey(language: string, qualified: string): boolean {
  const [namespace, key] = qualified.split(':');
  if (namespace === undefined || key === undefined) return false;
  const file = `${namespace}.json`;
  if (!namespaceFiles(language).includes(file)) return false;
  const keys = leaves(readNamespace(language, file));
  return keys.has(key) || keys.has(`${key}_other`);
}

/**
 * Every "ns:key" string literal in main/ source whose namespace is a locale file: the keys the main
 * process may send ('node:fs' and the like name no locale file and are passed over).
 */
function keysSentByMain(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of fs.readFileSync(full, 'utf8').matchAll(/['"`]([a-z]+:[\w.]+)['"`]/g)) {
          const key = match[1];
          if (key !== undefined && namespaceFiles('nl').includes(`${key.split(':')[0]}.json`)) found.add(key);
        }
      }
    }
  };
  walk(path.join(repoRoot, 'main'));
  return [...found].sort();
}

describe('locales', () => {
  it('has the same namespace files in every language', () => {
    expect(namespaceFiles('en')).toEqual(namespaceFiles('nl'));
    // The renderer's namespaces; the main process may keep its own (e.g. the menu) beside them.
    expect(namespaceFiles('nl')).toEqual(
      expect.arrayContaining(['caseload.json', 'clients.json', 'common.json', 'errors.json', 'settings.json']),
    );
  });

  it.each(namespaceFiles('nl'))('%s holds exactly the same keys in nl and en, none empty', (file) => {
    const nl = leaves(readNamespace('nl', file));
    const en = leaves(readNamespace('en', file));
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const language of languages) {
      for (const [key, value] of leaves(readNamespace(language, file))) {
        expect(typeof value === 'string' && value.trim() !== '', `${language}/${file} ${key}`).toBe(true);
      }
    }
  });

  it.each(namespaceFiles('nl'))('%s uses the same {{placeholders}} in nl and en', (file) => {
    const placeholders = (text: Json | undefined) => [...String(text).matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    const en = leaves(readNamespace('en', file));
    for (const [key, value] of leaves(readNamespace('nl', file))) {
      expect(placeholders(en.get(key)), `${file} ${key}`).toEqual(placeholders(value));
    }
  });

  const required = [
    'errors:invalidInput',
    'errors:unknownCall',
    'errors:notFound',
    'errors:conflict',
    'errors:storeUnavailable',
    'errors:storeNewerVersion',
    'errors:storeLocked',
    'errors:unauthorised',
    'errors:internal',
    'errors:validation.invalid',
    'errors:validation.idInvalid',
    'errors:clientNotFound',
    'errors:clientChangedElsewhere',
    'clients:validation.givenNameRequired',
    'clients:validation.familyNameRequired',
    'clients:validation.tooLong',
    'clients:validation.dateInvalid',
    'clients:validation.dateOfBirthTooEarly',
    'clients:validation.phoneInvalid',
    'clients:validation.emailInvalid',
    'clients:status.registered',
    'clients:status.intake',
    'clients:status.active',
    'clients:status.aftercare',
    'clients:status.closed',
  ];

  it.each(languages)('%s has every key the main process is known to send', (language) => {
    expect(required.filter((key) => !hasKey(language, key))).toEqual([]);
  });

  it.each(languages)('%s has every translation key written in main/ today', (language) => {
    const sent = keysSentByMain();
    expect(sent).toContain('errors:clientChangedElsewhere');
    expect(sent.filter((key) => !hasKey(language, key))).toEqual([]);
  });

  it('names the statuses in natural Dutch', () => {
    const statuses = readNamespace('nl', 'clients.json') as { status: Record<string, Json> };
    // `status.refused.*` beside the names holds the main process's refusals of a status change.
    const names = Object.fromEntries(Object.entries(statuses.status).filter(([, value]) => typeof value === 'string'));
    expect(names).toEqual({
      registered: 'Aangemeld',
      intake: 'Intake',
      active: 'Actief',
      aftercare: 'Nazorg',
      closed: 'Afgesloten',
    });
  });
});
