import type { SeatingProtocol, TableShape } from './plan';

/**
 * Where seats are and which touch, for both table shapes. Seats are numbered from 0.
 *
 * Round: clockwise from the top; seat i faces seat i + ⌊n/2⌋.
 * Long: side A holds ⌈n/2⌉ seats left to right, side B the rest, left to right too, seat k + j
 * facing seat j (k = ⌈n/2⌉). Neighbours are the seats beside one along the side, and the seat
 * across the table: people talk to both.
 */
export interface TableLayout {
  shape: TableShape;
  seats: number;
  protocol: SeatingProtocol;
}

export function longSideA(seats: number): number {
  return Math.ceil(seats / 2);
}

export function neighbours({ shape, seats }: Pick<TableLayout, 'shape' | 'seats'>, seat: number): number[] {
  if (shape === 'round') {
    if (seats <= 2) return [1 - seat];
    return [(seat - 1 + seats) % seats, (seat + 1) % seats];
  }
  const k = longSideA(seats);
  const onA = seat < k;
  const index = onA ? seat : seat - k;
  const length = onA ? k : seats - k;
  const start = onA ? 0 : k;
  const out: number[] = [];
  if (index > 0) out.push(start + index - 1);
  if (index < length - 1) out.push(start + index + 1);
  const across = onA ? k + index : index;
  if (onA ? index < seats - k : true) out.push(across);
  return out;
}

/** The principal host's seat: the top of a round table, the middle of a long table's side A. */
export function principalHostSeat({ shape, seats }: Pick<TableLayout, 'shape' | 'seats'>): number {
  return shape === 'round' ? 0 : Math.floor((longSideA(seats) - 1) / 2);
}

/** The principal guest's seat: opposite the host (facing) or at the host's right (side by side). */
export function principalGuestSeat(layout: TableLayout): number {
  const host = principalHostSeat(layout);
  const { shape, seats, protocol } = layout;
  if (shape === 'round') return protocol === 'facing' ? Math.floor(seats / 2) : 1;
  const k = longSideA(seats);
  if (protocol === 'facing' || k === 1) return k + host;
  return host + 1 < k ? host + 1 : host - 1;
}

/** Steps from `from` to every seat over neighbouring seats (breadth first). */
export function distancesFrom(layout: Pick<TableLayout, 'shape' | 'seats'>, from: number): number[] {
  const distance = Array.from({ length: layout.seats }, () => Infinity);
  distance[from] = 0;
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const seat = queue[i]!;
    for (const next of neighbours(layout, seat)) {
      if (distance[next] === Infinity) {
        distance[next] = distance[seat]! + 1;
        queue.push(next);
      }
    }
  }
  return distance;
}

/** Position of each seat for drawings, in a unit box (0..1 × 0..1), and the table's own shape. */
export function seatPositions({ shape, seats }: Pick<TableLayout, 'shape' | 'seats'>): { x: number; y: number }[] {
  if (shape === 'round') {
    return Array.from({ length: seats }, (_, i) => {
      const angle = (2 * Math.PI * i) / seats - Math.PI / 2;
      return { x: 0.5 + 0.42 * Math.cos(angle), y: 0.5 + 0.42 * Math.sin(angle) };
    });
  }
  const k = longSideA(seats);
  const step = 1 / (k + 1);
  return Array.from({ length: seats }, (_, i) => (i < k ? { x: step * (i + 1), y: 0.12 } : { x: step * (i - k + 1), y: 0.88 }));
}
