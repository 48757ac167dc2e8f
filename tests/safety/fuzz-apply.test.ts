import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { baseFiles, CASE_TIME_LIMIT_MS, expectAcceptedOrClearlyRefused } from './fuzz-setup';
import { databaseHash, demoCore, freshCore } from './helpers';
import { mutate, type Json } from './mutate';
import { pick, seeded } from './random';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Mutation fuzzing of the trip-file import, part that writes: seeded mutations through
 * 'sharing:applyImport', half into a database that already has the trips (merge), half into an
 * empty one (new trip). A refused import leaves every table exactly as it was; an accepted one is
 * complete (every trip, member and item of the file is there afterwards) and leaves a sound
 * database (integrity and foreign-key checks). Each case runs inside an outer transaction that
 * is rolled back afterwards, so every case starts from the same database.
 */
const SEED = 0xa9917;
const CASES = 400;

function idsOf(parsed: unknown, key: 'members' | 'items'): string[] {
  const list = (parsed as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list.map((e) => (e as { id?: unknown }).id).filter((id): id is string => typeof id === 'string') : [];
}

describe('fuzzing the trip-file import: apply', () => {
  it(`imports ${CASES} mutated files completely or not at all`, { timeout: 170_000 }, () => {
    const merge = demoCore();
    const bases = baseFiles(merge);
    const empty = freshCore();
    const random = seeded(SEED);
    const counts = { accepted: 0, refused: 0 };
    const hashes = new Map<Core, string>([
      [merge, databaseHash(merge)],
      [empty, databaseHash(empty)],
    ]);
    for (let n = 0; n < CASES; n += 1) {
      const target = n % 2 === 0 ? merge : empty;
      const base = pick(random, random() < 0.05 ? bases.large : bases.small);
      const mutation = mutate(random, base.text, base.parsed);
      const label = `case ${n} of seed ${SEED} (${target === merge ? 'merge' : 'new'}, ${base.name}: ${mutation.name})`;
      databaseOf(target).exec('BEGIN');
      try {
        const t0 = performance.now();
        const result = target.dispatch('sharing:applyImport', { content: mutation.content });
        expect(performance.now() - t0, label).toBeLessThan(CASE_TIME_LIMIT_MS);
        if (expectAcceptedOrClearlyRefused(result, label)) {
          counts.accepted += 1;
          expect(databaseOf(target).pragma('foreign_key_check'), label).toEqual([]);
          if (target === empty) {
            // A new trip: everything in the file is now here.
            const parsed = JSON.parse(mutation.content) as Json;
            const tripId = (parsed as { trip: { id: string } }).trip.id;
            expect(target.dispatch('trips:get', { id: tripId }).ok, label).toBe(true);
            for (const table of ['members', 'items'] as const) {
              const stored = new Set((databaseOf(target).prepare(`SELECT id FROM ${table} WHERE trip_id = ?`).all(tripId) as { id: string }[]).map((r) => r.id));
              expect(idsOf(parsed, table).filter((id) => !stored.has(id)), `${label}: ${table} missing`).toEqual([]);
            }
          }
        } else {
          counts.refused += 1;
          expect(databaseHash(target), `${label} changed the database although refused`).toBe(hashes.get(target));
        }
      } finally {
        databaseOf(target).exec('ROLLBACK');
      }
    }
    for (const [core, hash] of hashes) {
      expect(databaseHash(core)).toBe(hash);
      expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
    }
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(CASES * 0.7);
    console.log(`fuzz (apply): ${CASES} files fuzzed, ${counts.refused} refused with the database unchanged, ${counts.accepted} imported completely`);
  });
});
