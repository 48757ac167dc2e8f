import type { TripWorkspace } from '../domain/workspace';
import type { DocumentSettings } from './options';

/**
 * Why this workspace cannot have the requested document, or null when it can. Shared by the
 * CLI (a one-line error), the API (invalid input) and the Documents screen (what it offers).
 */
export function documentRequestProblem(workspace: TripWorkspace, settings: Pick<DocumentSettings, 'variant' | 'memberId' | 'itemId'>): string | null {
  if (settings.variant === 'invitation') {
    if (workspace.trip.direction !== 'incoming') return 'The invitation letter is for incoming visits (we invite the visitors)';
    const member = settings.memberId === null ? null : workspace.members.find((m) => m.id === settings.memberId);
    if (member && member.side !== 'visitor') return `${member.name} is a host: invitation letters are for visitors`;
    if (!workspace.members.some((m) => m.side === 'visitor')) return 'The visit has no visitors to invite yet';
  }
  if (settings.variant === 'dietary') {
    if (settings.itemId === null) return 'The dietary sheet is for one meal: name the meal (--item)';
    const item = workspace.items.find((i) => i.id === settings.itemId);
    if (!item) return `No item with id ${settings.itemId} in this trip`;
    if (item.kind !== 'meal') return `“${item.title}” is not a meal: the dietary sheet is for meals`;
  }
  if (settings.variant === 'seating') {
    if (settings.itemId === null) return 'The seating plan is for one meal or meeting: name it (--item)';
    const item = workspace.items.find((i) => i.id === settings.itemId);
    if (!item) return `No item with id ${settings.itemId} in this trip`;
    if (!item.seating) return `“${item.title}” has no seating plan yet: make one in its Seating panel first`;
  }
  return null;
}
