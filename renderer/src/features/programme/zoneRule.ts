import type { Item, ItemKind } from '../../../../shared/domain/item';
import type { Trip } from '../../../../shared/domain/trip';
import { destinationZone, suggestArrivalZone, suggestZone } from './formValues';
import { isTravel } from './kinds';

/** One end of an item as the form holds it: its zone, and whether the user picked it. */
export interface ZoneEnd {
  zone: string;
  chosen: boolean;
}

/** Everything the zone of a new item's two ends depends on. */
export interface ZoneRuleInput {
  trip: Pick<Trip, 'destinations' | 'homeTimeZone' | 'direction'>;
  items: readonly Item[];
  kind: ItemKind;
  startLocal: string;
  city: string;
  from: string;
  to: string;
  start: ZoneEnd;
  end: ZoneEnd;
}

export interface ZoneOutcome {
  zone: string;
}

/** The zones of both ends after a change. */
export function zonesFor(input: ZoneRuleInput): { start: ZoneOutcome; end: ZoneOutcome } {
  const { trip, items, kind, city } = input;
  const start = input.start.chosen ? input.start.zone : suggestZone(trip as Trip, items, city, input.startLocal, kind);
  const arrival = isTravel(kind) ? suggestArrivalZone(trip as Trip, input.to, start) : null;
  const end = input.end.chosen ? input.end.zone : (arrival ?? destinationZone(trip as Trip, city) ?? start);
  return { start: { zone: start }, end: { zone: end } };
}
