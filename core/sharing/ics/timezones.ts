import { ICAL } from '../ical';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { toInstant } from '../../../shared/time/zoned';

/**
 * VTIMEZONE components for the zones a calendar uses.
 *
 * The rules come from timezones-ical-library (the IANA tz database compiled to VTIMEZONE blocks
 * with STANDARD and DAYLIGHT sub-components and their RRULEs; the data is inside the package's
 * JavaScript, so it works offline and survives bundling — unlike @touch4it/ical-timezones, which
 * reads files next to its module at run time). The block is parsed into ical.js's component model
 * rather than pasted as text.
 *
 * Two hazards are handled here:
 * - The library answers some zones with their canonical tz-database link target (Europe/Stockholm
 *   comes back as Europe/Berlin, whose rules are identical since 1980). The TZID is set back to the
 *   zone the user chose, which is what calendars show.
 * - Blocks describe a zone's CURRENT rules. For a date when the zone followed other rules (e.g.
 *   America/Sao_Paulo before it dropped summer time in 2019) a calendar would compute another
 *   instant than the one the user entered. `fits` checks each time against the app's own tz math;
 *   a time that does not fit is written in UTC instead, which every calendar places correctly.
 */
export class CalendarZones {
  private readonly zones = new Map<string, { component: ICAL.Component; timezone: ICAL.Timezone } | null>();

  /** The zone's rules, or null when the library does not know the zone. */
  private get(zone: string) {
    if (!this.zones.has(zone)) this.zones.set(zone, load(zone));
    return this.zones.get(zone)!;
  }

  /** Whether a calendar reading `local` with TZID=`zone` gets the instant the app computes. */
  fits(local: string, zone: string): boolean {
    const entry = this.get(zone);
    if (!entry) return false;
    const time = localTime(local);
    const wallAsUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
    const expectedOffsetSeconds = (wallAsUtc - toInstant(local, zone)) / 1000;
    return entry.timezone.utcOffset(time) === expectedOffsetSeconds;
  }

  /** The VTIMEZONE component of every zone `fits` accepted, in first-use order. */
  components(used: Iterable<string>): ICAL.Component[] {
    return [...new Set(used)].map((zone) => this.get(zone)?.component).filter((c): c is ICAL.Component => !!c);
  }
}

let knownZones: Set<string> | undefined;

function load(zone: string): { component: ICAL.Component; timezone: ICAL.Timezone } | null {
  // Asked about a zone it does not know, the library logs to the console: check its list first.
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  if (!knownZones.has(zone)) return null;
  let block: string | string[];
  try {
    block = tzlib_get_ical_block(zone);
  } catch {
    return null;
  }
  const text = Array.isArray(block) ? block[0] : block;
  if (!text || !text.includes('BEGIN:VTIMEZONE')) return null;
  const component = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  component.updatePropertyWithValue('tzid', zone);
  component.updatePropertyWithValue('x-lic-location', zone);
  return { component, timezone: new ICAL.Timezone(component) };
}

/** "2017-10-28T13:30" as a floating ical.js time (the zone goes in the TZID parameter). */
export function localTime(local: string): ICAL.Time {
  const [date, time = '00:00'] = local.split('T') as [string, string?];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

export function localDate(date: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

export function utcTime(instant: number): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(instant), true);
}
