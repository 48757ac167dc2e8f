import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoCore, JINAN_ID, ok, WUXI_ID } from './helpers';

/** Read a CSV as Excel would get it: BOM first, then rows split by the chosen separator. */
function readCsv(content: string, delimiter: ';' | ',') {
  expect(content.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(content.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV for Excel', () => {
  it('lists members with a Swedish header, ";" by default, BOM and CRLF; åäö survive', () => {
    const core = demoCore();
    const file = ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' });
    expect(file.fileName).toMatch(/deltagare\.csv$/);
    expect(file.content).toMatch(/\r\n/);
    expect(file.content).not.toMatch(/[^\r]\n/);
    const [header, ...rows] = readCsv(file.content, ';');
    expect(header!.slice(0, 4)).toEqual(['Ordning', 'Namn', 'Namn i egen skrift', 'Befattning']);
    const members = ok(core, 'members:list', { tripId: JINAN_ID });
    expect(rows).toHaveLength(members.length);
    expect(rows.map((r) => r[1])).toEqual(members.map((m) => m.name));
    expect(rows.flat().join(' ')).toMatch(/[åäöÅÄÖ]/);
    expect(header).not.toContain('Passnummer');
  });

  it('keeps Chinese script, English headers and "," on request', () => {
    const core = demoCore();
    const file = ok(core, 'sharing:csv', { tripId: WUXI_ID, what: 'members', separator: ',', lang: 'en' });
    const [header, ...rows] = readCsv(file.content, ',');
    expect(header!.slice(0, 3)).toEqual(['Order', 'Name', 'Name in native script']);
    const members = ok(core, 'members:list', { tripId: WUXI_ID });
    expect(rows.map((r) => r[2])).toEqual(members.map((m) => m.nativeName));
    expect(rows.map((r) => r[2]).join('')).toMatch(/\p{Script=Han}/u);
  });

  it('lists the trip’s contacts with organisation names in both scripts', () => {
    const core = demoCore();
    const ws = ok(core, 'trips:workspace', { id: JINAN_ID });
    const [header, ...rows] = readCsv(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'contacts' }).content, ';');
    expect(header).toContain('Organisation i egen skrift');
    expect(rows).toHaveLength(ws.contacts.length);
    expect(rows.flat().join('')).toMatch(/\p{Script=Han}/u);
  });

  it('neutralises formulas and survives separators, quotes and line breaks inside cells', () => {
    const core = demoCore();
    const formulas = [
      ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
      ['+46 70 123 45 67', "'+46 70 123 45 67"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
    ] as const;
    for (const [name] of formulas) ok(core, 'members:create', { tripId: JINAN_ID, name });
    ok(core, 'members:create', { tripId: JINAN_ID, name: 'Ström; "Kalle"', dietaryNeeds: 'rad ett, rad två' });
    const rows = readCsv(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' }).content, ';');
    const names = rows.map((r) => r[1]);
    for (const [, shown] of formulas) expect(names).toContain(shown);
    expect(names).toContain('Ström; "Kalle"');
    expect(rows.find((r) => r[1] === 'Ström; "Kalle"')![rows[0]!.indexOf('Kost')]).toBe('rad ett, rad två');
  });

  it('adds passport numbers only when asked', () => {
    const core = demoCore();
    const [first] = ok(core, 'members:list', { tripId: JINAN_ID });
    ok(core, 'members:update', { id: first!.id, patch: { passportNumber: 'AA7654321' } });
    expect(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' }).content).not.toContain('AA7654321');
    const withPassports = ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members', includePassports: true }).content;
    expect(readCsv(withPassports, ';')[0]).toContain('Passnummer');
    expect(withPassports).toContain('AA7654321');
  });
});

describe('vCard', () => {
  it('writes the trip’s contacts as vCard 3.0 that ical.js reads back, names in both scripts', () => {
    const core = demoCore();
    const first = ok(core, 'trips:workspace', { id: JINAN_ID }).contacts[0]!;
    ok(core, 'contacts:update', { id: first.id, patch: { nativeName: '王伟', phone: '+86 531 0000 0000' } });
    const ws = ok(core, 'trips:workspace', { id: JINAN_ID });
    const { combined, perContact } = ok(core, 'sharing:vcard', { tripId: JINAN_ID });
    expect(combined.fileName).toMatch(/\.vcf$/);
    expect(combined.content.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = ICAL.parse(combined.content);
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
    expect(cards).toHaveLength(ws.contacts.length);
    expect(perContact).toHaveLength(ws.contacts.length);
    const components = cards.map((c) => new ICAL.Component(c));
    for (const card of components) expect(card.getFirstPropertyValue('version')).toBe('3.0');
    const withNative = ws.contacts.find((c) => c.id === first.id)!;
    const card = components.find((c) => c.getFirstPropertyValue('uid') === `urn:uuid:${withNative.id}`)!;
    expect(card.getFirstPropertyValue('fn')).toBe(`${withNative.name} (${withNative.nativeName})`);
    expect(card.getFirstPropertyValue('fn')).toContain('王伟');
    expect(String(card.getFirstPropertyValue('rev'))).toBe(withNative.updatedAt.replace(/\.\d+Z$/, 'Z'));
    expect(card.getFirstProperty('tel')!.getParameter('type')).toEqual(['WORK', 'VOICE']);
    for (const line of combined.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('exports the whole address book without a trip', () => {
    const core = demoCore();
    const total = ok(core, 'contacts:list', { limit: 1000 }).total;
    expect(ok(core, 'sharing:vcard', {}).perContact).toHaveLength(total);
  });
});
