import { describe, expect, it } from 'vitest';
import { contract, isCallName } from '../../../../main/api/contract';
import { agendaContract } from '../../../../main/api/contract/agenda';
import { appContract } from '../../../../main/api/contract/app';
import { clientsContract } from '../../../../main/api/contract/clients';
import { contactsContract } from '../../../../main/api/contract/contacts';
import { directoryContract } from '../../../../main/api/contract/directory';
import { documentsContract } from '../../../../main/api/contract/documents';
import { securityContract } from '../../../../main/api/contract/security';
import { measuresContract } from '../../../../main/api/contract/measures';
import { preferencesContract } from '../../../../main/api/contract/preferences';
import { programmeContract } from '../../../../main/api/contract/programme';
import { referralsContract } from '../../../../main/api/contract/referrals';
import { transferContract } from '../../../../main/api/contract/transfer';
import { backupsContract } from '../../../../main/api/contract/backups';
import { privacyContract } from '../../../../main/api/contract/privacy';
import { auditContract } from '../../../../main/api/contract/audit';

/** Each contract file with the call areas it declares (the agenda file also holds appointments and attention). */
const files = {
  app: { calls: appContract, areas: ['app'] },
  clients: { calls: clientsContract, areas: ['clients'] },
  contacts: { calls: contactsContract, areas: ['contacts'] },
  agenda: { calls: agendaContract, areas: ['agenda', 'appointments', 'attention'] },
  programme: { calls: programmeContract, areas: ['programme'] },
  measures: { calls: measuresContract, areas: ['measures'] },
  preferences: { calls: preferencesContract, areas: ['preferences'] },
  transfer: { calls: transferContract, areas: ['transfer'] },
  directory: { calls: directoryContract, areas: ['directory'] },
  referrals: { calls: referralsContract, areas: ['referrals'] },
  documents: { calls: documentsContract, areas: ['documents'] },
  security: { calls: securityContract, areas: ['security'] },
  backups: { calls: backupsContract, areas: ['backups'] },
  privacy: { calls: privacyContract, areas: ['privacy'] },
  audit: { calls: auditContract, areas: ['audit'] },
};
const areas = Object.fromEntries(Object.entries(files).map(([file, { calls }]) => [file, calls]));

describe('the API contract', () => {
  it('declares every call once: no area silently overrides another area\'s call', () => {
    const declared = Object.values(areas).flatMap((area) => Object.keys(area));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(contract).sort()).toEqual([...declared].sort());
  });

  it('names every call area.verb, inside the file of its area', () => {
    for (const { calls, areas: allowed } of Object.values(files)) {
      for (const name of Object.keys(calls)) expect(name).toMatch(new RegExp(`^(${allowed.join('|')})\\.[a-z][A-Za-z]*$`));
    }
    // An area lives in one file only.
    const owners = Object.values(files).flatMap(({ areas: allowed }) => allowed);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('says in a sentence what the worker gets from each call', () => {
    for (const [name, call] of Object.entries(contract)) expect(call.summary.length, name).toBeGreaterThan(15);
  });

  it('uses strict object inputs everywhere: an unexpected key is always refused', () => {
    for (const [name, call] of Object.entries(contract)) {
      const result = call.input.safeParse({ unexpectedKey: 1 });
      expect(result.success, name).toBe(false);
      // A union of strict objects (unlock by passphrase or recovery key) refuses it as matching neither.
      expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys' || issue.code === 'invalid_union'), name).toBe(true);
    }
  });

  it('knows only its own names, not inherited object properties', () => {
    for (const name of Object.keys(contract)) expect(isCallName(name)).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'valueOf', 'clients.delete']) expect(isCallName(name)).toBe(false);
  });
});
