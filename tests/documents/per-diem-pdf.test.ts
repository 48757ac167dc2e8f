import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { renderPerDiemDocument } from '../../core/documents/per-diem';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import type { PerDiemReport } from '../../shared/per-diem';
import { createJinanFixture, type JinanFixture } from './fixture';
import { readPdf } from './pdf-reader';

/** The per-diem sheet printed by real Chromium and read back with pdf.js. */
let dir: string;
let core: Core;
let fixture: JinanFixture;
let printer: PdfPrinter;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-per-diem-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  fixture = createJinanFixture(core);
  printer = await launchPdfPrinter();
}, 60_000);

afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('prints each member’s days with the basis, the amounts and the total, in Swedish', async () => {
  const saved = core.dispatch('perDiem:saveRates', { rates: [{ country: 'CN', year: 2017, amountSekMinor: 850_00, source: 'test' }] });
  expect(saved.ok).toBe(true);
  const result = core.dispatch('perDiem:sheet', { tripId: fixture.tripId });
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value as PerDiemReport;
  expect(report.members.length).toBeGreaterThan(0);
  const doc = renderPerDiemDocument(report, 'Styrgruppens resa till Jinan och Shenyang 济南', 'sv', 'a4');
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.PER_DIEM_PDF_OUT) fs.writeFileSync(process.env.PER_DIEM_PDF_OUT, bytes);
  const pdf = await readPdf(bytes);
  const text = pdf.pages.join('\n');
  expect(pdf.title).toBe('Traktamente: Styrgruppens resa till Jinan och Shenyang 济南');
  expect(text).toContain('Avresedagen räknas som hel dag om resan börjar före kl. 12.00');
  const first = report.members[0]!;
  expect(text).toContain(first.name);
  expect(text).toContain(first.days[0]!.date);
  const total = first.totalSek.toString().replace(/(\d)(\d{2})$/, '$1,$2').replace(/\B(?=(\d{3})+(?!\d),)/g, ' ');
  expect(text.replace(/\u00a0/g, ' ')).toContain(`${total} SEK`);
  expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
}, 60_000);
