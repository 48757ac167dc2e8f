import { expect } from 'vitest';
import type { Core } from '../../core/core';
import type { ApiResult } from '../../shared/api/result';
import { writeSampleTrip } from '../fixtures/sample-trip';
import { databaseHash, demoCore, exportText, freshCore, JINAN_ID, ok, WUXI_ID } from './helpers';
import { mutate, type Json } from './mutate';
import { pick, seeded } from './random';

/** A valid .delegation file to mutate. */
export interface BaseFile {
  name: string;
  text: string;
  parsed: Json;
}

/**
 * The valid files the fuzzers start from, exported by the real exporter from `core` (which must
 * hold the demo delegations): the small sample trip (every entity type, a few rows: quick to
 * validate, so most cases use it), with and without passport numbers, and both demo trips.
 */
export function baseFiles(core: Core): { small: BaseFile[]; large: BaseFile[] } {
  const { tripId } = writeSampleTrip(core);
  const file = (name: string, text: string): BaseFile => ({ name, text, parsed: JSON.parse(text) as Json });
  const withAttachments = sampleWithAttachments(core, tripId);
  return {
    small: [
      file('sample trip', exportText(core, tripId)),
      file('sample trip with passports', exportText(core, tripId, true)),
      file('sample trip with attachments', withAttachments),
    ],
    large: [file('Jinan demo', exportText(core, JINAN_ID)), file('Wuxi demo', exportText(core, WUXI_ID))],
  };
}

/**
 * The sample trip exported with two attachments (one a member's), so the mutations also reach
 * blobs: a changed byte of the content or of the hash, a declared size that is absurd or wrong.
 */
function sampleWithAttachments(core: Core, tripId: string): string {
  const [member] = ok(core, 'members:list', { tripId });
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  ok(core, 'attachments:add', { tripId, fileName: 'program.pdf', content: b64('%PDF-1.4 programme') });
  ok(core, 'attachments:add', { tripId, memberId: member!.id, fileName: 'pass 护照.jpg', content: b64('passport scan') });
  const text = ok(core, 'sharing:exportTrip', { tripId, includeAttachments: true }).content;
  // The other base files stay as they were: without attachments.
  for (const a of ok(core, 'attachments:list', { tripId })) ok(core, 'attachments:delete', { id: a.id });
  return text;
}

/** No case may take longer than this (a hang or a pathological slowdown fails the test). */
export const CASE_TIME_LIMIT_MS = 3_000;

/**
 * An import either succeeds or is refused with a message for a person: non-empty, one line,
 * bounded, no stack trace or source location, and never 'internal' (that would be a crash the
 * core caught). Returns whether it was accepted.
 */
export function expectAcceptedOrClearlyRefused(result: ApiResult<unknown>, label: string): boolean {
  if (result.ok) return true;
  const { code, message } = result.error;
  expect(code, `${label}: ${message}`).not.toBe('internal');
  expect(message.trim().length, label).toBeGreaterThan(0);
  expect(message.includes('\n'), `${label}: more than one line: ${message}`).toBe(false);
  expect(message.length, `${label}: too long`).toBeLessThanOrEqual(600);
  expect(message, label).not.toMatch(/\n\s+at |\bat .*\.(ts|js|mjs|cjs):\d+|TypeError|RangeError|SqliteError|undefined is not|Cannot read prop/);
  return false;
}

export interface PreviewFuzzOptions {
  seed: number;
  cases: number;
  /** 'new': the files' trips are not in the database; 'merge': they are (the merge planner runs). */
  target: 'new' | 'merge';
  /** Share of cases on the large demo files (slower to validate); the rest use the small trip. */
  largeShare: number;
}

/**
 * `cases` seeded mutations through 'sharing:previewImport' (the full validation and planning of
 * an import, without writing). Every case answers within CASE_TIME_LIMIT_MS with a preview or a
 * clear one-line refusal, never a crash; the database is unchanged at the end.
 * A failure names its case number: the same seed and number reproduce it.
 */
export function runPreviewFuzz({ seed, cases, target, largeShare }: PreviewFuzzOptions): { accepted: number; refused: number } {
  const source = demoCore();
  const bases = baseFiles(source);
  const core = target === 'merge' ? source : freshCore();
  const before = databaseHash(core);
  const random = seeded(seed);
  const counts = { accepted: 0, refused: 0 };
  let slowest = 0;
  const started = performance.now();
  for (let n = 0; n < cases; n += 1) {
    const base = pick(random, random() < largeShare ? bases.large : bases.small);
    const mutation = mutate(random, base.text, base.parsed);
    const label = `case ${n} of seed ${seed} (${target}, ${base.name}: ${mutation.name})`;
    const t0 = performance.now();
    const result = core.dispatch('sharing:previewImport', { content: mutation.content });
    const elapsed = performance.now() - t0;
    slowest = Math.max(slowest, elapsed);
    expect(elapsed, `${label} took ${Math.round(elapsed)} ms`).toBeLessThan(CASE_TIME_LIMIT_MS);
    if (expectAcceptedOrClearlyRefused(result, label)) counts.accepted += 1;
    else counts.refused += 1;
  }
  expect(databaseHash(core)).toBe(before);
  // The mutations must mostly break the file, or the fuzzer tests little.
  expect(counts.refused).toBeGreaterThan(cases * 0.7);
  console.log(
    `fuzz (preview, ${target}): ${cases} files fuzzed, ${counts.refused} refused with a clear message, ` +
      `${counts.accepted} accepted; slowest case ${Math.round(slowest)} ms, total ${Math.round((performance.now() - started) / 1000)} s`,
  );
  return counts;
}
