import { describe, expect, it } from 'vitest';
import { CHECK_KINDS, countBySeverity, findingsByItem, findingsByMember, runChecks, worstSeverity, type CheckResult } from '../../shared/checks';
import { cleanTrip } from './builder';
import { everyProblemOnce, unknownVisitorLanguage } from './fixtures';

describe('the result list', () => {
  const results = everyProblemOnce().run();

  it('reports each deliberate problem exactly once, and every kind has a fixture', () => {
    const kinds = results.map((r) => r.kind);
    expect([...kinds].sort()).toEqual(CHECK_KINDS.filter((k) => k !== 'delegation-language-unknown').sort());
    expect(unknownVisitorLanguage().run().filter((r) => r.kind === 'delegation-language-unknown')).toHaveLength(1);
  });

  it('has unique ids built from the kind and the entities', () => {
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    for (const r of results) expect(r.id.startsWith(`${r.kind}:`)).toBe(true);
  });

  it('says everything in Swedish and English, differently, without leftovers', () => {
    for (const r of results) {
      expect(r.message.sv.length).toBeGreaterThan(10);
      expect(r.message.en.length).toBeGreaterThan(10);
      expect(r.message.sv).not.toBe(r.message.en);
      for (const text of [r.message.sv, r.message.en]) expect(text).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it('is ordered most serious first, then by programme date', () => {
    const order = { error: 0, warning: 1, info: 2 };
    const keys = results.map((r) => `${order[r.severity]}|${r.date ?? ''}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('points every finding at something that exists', () => {
    const ws = everyProblemOnce().build();
    const items = new Set(ws.items.map((i) => i.id));
    const members = new Set(ws.members.map((m) => m.id));
    for (const r of results) {
      r.itemIds.forEach((id) => expect(items.has(id)).toBe(true));
      r.memberIds.forEach((id) => expect(members.has(id)).toBe(true));
      if (r.target.screen === 'members') expect(members.has(r.target.memberId)).toBe(true);
      else if (r.target.screen === 'gifts') expect(ws.gifts.map((g) => g.id)).toContain(r.target.giftId);
      else if ('date' in r.target) expect(r.target.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(items.has(r.target.itemId)).toBe(true);
    }
  });

  it('gives the same findings whatever order the workspace lists things in', () => {
    const ws = everyProblemOnce().build();
    const shuffled = { ...ws, items: [...ws.items].reverse(), meetings: [...ws.meetings].reverse(), contacts: [...ws.contacts].reverse() };
    const ids = (rs: CheckResult[]) => rs.map((r) => r.id);
    expect(ids(runChecks(shuffled))).toEqual(ids(results));
  });

  it('does not change the workspace it is given', () => {
    const ws = everyProblemOnce().build();
    const before = JSON.stringify(ws);
    runChecks(ws);
    expect(JSON.stringify(ws)).toBe(before);
  });

  it('has helpers for the badge and the cards', () => {
    const counts = countBySeverity(results);
    expect(counts).toEqual({ error: 7, warning: 14, info: 0 });
    expect(worstSeverity(results)).toBe('error');
    expect(worstSeverity(cleanTrip().run())).toBeNull();
    expect(findingsByItem(results).get('clash')!.map((r) => r.kind)).toEqual(['overlap']);
    expect(findingsByMember(results).get('bo')!.map((r) => r.kind).sort()).toEqual(
      ['arrival-too-tight', 'meeting-before-arrival', 'passport-expires-soon', 'visa-not-granted'],
    );
  });

  it('refuses bad options with a clear error', () => {
    expect(() => runChecks(cleanTrip().build(), { passportValidityMonths: -1 })).toThrow();
    expect(() => runChecks(cleanTrip().build(), { visaRequiredCountries: ['China'] })).toThrow(/two-letter/);
  });
});
