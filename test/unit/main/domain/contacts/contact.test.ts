import { describe, expect, it } from 'vitest';
import {
  agreementInputSchema,
  compareContactsNewestFirst,
  contactFieldsSchema,
  isOverdue,
  mergeAgreements,
  type Agreement,
} from '../../../../../main/domain/contacts/contact';

let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const input = (value: unknown) => agreementInputSchema.parse(value);

const ticked: Agreement = { id: 'a1a1a1a1-0000-4000-8000-000000000001', text: 'Bellen', owner: 'worker', due: '2026-11-28', doneAt: '2026-11-26T08:00:00.000Z' };
const open: Agreement = { id: 'a1a1a1a1-0000-4000-8000-000000000002', text: 'Wandelen', owner: 'client' };

describe('mergeAgreements', () => {
  it('keeps id and tick of an edited agreement, gives new ones an id, and drops removed ones', () => {
    const merged = mergeAgreements(
      [ticked, open],
      [input({ id: ticked.id, text: 'Buurthuis bellen', owner: 'client' }), input({ text: 'Nieuw', owner: 'worker', due: '2026-12-01' })],
      newId,
    );
    expect(merged).toEqual([
      { id: ticked.id, text: 'Buurthuis bellen', owner: 'client', doneAt: ticked.doneAt },
      { id: expect.stringMatching(/^00000000-/), text: 'Nieuw', owner: 'worker', due: '2026-12-01' },
    ]);
  });

  it('does not take over an id the contact never had', () => {
    const merged = mergeAgreements([open], [input({ id: ticked.id, text: 'Bellen', owner: 'worker' })], newId);
    expect(merged[0]?.id).not.toBe(ticked.id);
    expect(merged[0]).not.toHaveProperty('doneAt');
  });

  it('never stores two agreements with one id, even when the same id is sent twice', () => {
    const merged = mergeAgreements(
      [ticked],
      [input({ id: ticked.id, text: 'Bellen', owner: 'worker' }), input({ id: ticked.id, text: 'Kopie', owner: 'worker' })],
      newId,
    );
    expect(new Set(merged.map((agreement) => agreement.id)).size).toBe(2);
    expect(merged[0]).toMatchObject({ id: ticked.id, doneAt: ticked.doneAt });
    expect(merged[1]).not.toHaveProperty('doneAt');
  });
});

describe('isOverdue', () => {
  it('is overdue only when open and due before today', () => {
    expect(isOverdue({ ...open, due: '2026-11-24' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ ...open, due: '2026-11-25' }, '2026-11-25')).toBe(false);
    expect(isOverdue(open, '2026-11-25')).toBe(false);
    expect(isOverdue({ ...ticked, due: '2026-11-01' }, '2026-11-25')).toBe(false);
  });
});

describe('compareContactsNewestFirst', () => {
  it('orders by the moment, not by the text of the time', () => {
    const contacts = [
      { id: 'a', at: '2026-11-25T10:00:00+01:00' }, // 09:00 UTC
      { id: 'b', at: '2026-11-25T09:30:00Z' },
      { id: 'c', at: '2026-11-25T05:00:00-05:00' }, // 10:00 UTC
    ];
    expect(contacts.sort(compareContactsNewestFirst).map((contact) => contact.id)).toEqual(['c', 'b', 'a']);
  });

  it('gives contacts at the same moment a stable order', () => {
    const same = [
      { id: 'b', at: '2026-11-25T09:00:00Z' },
      { id: 'a', at: '2026-11-25T10:00:00+01:00' },
    ];
    expect(same.sort(compareContactsNewestFirst).map((contact) => contact.id)).toEqual(['a', 'b']);
  });
});

describe('contactFieldsSchema', () => {
  const base = { at: '2026-11-25T10:00:00+01:00', type: 'phone', summary: '' };

  it('keeps the summary exactly, but trims agreement text and refuses an empty one', () => {
    const parsed = contactFieldsSchema.parse({ ...base, summary: '  a\n\n b  ', agreements: [{ text: '  Bellen ', owner: 'worker' }] });
    expect(parsed.summary).toBe('  a\n\n b  ');
    expect(parsed.agreements).toEqual([{ text: 'Bellen', owner: 'worker' }]);
    const refused = contactFieldsSchema.safeParse({ ...base, agreements: [{ text: '   ', owner: 'worker' }] });
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['contacts:validation.agreementTextRequired']);
  });

  it.each([-1, 1.5, 24 * 60 + 1])('refuses a duration of %s minutes', (durationMinutes) => {
    expect(contactFieldsSchema.safeParse({ ...base, durationMinutes }).error?.issues[0]?.message).toBe('contacts:validation.durationInvalid');
  });

  it('refuses an owner other than worker or client, and more than 50 agreements', () => {
    expect(contactFieldsSchema.safeParse({ ...base, agreements: [{ text: 'x', owner: 'family' }] }).success).toBe(false);
    expect(contactFieldsSchema.safeParse({ ...base, agreements: Array.from({ length: 51 }, () => ({ text: 'x', owner: 'worker' })) }).success).toBe(false);
  });
});
