import { arrivalCity, CityIndex, departureCity } from '../checks/cities';
import { instantOf } from '../checks/instants';
import { TRAVEL_KINDS, type Item } from '../domain/item';
import type { Member } from '../domain/member';
import type { TripWorkspace } from '../domain/workspace';
import { addDaysToDate, daysBetween } from '../time/zoned';

/**
 * The presence matrix: for every member (rows, in order of precedence) and every day of the trip
 * (columns), where the member is. Pure, derived from the items each member attends, so the
 * Overview (and later the briefing) can show at a glance who went on to Shenyang.
 *
 * For each day of a member's own part of the trip:
 * - the day **ends** where they sleep: the city of the accommodation they attend that night;
 *   else home, on the day their last item (travel) takes them home; else "in transit" when a
 *   flight or train they are on crosses midnight (or leaves before 03:00); else the last city
 *   their items reach that day (a travel item's arrival city); else where the day began.
 * - the day **begins** where the previous one ended (home on their first day when it starts with
 *   travel). A day that begins and ends in different places is a travel day: "Jinan → Shenyang".
 * Before their part of the trip starts, and after the day they are home again, they are home.
 *
 * "Their part of the trip" is the checks' member span (shared/checks context.ts): from the day
 * of their first item if that is travel, to the day their last item ends if that is travel,
 * within the trip's dates; accommodation, all-day items and free time do not decide it; and
 * travel from or to one of the trip's destinations is not travel from or to home.
 *
 * Members on the host side are at home in the host city
 * (the first destination) every day unless they have accommodation somewhere.
 */

export type PresencePlace =
  /** `city` is the canonical key of a city in `PresenceMatrix.cities`. */
  | { kind: 'city'; city: string }
  | { kind: 'home' }
  /** On an overnight flight or train. */
  | { kind: 'transit' }
  /** Nothing in the programme says where. */
  | { kind: 'unknown' };

export interface PresenceCell {
  date: string;
  /** Where the day began, when it differs from where it ends (a travel day); else null. */
  from: PresencePlace | null;
  /** Where the member is at the end of the day (where they sleep). */
  to: PresencePlace;
  /** Outside the member's own part of the trip: not left yet ('before') or home again ('after'). */
  away: 'before' | 'after' | null;
}

export interface PresenceRow {
  memberId: string;
  cells: PresenceCell[];
}

export interface PresenceCity {
  /** Canonical key (case- and accent-folded), as in PresencePlace. */
  key: string;
  /** The name to show ("Jinan"). */
  name: string;
  /** Name in local script from the trip's destinations ("济南"), else ''. */
  nativeName: string;
  /** Country code of the destination, else ''. */
  country: string;
  /** Whether the city is one of the trip's destinations. */
  destination: boolean;
}

export interface PresenceMatrix {
  /** Every date of the trip, first to last (YYYY-MM-DD). */
  dates: string[];
  /** One row per member, in order of precedence. */
  rows: PresenceRow[];
  /**
   * The cities to tell apart (legend order, which is also the colour order): the trip's
   * destinations first, in the trip's order, then any other city a cell names.
   */
  cities: PresenceCity[];
}

/** A trip longer than this shows its first days only (a year is far beyond any delegation). */
export const MAX_PRESENCE_DAYS = 366;

const HOME: PresencePlace = { kind: 'home' };
const TRANSIT: PresencePlace = { kind: 'transit' };
const UNKNOWN: PresencePlace = { kind: 'unknown' };

/** Overnight travel that leaves before this local time still covers the night before. */
const EARLY_DEPARTURE = '03:00';

/** An item placed on the timeline, with what it says about where its attendees are. */
interface Placed {
  item: Item;
  travel: boolean;
  start: number;
  end: number;
  startDate: string;
  /** Local date of the end in its zone (all-day: the last day; no end: the start date). */
  endDate: string;
  /** Cities the item puts its attendees in: on which date, and when (to find the day's last). */
  reaches: { date: string; city: string; at: number }[];
  /** Nights (evening dates) it houses its attendees: accommodation only. */
  nights: string[];
  /** Nights its attendees spend travelling: a flight or train across midnight or before 03:00. */
  travelNights: string[];
}

/** Where one member is, per date: built once per member from their items. */
interface MemberDays {
  /** The accommodation of each night (the latest check-in when two overlap: a change of hotel). */
  nights: Map<string, Placed>;
  travelNights: Set<string>;
  /** The last city the member's items reach each date. */
  lastCity: Map<string, { city: string; at: number }>;
}

export function presenceMatrix(workspace: TripWorkspace): PresenceMatrix {
  const { trip, members } = workspace;
  const cities = new CityIndex(trip, workspace.items);
  const dates = tripDates(trip.startDate, trip.endDate);

  const placed = workspace.items.map((item) => place(item, cities)).filter((p): p is Placed => p !== null);
  placed.sort((a, b) => a.start - b.start || a.item.sortOrder - b.item.sortOrder);

  // Each member's items in programme order, found once: O(items × attendees).
  const byMember = new Map<string, Placed[]>(members.map((m) => [m.id, []]));
  for (const p of placed) {
    if (p.item.allMembers) for (const list of byMember.values()) list.push(p);
    else for (const id of new Set(p.item.participantIds)) byMember.get(id)?.push(p);
  }

  const legend = new Legend(trip.destinations, cities);
  const hostCity = trip.destinations[0] ? cities.canonical(trip.destinations[0].city) : null;
  const hostHome: PresencePlace = hostCity ? { kind: 'city', city: hostCity } : HOME;
  const destinationKeys = new Set(trip.destinations.map((d) => cities.canonical(d.city)).filter((k) => k !== null));

  const rows = members.map((member) => {
    const items = byMember.get(member.id) ?? [];
    const host = isHost(member);
    const cells = host
      ? hostCells(dates, items, cities, hostHome)
      : memberCells(dates, items, cities, trip, destinationKeys);
    for (const cell of cells) {
      if (cell.from) legend.use(cell.from);
      legend.use(cell.to);
    }
    return { memberId: member.id, cells };
  });

  return { dates, rows, cities: legend.list() };
}

/** The trip's dates, first to last inclusive (at most MAX_PRESENCE_DAYS; none when reversed). */
export function tripDates(startDate: string, endDate: string): string[] {
  const days = Math.min(daysBetween(startDate, endDate) + 1, MAX_PRESENCE_DAYS);
  return Array.from({ length: Math.max(days, 0) }, (_, i) => addDaysToDate(startDate, i));
}

/** Whether two places are the same (same kind, and same city for cities). */
export function samePlace(a: PresencePlace, b: PresencePlace): boolean {
  return a.kind === b.kind && (a.kind !== 'city' || a.city === (b as { city: string }).city);
}

function memberCells(
  dates: string[],
  items: Placed[],
  cities: CityIndex,
  trip: TripWorkspace['trip'],
  destinations: ReadonlySet<string>,
): PresenceCell[] {
  const span = memberSpan(items, trip.startDate, trip.endDate, (p, end) => {
    const key = end === 'start' ? departureCity(p.item, cities) : arrivalCity(p.item, cities);
    return key === null || !destinations.has(key);
  });
  const days = memberDays(items);
  const cells: PresenceCell[] = [];
  let previous: PresencePlace | null = null;
  for (const date of dates) {
    if (date < span.start || date > span.end) {
      cells.push({ date, from: null, to: HOME, away: date < span.start ? 'before' : 'after' });
      previous = HOME;
      continue;
    }
    const begins: PresencePlace | null =
      date === span.start ? (span.startsWithTravel ? HOME : null) : previous?.kind === 'unknown' ? null : previous;
    const last = days.lastCity.get(date)?.city ?? null;
    const night = days.nights.get(date);
    let ends: PresencePlace;
    if (night) ends = city(nightCity(night, cities) ?? last) ?? begins ?? UNKNOWN;
    else if (date === span.end && span.endsWithTravel) ends = HOME;
    else if (days.travelNights.has(date)) ends = TRANSIT;
    else ends = city(last) ?? begins ?? UNKNOWN;
    cells.push({ date, from: begins && !samePlace(begins, ends) ? begins : null, to: ends, away: null });
    previous = ends;
  }
  return cells;
}

function hostCells(dates: string[], items: Placed[], cities: CityIndex, home: PresencePlace): PresenceCell[] {
  const { nights } = memberDays(items);
  let previous = home;
  return dates.map((date) => {
    const night = nights.get(date);
    const ends = (night && city(nightCity(night, cities))) || home;
    const cell: PresenceCell = { date, from: samePlace(previous, ends) ? null : previous, to: ends, away: null };
    previous = ends;
    return cell;
  });
}

function memberDays(items: Placed[]): MemberDays {
  const days: MemberDays = { nights: new Map(), travelNights: new Set(), lastCity: new Map() };
  // Items come in programme order, so on a tie the later one wins.
  for (const p of items) {
    for (const night of p.nights) {
      const current = days.nights.get(night);
      if (!current || p.start >= current.start) days.nights.set(night, p);
    }
    for (const night of p.travelNights) days.travelNights.add(night);
    for (const reach of p.reaches) {
      const current = days.lastCity.get(reach.date);
      if (!current || reach.at >= current.at) days.lastCity.set(reach.date, reach);
    }
  }
  return days;
}

function city(key: string | null): PresencePlace | null {
  return key ? { kind: 'city', city: key } : null;
}

/** The city of an accommodation, or null when it names none. */
function nightCity(accommodation: Placed, cities: CityIndex): string | null {
  return accommodation.item.location.city ? cities.canonical(accommodation.item.location.city) : null;
}

interface Span {
  start: string;
  end: string;
  startsWithTravel: boolean;
  endsWithTravel: boolean;
}

/**
 * The member's own part of the trip, as the checks define it (see the module comment), except
 * that travel leaving from or arriving in one of the trip's destinations (the train on to
 * Shenyang as the last item planned so far) does not start or end it: `canBeHome` says
 * whether the travel's start or end can be home.
 */
function memberSpan(
  items: Placed[],
  tripStart: string,
  tripEnd: string,
  canBeHome: (p: Placed, end: 'start' | 'end') => boolean,
): Span {
  let first: Placed | undefined;
  let last: Placed | undefined;
  for (const p of items) {
    if (p.item.allDay || p.item.kind === 'accommodation' || p.item.kind === 'free_time') continue;
    first ??= p;
    if (!last || p.end > last.end || (p.end === last.end && p.start >= last.start)) last = p;
  }
  const startsWithTravel = !!first?.travel && first.startDate >= tripStart && canBeHome(first, 'start');
  const endsWithTravel = !!last?.travel && last.endDate <= tripEnd && canBeHome(last, 'end');
  let start = startsWithTravel ? first!.startDate : tripStart;
  let end = endsWithTravel ? last!.endDate : tripEnd;
  if (start > tripEnd) start = tripEnd;
  if (end < start) end = start;
  return { start, end, startsWithTravel, endsWithTravel };
}

function place(item: Item, cities: CityIndex): Placed | null {
  const timed = placeTimes(item);
  if (!timed) return null;
  const { start, end, startDate, endDate } = timed;
  const travel = TRAVEL_KINDS.includes(item.kind);
  const placed: Placed = { item, travel, start, end, startDate, endDate, reaches: [], nights: [], travelNights: [] };
  if (travel) {
    const arrives = arrivalCity(item, cities);
    if (arrives) placed.reaches.push({ date: endDate, city: arrives, at: end });
    if (!item.allDay) {
      placed.travelNights = datesFrom(startDate, endDate);
      if (item.startLocal.slice(11, 16) < EARLY_DEPARTURE) placed.travelNights.push(addDaysToDate(startDate, -1));
    }
  } else {
    const key = item.location.city ? cities.canonical(item.location.city) : null;
    if (key) {
      const days = item.allDay ? [...datesFrom(startDate, endDate), endDate] : [startDate];
      for (const date of days) placed.reaches.push({ date, city: key, at: start });
    }
  }
  if (item.kind === 'accommodation') {
    placed.nights = endDate > startDate ? datesFrom(startDate, endDate) : [startDate];
  }
  return placed;
}

function placeTimes(item: Item): Pick<Placed, 'start' | 'end' | 'startDate' | 'endDate'> | null {
  const startDate = item.startLocal.slice(0, 10);
  if (item.allDay) {
    const endDate = item.endLocal ? item.endLocal.slice(0, 10) : startDate;
    const start = instantOf(`${startDate}T00:00`, item.startZone);
    if (Number.isNaN(start) || endDate < startDate) return null;
    const end = instantOf(`${addDaysToDate(endDate, 1)}T00:00`, item.endZone);
    return Number.isNaN(end) ? null : { start, end, startDate, endDate };
  }
  const start = instantOf(item.startLocal, item.startZone);
  if (Number.isNaN(start)) return null;
  if (item.endLocal === null) return { start, end: start, startDate, endDate: startDate };
  const end = instantOf(item.endLocal, item.endZone);
  if (Number.isNaN(end) || end < start) return null;
  return { start, end, startDate, endDate: item.endLocal.slice(0, 10) };
}

/** Dates from `from` up to, not including, `until` (bounded: a typo in a year is not a century). */
function datesFrom(from: string, until: string): string[] {
  const dates: string[] = [];
  for (let date = from; date < until && dates.length < MAX_PRESENCE_DAYS; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}

/** Hosts stay at home (their side, entered on the Members screen; the checks' isHost too). */
function isHost(member: Member): boolean {
  return member.side === 'host';
}

/** The legend: destinations first, then other cities in the order cells first name them. */
class Legend {
  private readonly cities = new Map<string, PresenceCity>();
  private readonly used = new Set<string>();

  constructor(
    destinations: TripWorkspace['trip']['destinations'],
    private readonly index: CityIndex,
  ) {
    for (const d of destinations) {
      const key = index.canonical(d.city);
      if (key && !this.cities.has(key)) {
        this.cities.set(key, { key, name: d.city.trim(), nativeName: d.nativeName, country: d.country, destination: true });
      }
    }
  }

  use(place: PresencePlace): void {
    if (place.kind !== 'city' || this.used.has(place.city)) return;
    this.used.add(place.city);
    if (!this.cities.has(place.city)) {
      this.cities.set(place.city, {
        key: place.city,
        name: this.index.show(place.city),
        nativeName: '',
        country: '',
        destination: false,
      });
    }
  }

  list(): PresenceCity[] {
    return [...this.cities.values()];
  }
}
