import { describe, expect, it } from 'vitest';
import { contract, isCallName } from '../../../../main/api/contract';
import { appContract } from '../../../../main/api/contract/app';
import { clientsContract } from '../../../../main/api/contract/clients';
import { preferencesContract } from '../../../../main/api/contract/preferences';

const areas = { app: appContract, clients: clientsContract, preferences: preferencesContract };

describe('the API contract', () => {
  it('declares every call once: no area silently overrides another area\'s call', () => {
    const declared = Object.values(areas).flatMap((area) => Object.keys(area));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(contract).sort()).toEqual([...declared].sort());
  });

  it('names every call area.verb, inside its own area file', () => {
    for (const [area, calls] of Object.entries(areas)) {
      for (const name of Object.keys(calls)) expect(name).toMatch(new RegExp(`^${area}\\.[a-z][A-Za-z]*$`));
    }
  });

  it('says in a sentence what the worker gets from each call', () => {
    for (const [name, call] of Object.entries(contract)) expect(call.summary.length, name).toBeGreaterThan(15);
  });

  it('uses strict object inputs everywhere: an unexpected key is always refused', () => {
    for (const [name, call] of Object.entries(contract)) {
      const result = call.input.safeParse({ unexpectedKey: 1 });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys'), name).toBe(true);
    }
  });

  it('knows only its own names, not inherited object properties', () => {
    for (const name of Object.keys(contract)) expect(isCallName(name)).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'valueOf', 'clients.delete']) expect(isCallName(name)).toBe(false);
  });
});
