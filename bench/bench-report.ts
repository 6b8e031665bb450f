// Text formatting for the executor benchmark's output: fixed-width rows, so runs can be diffed.
import type { RunResult } from './bench-runs';

/** One row of the speed table: a size with its executor run and, unless skipped, its baseline. */
export interface SpeedRow {
  executor: RunResult;
  baseline: RunResult | undefined;
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const perSecond = (result: RunResult): string => (result.userCount / (result.elapsedMs / 1000)).toFixed(1);

/** Baseline time ÷ executor time: how many times faster the executor removed the same users. */
export function speedUp(row: SpeedRow): number | undefined {
  return row.baseline ? row.baseline.elapsedMs / row.executor.elapsedMs : undefined;
}

export function integrityCell(result: RunResult): string {
  const { lost, doneTwice, problems } = result.integrity;
  return `${problems.length === 0 ? 'ok' : 'FAILED'} (lost ${lost}, twice ${doneTwice})`;
}

export function speedTable(rows: readonly SpeedRow[]): string[] {
  const header = [
    'users',
    'baseline',
    'users/s',
    'executor',
    'of it re-read',
    'users/s',
    'speed-up',
    'baseline integrity',
    'executor integrity',
  ];
  const lines = rows.map((row) => {
    const { executor, baseline } = row;
    const ratio = speedUp(row);
    return [
      String(executor.userCount),
      baseline ? ms(baseline.elapsedMs) : 'skipped',
      baseline ? perSecond(baseline) : '-',
      ms(executor.elapsedMs),
      executor.writePhaseMs === undefined ? '-' : ms(executor.elapsedMs - executor.writePhaseMs),
      perSecond(executor),
      ratio === undefined ? '-' : `${ratio.toFixed(1)}×`,
      baseline ? integrityCell(baseline) : '-',
      integrityCell(executor),
    ];
  });
  return columns([header, ...lines]);
}

/** Right-aligns every cell to its column's widest, two spaces between columns. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  '));
}

/** `key:` right-aligned to the widest key, the value after it as it is. */
export function keyValues(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([key]) => key.length + 1));
  return rows.map(([key, value]) => `${`${key}:`.padStart(width)}  ${value}`);
}

export { ms, perSecond };
