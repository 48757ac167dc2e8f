import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { Gift, GiftRegisterEntry } from '../../shared/domain/gift';
import type { Organisation } from '../../shared/domain/contact';
import type { ExportedFile } from '../../shared/sharing/types';
import type { TripWorkspace } from '../../shared/domain/workspace';
import type { Core } from '../../core/core';
import { countRows, expectError, expectOk, freshCore, makeItem, makeTrip } from './helpers';

function organisation(core: Core, name: string, nativeName = ''): Organisation {
  return expectOk(core.dispatch('organisations:create', { name, nativeName })) as Organisation;
}
function gift(core: Core, input: Record<string, unknown>): Gift {
  // Under a fake clock, each gift is entered a second after the last, as a planner enters them.
  if (vi.isFakeTimers()) vi.setSystemTime(Date.now() + 1000);
  return expectOk(core.dispatch('gifts:create', input as never)) as Gift;
}
const register = (core: Core, query: Record<string, unknown> = {}) => expectOk(core.dispatch('gifts:register', query)) as GiftRegisterEntry[];

/** Two trips to Jinan (2015, 2017) and one hosting Wuxi (2016), with gifts both ways. */
function giftHistory() {
  const core = freshCore();
  const jinan = organisation(core, 'Jinans stadsregering', '济南市人民政府');
  const wuxi = organisation(core, 'Wuxi Foreign Affairs Office', '无锡市外事办公室');
  const trip2015 = makeTrip(core, { title: 'Jinan 2015', startDate: '2015-05-10', endDate: '2015-05-16' });
  const trip2016 = makeTrip(core, { title: 'Wuxi → Södertälje', direction: 'incoming', startDate: '2016-05-23', endDate: '2016-05-26' });
  const trip2017 = makeTrip(core, { title: 'Jinan 2017', startDate: '2017-10-27', endDate: '2017-11-03' });
  gift(core, { tripId: trip2015.id, direction: 'given', description: 'Kristallvas från Orrefors', organisationId: jinan.id, date: '2015-05-11', valueOre: 120_000 });
  gift(core, { tripId: trip2015.id, direction: 'received', description: 'Tekanna i porslin 瓷茶壶', organisationId: jinan.id, valueOre: 80_000 });
  gift(core, { tripId: trip2016.id, direction: 'given', description: 'Dalahäst', organisationId: wuxi.id, date: '2016-05-24', valueOre: 45_000 });
  gift(core, { tripId: trip2016.id, direction: 'received', description: 'Sidenmålning', organisationId: wuxi.id, date: '2016-05-24', valueOre: 30_000 });
  return { core, jinan, wuxi, trip2015, trip2016, trip2017 };
}

describe('the gift register', () => {
  it('lists gifts across trips, newest first, with names resolved and undated gifts filed under their trip’s start', () => {
    // Entered within one millisecond, two gifts would be ordered by their random ids instead.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { core } = giftHistory();
      const all = register(core);
      // Same day and trip: in the order they were entered.
      expect(all.map((g) => g.description)).toEqual(['Dalahäst', 'Sidenmålning', 'Kristallvas från Orrefors', 'Tekanna i porslin 瓷茶壶']);
      expect(all[3]).toMatchObject({ tripTitle: 'Jinan 2015', tripStartDate: '2015-05-10', date: null, organisationName: 'Jinans stadsregering' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('filters by year, organisation and direction', () => {
    const { core, jinan, wuxi } = giftHistory();
    expect(register(core, { year: 2016 }).map((g) => g.description).sort()).toEqual(['Dalahäst', 'Sidenmålning']);
    expect(register(core, { year: 2015 })).toHaveLength(2);
    expect(register(core, { year: 2017 })).toEqual([]);
    expect(register(core, { organisationId: jinan.id }).map((g) => g.organisationName)).toEqual(['Jinans stadsregering', 'Jinans stadsregering']);
    expect(register(core, { organisationId: wuxi.id, direction: 'received' }).map((g) => g.description)).toEqual(['Sidenmålning']);
  });

  it('counts a gift to a contact for the contact’s organisation', () => {
    const { core, jinan, trip2017 } = giftHistory();
    const wang = expectOk(core.dispatch('contacts:create', { name: 'Wang Wei', nativeName: '王伟', organisationId: jinan.id })) as { id: string };
    gift(core, { tripId: trip2017.id, direction: 'given', description: 'Bok om Västerås', contactId: wang.id });
    const jinanGifts = register(core, { organisationId: jinan.id });
    expect(jinanGifts[0]).toMatchObject({ description: 'Bok om Västerås', contactName: 'Wang Wei', organisationName: 'Jinans stadsregering' });
  });

  it('flags received gifts above the gift policy’s limit for registration, and follows a changed limit', () => {
    const { core } = giftHistory();
    const flagged = () => register(core).filter((g) => g.needsRegistration).map((g) => g.description);
    // Default limit 500 kr: the 800 kr teapot (received) is flagged; the 1 200 kr vase was given.
    expect(flagged()).toEqual(['Tekanna i porslin 瓷茶壶']);
    expectOk(core.dispatch('settings:update', { giftPolicy: { registrationLimitOre: 20_000 } }));
    expect(flagged().sort()).toEqual(['Sidenmålning', 'Tekanna i porslin 瓷茶壶']);
    expectOk(core.dispatch('settings:update', { giftPolicy: { registrationLimitOre: null } }));
    expect(flagged()).toEqual([]);
    expectError(core.dispatch('settings:update', { giftPolicy: { registrationLimitOre: -1 } }), 'invalid_input');
  });

  it('refuses a negative value, an item of another trip and an unknown organisation', () => {
    const { core, trip2015, trip2017 } = giftHistory();
    expectError(core.dispatch('gifts:create', { tripId: trip2017.id, direction: 'given', description: 'x', valueOre: -100 }), 'invalid_input');
    const item = makeItem(core, trip2015.id, { startLocal: '2015-05-11T09:30', endLocal: null });
    expectError(core.dispatch('gifts:create', { tripId: trip2017.id, direction: 'given', description: 'x', itemId: item.id }), 'conflict');
    expectError(
      core.dispatch('gifts:create', { tripId: trip2017.id, direction: 'given', description: 'x', organisationId: '00000000-0000-4000-8000-000000000000' }),
      'not_found',
    );
    expect(countRows(core, 'gifts', 'trip_id = ?', trip2017.id)).toBe(0);
  });

  it('keeps a gift when its meeting is deleted, and relinks it when the delete is undone', () => {
    const { core, jinan, trip2017 } = giftHistory();
    const meeting = makeItem(core, trip2017.id);
    const vase = gift(core, { tripId: trip2017.id, direction: 'given', description: 'Glasskål', organisationId: jinan.id, itemId: meeting.id });
    const { trashId } = expectOk(core.dispatch('items:delete', { id: meeting.id })) as { trashId: string };
    expect((expectOk(core.dispatch('gifts:list', { tripId: trip2017.id })) as Gift[])[0]).toMatchObject({ id: vase.id, itemId: null });
    expectOk(core.dispatch('trash:restore', { trashId }));
    expect((expectOk(core.dispatch('gifts:list', { tripId: trip2017.id })) as Gift[])[0]).toMatchObject({ id: vase.id, itemId: meeting.id });
    const deleted = expectOk(core.dispatch('gifts:delete', { id: vase.id })) as { trashId: string };
    expectOk(core.dispatch('trash:restore', { trashId: deleted.trashId }));
    expect(countRows(core, 'gifts', 'id = ?', vase.id)).toBe(1);
  });

  it('gives the workspace the gifts given to the same organisations on earlier trips only', () => {
    const { core, jinan, trip2015, trip2017 } = giftHistory();
    gift(core, { tripId: trip2017.id, direction: 'given', description: 'Kristallvas från Orrefors', organisationId: jinan.id });
    const ws = expectOk(core.dispatch('trips:workspace', { id: trip2017.id })) as TripWorkspace;
    expect(ws.earlierGifts).toEqual([expect.objectContaining({ tripId: trip2015.id, organisationId: jinan.id, description: 'Kristallvas från Orrefors' })]);
    expect(ws.organisations.map((o) => o.id)).toContain(jinan.id);
    const findings = expectOk(core.dispatch('checks:run', { tripId: trip2017.id })) as { kind: string; message: { sv: string } }[];
    const again = findings.filter((f) => f.kind === 'gift-given-before');
    expect(again).toHaveLength(1);
    expect(again[0]!.message.sv).toContain('Jinans stadsregering');
    // The earlier trip itself has nothing earlier.
    const earlier = expectOk(core.dispatch('trips:workspace', { id: trip2015.id })) as TripWorkspace;
    expect(earlier.earlierGifts).toEqual([]);
  });
});

describe('the gift register as CSV', () => {
  it('reads back with Papa Parse: one row per gift, decimal comma in Swedish, formulas neutralised, Chinese intact', () => {
    const { core, trip2016 } = giftHistory();
    gift(core, { tripId: trip2016.id, direction: 'received', description: '=HYPERLINK("http://evil")', valueOre: 123_450, date: '2016-05-25' });
    const file = expectOk(core.dispatch('gifts:csv', { year: 2016 })) as ExportedFile;
    expect(file.fileName).toMatch(/gåvoregister.*2016\.csv$/);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(file.content.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const evil = rows.find((r) => r['Beskrivning']!.includes('HYPERLINK'))!;
    expect(evil['Beskrivning']).toBe(`'=HYPERLINK("http://evil")`);
    expect(evil['Uppskattat värde (SEK)']).toBe('1234,50');
    expect(evil['Ska registreras']).toBe('Ja');
    expect(evil['Datum']).toBe('2016-05-25');
    const horse = rows.find((r) => r['Beskrivning'] === 'Dalahäst')!;
    expect(horse).toMatchObject({ Riktning: 'Givet', Organisation: 'Wuxi Foreign Affairs Office', 'Uppskattat värde (SEK)': '450,00', 'Ska registreras': '' });

    const english = expectOk(core.dispatch('gifts:csv', { lang: 'en', separator: ',' })) as ExportedFile;
    const en = Papa.parse<Record<string, string>>(english.content.slice(1), { header: true, delimiter: ',', skipEmptyLines: true }).data;
    expect(en.find((r) => r['Description'] === 'Tekanna i porslin 瓷茶壶')).toMatchObject({ Direction: 'Received', 'Estimated value (SEK)': '800.00', 'To be registered': 'Yes' });
  });
});
