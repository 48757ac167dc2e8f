import { describe, expect, it } from 'vitest';
import type { TripFile } from '../../core/sharing';
import { MAX_JSON_DEPTH } from '../../core/sharing/trip-file/safe-json';
import { databaseHash, demoCore, exportText, JINAN_ID } from './helpers';

/**
 * Every broken or hostile file is refused with a message that says what is wrong, by preview
 * and by apply alike, and the database is exactly as it was (hash of every table's rows).
 */
type Mutate = (file: TripFile & Record<string, unknown>) => unknown;

const core = () => {
  const c = demoCore();
  return { core: c, text: exportText(c, JINAN_ID) };
};

const fromJson = (mutate: Mutate) => (text: string) => {
  const file = JSON.parse(text) as TripFile & Record<string, unknown>;
  const replaced = mutate(file);
  return JSON.stringify(replaced === undefined ? file : replaced);
};

const cases: [string, (text: string) => string, RegExp][] = [
  ['not JSON at all', () => 'Packing list: passports, gifts, business cards.', /not valid JSON/],
  ['truncated in the middle', (t) => t.slice(0, Math.floor(t.length / 2)), /ends too early|cut off/],
  // V8 names other errors when the cut falls after a number or inside a \u escape.
  ['cut off after a number', (t) => { const at = /"version":\s*\d+/.exec(t)!; return t.slice(0, at.index + at[0].length); }, /ends too early|cut off/],
  ['cut off inside a \\u escape', (t) => { const at = /"title":\s*"/.exec(t)!; return `${t.slice(0, at.index + at[0].length)}\\u00`; }, /ends too early|cut off/],
  ['empty', () => '', /empty/],
  ['JSON null', () => 'null', /holds null/],
  ['an array at the top level', () => '[{"format":"delegation-planner/trip"}]', /holds a list/],
  ['a number', () => '42', /holds a number/],
  ['another format', fromJson((f) => ({ ...f, format: 'acme/itinerary' })), /format is "acme\/itinerary"/],
  ['no format', fromJson((f) => { delete (f as Record<string, unknown>).format; }), /format is missing/],
  ['a newer format version', fromJson((f) => ({ ...f, version: 2 })), /newer version of Delegation Planner.*version 2.*Update/],
  ['a version that is not a number', fromJson((f) => ({ ...f, version: '1' })), /no valid version/],
  ['a wrong type', fromJson((f) => { (f.items[0] as Record<string, unknown>).startLocal = 20171028; }), /items\[0\]\.startLocal/],
  ['an unknown time zone', fromJson((f) => { f.items[0]!.startZone = 'Mars/Olympus_Mons'; }), /Unknown time zone/],
  ['a huge string', fromJson((f) => { f.trip.title = 'x'.repeat(1_000_000); }), /trip\.title: At most 200 characters/],
  ['a huge "timestamp"', fromJson((f) => { f.trip.updatedAt = '2017'.repeat(100_000); }), /trip\.updatedAt/],
  ['an unknown key', fromJson((f) => { (f.trip as Record<string, unknown>).owner = 'me'; }), /Unrecognized key/i],
  ['a duplicate id', fromJson((f) => { f.items[1]!.id = f.items[0]!.id; }), /Duplicate id/],
  ['a member id reused for an item', fromJson((f) => { f.items[0]!.id = f.members[0]!.id; }), /Duplicate id/],
  ['a participant who is not a member', fromJson((f) => {
    const item = f.items.find((i) => !i.allMembers)!;
    item.participantIds[0] = '00000000-0000-4000-8000-000000000001';
  }), /participantIds.*not in the file/],
  ['a contact that is not in the file', fromJson((f) => { f.contacts.pop(); }), /Refers to contact/],
  ['a meeting of a missing item', fromJson((f) => { f.meetings[0]!.itemId = '00000000-0000-4000-8000-000000000002'; }), /Refers to item/],
  ['an item of another trip', fromJson((f) => { f.items[0]!.tripId = '00000000-0000-4000-8000-000000000003'; }), /another trip/],
  ['an end before the start', fromJson((f) => {
    const item = f.items.find((i) => i.endLocal)!;
    item.endLocal = '2000-01-01T00:00';
  }), /end is before the start/],
  ['passport numbers the file says it has not', fromJson((f) => { f.members[0]!.passportNumber = 'X'; }), /passportNumber/],
  ['a tombstone for something the file contains', fromJson((f) => {
    f.tombstones.push({ entityId: f.items[0]!.id, entityType: 'item', deletedAt: '2017-10-01T00:00:00.000Z' });
  }), /also contains it/],
  ['too many items', fromJson((f) => { f.items = Array.from({ length: 10_001 }, () => f.items[0]!); }), /items: Too big|at most|<=10000/i],
  ['deep nesting', () => '{"format":"delegation-planner/trip","version":1,"x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}', /nested too deeply/],
  ['deep nesting without the brackets closed', () => '['.repeat(5_000_000), /nested too deeply/],
  ['a __proto__ key', (t) => t.replace('"format":', '"__proto__": {"isAdmin": true}, "format":'), /"__proto__"/],
  ['a nested constructor key', (t) => t.replace('"title":', '"constructor": {"prototype": {}}, "title":'), /"(constructor|prototype)"/],
  // Timestamps that match the pattern but name no real moment (audit, issue 15).
  ['a timestamp with month 13, day 45 and 25:61:61', fromJson((f) => { f.items[0]!.updatedAt = '2017-13-45T25:61:61.000Z'; }), /items\[0\]\.updatedAt: No such date or time/],
  ['a timestamp on 30 February', fromJson((f) => { f.contacts[0]!.createdAt = '2017-02-30T10:00:00Z'; }), /contacts\[0\]\.createdAt: No such date or time/],
  ['a timestamp at 24:00', fromJson((f) => { f.trip.updatedAt = '2017-10-28T24:00:00.000Z'; }), /trip\.updatedAt: No such date or time/],
  ['a timestamp with a 25-hour offset', fromJson((f) => { f.exportedAt = '2017-10-28T09:30:00+25:00'; }), /exportedAt: No such date or time/],
  ['a deletion time that is no time', fromJson((f) => {
    f.tombstones.push({ entityId: '00000000-0000-4000-8000-000000000009', entityType: 'item', deletedAt: '2017-00-10T00:00:00.000Z' });
  }), /deletedAt: No such date or time/],
  ['larger than 50 MB', () => ' '.repeat(50 * 1024 * 1024 + 1), /too large/],
];

describe('hostile and broken trip files', () => {
  it.each(cases)('refuses %s, leaving the database unchanged', (_name, make, message) => {
    const { core: c, text } = core();
    const before = databaseHash(c);
    const content = make(text);
    for (const operation of ['sharing:previewImport', 'sharing:applyImport'] as const) {
      const result = c.dispatch(operation, { content });
      expect(result.ok, `${operation} accepted it`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(message);
        expect(result.error.message.split('\n')).toHaveLength(1);
        expect(result.error.message.length).toBeLessThan(400);
      }
    }
    expect(databaseHash(c)).toBe(before);
  });

  it('checks depth before parsing: the limit is small and deep input is rejected fast', () => {
    expect(MAX_JSON_DEPTH).toBeLessThanOrEqual(64);
    const { core: c } = core();
    const started = performance.now();
    const result = c.dispatch('sharing:previewImport', { content: '{"a":'.repeat(1_000_000) });
    expect(result.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('counts only real nesting: brackets and quotes inside text are fine', () => {
    const { core: c, text } = core();
    const file = JSON.parse(text) as TripFile;
    file.trip.notes = '[{'.repeat(2_000) + ' \\" "quoted" ' + '}]'.repeat(2_000);
    const result = c.dispatch('sharing:previewImport', { content: JSON.stringify(file) });
    expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
  });

  it('does not pollute prototypes', () => {
    const { core: c, text } = core();
    c.dispatch('sharing:applyImport', { content: text.replace('"format":', '"__proto__": {"polluted": true}, "format":') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file whose item belongs to another trip here, before writing anything', () => {
    const { core: c, text } = core();
    const before = databaseHash(c);
    const file = JSON.parse(text) as TripFile;
    // Same item ids, presented as a different trip.
    const disguised = { ...file, trip: { ...file.trip, id: '00000000-0000-4000-8000-0000000000aa' } };
    for (const list of [disguised.members, disguised.groups, disguised.items]) for (const e of list) e.tripId = disguised.trip.id;
    const result = c.dispatch('sharing:applyImport', { content: JSON.stringify(disguised) });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/belongs to another trip here/) } });
    expect(databaseHash(c)).toBe(before);
  });
});
