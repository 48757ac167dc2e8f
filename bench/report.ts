import { median, p95, type Samples } from './timing';

/**
 * One line of the benchmark's output. `floor` is the same work done the cheapest possible way,
 * measured in the same run (null when there is no meaningful floor, e.g. a bundle size);
 * `ratio` = value / floor. `target` says what "good" is; `met` is null when there is no target
 * or the figure could not be measured (then `value` is null and `target` says why).
 */
export interface Result {
  name: string;
  value: number | null;
  unit: string;
  floor: number | null;
  ratio: number | null;
  target: string | null;
  met: boolean | null;
}

/** Targets: at most `maxRatio` × the floor, below `maxValue`, at least `minValue` (e.g. items per page). */
export type Check = { maxRatio?: number; maxValue?: number; minValue?: number };

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A figure with its floor and targets (ratio and/or absolute). */
export function figure(name: string, value: number, unit: string, floor: number | null, check: Check = {}): Result {
  const ratio = floor !== null && floor > 0 ? value / floor : null;
  const parts: string[] = [];
  let met: boolean | null = null;
  if (check.maxRatio !== undefined) {
    parts.push(`≤ ${check.maxRatio}× floor`);
    met = ratio !== null && ratio <= check.maxRatio;
  }
  if (check.maxValue !== undefined) {
    parts.push(`< ${check.maxValue} ${unit}`);
    met = (met ?? true) && value < check.maxValue;
  }
  if (check.minValue !== undefined) {
    parts.push(`≥ ${check.minValue} ${unit}`);
    met = (met ?? true) && value >= check.minValue;
  }
  return {
    name,
    value: round(value),
    unit,
    floor: floor === null ? null : round(floor),
    ratio: ratio === null ? null : round(ratio, 2),
    target: parts.length ? parts.join(', ') : null,
    met,
  };
}

/**
 * Median and p95 lines for timed samples of an operation and of its floor; `p95Check` when the
 * p95 has targets of its own (issue #14: an interaction's p95 within 3× its floor).
 */
export function timedPair(name: string, value: Samples, floor: Samples | null, check: Check = {}, unit = 'ms', p95Check: Check = check): Result[] {
  return [
    figure(`${name} · median`, median(value.ms), unit, floor ? median(floor.ms) : null, check),
    figure(`${name} · p95`, p95(value.ms), unit, floor ? p95(floor.ms) : null, p95Check),
  ];
}

/** A figure that cannot be measured (yet): no value, and the reason in place of the verdict. */
export function notMeasurable(name: string, unit: string, target: string, reason: string): Result {
  return { name, value: null, unit, floor: null, ratio: null, target: `${target} — not measurable yet: ${reason}`, met: null };
}

/** A plain fact for context (pages, megabytes): no floor, no target. */
export function info(name: string, value: number, unit: string): Result {
  return { name, value: round(value), unit, floor: null, ratio: null, target: null, met: null };
}

export function formatTable(results: readonly Result[]): string {
  const header = ['name', 'value', 'unit', 'floor', 'ratio', 'target', 'met'];
  const rows = results.map((r) => [
    r.name,
    r.value === null ? '—' : formatNumber(r.value),
    r.unit,
    r.floor === null ? '' : formatNumber(r.floor),
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    r.target ?? '',
    r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.min(i === 5 ? 60 : 200, Math.max(h.length, ...rows.map((row) => row[i]!.length))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const abs = Math.abs(n);
  return n.toFixed(abs >= 100 ? 1 : abs >= 10 ? 2 : 3);
}
