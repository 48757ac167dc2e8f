import { distancesFrom, principalGuestSeat, principalHostSeat, type TableLayout } from './geometry';
import type { SeatAssignment, SeatedPerson } from './plan';

export type TableSide = 'host' | 'guest';

export interface AutoSeatResult {
  assignments: SeatAssignment[];
  /** People left without a seat (the table is too small), lowest precedence of each side. */
  unseated: SeatedPerson[];
}

/**
 * Fill a table by precedence. `hosts` and `guests` come in order of precedence (the first of
 * each is the principal). The principal host sits at the head seat and the principal guest
 * opposite or beside them by the protocol; every other seat is ranked by how near it is to a
 * principal (nearer is more honoured) and is meant for the side that alternates with the seats
 * around it: the seats beside the principal host go to guests, the next ones out to hosts, and
 * the other way round beside the principal guest. Each seat in rank order takes the next person
 * of its side, or of the other side once its own has nobody left.
 *
 * Pure and deterministic: the same people and table give the same plan (tests state its rules
 * as properties for every table: tests/shared/auto-seat.properties.test.ts).
 */
export function autoSeat(layout: TableLayout, hosts: readonly SeatedPerson[], guests: readonly SeatedPerson[]): AutoSeatResult {
  // One side only (our own delegation's dinner): its first person still takes the head seat.
  if (hosts.length === 0 && guests.length > 0) return autoSeat(layout, guests, []);
  const hostSeat = principalHostSeat(layout);
  const guestSeat = principalGuestSeat(layout);
  const fromHost = distancesFrom(layout, hostSeat);
  const fromGuest = distancesFrom(layout, guestSeat);
  const queues: Record<TableSide, SeatedPerson[]> = { host: [...hosts], guest: [...guests] };
  const assignments: SeatAssignment[] = [];
  const take = (seat: number, side: TableSide) => {
    const own = queues[side];
    const other = queues[side === 'host' ? 'guest' : 'host'];
    const person = own.shift() ?? other.shift();
    if (person) assignments.push({ seat, person });
  };

  take(hostSeat, 'host');
  take(guestSeat, 'guest');

  const rest = Array.from({ length: layout.seats }, (_, seat) => seat)
    .filter((seat) => seat !== hostSeat && seat !== guestSeat)
    .sort((a, b) => Math.min(fromHost[a]!, fromGuest[a]!) - Math.min(fromHost[b]!, fromGuest[b]!) || fromHost[a]! - fromHost[b]! || a - b);
  for (const seat of rest) {
    if (queues.host.length === 0 && queues.guest.length === 0) break;
    take(seat, patternSide(fromHost[seat]!, fromGuest[seat]!));
  }
  return { assignments, unseated: [...queues.host, ...queues.guest] };
}

/** The side a seat is meant for: alternating outwards from the nearer principal (the host's on a tie). */
export function patternSide(fromHost: number, fromGuest: number): TableSide {
  if (fromHost <= fromGuest) return fromHost % 2 === 0 ? 'host' : 'guest';
  return fromGuest % 2 === 0 ? 'guest' : 'host';
}
