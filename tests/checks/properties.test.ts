import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks, type CheckKind, type CheckResult } from '../../shared/checks';
import { foldName } from '../../shared/text/fold';
import { formatDate } from '../../shared/checks/format';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { presenceMatrix, tripDates } from '../../shared/presence';
import { addDaysToDate } from '../../shared/time/zoned';
import { buildPlan, itemPlan, tripPlan } from './plans';

/**
 * Issue 11: the checks on random plans, partial and complete (plans.ts), at least 1,000 plans per
 * property. A failure prints the smallest plan fast-check can shrink it to.
 */
const RUNS = { numRuns: 1_000 };

const attends = (item: Item, memberId: string) => item.allMembers || item.participantIds.includes(memberId);
const isTravel = (item: Item) => item.kind === 'flight' || item.kind === 'train' || item.kind === 'transfer';

/** "member date" for every night a night finding names (its id is `kind:FROM:UNTIL`). */
function namedNights(findings: readonly CheckResult[]): Set<string> {
  const pairs = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'night-without-accommodation') continue;
    const [, from, until] = f.id.split(':') as [string, string, string];
    for (let night = from; night < until; night = addDaysToDate(night, 1)) for (const id of f.memberIds) pairs.add(`${id} ${night}`);
  }
  return pairs;
}

/**
 * Where a member sleeps, read straight from the items as a person reads them (independently of
 * the presence model): a hotel they attend from check-in up to check-out (one night at least), a
 * flight or train across midnight, or one leaving before 03:00 for the night before.
 */
function staysOf(workspace: TripWorkspace, memberId: string): Set<string> {
  const nights = new Set<string>();
  for (const item of workspace.items) {
    if (!attends(item, memberId)) continue;
    const from = item.startLocal.slice(0, 10);
    const until = item.endLocal?.slice(0, 10) ?? from;
    if (item.kind === 'accommodation') {
      for (let night = from; night < until || night === from; night = addDaysToDate(night, 1)) nights.add(night);
    } else if (isTravel(item) && !item.allDay) {
      for (let night = from; night < until; night = addDaysToDate(night, 1)) nights.add(night);
      if (item.startLocal.slice(11, 16) < '03:00') nights.add(addDaysToDate(from, -1));
    }
  }
  return nights;
}

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAY_MONTH = new RegExp(`\\b(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) \\d{1,2} (?:${MONTHS})\\b`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, 'g');

describe('checks on random plans (property-based)', () => {
  it('no finding places anything on a date outside the trip, except the dates the user typed there', () => {
    // Property: every date a finding gives — its programme date and every date in its message —
    // is a day of the trip, unless it is a date typed into the data the finding is about: the
    // dates of its items (an item placed outside the trip is reported with its own date) or the
    // expiry dates of its members' passports and visas. In particular the return home and the
    // nights without a stay always fall within the trip.
    fc.assert(
      fc.property(tripPlan(), (plan) => {
        const workspace = buildPlan(plan);
        const { startDate, endDate } = workspace.trip;
        const trip = new Set(tripDates(startDate, endDate));
        const tripShort = [...trip].map((d) => formatDate(d, 'en'));
        const tripLong = [...trip].map((d) => formatDate(d, 'en', { year: true }));
        for (const f of runChecks(workspace)) {
          const typed = new Set<string>();
          for (const item of workspace.items.filter((i) => f.itemIds.includes(i.id))) {
            for (const local of [item.startLocal, item.endLocal]) if (local) typed.add(local.slice(0, 10));
          }
          for (const member of workspace.members.filter((m) => f.memberIds.includes(m.id))) {
            for (const date of [member.passportExpiry, member.visaExpiry]) if (date) typed.add(date);
          }
          if (f.date !== null) expect([...trip, ...typed], `${f.id}: ${f.date}`).toContain(f.date);
          const short = new Set([...tripShort, ...[...typed].map((d) => formatDate(d, 'en'))]);
          const long = new Set([...tripLong, ...[...typed].map((d) => formatDate(d, 'en', { year: true }))]);
          for (const text of f.message.en.match(DAY_MONTH) ?? []) expect(short, `${f.message.en}: ${text}`).toContain(text);
          for (const text of f.message.en.match(DAY_MONTH_YEAR) ?? []) expect(long, `${f.message.en}: ${text}`).toContain(text);
          if (f.kind === 'night-without-accommodation' || f.kind === 'return-journey-missing') expect(trip).toContain(f.date);
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['any plan', tripPlan()],
    // Issue 18: the visitors' home is abroad, the hosts sleep at home.
    ['an incoming plan', tripPlan({ direction: 'incoming' })],
  ])('night findings name exactly the members the presence matrix has away on a night without a stay (%s)', (_, plans) => {
    // Property: the (member, night) pairs the night findings name equal the pairs where the
    // Overview's matrix has the member away (not a host, within their part of the trip, not home
    // that evening, and not the trip's last evening) and no hotel or overnight travel of theirs
    // covers the night — read from the items independently of the presence model.
    fc.assert(
      fc.property(plans, (plan) => {
        const workspace = buildPlan(plan);
        const matrix = presenceMatrix(workspace);
        const expected = new Set<string>();
        for (const row of matrix.rows) {
          if (row.host) continue;
          const stays = staysOf(workspace, row.memberId);
          for (const cell of row.cells) {
            // Home: ours, or an incoming trip's visitors' home abroad.
            const away = cell.away === null && cell.to.kind !== 'home' && cell.to.kind !== 'abroad' && cell.date < workspace.trip.endDate;
            if (away && !stays.has(cell.date)) expected.add(`${row.memberId} ${cell.date}`);
            // The matrix's own mark agrees too (the Overview shows it).
            expect(cell.withoutStay, `${row.memberId} ${cell.date}`).toBe(away && !stays.has(cell.date));
          }
        }
        expect([...namedNights(runChecks(workspace))].sort()).toEqual([...expected].sort());
      }),
      RUNS,
    );
  });

  it('adding an item never makes an earlier finding wrong unless the item touches what it is about', () => {
    // Property, for a plan P and any item X added to it (P + X):
    // - a night without a stay (member M, night N) is still reported unless X is a hotel or
    //   travel M attends (a hotel may house M that night; travel may cover it or be M's journey
    //   out or home, which moves M's part of the trip);
    // - a passport or visa finding, or M's missing journey home, stays exactly the same unless X
    //   is travel M attends (which can be M's journey home and so move M's return day);
    // - an overlap, or an arrival or change of city, about items of P stays, for at least the
    //   same members; for arrivals and city changes unless X is attended by one of them or names
    //   a city P does not know (the next item or the known cities then change);
    // - every other finding (about one item, a member's phone, the delegation's language)
    //   stays exactly the same.
    // Meetings, meals, visits and the like thus never change nights, passports or visas.
    fc.assert(
      fc.property(
        tripPlan().chain((plan) => fc.tuple(fc.constant(plan), itemPlan(plan.days, false))),
        ([plan, extra]) => {
          const before = buildPlan(plan);
          const after = buildPlan(plan, [extra]);
          const added = after.items[after.items.length - 1]!;
          const found = runChecks(after);
          const byId = new Map(found.map((f) => [f.id, f]));
          const nightsAfter = namedNights(found);
          const knownCities = new Set([...before.items.map((i) => foldName(i.location.city)), ...before.trip.destinations.flatMap((d) => [foldName(d.city), foldName(d.nativeName)])]);
          const newCity = added.location.city !== '' && !knownCities.has(foldName(added.location.city));
          const movesStay = (id: string) => attends(added, id) && (added.kind === 'accommodation' || isTravel(added));
          const movesReturn = (id: string) => attends(added, id) && isTravel(added);

          for (const f of runChecks(before)) {
            const kind: CheckKind = f.kind;
            if (kind === 'night-without-accommodation') {
              for (const pair of namedNights([f])) {
                if (!movesStay(pair.split(' ')[0]!)) expect(nightsAfter, f.message.en).toContain(pair);
              }
            } else if (kind === 'return-journey-missing') {
              const still = found.find((r) => r.kind === kind)?.memberIds ?? [];
              for (const id of f.memberIds) if (!movesReturn(id)) expect(still, f.message.en).toContain(id);
            } else if (kind.startsWith('passport-') || kind.startsWith('visa-')) {
              if (!movesReturn(f.memberIds[0]!)) expect(byId.get(f.id), f.message.en).toEqual(f);
            } else if (kind === 'overlap' || kind === 'arrival-too-tight' || kind === 'meeting-before-arrival' || kind === 'city-change-too-tight') {
              if (kind !== 'overlap' && (newCity || f.memberIds.some((id) => attends(added, id)))) continue;
              const same = byId.get(f.id);
              expect(same?.kind, f.message.en).toBe(kind);
              expect(same!.memberIds).toEqual(expect.arrayContaining(f.memberIds));
            } else {
              expect(byId.get(f.id), f.message.en).toEqual(f);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it('the same plan always gives the same findings, whatever order its items are loaded in', () => {
    // Property: checking a plan twice, a deep copy of it, or a copy listing its items in reverse
    // order (each item keeps its own sort order) gives equal findings in equal order.
    fc.assert(
      fc.property(tripPlan(), (plan) => {
        const workspace = buildPlan(plan);
        const first = runChecks(workspace);
        expect(runChecks(workspace)).toEqual(first);
        expect(runChecks(structuredClone(workspace))).toEqual(first);
        expect(runChecks({ ...workspace, items: [...workspace.items].reverse() })).toEqual(first);
      }),
      RUNS,
    );
  });
});
