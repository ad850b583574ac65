import { describe, expect, it } from 'vitest';
import type { StatusChange } from '../../../../../main/domain/clients/client';
import { addMonthsDay, closedOn, dueForErasure, monthsBetween } from '../../../../../main/domain/privacy/retention';

const day = (iso: string) => iso.slice(0, 10);

function closedClient(familyName: string, ...history: Array<[StatusChange['to'], string]>) {
  const statusHistory: StatusChange[] = history.map(([to, at]) => ({ to, at, by: 'Sanne' }));
  return { id: familyName, givenName: 'Test', familyName, status: history.at(-1)?.[0] ?? 'active', statusHistory };
}

describe('dueForErasure', () => {
  const closed = closedClient('Jansen', ['active', '2022-01-10T09:00:00.000Z'], ['closed', '2024-03-15T09:00:00.000Z']);

  it.each([
    ['2026-03-14', false],
    ['2026-03-15', false],
    ['2026-03-16', true],
  ])('a case closed on 15 March 2024 with 24 months to keep, on %s: due %s', (today, due) => {
    expect(dueForErasure([closed], today, 24, day).length === 1).toBe(due);
  });

  it('counts a closing on the 31st to the last day of a shorter month', () => {
    const lateInMonth = closedClient('Bos', ['closed', '2024-01-31T09:00:00.000Z']);
    expect(dueForErasure([lateInMonth], '2024-02-29', 1, day)).toEqual([]);
    expect(dueForErasure([lateInMonth], '2024-03-01', 1, day)).toEqual([
      { clientId: 'Bos', givenName: 'Test', familyName: 'Bos', closedOn: '2024-01-31', monthsSince: 1 },
    ]);
  });

  it('counts from the latest closing of a reopened case, and never lists one that is open now', () => {
    const reopened = closedClient('Smit', ['closed', '2020-01-01T09:00:00.000Z'], ['intake', '2025-01-01T09:00:00.000Z'], ['closed', '2025-06-01T09:00:00.000Z']);
    const openAgain = closedClient('Visser', ['closed', '2020-01-01T09:00:00.000Z'], ['active', '2021-01-01T09:00:00.000Z']);
    expect(dueForErasure([reopened, openAgain], '2026-12-04', 24, day)).toEqual([]);
    expect(dueForErasure([reopened, openAgain], '2026-12-04', 12, day).map((due) => due.familyName)).toEqual(['Smit']);
  });

  it('lists the oldest closing first with the whole months since', () => {
    const a = closedClient('Later', ['closed', '2023-06-20T09:00:00.000Z']);
    const b = closedClient('Eerder', ['closed', '2022-02-01T09:00:00.000Z']);
    expect(dueForErasure([a, b], '2026-12-04', 24, day).map((due) => [due.familyName, due.monthsSince])).toEqual([['Eerder', 58], ['Later', 41]]);
  });

  it('takes the closing day in the worker’s own calendar', () => {
    const lateEvening = closedClient('Mulder', ['closed', '2024-03-15T23:30:00.000Z']);
    const amsterdam = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    expect(closedOn(lateEvening, amsterdam)).toBe('2024-03-16');
    expect(dueForErasure([lateEvening], '2026-03-16', 24, amsterdam)).toEqual([]);
  });
});

describe('calendar months', () => {
  it.each([
    ['2024-01-31', '2024-02-28', 0],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-03-30', 1],
    ['2024-03-15', '2026-03-15', 24],
    ['2024-03-15', '2026-03-14', 23],
  ])('%s to %s is %i whole months', (from, to, months) => expect(monthsBetween(from, to)).toBe(months));

  it('adds months, clamped to the end of a short month', () => {
    expect(addMonthsDay('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsDay('2023-12-15', 24)).toBe('2025-12-15');
  });
});
