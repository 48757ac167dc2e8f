import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { seedDemo } from '../../core/demo';
import { cli, databaseHash, tempDir, withoutStamp } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/** The CLI as scripts use it: real files in a temp folder, exit codes and one-line errors. */
function demoDb(): { dir: string; db: string } {
  const dir = tempDir();
  const db = path.join(dir, 'planner.db');
  const core = openCore(db);
  seedDemo(databaseOf(core));
  core.close();
  return { dir, db };
}

const hashOf = (db: string) => {
  const core = openCore(db);
  try {
    return databaseHash(core);
  } finally {
    core.close();
  }
};

describe('cli export + import', () => {
  it('round-trips a trip to another database and reports it', async () => {
    const { dir, db } = demoDb();
    const file = path.join(dir, 'jinan.delegation');
    const exported = await cli('export', '--db', db, '--trip', 'Jinan', '--out', file);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/Exported “.*Jinan.*” \(9 members, \d+ items\) to .*jinan\.delegation/);

    const other = path.join(dir, 'laptop-2.db');
    const imported = await cli('import', '--db', other, '--in', file);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toMatch(/Created the database/);
    expect(imported.stdout).toMatch(/A new trip in this database/);
    expect(imported.stdout).toMatch(/Imported “/);

    const again = path.join(dir, 'again.delegation');
    expect((await cli('export', '--db', other, '--trip', 'Jinan', '--out', again)).code).toBe(0);
    expect(withoutStamp(fs.readFileSync(again, 'utf8'))).toBe(withoutStamp(fs.readFileSync(file, 'utf8')));
  });

  it('--dry-run prints the preview and changes nothing; --json prints it as JSON', async () => {
    const { dir, db } = demoDb();
    const file = path.join(dir, 'jinan.delegation');
    await cli('export', '--db', db, '--trip', 'Jinan', '--out', file);
    // A colleague's change: edit the file as their export would look.
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    json.items[0].title = 'Changed by a colleague';
    json.items[0].revision += 1;
    json.items[0].updatedAt = '2030-01-01T00:00:00.000Z';
    fs.writeFileSync(file, JSON.stringify(json));

    const before = hashOf(db);
    const dry = await cli('import', '--db', db, '--in', file, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Merging into the same trip/);
    expect(dry.stdout).toMatch(/~ item\s+Changed by a colleague .*\[title\]/);
    expect(dry.stdout).toMatch(/Dry run: nothing was changed/);
    expect(hashOf(db)).toBe(before);

    const preview = await cli('import', '--db', db, '--in', file, '--dry-run', '--json');
    const parsed = JSON.parse(preview.stdout);
    expect(parsed).toMatchObject({ mode: 'merge', conflicts: 0, upToDate: false });
    expect(parsed.changes[0]).toMatchObject({ type: 'item', action: 'update', fields: ['title'] });
    expect(hashOf(db)).toBe(before);

    const applied = await cli('import', '--db', db, '--in', file, '--json');
    expect(JSON.parse(applied.stdout)).toMatchObject({ applied: true });
    expect(hashOf(db)).not.toBe(before);
  });

  it('refuses a broken file with one line, exit 2 and the database unchanged', async () => {
    const { dir, db } = demoDb();
    const before = hashOf(db);
    const cases: [string, string | Buffer, RegExp][] = [
      ['garbage.delegation', 'not json', /not valid JSON/],
      ['latin1.delegation', Buffer.from([0x7b, 0xe5, 0x7d]), /not UTF-8/],
      ['newer.delegation', JSON.stringify({ format: 'delegation-planner/trip', version: 9 }), /newer version of Delegation Planner/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      const result = await cli('import', '--db', db, '--in', file);
      expect(result.code, name).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = await cli('import', '--db', db, '--in', path.join(dir, 'nope.delegation'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/Cannot read .*no such file/) });
    expect(hashOf(db)).toBe(before);
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const { dir, db } = demoDb();
    const file = path.join(dir, 'huge.delegation');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 50 * 1024 * 1024 + 1);
    const result = await cli('import', '--db', db, '--in', file);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/too large/) });
  });
});

describe('cli errors', () => {
  it('an unknown trip or member: exit 2 listing the candidates', async () => {
    const { dir, db } = demoDb();
    const trip = await cli('export', '--db', db, '--trip', 'Atlantis', '--out', path.join(dir, 'x.delegation'));
    expect(trip.code).toBe(2);
    expect(trip.stderr).toMatch(/No trip matches "Atlantis"\. Candidates: .*Jinan.*Wuxi|Candidates: .*Wuxi.*Jinan/);
    const member = await cli('ics', '--db', db, '--trip', 'Jinan', '--member', 'Nobody', '--out', path.join(dir, 'x.ics'));
    expect(member.code).toBe(2);
    expect(member.stderr).toMatch(/No member matches "Nobody"\. Candidates:/);
  });

  it('an output path that cannot be written: exit 2 with one line, nothing recorded', async () => {
    const { dir, db } = demoDb();
    const before = hashOf(db);
    for (const args of [
      ['export', '--db', db, '--trip', 'Jinan', '--out', path.join(dir, 'missing', 'x.delegation')],
      ['ics', '--db', db, '--trip', 'Jinan', '--out', path.join(dir, 'missing', 'x.ics')],
      ['csv', '--db', db, '--trip', 'Jinan', '--what', 'members', '--out', dir],
      ['vcard', '--db', db, '--out', path.join(dir, 'missing', 'x.vcf')],
    ]) {
      const result = await cli(...args);
      expect(result.code, args[0]).toBe(2);
      expect(result.stderr).toMatch(/^Cannot write /);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    // The refused export did not record anything as shared.
    expect(hashOf(db)).toBe(before);
  });

  it('bad option values are explained', async () => {
    const { dir, db } = demoDb();
    const out = path.join(dir, 'x.csv');
    expect(await cli('csv', '--db', db, '--trip', 'Jinan', '--what', 'gifts', '--out', out)).toMatchObject({ code: 2, stderr: expect.stringMatching(/use members, contacts or invitation-data/) });
    expect(await cli('csv', '--db', db, '--trip', 'Jinan', '--what', 'members', '--separator', '|', '--out', out)).toMatchObject({ code: 2, stderr: expect.stringMatching(/--separator/) });
    expect(await cli('ics', '--db', db, '--trip', 'Jinan', '--out', out, '--lang', 'de')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--lang de/) });
    expect(await cli('ics', '--db', db, '--trip', 'Jinan', '--member', 'x', '--all-members', '--out-dir', dir)).toMatchObject({ code: 2 });
    expect(await cli('import', '--db', db)).toMatchObject({ code: 2, stderr: expect.stringMatching(/Missing --in/) });
  });

  it('every sharing command has --help', async () => {
    for (const name of ['export', 'import', 'ics', 'csv', 'vcard']) {
      const { code, stdout } = await cli(name, '--help');
      expect(code, name).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: npm run cli -- ${name} `));
    }
  });
});

describe('cli calendars and lists', () => {
  it('writes one calendar per member, named by the member (å, ä, ö kept)', async () => {
    const { dir, db } = demoDb();
    const core = openCore(db);
    const trip = (core.dispatch('trips:list', {}) as { ok: true; value: { id: string; title: string }[] }).value.find((t) => t.title.includes('Jinan'))!;
    core.dispatch('members:create', { tripId: trip.id, name: 'Åsa Öberg / Press' });
    core.close();
    const out = path.join(dir, 'calendars');
    const result = await cli('ics', '--db', db, '--trip', 'Jinan', '--all-members', '--out-dir', out, '--out', path.join(dir, 'all.ics'));
    expect(result.code).toBe(0);
    const files = fs.readdirSync(out);
    expect(files).toHaveLength(10);
    expect(files).toContain('Åsa Öberg - Press.ics');
    for (const f of files) expect(fs.readFileSync(path.join(out, f), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(fs.existsSync(path.join(dir, 'all.ics'))).toBe(true);
  });

  it('writes CSV and vCard files', async () => {
    const { dir, db } = demoDb();
    const csv = path.join(dir, 'members.csv');
    expect((await cli('csv', '--db', db, '--trip', 'Wuxi', '--what', 'members', '--out', csv, '--separator', ',', '--lang', 'en')).code).toBe(0);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(rows[0]![1]).toBe('Name');
    expect(rows.slice(1).map((r) => r[2]).join('')).toMatch(/\p{Script=Han}/u);

    const vcf = path.join(dir, 'contacts.vcf');
    const cards = path.join(dir, 'cards');
    fs.mkdirSync(cards);
    const result = await cli('vcard', '--db', db, '--out', vcf, '--out-dir', cards);
    expect(result.code).toBe(0);
    const count = fs.readFileSync(vcf, 'utf8').match(/BEGIN:VCARD/g)!.length;
    expect(fs.readdirSync(cards)).toHaveLength(count);
  });
});
