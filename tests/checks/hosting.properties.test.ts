import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import type { Item } from '../../shared/domain/item';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { presenceMatrix, type PresenceRow } from '../../shared/presence';
import { toInstant } from '../../shared/time/zoned';
import { SE } from './builder';
import { buildPlan, tripPlan } from './plans';

/**
 * Issue 18: the presence model and the checks on random incoming plans (Wuxi → Södertälje, with
 * hosts), at least 1,000 plans per property. The journeys in are read from the items as a person
 * reads them, independently of the presence model: a flight, train or transfer a visitor is on
 * that leaves from outside Södertälje's area (neither naming Södertälje nor in Swedish time) and
 * arrives inside it.
 */
const RUNS = { numRuns: 1_000 };
const incomingPlan = () => tripPlan({ direction: 'incoming' });

const attends = (item: Item, memberId: string) => item.allMembers || item.participantIds.includes(memberId);
const isTravel = (item: Item) => item.kind === 'flight' || item.kind === 'train' || item.kind === 'transfer';
const namesHostCity = (text: string) => /(^|[^\p{L}\d])södertälje([^\p{L}\d]|$)/iu.test(text);
const inside = (text: string, zone: string) => namesHostCity(text) || zone === SE;

/** The local date the member's first journey in leaves (in its own zone), or null. */
function journeyInLeaves(workspace: TripWorkspace, memberId: string): string | null {
  let first: { at: number; date: string } | null = null;
  for (const item of workspace.items) {
    if (!attends(item, memberId) || !isTravel(item) || item.allDay) continue;
    const to = item.details.to?.trim() ? item.details.to : item.location.city;
    if (inside(item.details.from ?? '', item.startZone) || !inside(to, item.endZone)) continue;
    const at = toInstant(item.startLocal, item.startZone);
    if (!first || at < first.at) first = { at, date: item.startLocal.slice(0, 10) };
  }
  return first?.date ?? null;
}

function visitorRows(workspace: TripWorkspace): PresenceRow[] {
  const hosts = new Set(workspace.members.filter((m) => m.side === 'host').map((m) => m.id));
  const rows = presenceMatrix(workspace).rows;
  // The model agrees on who hosts (issue 18: the member's side alone decides).
  for (const row of rows) expect(row.host, row.memberId).toBe(hosts.has(row.memberId));
  return rows.filter((row) => !row.host);
}

describe('incoming trips on random plans (property-based)', () => {
  it('visitors are never "Home": abroad before their journey in, then arriving', () => {
    // Property: in every incoming plan, no visitor cell is home (theirs is abroad, ours is here);
    // every cell before the day their journey in leaves (at the latest, the trip's last day) is
    // abroad and not yet travelling; when
    // the journey in leaves on a day of the trip, that day begins abroad (they are arriving); a
    // visitor without a journey in is never "before" (they are taken to be here from the start).
    fc.assert(
      fc.property(incomingPlan(), (plan) => {
        const workspace = buildPlan(plan);
        for (const row of visitorRows(workspace)) {
          const leaves = journeyInLeaves(workspace, row.memberId);
          // A journey in that leaves after the trip's last day makes that day their part of it.
          const firstDay = leaves !== null && leaves > workspace.trip.endDate ? workspace.trip.endDate : leaves;
          for (const cell of row.cells) {
            const where = `${row.memberId} ${cell.date}`;
            expect(cell.to.kind, where).not.toBe('home');
            expect(cell.from?.kind, where).not.toBe('home');
            if (firstDay !== null && cell.date < firstDay) {
              expect(cell.to.kind, where).toBe('abroad');
              expect(cell.away, where).toBe('before');
            }
            if (leaves === null) expect(cell.away, where).not.toBe('before');
            if (cell.date === leaves) expect(cell.from?.kind ?? cell.to.kind, where).toBe('abroad');
          }
        }
      }),
      RUNS,
    );
  });

  it('hosts are never away: at home in the host city, never in transit, and never checked for travel', () => {
    // Property: every host cell is a city (Södertälje, or a hotel's city when they stay with the
    // guests), never abroad, in transit or unknown, never outside "their part" and never a night
    // without a stay; and no passport, visa, night or journey-home finding names a host.
    fc.assert(
      fc.property(incomingPlan(), (plan) => {
        const workspace = buildPlan(plan);
        const hosts = new Set(workspace.members.filter((m) => m.side === 'host').map((m) => m.id));
        for (const row of presenceMatrix(workspace).rows.filter((r) => r.host)) {
          for (const cell of row.cells) {
            const where = `${row.memberId} ${cell.date}`;
            expect(cell.to.kind, where).toBe('city');
            if (cell.from) expect(cell.from.kind, where).toBe('city');
            expect(cell.away, where).toBeNull();
            expect(cell.withoutStay, where).toBe(false);
          }
        }
        const travelKinds = /^(passport-|visa-|night-|return-journey)/;
        for (const f of runChecks(workspace)) {
          if (travelKinds.test(f.kind)) expect(f.memberIds.filter((id) => hosts.has(id)), f.message.en).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('every visitor whose visa status is not settled has a Schengen visa finding', () => {
    // Property: a visitor whose visa status is unknown, required or applied has exactly one
    // visa-not-granted warning naming the Schengen visa; refused is an error; granted or not
    // required gives none.
    fc.assert(
      fc.property(incomingPlan(), (plan) => {
        const workspace = buildPlan(plan);
        const findings = runChecks(workspace);
        for (const member of workspace.members.filter((m) => m.side === 'visitor')) {
          const visa = findings.filter((f) => f.kind.startsWith('visa-') && f.memberIds.includes(member.id));
          const kinds = visa.filter((f) => f.kind !== 'visa-expires').map((f) => f.kind);
          if (member.visaStatus === 'unknown' || member.visaStatus === 'required' || member.visaStatus === 'applied') {
            expect(kinds, member.id).toEqual(['visa-not-granted']);
            expect(visa.find((f) => f.kind === 'visa-not-granted')!.message.en).toMatch(/Schengen visa/);
          } else if (member.visaStatus === 'refused') expect(kinds, member.id).toEqual(['visa-refused']);
          else expect(kinds, member.id).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});
