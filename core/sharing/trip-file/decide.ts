import type { ImportAction, ImportChange, MergeChoice, SharingEntityType } from '../../../shared/sharing/types';
import type { SharedHistory, Version } from './shared-versions';

/**
 * The merge rule for one entity that the file carries, given the local row (if any). Versions are
 * (revision, updatedAt); "shared" means listed in shared_versions (exported or imported here).
 *
 * | here                          | in the file                         | result                         |
 * |-------------------------------|-------------------------------------|--------------------------------|
 * | missing, never deleted        | anything                            | add                            |
 * | deleted here                  | a version we shared                 | stays_deleted                  |
 * | deleted here                  | a version new to us                 | conflict (restore if theirs)   |
 * | same content                  | same content                        | unchanged                      |
 * | anything                      | a version we shared (old news)      | keep_local                     |
 * | unchanged since shared        | newer (revision, then time)         | update                         |
 * | otherwise (both changed)      |                                     | conflict (ours unless theirs)  |
 */
export interface Versioned extends Version {
  createdAt: string;
}

export interface Subject<T extends Versioned> {
  type: SharingEntityType;
  id: string;
  label: string;
  local: T | undefined;
  incoming: T;
  /** The entity's fields that matter for "is it different" (no ids or versions). */
  comparable: (entity: T) => Record<string, unknown>;
  deletedHere: boolean;
}

export interface Decision {
  change: ImportChange;
  /** Whether the incoming version ends up in the database. */
  takesTheirs: boolean;
}

export type Chooser = (type: SharingEntityType, id: string) => MergeChoice;

export function decide<T extends Versioned>(s: Subject<T>, history: SharedHistory, choose: Chooser): Decision {
  const base = { type: s.type, id: s.id, label: s.label };
  const seenTheirs = history.has(s.type, s.id, s.incoming);
  const result = (action: ImportAction, takesTheirs: boolean, reason: string, extra: Partial<ImportChange> = {}): Decision => ({
    change: { ...base, action, willApply: takesTheirs, reason, ...extra },
    takesTheirs,
  });

  if (!s.local) {
    if (!s.deletedHere) return result('add', true, 'New in the file');
    if (seenTheirs) return result('stays_deleted', false, 'Deleted here; the file has the version from before the deletion');
    const choice = choose(s.type, s.id);
    const outcome = choice === 'theirs' ? 'it is brought back' : 'it stays deleted unless you take the file’s version';
    return result('conflict', choice === 'theirs', `Deleted here but changed in the file: ${outcome}`, { outcome: choice });
  }

  const fields = differingFields(s.comparable(s.local), s.comparable(s.incoming));
  if (fields.length === 0) return result('unchanged', false, 'Same in both');
  if (seenTheirs) {
    return result('keep_local', false, 'This database already had the file’s version; the version here is newer', { fields });
  }
  const localUnchanged = history.has(s.type, s.id, s.local);
  if (localUnchanged && isNewer(s.incoming, s.local)) {
    return result('update', true, 'Changed in the file; unchanged here since it was last shared', { fields });
  }
  const choice = choose(s.type, s.id);
  const why = history.knows(s.type, s.id)
    ? 'Changed both here and in the file since it was last shared'
    : 'Different here and in the file, and it was never shared from or to this database';
  const outcome = choice === 'theirs' ? 'the file’s version is taken' : 'the version here is kept';
  return result('conflict', choice === 'theirs', `${why}: ${outcome}`, { fields, outcome: choice });
}

/** A later revision wins; at the same revision, the later edit. */
export function isNewer(a: Version, b: Version): boolean {
  return a.revision > b.revision || (a.revision === b.revision && a.updatedAt > b.updatedAt);
}

export function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** The entity without its id, owner and version fields: what an edit changes. */
export function contentOf(entity: object, omit: readonly string[] = []): Record<string, unknown> {
  const skip = new Set(['id', 'itemId', 'tripId', 'createdAt', 'updatedAt', 'revision', ...omit]);
  return Object.fromEntries(Object.entries(entity).filter(([k]) => !skip.has(k)));
}
