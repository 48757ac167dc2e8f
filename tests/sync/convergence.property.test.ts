import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { startReceiving, startSharing } from '../../core/sync/store';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import { makeItem, makeMember, makeTrip, ok } from '../core/helpers';
import { deliver, exchange, exportOf, laptops } from './laptops';
import { databaseOf } from '../../core/db/raw-handle';

const SERVER = 'ws://127.0.0.1:1';

/** One planner's edit on one laptop, or one laptop hearing from another. */
type Step =
  | { kind: 'title'; laptop: number; item: number; text: string }
  | { kind: 'type'; laptop: number; at: number; text: string }
  | { kind: 'reorder'; laptop: number; seed: number }
  | { kind: 'delete'; laptop: number; item: number }
  | { kind: 'addMember'; laptop: number; name: string }
  | { kind: 'deliver'; from: number; to: number };

const laptop = fc.integer({ min: 0, max: 2 });
const word = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'ö', '济', ' ', 'Z') }).filter((s) => s.trim() !== '');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('title' as const), laptop, item: fc.nat(3), text: word }),
  fc.record({ kind: fc.constant('type' as const), laptop, at: fc.nat(40), text: word }),
  fc.record({ kind: fc.constant('reorder' as const), laptop, seed: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), laptop, item: fc.nat(3) }),
  fc.record({ kind: fc.constant('addMember' as const), laptop, name: word }),
  fc.record({ kind: fc.constant('deliver' as const), from: laptop, to: laptop }),
);

function apply(all: Core[], tripId: string, s: Step): void {
  if (s.kind === 'deliver') {
    if (s.from !== s.to) deliver(all[s.from]!, all[s.to]!, tripId);
    return;
  }
  const core = all[s.laptop]!;
  const items = ok(core, 'items:list', { tripId }) as Item[];
  const item = items[s.kind === 'title' || s.kind === 'delete' ? s.item % Math.max(items.length, 1) : 0];
  switch (s.kind) {
    case 'title':
      if (item) ok(core, 'items:update', { id: item.id, patch: { title: `${item.title.slice(0, 40)} ${s.text}`.trim() } });
      break;
    case 'type': {
      const notes = ok(core, 'trips:get', { id: tripId }).notes;
      const at = s.at % (notes.length + 1);
      ok(core, 'trips:update', { id: tripId, patch: { notes: notes.slice(0, at) + s.text + notes.slice(at) } });
      break;
    }
    case 'reorder': {
      const ids = (ok(core, 'members:list', { tripId }) as Member[]).map((m) => m.id);
      const moved = ids.splice(s.seed % ids.length, 1);
      ids.splice((s.seed >> 3) % (ids.length + 1), 0, ...moved);
      ok(core, 'members:reorder', { tripId, ids });
      break;
    }
    case 'delete':
      if (item && items.length > 1) ok(core, 'items:delete', { id: item.id });
      break;
    case 'addMember':
      makeMember(core, tripId, s.name);
      break;
  }
}

describe('any interleaving of edits on three laptops converges', () => {
  it('to the same trip file everywhere, with members ranked 1..n and every typed text kept', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const all = laptops(3);
        const [a] = all as [Core];
        const trip = makeTrip(a);
        for (const name of ['Anna', 'Bo', 'Cai']) makeMember(a, trip.id, name);
        for (let i = 0; i < 3; i++) makeItem(a, trip.id, { title: `Visit ${i}`, startLocal: `2017-10-30T0${i + 1}:00`, endLocal: null });
        startSharing(databaseOf(a), trip.id, SERVER);
        for (const other of all.slice(1)) startReceiving(databaseOf(other), trip.id, SERVER);
        exchange(all, trip.id);

        const typed: string[] = [];
        for (const s of steps) {
          apply(all, trip.id, s);
          if (s.kind === 'type') typed.push(s.text);
        }
        exchange(all, trip.id);

        const file = exportOf(a, trip.id);
        for (const other of all.slice(1)) expect(exportOf(other, trip.id)).toBe(file);
        const members = ok(a, 'members:list', { tripId: trip.id }) as Member[];
        expect(members.map((m) => m.precedence)).toEqual(members.map((_, i) => i + 1));
        const notes = ok(a, 'trips:get', { id: trip.id }).notes;
        expect(notes.length).toBe(typed.reduce((n, t) => n + t.length, 0));
        for (const core of all) core.close();
      }),
      { numRuns: 12 },
    );
  });
});
