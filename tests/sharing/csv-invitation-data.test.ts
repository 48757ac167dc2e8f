import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/run-cli';
import { demoCore, JINAN_ID, ok, tempDir } from './helpers';

/** The invitation data pack as CSV, read back the way Excel or a host's script would. */
function readPack(content: string) {
  expect(content.charCodeAt(0)).toBe(0xfeff);
  const [mark, ...rest] = content.slice(1).split('\r\n');
  const parsed = Papa.parse<Record<string, string>>(rest.join('\r\n'), { delimiter: ';', newline: '\r\n', header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { mark: mark!, header: parsed.meta.fields!, rows: parsed.data };
}

describe('invitation data as CSV', () => {
  it('has the personal-data mark first, then one row per traveller with the invitation letter’s columns', () => {
    const core = demoCore();
    const [head] = ok(core, 'members:list', { tripId: JINAN_ID });
    ok(core, 'members:update', { id: head!.id, patch: { passportNumber: 'SE1234567', passportExpiry: '2026-01-31', sex: 'male', dateOfBirth: '1961-04-02', nationality: 'Svensk' } });
    const file = ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'invitation-data' });
    expect(file.fileName).toMatch(/inbjudningsuppgifter\.csv$/);
    const { mark, header, rows } = readPack(file.content);
    expect(mark).toMatch(/^Innehåller personuppgifter – Uppgifter för inbjudningsbrev: /);
    expect(header).toEqual([
      'Nr', 'Namn (som i passet)', 'Namn i egen skrift', 'Kön', 'Födelsedatum', 'Medborgarskap', 'Passnummer',
      'Passet giltigt till', 'Befattning', 'Organisation', 'Planerade orter och datum',
    ]);
    const travellers = ok(core, 'members:list', { tripId: JINAN_ID }).filter((m) => m.side === 'visitor');
    expect(rows.map((r) => r['Namn (som i passet)'])).toEqual(travellers.map((m) => m.name));
    expect(rows[0]).toMatchObject({ Nr: '1', Kön: 'Man (M)', Födelsedatum: '1961-04-02', Passnummer: 'SE1234567', 'Passet giltigt till': '2026-01-31', Medborgarskap: 'Svensk' });
    expect(rows[0]!['Planerade orter och datum']).toMatch(/Jinan \d{4}-\d{2}-\d{2}/);
  });

  it('neutralises formulas in every cell, a traveller’s name included', () => {
    const core = demoCore();
    const [head] = ok(core, 'members:list', { tripId: JINAN_ID });
    ok(core, 'members:update', { id: head!.id, patch: { name: '=HYPERLINK("http://evil.example","x")', title: '+46 70 123', organisation: '@SUM(A1)' } });
    const { rows } = readPack(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'invitation-data', lang: 'sv' }).content);
    expect(rows[0]!['Namn (som i passet)']).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(rows[0]!.Befattning).toBe(`'+46 70 123`);
    expect(rows[0]!.Organisation).toBe(`'@SUM(A1)`);
  });

  it('is written by `csv --what invitation-data`, and unknown kinds get one clear line (exit 2)', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'd.sqlite');
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const out = path.join(dir, 'pack.csv');
    const done = await cli('csv', '--db', db, '--trip', 'Jinan', '--what', 'invitation-data', '--lang', 'en', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/^Wrote \d+ travellers’ invitation data of “.*” to /);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFContains personal data – Invitation letter data: /);
    const bad = await cli('csv', '--db', db, '--trip', 'Jinan', '--what', 'passports', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual(['Unknown --what passports: use members, contacts or invitation-data']);
  });
});
