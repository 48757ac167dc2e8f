import fs from 'node:fs';
import path from 'node:path';
import { DocumentLanguage, DocumentSettings, DocumentVariant, Paper } from '../../../shared/documents/options';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import type { Settings } from '../../../shared/domain/settings';
import { withOrganisationProfile } from '../../../shared/documents/profile';
import {
  assertWritableFile,
  exportMemberProgrammes,
  exportProgrammePdf,
  launchPdfPrinter,
  OutputPathError,
  PrinterUnavailableError,
  type PdfPrinter,
} from '../../documents';
import { CliError } from '../cli-error';
import type { Command } from '../command';
import { expectOk, openCliCore } from '../open';
import { resolveMeal, resolveMember, resolveSeatedItem, resolveTrip } from '../resolve';
import { documentRequestProblem } from '../../../shared/documents/requests';

export const pdfCommand: Command = {
  name: 'pdf',
  summary: 'Print the programme handout, a personal programme, every member\'s programme, the organisers\' briefing, name badges or place cards as PDF',
  usage:
    'pdf --db FILE --trip TRIP [--member MEMBER | --all-members --out-dir DIR]\n' +
    '       [--variant handout|briefing|hosts|invitation|dietary|seating|report|invitation-data|badges|place-cards]\n' +
    '       [--item ITEM] [--lang sv|en|zh|sv+zh|en+zh|sv+en] [--paper a4|letter] [--home-time] [--org-name NAME] [--logo FILE] --out FILE.pdf\n\n' +
    '  --member MEMBER   personal programme: only the items that member attends\n' +
    '  --all-members     one personal programme per member into --out-dir, named by member\n' +
    '  --variant         handout (default; public) or briefing (adds internal notes, talking points,\n' +
    '                    gifts, dress code and open follow-ups: for organisers only), or hosts\n' +
    '                    (incoming visits: who of us is needed when, each host\'s schedule, dietary needs),\n' +
    '                    invitation (incoming visits: the Schengen invitation letter in English, with\n' +
    '                    the visitors\' passport data — personal data; one visitor\'s with --member),\n' +
    '                    dietary (one meal\'s dietary needs for the restaurant, in English and Swedish,\n' +
    '                    or English and Chinese with a Chinese --lang), badges (90×55 mm name badges\n' +
    '                    with crop marks, 2 × 5 on A4), place-cards (folded tent cards, two per sheet),\n' +
    '                    seating (one meal\'s or meeting\'s table plan and who sits where), report (the\n' +
    '                    post-trip report: programme as carried out, outcomes, agreements, follow-ups),\n' +
    '                    or invitation-data (per traveller the data of a Chinese invitation letter, with\n' +
    '                    passport numbers, sex and date of birth — personal data; landscape)\n' +
    '  --item ITEM       the meal of --variant dietary, or the item of --variant seating (an id or\n' +
    '                    part of its title)\n' +
    '  --home-time       add a column with each time at home (incoming trips: the visitors\' home)\n' +
    '  --lang            zh: Chinese (Simplified); sv+zh, en+zh, sv+en: every label in both languages and\n' +
    '                    the second-language texts entered for items, meetings and members\n' +
    '  --lang, --paper   default: the organisation profile\'s document language and the paper\n' +
    '                    size chosen in Settings (sv and A4 until set)\n' +
    '  --org-name, --logo  name and logo (PNG, JPEG, SVG, WebP, GIF) on the cover; default: the\n' +
    '                    organisation profile in Settings, else the trip\'s sending (outgoing) or\n' +
    '                    hosting (incoming) organisation and no logo\n' +
    '  Chromium is found at /usr/bin/chromium (and other usual places) or $CHROMIUM_PATH.',
  options: {
    db: { type: 'string' },
    trip: { type: 'string' },
    member: { type: 'string' },
    item: { type: 'string' },
    'all-members': { type: 'boolean' },
    'out-dir': { type: 'string' },
    out: { type: 'string' },
    variant: { type: 'string' },
    lang: { type: 'string' },
    paper: { type: 'string' },
    'home-time': { type: 'boolean' },
    'org-name': { type: 'string' },
    logo: { type: 'string' },
  },
  async run(values, io) {
    const all = Boolean(values['all-members']);
    if (all && values.member !== undefined) throw new CliError('Use either --member MEMBER or --all-members, not both');
    if (all && values.out !== undefined) throw new CliError('--all-members writes one file per member: use --out-dir DIR instead of --out');
    if (!all && values['out-dir'] !== undefined) throw new CliError('--out-dir goes with --all-members; for one file use --out FILE.pdf');
    const outDir = all ? requireString(values['out-dir'], '--out-dir DIR') : null;
    const out = all ? null : requireString(values.out, '--out FILE.pdf');
    const variant = choice(DocumentVariant.options, values.variant, 'variant', 'handout');
    const langChoice = values.lang === undefined ? undefined : choice(DocumentLanguage.options, values.lang, 'lang', 'sv');
    const paperChoice = values.paper === undefined ? undefined : choice(Paper.options, values.paper, 'paper', 'a4');
    const logo = typeof values.logo === 'string' ? readLogo(values.logo) : undefined;
    const organisationName = typeof values['org-name'] === 'string' ? values['org-name'] : undefined;

    const withItem = variant === 'dietary' || variant === 'seating';
    if (withItem && values.item === undefined) throw new CliError(`--variant ${variant} needs --item ${variant === 'dietary' ? 'MEAL' : 'ITEM'} (an id or part of its title)`);
    if (!withItem && values.item !== undefined) throw new CliError('--item goes with --variant dietary or seating');
    if (all && ONE_DOCUMENT_VARIANTS.has(variant)) throw new CliError(`--all-members does not go with --variant ${variant}`);
    if (values.member !== undefined && MEMBERLESS_VARIANTS.has(variant)) throw new CliError(`--member does not go with --variant ${variant}`);
    const core = openCliCore(values.db);
    let workspace: TripWorkspace;
    let memberId: string | null = null;
    let itemId: string | null = null;
    let appSettings: Settings;
    try {
      appSettings = expectOk(core.dispatch('settings:get', {}));
      const trip = resolveTrip(core, values.trip);
      if (values.member !== undefined) memberId = resolveMember(core, trip.id, values.member).id;
      workspace = expectOk(core.dispatch('trips:workspace', { id: trip.id }));
      if (values.item !== undefined) itemId = (variant === 'seating' ? resolveSeatedItem(workspace, values.item) : resolveMeal(workspace, values.item)).id;
      // The whole-trip briefing and the post-trip report show the budget's totals, as in the app.
      if (variant === 'briefing' || variant === 'report') workspace.budget = expectOk(core.dispatch('budget:get', { tripId: trip.id }));
    } finally {
      core.close();
    }
    // Without --lang: the organisation profile's document language (Settings), like the app.
    const lang = langChoice ?? appSettings.organisation.documentLanguage ?? 'sv';
    const paper = paperChoice ?? appSettings.paper;
    const parsed = DocumentSettings.safeParse({ variant, lang, paper, memberId, itemId, homeTime: Boolean(values['home-time']), organisationName, logo });
    if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'Invalid document settings');
    const settings = withOrganisationProfile(parsed.data, appSettings);
    const problem = documentRequestProblem(workspace, settings);
    if (problem) throw new CliError(problem);
    if (all && workspace.members.length === 0) throw new CliError(`“${workspace.trip.title}” has no members to print programmes for`);

    // Refuse an unwritable destination before starting Chromium.
    outputStep(() => (out ? assertWritableFile(out) : fs.mkdirSync(outDir!, { recursive: true })));
    const printer = await printerOrFail();
    try {
      const started = Date.now();
      if (out) {
        const printed = await outputStepAsync(() => exportProgrammePdf(printer, workspace, settings, out));
        io.out(`Wrote ${out}: ${printed.title}, ${printed.pages} pages (${seconds(Date.now() - started)})\n`);
      } else {
        const printed = await outputStepAsync(() =>
          exportMemberProgrammes(printer, workspace, settings, outDir!, ({ index, total, member, file }) =>
            io.err(`[${index}/${total}] ${member.name} → ${path.basename(file)}\n`),
          ),
        );
        io.out(`Wrote ${printed.length} personal programmes to ${outDir} (${seconds(Date.now() - started)})\n`);
      }
      return 0;
    } finally {
      await printer.close();
    }
  },
};

/** Documents of the whole trip or one item: never one per member. */
const ONE_DOCUMENT_VARIANTS = new Set<string>(['invitation', 'dietary', 'seating', 'report', 'invitation-data', 'badges', 'place-cards']);
/** Documents that have no personal version (--member). */
const MEMBERLESS_VARIANTS = new Set<string>(['seating', 'report', 'invitation-data']);

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`Missing ${what}`);
  return value;
}

function choice<T extends string>(options: readonly T[], value: unknown, option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (options as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T;
  throw new CliError(`--${option} must be ${options.join(' or ')} (got "${String(value)}")`);
}

const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/** The logo file as a data: URL (the document loads nothing from disk itself). */
function readLogo(file: string): string {
  const type = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (!type) throw new CliError(`--logo must be a PNG, JPEG, GIF, WebP or SVG file (got ${file})`);
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    throw new CliError(`Cannot read the logo ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  if (data.byteLength > 2_000_000) throw new CliError(`The logo ${file} is too large (at most 2 MB)`);
  return `data:${type};base64,${data.toString('base64')}`;
}

function outputStep<T>(step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof OutputPathError) throw new CliError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new CliError(`Cannot write there: ${(error as Error).message.split('\n')[0]}`);
    throw error;
  }
}

async function outputStepAsync<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OutputPathError) throw new CliError(error.message);
    throw error;
  }
}

async function printerOrFail(): Promise<PdfPrinter> {
  try {
    return await launchPdfPrinter();
  } catch (error) {
    // Not bad input but a missing program: exit 1, still one line.
    if (error instanceof PrinterUnavailableError) throw new CliError(error.message, 1);
    throw error;
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
