import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { call, expectError, freshCore, makeItem, makeMember, makeTrip, ok } from './helpers';

function world(core: Core) {
  const jinan = makeTrip(core, { title: 'Jinan friendship visit' });
  const shenyang = makeTrip(core, {
    title: 'Shenyang trade mission',
    destinations: [{ city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' }],
  });
  const anna = makeMember(core, jinan.id, 'Anna Lindqvist', { title: 'Mayor', nativeName: '安娜' });
  const bo = makeMember(core, shenyang.id, 'Bo Öberg', { title: 'Councillor' });
  const visit = makeItem(core, jinan.id, { title: 'Visit to Jinan water works', location: { venue: 'Quancheng plant', addressLocal: '济南市历下区' } });
  const wang = ok(core, 'contacts:create', { name: 'Wang Wei', nativeName: '王伟' });
  return { jinan, shenyang, anna, bo, visit, wang };
}

const search = (core: Core, query: string) => ok(core, 'search:global', { query });
const kinds = (core: Core, query: string) => search(core, query).map((h) => `${h.kind}:${h.title}`);

describe('global search', () => {
  it('finds trips, members, items and contacts', () => {
    const core = freshCore();
    const w = world(core);
    expect(search(core, 'Shenyang')).toContainEqual(expect.objectContaining({ kind: 'trip', id: w.shenyang.id, tripId: null }));
    expect(search(core, 'Lindqvist')).toEqual([expect.objectContaining({ kind: 'member', id: w.anna.id, tripId: w.jinan.id })]);
    expect(search(core, 'water works')).toEqual([expect.objectContaining({ kind: 'item', id: w.visit.id, tripId: w.jinan.id })]);
    expect(search(core, 'Wang')).toEqual([expect.objectContaining({ kind: 'contact', id: w.wang.id, tripId: null })]);
  });

  it('matches native script, venues and local addresses, ignoring case and accents', () => {
    const core = freshCore();
    const w = world(core);
    expect(search(core, '王伟').map((h) => h.id)).toEqual([w.wang.id]);
    expect(search(core, '安娜').map((h) => h.id)).toEqual([w.anna.id]);
    expect(search(core, '沈阳').map((h) => h.id)).toEqual([w.shenyang.id]);
    expect(search(core, '历下').map((h) => h.id)).toEqual([w.visit.id]);
    expect(search(core, 'quancheng').map((h) => h.id)).toEqual([w.visit.id]);
    expect(search(core, 'OBERG').map((h) => h.id)).toEqual([w.bo.id]);
  });

  it('ranks hits whose title starts with the text first', () => {
    const core = freshCore();
    const w = world(core);
    // "Jinan friendship visit" starts with "jinan"; the item "Visit to Jinan water works" only contains it.
    const hits = kinds(core, 'jinan');
    expect(hits[0]).toBe(`trip:${w.jinan.title}`);
    expect(hits).toContain(`item:${w.visit.title}`);

    const visitHits = kinds(core, 'visit');
    expect(visitHits[0]).toBe(`item:${w.visit.title}`);
    expect(visitHits).toContain(`trip:${w.jinan.title}`);
  });

  it('does not match the field names of stored data', () => {
    const core = freshCore();
    world(core);
    // Trips store destinations as JSON ({"city": …, "timeZone": …}); those words are not content.
    expect(kinds(core, 'city')).toEqual([]);
    expect(kinds(core, 'timezone')).toEqual([]);
    expect(kinds(core, 'nativeName')).toEqual([]);
    // Nor a destination's time zone: both trips are in Asia/Shanghai, neither goes to Shanghai.
    expect(kinds(core, 'shanghai')).toEqual([]);
    // Place names and country codes are content.
    expect(kinds(core, 'CN').sort()).toEqual(['trip:Jinan friendship visit', 'trip:Shenyang trade mission']);
  });

  it('treats the text literally and limits the number of hits', () => {
    const core = freshCore();
    const trip = makeTrip(core, { title: '100% budget' });
    for (let i = 0; i < 5; i++) makeMember(core, trip.id, `Member ${i}`);
    expect(kinds(core, '%')).toEqual(['trip:100% budget']);
    expect(kinds(core, '_')).toEqual([]);
    expect(ok(core, 'search:global', { query: 'member', limit: 3 })).toHaveLength(3);
  });

  it('refuses an empty search with a message', () => {
    const core = freshCore();
    const error = expectError(call(core, 'search:global', { query: '   ' }), 'invalid_input');
    expect(error.message).toContain('Type something to search for');
  });
});
