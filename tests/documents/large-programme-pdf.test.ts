import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { databaseOf } from '../../core/db/raw-handle';
import { exportMemberProgrammes } from '../../core/documents/export';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { createLargeFixture, type LargeFixture } from './large-fixture';
import { readPdf, type ReadPdf } from './pdf-reader';

/** A 420-item state visit printed by real Chromium and read back with pdf.js. */
let dir: string;
let core: Core;
let fixture: LargeFixture;
let workspace: TripWorkspace;
let printer: PdfPrinter;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-large-pdf-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  fixture = createLargeFixture(core);
  workspace = getWorkspace(databaseOf(core), fixture.tripId);
  printer = await launchPdfPrinter();
}, 120_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput): Promise<ReadPdf> {
  const doc = renderProgrammeDocument(workspace, DocumentSettings.parse(input));
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(process.env.KEEP_PDF, `large-${input.lang ?? 'sv'}.pdf`), bytes);
  return readPdf(bytes);
}

describe('the programme of a 420-item state visit', () => {
  let sv: ReadPdf;
  beforeAll(async () => {
    sv = await print({ lang: 'sv' });
  }, 180_000);

  it('fits at least four items a page on average', () => {
    expect(fixture.itemCount).toBe(420);
    expect(sv.pageCount).toBeLessThanOrEqual(105);
  });

  it('names a track by its group and the evening briefing as "alla utom" the two who skip it', () => {
    const text = sv.pages.join('\n');
    // (includes(), not toContain(): a failure would print the whole programme)
    expect(text.includes('Deltar (30 av 60) Spår A')).toBe(true);
    expect(text.includes('Deltar (30 av 60) Spår B')).toBe(true);
    const [first, second] = fixture.absentInTheEvening.map((m) => (m.party ? `${m.name} (${m.party})` : m.name));
    expect(text.includes(`Deltar (58 av 60) alla utom ${first}; ${second}`), 'alla utom').toBe(true);
    // Nowhere a track's thirty names in a row.
    const trackNames = fixture.members.filter((m) => fixture.trackA.includes(m.id)).slice(0, 3).map((m) => (m.party ? `${m.name} (${m.party})` : m.name));
    expect(text.includes(trackNames.join('; '))).toBe(false);
  });

  it('keeps every day heading on the page of its first item', () => {
    let headings = 0;
    for (const page of sv.pages) {
      for (const heading of page.matchAll(/(Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag) \d+ maj 2019/g)) {
        headings += 1;
        // Its first item's time follows on the same page (the running footer has no clock time).
        expect(page.slice(heading.index + heading[0].length), heading[0]).toMatch(/\d\d:\d\d/);
      }
    }
    expect(headings).toBe(14);
  });

  it('prints in Swedish and Chinese (sv+zh) with the summary in both languages', async () => {
    const pdf = await print({ lang: 'sv+zh' });
    const text = pdf.pages.join('\n');
    // (includes(), not toContain(): a failure would print the whole programme)
    expect(text.includes('Spår A')).toBe(true);
    expect(/alla utom [^/]+ \/ 除[^/]+外\s?全体成员/.test(text), 'alla utom … / 除…外全体成员').toBe(true);
    expect(/Deltar \(30 av 60\)\s*\/\s*参加人员/.test(text)).toBe(true);
    expect(text.includes('北京建国路1号')).toBe(true);
    expect(pdf.pageCount).toBeLessThanOrEqual(120);
  }, 180_000);
});

describe('personal programmes of the state visit', () => {
  it('prints one file per member, several at once, each with only that member’s items', async () => {
    const out = path.join(dir, 'members');
    fs.mkdirSync(out);
    // Four members: two of each track, printed two at a time.
    const members = [workspace.members[0]!, workspace.members[1]!, workspace.members[2]!, workspace.members[3]!];
    const started: number[] = [];
    const printed = await exportMemberProgrammes(printer, { ...workspace, members }, DocumentSettings.parse({ lang: 'sv' }), out, (p) => started.push(p.index), 2);
    expect(started).toEqual([1, 2, 3, 4]);
    expect(printed.map((p) => path.basename(p.file))).toEqual(members.map((m) => `${m.name}.pdf`));
    for (const [i, member] of members.entries()) {
      const pdf = await readPdf(fs.readFileSync(printed[i]!.file));
      expect(pdf.pageCount).toBe(printed[i]!.pages);
      expect(pdf.pages[0]).toContain(`Program för ${member.party ? `${member.name} (${member.party})` : member.name}`);
      const text = pdf.pages.join('\n');
      expect(text.includes(i % 2 === 0 ? 'Spår A' : 'Spår B')).toBe(true);
      expect(text.includes(i % 2 === 0 ? 'Spår B' : 'Spår A')).toBe(false);
    }
  }, 300_000);
});
