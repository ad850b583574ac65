import type { BenchCore } from './core-session';
import { ratio, spread, type Spread } from './stats';

/** A worker typing a family name with a tussenvoegsel, then a given name with an accent. */
export const typedQueries = ['v', 'va', 'van', 'van ', 'van d', 'van de', 'Z', 'Zo', 'Zoë', 'Ç', 'Çe', 'Çel'] as const;

export interface SearchResult {
  /** clients.list({query}) through dispatch, per keystroke. */
  perKeystroke: Spread;
  baseline: Spread;
  /** p95 / baseline p95. */
  ratio: number;
  /** Rows found for the last query of each word, to show the search is real. */
  hits: Record<string, number>;
  baselineName: string;
}

interface Summary {
  givenName: string;
  familyName: string;
}

/**
 * Search as the caseload screen calls it on each (debounced) keystroke. The first pass warms up;
 * the next `rounds` are measured.
 */
export async function measureSearch(session: BenchCore, rounds: number): Promise<SearchResult> {
  const everyone = await session.call<Summary[]>('clients.list', {});
  const names = everyone.map((client) => `${client.givenName} ${client.familyName}`.toLowerCase());
  const samples: number[] = [];
  const baseline: number[] = [];
  const hits: Record<string, number> = {};
  for (let round = 0; round <= rounds; round++) {
    for (const query of typedQueries) {
      let start = performance.now();
      const found = await session.call<Summary[]>('clients.list', { query });
      const ms = performance.now() - start;
      start = performance.now();
      const needle = query.toLowerCase();
      const plain = names.filter((name) => name.includes(needle));
      const plainMs = performance.now() - start;
      if (round === 0) continue;
      samples.push(ms);
      baseline.push(plainMs);
      hits[query] = found.length;
      if (plain.length < 0) throw new Error('unreachable');
    }
  }
  const measured = spread(samples);
  const base = spread(baseline);
  return { perKeystroke: measured, baseline: base, ratio: ratio(measured.p95, base.p95), hits, baselineName: 'Array.filter + includes over the same names, lower-cased' };
}
