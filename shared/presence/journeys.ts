import { CityIndex } from '../checks/cities';
import { TRAVEL_KINDS, type Item } from '../domain/item';
import type { Trip } from '../domain/trip';

/**
 * Which travel items take a member away from home (the journey out) and which bring them home
 * (the journey home), told from the item itself and the trip, never from what else is planned:
 * so a plan being entered (flights out, no flight home yet) has no journey home, rather than its
 * last flight so far being taken for one, and adding a meeting or a hotel never changes it.
 *
 * A travel item leaves from, and arrives at, a place that is inside the trip's area or not:
 * - inside when the place names one of the trip's destinations (`details.from`; `details.to`,
 *   or the location's city when `to` is empty — as the programme reads them), in Latin or
 *   native script;
 * - otherwise inside when its time zone (start zone / end zone) is a destination's zone, except
 *   the delegation's home zone in an outgoing trip (a trip within one zone is then told by the
 *   destination names alone). An incoming trip's visitors come from elsewhere: every destination
 *   zone is inside.
 * The journey out leaves from outside and arrives inside (Stockholm → Beijing); the journey home
 * leaves from inside and arrives outside (Beijing → Stockholm, or Shanghai → Helsinki on the way
 * to Stockholm). Travel within the area (Jinan → Shenyang, Beijing → Jinan) or at home (the bus
 * to Arlanda) is neither. All-day travel has no times and says nothing.
 */
export type JourneyDirection = 'out' | 'home';

/** What tells a journey: the kind, the places and zones at either end. */
export type TravelFacts = Pick<Item, 'kind' | 'allDay' | 'startZone' | 'endZone'> & {
  details: Pick<Item['details'], 'from' | 'to'>;
  location: Pick<Item['location'], 'city'>;
};

export class TripArea {
  /** The destinations only: cities named by other items must not change what a flight is. */
  private readonly destinations: CityIndex;
  private readonly zones: ReadonlySet<string>;

  constructor(trip: Trip) {
    this.destinations = new CityIndex(trip, []);
    const zones = new Set(trip.destinations.map((d) => d.timeZone));
    if (trip.direction === 'outgoing') zones.delete(trip.homeTimeZone);
    this.zones = zones;
  }

  direction(item: TravelFacts): JourneyDirection | null {
    if (!TRAVEL_KINDS.includes(item.kind) || item.allDay) return null;
    const to = item.details.to?.trim() ? item.details.to : item.location.city;
    const leavesInside = this.inside(item.details.from ?? '', item.startZone);
    const arrivesInside = this.inside(to, item.endZone);
    if (leavesInside === arrivesInside) return null;
    return arrivesInside ? 'out' : 'home';
  }

  private inside(place: string, zone: string): boolean {
    return (place.trim() !== '' && this.destinations.cityIn(place) !== null) || this.zones.has(zone);
  }
}
