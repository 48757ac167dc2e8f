import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberGroup } from '../../shared/domain/member';
import { toInstant } from '../../shared/time/zoned';
import { instantOf, offsetLabel, participantsResolver } from '../../renderer/src/features/programme/model';
import { WorkspaceBuilder } from '../checks/builder';

const ZONES = ['Europe/Stockholm', 'Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Wall-clock times around the year, DST switch days included (late March, late October). */
const wallClock = fc
  .record({
    month: fc.constantFrom(1, 3, 4, 7, 10, 11),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 1, 15, 30, 59),
  })
  .map(({ month, day, hour, minute }) => `2019-${pad(month)}-${pad(Math.min(day, 30))}T${pad(hour)}:${pad(minute)}`);

describe('the programme model', () => {
  it('reads every wall-clock time as the exact conversion does, DST switch days included', () => {
    fc.assert(
      fc.property(wallClock, fc.constantFrom(...ZONES), (local, zone) => {
        expect(instantOf(local, zone)).toBe(toInstant(local, zone));
        expect(offsetLabel(local, zone)).toMatch(/^UTC([+−]\d{1,2}(:\d{2})?)?$/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads an unknown zone or a malformed time (imported data) as "no time", never throws', () => {
    expect(instantOf('2019-06-01T10:00', 'Not/AZone')).toBeNaN();
    expect(offsetLabel('not a time', 'Asia/Shanghai')).toBe('');
  });

  it('summarises participants from the item as it is now: an edited item (a new object) is never answered from before', () => {
    const builder = new WorkspaceBuilder();
    const ids = ['anna', 'bjorn', 'elin', 'lars', 'wang', 'li'];
    for (const id of ids) builder.member(id);
    const groups: MemberGroup[] = [{ id: 'g', tripId: 'trip', name: 'Shenyang', memberIds: ['elin', 'lars', 'wang'], sortOrder: 0, createdAt: '', updatedAt: '', revision: 1 } as MemberGroup];
    const resolver = participantsResolver(builder.members, groups);
    const attending = fc.record({ allMembers: fc.boolean(), participantIds: fc.subarray(ids) });
    fc.assert(
      fc.property(attending, attending, (before, after) => {
        const item = { ...before };
        const fresh = () => participantsResolver(builder.members, groups);
        expect(resolver.summarise(item)).toEqual(fresh().summarise(item));
        // A write answers with a new row: the patched workspace holds a new object.
        const edited = { ...after };
        expect(resolver.summarise(edited)).toEqual(fresh().summarise(edited));
        expect(resolver.summarise(item)).toEqual(fresh().summarise(before));
      }),
      { numRuns: 300 },
    );
  });
});
