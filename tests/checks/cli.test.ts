import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import type { CheckResult } from '../../shared/checks';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import { cli } from '../cli/run-cli';
import { databaseOf } from '../../core/db/raw-handle';

let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-check-'));
  db = path.join(dir, 'd.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function call<T>(core: Core, name: string, input: unknown): T {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** A small outgoing trip in a real database file; `broken` adds a double booking and a passport problem. */
function seed({ broken }: { broken: boolean }): { tripId: string; itemIds: string[] } {
  const core = openCore(db);
  try {
    const trip = call<Trip>(core, 'trips:create', {
      title: 'Styrgruppen till Jinan',
      direction: 'outgoing',
      startDate: '2017-10-28',
      endDate: '2017-11-02',
      destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    });
    call<Member>(core, 'members:create', {
      tripId: trip.id,
      name: 'Anders Teljebäck',
      phone: '021-39 12 62',
      passportExpiry: broken ? '2018-01-15' : '2027-06-30',
      visaStatus: broken ? 'granted' : 'unknown',
    });
    const base = { tripId: trip.id, startZone: 'Asia/Shanghai', location: { venue: 'Stadshuset', city: 'Jinan' } };
    const items = [
      call<Item>(core, 'items:create', {
        ...base,
        kind: 'flight',
        title: 'Flyg Arlanda → Jinan',
        startLocal: '2017-10-28T13:30',
        startZone: 'Europe/Stockholm',
        endLocal: '2017-10-29T08:40',
        endZone: 'Asia/Shanghai',
        details: { from: 'Stockholm Arlanda', to: 'Jinan Yaoqiang' },
      }),
      call<Item>(core, 'items:create', {
        ...base,
        kind: 'accommodation',
        title: 'Hotell',
        startLocal: '2017-10-29T12:00',
        endLocal: '2017-11-02T08:00',
        location: { venue: 'Hotell', address: 'Jingshi Road 1', city: 'Jinan' },
      }),
      call<Item>(core, 'items:create', { ...base, kind: 'meeting', title: 'Styrgruppsmöte', startLocal: '2017-10-30T09:00', endLocal: '2017-10-30T11:30' }),
      call<Item>(core, 'items:create', {
        ...base,
        kind: 'visit',
        title: 'Hotline 12345',
        startLocal: broken ? '2017-10-30T11:00' : '2017-10-30T14:00',
        endLocal: broken ? '2017-10-30T12:00' : '2017-10-30T16:30',
      }),
      call<Item>(core, 'items:create', {
        ...base,
        kind: 'flight',
        title: 'Flyg hem',
        startLocal: '2017-11-02T10:00',
        endLocal: '2017-11-02T15:00',
        endZone: 'Europe/Stockholm',
        details: { from: 'Jinan Yaoqiang', to: 'Stockholm Arlanda' },
      }),
    ];
    return { tripId: trip.id, itemIds: items.map((i) => i.id) };
  } finally {
    core.close();
  }
}

describe('cli check', () => {
  it('exits 1 with the findings as JSON when something is at error level', async () => {
    const { tripId, itemIds } = seed({ broken: true });
    const { code, stdout, stderr } = await cli('check', '--db', db, '--trip', 'jinan', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { trip: { id: string }; counts: Record<string, number>; findings: CheckResult[] };
    expect(json.trip.id).toBe(tripId);
    expect(json.counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(json.findings.map((f) => [f.kind, f.severity])).toEqual([
      ['overlap', 'error'],
      ['passport-expires-soon', 'warning'],
    ]);
    expect(json.findings[0]!.itemIds).toEqual([itemIds[2], itemIds[3]]);
    expect(Object.keys(json.findings[0]!).sort()).toEqual(['date', 'id', 'itemIds', 'kind', 'memberIds', 'message', 'severity', 'target']);
  });

  it('prints a report grouped by severity, in English or Swedish', async () => {
    seed({ broken: true });
    const en = await cli('check', '--db', db, '--trip', 'Jinan');
    expect(en.code).toBe(1);
    expect(en.stdout.split('\n')).toEqual([
      'Checks for Styrgruppen till Jinan: 1 error, 1 warning, 0 info',
      '',
      'Errors (1)',
      '  ✖ Anders Teljebäck attends both “Styrgruppsmöte” (Mon 30 Oct 09:00–11:30) and “Hotline 12345” (Mon 30 Oct 11:00–12:00), which overlap.  [overlap]',
      '',
      'Warnings (1)',
      '  ▲ Anders Teljebäck’s passport expires on 15 Jan 2018, less than 6 months after the return home on 2 Nov 2017.  [passport-expires-soon]',
      '',
    ]);
    const sv = await cli('check', '--db', db, '--trip', 'Jinan', '--lang', 'sv');
    expect(sv.stdout).toMatch(/^Kontroll av Styrgruppen till Jinan: 1 fel, 1 varningar, 0 information\n\nFel \(1\)\n {2}✖ Anders Teljebäck deltar i både/);
    expect(sv.stdout).toContain('Anders Teljebäcks pass går ut 15 jan 2018');
  });

  it('exits 0 for a clean trip, and options reach the checks', async () => {
    seed({ broken: false });
    const clean = await cli('check', '--db', db, '--trip', 'Jinan');
    expect(clean).toMatchObject({ code: 0, stderr: '' });
    expect(clean.stdout).toContain('No problems found.');
    // China needs a visa and the member's status is unknown: a warning, still exit 0.
    const strict = await cli('check', '--db', db, '--trip', 'Jinan', '--json', '--visa-countries', 'cn');
    expect(strict.code).toBe(0);
    const json = JSON.parse(strict.stdout) as { findings: CheckResult[] };
    expect(json.findings.map((f) => [f.kind, f.message.en])).toEqual([['visa-not-granted', 'Anders Teljebäck needs a visa (CN); its status is unknown.']]);
  });

  it('exits 2 with one line on bad input', async () => {
    seed({ broken: false });
    const cases: [string[], RegExp][] = [
      [['check', '--db', db, '--trip', 'Atlantis'], /No trip matches "Atlantis"/],
      [['check', '--db', db], /Missing --trip/],
      [['check', '--trip', 'Jinan'], /Missing --db/],
      [['check', '--db', path.join(dir, 'none.sqlite'), '--trip', 'Jinan'], /No database at/],
      [['check', '--db', db, '--trip', 'Jinan', '--lang', 'de'], /--lang must be sv or en/],
      [['check', '--db', db, '--trip', 'Jinan', '--flight-buffer', 'soon'], /--flight-buffer must be a whole number/],
      [['check', '--db', db, '--trip', 'Jinan', '--passport-months', '99'], /passportValidityMonths/],
      [['check', '--db', db, '--trip', 'Jinan', '--visa-countries', 'China'], /two-letter/],
      [['check', '--db', db, '--trip', 'Jinan', '--colour'], /--colour/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await cli(...argv);
      expect({ argv, code }).toEqual({ argv, code: 2 });
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
  });

  it('has --help', async () => {
    const { code, stdout } = await cli('check', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run cli -- check --db FILE --trip TRIP \[--json\] \[--lang sv\|en\]/);
  });
});

describe('a damaged database', () => {
  it('exits 1 (a failure, not bad input) when a data page is damaged', async () => {
    const { tripId } = seed({ broken: false });
    const core = openCore(db);
    const { pageno } = databaseOf(core).prepare(`SELECT pageno FROM dbstat WHERE name = 'items' ORDER BY pageno LIMIT 1`).get() as { pageno: number };
    const pageSize = databaseOf(core).pragma('page_size', { simple: true }) as number;
    core.close();
    const fd = fs.openSync(db, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize - 200, 0xa5), 0, pageSize - 200, (pageno - 1) * pageSize + 100);
    fs.closeSync(fd);
    const result = await cli('check', '--db', db, '--trip', tripId);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the real command line', () => {
  it('npm run cli -- check exits 1 when a finding is at error level', async () => {
    seed({ broken: true });
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', '--db', db, '--trip', 'Jinan'], {
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '../..'),
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Checks for Styrgruppen till Jinan: 1 error, 1 warning, 0 info/);
  });
});
