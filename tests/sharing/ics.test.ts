import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { demoId, JINAN } from '../../core/demo/ids';
import { SHENYANG_MEMBERS } from '../../core/demo/jinan-places';
import { toInstant } from '../../shared/time/zoned';
import { demoCore, JINAN_ID, ok } from './helpers';

/**
 * Calendars are read back with ical.js, an independent RFC 5545 parser: its own VTIMEZONE
 * interpretation must place every event at the instant the core computes from what the user
 * entered (local time + IANA zone).
 */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // Let ical.js resolve TZID parameters with the file's own VTIMEZONEs, nothing else.
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

const ics = (core: Core, memberId?: string, lang: 'sv' | 'en' = 'sv') => ok(core, 'sharing:ics', { tripId: JINAN_ID, memberId, lang }).content;
const flightId = demoId(`${JINAN.trip}/item/flight-arn-pek`);
const seconds = (local: string, zone: string) => toInstant(local, zone) / 1000;

describe('trip calendar (ICS)', () => {
  it('is a published calendar with one event per item and a full VTIMEZONE per zone used', () => {
    const core = demoCore();
    const text = ics(core);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Delegation Planner/);
    const items = ok(core, 'items:list', { tripId: JINAN_ID });
    expect(events.map((e) => e.uid).sort()).toEqual(items.map((i) => `${i.id}@delegation-planner`).sort());

    const zones = calendar.getAllSubcomponents('vtimezone');
    const tzids = zones.map((z) => z.getFirstPropertyValue('tzid'));
    expect(tzids.sort()).toEqual(['Asia/Shanghai', 'Europe/Stockholm']);
    const stockholm = zones.find((z) => z.getFirstPropertyValue('tzid') === 'Europe/Stockholm')!;
    expect(stockholm.getAllSubcomponents('standard')).toHaveLength(1);
    expect(stockholm.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(stockholm.getFirstSubcomponent('daylight')!.getFirstPropertyValue('rrule')).toBeTruthy();
    // Every TZID an event uses has its VTIMEZONE.
    for (const match of text.matchAll(/;TZID=([^:;]+)/g)) expect(tzids).toContain(match[1]);
  });

  it('puts the Stockholm → Beijing flight in its departure zone and its landing in the arrival zone', () => {
    const core = demoCore();
    const flight = ok(core, 'items:get', { id: flightId });
    expect(flight).toMatchObject({ startZone: 'Europe/Stockholm', endZone: 'Asia/Shanghai' });
    const text = ics(core);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20171028T133000');
    expect(text).toContain('DTEND;TZID=Asia/Shanghai:20171029T041000');

    const event = parse(text).events.find((e) => e.uid === `${flightId}@delegation-planner`)!;
    expect(event.startDate.toString()).toBe('2017-10-28T13:30:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(event.endDate.toString()).toBe('2017-10-29T04:10:00');
    expect(event.endDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(event.startDate.toUnixTime()).toBe(seconds(flight.startLocal, flight.startZone));
    expect(event.endDate.toUnixTime()).toBe(seconds(flight.endLocal!, flight.endZone));
    // Summer time in Stockholm at departure (UTC+2), Beijing UTC+8 at landing: 8 h 40 min.
    expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe((8 * 60 + 40) * 60);

    // The connection lands in Jinan at 08:40 local time on the 29th.
    const connectionId = demoId(`${JINAN.trip}/item/flight-pek-tna`);
    const connection = ok(core, 'items:get', { id: connectionId });
    const landing = parse(text).events.find((e) => e.uid === `${connectionId}@delegation-planner`)!;
    expect(connection.details.to).toMatch(/Jinan/);
    expect(landing.endDate.toString()).toBe('2017-10-29T08:40:00');
    expect(landing.endDate.zone?.tzid).toBe('Asia/Shanghai');
    expect(landing.endDate.toUnixTime()).toBe(seconds(connection.endLocal!, connection.endZone));
  });

  it('places every timed event at the instant the core computes', () => {
    const core = demoCore();
    const items = new Map(ok(core, 'items:list', { tripId: JINAN_ID }).map((i) => [`${i.id}@delegation-planner`, i]));
    const { events } = parse(ics(core));
    for (const event of events) {
      const item = items.get(event.uid)!;
      if (item.allDay) continue;
      expect(event.startDate.toUnixTime(), item.title).toBe(seconds(item.startLocal, item.startZone));
      if (item.endLocal) expect(event.endDate.toUnixTime(), item.title).toBe(seconds(item.endLocal, item.endZone));
    }
  });

  it('writes all-day items as dates with an exclusive end', () => {
    const core = demoCore();
    const item = ok(core, 'items:create', {
      tripId: JINAN_ID,
      kind: 'free_time',
      title: 'Fria dagar',
      startLocal: '2017-10-31T00:00',
      endLocal: '2017-11-01T00:00',
      startZone: 'Asia/Shanghai',
      allDay: true,
    });
    const text = ics(core);
    expect(text).toContain('DTSTART;VALUE=DATE:20171031');
    expect(text).toContain('DTEND;VALUE=DATE:20171102');
    const event = parse(text).events.find((e) => e.uid === `${item.id}@delegation-planner`)!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2017-11-02');
  });

  it('keeps UIDs stable and raises SEQUENCE when an item changes', () => {
    const core = demoCore();
    const before = parse(ics(core)).events.find((e) => e.uid.startsWith(flightId))!;
    expect(before.sequence).toBe(0);
    ok(core, 'items:update', { id: flightId, patch: { title: 'Flyg Stockholm → Peking (ny tid)' } });
    ok(core, 'items:update', { id: flightId, patch: { publicNotes: 'Ny gate.' } });
    const after = parse(ics(core)).events.find((e) => e.uid.startsWith(flightId))!;
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(2);
    expect(after.summary).toBe('Flyg Stockholm → Peking (ny tid)');
  });

  it('has the location with the local-script address, and participants and public notes — never internal notes', () => {
    const core = demoCore();
    const ws = ok(core, 'trips:workspace', { id: JINAN_ID });
    const text = ics(core, undefined, 'en');
    const { events } = parse(text);
    const hotel = ws.items.find((i) => i.kind === 'accommodation' && i.location.addressLocal)!;
    const hotelEvent = events.find((e) => e.uid.startsWith(hotel.id))!;
    expect(hotelEvent.location).toContain(hotel.location.venue);
    expect(hotelEvent.location).toContain(hotel.location.addressLocal);

    const flight = events.find((e) => e.uid.startsWith(flightId))!;
    expect(flight.description).toMatch(/Participants: All members/);
    expect(flight.description).toContain('Sverige går över till vintertid');

    // Participants who are exactly a group are called by the group's name, as in the programme.
    const shenyang = ws.items.find((i) => !i.allMembers)!;
    const group = ws.groups.find((g) => g.memberIds.length === shenyang.participantIds.length && g.memberIds.every((id) => shenyang.participantIds.includes(id)))!;
    expect(group).toBeDefined();
    expect(events.find((e) => e.uid.startsWith(shenyang.id))!.description).toContain(`Participants: ${group.name}`);

    for (const item of ws.items) if (item.internalNotes) expect(text).not.toContain(item.internalNotes.slice(0, 40));
    for (const meeting of ws.meetings) {
      if (meeting.talkingPoints) expect(text).not.toContain(meeting.talkingPoints.slice(0, 40));
      if (meeting.minutes) expect(text).not.toContain(meeting.minutes.slice(0, 40));
    }
    expect(ics(core)).toMatch(/Deltagare: Alla i delegationen/);
  });

  it('folds lines at 75 octets with CRLF endings', () => {
    const text = ics(demoCore());
    expect(text).not.toMatch(/[^\r]\n/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('writes a time in UTC when the zone’s current rules would misplace it (São Paulo had summer time in 2017)', () => {
    const core = demoCore();
    const old = ok(core, 'items:create', { tripId: JINAN_ID, kind: 'other', title: 'SP 2017', startLocal: '2017-12-01T12:00', startZone: 'America/Sao_Paulo' });
    const recent = ok(core, 'items:create', { tripId: JINAN_ID, kind: 'other', title: 'SP 2026', startLocal: '2026-12-01T12:00', startZone: 'America/Sao_Paulo' });
    const text = ics(core);
    expect(text).toContain('DTSTART:20171201T140000Z');
    expect(text).toContain('DTSTART;TZID=America/Sao_Paulo:20261201T120000');
    const { events } = parse(text);
    expect(events.find((e) => e.uid.startsWith(old.id))!.startDate.toUnixTime()).toBe(seconds(old.startLocal, old.startZone));
    expect(events.find((e) => e.uid.startsWith(recent.id))!.startDate.toUnixTime()).toBe(seconds(recent.startLocal, recent.startZone));
  });
});

describe('a member’s calendar', () => {
  it('has only their items: someone who flies home from Jinan gets no Shenyang events', () => {
    const core = demoCore();
    const items = ok(core, 'items:list', { tripId: JINAN_ID });
    const shenyangItems = items.filter((i) => !i.allMembers && i.participantIds.every((id) => SHENYANG_MEMBERS.includes(id)));
    expect(shenyangItems.length).toBeGreaterThan(2);

    const homeGoer = JINAN.member.unell;
    expect(SHENYANG_MEMBERS).not.toContain(homeGoer);
    const mine = parse(ics(core, homeGoer)).events.map((e) => e.uid);
    for (const item of shenyangItems) expect(mine).not.toContain(`${item.id}@delegation-planner`);
    const expected = items.filter((i) => i.allMembers || i.participantIds.includes(homeGoer));
    expect(mine.sort()).toEqual(expected.map((i) => `${i.id}@delegation-planner`).sort());

    const traveller = parse(ics(core, SHENYANG_MEMBERS[0])).events.map((e) => e.uid);
    for (const item of shenyangItems) expect(traveller).toContain(`${item.id}@delegation-planner`);
  });

  it('is refused for a member of another trip', () => {
    const core = demoCore();
    const otherTrip = ok(core, 'trips:list', {}).find((t) => t.id !== JINAN_ID)!;
    const stranger = ok(core, 'members:list', { tripId: otherTrip.id })[0]!;
    expect(core.dispatch('sharing:ics', { tripId: JINAN_ID, memberId: stranger.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
