import { collectGarbage, round } from './stats';

export interface MemorySnapshot {
  heapUsedMb: number;
  /** Memory outside the V8 heap that JS objects hold (Buffers, typed arrays). */
  externalMb: number;
  arrayBuffersMb: number;
  rssMb: number;
}

export interface HeapResult {
  /** The bench process before the caseload was opened, after GC. */
  baseline: MemorySnapshot;
  /** After unlocking and listing the caseload (the index built), after GC. */
  opened: MemorySnapshot;
  /** opened.heapUsed + opened.external: what the target counts. */
  mainProcessMb: number;
  deltaMb: number;
  gcAvailable: boolean;
}

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

export function memorySnapshot(): MemorySnapshot & { gc: boolean } {
  const gc = collectGarbage();
  const usage = process.memoryUsage();
  return { heapUsedMb: mb(usage.heapUsed), externalMb: mb(usage.external), arrayBuffersMb: mb(usage.arrayBuffers), rssMb: mb(usage.rss), gc };
}

export function heapResult(before: MemorySnapshot, after: MemorySnapshot & { gc: boolean }): HeapResult {
  const { gc, ...opened } = after;
  const mainProcessMb = round(opened.heapUsedMb + opened.externalMb, 1);
  return { baseline: before, opened, mainProcessMb, deltaMb: round(mainProcessMb - before.heapUsedMb - before.externalMb, 1), gcAvailable: gc };
}
