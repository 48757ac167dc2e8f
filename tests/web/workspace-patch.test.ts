import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api/contract';
import type { TripWorkspace } from '../../shared/domain/workspace';
import type { ApiResult } from '../../shared/api/result';
import { openCore, type Core } from '../../core/index';
import { patchWorkspace, patchesWorkspace } from '../../renderer/src/api/workspace-patch';
import { makeTempDir } from './helpers';

/**
 * The renderer patches the open workspace from a write's answer instead of refetching it
 * (renderer/src/api/workspace-patch.ts). Whatever the user does, the patched workspace must be
 * exactly what a refetch answers — or, where the answer cannot tell, the patch must say so (null).
 */

let dir: string;
let core: Core;
beforeAll(() => {
  dir = makeTempDir('workspace-patch');
  core = openCore(path.join(dir, 'data.sqlite'));
});
afterAll(() => {
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

function ok<K extends OperationName>(name: K, input: OperationInput<K>): OperationResult<K> {
  // A generic name is answered as ApiResult<unknown> (core.ts): the value is this operation's.
  const result = core.dispatch(name as string, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as OperationResult<K>;
}

function newTrip() {
  const trip = ok('trips:create', {
    title: 'Västerås delegation to Jinan',
    direction: 'outgoing',
    destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    homeTimeZone: 'Europe/Stockholm',
  });
  for (const name of ['Anna Östlund', 'Björn Åkerlund', 'Wang Fang']) ok('members:create', { tripId: trip.id, name });
  return trip;
}

const organisation = () => ok('organisations:create', { name: `Jinan FAO ${Math.random().toString(36).slice(2, 6)}` });
const contactIn = (organisationId: string | null) => ok('contacts:create', { name: `李明 ${Math.random().toString(36).slice(2, 6)}`, organisationId });

/** One user action: which write, with what, chosen against the workspace as it is now. */
type Action = (ws: TripWorkspace, pick: (n: number) => number) => { name: OperationName; run: () => ApiResult<unknown>; input: unknown } | null;

const write = <K extends OperationName>(name: K, input: OperationInput<K>) => ({ name, input, run: () => core.dispatch(name as string, input) });
const day = (n: number) => `2017-10-${String(28 + (n % 4)).padStart(2, '0')}`;
const time = (n: number) => `${String(8 + (n % 10)).padStart(2, '0')}:${n % 2 ? '30' : '00'}`;
const zone = (n: number) => (n % 3 === 0 ? 'Europe/Stockholm' : 'Asia/Shanghai');

const ACTIONS: Action[] = [
  (ws, pick) =>
    write('items:create', {
      tripId: ws.trip.id,
      kind: pick(3) === 0 ? 'meeting' : 'meal',
      title: ['Möte med FAO', '会议', 'Lunch', 'Besök'][pick(4)]!,
      startLocal: `${day(pick(2))}T${time(pick(3))}`,
      startZone: zone(pick(3)),
      endLocal: null,
    }),
  (ws, pick) => {
    const item = ws.items[pick(ws.items.length)];
    if (!item) return null;
    const patches = [
      { title: `Omdöpt ${pick(100)}` },
      { startLocal: `${day(pick(2))}T${time(pick(3))}`, startZone: zone(pick(3)), endLocal: null },
      { state: 'done' as const },
      { allMembers: false, participantIds: ws.members.filter(() => pick(2) === 0).map((m) => m.id) },
      { contactIds: pick(2) === 0 ? [] : [contactIn(null).id] },
      { contactIds: ws.contacts.slice(0, pick(3)).map((c) => c.id) },
    ];
    return write('items:update', { id: item.id, patch: patches[pick(patches.length)]! });
  },
  (ws, pick) => {
    const ids = ws.items.map((i) => i.id);
    for (let i = ids.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    return write('items:reorder', { tripId: ws.trip.id, ids });
  },
  (ws, pick) => {
    const meeting = ws.items.filter((i) => i.kind === 'meeting')[0];
    if (!meeting) return null;
    const counterparts = [[], ws.contacts.slice(0, 1).map((c) => c.id), [contactIn(pick(2) ? organisation().id : null).id]][pick(3)]!;
    return write('meetings:update', {
      itemId: meeting.id,
      patch: { agenda: `1. Välkommen ${pick(9)}`, counterpartIds: counterparts, hostOrganisationId: pick(3) === 0 ? organisation().id : null },
    });
  },
  (ws, pick) => write('members:create', { tripId: ws.trip.id, name: ['Elin Sjöö', 'Chen Jing', 'Åsa Berg'][pick(3)]! }),
  (ws, pick) => {
    const member = ws.members[pick(ws.members.length)];
    return member ? write('members:update', { id: member.id, patch: pick(2) ? { name: `Zhou ${pick(50)}` } : { title: 'Kommunalråd' } }) : null;
  },
  (ws, pick) => write('members:reorder', { tripId: ws.trip.id, ids: ws.members.map((m) => m.id).reverse().toSorted(() => pick(3) - 1) }),
  (ws, pick) => write('groups:create', { tripId: ws.trip.id, name: `Grupp ${pick(20)}`, memberIds: ws.members.filter(() => pick(2) === 0).map((m) => m.id) }),
  (ws, pick) => {
    const group = ws.groups[pick(ws.groups.length)];
    return group ? write('groups:update', { id: group.id, name: `Shenyang ${pick(20)}`, memberIds: ws.members.slice(pick(3)).map((m) => m.id) }) : null;
  },
  (ws, pick) => {
    const contact = ws.contacts[pick(ws.contacts.length)];
    if (!contact) return write('contacts:create', { name: 'Ny kontakt' });
    const patches = [{ title: 'Director' }, { name: `王 ${pick(30)}` }, { organisationId: organisation().id }];
    return write('contacts:update', { id: contact.id, patch: patches[pick(patches.length)]! });
  },
  (ws, pick) => {
    const org = ws.organisations[pick(ws.organisations.length)];
    return org ? write('organisations:update', { id: org.id, patch: pick(2) ? { website: 'https://jinan.gov.cn' } : { name: `济南 ${pick(30)}` } }) : null;
  },
  (ws, pick) => write('trips:update', { id: ws.trip.id, patch: { title: `Jinan ${pick(100)}` } }),
];

describe('a workspace patched from a write’s answer', () => {
  it('is exactly what a refetch answers, after any sequence of writes (or it asks for the refetch)', () => {
    let patched = 0;
    let refetched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(ACTIONS.length - 1), fc.array(fc.nat(1000), { minLength: 12, maxLength: 12 })), { minLength: 1, maxLength: 12 }), (steps) => {
        const trip = newTrip();
        let ws = ok('trips:workspace', { id: trip.id });
        for (const [action, numbers] of steps) {
          let next = 0;
          const pick = (n: number) => (n <= 0 ? 0 : numbers[next++ % numbers.length]! % n);
          const step = ACTIONS[action]!(ws, pick);
          if (!step) continue;
          const result = step.run();
          const fresh = ok('trips:workspace', { id: trip.id });
          if (result.ok) {
            expect(patchesWorkspace(step.name)).toBe(true);
            const patch = patchWorkspace(ws, step.name, step.input as never, result.value as never);
            if (patch === null) refetched++;
            else {
              patched++;
              expect(patch, step.name).toEqual(fresh);
            }
          }
          ws = fresh;
        }
      }),
      { numRuns: 60 },
    );
    // The rule is worth little if most writes fell back to a refetch.
    expect(patched).toBeGreaterThan(refetched * 3);
  });

  it('leaves another trip’s workspace as it is (the same object)', () => {
    const open = newTrip();
    const other = newTrip();
    const ws = ok('trips:workspace', { id: open.id });
    const input = { tripId: other.id, kind: 'meal' as const, title: 'Lunch', startLocal: '2017-10-29T12:00', startZone: 'Asia/Shanghai', endLocal: null };
    const item = ok('items:create', input);
    expect(patchWorkspace(ws, 'items:create', input, item)).toBe(ws);
  });

  it('keeps the newer row when two answers for the same item arrive out of order', () => {
    const trip = newTrip();
    const item = ok('items:create', { tripId: trip.id, kind: 'meal', title: 'Lunch', startLocal: '2017-10-29T12:00', startZone: 'Asia/Shanghai', endLocal: null });
    const ws = ok('trips:workspace', { id: trip.id });
    const first = { id: item.id, patch: { title: 'Lunch med FAO' } };
    const older = ok('items:update', first);
    const second = { id: item.id, patch: { state: 'done' as const } };
    const newer = ok('items:update', second);
    const inOrder = patchWorkspace(patchWorkspace(ws, 'items:update', first, older)!, 'items:update', second, newer)!;
    const reversed = patchWorkspace(patchWorkspace(ws, 'items:update', second, newer)!, 'items:update', first, older)!;
    expect(reversed).toEqual(inOrder);
    expect(reversed.items[0]).toMatchObject({ title: 'Lunch med FAO', state: 'done' });
    expect(reversed).toEqual(ok('trips:workspace', { id: trip.id }));
  });

  it('the first screen’s answer is the whole workspace’s trip, members, groups and items, with the rest left to the whole one', () => {
    const trip = newTrip();
    const meeting = ok('items:create', { tripId: trip.id, kind: 'meeting', title: 'Möte med Jinan FAO', startLocal: '2017-10-30T10:00', startZone: 'Asia/Shanghai', endLocal: null });
    ok('meetings:update', { itemId: meeting.id, patch: { agenda: '1. 欢迎', counterpartIds: [contactIn(organisation().id).id] } });
    const whole = ok('trips:workspace', { id: trip.id });
    const first = ok('trips:workspace', { id: trip.id, firstScreen: true });
    expect(first).toMatchObject({ trip: whole.trip, members: whole.members, groups: whole.groups, items: whole.items, firstScreenOnly: true });
    expect([first.meetings, first.contacts, first.organisations]).toEqual([[], [], []]);
    expect(whole.firstScreenOnly).toBeUndefined();
    // Patched it would look complete; the renderer waits for the whole workspace instead.
    expect(patchWorkspace(first, 'trips:update', { id: trip.id, patch: {} }, whole.trip)).toBeNull();
  });
});
