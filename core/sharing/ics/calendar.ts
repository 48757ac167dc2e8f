import { ICAL } from '../ical';
import { cleanTextValues, plainText } from '../control-characters';
import type { Item } from '../../../shared/domain/item';
import type { Member } from '../../../shared/domain/member';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import { addDaysToDate, toInstant } from '../../../shared/time/zoned';
import { sharingLabels } from '../labels';
import { describeItem, indexWorkspace, locationOf } from './text';
import { CalendarZones, localDate, localTime, utcTime } from './timezones';
import type { AppLanguage } from '../../../shared/domain/language';

export interface CalendarOptions {
  /** Only this member's items (all-member items and those they take part in). */
  member?: Member;
  lang?: AppLanguage;
  /** DTSTAMP: when the file was made (tests fix it). */
  now?: Date;
}

export const PRODID = '-//Delegation Planner//Delegation Planner//EN';
export const UID_DOMAIN = 'delegation-planner';

/**
 * An RFC 5545 calendar of a trip's programme, written with ical.js's component model (it escapes
 * text and folds lines at 75 octets). ical.js rather than ical-generator: a flight must start in
 * its departure zone and end in its arrival zone (DTSTART and DTEND with different TZIDs), which
 * ical-generator cannot express (one zone per event).
 *
 * - METHOD:PUBLISH; one VEVENT per item; UID `<item id>@delegation-planner` (stable across
 *   exports, so re-importing updates events instead of duplicating them); SEQUENCE = the item's
 *   revision, which rises with every change.
 * - Timed items: DTSTART;TZID=start zone and DTEND;TZID=end zone, with a full VTIMEZONE for each
 *   zone used. All-day items: VALUE=DATE with the exclusive end date (the day after the last day).
 * - LOCATION: venue, address, city and the address in local script. DESCRIPTION: description,
 *   travel or booking facts, host, contacts, participants ("All members" or names) and public
 *   notes. Internal notes, talking points, minutes and gifts never leave the app this way.
 */
export function buildCalendar(ws: TripWorkspace, options: CalendarOptions = {}): string {
  const lang = options.lang ?? 'sv';
  const labels = sharingLabels[lang];
  const zones = new CalendarZones();
  const usedZones: string[] = [];

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', plainText(options.member ? `${ws.trip.title} – ${options.member.name}` : ws.trip.title));

  const stamp = utcTime((options.now ?? new Date()).getTime());
  const index = indexWorkspace(ws);
  const items = options.member ? ws.items.filter((i) => attends(i, options.member!)) : ws.items;
  const events = items.map((item) => {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', `${item.id}@${UID_DOMAIN}`);
    event.addPropertyWithValue('dtstamp', stamp);
    event.addPropertyWithValue('sequence', item.revision);
    event.addPropertyWithValue('created', utcTime(Date.parse(item.createdAt)));
    event.addPropertyWithValue('last-modified', utcTime(Date.parse(item.updatedAt)));
    if (item.allDay) {
      const lastDay = (item.endLocal ?? item.startLocal).slice(0, 10);
      event.addPropertyWithValue('dtstart', localDate(item.startLocal.slice(0, 10)));
      event.addPropertyWithValue('dtend', localDate(addDaysToDate(lastDay, 1)));
    } else {
      event.addProperty(zonedProperty('dtstart', item.startLocal, item.startZone, zones, usedZones));
      if (item.endLocal) event.addProperty(zonedProperty('dtend', item.endLocal, item.endZone, zones, usedZones));
    }
    const title = ws.trip.status === 'cancelled' ? `${labels.cancelled}: ${item.title}` : item.title;
    event.addPropertyWithValue('summary', title);
    const location = locationOf(item);
    if (location) event.addPropertyWithValue('location', location);
    const description = describeItem(ws, item, labels, index);
    if (description) event.addPropertyWithValue('description', description);
    event.addPropertyWithValue('categories', labels.kinds[item.kind]);
    event.addPropertyWithValue('status', ws.trip.status === 'cancelled' ? 'CANCELLED' : ws.trip.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED');
    // A hotel stay or free time should not show the person as busy all along.
    event.addPropertyWithValue('transp', item.kind === 'accommodation' || item.kind === 'free_time' ? 'TRANSPARENT' : 'OPAQUE');
    const online = index.meetings.get(item.id)?.onlineUrl;
    if (online) event.addPropertyWithValue('url', online);
    return event;
  });

  for (const zone of zones.components(usedZones)) calendar.addSubcomponent(zone);
  for (const event of events) calendar.addSubcomponent(cleanTextValues(event));
  // RFC 5545 lines end in CRLF; ical.js joins with it and folds long lines.
  return calendar.toString() + '\r\n';
}

export function attends(item: Item, member: Member): boolean {
  return item.allMembers || item.participantIds.includes(member.id);
}

/** DTSTART/DTEND in its own zone, or in UTC when the zone's VTIMEZONE would misplace it. */
function zonedProperty(name: string, local: string, zone: string, zones: CalendarZones, used: string[]): ICAL.Property {
  const property = new ICAL.Property(name);
  if (zones.fits(local, zone)) {
    property.setParameter('tzid', zone);
    property.setValue(localTime(local));
    used.push(zone);
  } else {
    property.setValue(utcTime(toInstant(local, zone)));
  }
  return property;
}
