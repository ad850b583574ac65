import { describe, expect, it } from 'vitest';
import { pageOf, selectAuditEntries } from '../../../../../main/domain/audit/audit-filter';
import type { AuditEntry } from '../../../../../main/domain/audit/audit-vocabulary';
import { useTimeZone } from '../../support/time-zone';

useTimeZone('Europe/Amsterdam');

const anna = '6b1f3c1e-4f0a-4d3b-9a55-2d4c1f1e2a10';
const bram = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

function entry(seq: number, at: string, fields: Partial<AuditEntry> = {}): AuditEntry {
  return { seq, at, actor: 'Sanne', action: 'view', entity: 'client', prev: '', hash: '', ...fields };
}

const log = [
  entry(1, '2025-03-09T22:30:00.000Z', { clientId: anna, action: 'create' }), // 23:30 on 9 March in Amsterdam
  entry(2, '2025-03-09T23:30:00.000Z', { clientId: anna }), // 00:30 on 10 March in Amsterdam
  entry(3, '2025-03-10T12:00:00.000Z', { clientId: bram, action: 'change' }),
  entry(4, '2025-03-11T08:00:00.000Z', { entity: 'caseload', action: 'export' }),
];

const seqs = (entries: AuditEntry[]) => entries.map((item) => item.seq);

describe('choosing records in the audit viewer', () => {
  it('shows the newest first', () => {
    expect(seqs(selectAuditEntries(log, {}))).toEqual([4, 3, 2, 1]);
  });

  it('takes the period in the worker’s local days, both ends included', () => {
    expect(seqs(selectAuditEntries(log, { from: '2025-03-10', to: '2025-03-10' }))).toEqual([3, 2]);
    expect(seqs(selectAuditEntries(log, { to: '2025-03-09' }))).toEqual([1]);
    expect(seqs(selectAuditEntries(log, { from: '2025-03-11' }))).toEqual([4]);
  });

  it('narrows to one client, one action or one kind of record, together', () => {
    expect(seqs(selectAuditEntries(log, { clientId: anna }))).toEqual([2, 1]);
    expect(seqs(selectAuditEntries(log, { clientId: anna, action: 'view' }))).toEqual([2]);
    expect(seqs(selectAuditEntries(log, { entity: 'caseload' }))).toEqual([4]);
  });

  it('pages through the selection', () => {
    const all = selectAuditEntries(log, {});
    expect(seqs(pageOf(all, 0, 3))).toEqual([4, 3, 2]);
    expect(seqs(pageOf(all, 3, 3))).toEqual([1]);
    expect(pageOf(all, 9, 3)).toEqual([]);
  });
});
