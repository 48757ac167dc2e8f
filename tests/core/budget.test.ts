import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { call, countRows, expectError, freshCore, makeItem, makeMember, makeTrip, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';
import { getBudget, listRates, tripPerDiem } from '../../core/services/per-diem';
import { getProgramme } from '../../core/services/workspace';
import { perDiemReport } from '../../shared/per-diem';
import { writeSampleTrip } from '../fixtures/sample-trip';

/** A grant of 100 000 SEK and a few costs in SEK and CNY on the Jinan trip. */
function budgetFixture() {
  const core = freshCore();
  const trip = makeTrip(core);
  const anna = makeMember(core, trip.id, 'Anna Lindqvist');
  const banquet = makeItem(core, trip.id, { kind: 'meal', title: 'Välkomstbankett' });
  const grant = ok(core, 'budget:createSource', { tripId: trip.id, name: 'ICLD partnerskap', reference: 'ICLD-2017-042', amountMinor: 100_000_00 });
  const flights = ok(core, 'budget:createLine', {
    tripId: trip.id,
    category: 'travel',
    description: 'Flyg ARN–TNA',
    plannedMinor: 60_000_00,
    actualMinor: 62_345_50,
    payer: 'grant',
    fundingSourceId: grant.id,
    date: '2017-10-27',
  });
  const interpreter = ok(core, 'budget:createLine', {
    tripId: trip.id,
    category: 'interpreters',
    description: 'Tolk 翻译',
    plannedMinor: 3_000_00,
    currency: 'cny',
    rateToSek: '1,2345',
    payer: 'municipality',
    memberId: anna.id,
    itemId: banquet.id,
    date: '2017-10-30',
  });
  return { core, trip, anna, banquet, grant, flights, interpreter };
}

describe('budget against the grant', () => {
  it('stores amounts as integer minor units with their currency and an exact rate', () => {
    const { core, interpreter } = budgetFixture();
    expect(interpreter).toMatchObject({ currency: 'CNY', rateToSek: '1.2345', plannedMinor: 300_000, actualMinor: null });
    const row = databaseOf(core).prepare('SELECT planned_minor, typeof(planned_minor) AS type, rate_to_sek FROM cost_lines WHERE id = ?').get(interpreter.id);
    expect(row).toEqual({ planned_minor: 300_000, type: 'integer', rate_to_sek: '1.2345' });
  });

  it('totals planned vs actual in SEK per category, funding source and member, and warns on overruns', () => {
    const { core, trip, anna, grant, flights } = budgetFixture();
    let budget = ok(core, 'budget:get', { tripId: trip.id });
    // 3 000 CNY at 1.2345 = 3 703.50 SEK.
    expect(budget.totals.total).toEqual({ plannedSek: 60_000_00 + 3_703_50, actualSek: 62_345_50 });
    expect(budget.totals.byCategory.find((c) => c.category === 'interpreters')).toEqual({ category: 'interpreters', plannedSek: 3_703_50, actualSek: 0 });
    expect(budget.totals.byPayer[0]).toMatchObject({ sourceId: grant.id, amountSek: 100_000_00, plannedSek: 60_000_00, actualSek: 62_345_50 });
    expect(budget.totals.byMember).toEqual([{ memberId: anna.id, name: 'Anna Lindqvist', plannedSek: 3_703_50, actualSek: 0 }]);
    expect(budget.warnings.map((w) => w.kind)).toEqual(['line_over_planned', 'category_over_planned']);
    expect(budget.warnings[0]).toMatchObject({ lineId: flights.id, plannedSek: 60_000_00, actualSek: 62_345_50 });

    ok(core, 'budget:createLine', { tripId: trip.id, category: 'accommodation', plannedMinor: 45_000_00, payer: 'grant', fundingSourceId: grant.id });
    budget = ok(core, 'budget:get', { tripId: trip.id });
    expect(budget.warnings.find((w) => w.kind === 'source_exceeded')).toMatchObject({ name: 'ICLD partnerskap', amountSek: 100_000_00, chargedSek: 105_000_00, basis: 'planned' });
  });

  it('refuses bad input with a clear message and stores nothing', () => {
    const { core, trip, grant } = budgetFixture();
    const before = countRows(core, 'cost_lines');
    expect(expectError(call(core, 'budget:createLine', { tripId: trip.id, category: 'travel', plannedMinor: -1 }), 'invalid_input').message).toMatch(/negative/);
    expect(expectError(call(core, 'budget:createLine', { tripId: trip.id, category: 'travel', payer: 'grant' }), 'invalid_input').message).toMatch(/grant/);
    expect(expectError(call(core, 'budget:createLine', { tripId: trip.id, category: 'travel', currency: 'kronor' }), 'invalid_input').message).toMatch(/currency/);
    expect(expectError(call(core, 'budget:createLine', { tripId: trip.id, category: 'travel', rateToSek: '0' }), 'invalid_input').message).toMatch(/more than zero/);
    const other = makeTrip(core, { title: 'Another trip' });
    expectError(call(core, 'budget:createLine', { tripId: other.id, category: 'travel', payer: 'grant', fundingSourceId: grant.id }), 'conflict');
    expect(countRows(core, 'cost_lines')).toBe(before);
  });

  it('keeps costs when their member, item or grant goes, and brings everything back with an undone trip delete', () => {
    const { core, trip, anna, banquet, grant, flights, interpreter } = budgetFixture();
    ok(core, 'members:delete', { id: anna.id });
    ok(core, 'items:delete', { id: banquet.id });
    expect(ok(core, 'budget:get', { tripId: trip.id }).lines.find((l) => l.id === interpreter.id)).toMatchObject({ memberId: null, itemId: null });
    ok(core, 'budget:deleteSource', { id: grant.id });
    expect(ok(core, 'budget:get', { tripId: trip.id }).lines.find((l) => l.id === flights.id)).toMatchObject({ payer: 'municipality', fundingSourceId: null });

    const { trashId } = ok(core, 'trips:delete', { id: trip.id });
    expect(countRows(core, 'cost_lines')).toBe(0);
    ok(core, 'trash:restore', { trashId });
    expect(ok(core, 'budget:get', { tripId: trip.id }).lines).toHaveLength(2);
  });

  it('exports one row per cost line for a finance system: ISO dates, decimal comma in Swedish, point in English', () => {
    const { core, trip } = budgetFixture();
    ok(core, 'budget:createLine', { tripId: trip.id, category: 'gifts', description: '=HYPERLINK("http://evil")', plannedMinor: 1 });
    const sv = ok(core, 'budget:csv', { tripId: trip.id, lang: 'sv' });
    const rows = Papa.parse<string[]>(sv.content.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 5)).toEqual(['Datum', 'Kategori', 'Beskrivning', 'Planerat', 'Utfall']);
    expect(rows[1]).toEqual(['2017-10-27', 'Resor', 'Flyg ARN–TNA', '60000,00', '62345,50', 'SEK', '1', '60000,00', '62345,50', 'Bidrag', 'ICLD partnerskap', 'ICLD-2017-042', '', '']);
    expect(rows[2]).toEqual(['2017-10-30', 'Tolkar', 'Tolk 翻译', '3000,00', '', 'CNY', '1,2345', '3703,50', '', 'Kommunen', '', '', 'Anna Lindqvist', 'Välkomstbankett']);
    expect(rows[3]![2]).toBe(`'=HYPERLINK("http://evil")`);
    const en = Papa.parse<string[]>(ok(core, 'budget:csv', { tripId: trip.id, lang: 'en' }).content.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(en[1]!.slice(0, 5)).toEqual(['2017-10-27', 'Travel', 'Flyg ARN–TNA', '60000.00', '62345.50']);
  });
});

describe('per-diem rates and the per diem in the budget', () => {
  it('keeps one normal amount per country and year, refuses unknown countries, and adds the per diem to the budget', () => {
    const core = freshCore();
    const trip = makeTrip(core, { startDate: '2017-10-28', endDate: '2017-10-30' });
    makeMember(core, trip.id, 'Anna');
    makeItem(core, trip.id, {
      kind: 'flight', title: 'SK 997', startLocal: '2017-10-28T10:00', startZone: 'Europe/Stockholm', endLocal: '2017-10-29T06:00', endZone: 'Asia/Shanghai',
      details: { from: 'Stockholm Arlanda (ARN)', to: 'Jinan Yaoqiang (TNA)' },
    });
    makeItem(core, trip.id, {
      kind: 'flight', title: 'SK 998', startLocal: '2017-10-30T08:00', startZone: 'Asia/Shanghai', endLocal: '2017-10-30T20:00', endZone: 'Europe/Stockholm',
      details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' },
    });
    expectError(call(core, 'perDiem:saveRates', { rates: [{ country: 'XQ', year: 2017, amountSekMinor: 1 }] }), 'invalid_input');
    ok(core, 'perDiem:saveRates', { rates: [{ country: 'cn', year: 2017, amountSekMinor: 800_00, source: 'Skatteverket 2017' }] });
    const rates = ok(core, 'perDiem:saveRates', { rates: [{ country: 'CN', year: 2017, amountSekMinor: 850_00, source: 'SKV 2017' }] });
    expect(rates).toEqual([{ country: 'CN', year: 2017, amountSekMinor: 850_00, source: 'SKV 2017' }]);

    const sheet = ok(core, 'perDiem:sheet', { tripId: trip.id });
    expect(sheet.members[0]!.days.map((d) => d.amountSek)).toEqual([850_00, 850_00, 850_00]);
    const budget = ok(core, 'budget:get', { tripId: trip.id });
    expect(budget.perDiem).toEqual([expect.objectContaining({ name: 'Anna', amountSek: 2_550_00, incompleteDays: 0 })]);
    expect(budget.totals.byCategory.find((c) => c.category === 'per_diem')?.plannedSek).toBe(2_550_00);

    const csv = Papa.parse<string[]>(ok(core, 'perDiem:csv', { tripId: trip.id, lang: 'sv' }).content.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(csv[1]).toEqual(['Anna', '2017-10-28', 'CN', 'CN 840', 'hel', '', '', '', '0', '850,00', '850,00', '']);
  });
});

describe('the budget in the briefing', () => {
  it('shows the totals and warnings in the whole-trip briefing only, never in the handout or a personal briefing', () => {
    const { core, trip, anna } = budgetFixture();
    const html = (input: { variant: 'handout' | 'briefing'; memberId?: string | null }) =>
      ok(core, 'documents:html', { tripId: trip.id, lang: 'sv', memberId: null, ...input }).html;
    const briefing = html({ variant: 'briefing' });
    expect(briefing).toContain('class="budget-summary"');
    expect(briefing).toContain('ICLD partnerskap');
    expect(briefing).toContain('63\u00a0703,50'); // planned total: 60 000 + 3 703,50
    expect(briefing).toContain('Flyg ARN–TNA: 62\u00a0345,50 SEK, mer än planerat (60\u00a0000,00 SEK)');
    expect(html({ variant: 'handout' })).not.toContain('class="budget-summary"');
    expect(html({ variant: 'briefing', memberId: anna.id })).not.toContain('class="budget-summary"');
  });
});

describe('the budget and the gifts in the post-trip report', () => {
  it('shows the budget totals and every gift of the trip, between the follow-ups and the free texts', () => {
    const { core, trip } = budgetFixture();
    ok(core, 'gifts:create', { tripId: trip.id, direction: 'received', description: 'Kalligrafirulle 书法', valueOre: 80_000 });
    const report = ok(core, 'documents:html', { tripId: trip.id, lang: 'sv', memberId: null, variant: 'report' }).html;
    expect(report).toContain('class="budget-summary"');
    expect(report).toContain('63\u00a0703,50');
    expect(report).toContain('Kalligrafirulle 书法');
    const followUps = report.indexOf('Uppföljning');
    expect(followUps).toBeGreaterThan(-1);
    expect(report.indexOf('class="budget-summary"')).toBeGreaterThan(followUps);
    expect(report.indexOf('class="budget-summary"')).toBeLessThan(report.indexOf('Lärdomar'));
  });

  it('leaves both sections out of a report of a trip with no budget lines and no gifts', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const report = ok(core, 'documents:html', { tripId: trip.id, lang: 'en', memberId: null, variant: 'report' }).html;
    expect(report).not.toContain('report-gifts');
    expect(report).not.toContain('class="budget-summary"');
    expect(report).toContain('Lessons learnt');
  });
});

describe('the budget read for the per diem alone', () => {
  it('gives what the whole programme gives (the documents pass theirs): the budget and the per-diem sheet', () => {
    const core = freshCore();
    const { tripId } = writeSampleTrip(core);
    const db = databaseOf(core);
    const whole = getProgramme(db, tripId);
    const budget = getBudget(db, tripId);
    expect(budget.perDiem.length).toBeGreaterThan(0);
    expect(JSON.stringify(budget)).toBe(JSON.stringify(getBudget(db, tripId, whole)));
    expect(JSON.stringify(tripPerDiem(db, tripId))).toBe(JSON.stringify(perDiemReport(whole, listRates(db))));
  });
});
