import { arrivalCity, CityIndex } from '../checks/cities';
import { itemInstants, type ItemTimes } from '../checks/item-instants';
import { TRAVEL_KINDS, type Item } from '../domain/item';
import type { Member } from '../domain/member';
import type { Trip } from '../domain/trip';
import type { TripProgramme } from '../domain/workspace';
import { addDaysToDate, daysBetween } from '../time/zoned';
import { isHost } from './host';
import { TripArea, type TravelFacts } from './journeys';
import { memberClasses, type Attendance, type MemberClasses } from './member-classes';

/**
 * The one model of where each member is, per day of the trip: the Overview's presence matrix and
 * the trip checks (nights, passports, visas, the journey home) both read it, so they cannot
 * disagree. Pure, derived from the items each member attends.
 *
 * A member's own part of the trip (their span) runs from the day their journey out leaves (else
 * the trip's first day) to the day their journey home lands (else the trip's last day), within
 * the trip's dates — journeys as journeys.ts tells them, from the travel items alone. Before it
 * and after it they are home.
 *
 * For each day of the span:
 * - the day **ends** where they sleep: the city of the accommodation they attend that night; else
 *   home, on the day their journey home lands; else "in transit" when a flight or train they are
 *   on crosses midnight (or leaves before 03:00); else the last city their items reach that day
 *   (a travel item's arrival city); else where the day began; else unknown;
 * - the day **begins** where the previous one ended (home on their first day when their journey
 *   out starts it). A day that begins and ends in different places is a travel day.
 * A night of the span — from its first day up to, not including, its last — with neither
 * accommodation nor overnight travel is a night **without a stay**: the member is away from home
 * and nothing in the plan says where they sleep.
 *
 * Where a member's home is depends on their side: ours (an outgoing trip's members) is 'home';
 * an incoming trip's visitors start and end at their home abroad ('abroad'), so with only their
 * arrival flight entered they are abroad, then arriving, and never shown at home here.
 * Hosts (host.ts) are at home in the host city (the first destination) every day unless they
 * have accommodation somewhere; they have no span, journeys or nights to house.
 */

export type PresencePlace =
  /** `city` is the canonical key of a city (CityIndex). */
  | { kind: 'city'; city: string }
  | { kind: 'home' }
  /**
   * The visitors' own home abroad, on an incoming trip: where they are before their journey in
   * and after their journey home. Never 'home', which the hosts reading the matrix take for here.
   */
  | { kind: 'abroad' }
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
  /** Away from home this night with neither accommodation nor overnight travel. */
  withoutStay: boolean;
}

/** A member's own part of the trip, and the journeys that bound it when the plan has them. */
export interface MemberSpan<I = Item> {
  /** First day away (the first night to house is this date's). */
  start: string;
  /** The day the member is home again, or the trip's last day; its night is not theirs to house. */
  end: string;
  journeyOut: I | null;
  /** Null while the plan has no journey home for the member: the span then runs to the trip's end. */
  journeyHome: I | null;
  /** Whether the journey home has landed by the evening of `end` (it may land after the trip). */
  homeOnLastDay: boolean;
}

export interface MemberWhereabouts {
  memberId: string;
  host: boolean;
  /** Null for hosts, who stay at home. */
  span: MemberSpan | null;
  /** One per date of the trip; shared with the members of the same class, so read-only. */
  cells: readonly PresenceCell[];
  /** The dates (evenings) of the cells without a stay, in order. */
  nightsWithoutStay: readonly string[];
}

export interface PresenceModel {
  /** Every date of the trip, first to last (YYYY-MM-DD). */
  dates: string[];
  /** One per member, in the workspace's order (precedence). */
  members: MemberWhereabouts[];
  byMember: ReadonlyMap<string, MemberWhereabouts>;
  cities: CityIndex;
}

/** A trip longer than this shows its first days only (a year is far beyond any delegation). */
export const MAX_PRESENCE_DAYS = 366;

const HOME: PresencePlace = { kind: 'home' };
const ABROAD: PresencePlace = { kind: 'abroad' };
const TRANSIT: PresencePlace = { kind: 'transit' };
const UNKNOWN: PresencePlace = { kind: 'unknown' };

/** Overnight travel that leaves before this local time still covers the night before. */
const EARLY_DEPARTURE = '03:00';

/** An item placed on the timeline, with what it says about where its attendees are. */
interface Placed {
  item: Item;
  /** Position in the workspace's items (for MemberClasses.itemClasses). */
  index: number;
  start: number;
  end: number;
  startDate: string;
  /** Local date of the end in its zone (all-day: the last day; no end: the start date). */
  endDate: string;
  journey: 'out' | 'home' | null;
  /** Cities the item puts its attendees in: on which date, and when (to find the day's last). */
  reaches: { date: string; city: string; at: number }[];
  /** Nights (evening dates) it houses its attendees: accommodation only. */
  nights: string[];
  /** Nights its attendees spend travelling: a flight or train across midnight or before 03:00. */
  travelNights: string[];
}

/**
 * What memberSpans reads of an item: who attends it, where and when it travels. The per diem
 * passes items with no more than this and what it reads itself (shared/per-diem PerDiemItem).
 */
export type JourneyItem = TravelFacts & ItemTimes & Attendance & Pick<Item, 'sortOrder'>;

/** The trip, its members and its items, as memberSpans reads them (a TripProgramme is one). */
export interface SpanProgramme<I extends JourneyItem> {
  trip: Trip;
  members: readonly Pick<Member, 'id' | 'side'>[];
  items: readonly I[];
}

/** What a member's span is worked out from (memberSpan): a placed journey. */
type Journey<I extends JourneyItem = Item> = Pick<Placed, 'index' | 'start' | 'end' | 'startDate' | 'endDate' | 'journey'> & { item: I };

/** Where one member is, per date: built once per member from their items. */
interface MemberDays {
  /** The accommodation of each night (the latest check-in when two overlap: a change of hotel). */
  nights: Map<string, Placed>;
  travelNights: Set<string>;
  /** The last city the member's items reach each date. */
  lastCity: Map<string, { city: string; at: number }>;
}

/**
 * `cities` is the trip's CityIndex when the caller has one already (the checks build the same
 * index from the same trip and items): building it folds every item's city, a large share of the
 * model's cost on a big trip.
 */
export function presenceModel(
  workspace: TripProgramme,
  cities: CityIndex = new CityIndex(workspace.trip, workspace.items),
  classes: MemberClasses = memberClasses(workspace.members.map((m) => m.id), workspace.items),
): PresenceModel {
  const { trip, members } = workspace;
  const area = new TripArea(trip);
  const dates = tripDates(trip.startDate, trip.endDate);

  const placed = workspace.items.map((item, index) => place(item, index, cities, area)).filter((p): p is Placed => p !== null);
  placed.sort(programmeOrder);

  // The items of each class of members (member-classes.ts) in programme order, and what they
  // say about each day: worked out once per class, since members of a class attend the same items.
  const byClass = itemsByClass(placed, classes);
  const classDays = byClass.map((items) => memberDays(items));
  const classSpans = byClass.map((items) => memberSpan(items, trip.startDate, trip.endDate));

  const hostCity = trip.destinations[0] ? cities.canonical(trip.destinations[0].city) : null;
  const hostHome: PresencePlace = hostCity ? { kind: 'city', city: hostCity } : HOME;

  // The members of a class spend every day alike, so the class's hosts share one row of cells
  // and its visitors another (read-only): a delegation of sixty in two classes builds four rows.
  const home = trip.direction === 'incoming' ? ABROAD : HOME;
  const hostRows: (readonly PresenceCell[] | undefined)[] = [];
  const visitorRows: ({ cells: readonly PresenceCell[]; nightsWithoutStay: readonly string[] } | undefined)[] = [];
  const list = members.map((member, rank): MemberWhereabouts => {
    const memberClass = classes.classOf[rank]!;
    const days = classDays[memberClass]!;
    if (isHost(member, trip)) {
      const cells = (hostRows[memberClass] ??= hostCells(dates, days, cities, hostHome));
      return { memberId: member.id, host: true, span: null, cells, nightsWithoutStay: [] };
    }
    const row = (visitorRows[memberClass] ??= visitorRow(memberCells(dates, days, classSpans[memberClass]!, cities, home)));
    // A copy each: callers may hold one member's span without sharing it with the class.
    return { memberId: member.id, host: false, span: { ...classSpans[memberClass]! }, ...row };
  });

  return { dates, members: list, byMember: new Map(list.map((m) => [m.memberId, m])), cities };
}

/**
 * Each member's span alone (what the per diem needs): the model's `host` and `span`, worked out
 * from the journeys only, which are the only items a span depends on. On a large trip this is a
 * small part of the whole model's cost (no cities to index, no days or cells).
 */
export function memberSpans<I extends JourneyItem>(
  workspace: SpanProgramme<I>,
  classes: MemberClasses = memberClasses(workspace.members.map((m) => m.id), workspace.items),
): (Pick<MemberWhereabouts, 'memberId' | 'host'> & { span: MemberSpan<I> | null })[] {
  const { trip, members } = workspace;
  const area = new TripArea(trip);
  const journeys: Journey<I>[] = [];
  workspace.items.forEach((item, index) => {
    const journey = area.direction(item);
    const timed = journey && placeTimes(item);
    if (timed) journeys.push({ item, index, journey, ...timed });
  });
  // The same order as the model's, so ties between journeys go the same way.
  journeys.sort(programmeOrder);
  const classSpans = itemsByClass(journeys, classes).map((items) => memberSpan(items, trip.startDate, trip.endDate));
  return members.map((member, rank) =>
    isHost(member, trip)
      ? { memberId: member.id, host: true, span: null }
      : { memberId: member.id, host: false, span: { ...classSpans[classes.classOf[rank]!]! } },
  );
}

/** The items of each class of members (member-classes.ts), keeping their order. */
function itemsByClass<T extends { index: number }>(items: readonly T[], classes: MemberClasses): T[][] {
  const byClass = Array.from({ length: classes.count }, () => [] as T[]);
  for (const p of items) for (const c of classes.itemClasses[p.index]!) byClass[c]!.push(p);
  return byClass;
}

const programmeOrder = (a: Journey<JourneyItem>, b: Journey<JourneyItem>) => a.start - b.start || a.item.sortOrder - b.item.sortOrder;

/** The trip's dates, first to last inclusive (at most MAX_PRESENCE_DAYS; none when reversed). */
export function tripDates(startDate: string, endDate: string): string[] {
  const days = Math.min(daysBetween(startDate, endDate) + 1, MAX_PRESENCE_DAYS);
  return Array.from({ length: Math.max(days, 0) }, (_, i) => addDaysToDate(startDate, i));
}

/** Whether two places are the same (same kind, and same city for cities). */
export function samePlace(a: PresencePlace, b: PresencePlace): boolean {
  return a.kind === b.kind && (a.kind !== 'city' || a.city === (b as { city: string }).city);
}

/**
 * The member's span (see the module comment): the earliest journey out they are on, the latest
 * journey home.
 */
function memberSpan<I extends JourneyItem>(items: readonly Journey<I>[], tripStart: string, tripEnd: string): MemberSpan<I> {
  let out: Journey<I> | null = null;
  let home: Journey<I> | null = null;
  for (const p of items) {
    if (p.journey === 'out' && (!out || p.start < out.start)) out = p;
    if (p.journey === 'home' && (!home || p.end >= home.end)) home = p;
  }
  // Kept within the trip's dates (a journey dated outside them is reported on its own): a flight
  // home that lands the day after the trip is still the way home, the trip's last day is theirs.
  let start = out && out.startDate > tripStart ? out.startDate : tripStart;
  if (start > tripEnd) start = tripEnd;
  let end = home && home.endDate < tripEnd ? home.endDate : tripEnd;
  if (end < start) end = start;
  return { start, end, journeyOut: out?.item ?? null, journeyHome: home?.item ?? null, homeOnLastDay: home !== null && home.endDate <= end };
}

function memberCells(dates: string[], days: MemberDays, span: MemberSpan, cities: CityIndex, home: PresencePlace): PresenceCell[] {
  const cells: PresenceCell[] = [];
  let previous: PresencePlace | null = null;
  for (const date of dates) {
    if (date < span.start || date > span.end) {
      cells.push({ date, from: null, to: home, away: date < span.start ? 'before' : 'after', withoutStay: false });
      previous = home;
      continue;
    }
    const begins: PresencePlace | null =
      date === span.start ? (span.journeyOut?.startLocal.startsWith(date) ? home : null) : previous?.kind === 'unknown' ? null : previous;
    const last = days.lastCity.get(date)?.city ?? null;
    const night = days.nights.get(date);
    const lastNight = date === span.end;
    // Away from home all through the span but its last day: a journey out to a place the plan
    // does not name leaves them somewhere unknown, not at home.
    const carried: PresencePlace = begins && begins.kind !== home.kind ? begins : UNKNOWN;
    let ends: PresencePlace;
    if (night) ends = city(nightCity(night, cities) ?? last) ?? carried;
    // Before "home": a flight home that lands after the trip's last day spends its night in the air.
    else if (days.travelNights.has(date)) ends = TRANSIT;
    else if (lastNight && span.homeOnLastDay) ends = home;
    else ends = city(last) ?? carried;
    const withoutStay = !lastNight && !night && !days.travelNights.has(date);
    cells.push({ date, from: begins && !samePlace(begins, ends) ? begins : null, to: ends, away: null, withoutStay });
    previous = ends;
  }
  return cells;
}

function visitorRow(cells: readonly PresenceCell[]): { cells: readonly PresenceCell[]; nightsWithoutStay: readonly string[] } {
  return { cells, nightsWithoutStay: cells.filter((c) => c.withoutStay).map((c) => c.date) };
}

function hostCells(dates: string[], days: MemberDays, cities: CityIndex, home: PresencePlace): PresenceCell[] {
  let previous = home;
  return dates.map((date) => {
    const night = days.nights.get(date);
    const ends = (night && city(nightCity(night, cities))) || home;
    const cell: PresenceCell = { date, from: samePlace(previous, ends) ? null : previous, to: ends, away: null, withoutStay: false };
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

function place(item: Item, index: number, cities: CityIndex, area: TripArea): Placed | null {
  const timed = placeTimes(item);
  if (!timed) return null;
  const { start, end, startDate, endDate } = timed;
  const travel = TRAVEL_KINDS.includes(item.kind);
  const placed: Placed = { item, index, start, end, startDate, endDate, journey: area.direction(item), reaches: [], nights: [], travelNights: [] };
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
    // Check-in date up to, not including, check-out; one night when it has no end or ends the same day.
    placed.nights = endDate > startDate ? datesFrom(startDate, endDate) : [startDate];
  }
  return placed;
}

function placeTimes(item: ItemTimes): Pick<Placed, 'start' | 'end' | 'startDate' | 'endDate'> | null {
  const { start, end } = itemInstants(item);
  if (Number.isNaN(start)) return null;
  const startDate = item.startLocal.slice(0, 10);
  if (item.allDay) {
    const endDate = item.endLocal ? item.endLocal.slice(0, 10) : startDate;
    if (endDate < startDate || end === null || Number.isNaN(end)) return null;
    return { start, end, startDate, endDate };
  }
  if (end === null) return { start, end: start, startDate, endDate: startDate };
  if (Number.isNaN(end) || end < start) return null;
  return { start, end, startDate, endDate: item.endLocal!.slice(0, 10) };
}

/** Dates from `from` up to, not including, `until` (bounded: a typo in a year is not a century). */
function datesFrom(from: string, until: string): string[] {
  const dates: string[] = [];
  for (let date = from; date < until && dates.length < MAX_PRESENCE_DAYS; date = addDaysToDate(date, 1)) dates.push(date);
  return dates;
}
