import { describe, expect, it } from 'vitest';
import { TRIP_FILE_FORMAT, TRIP_FILE_VERSION, type TripFile } from '../../core/sharing';
import { JINAN } from '../../core/demo/ids';
import { databaseHash, demoCore, exportText, freshCore, JINAN_ID, ok, withoutStamp, WUXI_ID } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

const parse = (text: string) => JSON.parse(text) as TripFile;

describe('exporting a trip file', () => {
  it('writes the versioned format with the whole trip and what it refers to', () => {
    const core = demoCore();
    const file = ok(core, 'sharing:exportTrip', { tripId: JINAN_ID });
    expect(file.fileName).toMatch(/Jinan.*\.delegation$/);
    const json = parse(file.content);
    expect(json.format).toBe(TRIP_FILE_FORMAT);
    expect(json.version).toBe(TRIP_FILE_VERSION);
    expect(Date.parse(json.exportedAt)).not.toBeNaN();
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'exportedAt',
      'includesPassports',
      'trip',
      'members',
      'groups',
      'items',
      'meetings',
      'contacts',
      'organisations',
      'tombstones',
    ]);
    expect(json.trip.id).toBe(JINAN_ID);
    expect(json.members).toHaveLength(9);
    expect(json.groups.map((g) => g.id).sort()).toEqual(Object.values(JINAN.group).sort());
    expect(json.items.length).toBeGreaterThan(10);
    expect(json.meetings.length).toBeGreaterThan(2);
    // Every contact an item or meeting refers to is in the file, and their organisations too.
    const contactIds = new Set(json.contacts.map((c) => c.id));
    for (const item of json.items) for (const id of item.contactIds) expect(contactIds.has(id)).toBe(true);
    const orgIds = new Set(json.organisations.map((o) => o.id));
    for (const c of json.contacts) if (c.organisationId) expect(orgIds.has(c.organisationId)).toBe(true);
    // Chinese script survives as text, not escapes.
    expect(file.content).toMatch(/济南/);
  });

  it('leaves passport numbers out unless asked for', () => {
    const core = demoCore();
    const [first] = ok(core, 'members:list', { tripId: JINAN_ID });
    ok(core, 'members:update', { id: first!.id, patch: { passportNumber: 'AA1234567' } });

    const without = exportText(core, JINAN_ID);
    expect(without).not.toMatch(/AA1234567/);
    expect(without).not.toMatch(/passportNumber/);
    expect(parse(without).includesPassports).toBe(false);

    const withPassports = exportText(core, JINAN_ID, true);
    expect(parse(withPassports).includesPassports).toBe(true);
    expect(parse(withPassports).members.find((m) => m.id === first!.id)!.passportNumber).toBe('AA1234567');
  });

  it('carries tombstones of the trip’s deleted entities', () => {
    const core = demoCore();
    const item = ok(core, 'items:list', { tripId: JINAN_ID })[0]!;
    ok(core, 'items:delete', { id: item.id });
    const json = parse(exportText(core, JINAN_ID));
    expect(json.items.some((i) => i.id === item.id)).toBe(false);
    expect(json.tombstones).toContainEqual(expect.objectContaining({ entityId: item.id, entityType: 'item' }));
  });

  it('gives the same content for the same data (only exportedAt differs)', () => {
    const core = demoCore();
    expect(withoutStamp(exportText(core, JINAN_ID))).toBe(withoutStamp(exportText(core, JINAN_ID)));
  });

  it('records what it exported as shared (for merges), yet still exports from a read-only database', () => {
    const core = demoCore();
    exportText(core, JINAN_ID);
    const recorded = databaseOf(core).prepare("SELECT count(*) AS n FROM shared_versions WHERE trip_id = ? AND direction = 'export'").get(JINAN_ID) as { n: number };
    expect(recorded.n).toBeGreaterThan(20);

    const other = demoCore();
    databaseOf(other).pragma('query_only = ON');
    expect(parse(exportText(other, JINAN_ID)).trip.id).toBe(JINAN_ID);
  });

  it('fails cleanly for an unknown trip', () => {
    const core = freshCore();
    const result = core.dispatch('sharing:exportTrip', { tripId: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('round trip', () => {
  it.each([
    ['Jinan (outgoing, groups, participants, meetings)', JINAN_ID],
    ['Wuxi (incoming)', WUXI_ID],
  ])('export → import into an empty database → export is identical: %s', (_name, tripId) => {
    const source = demoCore();
    // Make the data awkward: a tombstone, a passport, an archived trip.
    const victim = ok(source, 'items:list', { tripId }).at(-1)!;
    ok(source, 'items:delete', { id: victim.id });
    const [first] = ok(source, 'members:list', { tripId });
    ok(source, 'members:update', { id: first!.id, patch: { passportNumber: 'X9', passportExpiry: '2027-01-31' } });

    for (const includePassports of [false, true]) {
      const original = exportText(source, tripId, includePassports);
      const target = freshCore();
      const result = ok(target, 'sharing:applyImport', { content: original });
      expect(result.mode).toBe('new');
      expect(result.conflicts).toBe(0);
      expect(withoutStamp(exportText(target, tripId, includePassports))).toBe(withoutStamp(original));
    }
  });

  it('keeps an archived trip archived and every timestamp and revision as it was', () => {
    const source = demoCore();
    ok(source, 'trips:archive', { id: JINAN_ID, archived: true });
    const original = exportText(source, JINAN_ID);
    const target = freshCore();
    ok(target, 'sharing:applyImport', { content: original });
    const before = ok(source, 'trips:workspace', { id: JINAN_ID });
    const after = ok(target, 'trips:workspace', { id: JINAN_ID });
    expect(after.trip).toEqual(before.trip);
    expect(after.items).toEqual(before.items);
    expect(after.meetings).toEqual(before.meetings);
    expect(after.groups).toEqual(before.groups);
    expect(after.members.map(({ passportNumber: _p, ...m }) => m)).toEqual(before.members.map(({ passportNumber: _p, ...m }) => m));
  });

  it('importing the same file again changes nothing', () => {
    const source = demoCore();
    const text = exportText(source, JINAN_ID);
    const target = freshCore();
    ok(target, 'sharing:applyImport', { content: text });
    const hash = databaseHash(target);
    const again = ok(target, 'sharing:applyImport', { content: text });
    expect(again.mode).toBe('merge');
    expect(again.upToDate).toBe(true);
    expect(again.changes).toEqual([]);
    expect(databaseHash(target)).toBe(hash);
  });
});
