import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { renderProgrammeDocument } from '../../core/documents/html';
import { toElectronPrintToPdfOptions, toPlaywrightPdfOptions } from '../../core/documents/page-settings';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import { createJinanFixture, type JinanFixture } from './fixture';
import { readPdf, type ReadPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/** Real SQLite, real Chromium, read back with pdf.js. One browser for the whole file. */
let dir: string;
let core: Core;
let fixture: JinanFixture;
let printer: PdfPrinter;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-pdf-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  fixture = createJinanFixture(core);
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput = {}): Promise<{ pdf: ReadPdf; html: string }> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), fixture.tripId), DocumentSettings.parse(input));
  const bytes = await printer.print(doc.html, doc.page);
  return { pdf: await readPdf(bytes), html: doc.html };
}
const all = (pdf: ReadPdf) => pdf.pages.join('\n');
const DAYS_SV = ['Lördag 28 oktober 2017', 'Söndag 29 oktober 2017', 'Måndag 30 oktober 2017', 'Tisdag 31 oktober 2017', 'Onsdag 1 november 2017', 'Torsdag 2 november 2017', 'Fredag 3 november 2017'];

describe('the delegation handout (Swedish, A4)', () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    ({ pdf } = await print());
  }, 60_000);

  it('is A4 with the cover, the members in precedence order and Chinese names on page 1', () => {
    // A4 is 595.3 × 841.9 pt; Chromium rounds to whole CSS pixels.
    expect(Math.abs(pdf.pageSize[0] - 595.3)).toBeLessThan(1);
    expect(Math.abs(pdf.pageSize[1] - 841.9)).toBeLessThan(1);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.title).toBe('Program: Styrgruppens resa till Jinan och Shenyang');
    const cover = pdf.pages[0]!;
    expect(cover).toContain('Styrgruppens resa till Jinan och Shenyang');
    expect(cover).toContain('28 oktober – 3 november 2017');
    expect(cover).toContain('Jinan 济南');
    expect(cover).toContain('Shenyang 沈阳');
    const order = fixture.members.map((m) => cover.indexOf(m.party ? `${m.name} (${m.party})` : m.name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('numbers every page "Sida i av N" under a running header with the trip title', () => {
    const n = pdf.pageCount;
    pdf.pages.forEach((text, i) => {
      expect(text).toContain(`Sida ${i + 1} av ${n}`);
      expect(text).toContain('Styrgruppens resa till Jinan och Shenyang');
    });
  });

  it('prints Swedish letters and Chinese addresses for drivers as text', () => {
    const text = all(pdf);
    expect(text).toContain('Besök på kontaktcentret Hotline 12345');
    expect(text).toContain('Kommunstyrelsens ordförande');
    expect(text).toContain('山东省济南市历下区泺源大街66号');
    expect(text).toContain('济南市历下区龙奥北路1号');
    expect(text).toContain('王丽');
    // A flight: both local times with their zones, written 19:45 as on the app's screens.
    expect(text).toMatch(/Avgång 19:45 UTC\+2 · Stockholm Arlanda \(ARN\)/);
    expect(text).toMatch(/Ankomst 10:25 sön 29 okt UTC\+8 · Beijing Capital \(PEK\)/);
    expect(text).not.toMatch(/\b\d\d\.\d\d UTC/);
  });

  it('embeds the shipped Noto fonts and nothing else', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, 'only the fonts shipped with the app').toMatch(/^[A-Z]{6}\+NotoSans(SC)?/);
    }
    expect(pdf.fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(pdf.fonts.some((f) => /NotoSans-SemiBold/.test(f.name))).toBe(true);
    // The document uses weights 400 and 600 only; a Bold would be a system font standing in.
    expect(pdf.fonts.filter((f) => /Bold/.test(f.name) && !/SemiBold/.test(f.name))).toEqual([]);
  });

  it('has an outline with one bookmark per day under the programme', () => {
    const programme = pdf.outline.find((node) => node.title === 'Program dag för dag');
    expect(programme?.items.map((d) => d.title)).toEqual(DAYS_SV);
    expect(pdf.outline.map((n) => n.title)).toEqual(['Styrgruppens resa till Jinan och Shenyang', 'Program dag för dag', 'Praktisk information']);
  });

  it('lists hotels with phones, key contacts and the time difference', () => {
    const practical = pdf.pages.at(-1)!;
    expect(practical).toContain('Hotell');
    expect(practical).toContain('+86 531 8606 8888');
    expect(practical).toContain('Sveriges ambassad i Peking 瑞典驻华大使馆');
    expect(practical).toContain('Polis 110');
    expect(practical).toContain('Jinan, Shenyang: +6 timmar jämfört med Stockholm, +7 från och med 29 oktober 2017');
  });

  it('never shows internal notes, talking points, gifts, dress code, follow-ups, bookings or passports', () => {
    const text = all(pdf);
    for (const secret of ['INTERNAL-NOTE', 'TALKING-POINT', 'GIFT', 'DRESS', 'FOLLOWUP', 'BOOKREF7', 'CONF-SOFITEL', 'PASS-', 'Budgeten', 'INTERNT']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('the briefing for organisers', () => {
  it('adds internal notes, talking points, gifts, dress code and open follow-ups, marked internal on every page', async () => {
    const { pdf } = await print({ variant: 'briefing' });
    const text = all(pdf);
    for (const shown of ['INTERNAL-NOTE', 'TALKING-POINT', 'GIFT: glasskål', 'DRESS: mörk kostym', 'FOLLOWUP: skicka projektplanen', 'BOOKREF7', 'CONF-SOFITEL-4411', 'Budgeten för gåvor', 'Öppna uppföljningar']) {
      expect(text).toContain(shown);
    }
    expect(text).not.toContain('DONE-FOLLOWUP');
    expect(text).not.toContain('PASS-');
    for (const page of pdf.pages) expect(page).toContain('INTERNT – endast för arrangörer');
    // The semi-bold banner in the running header uses the shipped font, not a system Bold.
    expect(pdf.fonts.map((f) => f.name).filter((name) => !/^[A-Z]{6}\+NotoSans(SC\w*)?-(Regular|SemiBold)$/.test(name))).toEqual([]);
  }, 60_000);
});

describe('a personal programme', () => {
  it('leaves out what the member does not attend: no Shenyang part for those going home from Jinan', async () => {
    const unell = fixture.members.find((m) => m.name === 'Elisabeth Unell')!;
    const { pdf } = await print({ memberId: unell.id });
    const text = all(pdf);
    expect(pdf.pages[0]).toContain('Program för Elisabeth Unell (M)');
    for (const title of fixture.shenyangTitles) expect(text).not.toContain(title);
    expect(text).not.toContain('沈阳');
    expect(text).toContain('Hemresa Jinan – Stockholm');
    const programme = pdf.outline.find((node) => node.title === 'Program dag för dag');
    expect(programme?.items.map((d) => d.title)).toEqual(DAYS_SV.slice(0, 5));
  }, 60_000);
});

describe('English on Letter paper with home times', () => {
  it('says "Page 1 of N", uses Letter size and shows Stockholm time beside local time', async () => {
    const { pdf } = await print({ lang: 'en', paper: 'letter', homeTime: true });
    expect(Math.abs(pdf.pageSize[0] - 612)).toBeLessThan(1);
    expect(Math.abs(pdf.pageSize[1] - 792)).toBeLessThan(1);
    pdf.pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pdf.pageCount}`));
    const text = all(pdf);
    expect(text).toContain('Day-by-day programme');
    expect(text).toContain('Stockholm time');
    expect(text).toMatch(/09:00–11:30 02:00 VISIT/);
    expect(pdf.outline.find((n) => n.title === 'Day-by-day programme')?.items[0]?.title).toBe('Saturday 28 October 2017');
  }, 60_000);
});

describe('hostile text', () => {
  it('prints markup and script in text fields literally and never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const id = fixture.items.free!.id;
    expect(core.dispatch('items:update', { id, patch: { title: hostile, publicNotes: '<script>alert("x")</script> & "quotes"' } }).ok).toBe(true);
    try {
      const { pdf, html } = await print();
      const text = all(pdf);
      expect(text).toContain(hostile);
      expect(text).toContain('<script>alert("x")</script> & "quotes"');
      // (includes(), not toContain(): a failure would print a megabyte of inlined fonts)
      expect(html.includes('<img src=x')).toBe(false);
      expect(html.includes('<script')).toBe(false);
      expect(html.includes('&lt;img src=x onerror=alert(1)&gt;')).toBe(true);
    } finally {
      core.dispatch('items:update', { id, patch: { title: 'Egen tid i Jinan', publicNotes: '' } });
    }
  }, 60_000);
});

describe('page settings', () => {
  it('gives Playwright and Electron the same paper, margins, templates, tagging and outline', () => {
    const { page } = renderProgrammeDocument(getWorkspace(databaseOf(core), fixture.tripId), DocumentSettings.parse({ paper: 'letter' }), { fonts: 'none' });
    const pw = toPlaywrightPdfOptions(page);
    const el = toElectronPrintToPdfOptions(page);
    expect(el.pageSize).toEqual({ width: 8.5, height: 11 });
    expect(pw.width).toBe('8.5000in');
    expect(parseFloat(pw.margin.top)).toBeCloseTo(el.margins.top, 3);
    expect(el.headerTemplate).toBe(pw.headerTemplate);
    expect(el.footerTemplate).toContain('class="pageNumber"');
    expect(el.footerTemplate).toContain('class="totalPages"');
    expect([pw.tagged, pw.outline, el.generateTaggedPDF, el.generateDocumentOutline]).toEqual([true, true, true, true]);
  });
});
