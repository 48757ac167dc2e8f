import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberGroup } from '../../shared/domain/member';
import { toInstant } from '../../shared/time/zoned';
import type { Item } from '../../shared/domain/item';
import { buildProgrammeDays, firstRows, instantOf, offsetLabel, participantsResolver, sameStartGroups } from '../../renderer/src/features/programme/model';
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

  it('builds the days and same-start groups of a patched programme as from fresh copies: an edited item is never answered from before', () => {
    const builder = new WorkspaceBuilder();
    for (const id of ['anna', 'bjorn']) builder.member(id);
    // Few distinct moments, so items often start together (03:00 in Stockholm is 09:00 in Shanghai).
    const start = fc.oneof(wallClock, fc.constantFrom('2019-06-01T09:00', '2019-06-01T03:00', '2019-06-01T10:00'));
    const spec = fc.record({
      start,
      zone: fc.constantFrom(...ZONES),
      kind: fc.constantFrom('meeting' as const, 'accommodation' as const, 'meal' as const),
      end: fc.option(wallClock, { nil: null }),
      allDay: fc.boolean(),
      sortOrder: fc.integer({ min: 0, max: 3 }),
      title: fc.constantFrom('Möte', '会议', 'Lunch'),
    });
    const asItem = (id: string, s: { start: string; zone: string; kind: Item['kind']; end: string | null; allDay: boolean; sortOrder: number; title: string }): Item => {
      const b = new WorkspaceBuilder();
      b.item(id, { ...s, end: s.end !== null && s.end > s.start ? s.end : null });
      return b.items[0]!;
    };
    const memberId = fc.constantFrom(null, 'anna');
    let copies = 0;
    const daysSeen = (days: ReturnType<typeof buildProgrammeDays>, id: (text: string) => string) =>
      days.map((day) => ({
        ...day,
        nights: day.nights.map((night) => ({ ...night, itemId: id(night.itemId) })),
        rows: day.rows.map(({ item, ...row }) => ({ ...row, key: id(row.key), item: { ...item, id: id(item.id) } })),
      }));
    const groupsSeen = (groups: Map<string, string[]>, id: (text: string) => string) =>
      [...groups].map(([key, ids]) => [id(key), ids.map(id)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), spec), { maxLength: 8 }), memberId, (initial, edits, member) => {
        let items = initial.map((s, i) => asItem(`item-${i}`, s));
        buildProgrammeDays(items, builder.trip, member);
        sameStartGroups(items);
        for (const [at, s] of edits) {
          const index = at % items.length;
          // A write answers with a new row: the patched programme holds a new object for it alone.
          items = items.map((item, i) => (i === index ? asItem(item.id, s) : item));
          // Copies under ids never seen before: nothing remembered can answer for them.
          const suffix = `#${++copies}`;
          const fresh = items.map((item) => ({ ...structuredClone(item), id: item.id + suffix }));
          const strip = (text: string) => text.split(suffix).join('');
          expect(daysSeen(buildProgrammeDays(items, builder.trip, member), (t) => t)).toEqual(
            daysSeen(buildProgrammeDays(fresh, builder.trip, member), strip),
          );
          expect(groupsSeen(sameStartGroups(items), (t) => t)).toEqual(groupsSeen(sameStartGroups(fresh), strip));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the rows of the first frame (firstRows)', () => {
  type Day = { date: string; cards: string[] };
  const rowsOf = (days: readonly Day[]) => days.reduce((n, day) => n + 1 + Math.max(1, day.cards.length), 0);
  const programme = fc
    .array(fc.nat({ max: 30 }), { maxLength: 20 })
    .map((sizes) => sizes.map((size, d): Day => ({ date: `day-${d}`, cards: Array.from({ length: size }, (_, c) => `${d}.${c}`) })));

  it('fill the screen from the top, in order, a day cut only at its end and never to its header alone; a short programme is shown whole', () => {
    fc.assert(
      fc.property(programme, fc.integer({ min: 1, max: 40 }), (days, limit) => {
        const shown = firstRows(days, limit);
        // The first days in order; every one but the last whole, the last one's first cards.
        shown.forEach((day, i) => {
          expect(day.date).toBe(days[i]!.date);
          expect(day.cards).toEqual(days[i]!.cards.slice(0, day.cards.length));
          if (i < shown.length - 1) expect(day).toBe(days[i]);
          if (days[i]!.cards.length > 0) expect(day.cards.length).toBeGreaterThan(0);
        });
        if (rowsOf(days) <= limit) {
          // Nothing left for later: the same days, as the same objects.
          expect(shown).toHaveLength(days.length);
          shown.forEach((day, i) => expect(day).toBe(days[i]));
        } else {
          expect(rowsOf(shown)).toBeGreaterThanOrEqual(limit);
          expect(rowsOf(shown)).toBeLessThanOrEqual(limit + 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
