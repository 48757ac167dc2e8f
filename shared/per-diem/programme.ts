import { instantOf } from '../checks/instants';
import { TRAVEL_KINDS, type Item } from '../domain/item';
import type { Member } from '../domain/member';
import type { Trip } from '../domain/trip';
import { countryOfPlace } from '../places/country';
import { memberClasses, type ClassifyMembers } from '../presence/member-classes';
import { memberSpans, tripDates, type JourneyItem, type MemberSpan } from '../presence/model';
import { addDaysToDate } from '../time/zoned';
import type { MealsProvided, PerDiemDayFacts } from './rules';

/**
 * The facts of each per-diem day of a member, from the programme: which days (their own part of
 * the trip, from the presence model: the journey out to the journey home), the journey's times,
 * the country of each day and the meals provided.
 *
 * The country of a day is where the member spends the longest time between 06:00 and 24:00, each
 * stretch measured in its own place's local day. Where the member is: at the place of each item
 * they attend while it lasts (a hotel from its check-in on), and in between where the last item
 * left them. Time on a flight or train counts for the country travelled to, or — on the way home
 * — the country travelled from: the per diem is for being abroad, and the journey belongs to it.
 * Time before the journey out and after the journey home does not count (it is spent at home).
 * A tie goes to the country that comes first in the alphabet, so the answer never depends on order.
 *
 * Meals: meal items the member attends that are marked provided, classed by their start time
 * (before 10:30 breakfast, before 15:00 lunch, else dinner); and breakfast on the mornings after
 * each night of an attended stay marked "breakfast included".
 */

/**
 * What the per diem reads of an item: a span's journeys (presence JourneyItem), the title of a
 * journey, and the meal and breakfast flags. A whole Item is one; the budget reads no more than
 * this from the database (core listPerDiemItems), so it does not map the rest of each item.
 */
export type PerDiemItem = JourneyItem &
  Pick<Item, 'title'> & { details: Pick<Item['details'], 'from' | 'to' | 'mealProvided' | 'breakfastIncluded'> };

/** What the per diem reads of a member: who, and on which side (hosts have no per diem). */
export type PerDiemMember = Pick<Member, 'id' | 'name' | 'side'>;

/** The trip, its members and its items as the per diem reads them: a TripProgramme is one. */
export interface PerDiemProgramme<I extends PerDiemItem = PerDiemItem> {
  trip: Trip;
  /** In order of precedence. */
  members: readonly PerDiemMember[];
  /** In programme order. */
  items: readonly I[];
}

export const HOME_COUNTRY = 'SE';
const UNKNOWN = '?';

/** Where the member is: a place, its zone and its country. */
interface Place {
  /** Alpha-2 code, or null with the place that could not be placed. */
  country: string | null;
  place: string;
  zone: string;
}

interface Stretch extends Place {
  from: number;
  to: number;
}

export interface MemberPerDiemFacts<I extends PerDiemItem = PerDiemItem> {
  memberId: string;
  /** Null when the member has no part abroad to pay for (a host, or an incoming trip). */
  days: PerDiemDayFacts[];
  journeyOut: I | null;
  journeyHome: I | null;
}

/**
 * Members who attend exactly the same items (shared/presence member-classes.ts) have the same
 * facts: they are worked out once per class and given to each member of it, so sixty members in
 * a few sub-groups cost a few members' work. `classify` is for the tests only: one class per
 * member, the straightforward way this must agree with.
 */
export function perDiemFacts<I extends PerDiemItem>(workspace: PerDiemProgramme<I>, classify: ClassifyMembers<I> = memberClasses): MemberPerDiemFacts<I>[] {
  if (workspace.trip.direction !== 'outgoing') return [];
  const memberIds = workspace.members.map((m) => m.id);
  const classes = classify(memberIds, workspace.items);
  const spans = memberSpans(workspace, classes);
  // Each item's instants are read once for every class that attends it.
  const itemsOfClass = Array.from({ length: classes.count }, (): I[] => []);
  const timedOfClass = Array.from({ length: classes.count }, (): Timed<I>[] => []);
  workspace.items.forEach((item, index) => {
    const timed = timedItem(item);
    for (const c of classes.itemClasses[index]!) {
      itemsOfClass[c]!.push(item);
      if (timed) timedOfClass[c]!.push(timed);
    }
  });
  const rankOf = new Map(memberIds.map((id, rank) => [id, rank]));
  const windows = windowsCache();
  const countries = new Map<string, string | null>();
  const countryOf = (place: string) => {
    let country = countries.get(place);
    if (country === undefined) countries.set(place, (country = countryOfPlace(place, workspace.trip.destinations)));
    return country;
  };
  const factsOfClass = new Map<number, MemberPerDiemFacts<I>>();
  return spans
    .filter((m) => !m.host && m.span)
    .map((m) => {
      const memberClass = classes.classOf[rankOf.get(m.memberId)!]!;
      let facts = factsOfClass.get(memberClass);
      if (!facts) {
        facts = memberFacts(workspace, m.memberId, m.span!, itemsOfClass[memberClass]!, timedOfClass[memberClass]!, { windows, countryOf });
        factsOfClass.set(memberClass, facts);
      }
      // The days are shared within the class: nothing downstream changes them (perDiemDay copies).
      return facts.memberId === m.memberId ? facts : { ...facts, memberId: m.memberId };
    });
}

function memberFacts<I extends PerDiemItem>(
  workspace: PerDiemProgramme<I>,
  memberId: string,
  span: MemberSpan<I>,
  items: I[],
  timed: Timed<I>[],
  { windows, countryOf }: { windows: Windows; countryOf: (place: string) => string | null },
): MemberPerDiemFacts<I> {
  const { destinations } = workspace.trip;
  const out = span.journeyOut;
  const home = span.journeyHome;
  const stretches = timeline(timed, out, home, destinations, countryOf);
  const meals = mealsByDate(items);
  const dates = tripDates(span.start, span.end);
  const minutesByDate = minutesPerDate(dates, stretches, windows);
  const days = dates.map((date, index): PerDiemDayFacts => {
    const first = index === 0;
    const last = index === dates.length - 1;
    const minutes = minutesByDate[index]!;
    const { country, unknownPlace } = longest(minutes, stretches, date, windows);
    return {
      date,
      country,
      unknownPlace,
      minutes,
      position: first && last ? 'both' : first ? 'departure' : last ? 'return' : 'between',
      departureTime: first && out ? out.startLocal.slice(11, 16) : null,
      returnTime: last && home?.endLocal && span.homeOnLastDay ? home.endLocal.slice(11, 16) : null,
      meals: meals.get(date) ?? { breakfast: false, lunch: false, dinner: false },
    };
  });
  return { memberId, days, journeyOut: out, journeyHome: home };
}

/** A timed item (not all-day, with a start that can be read) with its instants; `end` NaN without one. */
interface Timed<I extends PerDiemItem> {
  item: I;
  start: number;
  end: number;
}

function timedItem<I extends PerDiemItem>(item: I): Timed<I> | null {
  if (item.allDay) return null;
  const start = instantOf(item.startLocal, item.startZone);
  if (Number.isNaN(start)) return null;
  return { item, start, end: item.endLocal ? instantOf(item.endLocal, item.endZone) : NaN };
}

/** Where the member is from the start of the journey out to the end of the journey home. */
function timeline(
  timed: Timed<PerDiemItem>[],
  out: PerDiemItem | null,
  home: PerDiemItem | null,
  destinations: PerDiemProgramme['trip']['destinations'],
  countryOf: (place: string) => string | null,
): Stretch[] {
  // The workspace's items are in programme order (start instant, then sortOrder) already, which
  // makes this sort a single pass; it stays so the order never depends on the caller's.
  timed.sort((a, b) => a.start - b.start || a.item.sortOrder - b.item.sortOrder);
  const begin = out ? instantOf(out.startLocal, out.startZone) : (timed[0]?.start ?? 0);
  const finish = home?.endLocal ? instantOf(home.endLocal, home.endZone) : Math.max(begin, ...timed.map((t) => (Number.isNaN(t.end) ? t.start : t.end)));
  const at = (place: string, zone: string): Place => ({ place, zone, country: countryOf(place) });
  let where = out ? at(out.details.from ?? out.location.city ?? '', out.startZone) : at(destinations[0]?.city ?? '', destinations[0]?.timeZone ?? 'UTC');
  if (!where.place.trim()) where = { place: '', zone: out?.startZone ?? 'UTC', country: HOME_COUNTRY };
  const stretches: Stretch[] = [];
  let cursor = begin;
  // Written out rather than spread ({ from, to, ...where }): one per item of a large programme.
  const stretch = (from: number, to: number, { place, zone, country }: Place): Stretch => ({ from, to, country, place, zone });
  const stay = (until: number) => {
    if (until > cursor) stretches.push(stretch(cursor, until, where));
    cursor = Math.max(cursor, until);
  };
  for (const { item, start, end } of timed) {
    if (start < begin || start > finish) continue;
    stay(start);
    if (TRAVEL_KINDS.includes(item.kind)) {
      const to = at(item.details.to?.trim() ? item.details.to : item.location.city, item.endZone);
      const from = at(item.details.from ?? '', item.startZone);
      const abroadEnd = to.country === HOME_COUNTRY && from.country ? from : to;
      if (!Number.isNaN(end) && end > cursor) stretches.push(stretch(cursor, Math.min(end, finish), { ...abroadEnd, zone: item.startZone }));
      cursor = Math.max(cursor, Number.isNaN(end) ? start : end);
      if (to.place.trim()) where = to;
    } else if (item.location.city.trim()) {
      where = at(item.location.city, item.startZone);
    }
  }
  stay(finish);
  return stretches;
}

/**
 * The window 06:00–24:00 of a date in a zone, as instants; memoised per call of perDiemFacts
 * (a large trip asks for the same few zones and dates once per member and stretch). By zone, then
 * by date: the same few strings are asked for, and no key is built for each question.
 */
type Windows = (date: string, zone: string) => readonly [number, number];

function windowsCache(): Windows {
  const byZone = new Map<string, Map<string, readonly [number, number]>>();
  return (date, zone) => {
    let ofZone = byZone.get(zone);
    if (!ofZone) byZone.set(zone, (ofZone = new Map()));
    let window = ofZone.get(date);
    if (!window) ofZone.set(date, (window = [instantOf(`${date}T06:00`, zone), instantOf(`${addDaysToDate(date, 1)}T00:00`, zone)]));
    return window;
  };
}

const DAY_MS = 86_400_000;
/** More than any zone's offset from UTC (+14 h, −12 h): the dates a stretch may touch. */
const MAX_OFFSET_MS = 15 * 3_600_000;

/** Whole minutes (rounded) of a stretch within a date's window; null when they do not overlap. */
function minutesWithin(s: Stretch, [start, end]: readonly [number, number]): number | null {
  const from = Math.max(s.from, start);
  const to = Math.min(s.to, end);
  return to <= from ? null : Math.round((to - from) / 60_000);
}

/** minutesOn for every date (by index), visiting each stretch only for the dates it can overlap. */
function minutesPerDate(dates: readonly string[], stretches: readonly Stretch[], windows: Windows): Record<string, number>[] {
  const result = dates.map((): Record<string, number> => ({}));
  const first = Date.parse(`${dates[0] ?? '1970-01-01'}T00:00:00Z`);
  for (const s of stretches) {
    const from = Math.max(0, Math.floor((s.from - MAX_OFFSET_MS - first) / DAY_MS));
    const to = Math.min(dates.length - 1, Math.floor((s.to + MAX_OFFSET_MS - first) / DAY_MS));
    const key = s.country ?? UNKNOWN;
    for (let index = from; index <= to; index++) {
      const n = minutesWithin(s, windows(dates[index]!, s.zone));
      if (n === null) continue;
      const minutes = result[index]!;
      minutes[key] = (minutes[key] ?? 0) + n;
    }
  }
  return result;
}

/** Minutes in each country between 06:00 and 24:00 of `date`, each stretch in its own zone. */
function minutesOn(date: string, stretches: readonly Stretch[], windows: Windows): Record<string, number> {
  const minutes: Record<string, number> = {};
  for (const s of stretches) {
    const n = minutesWithin(s, windows(date, s.zone));
    if (n === null) continue;
    const key = s.country ?? UNKNOWN;
    minutes[key] = (minutes[key] ?? 0) + n;
  }
  return minutes;
}

function longest(minutes: Record<string, number>, stretches: Stretch[], date: string, windows: Windows): { country: string | null; unknownPlace: string | null } {
  const ranked = Object.entries(minutes).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const best = ranked[0]?.[0];
  if (best === undefined) {
    // Nothing between 06:00 and 24:00 (a journey that ends before six): where the member is.
    const last = stretches.findLast((s) => s.from <= windows(date, s.zone)[0]);
    return last?.country ? { country: last.country, unknownPlace: null } : { country: null, unknownPlace: last?.place ?? '' };
  }
  if (best !== UNKNOWN) return { country: best, unknownPlace: null };
  const place = stretches.find((s) => s.country === null && minutesOn(date, [s], windows)[UNKNOWN])?.place ?? '';
  return { country: null, unknownPlace: place };
}

const BREAKFAST_BEFORE = '10:30';
const LUNCH_BEFORE = '15:00';

function mealsByDate(items: readonly PerDiemItem[]): Map<string, MealsProvided> {
  const meals = new Map<string, MealsProvided>();
  const on = (date: string) => {
    let day = meals.get(date);
    if (!day) meals.set(date, (day = { breakfast: false, lunch: false, dinner: false }));
    return day;
  };
  for (const item of items) {
    if (item.kind === 'meal' && item.details.mealProvided) {
      const time = item.allDay ? LUNCH_BEFORE : item.startLocal.slice(11, 16);
      const day = on(item.startLocal.slice(0, 10));
      if (time < BREAKFAST_BEFORE) day.breakfast = true;
      else if (time < LUNCH_BEFORE) day.lunch = true;
      else day.dinner = true;
    }
    if (item.kind === 'accommodation' && item.details.breakfastIncluded) {
      const checkIn = item.startLocal.slice(0, 10);
      const checkOut = item.endLocal ? item.endLocal.slice(0, 10) : addDaysToDate(checkIn, 1);
      for (let date = addDaysToDate(checkIn, 1); date <= checkOut && date.length === 10; date = addDaysToDate(date, 1)) {
        on(date).breakfast = true;
        if (meals.size > 400) break;
      }
    }
  }
  return meals;
}
