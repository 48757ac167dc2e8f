import type Database from 'better-sqlite3';
import type { ParsedInput, PrintedPdf } from '../../shared/api/contract';
// Not '../documents' (its index re-exports the Playwright printer, which the Electron bundle must not pull in).
import { countPdfPages, memberFileNames, safeFileName } from '../documents/export';
import { renderProgrammeDocument } from '../documents/html';
import { notFound, ServiceError } from '../services/errors';
import { getWorkspace } from '../services/workspace';
import { getBudget } from '../services/per-diem';
import { getSettings } from '../services/settings';
import { withOrganisationProfile } from '../../shared/documents/profile';
import { documentRequestProblem } from '../../shared/documents/requests';
import { afterTransaction, type Deferred } from './deferred';

/**
 * The document operations. 'documents:html' (the live preview) and 'documents:pdf' render the
 * same page from one snapshot of the trip, so the preview is exactly what gets printed.
 */

type DocumentRequest = ParsedInput<'documents:html'>;

/** The requested page, with the organisation's profile (name, logo, footer) from the settings. */
function renderRequested(db: Database.Database, { tripId, ...settings }: DocumentRequest) {
  const workspace = getWorkspace(db, tripId);
  // The briefing and the post-trip report show the budget's totals; other documents do not need the computation.
  if ((settings.variant === 'briefing' || settings.variant === 'report') && settings.memberId === null) workspace.budget = getBudget(db, tripId, workspace);
  const members = [...workspace.members].sort((a, b) => a.precedence - b.precedence);
  if (settings.memberId !== null && !members.some((m) => m.id === settings.memberId)) {
    throw notFound('member of this trip', settings.memberId);
  }
  const problem = documentRequestProblem(workspace, settings);
  if (problem) throw new ServiceError('invalid_input', problem);
  return { members, settings, ...renderProgrammeDocument(workspace, withOrganisationProfile(settings, getSettings(db))) };
}

/** 'documents:html': the programme page for the live preview (fonts inlined, like the PDF). */
export function programmeHtml(db: Database.Database, request: DocumentRequest): { html: string; title: string } {
  const { html, title } = renderRequested(db, request);
  return { html, title };
}

/**
 * 'documents:pdf': the same page printed by the core's printer. The page is rendered inside the
 * transaction (one snapshot of the trip); printing waits outside it.
 */
export function programmePdf(db: Database.Database, request: ParsedInput<'documents:pdf'>): Deferred<PrintedPdf> {
  const { html, page, title, members, settings } = renderRequested(db, request);
  // Personal programmes are named by member, exactly like the CLI's --all-members files; a
  // visitor's invitation letter says what it is, so it is not mistaken for their programme.
  const memberFile = settings.memberId !== null ? memberFileNames(members).get(settings.memberId) : undefined;
  const fileName =
    (memberFile && settings.variant === 'invitation' ? `Invitation letter - ${memberFile}` : memberFile) || `${safeFileName(title)}.pdf`;
  return afterTransaction(async ({ printPdf }) => {
    if (!printPdf) {
      throw new ServiceError('internal', 'PDF printing is not available in this program (it was started without a printer)');
    }
    let pdf: Uint8Array;
    try {
      pdf = await printPdf(html, page);
    } catch (error) {
      // E.g. "Chromium was not found: install chromium … or set CHROMIUM_PATH"; one line for the user.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new ServiceError('internal', `The PDF could not be printed: ${reason}`);
    }
    return { fileName, title, pages: countPdfPages(pdf), base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
  });
}

/** 'documents:warmUp': start the printer ahead of the first print; nothing to read. */
export function warmUpPrinter(): Deferred<{ started: boolean }> {
  return afterTransaction(async ({ warmUpPrinter: warmUp }) => {
    if (!warmUp) return { started: false };
    await warmUp();
    return { started: true };
  });
}
