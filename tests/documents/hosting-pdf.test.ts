import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { seedDemo } from '../../core/demo';
import { WUXI } from '../../core/demo/ids';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import { readPdf, type ReadPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/** The incoming Wuxi demo's documents: visitors and hosts apart. Real SQLite, Chromium, pdf.js. */
let dir: string;
let core: Core;
let printer: PdfPrinter;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-hosting-pdf-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  seedDemo(databaseOf(core));
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput): Promise<ReadPdf> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), WUXI.trip), DocumentSettings.parse(input));
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `hosting-${input.lang}-${input.memberId ? 'personal' : 'handout'}.pdf`), bytes);
  return readPdf(bytes);
}
const text = (pdf: ReadPdf) => pdf.pages.join('\n');
const between = (all: string, from: string, to: string) => all.slice(all.indexOf(from), all.indexOf(to, all.indexOf(from)));

describe('the visitors’ handout of an incoming trip (English)', () => {
  let all: string;
  beforeAll(async () => {
    all = text(await print({ lang: 'en', homeTime: true }));
  }, 60_000);

  it('lists the visitors under "The delegation" and the hosts, with their roles and phone, under "Your hosts"', () => {
    expect(all).toContain('The delegation');
    expect(all).toContain('Your hosts');
    const delegation = between(all, 'The delegation', 'Your hosts');
    const hosts = between(all, 'Your hosts', 'Programme');
    expect(delegation).toContain('Vice Mayor of Wuxi');
    expect(delegation).toContain('Interpreter, Wuxi Foreign Affairs Office');
    expect(delegation).not.toContain('Municipal strategist');
    expect(hosts).toContain('Municipal strategist, Södertälje kommun');
    expect(hosts).toContain('Receiving host');
    expect(hosts).toContain('International coordinator, Södertälje kommun');
    expect(hosts).toContain('Accompanying officer');
    expect(hosts).toContain('08-523 010 00');
    expect(hosts).not.toContain('Vice Mayor');
  });

  it('shows the airport pickup: flight, meeting point, sign, vehicle and driver; and who accompanies each item', () => {
    expect(all).toContain('Meeting point');
    expect(all).toContain('Arlanda Terminal 2, arrivals hall, by the exit');
    expect(all).toContain('无锡代表团');
    expect(all).toContain('Driver');
    expect(all).toContain('Accompanied by');
  });

  it('gives the second clock in the visitors’ home time (Shanghai), not the hosts’', () => {
    expect(all).toContain('Shanghai time');
    expect(all).not.toContain('Stockholm time');
  });
});

describe('a host’s personal programme (Swedish)', () => {
  it('has only the host’s items and still lists the delegation and the hosts apart', async () => {
    const all = text(await print({ lang: 'sv', memberId: WUXI.member.strategist }));
    expect(all).toContain('Municipal strategist, Södertälje kommun');
    expect(all).toContain('Era värdar');
    expect(all).toContain('Mottagande värd');
    // The hotel and the flight in are the visitors' alone.
    expect(all).not.toContain('Hotel in Södertälje');
  });

  it('ends with the host’s own schedule from the host overview; a visitor’s programme has none', async () => {
    const host = text(await print({ lang: 'sv', memberId: WUXI.member.strategist }));
    expect(host).toContain('Schema för Municipal strategist, Södertälje kommun');
    expect(host).not.toContain('Schema för International coordinator');
    const visitor = text(await print({ lang: 'sv', memberId: WUXI.member.viceMayor }));
    expect(visitor).not.toContain('Schema för');
  });
});

describe('the host overview (English)', () => {
  it('says who of us is needed at each item, each host’s own schedule, and the visitors’ dietary needs at meals', async () => {
    const pdf = await print({ lang: 'en', variant: 'hosts' });
    const all = text(pdf);
    expect(pdf.title).toBe('Host overview: Wuxi delegation to Södertälje (demo)');
    expect(all).toContain('Who of us is needed when');
    expect(all).toContain('Schedule of Municipal strategist, Södertälje kommun');
    expect(all).toContain('Schedule of International coordinator, Södertälje kommun');
    expect(all).toMatch(/Dietary needs: Vice Mayor of Wuxi – No pork; Interpreter, Wuxi Foreign Affairs Office – Vegetarian/);
    // The flight in is the visitors' alone: no host is needed on board.
    const flightRow = all.slice(all.indexOf('Flight Shanghai Pudong'), all.indexOf('Transfer Arlanda'));
    expect(flightRow).toContain('—');
  });

  it('keeps dietary needs out of the visitors’ handout', async () => {
    const all = text(await print({ lang: 'en' }));
    expect(all).not.toContain('No pork');
  });
});
