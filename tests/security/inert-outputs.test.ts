import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoCore, JINAN_ID, ok } from '../safety/helpers';

/**
 * Text with markup, script and links stays text in every file the app writes. What is covered
 * elsewhere (not repeated here): PDFs and the programme HTML print such text literally and never
 * as HTML (tests/documents/pdf.test.ts); CSV cells of members starting with = + - @ get an
 * apostrophe (tests/sharing/csv-vcard.test.ts); the screens (tests/e2e/security.spec.ts).
 * Added here: calendar files (no HTML, no property injection through line breaks), CSV of
 * contacts and the other formula triggers (tab, carriage return), and passport numbers in every
 * output together.
 */
const SCRIPT = '<script>alert("x")</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LINK = '<a href="javascript:alert(1)">Programme</a> javascript:alert(document.cookie)';

describe('calendar files (ICS)', () => {
  it('carry markup as plain text, and line breaks cannot add properties or events', () => {
    const core = demoCore();
    const item = ok(core, 'items:create', {
      tripId: JINAN_ID,
      kind: 'meeting',
      title: `${SCRIPT} ${IMG}`,
      startLocal: '2017-10-30T14:00',
      startZone: 'Asia/Shanghai',
      endLocal: '2017-10-30T15:00',
      // An attempt to end the event and start a property of its own inside the text.
      description: `${LINK}\r\nATTACH:https://evil.example/x.exe\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected`,
      location: { venue: `${IMG}`, address: 'javascript:alert(2)', addressLocal: '', city: 'Jinan' },
      publicNotes: SCRIPT,
    });
    const text = ok(core, 'sharing:ics', { tripId: JINAN_ID, lang: 'en' }).content;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    const event = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(item.id))!;
    expect(event.getFirstPropertyValue('summary')).toBe(`${SCRIPT} ${IMG}`);
    const description = String(event.getFirstPropertyValue('description'));
    for (const piece of [LINK, 'ATTACH:https://evil.example/x.exe', 'END:VEVENT', 'SUMMARY:Injected', SCRIPT]) {
      expect(description, piece).toContain(piece);
    }
    expect(String(event.getFirstPropertyValue('location'))).toContain(IMG);
    // Nothing became structure: one event per item, no attachment, URL or HTML description.
    expect(events.filter((e) => e.getFirstPropertyValue('summary') === 'Injected')).toEqual([]);
    for (const name of ['attach', 'url', 'x-alt-desc']) expect(event.getAllProperties(name), name).toEqual([]);
    expect(text).not.toMatch(/^ATTACH/m);
    expect(text).not.toMatch(/^BEGIN:VEVENT\r?\nSUMMARY:Injected/m);
  });
});

describe('CSV for Excel', () => {
  it('neutralises formulas in contact lists too', () => {
    const core = demoCore();
    // (A leading tab or carriage return, the other triggers, is trimmed from one-line fields on
    // input; the last check below covers every cell whatever its source.)
    const hostile = ['=cmd|"/c calc"!A1', '+SUM(1,2)', '-1+1', '@HYPERLINK("http://evil.example")'];
    const contactIds = hostile.map((name, i) => ok(core, 'contacts:create', { name: `Kontakt ${i}`, title: name, role: 'host' }).id);
    const item = ok(core, 'items:list', { tripId: JINAN_ID })[0]!;
    ok(core, 'items:update', { id: item.id, patch: { contactIds: [...item.contactIds, ...contactIds] } });
    const content = ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'contacts', lang: 'en' }).content;
    const rows = Papa.parse<string[]>(content.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    const cells = rows.flat();
    for (const value of hostile) {
      expect(cells, value).not.toContain(value);
      expect(cells, value).toContain(`'${value}`);
    }
    // No cell at all starts with a formula trigger.
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('keeps markup in cells as literal text', () => {
    const core = demoCore();
    ok(core, 'members:create', { tripId: JINAN_ID, name: SCRIPT, notes: IMG, dietaryNeeds: LINK });
    const content = ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members', lang: 'en' }).content;
    expect(content).toContain(SCRIPT.replace(/"/g, '""'));
  });
});

describe('passport numbers', () => {
  it('are left out of trip files, CSV, calendars and handouts unless explicitly included', () => {
    const core = demoCore();
    const passport = 'PP9876543';
    const member = ok(core, 'members:list', { tripId: JINAN_ID })[0]!;
    ok(core, 'members:update', { id: member.id, patch: { passportNumber: passport } });

    expect(ok(core, 'sharing:exportTrip', { tripId: JINAN_ID }).content).not.toContain(passport);
    expect(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members' }).content).not.toContain(passport);
    expect(ok(core, 'sharing:ics', { tripId: JINAN_ID }).content).not.toContain(passport);
    expect(ok(core, 'sharing:ics', { tripId: JINAN_ID, memberId: member.id }).content).not.toContain(passport);
    expect(ok(core, 'documents:html', { tripId: JINAN_ID }).html).not.toContain(passport);

    // Only when asked for, where the user can ask for it.
    expect(ok(core, 'sharing:exportTrip', { tripId: JINAN_ID, includePassports: true }).content).toContain(passport);
    expect(ok(core, 'sharing:csv', { tripId: JINAN_ID, what: 'members', includePassports: true }).content).toContain(passport);
  });
});
