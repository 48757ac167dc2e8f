import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { getWorkspace } from '../../core/services/workspace';
import { formatDateRange, formatDayHeading, formatTime, utcOffsetAt } from '../../shared/documents/format';
import { attends, entriesOf, groupByLocalDay, itemsFor } from '../../shared/documents/entries';
import { buildProgrammeModel } from '../../shared/documents/model';
import { DocumentSettings } from '../../shared/documents/options';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { createJinanFixture, type JinanFixture } from './fixture';
import { databaseOf } from '../../core/db/raw-handle';

const base: Item = {
  id: 'x',
  tripId: 't',
  kind: 'meeting',
  title: 'x',
  startLocal: '2017-10-30T09:00',
  startZone: 'Asia/Shanghai',
  endLocal: null,
  endZone: 'Asia/Shanghai',
  allDay: false,
  location: { venue: '', address: '', addressLocal: '', city: '' },
  description: '',
  details: {},
  publicNotes: '',
  internalNotes: '',
  allMembers: true,
  participantIds: [],
  contactIds: [],
  state: 'planned',
  outcome: '',
  seating: null,
  translation: { title: '', venue: '', description: '' },
  sortOrder: 0,
  createdAt: '',
  updatedAt: '',
  revision: 0,
};
const item = (patch: Partial<Item>): Item => ({ ...base, ...patch });
const rows = (items: Item[]) => items.flatMap((i) => entriesOf(i).map((e) => ({ ...e, item: i })));

describe('grouping by local day', () => {
  it('puts each row on the local date of its own zone and orders a day by real time across zones', () => {
    // Departs Stockholm late on the 28th (already the 29th in China): belongs to the 28th.
    const flight = item({ id: 'f', kind: 'flight', title: 'ARN–PEK', startLocal: '2017-10-28T23:30', startZone: 'Europe/Stockholm', endLocal: '2017-10-29T15:10', endZone: 'Asia/Shanghai' });
    // On the 29th: 09:00 in Shanghai (01:00 UTC) happens before 08:00 in Stockholm (07:00 UTC).
    const shanghai = item({ id: 's', title: 'Breakfast in Jinan', startLocal: '2017-10-29T09:00' });
    const stockholm = item({ id: 'h', title: 'Meeting at home', startLocal: '2017-10-29T08:00', startZone: 'Europe/Stockholm', endZone: 'Europe/Stockholm' });
    const days = groupByLocalDay(rows([stockholm, shanghai, flight]));
    expect(days.map((d) => d.date)).toEqual(['2017-10-28', '2017-10-29']);
    expect(days[0]!.entries.map((e) => e.item.id)).toEqual(['f']);
    expect(days[1]!.entries.map((e) => e.item.id)).toEqual(['s', 'h']);
  });

  it('shows a hotel stay as check-in and check-out on their own days', () => {
    const hotel = item({ kind: 'accommodation', startLocal: '2017-10-29T16:00', endLocal: '2017-11-01T08:00' });
    expect(entriesOf(hotel).map((e) => [e.part, e.local])).toEqual([
      ['check-in', '2017-10-29T16:00'],
      ['check-out', '2017-11-01T08:00'],
    ]);
    expect(entriesOf({ ...hotel, endLocal: '2017-10-29T23:00' }).map((e) => e.part)).toEqual(['whole']);
  });

  it('repeats an all-day item on every day it spans, first in each day', () => {
    const fair = item({ id: 'fair', allDay: true, startLocal: '2017-10-30T00:00', endLocal: '2017-11-01T00:00' });
    const early = item({ id: 'early', startLocal: '2017-10-31T06:00' });
    const days = groupByLocalDay(rows([early, fair]));
    expect(days.map((d) => [d.date, d.entries.map((e) => `${e.item.id}:${e.part}`)])).toEqual([
      ['2017-10-30', ['fair:all-day']],
      ['2017-10-31', ['fair:all-day', 'early:whole']],
      ['2017-11-01', ['fair:all-day']],
    ]);
  });

  it('keeps the sort order of items at the same minute', () => {
    const a = item({ id: 'a', title: 'A', sortOrder: 2 });
    const b = item({ id: 'b', title: 'B', sortOrder: 1 });
    expect(groupByLocalDay(rows([a, b]))[0]!.entries.map((e) => e.item.id)).toEqual(['b', 'a']);
  });
});

describe('filtering by member', () => {
  it('attends: everyone for allMembers, else only the named participants', () => {
    expect(attends({ allMembers: true, participantIds: [] }, 'm1')).toBe(true);
    expect(attends({ allMembers: false, participantIds: ['m2'] }, 'm1')).toBe(false);
    expect(attends({ allMembers: false, participantIds: ['m1', 'm2'] }, 'm1')).toBe(true);
    const items = [item({ id: 'all' }), item({ id: 'some', allMembers: false, participantIds: ['m2'] })];
    expect(itemsFor(items, 'm1').map((i) => i.id)).toEqual(['all']);
    expect(itemsFor(items, null).map((i) => i.id)).toEqual(['all', 'some']);
  });
});

describe('formatting', () => {
  it('writes Swedish and English dates and times', () => {
    expect(formatDayHeading('2017-10-28', 'sv')).toBe('Lördag 28 oktober 2017');
    expect(formatDayHeading('2017-10-28', 'en')).toBe('Saturday 28 October 2017');
    expect(formatDateRange('2017-10-28', '2017-11-03', 'sv')).toBe('28 oktober – 3 november 2017');
    expect(formatDateRange('2017-10-28', '2017-10-31', 'en')).toBe('28–31 October 2017');
    expect(formatTime('2017-10-28T09:05', 'sv')).toBe('09:05');
    expect(formatTime('2017-10-28T09:05', 'en')).toBe('09:05');
    // Stockholm leaves summer time on 29 October 2017.
    expect(utcOffsetAt('2017-10-28T12:00', 'Europe/Stockholm')).toBe('UTC+2');
    expect(utcOffsetAt('2017-10-30T12:00', 'Europe/Stockholm')).toBe('UTC+1');
    expect(utcOffsetAt('2017-10-30T12:00', 'Asia/Kolkata')).toBe('UTC+5:30');
  });
});

describe('the programme model of the Jinan delegation', () => {
  let dir: string;
  let core: Core;
  let fixture: JinanFixture;
  let workspace: TripWorkspace;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-docmodel-'));
    core = openCore(path.join(dir, 'd.sqlite'));
    fixture = createJinanFixture(core);
    workspace = getWorkspace(databaseOf(core), fixture.tripId);
  });
  afterAll(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const settings = (input: Partial<DocumentSettings> = {}) => DocumentSettings.parse(input);
  const titles = (model: ReturnType<typeof buildProgrammeModel>) => model.days.flatMap((d) => d.entries.map((e) => e.item.title));

  it('lists the members in precedence order without passport or visa data', () => {
    const model = buildProgrammeModel(workspace, settings());
    expect(model.members.map((m) => m.name)).toEqual(fixture.members.map((m) => m.name));
    expect(model.head?.name).toBe('Anders Teljebäck');
    expect(JSON.stringify(model)).not.toMatch(/PASS-|passport/i);
    expect(model.members[0]!.phone).toBe(''); // phone numbers only in the briefing
  });

  it('gives the six who go home from Jinan a programme without the Shenyang part', () => {
    const homeGoers = fixture.members.filter((m) => !fixture.shenyangIds.includes(m.id));
    expect(homeGoers).toHaveLength(6);
    for (const member of homeGoers) {
      const model = buildProgrammeModel(workspace, settings({ memberId: member.id }));
      const shown = titles(model);
      for (const title of fixture.shenyangTitles) expect(shown).not.toContain(title);
      expect(shown).toContain('Hemresa Jinan – Stockholm');
      expect(model.days.map((d) => d.date)).toEqual(['2017-10-28', '2017-10-29', '2017-10-30', '2017-10-31', '2017-11-01']);
      expect(model.destinations.map((d) => d.city)).toEqual(['Jinan']);
      expect(model.hotels.map((h) => h.item.title)).toEqual(['Sofitel Jinan Silver Plaza']);
      expect(model.member?.id).toBe(member.id);
    }
    const head = buildProgrammeModel(workspace, settings({ memberId: fixture.shenyangIds[0]! }));
    expect(titles(head)).toEqual(expect.arrayContaining(fixture.shenyangTitles));
    expect(titles(head)).not.toContain('Hemresa Jinan – Stockholm');
  });

  it('names the participants only where not everyone attends', () => {
    const model = buildProgrammeModel(workspace, settings());
    const byTitle = new Map(model.days.flatMap((d) => d.entries).map((e) => [e.item.title, e]));
    expect(byTitle.get('Besök på kontaktcentret Hotline 12345')!.participants).toBeNull();
    expect(byTitle.get('Flyg Jinan – Shenyang')!.participants!.map((m) => m.name)).toEqual([
      'Anders Teljebäck',
      'Charlotta Filling',
      'Peter Engström',
    ]);
  });

  it('strips internal notes, talking points, gifts, dress code, follow-ups and booking data from the handout', () => {
    const handout = JSON.stringify(buildProgrammeModel(workspace, settings()));
    for (const secret of ['INTERNAL-NOTE', 'TALKING-POINT', 'GIFT:', 'DRESS:', 'FOLLOWUP:', 'BOOKREF7', 'CONF-SOFITEL', 'Budgeten för gåvor', 'ICLD kommunalt']) {
      expect(handout).not.toContain(secret);
    }
    const briefing = buildProgrammeModel(workspace, settings({ variant: 'briefing' }));
    const text = JSON.stringify(briefing);
    for (const secret of ['INTERNAL-NOTE', 'TALKING-POINT', 'GIFT:', 'DRESS:', 'FOLLOWUP:', 'BOOKREF7', 'CONF-SOFITEL', 'Budgeten för gåvor']) {
      expect(text).toContain(secret);
    }
    // Only open follow-ups; done ones are history.
    expect(briefing.followUps.map((f) => f.followUp.text)).toEqual(['FOLLOWUP: skicka projektplanen till Hotline 12345']);
    expect(text).not.toMatch(/PASS-/);
  });

  it('adds home times where the zone differs, and notes the summer-time change during the trip', () => {
    const model = buildProgrammeModel(workspace, settings({ homeTime: true }));
    expect(model.showHomeTime).toBe(true);
    const visit = model.days.flatMap((d) => d.entries).find((e) => e.item.title.startsWith('Besök på kontaktcentret'))!;
    expect(visit.homeLocal).toBe('2017-10-30T02:00'); // 09:00 in Jinan = 02:00 in Stockholm (CET)
    const outbound = model.days[0]!.entries[0]!;
    expect(outbound.homeLocal).toBeNull(); // departs from home
    expect(model.timeDifferences).toEqual([{ cities: ['Jinan', 'Shenyang'], minutes: 360, changes: [{ date: '2017-10-29', minutes: 420 }] }]);
    expect(buildProgrammeModel(workspace, settings()).showHomeTime).toBe(false);
  });

  it('keeps the embassy and emergency numbers in every personal programme', () => {
    const member = fixture.members[4]!;
    const model = buildProgrammeModel(workspace, settings({ memberId: member.id }));
    const roles = model.contacts.map((g) => g.role);
    expect(roles).toEqual(expect.arrayContaining(['embassy', 'emergency', 'host', 'interpreter']));
    expect(roles).not.toContain('company'); // Zongrui Funing Robotics: Shenyang only
  });

  it('defaults the cover organisation to the sending organisation and takes an override', () => {
    expect(buildProgrammeModel(workspace, settings()).organisationName).toBe('Västerås stad');
    expect(buildProgrammeModel(workspace, settings({ organisationName: 'Internationella kontoret' })).organisationName).toBe('Internationella kontoret');
    const incoming = { ...workspace, trip: { ...workspace.trip, direction: 'incoming' as const, hostingOrganisation: 'Södertälje kommun' } };
    expect(buildProgrammeModel(incoming, settings()).organisationName).toBe('Södertälje kommun');
  });

  it('serves the same page to the live preview through the API contract', () => {
    const result = core.dispatch('documents:html', { tripId: fixture.tripId, lang: 'en', memberId: fixture.members[1]!.id });
    expect(result.ok).toBe(true);
    const { html, title } = (result as { ok: true; value: { html: string; title: string } }).value;
    expect(title).toBe('Personal programme: Styrgruppens resa till Jinan och Shenyang – Elisabeth Unell (M)');
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    // (includes(), not toContain(): a failure would print a megabyte of inlined fonts)
    expect(html.includes('http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;')).toBe(true);
    expect(html.includes('font/woff2;base64,')).toBe(true);
    const stranger = core.dispatch('documents:html', { tripId: fixture.tripId, memberId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.ok || stranger.error.code).toBe('not_found');
    const bad = core.dispatch('documents:html', { tripId: fixture.tripId, variant: 'press', logo: 'javascript:alert(1)' });
    expect(bad.ok || bad.error.code).toBe('invalid_input');
  });

  it('refuses a member of another trip', () => {
    expect(() => buildProgrammeModel(workspace, settings({ memberId: '00000000-0000-4000-8000-000000000000' }))).toThrow(/not in this trip/);
  });
});
