import { describe, expect, it } from 'vitest';
import { demoCore, exportText, freshCore, JINAN_ID, ok } from './helpers';

/** Outcomes, seating plans, report texts and the invitation personal fields in trip files. */
describe('trip files after the trip', () => {
  function seededColleague() {
    const alice = demoCore();
    const [head] = ok(alice, 'members:list', { tripId: JINAN_ID });
    const meal = ok(alice, 'items:list', { tripId: JINAN_ID }).find((i) => i.kind === 'meal')!;
    const seating = { shape: 'long' as const, seats: 6, protocol: 'side_by_side' as const, assignments: [{ seat: 1, person: { kind: 'member' as const, id: head!.id } }] };
    ok(alice, 'items:update', { id: meal.id, patch: { state: 'done', outcome: 'Flyttad till hotellet', seating } });
    ok(alice, 'trips:update', { id: JINAN_ID, patch: { reportResults: 'Avtal undertecknat', reportLessons: 'Boka tolk tidigare' } });
    ok(alice, 'members:update', { id: head!.id, patch: { passportNumber: 'SE7654321', sex: 'female', dateOfBirth: '1970-01-02' } });
    return { alice, headId: head!.id, mealId: meal.id, seating };
  }

  it('carry the outcome, state, seating plan and report texts to a colleague', () => {
    const { alice, mealId, seating } = seededColleague();
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: exportText(alice, JINAN_ID) });
    const meal = ok(bob, 'items:get', { id: mealId });
    expect([meal.state, meal.outcome, meal.seating]).toEqual(['done', 'Flyttad till hotellet', seating]);
    const trip = ok(bob, 'trips:get', { id: JINAN_ID });
    expect([trip.reportResults, trip.reportLessons, trip.reportNextSteps]).toEqual(['Avtal undertecknat', 'Boka tolk tidigare', '']);
  });

  it('leave sex and date of birth out like passport numbers, unless passports are included', () => {
    const { alice, headId } = seededColleague();
    const without = exportText(alice, JINAN_ID);
    expect(without).not.toMatch(/"sex"|"dateOfBirth"|1970-01-02|SE7654321/);
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: without });
    const plain = ok(bob, 'members:list', { tripId: JINAN_ID }).find((m) => m.id === headId)!;
    expect([plain.sex, plain.dateOfBirth, plain.passportNumber]).toEqual([null, null, '']);

    const carol = freshCore();
    ok(carol, 'sharing:applyImport', { content: exportText(alice, JINAN_ID, true) });
    const full = ok(carol, 'members:list', { tripId: JINAN_ID }).find((m) => m.id === headId)!;
    expect([full.sex, full.dateOfBirth, full.passportNumber]).toEqual(['female', '1970-01-02', 'SE7654321']);
    // A file without them keeps ours when it comes back.
    ok(carol, 'sharing:applyImport', { content: without });
    const kept = ok(carol, 'members:list', { tripId: JINAN_ID }).find((m) => m.id === headId)!;
    expect([kept.sex, kept.dateOfBirth]).toEqual(['female', '1970-01-02']);
  });

  it('written before these fields existed still import: items planned, no plans, no report texts, no agreements', () => {
    const { alice, mealId } = seededColleague();
    const file = JSON.parse(exportText(alice, JINAN_ID, true)) as {
      trip: Record<string, unknown>;
      items: Record<string, unknown>[];
      meetings: Record<string, unknown>[];
      members: Record<string, unknown>[];
    };
    for (const key of ['reportResults', 'reportLessons', 'reportNextSteps']) delete file.trip[key];
    for (const item of file.items) for (const key of ['state', 'outcome', 'seating']) delete item[key];
    for (const meeting of file.meetings) delete meeting.agreements;
    for (const member of file.members) for (const key of ['sex', 'dateOfBirth']) delete member[key];
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: JSON.stringify(file) });
    const meal = ok(bob, 'items:get', { id: mealId });
    expect([meal.state, meal.outcome, meal.seating]).toEqual(['planned', '', null]);
    expect(ok(bob, 'trips:get', { id: JINAN_ID }).reportResults).toBe('');
    expect(ok(bob, 'members:list', { tripId: JINAN_ID }).every((m) => m.sex === null && m.passportNumber !== undefined)).toBe(true);
  });
});
