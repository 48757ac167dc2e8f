import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { lazyChromiumPrinter } from '../../core/chromium-printer';
import type { EraseResult, PersonRecord } from '../../shared/domain/privacy';
import type { Member } from '../../shared/domain/member';
import { cli } from '../cli/run-cli';
import { readPdf } from '../documents/pdf-reader';
import { countRows, expectError, freshCore, makeItem, makeMember, makeTrip, ok, onCleanup, tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * A person's data on request (GDPR art. 15 and 17): export everything held about one member or
 * contact across trips, and erase them everywhere without an old trip file bringing them back.
 */

function twoTrips(core: Core) {
  const jinan = makeTrip(core, { title: 'Jinan 2017' });
  const shenyang = makeTrip(core, { title: 'Shenyang 2018', startDate: '2018-04-02', endDate: '2018-04-06' });
  const anna = makeMember(core, jinan.id, 'Åsa Lindqvist', { passportNumber: 'SE7654321', phone: '070-111 22 33', dietaryNeeds: 'Vegetarisk' });
  const annaAgain = makeMember(core, shenyang.id, 'Åsa Lindqvist', { passportNumber: 'SE7654321' });
  const other = makeMember(core, jinan.id, 'Bertil Åsberg', { passportNumber: 'SE1111111' });
  const wang = ok(core, 'contacts:create', { name: 'Wang Wei', nativeName: '王伟', phone: '+86 531 1234 5678' });
  const meeting = makeItem(core, jinan.id, { title: 'Möte med utrikeskontoret' });
  ok(core, 'meetings:update', { itemId: meeting.id, patch: { counterpartIds: [wang.id] } });
  return { jinan, shenyang, anna, annaAgain, other, wang, meeting };
}

describe('privacy: one person across trips', () => {
  it('finds a person by name whatever the case and accents, across trips', () => {
    const core = freshCore();
    const { anna, annaAgain } = twoTrips(core);
    const lookup = ok(core, 'privacy:findPerson', { name: 'asa LINDQVIST' });
    expect(lookup.found && lookup.person.memberIds.sort()).toEqual([anna.id, annaAgain.id].sort());
    // "as" is part of both Åsa Lindqvist and Bertil Åsberg: two different people.
    const both = ok(core, 'privacy:findPerson', { name: 'ås' });
    expect(both.found).toBe(false);
    expect(!both.found && both.candidates.map((c) => c.name).sort()).toEqual(['Bertil Åsberg', 'Åsa Lindqvist']);
  });

  it('exports JSON and a PDF with the person’s data and nobody else’s', async () => {
    const printer = lazyChromiumPrinter();
    const core = openCore(path.join(tempDir(), 'p.sqlite'), { printPdf: printer.printPdf });
    onCleanup(() => void printer.close());
    const { anna, jinan, shenyang } = twoTrips(core);
    const result = await core.dispatch('privacy:exportPerson', { person: { id: anna.id }, lang: 'sv' });
    if (!result.ok) expect.fail(result.error.message);
    const value = result.value as { json: string; pdfBase64: string; record: PersonRecord };
    const record = JSON.parse(value.json) as PersonRecord;
    expect(record.name).toBe('Åsa Lindqvist');
    expect(record.members.map((m) => m.trip.title).sort()).toEqual([jinan.title, shenyang.title].sort());
    expect(record.members.every((m) => m.passportNumber === 'SE7654321')).toBe(true);
    expect(record.members.find((m) => m.tripId === jinan.id)?.dietaryNeeds).toBe('Vegetarisk');
    expect(value.json).not.toContain('Bertil');

    const pdf = await readPdf(Buffer.from(value.pdfBase64, 'base64'));
    const text = pdf.pages.join('\n');
    expect(text).toContain('Åsa Lindqvist');
    expect(text).toContain('SE7654321');
    expect(text).toMatch(/Registerutdrag/i);
    expect(text).not.toContain('Bertil');
    expect(text).not.toContain('SE1111111');

    // An address-book contact: their entry and the meetings they are a counterpart in.
    const contact = await core.dispatch('privacy:exportPerson', { person: { name: 'Wang Wei' }, lang: 'en' });
    if (!contact.ok) expect.fail(contact.error.message);
    const wang = (contact.value as { record: PersonRecord }).record;
    expect(wang.members).toEqual([]);
    expect(wang.contacts.map((c) => [c.nativeName, c.phone, c.meetings.map((m) => [m.title, m.as])])).toEqual([
      ['王伟', '+86 531 1234 5678', [['Möte med utrikeskontoret', 'counterpart']]],
    ]);
    const contactPdf = (await readPdf(Buffer.from((contact.value as { pdfBase64: string }).pdfBase64, 'base64'))).pages.join('\n');
    expect(contactPdf).toContain('Wang Wei');
    expect(contactPdf).toContain('Möte med utrikeskontoret');
    expect(contactPdf).not.toContain('Lindqvist');
    core.close();
  }, 60_000);

  it('erases a person everywhere, only after confirmation, leaving no undo and no search entry', () => {
    const core = freshCore();
    const { anna, annaAgain, other, wang, meeting, jinan } = twoTrips(core);
    ok(core, 'members:delete', { id: annaAgain.id }); // an undo entry holding her
    ok(core, 'trash:restore', { trashId: ok(core, 'members:delete', { id: other.id }).trashId });

    const preview = ok(core, 'privacy:erasePerson', { person: { name: 'Åsa Lindqvist' } });
    expect(preview).toMatchObject({ erased: false, trashEntries: 1 });
    expect(countRows(core, 'members', 'id = ?', anna.id)).toBe(1);

    const erased = ok(core, 'privacy:erasePerson', { person: { name: 'Åsa Lindqvist' }, confirm: true }) as EraseResult;
    expect(erased.erased).toBe(true);
    expect(countRows(core, 'members', "name = 'Åsa Lindqvist'")).toBe(0);
    expect(countRows(core, 'trash', 'instr(snapshot, ?) > 0', anna.id)).toBe(0);
    expect(countRows(core, 'trash', 'instr(snapshot, ?) > 0', annaAgain.id)).toBe(0);
    expect(countRows(core, 'search_entries', 'entity_id = ?', anna.id)).toBe(0);
    expect(countRows(core, 'privacy_erasures')).toBe(1);
    expect((ok(core, 'members:list', { tripId: jinan.id }) as Member[]).map((m) => m.name)).toEqual(['Bertil Åsberg']);

    ok(core, 'privacy:erasePerson', { person: { name: 'wang wei' }, confirm: true });
    expect(countRows(core, 'contacts', 'id = ?', wang.id)).toBe(0);
    expect(ok(core, 'meetings:get', { itemId: meeting.id }).counterpartIds).toEqual([]);
    expect(ok(core, 'search:global', { query: 'Wang' })).toEqual([]);
    // The log keeps counts, never the names.
    expect(JSON.stringify(databaseOf(core).prepare('SELECT * FROM privacy_log').all())).not.toMatch(/Lindqvist|Wang/);
  });

  it('an older trip file imported afterwards does not bring the erased person back, even taking the file’s side', () => {
    const core = freshCore();
    const { anna, jinan, wang, meeting } = twoTrips(core);
    const oldFile = ok(core, 'sharing:exportTrip', { tripId: jinan.id, includePassports: true }).content;
    ok(core, 'privacy:erasePerson', { person: { id: anna.id }, confirm: true });
    ok(core, 'privacy:erasePerson', { person: { id: wang.id }, confirm: true });

    const preview = ok(core, 'sharing:previewImport', { content: oldFile, theirs: true });
    expect(preview.changes.find((c) => c.id === anna.id)).toMatchObject({ action: 'stays_deleted', willApply: false });
    ok(core, 'sharing:applyImport', { content: oldFile, theirs: true, applyDeletions: true });
    expect(countRows(core, 'members', 'id = ?', anna.id)).toBe(0);
    expect(countRows(core, 'contacts', 'id = ?', wang.id)).toBe(0);
    expect(ok(core, 'meetings:get', { itemId: meeting.id }).counterpartIds).toEqual([]);
    expect(JSON.stringify(databaseOf(core).prepare('SELECT * FROM members').all())).not.toContain('SE7654321');
  });

  it('an older trip file does not restore personal data purged by retention', () => {
    const core = freshCore();
    const { jinan, other } = twoTrips(core);
    const oldFile = ok(core, 'sharing:exportTrip', { tripId: jinan.id, includePassports: true }).content;
    ok(core, 'settings:update', { retentionMonths: 6 });
    ok(core, 'privacy:purge', {});
    const preview = ok(core, 'sharing:previewImport', { content: oldFile, theirs: true });
    expect(preview.warnings.join(' ')).toMatch(/personal data .* is not kept/);
    ok(core, 'sharing:applyImport', { content: oldFile, theirs: true });
    const after = (ok(core, 'members:list', { tripId: jinan.id }) as Member[]).find((m) => m.id === other.id)!;
    expect(after.passportNumber).toBe('');
    expect(after.name).toBe('Bertil Åsberg');
  });

  it('refuses an unknown person and an unknown id', () => {
    const core = freshCore();
    twoTrips(core);
    expect(expectError(core.dispatch('privacy:erasePerson', { person: { name: 'Nobody Here' } }), 'not_found').message).toMatch(/Nobody Here/);
    expectError(core.dispatch('privacy:findPerson', { id: '00000000-0000-4000-8000-000000000000' }), 'not_found');
  });
});

describe('npm run cli -- privacy', () => {
  function demoFile(): { file: string; ids: ReturnType<typeof twoTrips> } {
    const file = path.join(tempDir(), 'p.sqlite');
    const core = openCore(file);
    const ids = twoTrips(core);
    core.close();
    return { file, ids };
  }

  it('exports a person to JSON and PDF, lists several people for a vague name (exit 2), erases only with --yes', async () => {
    const { file, ids } = demoFile();
    const out = tempDir();
    const exported = await cli('privacy', 'export', '--db', file, '--person', 'asa lindqvist', '--out', out, '--lang', 'en');
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['Personal data extract – Åsa Lindqvist.json', 'Personal data extract – Åsa Lindqvist.pdf']);

    const vague = await cli('privacy', 'export', '--db', file, '--person', 'ås', '--out', out);
    expect(vague.code).toBe(2);
    expect(vague.stderr.trim().split('\n')).toHaveLength(1);
    expect(vague.stderr).toMatch(/matches 2 different people: .*Bertil Åsberg \(.*Åsa Lindqvist \(/);

    const dry = await cli('privacy', 'erase', '--db', file, '--person', 'Åsa Lindqvist');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Would erase Åsa Lindqvist: 2 member row\(s\)/);
    const erased = await cli('privacy', 'erase', '--db', file, '--id', ids.anna.id, '--yes');
    expect(erased.code).toBe(0);
    const core = openCore(file);
    expect(countRows(core, 'members', "name = 'Åsa Lindqvist'")).toBe(0);
    expect(databaseOf(core).prepare('SELECT action, trigger, members FROM privacy_log').all()).toEqual([{ action: 'erase', trigger: 'cli', members: 2 }]);
    core.close();
  }, 60_000);

  it('purges with --dry-run first, reports JSON, and refuses bad input with exit 2', async () => {
    const { file } = demoFile();
    const core = openCore(file);
    ok(core, 'settings:update', { retentionMonths: 12 });
    core.close();
    const dry = await cli('privacy', 'purge', '--db', file, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.stdout) as { dryRun: boolean; trips: { members: unknown[] }[] };
    expect(preview.dryRun).toBe(true);
    expect(preview.trips.flatMap((t) => t.members)).toHaveLength(3);
    expect((await cli('privacy', 'purge', '--db', file, '--dry-run', '--json')).stdout).toBe(dry.stdout);
    const run = await cli('privacy', 'purge', '--db', file);
    expect(run.stdout).toMatch(/Erased the personal data of 3 member\(s\) on 2 trip\(s\)/);

    for (const argv of [
      ['privacy', '--db', file],
      ['privacy', 'shred', '--db', file],
      ['privacy', 'erase', '--db', file],
      ['privacy', 'export', '--db', file, '--person', 'Bertil'],
      ['privacy', 'erase', '--db', file, '--person', 'x', '--id', 'y'],
      ['privacy', 'purge', '--db', path.join(tempDir(), 'missing.sqlite')],
    ]) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  }, 60_000);
});
