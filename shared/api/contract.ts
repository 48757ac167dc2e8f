import { z } from 'zod';
import { asyncRead, read, write, type DataArea, type OperationDescriptor, type OperationMode } from './operation';
import { Id, LocalDate, RequiredLine } from '../domain/primitives';
import { TripCreate, TripPatch, type Trip, type TripSummary } from '../domain/trip';
import { MemberCreate, MemberPatch, type Member, type MemberGroup } from '../domain/member';
import { ItemCreate, ItemPatch, type Item } from '../domain/item';
import { MeetingDetailsInput, type MeetingDetails } from '../domain/meeting';
import {
  ContactCreate,
  ContactPatch,
  OrganisationCreate,
  OrganisationPatch,
  type Contact,
  type Organisation,
} from '../domain/contact';
import type { SearchHit } from '../domain/search';
import { BackupRestoreInput, type BackupList, type BackupSummary, type RestoreResult } from '../domain/backup';
import type { TripWorkspace } from '../domain/workspace';
import { LogoInput, SettingsPatch, type DemoStatus, type Settings } from '../domain/settings';
import { DocumentHtmlInput } from '../documents/options';
import { CheckOptions } from '../checks/options';
import type { CheckResult } from '../checks/types';
import {
  CalendarInput,
  CsvInput,
  ExportTripInput,
  ImportTripInput,
  VcardInput,
  type ExportedFile,
  type ImportPreview,
  type ImportResult,
  type VcardExport,
} from '../sharing/types';

const byId = z.object({ id: Id });
const byTrip = z.object({ tripId: Id });
const patchOf = <P extends z.ZodType>(patch: P) => z.object({ id: Id, patch });
/** A delete answers with the trash entry that `trash:restore` takes to undo it. */
const deleted = (affects: readonly DataArea[]) => write<{ id: string; trashId: string }>(affects);

/** What a write to one part of a trip makes stale: that part, the trip's aggregates, search. */
const tripPart = (area: DataArea): DataArea[] => [area, 'trips', 'search'];
/** Contacts and organisations appear in items' and meetings' details too. */
const ADDRESS_BOOK: DataArea[] = ['contacts', 'organisations', 'items', 'meetings', 'trips', 'search'];
/** Everything a trip holds (an import, a restored trash entry). */
const ALL_TRIP_DATA: DataArea[] = ['trips', 'members', 'groups', 'items', 'meetings', 'contacts', 'organisations', 'search', 'checks', 'documents'];

export const DuplicateTripInput = z.object({
  id: Id,
  /** First day of the copy; every date in the trip moves by the same number of days. */
  startDate: LocalDate,
  title: RequiredLine(200).optional(),
});
export const ReorderInTripInput = z.object({ tripId: Id, ids: z.array(Id).max(10_000) });
export const CopyMembersInput = z.object({
  fromTripId: Id,
  toTripId: Id,
  /** Only these members of the source trip; all when omitted. */
  memberIds: z.array(Id).max(1_000).optional(),
});
export const GroupCreateInput = z.object({
  tripId: Id,
  name: RequiredLine(120),
  memberIds: z.array(Id).max(1_000).default([]),
});
export const GroupUpdateInput = z.object({
  id: Id,
  name: RequiredLine(120).optional(),
  memberIds: z.array(Id).max(1_000).optional(),
});
export const MeetingUpdateInput = z.object({ itemId: Id, patch: MeetingDetailsInput });
export const ContactQueryInput = z.object({
  query: z.string().max(200).default(''),
  organisationId: Id.optional(),
  limit: z.number().int().min(1).max(1_000).default(100),
  offset: z.number().int().min(0).default(0),
});
export const SearchInput = z.object({
  query: z.string().trim().min(1, 'Type something to search for').max(200),
  limit: z.number().int().min(1).max(200).default(30),
});

/**
 * The one list of operations in the program. Electron IPC, the browser-mode HTTP transport and
 * the test bridge all dispatch through it, and the core implements exactly these names, so an
 * operation added here is available everywhere (and the type checker says where it is missing).
 *
 * Each entry is one descriptor (operation.ts): the zod schema every transport validates the input
 * with, the type of the value a successful call returns, and what the operation is — `read(…)`,
 * `write([what it changes])(…)` or `asyncRead(…)`. The core's transaction modes and the renderer's
 * invalidation are derived from that, so declaring an operation is one line here plus its handler.
 */
export const contract = {
  'trips:list': read<TripSummary[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'trips:get': read<Trip>()(byId),
  /** Everything the trip workspace shows, in one round trip. */
  'trips:workspace': read<TripWorkspace>()(byId),
  'trips:create': write<Trip>(tripPart('trips'))(TripCreate),
  'trips:update': write<Trip>(tripPart('trips'))(patchOf(TripPatch)),
  'trips:archive': write<Trip>(tripPart('trips'))(z.object({ id: Id, archived: z.boolean() })),
  'trips:delete': deleted(tripPart('trips'))(byId),
  /** Copy a trip as a template (members, groups, items, meeting details) shifted to new dates. */
  'trips:duplicate': write<Trip>(tripPart('trips'))(DuplicateTripInput),

  'members:list': read<Member[]>()(byTrip),
  'members:create': write<Member>(tripPart('members'))(MemberCreate),
  'members:update': write<Member>(tripPart('members'))(patchOf(MemberPatch)),
  'members:delete': deleted(tripPart('members'))(byId),
  /** Order of precedence: ids lists every member of the trip, highest first. */
  'members:reorder': write<Member[]>(tripPart('members'))(ReorderInTripInput),
  /** Copy members from an earlier trip without retyping. */
  'members:copyFromTrip': write<Member[]>(tripPart('members'))(CopyMembersInput),

  'groups:list': read<MemberGroup[]>()(byTrip),
  'groups:create': write<MemberGroup>(tripPart('groups'))(GroupCreateInput),
  'groups:update': write<MemberGroup>(tripPart('groups'))(GroupUpdateInput),
  'groups:delete': deleted(tripPart('groups'))(byId),

  'items:list': read<Item[]>()(byTrip),
  'items:get': read<Item>()(byId),
  'items:create': write<Item>(tripPart('items'))(ItemCreate),
  'items:update': write<Item>(tripPart('items'))(patchOf(ItemPatch)),
  'items:delete': deleted(tripPart('items'))(byId),
  /** Order of items that start at the same time: ids in the wanted order. */
  'items:reorder': write<Item[]>(tripPart('items'))(ReorderInTripInput),

  'meetings:get': read<MeetingDetails>()(z.object({ itemId: Id })),
  'meetings:update': write<MeetingDetails>(tripPart('meetings'))(MeetingUpdateInput),

  'organisations:list': read<Organisation[]>()(z.object({})),
  'organisations:create': write<Organisation>(['organisations', 'contacts', 'trips', 'search'])(OrganisationCreate),
  'organisations:update': write<Organisation>(ADDRESS_BOOK)(patchOf(OrganisationPatch)),
  'organisations:delete': deleted(ADDRESS_BOOK)(byId),

  'contacts:list': read<{ total: number; contacts: Contact[] }>({ usesSearchIndex: true })(ContactQueryInput),
  'contacts:get': read<Contact>()(byId),
  'contacts:create': write<Contact>(tripPart('contacts'))(ContactCreate),
  'contacts:update': write<Contact>(ADDRESS_BOOK)(patchOf(ContactPatch)),
  'contacts:delete': deleted(ADDRESS_BOOK)(byId),

  /** Trips, members, items and contacts matching a text, best matches first. */
  'search:global': read<SearchHit[]>({ usesSearchIndex: true })(SearchInput),

  /** Undo a delete: put back exactly what it removed (same ids), from its trash entry. */
  'trash:restore': write<{ entityType: string; id: string; tripId: string | null }>(ALL_TRIP_DATA)(z.object({ trashId: Id })),

  /** The programme document as self-contained HTML (live preview; Electron prints the same page). */
  'documents:html': read<{ html: string; title: string }>()(DocumentHtmlInput),
  /**
   * The same document printed to PDF (base64, so every transport carries it as JSON). Async: the
   * core prints with the printer it was opened with (Chromium in the CLI and browser mode,
   * Electron's printToPDF in the app); without one it fails with a message saying so.
   */
  'documents:pdf': asyncRead<PrintedPdf>()(DocumentHtmlInput),
  /**
   * Start the PDF printer now, so the first Export PDF does not wait for it; the app asks once it
   * is idle. Async; `started` is false where the program warms nothing up (CLI, no printer).
   */
  'documents:warmUp': asyncRead<{ started: boolean }>()(z.object({})),

  /** The trip checks (shared/checks): findings, most serious first; options default sensibly. */
  'checks:run': read<CheckResult[]>()(z.object({ tripId: Id, options: CheckOptions.optional() })),

  /** The trip as a .delegation file (versioned JSON); see docs/trip-file-format.md. */
  'sharing:exportTrip': read<ExportedFile>()(ExportTripInput),
  /** Validate a .delegation file and say what importing it would change; writes nothing. */
  'sharing:previewImport': read<ImportPreview>()(ImportTripInput),
  /** Import (new trip or merge into the existing one) in one transaction, with the preview's rules. */
  'sharing:applyImport': write<ImportResult>(ALL_TRIP_DATA)(ImportTripInput),
  /** Calendar file (RFC 5545) of the programme, or of one member's items. */
  'sharing:ics': read<ExportedFile>()(CalendarInput),
  /** Members or contacts as CSV for Excel (UTF-8 with BOM). */
  'sharing:csv': read<ExportedFile>()(CsvInput),

  /** Backups of the database file in <its folder>/backups, newest first (core/db/backup.ts). */
  'backups:list': read<BackupList>()(z.object({})),
  /** Take a backup now. */
  'backups:create': write<BackupSummary>(['backups'])(z.object({})),
  /** Replace all data with a listed backup's, keeping the current data aside as a backup first. */
  'backups:restore': write<RestoreResult>([...ALL_TRIP_DATA, 'backups', 'settings', 'demo'])(BackupRestoreInput),
  /** Contacts as vCard 3.0 (the trip's, or the whole address book). */
  'sharing:vcard': read<VcardExport>()(VcardInput),

  /** The app's settings, kept in the data file (language, home zone, paper, organisation profile). */
  'settings:get': read<Settings>()(z.object({})),
  /** Change some settings; the answer is all of them. */
  'settings:update': write<Settings>(['settings', 'documents', 'trips', 'search'])(SettingsPatch),
  /** The organisation's logo (PNG, JPEG, GIF, WebP up to 1 MB, checked by content); null removes it. */
  'settings:setLogo': write<Settings>(['settings', 'documents', 'trips', 'search'])(LogoInput),

  /** Whether to offer the demo delegations (an empty database) and which demo trips are present. */
  'demo:status': read<DemoStatus>()(z.object({})),
  /** Create the two demo delegations (idempotent). */
  'demo:load': write<DemoStatus>(['trips', 'contacts', 'organisations', 'search', 'demo'])(z.object({})),
  /** Remove the demo trips and the demo contacts nothing else uses. */
  'demo:remove': write<DemoStatus & { removedTrips: number }>(['trips', 'contacts', 'organisations', 'search', 'demo'])(z.object({})),
} as const satisfies Record<string, OperationDescriptor>;

/** A programme printed to PDF: a suggested file name and the bytes in base64. */
export interface PrintedPdf {
  /** "Programme Västerås delegation….pdf"; a personal programme is named by its member, as the CLI names it. */
  fileName: string;
  title: string;
  pages: number;
  base64: string;
}

export type { DataArea, OperationMode } from './operation';
export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What the implementation receives after validation (defaults filled in). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationResult<K extends OperationName> = Contract[K]['result'];

export const operationNames = Object.keys(contract) as OperationName[];

/** The operations of one mode, e.g. 'async' → 'documents:pdf' | 'documents:warmUp'. */
export type OperationNameOfMode<M extends OperationMode> = {
  [K in OperationName]: Contract[K]['mode'] extends M ? K : never;
}[OperationName];
export type AsyncOperationName = OperationNameOfMode<'async'>;

export const operationMode = (name: OperationName): OperationMode => contract[name].mode;

/** Operations whose handler is asynchronous (they wait for a printer): dispatch answers them with a promise. */
export const ASYNC_OPERATIONS: ReadonlySet<OperationName> = new Set(operationNames.filter((name) => contract[name].mode === 'async'));

/** What a successful write makes stale (nothing for reads): the renderer re-runs those queries. */
export function affectedBy(name: OperationName): readonly DataArea[] {
  const entry: OperationDescriptor = contract[name];
  return entry.affects ?? [];
}
export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(contract, name);
