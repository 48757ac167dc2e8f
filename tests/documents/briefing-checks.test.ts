import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { seedDemo, DEMO_TRIP_IDS } from '../../core/demo';
import { renderProgrammeDocument } from '../../core/documents/html';
import { launchPdfPrinter, type PdfPrinter } from '../../core/documents/printer';
import { getWorkspace } from '../../core/services/workspace';
import { runChecks } from '../../shared/checks';
import { DocumentSettings, type DocumentSettingsInput } from '../../shared/documents/options';
import type { Item } from '../../shared/domain/item';
import { readPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Issue 6: the organisers' briefing lists the plan's problems — each finding of the trip checks
 * exactly once — and the public handout never does. The demo trip plus deliberate problems.
 */
let dir: string;
let core: Core;
let printer: PdfPrinter;

const ok = <T>(result: unknown): T => {
  const r = result as { ok: boolean; value?: T; error?: { message: string } };
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-briefing-checks-'));
  core = openCore(path.join(dir, 'd.sqlite'));
  seedDemo(databaseOf(core));
  const tripId = DEMO_TRIP_IDS.jinan;
  // A member with no phone whose passport runs out two months after the trip…
  ok(core.dispatch('members:create', { tripId, name: 'Åsa Problemsson', passportExpiry: '2018-01-15', visaStatus: 'granted' }));
  // …and a meeting that overlaps the Hotline 12345 visit for everyone.
  const items = ok<Item[]>(core.dispatch('items:list', { tripId }));
  const visit = items.find((i) => i.kind === 'visit' && i.title.includes('12345'))!;
  ok(core.dispatch('items:create', {
    tripId,
    kind: 'meeting',
    title: 'Krockande möte',
    startLocal: visit.startLocal,
    startZone: visit.startZone,
    endLocal: visit.endLocal,
    endZone: visit.endZone,
    location: { venue: 'Stadshuset', city: 'Jinan' },
  }));
  printer = await launchPdfPrinter();
}, 120_000);

afterAll(async () => {
  await printer?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function printText(input: DocumentSettingsInput): Promise<string> {
  const doc = renderProgrammeDocument(getWorkspace(databaseOf(core), DEMO_TRIP_IDS.jinan), DocumentSettings.parse(input));
  const pdf = await readPdf(await printer.print(doc.html, doc.page));
  // Join lines: a long message may wrap anywhere (after a dash too), so compare without white space.
  return pdf.pages.join(' ').replace(/\s+/g, '');
}

const occurrences = (text: string, needle: string) => text.split(needle.replace(/\s+/g, '')).length - 1;

describe('checks in the briefing', () => {
  it('lists every error and warning of the checks exactly once, in the document language', async () => {
    const findings = runChecks(getWorkspace(databaseOf(core), DEMO_TRIP_IDS.jinan)).filter((f) => f.severity !== 'info');
    const kinds = new Set(findings.map((f) => f.kind));
    expect(kinds).toContain('overlap');
    expect(kinds).toContain('passport-expires-soon');
    expect(kinds).toContain('member-without-phone');

    for (const lang of ['sv', 'en'] as const) {
      const text = await printText({ variant: 'briefing', lang });
      expect(text).toContain(lang === 'sv' ? 'Kontroller:attåtgärdaföreavresa' : 'Checks:tofixbeforedeparture');
      for (const finding of findings) expect(occurrences(text, finding.message[lang]), finding.message[lang]).toBe(1);
    }
  });

  it('never shows them in the public handout', async () => {
    const text = await printText({ variant: 'handout', lang: 'sv' });
    expect(text).not.toContain('Kontroller');
    expect(text).not.toContain('Problemssonsaknar');
  });
});
