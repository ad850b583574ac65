import { describe, expect, it } from 'vitest';
import type { ClientStatus, ClientSummary } from '../../../../../main/domain/clients/client';
import { compareByName, matchesClient, normaliseForSearch } from '../../../../../main/domain/clients/client-search';

let counter = 0;
function summary(givenName: string, familyName: string, status: ClientStatus = 'active'): ClientSummary {
  counter++;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    givenName,
    familyName,
    status,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
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
    expect(matchesClient(zoe, { query: 'zoe' })).toBe(true);
    expect(matchesClient(zoe, { query: 'ZOË' })).toBe(true);
    expect(matchesClient(celine, { query: 'celine' })).toBe(true);
    expect(matchesClient(summary('Zoe', 'Jansen'), { query: 'zoë' })).toBe(true);
  });

  it('needs every word, in any order, across given and family name', () => {
    expect(matchesClient(piet, { query: 'berg piet' })).toBe(true);
    expect(matchesClient(piet, { query: '  van   der  ' })).toBe(true);
    expect(matchesClient(piet, { query: 'piet jansen' })).toBe(false);
    expect(matchesClient(zoe, { query: 'jan' })).toBe(true);
  });

  it('matches everyone for an empty or blank query', () => {
    for (const query of [undefined, '', '   ']) expect(matchesClient(piet, { query })).toBe(true);
  });

  it('filters on status, alone and with a query', () => {
    expect(matchesClient(celine, { status: 'intake' })).toBe(true);
    expect(matchesClient(celine, { status: 'active' })).toBe(false);
    expect(matchesClient(celine, { status: 'intake', query: 'celine' })).toBe(true);
    expect(matchesClient(celine, { status: 'closed', query: 'celine' })).toBe(false);
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
