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
import { readTextPositions, type PlacedPdf, type PlacedText } from './pdf-positions';
import { readPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Name badges and place cards on paper: measured from the PDF the real Chromium printer makes,
 * read back with pdf.js. Every text run must lie inside its badge or card face, also for a long
 * Chinese name and a 60-character Swedish title.
 */
let dir: string;
let core: Core;
let printer: PdfPrinter;
let tripId: string;

const LONG_TITLE = 'Ordförande i kommunstyrelsens utskott för internationella fr';
const LONG_NATIVE = '欧阳晓明张建国李四王五赵六钱七孙八周九';
/** Names in order of precedence: badge k carries names[k]. */
const names = ['Anders Teljebäck', 'Wang Wei', 'Ouyang Xiaoming Zhang Jianguo Li Si Wang Wu', 'Elisabeth Unell', ...Array.from({ length: 8 }, (_, i) => `Deltagare ${i + 5}`)];

function ok<N extends OperationName>(name: N, input: OperationInput<N>): OperationResult<N> {
  const result = core.dispatch(name as string, input) as ApiResult<OperationResult<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as OperationResult<N>;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-name-cards-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  tripId = ok('trips:create', {
    title: 'Wuxi till Södertälje',
    direction: 'incoming',
    startDate: '2016-05-23',
    endDate: '2016-05-26',
    hostingOrganisation: 'Södertälje kommun',
    destinations: [{ city: 'Södertälje', nativeName: '南泰利耶', country: 'se', timeZone: 'Europe/Stockholm' }],
  }).id;
  for (const name of names) {
    const extra =
      name === 'Anders Teljebäck'
        ? { title: LONG_TITLE, organisation: 'Södertälje kommun', side: 'host' as const, translation: { title: '国际事务委员会主席' } }
        : name === 'Wang Wei'
          ? { nativeName: '王伟', title: 'Vice borgmästare', organisation: 'Wuxi folkregering', translation: { title: '副市长', organisation: '无锡市人民政府' } }
          : name.startsWith('Ouyang')
            ? { nativeName: LONG_NATIVE, title: 'Direktör', organisation: 'Wuxi utrikeskontor' }
            : {};
    ok('members:create', { tripId, name, ...extra });
  }
  ok('settings:update', { organisation: { name: 'Södertälje kommun' } });
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput): Promise<{ placed: PlacedPdf; bytes: Uint8Array }> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), tripId), DocumentSettings.parse({ ...input, organisationName: 'Södertälje kommun' }));
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `name-cards-${input.variant}-${input.lang}.pdf`), bytes);
  return { placed: await readTextPositions(bytes), bytes };
}

const TOLERANCE = 0.3;
/** The runs' text with the spaces left out: pdf.js may return a Chinese name glyph by glyph. */
const joined = (runs: PlacedText[]) => runs.map((t) => t.str).join('').replace(/\s+/g, '');
const squeeze = (s: string) => s.replace(/\s+/g, '');
const centredIn = (t: PlacedText, box: { left: number; top: number; right: number; bottom: number }) => {
  const x = (t.left + t.right) / 2;
  const y = (t.top + t.bottom) / 2;
  return x > box.left && x < box.right && y > box.top && y < box.bottom;
};
const inside = (t: PlacedText, box: { left: number; top: number; right: number; bottom: number }) =>
  t.left >= box.left - TOLERANCE && t.right <= box.right + TOLERANCE && t.top >= box.top - TOLERANCE && t.bottom <= box.bottom + TOLERANCE;

describe('name badges', () => {
  let placed: PlacedPdf;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ placed, bytes } = await print({ variant: 'badges', lang: 'sv+zh' }));
  }, 60_000);

  /** Badge k on A4: 2 columns × 5 rows of 90 × 55 mm, centred (15 mm and 11 mm from the edges). */
  const cell = (k: number) => {
    const i = k % 10;
    const left = 15 + (i % 2) * 90;
    const top = 11 + Math.floor(i / 2) * 55;
    return { page: Math.floor(k / 10) + 1, left, top, right: left + 90, bottom: top + 55 };
  };

  it('prints A4 sheets of ten badges, the twelve members on two pages', async () => {
    expect(placed.pageMm.width).toBeCloseTo(210, 0);
    expect(placed.pageMm.height).toBeCloseTo(297, 0);
    expect((await readPdf(bytes)).pageCount).toBe(2);
  });

  it('puts each member’s name on their own 90 × 55 mm badge, in order of precedence', () => {
    names.forEach((name, k) => {
      const box = cell(k);
      const onBadge = placed.texts.filter((t) => t.page === box.page && centredIn(t, box));
      expect(joined(onBadge), name).toContain(squeeze(name));
      expect(onBadge.every((t) => inside(t, box))).toBe(true);
    });
  });

  it('keeps every text inside a badge: the long Chinese name and the 60-character title too', () => {
    const outside = placed.texts.filter((t) => !Array.from({ length: 20 }, (_, k) => cell(k)).some((box) => box.page === t.page && inside(t, box)));
    expect(outside.map((t) => t.str)).toEqual([]);
    expect(joined(placed.texts)).toContain(LONG_NATIVE);
    expect(joined(placed.texts)).toContain(squeeze(LONG_TITLE));
  });

  it('shows the native-script name, and title and organisation in both languages', () => {
    const wang = joined(placed.texts.filter((t) => t.page === 1 && centredIn(t, cell(1))));
    for (const expected of ['王伟', 'Vice borgmästare', '副市长', 'Wuxi folkregering', '无锡市人民政府', 'Södertälje kommun']) expect(wang).toContain(squeeze(expected));
    // The Latin name leads in a Swedish-first document.
    expect(wang.indexOf('WangWei')).toBeLessThan(wang.indexOf('王伟'));
  });
});

describe('place cards', () => {
  let placed: PlacedPdf;
  beforeAll(async () => {
    ({ placed } = await print({ variant: 'place-cards', lang: 'zh' }));
  }, 60_000);

  /** Card c on its sheet: half the A4 page; its upper face is [top, top + 74.25], the lower one below. */
  const faces = (c: number) => {
    const top = (c % 2) * 148.5;
    return { page: Math.floor(c / 2) + 1, back: { left: 0, right: 210, top, bottom: top + 74.25 }, front: { left: 0, right: 210, top: top + 74.25, bottom: top + 148.5 } };
  };

  it('prints the name on both faces, the upper one turned 180° so it reads right when folded', () => {
    expect(placed.pageMm.height).toBeCloseTo(297, 0);
    // In a Chinese document the native name leads.
    const wang = joined(placed.texts.filter((t) => t.page === 1 && centredIn(t, faces(1).front)));
    expect(wang.indexOf('王伟')).toBeLessThan(wang.indexOf('WangWei'));
    for (const [c, lead] of [[1, '王伟'], [0, 'Anders Teljebäck'], [2, LONG_NATIVE]] as const) {
      const { page, back, front } = faces(c);
      const onFront = placed.texts.filter((t) => t.page === page && centredIn(t, front));
      const onBack = placed.texts.filter((t) => t.page === page && centredIn(t, back));
      expect(joined(onFront), lead).toContain(squeeze(lead));
      expect(joined(onBack), lead).toContain(squeeze(lead));
      expect(onFront.every((t) => t.transform[0]! > 0 && t.transform[3]! > 0 && inside(t, front))).toBe(true);
      expect(onBack.every((t) => t.transform[0]! < 0 && t.transform[3]! < 0 && inside(t, back))).toBe(true);
    }
  });

  it('keeps every text on its face, in Chinese, Swedish and both: nothing crosses a fold or runs off the paper', async () => {
    const swedish = (await print({ variant: 'place-cards', lang: 'sv' })).placed;
    const bilingual = (await print({ variant: 'place-cards', lang: 'sv+zh' })).placed;
    for (const sheet of [placed, swedish, bilingual]) {
      const outside = sheet.texts.filter((t) => {
        const card = faces(Math.floor((t.top + t.bottom) / 2 / 148.5) + (t.page - 1) * 2);
        return !inside(t, card.back) && !inside(t, card.front);
      });
      expect(outside.map((t) => t.str)).toEqual([]);
      expect(joined(sheet.texts)).toContain(LONG_NATIVE);
    }
    expect(joined(swedish.texts)).toContain(squeeze(LONG_TITLE));
    expect(joined(bilingual.texts)).toContain('国际事务委员会主席');
  }, 60_000);
});
