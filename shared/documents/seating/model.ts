import type { Item } from '../../domain/item';
import type { TripWorkspace } from '../../domain/workspace';
import { personKey, tableCompany, type TablePerson } from '../../seating/company';
import type { TableLayout } from '../../seating/geometry';

/** One item's table plan as printed: every seat in order, who sits there, who has no seat. */
export interface SeatingSheetModel {
  item: Pick<Item, 'id' | 'title' | 'startLocal' | 'location' | 'state'>;
  layout: TableLayout;
  /** Every seat of the table, in seat order; null: empty. */
  seats: { seat: number; person: TablePerson | null }[];
  /** Attending people the plan gives no seat (added after the plan was made). */
  unseated: TablePerson[];
}

/** The sheet of an item with a seating plan; null when the item has none. */
export function buildSeatingSheet(workspace: TripWorkspace, item: Item): SeatingSheetModel | null {
  const plan = item.seating;
  if (!plan) return null;
  const { hosts, guests } = tableCompany(workspace, item);
  const known = new Map([...hosts, ...guests].map((p) => [personKey(p.person), p]));
  // Someone seated who no longer attends is still shown where the plan puts them: the plan is
  // what the organiser made, and the Seating panel shows the difference.
  for (const m of workspace.members) {
    const key = `member:${m.id}`;
    if (!known.has(key)) known.set(key, { person: { kind: 'member', id: m.id }, side: m.side === 'host' && workspace.trip.direction === 'incoming' ? 'host' : 'guest', name: m.name, nativeName: m.nativeName, title: m.title, organisation: m.organisation });
  }
  const bySeat = new Map(plan.assignments.map((a) => [a.seat, known.get(personKey(a.person)) ?? null]));
  const seated = new Set(plan.assignments.map((a) => personKey(a.person)));
  return {
    item: { id: item.id, title: item.title, startLocal: item.startLocal, location: item.location, state: item.state },
    layout: { shape: plan.shape, seats: plan.seats, protocol: plan.protocol },
    seats: Array.from({ length: plan.seats }, (_, seat) => ({ seat, person: bySeat.get(seat) ?? null })),
    unseated: [...hosts, ...guests].filter((p) => !seated.has(personKey(p.person))),
  };
}

/** Sheets of every item that has a plan, in programme order (for the briefing). */
export function buildSeatingSheets(workspace: TripWorkspace, items: readonly Item[]): SeatingSheetModel[] {
  return items.flatMap((item) => {
    const sheet = buildSeatingSheet(workspace, item);
    return sheet ? [sheet] : [];
  });
}
