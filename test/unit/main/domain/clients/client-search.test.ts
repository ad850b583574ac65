import { describe, expect, it } from 'vitest';
import type { ClientStatus } from '../../../../../main/domain/clients/client';
import {
  compareByName,
  compareClients,
  matchesClient,
  normaliseForSearch,
  queryWords,
  searchTextFor,
  type ClientFilter,
  type ClientSortKey,
} from '../../../../../main/domain/clients/client-search';
import type { ClientSummary } from '../../../../../main/domain/clients/client-summary';

let counter = 0;
function summary(givenName: string, familyName: string, status: ClientStatus = 'active', extra: Partial<ClientSummary> = {}): ClientSummary {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    givenName,
    familyName,
    status,
    flags: [],
    openAgreements: 0,
    overdueAgreements: 0,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}

/** What the caseload index does per row and keystroke: search text once per client, query words once per keystroke. */
function matches(row: ClientSummary, filter: ClientFilter): boolean {
  return matchesClient(row, searchTextFor(row), queryWords(filter.query), filter);
}

describe('normaliseForSearch', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['CÉLINE', 'celine'],
    ['  Ångström ', 'angstrom'],
    ['Çelik', 'celik'],
    ['Noël Müller-Łąka', 'noel muller-łaka'],
    ['Zoe\u0308', 'zoe'], // already decomposed input folds the same way
  ])('%j → %j', (input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });
});

describe('matchesClient', () => {
  const zoe = summary('Zoë', 'Jansen');
  const celine = summary('Céline', "d'Ancona", 'intake');
  const piet = summary('Piet', 'van der Berg', 'closed');

  it('folds accents and case both ways', () => {
    expect(matches(zoe, { query: 'zoe' })).toBe(true);
    expect(matches(zoe, { query: 'ZOË' })).toBe(true);
    expect(matches(celine, { query: 'celine' })).toBe(true);
    expect(matches(summary('Zoe', 'Jansen'), { query: 'zoë' })).toBe(true);
  });

  it('needs every word, in any order, across given and family name', () => {
    expect(matches(piet, { query: 'berg piet' })).toBe(true);
    expect(matches(piet, { query: '  van   der  ' })).toBe(true);
    expect(matches(piet, { query: 'piet jansen' })).toBe(false);
    expect(matches(zoe, { query: 'jan' })).toBe(true);
  });

  it('matches everyone for an empty or blank query', () => {
    for (const query of [undefined, '', '   ']) expect(matches(piet, { query })).toBe(true);
  });

  it('filters on status, alone and with a query', () => {
    expect(matches(celine, { status: 'intake' })).toBe(true);
    expect(matches(celine, { status: 'active' })).toBe(false);
    expect(matches(celine, { status: 'intake', query: 'celine' })).toBe(true);
    expect(matches(celine, { status: 'closed', query: 'celine' })).toBe(false);
  });

  describe('phone, e-mail and preferred name', () => {
    const mo = summary('Mohammed', 'El Amrani', 'active', { phone: '06 12 34 56 78', email: 'M.ElAmrani@Voorbeeld.nl', preferredName: 'Moë' });

    it.each(['0612', '06 12', '06-12-34', '(06) 1234', '0612345678', '12345678'])('finds the phone number by %j', (query) => {
      expect(matches(mo, { query })).toBe(true);
    });

    it('does not find a phone number by digits it does not contain in that order', () => {
      expect(matches(mo, { query: '0621' })).toBe(false);
      expect(matches(mo, { query: '0699' })).toBe(false);
    });

    it.each(['m.elamrani@voorbeeld.nl', 'voorbeeld.nl', 'M.ELAMRANI'])('finds the e-mail address by %j, whatever its case', (query) => {
      expect(matches(mo, { query })).toBe(true);
    });

    it('finds the preferred name without its accent, together with the family name', () => {
      expect(matches(mo, { query: 'moe amrani' })).toBe(true);
      expect(matches(mo, { query: 'mohammed' })).toBe(true);
    });

    it('has no phone or e-mail text to match for a client without them', () => {
      expect(matches(zoe, { query: '06' })).toBe(false);
    });
  });

  describe('filters', () => {
    const flagged = summary('Ria', 'Bos', 'active', { flags: ['recent_loss', 'safety_concern'], ageGroup: 'older_adult', assignedWorker: 'Sanne' });
    const plain = summary('Tom', 'Bos', 'active', { ageGroup: 'student' });
    const other = summary('Eva', 'Bos', 'active', { flags: ['other'], assignedWorker: 'Joost' });

    it('keeps clients with the chosen flag, or with any flag', () => {
      expect([flagged, plain, other].filter((row) => matches(row, { flag: 'safety_concern' }))).toEqual([flagged]);
      expect([flagged, plain, other].filter((row) => matches(row, { flag: 'suicidal_thoughts' }))).toEqual([]);
      expect([flagged, plain, other].filter((row) => matches(row, { flag: 'any' }))).toEqual([flagged, other]);
    });

    it('keeps clients of the chosen age group (an unknown age group is no match)', () => {
      expect([flagged, plain, other].filter((row) => matches(row, { ageGroup: 'student' }))).toEqual([plain]);
      expect([flagged, plain, other].filter((row) => matches(row, { ageGroup: 'child' }))).toEqual([]);
    });

    it('keeps one worker\'s clients, or with the empty string the clients nobody is assigned to', () => {
      expect([flagged, plain, other].filter((row) => matches(row, { worker: 'Sanne' }))).toEqual([flagged]);
      expect([flagged, plain, other].filter((row) => matches(row, { worker: '' }))).toEqual([plain]);
    });

    it('combines filters and the search', () => {
      expect([flagged, plain, other].filter((row) => matches(row, { flag: 'any', worker: 'Joost', query: 'eva' }))).toEqual([other]);
      expect([flagged, plain, other].filter((row) => matches(row, { flag: 'any', worker: 'Joost', query: 'ria' }))).toEqual([]);
    });
  });
});

describe('compareByName', () => {
  it('sorts by family name, then given name, ignoring case and accents', () => {
    const people = [
      summary('Piet', 'Visser'),
      summary('Zoë', 'de Vries'),
      summary('Anna', 'De Vries'),
      summary('Émile', 'Bakker'),
      summary('Eva', 'Bakker'),
      summary('Jan', 'Éluard'),
      summary('Kees', 'Dijkstra'),
    ];
    expect(people.sort(compareByName).map((p) => `${p.familyName}, ${p.givenName}`)).toEqual([
      'Bakker, Émile',
      'Bakker, Eva',
      'De Vries, Anna',
      'de Vries, Zoë',
      'Dijkstra, Kees',
      'Éluard, Jan',
      'Visser, Piet',
    ]);
  });

  it('gives clients with the same name a stable order by id', () => {
    const first = summary('Anna', 'Smit');
    const second = summary('anna', 'SMIT');
    expect(compareByName(first, second)).toBeLessThan(0);
    expect(compareByName(second, first)).toBeGreaterThan(0);
    expect(compareByName(first, first)).toBe(0);
  });
});

describe('compareClients', () => {
  const never = summary('Nooit', 'Gesproken', 'registered');
  const old = summary('Oud', 'Contact', 'aftercare', { lastContactAt: '2025-01-10T09:00:00.000Z', nextActionOn: '2025-04-01' });
  const recent = summary('Recent', 'Contact', 'intake', { lastContactAt: '2025-03-01T09:00:00.000Z', nextActionOn: '2025-03-05' });
  const closed = summary('Af', 'Gesloten', 'closed', { lastContactAt: '2025-02-01T09:00:00.000Z' });
  const all = [never, old, recent, closed];
  const order = (key: ClientSortKey, descending: boolean) => [...all].sort(compareClients(key, descending)).map((row) => row.givenName);

  it('sorts by name both ways', () => {
    expect(order('name', false)).toEqual(['Oud', 'Recent', 'Af', 'Nooit']);
    expect(order('name', true)).toEqual(['Nooit', 'Af', 'Recent', 'Oud']);
  });

  it('sorts by status along the client\'s path, both ways', () => {
    expect(order('status', false)).toEqual(['Nooit', 'Recent', 'Oud', 'Af']);
    expect(order('status', true)).toEqual(['Af', 'Oud', 'Recent', 'Nooit']);
  });

  it('puts a client never contacted last, whichever way the last contact is sorted', () => {
    expect(order('lastContact', false)).toEqual(['Oud', 'Af', 'Recent', 'Nooit']);
    expect(order('lastContact', true)).toEqual(['Recent', 'Af', 'Oud', 'Nooit']);
  });

  it('puts clients with nothing planned last, whichever way the next action is sorted (by name among them)', () => {
    expect(order('nextAction', false)).toEqual(['Recent', 'Oud', 'Af', 'Nooit']);
    expect(order('nextAction', true)).toEqual(['Oud', 'Recent', 'Af', 'Nooit']);
  });
});

describe('phone numbers written internationally', () => {
  it('finds "+31 6 1234 5678" and "0031 6 …" when the worker types 06…', () => {
    for (const phone of ['+31 6 1234 5678', '0031 6 1234 5678', '+31(0)6-12345678']) {
      const text = searchTextFor({ givenName: 'Zoë', familyName: 'Jansen', phone });
      expect(text, phone).toContain('0612345678');
    }
    expect(searchTextFor({ givenName: 'Jan', familyName: 'Smit', phone: '+32 470 12 34 56' })).not.toContain('0470');
  });
});
