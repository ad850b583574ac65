import { describe, expect, it } from 'vitest';
import { auditColumns, auditCsvBytes, auditJsonBytes, localDateTime, type AuditExportTexts, type ClientName } from '../../../../../main/domain/audit/audit-export';
import type { AuditEntry } from '../../../../../main/domain/audit/audit-vocabulary';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');

const anna = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const gone = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

const entries: AuditEntry[] = [
  { seq: 1, at: '2025-03-10T08:05:09.000Z', actor: '=HYPERLINK("x")', action: 'view', entity: 'client', clientId: anna, prev: '0'.repeat(64), hash: 'a'.repeat(64) },
  { seq: 2, at: '2025-03-10T09:00:00.000Z', actor: 'Sanne', action: 'erase', entity: 'client', clientId: gone, detail: 'contacts:3', prev: 'a'.repeat(64), hash: 'b'.repeat(64) },
  { seq: 3, at: '2025-03-10T10:00:00.000Z', actor: 'Sanne', action: 'export', entity: 'caseload', prev: 'b'.repeat(64), hash: 'c'.repeat(64) },
];
const clientOf = (id: string): ClientName => (id === anna ? { state: 'present', name: 'Anna de Vries' } : { state: 'erased' });
const texts: AuditExportTexts = {
  columns: Object.fromEntries(auditColumns.map((column) => [column, column.toUpperCase()])) as AuditExportTexts['columns'],
  action: (name) => `action:${name}`,
  entity: (name) => `entity:${name}`,
  erasedClient: 'Verwijderde cliënt',
  about: [
    ['Systeem', 'Verbind 1.2.3'],
    ['Keten', 'intact'],
  ],
};

describe('exporting the audit log', () => {
  it('writes a CSV Excel opens: BOM, system and chain above the table, names now, erased clients marked, hashes kept', () => {
    const bytes = auditCsvBytes(entries, clientOf, texts);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
    expect(rows.slice(0, 4)).toEqual(['Systeem;Verbind 1.2.3', 'Keten;intact', '', auditColumns.map((c) => c.toUpperCase()).join(';')]);
    expect(rows[4]).toBe(`1;10-03-2025 09:05:09;2025-03-10T08:05:09.000Z;"'=HYPERLINK(""x"")";action:view;entity:client;Anna de Vries;${anna};;;${'0'.repeat(64)};${'a'.repeat(64)}`);
    expect(rows[5]).toContain(';Verwijderde cliënt;');
    expect(rows[5]).toContain(';contacts:3;');
    expect(rows[6]?.split(';')[6]).toBe('');
  });

  it('writes JSON with the records exactly as stored and the current names beside them', () => {
    const text = new TextDecoder().decode(
      auditJsonBytes(
        {
          system: 'Verbind 1.2.3',
          exportedAt: '2025-03-11T10:00:00.000Z',
          exportedBy: 'Sanne',
          filter: { from: '2025-03-10' },
          chain: { ok: true, count: 3, skippedLines: 0, lastHash: 'c'.repeat(64) },
          records: entries,
        },
        clientOf,
      ),
    );
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: 'verbind-audit-log', version: 1, system: 'Verbind 1.2.3', chain: { ok: true, count: 3 } });
    expect(parsed.records).toEqual(entries);
    expect(parsed.clients).toEqual({ [anna]: 'Anna de Vries', [gone]: null });
  });

  it('names moments in the local time zone, day first', () => {
    expect(localDateTime('2025-07-01T22:30:00.000Z')).toBe('02-07-2025 00:30:00');
  });
});
