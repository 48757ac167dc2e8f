import type { Item, ItemKind } from '../../../../shared/domain/item';
import { placeIn, type KnownPlace } from '../../../../shared/places';
import { suggestZone, type ZoneTrip } from './formValues';
import { isTravel } from './kinds';

/** One end of an item as the form holds it: its zone, and whether the user picked it. */
export interface ZoneEnd {
  zone: string;
  chosen: boolean;
}

/** Everything the zones of an item's two ends depend on. */
export interface ZoneRuleInput {
  trip: ZoneTrip;
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
  /**
   * The known place named for this end (a journey's from/to, else the city), when there is one:
   * what set the zone, or — for a zone the user chose — a place the form can offer instead.
   */
  place: KnownPlace | null;
}

/**
 * The zones of a new item's two ends after any change to the form:
 * - a zone the user chose stays;
 * - a known place sets its own zone: a journey's departure from its "from" (else the city, where
 *   journeys usually start), its arrival from its "to"; anything else from its city;
 * - otherwise the departure follows the plan (where the delegation is by then), and the arrival
 *   is guessed only when leaving home for a trip abroad (the first destination abroad) and else
 *   left as it is — an arrival is never copied from the departure's zone, or a flight home
 *   from Shanghai would land in Shanghai time.
 */
export function zonesFor(input: ZoneRuleInput): { start: ZoneOutcome; end: ZoneOutcome } {
  const { trip, kind } = input;
  const travel = isTravel(kind);
  const startPlace = (travel ? placeIn(input.from, trip.destinations) : null) ?? placeIn(input.city, trip.destinations);
  const start = input.start.chosen
    ? input.start.zone
    : (startPlace?.zone ?? suggestZone(trip, input.items, input.city, input.startLocal, kind));

  if (!travel) {
    // One place, one zone: a meeting ends where it starts.
    const zone = input.end.chosen ? input.end.zone : start;
    return { start: { zone: start, place: startPlace }, end: { zone, place: startPlace } };
  }
  const endPlace = placeIn(input.to, trip.destinations);
  const end = input.end.chosen ? input.end.zone : (endPlace?.zone ?? leavingHomeGuess(trip, start) ?? input.end.zone);
  return { start: { zone: start, place: startPlace }, end: { zone: end, place: endPlace } };
}

/** A journey leaving the home zone on a trip abroad most likely lands at the first destination. */
function leavingHomeGuess(trip: ZoneTrip, startZone: string): string | null {
  if (startZone !== trip.homeTimeZone) return null;
  return trip.destinations.find((d) => d.timeZone !== trip.homeTimeZone)?.timeZone ?? null;
}

/** What the form says beside a zone the rule changed: the new zone, the one before, and why. */
export interface ZoneNotice {
  zone: string;
  was: string;
  place: KnownPlace | null;
}

/**
 * The notice after the rule ran for one end. Several changes in a row (typing "Stockholm
 * Arlanda" letter by letter) are one notice whose Undo goes back to the zone before the first;
 * a change back to that zone needs no notice. The place named is the latest one in that zone
 * ("Stockholm" while typing, then "Stockholm Arlanda (ARN)").
 */
export function noticeAfter(notice: ZoneNotice | null, before: string, after: string, place: KnownPlace | null): ZoneNotice | null {
  if (after === before) return notice && place?.zone === notice.zone ? { ...notice, place } : notice;
  const was = notice?.was ?? before;
  return after === was ? null : { zone: after, was, place };
}
