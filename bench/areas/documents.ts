import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openCore } from '../../core/core';
import {
  countPdfPages,
  exportMemberProgrammes,
  exportProgrammePdf,
  findChromium,
  launchPdfPrinter,
  renderProgrammeDocument,
  toPlaywrightPdfOptions,
  type PageSettings,
} from '../../core/documents';
import { CHROMIUM_ARGS, WAIT_FOR_FONTS_SCRIPT } from '../../core/documents/printer';
import { DocumentSettings } from '../../shared/documents/options';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { step, type Area } from '../context';
import { figure, info, notMeasurable, timedPair, type Result } from '../report';
import { timeAsync, timePairAsync } from '../timing';

/**
 * Programme PDFs of the large trip through core/documents (workspace → React → HTML with the
 * fonts it needs → Chromium → file), against the floor: the same already-rendered HTML printed
 * by the same Chromium in an open page (setContent + page.pdf with the same page settings).
 * Targets: ≤ 1.2× the floor, and the large programme under 3 s. Personal programmes of all 60
 * members (2 with --quick) are timed once against printing all their pre-rendered pages in one
 * browser, up to one page per core at once (issue #14): each side takes minutes in full.
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

    const [printer, browser] = await step(ctx, 'launching the printer and the floor\'s browser', () =>
      Promise.all([launchPdfPrinter({ executablePath }), chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })]),
    );
    try {
      // The floor's open pages, one per core (the personal programmes print that many at once).
      const cores = Math.max(1, os.cpus().length);
      const pages: Page[] = [];
      for (let i = 0; i < cores; i++) {
        const page = await browser.newPage();
        // As the printer does once per page: laid out for print from the start, not for the screen first.
        await page.emulateMedia({ media: 'print' });
        pages.push(page);
      }
      // As the printer prints (laid out once, with its fonts loaded), less rendering the HTML.
      const printStatic = async (page: Page, html: string, pageSettings: PageSettings) => {
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(WAIT_FOR_FONTS_SCRIPT);
        return page.pdf(toPlaywrightPdfOptions(pageSettings));
      };
      // Untimed: a small page printed on every page of both sides, so the printer has opened its
      // pages (one per core) and neither side starts cold. The personal programmes go first and
      // warm both sides up for the large programme, which needs no warm-up print of its own.
      // Small means without the trip's contacts too: the contact list alone is some ten pages and
      // 1.7 MB of HTML with its Chinese fonts, 2-4 s a print, not a warm-up.
      const tiny = renderProgrammeDocument(
        { ...workspace, items: [], meetings: [], contacts: [], organisations: [], members: workspace.members.slice(0, 1) },
        settings,
      );
      await step(ctx, 'warm-up print (untimed)', () =>
        Promise.all(pages.flatMap((page) => [printer.print(tiny.html, tiny.page), printStatic(page, tiny.html, tiny.page)])),
      );

      // Personal programmes: one run over every member (exportMemberProgrammes prints up to one
      // per core at once, rendering each member's page as it goes). The floor prints every
      // member's pre-rendered page in the same way: one browser, up to one page per core at once.
      const members = ctx.quick ? workspace.members.slice(0, 2) : workspace.members;
      const batch = { ...workspace, members };
      fs.mkdirSync(path.join(out, 'members'), { recursive: true });
      // Untimed, before either side: the floor's pages (this also warms the renderer's code).
      const renderedAll = members.map((m) => renderProgrammeDocument(batch, { ...settings, memberId: m.id }));
      let printed: { pages: number }[] = [];
      const personal = await step(ctx, 'personal programmes', () => timeAsync(
        async () => {
          printed = await exportMemberProgrammes(printer, batch, settings, path.join(out, 'members'));
        },
        { runs: 1, warmup: 0 },
      ));
      const staticPdfs: Buffer[] = [];
      const personalFloor = await step(ctx, 'personal programmes, static print', () => timeAsync(
        async () => {
          let next = 0;
          await Promise.all(
            pages.slice(0, Math.min(cores, renderedAll.length)).map(async (page) => {
              while (next < renderedAll.length) {
                const index = next++;
                const r = renderedAll[index]!;
                staticPdfs[index] = await printStatic(page, r.html, r.page);
              }
            }),
          );
        },
        { runs: 1, warmup: 0 },
      ));
      const totalPages = printed.reduce((sum, p) => sum + p.pages, 0);
      const floorPages = staticPdfs.reduce((sum, pdf) => sum + countPdfPages(pdf), 0);
      ctx.log(`  personal programmes: ${members.length} files, ${totalPages} pages (static print: ${floorPages}), ${cores} at once`);
      const personalResults = [
        info(`personal programmes (${members.length} members) · pages`, totalPages, 'pages'),
        figure(`personal programmes (${members.length} members) · total`, personal.ms[0]! / 1000, 's', personalFloor.ms[0]! / 1000, { maxRatio: 1.2 }),
      ];

      const rendered = renderProgrammeDocument(workspace, settings);
      let pdfPages = 0;
      const lastStatic: { pdf?: Buffer } = {};
      const runs = ctx.quick ? 1 : 3;
      // No separate warm-up: both sides' pages have just printed the personal programmes.
      // Each side starts on blank pages: the printer unloads a printed document after answering
      // (a tiny print on every page waits until that is done), and the floor's page is emptied
      // after its print, so neither side pays for tearing down the 2 MB document before it.
      await Promise.all(pages.map((page) => page.goto('about:blank')));
      const printerIdle = () => Promise.all(Array.from({ length: cores }, () => printer.print(tiny.html, tiny.page)));
      const timed = await step(ctx, 'programme and its static print', () => timePairAsync(
        async () => {
          pdfPages = (await exportProgrammePdf(printer, workspace, settings, path.join(out, 'programme.pdf'))).pages;
        },
        async () => {
          lastStatic.pdf = await printStatic(pages[0]!, rendered.html, rendered.page);
        },
        { runs, warmup: 0, between: printerIdle, after: () => pages[0]!.goto('about:blank') },
      ));
      const seconds = { ms: timed.value.ms.map((ms) => ms / 1000) };
      const floorSeconds = { ms: timed.floor.ms.map((ms) => ms / 1000) };
      const staticPages = lastStatic.pdf ? countPdfPages(lastStatic.pdf) : 0;
      ctx.log(`  programme: ${pdfPages} pages (static print: ${staticPages}), ${(rendered.html.length / 1e6).toFixed(2)} MB of HTML`);

      const items = workspace.items.length;
      const results: Result[] = [
        info('programme PDF (large trip) · pages', pdfPages, 'pages'),
        // Issue #14: the participants summary and the compact rows fit at least 4 items a page.
        figure(`programme PDF (large trip) · items per page (${items} items)`, items / pdfPages, 'items', null, { minValue: 4 }),
        ...timedPair('programme PDF (large trip)', seconds, floorSeconds, { maxRatio: 1.2, maxValue: 3 }, 's'),
        ...personalResults,
      ];
      return results;
    } finally {
      await browser.close();
      await printer.close();
    }
  },
};
