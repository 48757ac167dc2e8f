import type { Item } from '../../../../shared/domain/item';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import { autoSeat } from '../../../../shared/seating/auto-seat';
import { personKey, tableCompany, type TablePerson } from '../../../../shared/seating/company';
import type { TableLayout } from '../../../../shared/seating/geometry';
import { MAX_SEATS, MIN_SEATS, type SeatAssignment, type SeatedPerson, type SeatingPlan } from '../../../../shared/seating/plan';

/** The panel's view of an item's table: who may sit, who sits where, who has no seat. */
export interface SeatingView {
  company: TablePerson[];
  bySeat: Map<number, TablePerson>;
  unseated: TablePerson[];
}

export function seatingView(workspace: TripWorkspace, item: Item): SeatingView {
  const { hosts, guests } = tableCompany(workspace, item);
  const company = [...hosts, ...guests];
  const byKey = new Map(company.map((p) => [personKey(p.person), p]));
  const bySeat = new Map<number, TablePerson>();
  const seated = new Set<string>();
  for (const a of item.seating?.assignments ?? []) {
    const person = byKey.get(personKey(a.person));
    // Someone who no longer attends drops out of the plan here (and is gone at the next save).
    if (!person) continue;
    bySeat.set(a.seat, person);
    seated.add(personKey(a.person));
  }
  return { company, bySeat, unseated: company.filter((p) => !seated.has(personKey(p.person))) };
}

/** A first plan's table: round, an even number of seats for everyone attending. */
export function defaultLayout(companySize: number): TableLayout {
  const seats = Math.min(MAX_SEATS, Math.max(MIN_SEATS, companySize + (companySize % 2)));
  return { shape: 'round', seats, protocol: 'facing' };
}

/** The plan the auto-seat rule makes for this company and table. */
export function autoSeated(workspace: TripWorkspace, item: Item, layout: TableLayout): SeatingPlan {
  const { hosts, guests } = tableCompany(workspace, item);
  const { assignments } = autoSeat(layout, hosts.map((h) => h.person), guests.map((g) => g.person));
  return { ...layout, assignments };
}

/** The plan after moving whoever sits at (or is) `from` to seat `to`, swapping with its occupant. */
export function moveToSeat(plan: SeatingPlan, view: SeatingView, from: { seat: number } | { person: SeatedPerson }, to: number): SeatingPlan {
  const current: SeatAssignment[] = [...view.bySeat.entries()].map(([seat, p]) => ({ seat, person: p.person }));
  const fromSeat = 'seat' in from ? from.seat : null;
  const moving = 'seat' in from ? view.bySeat.get(from.seat)?.person : from.person;
  if (!moving || fromSeat === to) return { ...plan, assignments: current };
  const occupant = view.bySeat.get(to)?.person;
  const next = current.filter((a) => a.seat !== to && a.seat !== fromSeat);
  next.push({ seat: to, person: moving });
  if (occupant && fromSeat !== null) next.push({ seat: fromSeat, person: occupant });
  return { ...plan, assignments: next.sort((a, b) => a.seat - b.seat) };
}

/** The same people on a resized table: whoever no longer has a seat number drops out of the plan. */
export function resized(plan: SeatingPlan, view: SeatingView, layout: TableLayout): SeatingPlan {
  const assignments = [...view.bySeat.entries()].filter(([seat]) => seat < layout.seats).map(([seat, p]) => ({ seat, person: p.person }));
  return { ...layout, assignments };
}
