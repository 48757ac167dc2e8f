import type { ApiResult } from '../../shared/api/result';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api/contract';
import { readPdf, type ReadPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Documents in Chinese and in two languages, printed by the real Chromium printer and read back
 * with pdf.js: labels, dates, second-language texts and the order of native names.
 */
let dir: string;
let core: Core;
let printer: PdfPrinter;
let tripId: string;

function ok<N extends OperationName>(name: N, input: OperationInput<N>): OperationResult<N> {
  const result = core.dispatch(name as string, input) as ApiResult<OperationResult<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as OperationResult<N>;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-bilingual-pdf-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  tripId = ok('trips:create', {
    title: 'Västerås till Jinan',
    direction: 'outgoing',
    startDate: '2017-10-29',
    endDate: '2017-11-01',
    destinations: [{ city: 'Jinan', nativeName: '济南', country: 'cn', timeZone: 'Asia/Shanghai' }],
  }).id;
  ok('members:create', { tripId, name: 'Anders Teljebäck', title: 'Kommunstyrelsens ordförande', role: 'head', translation: { title: '市议会主席' } });
  ok('members:create', { tripId, name: 'Wang Wei', nativeName: '王伟', title: 'Tolk', organisation: 'Jinan FAO', translation: { title: '翻译', organisation: '济南市外办' } });
  const meeting = ok('items:create', {
    tripId,
    kind: 'meeting',
    title: 'Möte med borgmästaren',
    startLocal: '2017-10-30T09:30',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-10-30T11:00',
    location: { venue: 'Stadshuset' },
    translation: { title: '与市长会见', venue: '市政府大楼' },
  });
  ok('meetings:update', { itemId: meeting.id, patch: { agenda: 'Samarbete inom äldreomsorg', translation: { agenda: '养老服务合作' } } });
  ok('items:create', { tripId, kind: 'visit', title: 'Besök på Hotline 12345', startLocal: '2017-10-30T14:00', startZone: 'Asia/Shanghai' });
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput): Promise<ReadPdf> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), tripId), DocumentSettings.parse(input));
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `bilingual-${input.lang}.pdf`), bytes);
  return readPdf(bytes);
}
const text = (pdf: ReadPdf) => pdf.pages.join('\n');

describe('a programme in Chinese', () => {
  let pdf: ReadPdf;
  let all: string;
  beforeAll(async () => {
    pdf = await print({ lang: 'zh' });
    all = text(pdf);
  }, 60_000);

  it('has Chinese labels, Chinese dates with the weekday, 24-hour times and Chinese page numbers', () => {
    for (const label of ['日程安排', '代表团', '团长', '姓名', '职务', '会见', '议程', '当地时间']) expect(all).toContain(label);
    expect(all).toContain('2017年10月30日 星期一');
    expect(all).toContain('2017年10月29日至11月1日');
    expect(all).toContain('09:30–11:00');
    expect(all).toContain('14:00');
    expect(pdf.pages[0]).toMatch(/第 1 页，共 \d+ 页/);
    expect(all).not.toContain('Delegationen');
    expect(all).not.toContain('Måndag');
  });

  it('leads with the native name and keeps the Latin one after it', () => {
    expect(all).toContain('王伟 (Wang Wei)');
    expect(all).not.toContain('Wang Wei 王伟');
  });

  it('leads with the translation where one was entered, keeping the own text after it', () => {
    expect(all.indexOf('与市长会见')).toBeGreaterThan(-1);
    expect(all.indexOf('与市长会见')).toBeLessThan(all.indexOf('Möte med borgmästaren'));
    expect(all).toContain('市政府大楼');
    expect(all).toContain('养老服务合作');
    // No translation entered: the text once, as it was written.
    expect(all).toContain('Besök på Hotline 12345');
  });

  it('embeds Noto Sans SC for the Chinese text (no missing glyphs)', () => {
    const sc = pdf.fonts.filter((f) => /NotoSansSC/i.test(f.name));
    expect(sc.length).toBeGreaterThan(0);
    expect(sc.every((f) => f.embedded)).toBe(true);
  });
});

describe('a bilingual programme, Swedish and Chinese', () => {
  let all: string;
  beforeAll(async () => {
    all = text(await print({ lang: 'sv+zh' }));
  }, 60_000);

  it('prints every label in both languages, Swedish first', () => {
    expect(all).toContain('Delegationen / 代表团');
    expect(all).toContain('Program dag för dag / 日程安排');
    expect(all).toContain('NAMN / 姓名'); // the column heads are set in capitals
    expect(all).toContain('Dagordning / 议程');
    expect(all).toContain('Måndag 30 oktober 2017 · 2017年10月30日 星期一');
  });

  it('prints the own text and its translation, and the Latin name first', () => {
    expect(all.indexOf('Möte med borgmästaren')).toBeLessThan(all.indexOf('与市长会见'));
    expect(all).toContain('Samarbete inom äldreomsorg');
    expect(all).toContain('养老服务合作');
    expect(all).toContain('Wang Wei 王伟');
    expect(all).toContain('翻译, 济南市外办');
  });
});

describe('a bilingual programme, Swedish and English', () => {
  it('prints every label in both, and leaves the Chinese translations out of the labels', async () => {
    const all = text(await print({ lang: 'sv+en' }));
    expect(all).toContain('Delegationen / The delegation');
    expect(all).toContain('Måndag 30 oktober 2017 · Monday 30 October 2017');
    expect(all).toContain('Sida 1 av');
    expect(all).not.toContain('代表团');
  });
});
