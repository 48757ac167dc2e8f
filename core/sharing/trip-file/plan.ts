import type Database from 'better-sqlite3';
import {
  ImportOptions as ImportOptionsSchema,
  type ImportChange,
  type ImportOptions,
  type ImportPreview,
  type MergeChoice,
  type SharingEntityType,
} from '../../../shared/sharing/types';
import { contentOf, decide, type Chooser, type Versioned } from './decide';
import type { FileContact, FileGroup, FileItem, FileMeeting, FileMember, FileOrganisation, FileTrip, TripFile } from './format';
import { loadLocalState, type LocalState } from './local';
import { matchAddressBook } from './match';
import { SharedHistory, type SharedVersionRecord } from './shared-versions';
import { erasedIds } from '../../services/privacy/erase';

/** One entity's fate: the change shown to the user and, when it writes, what is written. */
export interface Planned<T> {
  change: ImportChange;
  /** insert: a new row; overwrite: the local row becomes the file's version; delete: removed. */
  op?: 'insert' | 'overwrite' | 'delete';
  /** The file's version with ids remapped to matched contacts and dropped references removed. */
  entity?: T;
}

type LocalOnlyRef = { type: 'member' | 'member_group' | 'item'; id: string };

export interface ImportPlan {
  file: TripFile;
  organisations: Planned<FileOrganisation>[];
  contacts: Planned<FileContact>[];
  trip: Planned<FileTrip>;
  members: Planned<FileMember>[];
  groups: Planned<FileGroup>[];
  items: Planned<FileItem>[];
  meetings: Planned<FileMeeting>[];
  /** Local members, groups and items that the file does not have (deleted there, or added here). */
  localOnly: Planned<LocalOnlyRef>[];
  /** Versions the database holds after applying: recorded as shared. */
  shared: SharedVersionRecord[];
  preview: ImportPreview;
}

/**
 * Compare a validated trip file with the database and decide every entity's fate (rules in
 * decide.ts and match.ts). Reads only; applyPlan writes. The preview the user confirms is this
 * plan's, so with the same options the import does exactly what the preview said.
 */
export function planImport(db: Database.Database, file: TripFile, rawOptions: ImportOptions = {}): ImportPlan {
  const options = ImportOptionsSchema.parse(rawOptions);
  const local = loadLocalState(db, file);
  const history = SharedHistory.load(db, idsByType(file, local));
  const resolutions = new Map(options.resolutions.map((r) => [`${r.type}:${r.id}`, r.choose]));
  const choose: Chooser = (type, id) => resolutions.get(`${type}:${id}`) ?? (options.theirs ? 'theirs' : 'ours');
  const warnings: string[] = [];
  const tripId = file.trip.id;
  const shared: SharedVersionRecord[] = [];

  /** Decide one entity; `normalise` puts both versions in a comparable shape (e.g. sets sorted). */
  const plan = <T extends Versioned>(
    type: SharingEntityType,
    id: string,
    label: string,
    here: T | undefined,
    incoming: T,
    { omit = [], normalise = (e: T) => e }: { omit?: readonly string[]; normalise?: (e: T) => T } = {},
  ): Planned<T> => {
    const decision = decide(
      {
        type,
        id,
        label,
        local: here,
        incoming,
        comparable: (e) => contentOf(normalise(e), omit),
        deletedHere: local.deleted.has(id),
      },
      history,
      choose,
    );
    const { action } = decision.change;
    const version = (v: Versioned) => ({ type, id, tripId, revision: v.revision, updatedAt: v.updatedAt });
    if (decision.takesTheirs || action === 'unchanged' || action === 'keep_local') shared.push(version(incoming));
    if (action === 'unchanged' && here) shared.push(version(here));
    return { change: decision.change, op: decision.takesTheirs ? (here ? 'overwrite' : 'insert') : undefined, entity: incoming };
  };

  const book = matchAddressBook(file, local, history, choose, options.updateContacts);
  shared.push(...book.shared);
  // People erased here on request (GDPR) stay erased, whatever the file or the merge choices say.
  const erased = erasedIds(db, [...file.members.map((m) => m.id), ...file.contacts.map((c) => c.id)]);
  book.contacts = book.contacts.map((p) => (erased.has(p.change.id) ? staysErased('contact', p.change.id, p.change.label) : p));
  const mapContact = (id: string) => book.contactIds.get(id) ?? id;
  const keptContacts = (ids: string[]) => ids.filter((id) => !erased.has(id));
  const mapOrganisation = (id: string | null) => (id === null ? null : (book.organisationIds.get(id) ?? id));
  const unique = (ids: string[]) => [...new Set(ids)];

  const trip = plan('trip', tripId, file.trip.title, local.trip, file.trip);

  // Passport data is compared only when the file carries it; otherwise ours stays.
  const members = file.members.map((m) =>
    erased.has(m.id)
      ? staysErased<FileMember>('member', m.id, m.name)
      : plan('member', m.id, m.name, local.members.get(m.id), m, {
          omit: ['passportNumber', 'sex', 'dateOfBirth'].filter((field) => m[field as keyof typeof m] === undefined),
        }),
  );

  // Local members, groups and items that the file does not have.
  const inFile = new Set([...file.members, ...file.groups, ...file.items].map((e) => e.id));
  const deletedThere = new Set(file.tombstones.map((t) => t.entityId));
  const localOnly: Planned<LocalOnlyRef>[] = [];
  for (const [type, entities] of [
    ['item', [...local.items.values()].map((i) => ({ ...i, label: `${i.title} (${i.startLocal.replace('T', ' ')})` }))],
    ['member_group', [...local.groups.values()].map((g) => ({ ...g, label: g.name }))],
    ['member', [...local.members.values()].map((m) => ({ ...m, label: m.name }))],
  ] as const) {
    for (const entity of entities) {
      if (inFile.has(entity.id)) continue;
      localOnly.push(plannedRemoval(type, entity, entity.label, deletedThere.has(entity.id), history, choose, options.applyDeletions));
    }
  }
  const removed = new Set(localOnly.filter((p) => p.op === 'delete').map((p) => p.change.id));

  // What exists once applied: references to members (or items) that will not are dropped.
  const existsAfter = (planned: Planned<{ id: string }>[], here: Map<string, unknown>) =>
    new Set([
      ...planned.filter((p) => p.op === 'insert' || (here.has(p.change.id) && !removed.has(p.change.id))).map((p) => p.change.id),
      ...[...here.keys()].filter((id) => !inFile.has(id) && !removed.has(id)),
    ]);
  const membersAfter = existsAfter(members, local.members);
  const memberNames = new Map(file.members.map((m) => [m.id, m.name]));
  const keepMembers = (ids: readonly string[], where: string) =>
    ids.filter((id) => {
      if (membersAfter.has(id)) return true;
      warnings.push(`${where}: ${memberNames.get(id) ?? id} is left out because the member was deleted here`);
      return false;
    });

  // Groups list members in each side's order of precedence: compared as sets.
  const sortedMembers = (g: FileGroup) => ({ ...g, memberIds: [...g.memberIds].sort() });
  const groups = file.groups.map((g) => {
    const p = plan('member_group', g.id, g.name, local.groups.get(g.id), g, { normalise: sortedMembers });
    if (p.op) p.entity = { ...g, memberIds: keepMembers(g.memberIds, `Group “${g.name}”`) };
    return p;
  });

  const itemLabel = (i: FileItem) => `${i.title} (${i.startLocal.replace('T', ' ')})`;
  const items = file.items.map((raw) => {
    const i = { ...raw, contactIds: unique(keptContacts(raw.contactIds).map(mapContact)) };
    const p = plan('item', i.id, itemLabel(i), local.items.get(i.id), i);
    if (p.op) p.entity = { ...i, participantIds: keepMembers(i.participantIds, `“${itemLabel(i)}”`) };
    return p;
  });
  const itemsAfter = existsAfter(items, local.items);
  const itemTitles = new Map(file.items.map((i) => [i.id, i.title]));

  const meetings = file.meetings
    // Details of an item that stays deleted here go with it.
    .filter((m) => itemsAfter.has(m.itemId))
    .map((raw) => {
      const m: FileMeeting = {
        ...raw,
        hostOrganisationId: mapOrganisation(raw.hostOrganisationId),
        counterpartIds: unique(keptContacts(raw.counterpartIds).map(mapContact)),
        interpreterContactId: raw.interpreterContactId === null || erased.has(raw.interpreterContactId) ? null : mapContact(raw.interpreterContactId),
      };
      const title = itemTitles.get(m.itemId) ?? m.itemId;
      const p = plan('meeting', m.itemId, `Meeting details: ${title}`, local.meetings.get(m.itemId), m);
      if (p.op && m.interpreterMemberId && !membersAfter.has(m.interpreterMemberId)) {
        warnings.push(`Meeting details of “${title}”: the interpreter is left out because the member was deleted here`);
        p.entity = { ...m, interpreterMemberId: null };
      }
      return p;
    });

  const all: ImportChange[] = [
    trip.change,
    ...members.map((p) => p.change),
    ...groups.map((p) => p.change),
    ...items.map((p) => p.change),
    ...meetings.map((p) => p.change),
    ...localOnly.map((p) => p.change),
    ...book.contacts.map((p) => p.change),
    ...book.organisations.map((p) => p.change),
  ];
  return {
    file,
    organisations: book.organisations,
    contacts: book.contacts,
    trip,
    members,
    groups,
    items,
    meetings,
    localOnly,
    shared,
    preview: summarise(file, local, all, warnings, {
      pendingDeletions: localOnly.filter((p) => p.change.action !== 'local_only' && !p.change.willApply).length,
      pendingContactUpdates: [...book.contacts, ...book.organisations].filter((p) => p.change.usedByOtherTrips && !p.change.willApply).length,
    }),
  };
}

/** A member or contact erased here on request: never written, whatever the file says. */
function staysErased<T>(type: 'member' | 'contact', id: string, label: string): Planned<T> {
  return { change: { type, id, label, action: 'stays_deleted', willApply: false, reason: 'Erased here on request (personal data): not brought back' } };
}

/** A local member, group or item that the file does not have. */
function plannedRemoval(
  type: LocalOnlyRef['type'],
  entity: Versioned & { id: string },
  label: string,
  deletedThere: boolean,
  history: SharedHistory,
  choose: Chooser,
  applyDeletions: boolean,
): Planned<LocalOnlyRef> {
  const base = { type, id: entity.id, label };
  if (!deletedThere) {
    return { change: { ...base, action: 'local_only', willApply: false, reason: 'Only here (added here, or never in the file): kept' } };
  }
  // Unchanged here since shared: a plain deletion; changed here: a conflict the user resolves.
  const unchangedHere = history.has(type, entity.id, entity);
  const choice: MergeChoice = unchangedHere ? 'theirs' : choose(type, entity.id);
  const willApply = applyDeletions && choice === 'theirs';
  const reason = unchangedHere
    ? willApply
      ? 'Deleted in the file: removed here too'
      : 'Deleted in the file: removed only when you confirm deletions'
    : willApply
      ? 'Deleted in the file but changed here: removed as you chose'
      : 'Deleted in the file but changed here: kept unless you take the file’s version and confirm deletions';
  return {
    change: { ...base, action: unchangedHere ? 'remove' : 'conflict', outcome: willApply ? 'theirs' : 'ours', willApply, reason },
    op: willApply ? 'delete' : undefined,
    entity: { type, id: entity.id },
  };
}

function summarise(
  file: TripFile,
  local: LocalState,
  all: ImportChange[],
  warnings: string[],
  pending: { pendingDeletions: number; pendingContactUpdates: number },
): ImportPreview {
  const summary: ImportPreview['summary'] = {};
  for (const c of all) {
    const forType = (summary[c.type] ??= {});
    forType[c.action] = (forType[c.action] ?? 0) + 1;
  }
  return {
    file: { formatVersion: file.version, exportedAt: file.exportedAt, includesPassports: file.includesPassports },
    trip: { id: file.trip.id, title: file.trip.title, startDate: file.trip.startDate, endDate: file.trip.endDate },
    mode: local.trip ? 'merge' : 'new',
    restoresDeletedTrip: local.tripDeleted,
    changes: all.filter((c) => c.action !== 'unchanged'),
    summary,
    conflicts: all.filter((c) => c.action === 'conflict').length,
    ...pending,
    warnings,
    upToDate: !all.some((c) => c.willApply),
  };
}

function idsByType(file: TripFile, local: LocalState): Map<SharingEntityType, string[]> {
  const both = (fileIds: string[], here: Map<string, unknown>) => [...new Set([...fileIds, ...here.keys()])];
  return new Map<SharingEntityType, string[]>([
    ['trip', [file.trip.id]],
    ['member', both(file.members.map((m) => m.id), local.members)],
    ['member_group', both(file.groups.map((g) => g.id), local.groups)],
    ['item', both(file.items.map((i) => i.id), local.items)],
    ['meeting', file.meetings.map((m) => m.itemId)],
    ['contact', file.contacts.map((c) => c.id)],
    ['organisation', file.organisations.map((o) => o.id)],
  ]);
}
