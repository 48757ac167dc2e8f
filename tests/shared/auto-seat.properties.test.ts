import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoSeat, type TableSide } from '../../shared/seating/auto-seat';
import { neighbours, principalGuestSeat, principalHostSeat, type TableLayout } from '../../shared/seating/geometry';
import { SeatingPlan, type SeatedPerson } from '../../shared/seating/plan';

/**
 * The auto-seat rule, for every table and every company: fast-check draws the table (shape,
 * seats, protocol) and how many hosts and guests come; a failure prints the smallest such case.
 */
const person = (side: TableSide, rank: number): SeatedPerson => ({
  kind: side === 'host' ? 'contact' : 'member',
  id: `${side === 'host' ? 'a' : 'b'}0000000-0000-4000-8000-${String(rank).padStart(12, '0')}`,
});
const people = (side: TableSide, count: number) => Array.from({ length: count }, (_, i) => person(side, i + 1));
const sideOf = (p: SeatedPerson): TableSide => (p.kind === 'contact' ? 'host' : 'guest');
const rankOf = (p: SeatedPerson) => Number(p.id.slice(-12));

const layout = fc.record({
  shape: fc.constantFrom('round' as const, 'long' as const),
  seats: fc.integer({ min: 2, max: 24 }),
  protocol: fc.constantFrom('facing' as const, 'side_by_side' as const),
});
const company = fc.record({ hosts: fc.integer({ min: 0, max: 16 }), guests: fc.integer({ min: 0, max: 16 }) });

function seat(table: TableLayout, hosts: number, guests: number) {
  const result = autoSeat(table, people('host', hosts), people('guest', guests));
  const at = new Map(result.assignments.map((a) => [a.seat, a.person]));
  return { ...result, at };
}

/** Tables where hosts and guests can alternate all round: the seats colour in two without a clash. */
function alternationPossible({ shape, seats, protocol }: TableLayout): boolean {
  if (shape === 'long') return true;
  if (seats % 2 === 1) return false;
  return protocol === 'side_by_side' || (seats / 2) % 2 === 1;
}

describe('auto-seat', () => {
  it('seats everyone once, no seat twice, within the table; when it is too small, the lowest in precedence stand', () => {
    fc.assert(
      fc.property(layout, company, (table, { hosts, guests }) => {
        const { assignments, unseated } = seat(table, hosts, guests);
        const seats = assignments.map((a) => a.seat);
        expect(new Set(seats).size).toBe(seats.length);
        expect(seats.every((s) => s >= 0 && s < table.seats)).toBe(true);
        const ids = [...assignments.map((a) => a.person.id), ...unseated.map((p) => p.id)];
        expect(new Set(ids).size).toBe(hosts + guests);
        expect(assignments.length).toBe(Math.min(table.seats, hosts + guests));
        // Who stands: never someone above a seated person of the same side.
        for (const side of ['host', 'guest'] as const) {
          const seatedRanks = assignments.filter((a) => sideOf(a.person) === side).map((a) => rankOf(a.person));
          const standingRanks = unseated.filter((p) => sideOf(p) === side).map(rankOf);
          if (standingRanks.length > 0) expect(Math.max(...seatedRanks, 0)).toBeLessThan(Math.min(...standingRanks));
        }
        // What it makes is a plan the app accepts.
        expect(SeatingPlan.safeParse({ ...table, assignments }).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('puts the principal host at the head seat and the principal guest opposite or at their side, by the protocol', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (table, hosts, guests) => {
        const { at } = seat(table, hosts, guests);
        const hostSeat = principalHostSeat(table);
        const guestSeat = principalGuestSeat(table);
        expect(at.get(hostSeat)).toEqual(person('host', 1));
        expect(at.get(guestSeat)).toEqual(person('guest', 1));
        if (table.protocol === 'side_by_side') expect(neighbours(table, hostSeat)).toContain(guestSeat);
        else if (table.shape === 'round') expect(Math.abs(guestSeat - hostSeat)).toBe(Math.floor(table.seats / 2));
        else expect(guestSeat - hostSeat).toBe(Math.ceil(table.seats / 2)); // straight across a long table
      }),
      { numRuns: 500 },
    );
  });

  it('gives the seats beside each principal to the other side while that side has people for them', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 4, max: 12 }), fc.integer({ min: 4, max: 12 }), (table, hosts, guests) => {
        fc.pre(table.seats >= hosts + guests);
        const { at } = seat(table, hosts, guests);
        const principals = new Set([principalHostSeat(table), principalGuestSeat(table)]);
        for (const principal of principals) {
          const side = sideOf(at.get(principal)!);
          for (const next of neighbours(table, principal)) {
            if (principals.has(next) || !at.has(next)) continue;
            expect(sideOf(at.get(next)!), `seat ${next} beside ${side} principal at ${principal}`).not.toBe(side);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('alternates hosts and guests at every seat when both sides are equal and fill a table that allows it', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 1, max: 12 }), (table, each) => {
        const full = { ...table, seats: each * 2 };
        fc.pre(alternationPossible(full));
        const { at } = seat(full, each, each);
        for (let s = 0; s < full.seats; s++) {
          for (const next of neighbours(full, s)) expect(sideOf(at.get(next)!), `seats ${s} and ${next}`).not.toBe(sideOf(at.get(s)!));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('seats a table with one side only from the head seat outwards, in precedence order', () => {
    const { assignments } = seat({ shape: 'round', seats: 6, protocol: 'facing' }, 0, 4);
    expect(assignments.map((a) => [a.seat, rankOf(a.person)])).toEqual([[0, 1], [3, 2], [1, 3], [5, 4]]);
  });
});
