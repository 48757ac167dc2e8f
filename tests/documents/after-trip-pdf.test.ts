import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { DocumentSettings, DocumentVariant, type DocumentSettingsInput } from '../../shared/documents/options';
import type { Contact } from '../../shared/domain/contact';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import { autoSeat } from '../../shared/seating/auto-seat';
import { tableCompany } from '../../shared/seating/company';
import { createJinanFixture, type JinanFixture } from './fixture';
import { readPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * The documents around the programme — seating plan, post-trip report, invitation data pack —
 * printed by the real Chromium printer and read back with pdf.js, on the Jinan fixture after
 * the trip: some items done, one cancelled, one changed, a dinner seated.
 */
let dir: string;
let core: Core;
let printer: PdfPrinter;
let fx: JinanFixture;
let dinner: Item;
const LONG_TITLE = 'Biträdande förvaltningschef för internationella relationer'; // 60 characters
const LONG_NATIVE = '山东省人民政府外事办公室欧洲事务处副处长欧阳慕容'; // a long Chinese name and title
const PASSPORTS = ['PASS-ANDERS-99', 'PASS-ELISABETH-77'];

function must<T>(name: string, input: unknown): T {
  const result = core.dispatch(name as never, input as never) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-after-trip-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  fx = createJinanFixture(core);
  const [anders, elisabeth] = fx.members;
  must('members:update', { id: anders!.id, patch: { sex: 'male', dateOfBirth: '1961-04-02', nationality: 'Svensk', passportExpiry: '2022-05-31' } });
  must('members:update', { id: elisabeth!.id, patch: { sex: 'female', nationality: 'Svensk' } });
  must('members:update', { id: fx.members[4]!.id, patch: { title: LONG_TITLE } });
  const ouyang = must<Contact>('contacts:create', { name: 'Ouyang Murong-Zhangsun', nativeName: LONG_NATIVE, title: LONG_TITLE, role: 'host' });
  const guide = must<Contact>('contacts:create', { name: 'Sun Mei', nativeName: '孙梅', title: 'Guide', role: 'guide' });
  const { items } = fx;
  dinner = must<Item>('items:update', { id: items.dinner!.id, patch: { contactIds: [items.dinner!.contactIds[0]!, ouyang.id, guide.id] } });
  const workspace = getWorkspace(databaseOf(core), fx.tripId);
  const { hosts, guests } = tableCompany(workspace, dinner);
  const layout = { shape: 'round' as const, seats: 12, protocol: 'facing' as const };
  const { assignments } = autoSeat(layout, hosts.map((h) => h.person), guests.map((g) => g.person));
  dinner = must<Item>('items:update', { id: dinner.id, patch: { seating: { ...layout, assignments } } });

  must('items:update', { id: items.hotline!.id, patch: { state: 'done', outcome: 'OUTCOME: Hotline 12345 delar sin ärendestatistik.' } });
  must('items:update', { id: items.hitech!.id, patch: { state: 'done', outcome: 'VISIT-OUTCOME: Robotdalen bjuder in till Västerås.' } });
  // Done with an outcome: a meal that went differently is "changed".
  must('items:update', { id: dinner.id, patch: { state: 'done', outcome: 'CHANGED: flyttades till hotellets restaurang.' } });
  must('items:update', { id: items.free!.id, patch: { state: 'cancelled', outcome: 'Ersattes av ett extra möte.' } });
  must('items:update', { id: items.signing!.id, patch: { state: 'done' } });
  must('meetings:update', { itemId: items.signing!.id, patch: { agreements: 'AGREEMENT: Partnerskapsavtal om robotik 2017–2020', minutes: 'MINUTES: avtalet undertecknades av båda parter.' } });
  must('trips:update', { id: fx.tripId, patch: { reportResults: 'RESULTS: ett avtal och en avsiktsförklaring.', reportLessons: 'LESSONS: boka tolk tidigare.', reportNextSteps: 'NEXT: återbesök i Västerås 2018.' } });
  printer = await launchPdfPrinter();
}, 120_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function printBytes(input: DocumentSettingsInput): Promise<Uint8Array> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), fx.tripId), DocumentSettings.parse(input));
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `after-trip-${input.variant}-${input.lang ?? 'sv'}.pdf`), bytes);
  return bytes;
}

const textOf = async (input: DocumentSettingsInput) => (await readPdf(await printBytes(input))).pages.join('\n');

/** Every text run's box on every page, to compare against the page box. */
async function textBoxes(bytes: Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const out: { page: number; str: string; left: number; right: number; width: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, , x1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const left = item.transform[4] as number;
        out.push({ page: n, str: item.str, left: left - x0, right: left + item.width - x0, width: x1 - x0 });
      }
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

describe('post-trip report', () => {
  it('has every section: purpose, participants with roles, the programme as carried out, outcomes, agreements, follow-ups, free texts', async () => {
    const text = await textOf({ variant: 'report', lang: 'sv' });
    expect(text).toContain('Reseberättelse');
    expect(text).toContain('Fortsatt förstudie om invånardialog');
    expect(text).toMatch(/Anders Teljebäck.*Delegationsledare|Anders Teljebäck.*ordförande/);
    for (const state of ['Genomförd', 'Inställd', 'Ändrad', 'Ej rapporterad']) expect(text).toContain(state);
    expect(text).toContain('OUTCOME: Hotline 12345 delar sin ärendestatistik.');
    expect(text).toMatch(/Välkomstmiddag med Jinans stad CHANGED: flyttades till hotellets restaurang\. Ändrad/);
    expect(text).toMatch(/Science park i Hi-tech zone med Robotdalen .*Genomförd.*VISIT-OUTCOME/);
    expect(text).toMatch(/Egen tid i Jinan Ersattes av ett extra möte\. Inställd/);
    // A meeting without an outcome reports its minutes.
    expect(text).toContain('MINUTES: avtalet undertecknades av båda parter.');
    expect(text).toContain('AGREEMENT: Partnerskapsavtal om robotik 2017–2020');
    expect(text).toMatch(/FOLLOWUP: skicka projektplanen till Hotline 12345.*Charlotta Filling.*15 nov.*Öppen/);
    expect(text).toMatch(/DONE-FOLLOWUP: tacka för besöket.*Anders Teljebäck.*Klar/);
    for (const free of ['RESULTS: ett avtal', 'LESSONS: boka tolk', 'NEXT: återbesök']) expect(text).toContain(free);
    // The report goes to the board: no organisers' internal notes or talking points.
    expect(text).not.toContain('INTERNAL-NOTE');
    expect(text).not.toContain('TALKING-POINT');
  }, 60_000);

  it('speaks English with --lang en', async () => {
    const text = await textOf({ variant: 'report', lang: 'en' });
    for (const word of ['Post-trip report', 'The programme as carried out', 'Cancelled', 'Changed', 'Agreements signed', 'Lessons learnt']) expect(text).toContain(word);
  }, 60_000);
});

describe('seating plan', () => {
  it('lists the people in seat order, numbered, with hosts and guests marked', async () => {
    const text = await textOf({ variant: 'seating', itemId: dinner.id, lang: 'sv' });
    expect(text).toContain('Placering');
    expect(text).toContain('Runt bord, 12 platser');
    const names = new Map([...fx.members.map((m: Member) => [m.id, m.name] as const), ...getWorkspace(databaseOf(core), fx.tripId).contacts.map((c) => [c.id, c.name] as const)]);
    const inSeatOrder = [...dinner.seating!.assignments].sort((a, b) => a.seat - b.seat).map((a) => names.get(a.person.id)!);
    expect(inSeatOrder).toHaveLength(12);
    const positions = inSeatOrder.map((name) => text.indexOf(name, text.indexOf('Titel och organisation')));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // The principal host (the first contact) has seat 1, the head of delegation the seat facing it.
    expect(text).toMatch(/1 Wang Li 王丽.*Värd/);
    expect(text).toMatch(/7 Anders Teljebäck.*Gäst/);
  }, 60_000);

  it('is a page of the briefing for each item that has a plan, and not of the handout', async () => {
    const briefing = await readPdf(await printBytes({ variant: 'briefing', lang: 'sv' }));
    const page = briefing.pages.find((p) => /placering/i.test(p) && p.includes('Runt bord, 12 platser'));
    expect(page).toBeDefined();
    expect(page).toContain('Ouyang Murong-Zhangsun');
    const handout = await textOf({ variant: 'handout', lang: 'sv' });
    expect(handout).not.toMatch(/placering|Runt bord/i);
  }, 60_000);
});

describe('invitation data pack', () => {
  it('is a landscape table of each traveller’s invitation data, marked as personal data', async () => {
    const pdf = await readPdf(await printBytes({ variant: 'invitation-data', lang: 'sv' }));
    expect(pdf.pageSize[0]).toBeGreaterThan(pdf.pageSize[1]);
    expect(Math.round(pdf.pageSize[0])).toBe(842);
    const text = pdf.pages.join('\n');
    expect(text).toContain('Innehåller personuppgifter');
    expect(text).toMatch(/Anders Teljebäck.*Man \(M\).*2 april 1961.*Svensk.*PASS-ANDERS-99.*31 maj 2022/);
    expect(text).toMatch(/Elisabeth Unell.*Kvinna \(F\).*saknas.*PASS-ELISABETH-77/);
    // Planned cities and dates from the presence model: the head goes on to Shenyang.
    expect(text).toMatch(/Anders Teljebäck.*Jinan.*29 oktober 2017.*Shenyang.*1 november 2017/);
  }, 60_000);

  it('is the only document with passport numbers: every other variant is scanned for them', async () => {
    const others = DocumentVariant.options.filter((v) => v !== 'invitation-data' && v !== 'invitation'); // the Schengen letter is for incoming visits
    for (const variant of others) {
      const itemId = variant === 'dietary' || variant === 'seating' ? dinner.id : null;
      for (const memberId of variant === 'seating' || variant === 'report' || variant === 'dietary' ? [null] : [null, fx.members[0]!.id]) {
        const text = await textOf({ variant, lang: 'sv', itemId, memberId });
        for (const passport of PASSPORTS) expect(text, `${variant} ${memberId ?? ''}`).not.toContain(passport);
        expect(text, variant).not.toContain('1961');
      }
    }
  }, 240_000);
});

describe('long names stay inside the page', () => {
  it('no text of the seating plan, report or data pack runs past the page edge', async () => {
    for (const input of [
      { variant: 'seating' as const, itemId: dinner.id },
      { variant: 'report' as const },
      { variant: 'invitation-data' as const },
    ]) {
      const boxes = await textBoxes(await printBytes({ ...input, lang: 'sv' }));
      expect(boxes.some((b) => b.str.includes('Ouyang') || b.str.includes('Biträdande'))).toBe(true);
      const outside = boxes.filter((b) => b.left < 0 || b.right > b.width);
      expect(outside.map((b) => `${input.variant} p${b.page}: ${b.str}`)).toEqual([]);
    }
  }, 120_000);
});
