import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openCore } from '../../core/core';
import {
  countPdfPages,
  exportMemberProgrammes,
  exportProgrammePdf,
  findChromium,
  launchPdfPrinter,
  renderProgrammeDocument,
  toPlaywrightPdfOptions,
} from '../../core/documents';
import { CHROMIUM_ARGS } from '../../core/documents/printer';
import { DocumentSettings } from '../../shared/documents/options';
import type { TripWorkspace } from '../../shared/domain/workspace';
import type { Area } from '../context';
import { figure, info, notMeasurable, timedPair, type Result } from '../report';
import { timeAsync, timePairAsync } from '../timing';

/**
 * Programme PDFs of the large trip through core/documents (workspace → React → HTML with the
 * fonts it needs → Chromium → file), against the floor: the same already-rendered HTML printed
 * by the same Chromium in an open page (setContent + page.pdf with the same page settings).
 * Targets: ≤ 1.2× the floor, and the large programme under 3 s. Personal programmes of all 60
 * members are timed once (a few minutes), against printing pre-rendered pages (see below).
 */
export const documents: Area = {
  name: 'programme PDFs',
  async run(ctx) {
    let executablePath: string;
    try {
      executablePath = findChromium();
    } catch (error) {
      const reason = (error as Error).message;
      return [notMeasurable('programme PDF (large trip) · median', 's', '≤ 1.2× floor, < 3 s', reason)];
    }
    const core = openCore(ctx.dataset.dbPath);
    let workspace: TripWorkspace;
    try {
      const result = core.dispatch('trips:workspace', { id: ctx.dataset.large.tripId });
      if (!result.ok) throw new Error(result.error.message);
      workspace = result.value as TripWorkspace;
    } finally {
      core.close();
    }
    const settings = DocumentSettings.parse({ variant: 'handout', lang: 'sv' });
    const out = path.join(ctx.dir, 'pdf');
    fs.mkdirSync(out, { recursive: true });

    const printer = await launchPdfPrinter({ executablePath });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const printStatic = async (html: string, pageSettings: ReturnType<typeof renderProgrammeDocument>['page']) => {
        await page.setContent(html, { waitUntil: 'load' });
        return page.pdf(toPlaywrightPdfOptions(pageSettings));
      };
      const rendered = renderProgrammeDocument(workspace, settings);
      let pages = 0;
      const runs = ctx.quick ? 2 : 3;
      const timed = await timePairAsync(
        async () => {
          pages = (await exportProgrammePdf(printer, workspace, settings, path.join(out, 'programme.pdf'))).pages;
        },
        () => printStatic(rendered.html, rendered.page),
        { runs, warmup: 1 },
      );
      const seconds = { ms: timed.value.ms.map((ms) => ms / 1000) };
      const floorSeconds = { ms: timed.floor.ms.map((ms) => ms / 1000) };
      const staticPages = countPdfPages(await printStatic(rendered.html, rendered.page));
      ctx.log(`  programme: ${pages} pages (static print: ${staticPages}), ${(rendered.html.length / 1e6).toFixed(2)} MB of HTML`);

      const items = workspace.items.length;
      const results: Result[] = [
        info('programme PDF (large trip) · pages', pages, 'pages'),
        // Target ≥ 4 (issue #14): the participants summary and the compact rows.
        info(`programme PDF (large trip) · items per page (${items} items)`, items / pages, 'items'),
        ...timedPair('programme PDF (large trip)', seconds, floorSeconds, { maxRatio: 1.2, maxValue: 3 }, 's'),
      ];

      // Personal programmes: one run over every member (exportMemberProgrammes prints up to one
      // per core at once). Its floor prints the pre-rendered pages of every 6th member one after
      // the other in an open page and is scaled by pages (printing costs per page), which keeps
      // the benchmark within its time budget: each side takes minutes in full.
      const members = ctx.quick ? workspace.members.slice(0, 6) : workspace.members;
      const batch = { ...workspace, members };
      fs.mkdirSync(path.join(out, 'members'), { recursive: true });
      let printed: { pages: number }[] = [];
      const personal = await timeAsync(
        async () => {
          printed = await exportMemberProgrammes(printer, batch, settings, path.join(out, 'members'));
        },
        { runs: 1, warmup: 0 },
      );
      const sample = members.filter((_, i) => i % 6 === 0);
      const renderedSample = sample.map((m) => renderProgrammeDocument(batch, { ...settings, memberId: m.id }));
      let samplePages = 0;
      const sampleFloor = await timeAsync(async () => {
        samplePages = 0;
        for (const r of renderedSample) samplePages += countPdfPages(await printStatic(r.html, r.page));
      }, { runs: 1, warmup: 0 });
      const totalPages = printed.reduce((sum, p) => sum + p.pages, 0);
      const personalFloor = (sampleFloor.ms[0]! / 1000) * (totalPages / samplePages);
      ctx.log(`  personal programmes: ${members.length} files, ${totalPages} pages; floor from ${sample.length} members (${samplePages} pages)`);
      results.push(
        info(`personal programmes (${members.length} members) · pages`, totalPages, 'pages'),
        figure(`personal programmes (${members.length} members) · total`, personal.ms[0]! / 1000, 's', personalFloor),
      );
      return results;
    } finally {
      await browser.close();
      await printer.close();
    }
  },
};
