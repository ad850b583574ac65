import os from 'node:os';
import type { SizeResult } from './measure/run-size';
import { round } from './measure/stats';
import type { BenchSizeName } from './sizes';

export interface TargetRow {
  name: string;
  target: string;
  /** The measured figure (ms, MB or times), or null when that size was not run. */
  measured: number | null;
  unit: string;
  met: boolean;
  note?: string;
}

export interface BenchResults {
  runAt: string;
  seed: number;
  dataNow: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  sizes: Partial<Record<BenchSizeName, SizeResult | { failed: string }>>;
  targets: TargetRow[];
}

type Sizes = BenchResults['sizes'];
const measured = (sizes: Sizes, size: BenchSizeName): SizeResult | undefined => {
  const result = sizes[size];
  return result && !('failed' in result) ? result : undefined;
};

function row(name: string, target: string, unit: string, value: number | undefined, met: (value: number) => boolean): TargetRow {
  if (value === undefined) return { name, target, measured: null, unit, met: false, note: 'not measured in this run' };
  return { name, target, measured: value, unit, met: met(value) };
}

/** The issue's targets, each computed from this run's measurements. */
export function targetRows(sizes: Sizes): TargetRow[] {
  const team = measured(sizes, 'team');
  const organisation = measured(sizes, 'organisation');
  const largest = organisation ?? team ?? measured(sizes, 'worker') ?? measured(sizes, 'tiny');
  const rows: TargetRow[] = [
    row('edit p95, team', '< 10 ms', 'ms', team?.edit.edit.p95, (v) => v < 10),
    row('edit p95, organisation', '< 30 ms', 'ms', organisation?.edit.edit.p95, (v) => v < 30),
  ];
  for (const size of ['worker', 'team', 'organisation'] as const) {
    rows.push(row(`open vs read + JSON.parse, ${size}`, '≤ 1.5×', '×', measured(sizes, size)?.open.ratio, (v) => v <= 1.5));
  }
  const sizeName = largest ? ` (${largest.size})` : '';
  rows.push(row(`referral letter median${sizeName}`, '< 150 ms', 'ms', largest?.pdf.referralLetter.medianMs, (v) => v < 150));
  rows.push(row(`referral letter vs Chromium printing${sizeName}`, '≥ 10× faster', '×', largest?.pdf.referralLetter.timesFaster, (v) => v >= 10));
  rows.push(row('search per keystroke p95, organisation', '< 50 ms', 'ms', organisation?.search.perKeystroke.p95, (v) => v < 50));
  rows.push(row('main-process heap, organisation', '< 300 MB', 'MB', organisation?.heap.mainProcessMb, (v) => v < 300));
  return rows;
}

export function buildResults(seed: number, dataNow: Date, sizes: Sizes): BenchResults {
  const cpus = os.cpus();
  return {
    runAt: new Date().toISOString(),
    seed,
    dataNow: dataNow.toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${os.release()}` },
    sizes,
    targets: targetRows(sizes),
  };
}

const num = (value: number | undefined, unit = ' ms') => (value === undefined ? '–' : `${value}${unit}`);

/** One table per size: what Verbind does, its baseline in the same run, and the ratio. */
export function sizeTable(result: SizeResult): string[][] {
  const rows: string[][] = [
    ['measurement', 'Verbind', 'baseline', 'ratio'],
    ['open the store (median)', num(result.open.storeMs), `${num(result.open.baselineMs)} read + parse`, `${result.open.ratio}×`],
    ['open, first time (every file checked)', num(result.open.firstStoreMs), '', result.open.firstStoreMs === undefined ? '' : `${round(result.open.firstStoreMs / result.open.baselineMs, 2)}×`],
    ['log a contact p50 / p95', `${num(result.edit.edit.p50)} / ${num(result.edit.edit.p95)}`, `${num(result.edit.baseline.p50)} / ${num(result.edit.baseline.p95)} atomic write`, `${result.edit.ratio}× (p95)`],
    ['… until the client files hold them', num(result.edit.settledMs), 'checkpoint after 1 s idle', ''],
    ['search per keystroke p50 / p95 / max', `${num(result.search.perKeystroke.p50)} / ${num(result.search.perKeystroke.p95)} / ${num(result.search.perKeystroke.max)}`, `${num(result.search.baseline.p95)} filter (p95)`, `${result.search.ratio}× (p95)`],
    ['main-process heap + external', num(result.heap.mainProcessMb, ' MB'), `${num(round(result.heap.baseline.heapUsedMb + result.heap.baseline.externalMb, 1), ' MB')} before opening`, `rss ${num(result.heap.opened.rssMb, ' MB')}`],
    ['unlock (scrypt + open all)', num(result.unlockMs), '', ''],
  ];
  for (const [label, doc] of [['referral letter (median)', result.pdf.referralLetter], [`progress report, ${result.pdf.progressReport.pages} pages`, result.pdf.progressReport]] as const) {
    rows.push([label, num(doc.medianMs), doc.chromiumMedianMs === undefined ? (result.pdf.chromiumSkipped ?? '') : `${num(doc.chromiumMedianMs)} Chromium (cold ${num(doc.chromiumColdMs)})`, doc.timesFaster === undefined ? '' : `${doc.timesFaster}× faster`]);
  }
  if ('skipped' in result.renderer) rows.push(['renderer', `skipped: ${result.renderer.skipped}`, '', '']);
  else {
    const r = result.renderer;
    rows.push(['renderer: first caseload row', num(r.firstRowMs), `${num(r.baselineFirstRowMs)} static 50-row table`, `${r.ratio}×`]);
    rows.push(['renderer: search keystroke p50 / p95', `${num(r.searchPerKeystroke.p50)} / ${num(r.searchPerKeystroke.p95)}`, `incl. ${r.debounceMs} ms debounce`, '']);
  }
  return rows;
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  return rows.map((cells, index) => {
    const line = cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' │ ');
    return index === 0 ? `${line}\n${widths.map((width) => '─'.repeat(width)).join('─┼─')}` : line;
  }).join('\n');
}

export function formatResults(results: BenchResults): string {
  const parts: string[] = [`Verbind benchmark — seed ${results.seed}, data up to ${results.dataNow.slice(0, 10)}, ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}`];
  for (const [size, result] of Object.entries(results.sizes)) {
    if (!result) continue;
    if ('failed' in result) parts.push(`\n${size}: FAILED — ${result.failed}`);
    else parts.push(`\n${size}: ${result.clients} clients, ${result.contacts} contacts, ${result.plainMb} MB of JSON\n${formatTable(sizeTable(result))}`);
  }
  parts.push(`\nTargets\n${formatTable([['target', 'goal', 'measured', 'met'], ...results.targets.map((t) => [t.name, t.target, t.measured === null ? (t.note ?? '–') : `${t.measured} ${t.unit}`, t.measured === null ? '–' : t.met ? 'yes' : 'NO'])])}`);
  return parts.join('\n');
}
