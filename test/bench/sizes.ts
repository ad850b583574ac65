/** The three sizes of the issue, plus a tiny one for the smoke test in `npm test`. */
export const benchSizes = {
  tiny: { clients: 5, contacts: 40, workers: 1 },
  worker: { clients: 60, contacts: 3_000, workers: 1 },
  team: { clients: 500, contacts: 25_000, workers: 8 },
  organisation: { clients: 10_000, contacts: 500_000, workers: 160 },
} as const;
export type BenchSizeName = keyof typeof benchSizes;
export type BenchSize = (typeof benchSizes)[BenchSizeName];

export function isBenchSize(name: string): name is BenchSizeName {
  return Object.hasOwn(benchSizes, name);
}

/** The seed used when none is given, printed with every run. */
export const defaultSeed = 20_261_204;
/** The passphrase of generated folders (they hold only synthetic data). */
export const benchPassphrase = 'een lange wachtzin voor de benchmark';
