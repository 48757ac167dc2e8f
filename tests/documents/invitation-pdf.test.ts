import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { seedDemo } from '../../core/demo';
import { JINAN, WUXI } from '../../core/demo/ids';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { getSettings } from '../../core/services/settings';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import { withOrganisationProfile } from '../../shared/documents/profile';
import type { Item } from '../../shared/domain/item';
import { readPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * The Schengen invitation letter and a meal's dietary sheet of the Wuxi demo, printed by Chromium
 * and read back with pdf.js: what a consulate or a restaurant would read.
 */
let dir: string;
let core: Core;
let printer: PdfPrinter;
let lunch: Item;

const PASSPORT_HEAD = 'E12345678';
const PASSPORT_FAO = 'EJ7654321';

function must<T>(name: string, input: unknown): T {
  const result = core.dispatch(name as never, input as never) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-invitation-pdf-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  seedDemo(databaseOf(core));
  must('settings:update', { organisation: { name: 'Södertälje kommun', address: 'Campusgatan 26, 151 89 Södertälje', phone: '08-523 010 00' } });
  must('members:update', { id: WUXI.member.viceMayor, patch: { passportNumber: PASSPORT_HEAD, passportExpiry: '2021-03-31' } });
  must('members:update', { id: WUXI.member.faoDirector, patch: { passportNumber: PASSPORT_FAO } });
  must('members:update', { id: WUXI.member.strategist, patch: { email: 'strateg@sodertalje.se', dietaryNeeds: 'Gluten free' } });
  // A meal only some attend: the head (no pork) and a host (gluten free), not the interpreter (vegetarian).
  lunch = must<Item>('items:create', {
    tripId: WUXI.trip,
    kind: 'meal',
    title: 'Working lunch',
    startLocal: '2016-05-24T12:00',
    endLocal: '2016-05-24T13:30',
    startZone: 'Europe/Stockholm',
    location: { venue: 'Restaurang Kringlan', city: 'Södertälje' },
    allMembers: false,
    participantIds: [WUXI.member.viceMayor, WUXI.member.faoDirector, WUXI.member.strategist],
  });
  printer = await launchPdfPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function print(input: DocumentSettingsInput & { trip?: string }): Promise<string> {
  const settings = withOrganisationProfile(DocumentSettings.parse(input), getSettings(databaseOf(core)));
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), input.trip ?? WUXI.trip), settings);
  const bytes = await printer.print(doc.html, doc.page);
  if (process.env.KEEP_PDF) fs.writeFileSync(path.join(os.tmpdir(), `${input.variant}-${input.memberId ? 'one' : 'all'}.pdf`), bytes);
  return (await readPdf(bytes)).pages.join('\n');
}

describe('the group’s invitation letter', () => {
  let all: string;
  beforeAll(async () => {
    // Asked for in Swedish: the letter is in English all the same.
    all = await print({ variant: 'invitation', lang: 'sv' });
  }, 60_000);

  it('is on the letterhead and marked as containing personal data', () => {
    expect(all).toContain('Södertälje kommun');
    expect(all).toContain('Campusgatan 26, 151 89 Södertälje');
    expect(all).toMatch(/contains personal data/i);
    expect(all).not.toContain('Innehåller personuppgifter');
  });

  it('lists every visitor with their passport data, and no host', () => {
    expect(all).toContain('following 6 persons');
    expect(all).toContain(PASSPORT_HEAD);
    expect(all).toContain('31 March 2021');
    expect(all).toContain(PASSPORT_FAO);
    expect(all).toContain('Interpreter, Wuxi Foreign Affairs Office');
    expect(all.match(/Chinese/g)).toHaveLength(6);
  });

  it('states purpose, dates, places, who pays what and the host’s contact', () => {
    expect(all).toContain('sister-city agreement');
    expect(all).toContain('23–26 May 2016');
    expect(all).toContain('Södertälje');
    expect(all).toContain('International travel: paid by the visitors');
    expect(all).toContain('Meals during the programme: paid by Södertälje kommun');
    expect(all).toContain('Local transport in Sweden: paid by Södertälje kommun');
    const contact = all.slice(all.indexOf('Contact at the host organisation'));
    expect(contact).toContain('Municipal strategist');
    expect(contact).toContain('strateg@sodertalje.se');
    expect(contact).toContain('08-523 010 00');
  });
});

describe('one visitor’s invitation letter', () => {
  it('names that visitor only', async () => {
    const one = await print({ variant: 'invitation', memberId: WUXI.member.viceMayor });
    expect(one).toContain('Invitation of Vice Mayor of Wuxi');
    expect(one).toContain(PASSPORT_HEAD);
    expect(one).not.toContain(PASSPORT_FAO);
    expect(one).not.toContain('Interpreter, Wuxi Foreign Affairs Office');
  }, 60_000);
});

describe('documents other than the letter', () => {
  it('the handout, the briefing and the host overview show no passport number', async () => {
    for (const variant of ['handout', 'briefing', 'hosts'] as const) {
      const other = await print({ variant, lang: 'en' });
      expect(other, variant).not.toContain(PASSPORT_HEAD);
      expect(other, variant).not.toContain(PASSPORT_FAO);
    }
  }, 120_000);

  it('are refused where they make no sense, with a message', () => {
    const refused = (tripId: string, input: Record<string, unknown>) => {
      const result = core.dispatch('documents:html', { tripId, ...input } as never) as { ok: boolean; error?: { code: string; message: string } };
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('invalid_input');
      return result.error!.message;
    };
    expect(refused(JINAN.trip, { variant: 'invitation' })).toMatch(/incoming visits/);
    expect(refused(WUXI.trip, { variant: 'invitation', memberId: WUXI.member.strategist })).toMatch(/is a host/);
    expect(refused(WUXI.trip, { variant: 'dietary' })).toMatch(/one meal/);
    const visit = getWorkspace(databaseOf(core), WUXI.trip).items.find((i) => i.kind !== 'meal')!;
    expect(refused(WUXI.trip, { variant: 'dietary', itemId: visit.id })).toMatch(/not a meal/);
  });
});

describe('a meal’s dietary sheet', () => {
  it('lists exactly the attending members’ needs, in English and Swedish, with venue, time and guests', async () => {
    const sheet = await print({ variant: 'dietary', itemId: lunch.id, lang: 'sv' });
    expect(sheet).toContain('Working lunch');
    expect(sheet).toContain('Restaurang Kringlan');
    expect(sheet).toContain('Tuesday 24 May 2016');
    expect(sheet).toContain('Tisdag 24 maj 2016');
    expect(sheet).toContain('12:00–13:30');
    expect(sheet).toMatch(/Number of guests \/ Antal gäster\s*3/);
    expect(sheet).toContain('No pork');
    expect(sheet).toContain('Gluten free');
    expect(sheet).not.toContain('Vegetarian');
    expect(sheet).toMatch(/Innehåller personuppgifter/i);
  }, 60_000);
});
