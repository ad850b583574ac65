/** Percentiles by nearest rank over the measured samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Spread {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export function spread(samples: readonly number[]): Spread {
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(Math.max(...samples)), n: samples.length };
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** measured / baseline, rounded; Infinity never reaches the report (a zero baseline is clamped). */
export const ratio = (measured: number, baseline: number) => round(measured / Math.max(baseline, 0.001));

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Collects garbage when the process runs with --expose-gc (the bench launcher does), twice for weak refs. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}
