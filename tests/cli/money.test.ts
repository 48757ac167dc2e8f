import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import type { TripBudget } from '../../shared/domain/budget';
import type { PerDiemReport } from '../../shared/per-diem';
import { cli } from './run-cli';

let dir: string;
let db: string;
let rates: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-cli-money-'));
  db = path.join(dir, 'd.sqlite');
  rates = path.join(dir, 'rates.csv');
  fs.writeFileSync(rates, 'country,year,amount_sek,source\nCN,2017,850,Skatteverket (test)\nSE,2017,0,\n');
  expect((await cli('demo', '--db', db)).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A grant and one cost line on the demo Jinan trip, written through the core. */
function addCosts(): void {
  const core = openCore(db);
  try {
    const trip = (core.dispatch('trips:list', {}) as { ok: true; value: { id: string; title: string }[] }).value.find((t) => t.title.includes('Jinan'))!;
    const grant = core.dispatch('budget:createSource', { tripId: trip.id, name: 'ICLD', amountMinor: 50_000_00 }) as { ok: true; value: { id: string } };
    core.dispatch('budget:createLine', { tripId: trip.id, category: 'travel', description: 'Flyg', plannedMinor: 40_000_00, actualMinor: 41_000_00, payer: 'grant', fundingSourceId: grant.value.id, date: '2017-10-28' });
  } finally {
    core.close();
  }
}

describe('cli budget', () => {
  it('prints totals with the warnings, JSON, and the CSV for a finance system', async () => {
    addCosts();
    const text = await cli('budget', '--db', db, '--trip', 'Jinan');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Resor\s+40 000,00\s+41 000,00/);
    expect(text.stdout).toMatch(/^! Flyg: 41\s000,00 > 40\s000,00$/m);

    const json = JSON.parse((await cli('budget', '--db', db, '--trip', 'Jinan', '--json')).stdout) as TripBudget;
    expect(json.lines).toHaveLength(1);
    expect(json.totals.byPayer[0]).toMatchObject({ name: 'ICLD', plannedSek: 40_000_00, actualSek: 41_000_00 });

    const out = path.join(dir, 'budget.csv');
    const csv = await cli('budget', '--db', db, '--trip', 'Jinan', '--csv', '--out', out, '--lang', 'en');
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(out, 'utf8')).toContain('2017-10-28,Travel,Flyg,40000.00,41000.00,SEK');
  });

  it('refuses --csv without --out and --json with --csv: exit 2, one line', async () => {
    for (const args of [['--csv'], ['--json', '--csv', '--out', 'x.csv']]) {
      const result = await cli('budget', '--db', db, '--trip', 'Jinan', ...args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('cli per-diem', () => {
  it('computes each travelling member’s per diem day by day from the demo programme', async () => {
    const result = await cli('per-diem', '--db', db, '--trip', 'Jinan', '--rates', rates, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as PerDiemReport;
    expect(report.members.length).toBeGreaterThan(0);
    for (const member of report.members) {
      expect(member.days.length).toBeGreaterThan(1);
      expect(member.totalSek).toBe(member.days.reduce((sum, d) => sum + (d.amountSek ?? 0), 0));
    }
    const one = await cli('per-diem', '--db', db, '--trip', 'Jinan', '--rates', rates, '--member', report.members[0]!.name);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain(report.members[0]!.name);
    expect(one.stdout).toMatch(/2017-10-\d\d {2}CN/);
  });

  it('refuses an unknown country, a negative amount and a bad file with exit 2 and one clear line', async () => {
    const cases: [string, RegExp][] = [
      ['country,year,amount_sek,source\nXQ,2017,850,\n', /line 2: unknown country code "XQ"/],
      ['country,year,amount_sek,source\nCN,2017,-850,\n', /line 2: the amount cannot be negative/],
      ['land;år;belopp\nCN;2017;850\n', /header country,year,amount_sek,source/],
      ['country,year,amount_sek,source\nCN,17,850,\n', /line 2: "17" is not a year/],
    ];
    for (const [content, message] of cases) {
      fs.writeFileSync(rates, content);
      const result = await cli('per-diem', '--db', db, '--trip', 'Jinan', '--rates', rates);
      expect(result.code, content).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = await cli('per-diem', '--db', db, '--trip', 'Jinan', '--rates', path.join(dir, 'none.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read the rates file/);
  });
});
