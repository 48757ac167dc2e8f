import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeFileName as documentFileName } from '../../core/documents/export';
import { safeFileName } from '../../core/sharing/file-names';
import { cli, demoCore, JINAN_ID, ok, tempDir } from './helpers';

/**
 * Hostile text in what the app writes for other programs (audit, issue 15): a bare CR must not
 * start a new calendar or vCard line, a formula must not hide behind a line break in a CSV cell,
 * and bidi controls must not disguise a file name.
 */

// Every control character but the tab, once CRLF line ends are taken out.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;
/** Lines as a reader that also splits on a lone CR or LF sees them. */
const looseLines = (text: string) => text.split(/\r\n|\r|\n/);

describe('control characters in calendars and vCards', () => {
  it('never lets a CR in a title, description or contact start a line of its own', () => {
    const core = demoCore();
    const ws = ok(core, 'trips:workspace', { id: JINAN_ID });
    const item = ws.items.find((i) => !i.allDay)!;
    ok(core, 'items:update', { id: item.id, patch: { title: 'Lunch\rSTATUS:CANCELLED', description: 'a\r\nb\rc\u0085d\u0000e\u2028f' } });
    const contact = ws.contacts[0]!;
    ok(core, 'contacts:update', { id: contact.id, patch: { name: 'Wang\rTEL:+1 900 666', title: 'Chef\u000bX', address: 'Gata 1\rORG:Evil' } });

    const calendar = ok(core, 'sharing:ics', { tripId: JINAN_ID }).content;
    const cards = ok(core, 'sharing:vcard', { tripId: JINAN_ID }).combined.content;
    for (const text of [calendar, cards]) {
      for (const line of text.split('\r\n')) expect(line).not.toMatch(CONTROL);
      expect(looseLines(text).filter((l) => /^(STATUS:CANCELLED|TEL:\+1 900|ORG:Evil)/.test(l))).toEqual([]);
    }
    const event = new ICAL.Component(ICAL.parse(calendar))
      .getAllSubcomponents('vevent')
      .find((e) => String(e.getFirstPropertyValue('uid')).startsWith(item.id))!;
    expect(event.getFirstPropertyValue('summary')).toBe('Lunch\nSTATUS:CANCELLED');
    expect(event.getFirstPropertyValue('description')).toContain('a\nb\nc\nde\nf');
    expect(event.getAllProperties('status')).toHaveLength(1);
    const parsed = ICAL.parse(cards);
    const card = ((Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][])
      .map((c) => new ICAL.Component(c))
      .find((c) => c.getFirstPropertyValue('uid') === `urn:uuid:${contact.id}`)!;
    expect(card.getAllProperties('tel').map((p) => p.getFirstValue())).not.toContain('+1 900 666');
    expect(card.getFirstPropertyValue('title')).toBe('ChefX');
  });

  it('keeps any title on its own SUMMARY line, whatever characters it holds', () => {
    const core = demoCore();
    const item = ok(core, 'trips:workspace', { id: JINAN_ID }).items.find((i) => !i.allDay)!;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\r', '\n', '\u0000', '\u001b', '\u0085', ':', ';', ',', '\\', 'A', 'å', '王', ' '), minLength: 1, maxLength: 20 }), (noise) => {
        const { title } = ok(core, 'items:update', { id: item.id, patch: { title: `X${noise}` } });
        const text = ok(core, 'sharing:ics', { tripId: JINAN_ID }).content;
        for (const line of text.split('\r\n')) expect(line).not.toMatch(CONTROL);
        const event = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).startsWith(item.id))!;
        expect(event.getAllProperties('summary')).toHaveLength(1);
        expect(String(event.getFirstPropertyValue('summary')).replace(/\n/g, '')).toBe(
          // eslint-disable-next-line no-control-regex -- what the writer drops
          title.replace(/[\r\n\u0085]/g, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''),
        );
      }),
      { numRuns: 20 },
    );
  });
});

describe('formulas in CSV cells', () => {
  const readCells = (content: string) =>
    Papa.parse<string[]>(content.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;

  it('neutralises a formula followed by a line break, and the CLI counts records, not lines', async () => {
    const core = demoCore();
    const before = ok(core, 'members:list', { tripId: JINAN_ID }).length;
    const names = ['=HYPERLINK("http://evil.example",\n"click")', '+1\r\n+2', '@SUM(A1)\nx', '\t=1\n', '\r=1'];
    const stored = names.map((name) => ok(core, 'members:create', { tripId: JINAN_ID, name, dietaryNeeds: '-2+3\nrad två' }).name);
    const rows = readCells(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' }).content);
    for (const name of stored) expect(rows.map((r) => r[1])).toContain(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
    expect(stored.filter((name) => /^[=+\-@\t\r]/.test(name)).length).toBeGreaterThanOrEqual(3);
    const diet = rows[0]!.indexOf('Kost');
    expect(rows.filter((r) => r[diet] === "'-2+3\nrad två")).toHaveLength(names.length);
    core.close();

    const out = path.join(tempDir(), 'members.csv');
    const result = await cli('csv', '--db', core.dbPath, '--trip', 'Jinan', '--what', 'members', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Wrote ${before + names.length} members`);
    expect(readCells(fs.readFileSync(out, 'utf8'))).toHaveLength(before + names.length + 1);
  });

  it('starts no cell with a formula character, whatever follows it', () => {
    const core = demoCore();
    const member = ok(core, 'members:create', { tripId: JINAN_ID, name: 'x' });
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ unit: fc.constantFrom('\n', '\r\n', '"', ';', 'A', '(', ' ', 'å'), maxLength: 30 }), (first, rest) => {
        const { phone } = ok(core, 'members:update', { id: member.id, patch: { phone: first + rest } });
        const rows = readCells(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' }).content);
        const column = rows[0]!.indexOf('Telefon');
        expect(rows.map((r) => r[column])).toContain(/^[=+\-@\t\r]/.test(phone) ? `'${phone}` : phone);
      }),
      { numRuns: 60 },
    );
  });
});

describe('bidi controls in file names', () => {
  it('are dropped from every generated file name', () => {
    const hostile = 'Program\u202Efdp.exe\u2066\u200F\u061C';
    for (const name of [safeFileName(hostile, '.pdf'), documentFileName(hostile)]) {
      expect(name).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(name.startsWith('Programfdp.exe')).toBe(true);
    }
    const core = demoCore();
    ok(core, 'trips:update', { id: JINAN_ID, patch: { title: 'Jinan\u202Egpj.exe' } });
    for (const file of [ok(core, 'sharing:ics', { tripId: JINAN_ID }), ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' })]) {
      expect(file.fileName).not.toMatch(/\u202e/);
    }
  });
});
