import fs from 'node:fs';
import fc from 'fast-check';
import { isBefore } from 'date-fns/isBefore';
import { parseISO } from 'date-fns/parseISO';
import { subMonths } from 'date-fns/subMonths';
import { describe, expect, it } from 'vitest';
import { previewPurge, purgeExpired } from '../../core/services/privacy/retention';
import type { Member } from '../../shared/domain/member';
import type { PurgePreview } from '../../shared/domain/privacy';
import { countRows, freshCore, makeItem, makeMember, makeTrip, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/** Members' personal data past retention (Settings → Personal data), on real SQLite files. */

const personal = {
  passportNumber: 'P1234567',
  passportExpiry: '2027-06-30',
  nationality: 'Svensk',
  visaStatus: 'granted',
  visaExpiry: '2017-12-31',
  dietaryNeeds: 'Glutenfri',
  accessibilityNeeds: 'Rullstol',
  emergencyContact: 'Eva Lind, 070-123 45 67',
} as const;

function tripWithMembers(core: ReturnType<typeof freshCore>, endDate: string, title = `Trip ending ${endDate}`) {
  const trip = makeTrip(core, { title, startDate: endDate, endDate });
  const anna = makeMember(core, trip.id, 'Anna Lindqvist', { ...personal, title: 'Kommunalråd', organisation: 'Västerås stad', role: 'head' });
  const bo = makeMember(core, trip.id, 'Bo Ek', { role: 'staff' }); // holds no personal data
  return { trip, anna, bo };
}

const members = (core: ReturnType<typeof freshCore>, tripId: string) => ok(core, 'members:list', { tripId }) as Member[];

describe('retention purge', () => {
  it('is off by default: the preview lists nothing and a purge erases nothing', () => {
    const core = freshCore();
    const { trip } = tripWithMembers(core, '2017-11-03');
    const preview = ok(core, 'privacy:purgePreview', {});
    expect(preview.retentionMonths).toBeNull();
    expect(preview.trips).toEqual([]);
    ok(core, 'privacy:purge', {});
    expect(members(core, trip.id)[0]!.passportNumber).toBe('P1234567');
  });

  it('erases exactly what the preview listed, keeping the programme, names, titles and roles', () => {
    const core = freshCore();
    const old = tripWithMembers(core, '2017-11-03', 'Jinan 2017');
    const item = makeItem(core, old.trip.id, { participantIds: [old.anna.id], allMembers: false });
    const recent = tripWithMembers(core, '2099-01-10', 'Future trip');
    ok(core, 'settings:update', { retentionMonths: 6 });

    const preview = ok(core, 'privacy:purgePreview', {});
    expect(preview.trips).toEqual([
      {
        tripId: old.trip.id,
        title: 'Jinan 2017',
        endDate: '2017-11-03',
        members: [{ memberId: old.anna.id, name: 'Anna Lindqvist', fields: Object.keys(personal) }],
      },
    ]);
    const before = members(core, old.trip.id).find((m) => m.id === old.anna.id)!;

    const result = ok(core, 'privacy:purge', {});
    expect(result.trips).toEqual(preview.trips);
    expect(result.lastRun).toMatchObject({ action: 'purge', trigger: 'manual', trips: 1, members: 1 });

    const after = members(core, old.trip.id).find((m) => m.id === old.anna.id)!;
    expect(after).toMatchObject({
      passportNumber: '',
      passportExpiry: null,
      nationality: '',
      visaStatus: 'unknown',
      visaExpiry: null,
      dietaryNeeds: '',
      accessibilityNeeds: '',
      emergencyContact: '',
    });
    // Everything else is as it was; the change is a revision like any edit (trip files carry it).
    const kept = (m: Member) => ({ name: m.name, title: m.title, organisation: m.organisation, role: m.role, precedence: m.precedence });
    expect(kept(after)).toEqual(kept(before));
    expect(after.revision).toBe(before.revision + 1);
    expect(ok(core, 'items:get', { id: item.id })).toMatchObject({ title: item.title, participantIds: [old.anna.id] });
    // The recent trip keeps everything, and a second purge finds nothing more.
    expect(members(core, recent.trip.id)[0]!.passportNumber).toBe('P1234567');
    expect(ok(core, 'privacy:purgePreview', {}).trips).toEqual([]);
  });

  it('drops the undo entries that still hold the personal data of expired trips', () => {
    const core = freshCore();
    const { trip, anna } = tripWithMembers(core, '2017-11-03');
    const deletedTrip = tripWithMembers(core, '2016-05-26', 'Deleted trip');
    ok(core, 'members:delete', { id: anna.id });
    ok(core, 'trips:delete', { id: deletedTrip.trip.id });
    expect(countRows(core, 'trash')).toBe(2);
    ok(core, 'settings:update', { retentionMonths: 12 });
    expect(ok(core, 'privacy:purgePreview', {}).trashEntries).toBe(2);
    ok(core, 'privacy:purge', {});
    expect(countRows(core, 'trash')).toBe(0);
    expect(members(core, trip.id).map((m) => m.name)).toEqual(['Bo Ek']);
  });

  it('runs at start for the app (purgeOnOpen) and records that it ran; the CLI open does not purge', async () => {
    const { openCore } = await import('../../core/core');
    const core = freshCore();
    const { trip } = tripWithMembers(core, '2017-11-03');
    ok(core, 'settings:update', { retentionMonths: 3 });
    const file = core.dbPath;
    core.close();

    const plainOpen = openCore(file);
    expect(members(plainOpen, trip.id)[0]!.passportNumber).toBe('P1234567');
    plainOpen.close();

    const app = openCore(file, {}, { purgeOnOpen: true });
    try {
      expect(members(app, trip.id)[0]!.passportNumber).toBe('');
      expect((ok(app, 'privacy:purgePreview', {}) as PurgePreview).lastRun).toMatchObject({ trigger: 'start', members: 1 });
    } finally {
      app.close();
    }
  });

  it('for any end date and retention, erases exactly the members of trips that ended more than N months before now', () => {
    const core = freshCore();
    const day = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 36 }), day, (endDates, months, today) => {
        databaseOf(core).exec('DELETE FROM trips; DELETE FROM privacy_log; DELETE FROM trash;');
        ok(core, 'settings:update', { retentionMonths: months });
        const trips = endDates.map((endDate) => tripWithMembers(core, endDate));
        const now = new Date(`${today}T12:00:00.000Z`);
        // The rule in words: the trip's last day lies before the same day N months ago.
        const expired = (endDate: string) => isBefore(parseISO(endDate), subMonths(parseISO(today), months));

        const preview = previewPurge(databaseOf(core), now);
        databaseOf(core).transaction(() => purgeExpired(databaseOf(core), 'manual', now))();
        for (const { trip, anna } of trips) {
          const after = members(core, trip.id).find((m) => m.id === anna.id)!;
          expect(after.passportNumber === '', `${trip.endDate}, ${months} months, today ${today}`).toBe(expired(trip.endDate));
          expect(after.name).toBe('Anna Lindqvist');
        }
        expect(preview.trips.map((t) => t.tripId).sort()).toEqual(trips.filter((t) => expired(t.trip.endDate)).map((t) => t.trip.id).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a retention that is not a whole number of months', () => {
    const core = freshCore();
    for (const retentionMonths of [0, -3, 2.5, 1000]) {
      expect(core.dispatch('settings:update', { retentionMonths }).ok).toBe(false);
    }
    expect(ok(core, 'settings:update', { retentionMonths: 24 }).retentionMonths).toBe(24);
    expect(ok(core, 'settings:update', { retentionMonths: null }).retentionMonths).toBeNull();
  });

  it('leaves no erased passport number or emergency contact in the file’s or the WAL’s bytes', () => {
    const core = freshCore();
    const trip = makeTrip(core, { startDate: '2017-10-27', endDate: '2017-11-03' });
    for (let n = 0; n < 50; n++) {
      makeMember(core, trip.id, `Medlem ${n}`, { passportNumber: `PX${String(n).padStart(6, '0')}Q`, emergencyContact: `Nödkontakt ${n} 070-${n}` });
    }
    databaseOf(core).pragma('wal_checkpoint(TRUNCATE)'); // the values are in the file itself, not only the WAL
    const found = () =>
      ['', '-wal']
        .map((suffix) => core.dbPath + suffix)
        .filter((file) => fs.existsSync(file))
        .flatMap((file) => fs.readFileSync(file).toString('utf8').match(/PX\d{6}Q|Nödkontakt \d+/g) ?? []);
    expect(found().length).toBeGreaterThanOrEqual(100); // the check can fail
    ok(core, 'settings:update', { retentionMonths: 3 });
    ok(core, 'privacy:purge', {});
    expect(found()).toEqual([]);
  });
});
