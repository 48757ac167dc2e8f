import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { perDiemFacts, perDiemReport, perDiemTotals } from '../../shared/per-diem';
import { memberSpans, presenceModel } from '../../shared/presence';
import { CityIndex } from '../../shared/checks/cities';
import { memberClasses, type MemberClasses } from '../../shared/presence/member-classes';
import { buildPlan, itemPlan, tripPlan, type ItemPlan, type TripPlan } from './plans';

/**
 * Issue 14: the checks, the presence model and the per diem work out members who attend the same
 * items once per class (shared/presence member-classes.ts). The straightforward way — every
 * member on their own, attendance read with a Set — is kept here as the oracle: on random plans,
 * and after every step of a random sequence of edits, the two give exactly the same findings, the
 * same model and the same per-diem facts. The spans worked out alone (presence memberSpans) are
 * the model's spans, and each member's row in the model is the row of the plan with them alone.
 */
const RUNS = { numRuns: 1_000 };

/** The oracle: one class per member, an item's classes straight from its participants. */
function oneClassPerMember(memberIds: readonly string[], items: readonly Item[]): MemberClasses {
  const classOf = Int32Array.from(memberIds, (_, rank) => rank);
  const itemClasses = items.map((item) => {
    const chosen = new Set(item.participantIds);
    return memberIds.flatMap((id, rank) => (item.allMembers || chosen.has(id) ? [rank] : []));
  });
  return { classOf, count: memberIds.length, itemClasses };
}

const attendedBy = (workspace: TripWorkspace, memberId: string) =>
  workspace.items.filter((item) => item.allMembers || item.participantIds.includes(memberId)).map((item) => item.id);

function expectSameAsOracle(workspace: TripWorkspace): void {
  expect(runChecks(workspace)).toEqual(runChecks(workspace, undefined, oneClassPerMember));
  const cities = new CityIndex(workspace.trip, workspace.items);
  const ids = workspace.members.map((m) => m.id);
  const model = presenceModel(workspace, cities, oneClassPerMember(ids, workspace.items));
  const shared = presenceModel(workspace);
  expect(shared).toEqual(model);
  // Members of a class share one row of cells: each is still that member's own, the row the model
  // of the same plan with them alone gives (the oracle above builds its rows the same way).
  workspace.members.forEach((member, rank) => {
    expect(shared.members[rank]).toEqual(presenceModel({ ...workspace, members: [member] }, cities).members[0]);
  });
  // The per diem reads the spans alone, worked out from the journeys without the rest of the model.
  const spans = model.members.map(({ memberId, host, span }) => ({ memberId, host, span }));
  expect(memberSpans(workspace)).toEqual(spans);
  expect(memberSpans(workspace, oneClassPerMember(ids, workspace.items))).toEqual(spans);
  const facts = perDiemFacts(workspace);
  expect(facts).toEqual(perDiemFacts(workspace, oneClassPerMember));
  // The budget prices each class's days once (perDiemTotals): the totals of every member's own
  // sheet. A rate for each country and year the days name but the first, so some days have none.
  const countries = [...new Set(facts.flatMap((f) => f.days.map((d) => `${d.country}:${d.date.slice(0, 4)}`)))];
  const rates = countries.slice(1).flatMap((key, i) => {
    const [country, year] = key.split(':') as [string, string];
    return country === 'null' ? [] : [{ country, year: Number(year), amountSekMinor: 500_00 + i * 37, source: '' }];
  });
  const report = perDiemReport(workspace, rates).members;
  expect(perDiemTotals(workspace, rates)).toEqual(report.map(({ memberId, name, totalSek, incompleteDays }) => ({ memberId, name, totalSek, incompleteDays })));
}

/** An edit a planner makes: add an item, remove one, or change who attends one or when it is. */
type Edit = { add: ItemPlan } | { remove: number } | { who: number; to: ItemPlan['who'] } | { move: number; day: number; minute: number };

function edit(days: number): fc.Arbitrary<Edit> {
  return fc.oneof(
    itemPlan(days, false).map((add) => ({ add })),
    fc.nat().map((remove) => ({ remove })),
    fc.record({ who: fc.nat(), to: fc.oneof(fc.constant<'all'>('all'), fc.constantFrom<`g${number}`>('g0', 'g1'), fc.integer({ min: 0, max: 5 })) }),
    fc.record({ move: fc.nat(), day: fc.integer({ min: -1, max: days }), minute: fc.integer({ min: 0, max: 47 }).map((n) => n * 30) }),
  );
}

function applyEdit(plan: TripPlan, e: Edit): TripPlan {
  const items = [...plan.items];
  if ('add' in e) items.push(e.add);
  else if (items.length === 0) return plan;
  else if ('remove' in e) items.splice(e.remove % items.length, 1);
  else if ('who' in e) items[e.who % items.length] = { ...items[e.who % items.length]!, who: e.to };
  else items[e.move % items.length] = { ...items[e.move % items.length]!, day: e.day, minute: e.minute };
  return { ...plan, items };
}

describe('members attending the same items, worked out once per class (property-based)', () => {
  it('two members share a class exactly when they attend the same items', () => {
    fc.assert(
      fc.property(tripPlan(), (plan) => {
        const workspace = buildPlan(plan);
        const ids = workspace.members.map((m) => m.id);
        const classes = memberClasses(ids, workspace.items);
        for (let a = 0; a < ids.length; a++) {
          for (let b = 0; b < ids.length; b++) {
            const same = attendedBy(workspace, ids[a]!).join() === attendedBy(workspace, ids[b]!).join();
            expect(classes.classOf[a] === classes.classOf[b]).toBe(same);
          }
        }
        workspace.items.forEach((item, index) => {
          const attending = ids.flatMap((id, rank) => (item.allMembers || item.participantIds.includes(id) ? [classes.classOf[rank]!] : []));
          expect(classes.itemClasses[index]).toEqual([...new Set(attending)].sort((x, y) => x - y));
        });
      }),
      RUNS,
    );
  });

  it('the checks and the presence model give exactly what working member by member gives', () => {
    fc.assert(
      fc.property(tripPlan({ maxItems: 20 }), (plan) => expectSameAsOracle(buildPlan(plan))),
      RUNS,
    );
  });

  it('after every step of a random sequence of edits, the findings equal a full run member by member', () => {
    // The memoised conversions (instants, folded city names) carry over from one run to the next,
    // as they do in the app while the planner edits: they must never hand back a stale answer.
    fc.assert(
      fc.property(
        tripPlan().chain((plan) => fc.record({ plan: fc.constant(plan), edits: fc.array(edit(plan.days), { minLength: 1, maxLength: 8 }) })),
        ({ plan, edits }) => {
          let current = plan;
          expectSameAsOracle(buildPlan(current));
          for (const e of edits) {
            current = applyEdit(current, e);
            expectSameAsOracle(buildPlan(current));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a member listed twice on an item is one attendee, and an unknown id is no one', () => {
    fc.assert(
      fc.property(tripPlan({ maxItems: 10 }), fc.nat(), (plan, pick) => {
        const workspace = buildPlan(plan);
        const items = workspace.items.map((item, i) =>
          i % 2 === 0 && !item.allMembers && item.participantIds.length > 0
            ? { ...item, participantIds: [...item.participantIds, item.participantIds[pick % item.participantIds.length]!, 'no-such-member'] }
            : item,
        );
        expectSameAsOracle({ ...workspace, items });
      }),
      RUNS,
    );
  });

  it('edits made the way the app makes them, or in place, never get a stale answer from what the last run remembered', () => {
    // The app replaces an edited item with a new object and keeps the others (so the checks reuse
    // each unchanged item's instants and, when nobody's attendance changed, the member classes);
    // tests and builders change items in place. The oracle runs on a fresh copy every time.
    fc.assert(
      fc.property(
        tripPlan(),
        fc.array(fc.record({ pick: fc.nat(), kind: fc.integer({ min: 0, max: 5 }), minutes: fc.integer({ min: -600, max: 600 }), member: fc.nat() }), { minLength: 1, maxLength: 10 }),
        (plan, edits) => {
          let workspace = buildPlan(plan);
          expectSameAsOracle(workspace);
          for (const e of edits) {
            if (workspace.items.length === 0) break;
            const index = e.pick % workspace.items.length;
            const item = workspace.items[index]!;
            const member = workspace.members[e.member % workspace.members.length]!.id;
            const replaced = (next: Item) => ({ ...workspace, items: workspace.items.map((old, i) => (i === index ? next : old)) });
            switch (e.kind) {
              case 0:
                workspace = replaced({ ...item, startLocal: minutesLater(item.startLocal, e.minutes), endLocal: item.endLocal && minutesLater(item.endLocal, e.minutes) });
                break;
              case 1:
                workspace = replaced({ ...item, allMembers: false, participantIds: toggled(item.allMembers ? workspace.members.map((m) => m.id) : item.participantIds, member) });
                break;
              case 2:
                workspace = replaced({ ...item, title: `${item.title}!` });
                break;
              case 3:
                item.startLocal = minutesLater(item.startLocal, e.minutes);
                break;
              case 4:
                if (item.allMembers) item.allMembers = false;
                else if (item.participantIds.includes(member)) item.participantIds.splice(item.participantIds.indexOf(member), 1);
                else item.participantIds.push(member);
                break;
              default:
                item.allDay = !item.allDay;
            }
            expectSameAsOracle(structuredClone(workspace));
            expect(runChecks(workspace)).toEqual(runChecks(structuredClone(workspace), undefined, oneClassPerMember));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function minutesLater(local: string, minutes: number): string {
  return new Date(Date.parse(`${local}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
}

function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}
