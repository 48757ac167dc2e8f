import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import { notFound, ServiceError } from '../services/errors';
import { documentRequestProblem } from '../../shared/documents/requests';
import { getWorkspace } from '../services/workspace';
import { getBudget } from '../services/per-diem';
import { renderProgrammeDocument } from './html';
import { withOrganisationProfile } from '../../shared/documents/profile';
import { getSettings } from '../services/settings';

/** 'documents:html': the programme page for the live preview (fonts inlined, like the PDF). */
export function programmeHtml(db: Database.Database, { tripId, ...settings }: ParsedInput<'documents:html'>): { html: string; title: string } {
  const workspace = getWorkspace(db, tripId);
  // The briefing shows the budget's totals; other documents do not need the computation.
  if (settings.variant === 'briefing' && settings.memberId === null) workspace.budget = getBudget(db, tripId, workspace);
  if (settings.memberId !== null && !workspace.members.some((m) => m.id === settings.memberId)) {
    throw notFound('member of this trip', settings.memberId);
  }
  const problem = documentRequestProblem(workspace, settings);
  if (problem) throw new ServiceError('invalid_input', problem);
  const { html, title } = renderProgrammeDocument(workspace, withOrganisationProfile(settings, getSettings(db)));
  return { html, title };
}
