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
import {
  CostLineCreate,
  CostLinePatch,
  FundingSourceCreate,
  FundingSourcePatch,
  PerDiemRate,
  type CostLine,
  type FundingSource,
  type TripBudget,
} from '../domain/budget';
import type { PerDiemReport } from '../per-diem';
import { GiftCreate, GiftPatch, GiftRegisterQuery, type Gift, type GiftRegisterEntry } from '../domain/gift';
import { AttachmentAdd, type AttachmentContent, type AttachmentInfo } from '../domain/attachment';
import { BackupRestoreInput, type BackupList, type BackupSummary, type RestoreResult } from '../domain/backup';
import type { TripWorkspace } from '../domain/workspace';
import { LogoInput, SettingsPatch, type DemoStatus, type Settings } from '../domain/settings';
import { DocumentHtmlInput } from '../documents/options';
import { AppLanguage } from '../domain/language';
import {
  EncryptInput,
  EraseInput,
  PersonQuery,
  PurgeInput,
  type EncryptionStatus,
  type EraseResult,
  type PersonLookup,
  type PersonRecord,
  type PurgePreview,
} from '../domain/privacy';
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
import { SetAddressBookSharingInput, SetSensitiveInput, SetTeamInput, ShareTripInput, type SyncTeamView, type TripSyncStatus } from '../sync/status';
import { MarkSeenInput, PlannerNameInput, SetPresenceInput, type RowChange } from '../sync/presence';

const byId = z.object({ id: Id });
const byTrip = z.object({ tripId: Id });
const patchOf = <P extends z.ZodType>(patch: P) => z.object({ id: Id, patch });
/** A delete answers with the trash entry that `trash:restore` takes to undo it. */
const deleted = (affects: readonly DataArea[]) => write<{ id: string; trashId: string }>(affects);

/**
 * What a write to one part of a trip makes stale: that part, the trip's aggregates, search, and
 * (a shared trip) its sync state: changes waiting, who changed which row.
 */
const tripPart = (area: DataArea): DataArea[] => [area, 'trips', 'search', 'sync'];
/** Contacts and organisations appear in items' and meetings' details too. */
const ADDRESS_BOOK: DataArea[] = ['contacts', 'organisations', 'items', 'meetings', 'trips', 'search'];
/** Gifts are in the workspace and the checks (gifts planned per meeting). */
const GIFT_DATA: DataArea[] = ['gifts', 'trips', 'checks'];
/** Attachment names travel in the workspace (item cards show a paperclip). */
const ATTACHMENT_DATA: DataArea[] = ['attachments', 'trips'];
/** The budget is loaded on its own ('budget:get'); the briefing document shows its totals. */
const BUDGET_DATA: DataArea[] = ['budget', 'documents'];
/** Per-diem rates feed the budget's per-diem lines. */
const RATE_DATA: DataArea[] = ['perDiem', 'budget', 'documents'];
/** Everything a trip holds (an import, a restored trash entry), and who changed it ('sync'). */
const ALL_TRIP_DATA: DataArea[] = [
  'trips', 'members', 'groups', 'items', 'meetings', 'contacts', 'organisations', 'search', 'checks', 'documents',
  'gifts', 'attachments', 'budget', 'sync',
];
/** A purge or erasure: members' fields, people everywhere, the purge preview itself. */
const PERSONAL_DATA: DataArea[] = [...ALL_TRIP_DATA, 'privacy'];

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

const ExportLanguage = AppLanguage.default('sv');
export const BudgetCsvInput = z.object({ tripId: Id, lang: ExportLanguage, separator: z.enum([';', ',']).optional() });
export const PerDiemCsvInput = z.object({ tripId: Id, memberId: Id.optional(), lang: ExportLanguage, separator: z.enum([';', ',']).optional() });
export const GiftCsvInput = GiftRegisterQuery.extend({
  lang: AppLanguage.default('sv'),
  separator: z.enum([';', ',']).default(';'),
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
  /**
   * Everything the trip workspace shows, in one round trip; with `firstScreen`, only what the
   * Programme and Members screens need to be usable (TripWorkspace.firstScreenOnly).
   */
  'trips:workspace': read<TripWorkspace>()(z.object({ id: Id, firstScreen: z.boolean().default(false) })),
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

  /** A trip's gifts given and received. */
  'gifts:list': read<Gift[]>()(byTrip),
  /** The register across trips (or one), filtered by year, organisation and direction; newest first. */
  'gifts:register': read<GiftRegisterEntry[]>()(GiftRegisterQuery),
  'gifts:create': write<Gift>(GIFT_DATA)(GiftCreate),
  'gifts:update': write<Gift>(GIFT_DATA)(patchOf(GiftPatch)),
  'gifts:delete': deleted(GIFT_DATA)(byId),
  /** The register (same filters) as CSV for Excel, formulas neutralised. */
  'gifts:csv': read<ExportedFile>()(GiftCsvInput),

  /** A trip's attachments (names, sizes, owners; never the bytes). */
  'attachments:list': read<AttachmentInfo[]>()(byTrip),
  /** Store a file on the trip, a member or an item (at most ATTACHMENT_MAX_BYTES). */
  'attachments:add': write<AttachmentInfo>(ATTACHMENT_DATA)(AttachmentAdd),
  /** One attachment's bytes (base64), checked against their hash. */
  'attachments:content': read<AttachmentContent>()(byId),
  'attachments:delete': deleted(ATTACHMENT_DATA)(byId),

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

  /** Funding sources, cost lines, the per diem from the programme, totals in SEK and warnings. */
  'budget:get': read<TripBudget>()(byTrip),
  'budget:createSource': write<FundingSource>(BUDGET_DATA)(FundingSourceCreate),
  'budget:updateSource': write<FundingSource>(BUDGET_DATA)(patchOf(FundingSourcePatch)),
  /** The lines it paid stay, paid by the municipality. */
  'budget:deleteSource': write<{ id: string }>(BUDGET_DATA)(byId),
  'budget:createLine': write<CostLine>(BUDGET_DATA)(CostLineCreate),
  'budget:updateLine': write<CostLine>(BUDGET_DATA)(patchOf(CostLinePatch)),
  'budget:deleteLine': write<{ id: string }>(BUDGET_DATA)(byId),
  /** Cost lines for a finance system: one row per line, ISO dates, decimal comma in Swedish. */
  'budget:csv': read<ExportedFile>()(BudgetCsvInput),

  /** The per-diem rates table (Settings): normal amounts per country and year. */
  'perDiem:rates': read<PerDiemRate[]>()(z.object({})),
  /** Add or replace rates; the answer is the whole table. */
  'perDiem:saveRates': write<PerDiemRate[]>(RATE_DATA)(z.object({ rates: z.array(PerDiemRate).max(5_000) })),
  'perDiem:deleteRate': write<PerDiemRate[]>(RATE_DATA)(z.object({ country: z.string().length(2), year: z.number().int() })),
  /** Each travelling member's per diem, day by day, from the programme and the rates. */
  'perDiem:sheet': read<PerDiemReport>()(
    // `rates` (the CLI's --rates file) replaces the Settings table for this computation only.
    z.object({ tripId: Id, memberId: Id.optional(), rates: z.array(PerDiemRate).max(5_000).optional() }),
  ),
  /** The per-diem sheet printed to PDF (async, like documents:pdf), one section per member. */
  'perDiem:pdf': asyncRead<PrintedPdf>()(z.object({ tripId: Id, memberId: Id.optional(), lang: ExportLanguage })),
  /** The same as CSV, one row per member and day. */
  'perDiem:csv': read<ExportedFile>()(PerDiemCsvInput),

  /** The app's settings, kept in the data file (language, home zone, paper, organisation profile). */
  'settings:get': read<Settings>()(z.object({})),
  /** Change some settings; the answer is all of them. */
  'settings:update': write<Settings>(['settings', 'documents', 'trips', 'search'])(SettingsPatch),
  /** The organisation's logo (PNG, JPEG, GIF, WebP up to 1 MB, checked by content); null removes it. */
  'settings:setLogo': write<Settings>(['settings', 'documents', 'trips', 'search'])(LogoInput),

  /** What the retention purge would erase now (Settings → Personal data); writes nothing. */
  'privacy:purgePreview': read<PurgePreview>()(z.object({})),
  /** Erase members' personal data of trips past retention, as the preview says; recorded in the log. */
  'privacy:purge': write<PurgePreview>(PERSONAL_DATA)(PurgeInput),
  /** The person a name (or a member's or contact's id) is, or the different people it matches. */
  'privacy:findPerson': read<PersonLookup>()(PersonQuery),
  /**
   * Everything held about one person (GDPR art. 15): the record as JSON and a readable PDF
   * (base64). Async: printed like 'documents:pdf'. An ambiguous name is refused, listing the people.
   */
  'privacy:exportPerson': asyncRead<PersonExport>()(z.object({ person: PersonQuery, lang: AppLanguage.default('sv') })),
  /** Erase a person everywhere (GDPR art. 17); without confirm: only what it would remove. */
  'privacy:erasePerson': write<EraseResult>(PERSONAL_DATA)(EraseInput),

  /** Whether the data file is encrypted, and how this program would key it. Async (asks the shell). */
  'database:encryptionStatus': asyncRead<EncryptionStatus>()(z.object({})),
  /**
   * Encrypt the open data file in place: a backup first, then every page rewritten with the key
   * (the desktop app's keychain key, or the passphrase typed in browser mode). Async: runs after
   * the transaction, because a rekey cannot run inside one.
   */
  'database:encrypt': asyncRead<EncryptionStatus>()(EncryptInput),
  /** One trip's team-sync state for the trip header (Synced · Offline — N waiting · Syncing · Error). */
  'sync:status': read<TripSyncStatus>()(byTrip),
  /** Share a trip with the team set up in Settings; the background sync pushes it. */
  'sync:share': write<TripSyncStatus>(['sync', 'trips'])(ShareTripInput),
  /** The sharing colleague's switch: members' sensitive fields travel only while it is on. */
  'sync:setSensitive': write<TripSyncStatus>(['sync'])(SetSensitiveInput),
  /** The team's sync server (the token only as a hint); null: none set up. */
  'sync:getTeam': read<SyncTeamView | null>()(z.object({})),
  /** Set the team's server and token (an empty token keeps the saved one); null stops syncing. */
  'sync:setTeam': write<SyncTeamView | null>(['sync', 'settings'])(SetTeamInput.nullable()),
  /**
   * "Share the address book with the team": on, the background sync exchanges every contact and
   * organisation (never an erased person) with the team's server; off stops it (colleagues keep
   * their copies). Needs a team set up. Its state is in 'sync:getTeam'.
   */
  'sync:setAddressBookSharing': write<SyncTeamView | null>(['sync'])(SetAddressBookSharingInput),
  /**
   * The screen in front of the planner, for colleagues' "who is where" (awareness). A read: it
   * changes no data, only what this laptop tells the sync server it is looking at, so it must
   * neither take the write lock nor fail on a read-only file nor make the page re-read anything.
   */
  'sync:setPresence': read<{ running: boolean }>()(SetPresenceInput),
  /** Who last changed each row of a shared trip, and which of those this planner has not opened. */
  'sync:changes': read<RowChange[]>()(byTrip),
  /** The planner opened these rows (or "Mark all as seen"): their marks go. Answers how many stay. */
  'sync:markSeen': write<{ unseen: number }>(['sync'])(MarkSeenInput),
  /** "Your name, shown to colleagues" (empty: none set). */
  'sync:getPlanner': read<{ name: string }>()(z.object({})),
  'sync:setPlannerName': write<{ name: string }>(['sync'])(PlannerNameInput),

  /** Whether to offer the demo delegations (an empty database) and which demo trips are present. */
  'demo:status': read<DemoStatus>()(z.object({})),
  /** Create the two demo delegations (idempotent). */
  'demo:load': write<DemoStatus>(['trips', 'contacts', 'organisations', 'search', 'demo'])(z.object({})),
  /** Remove the demo trips and the demo contacts nothing else uses. */
  'demo:remove': write<DemoStatus & { removedTrips: number }>(['trips', 'contacts', 'organisations', 'search', 'demo'])(z.object({})),
} as const satisfies Record<string, OperationDescriptor>;

/** A person's data extract: the JSON record and the same as a PDF. */
export interface PersonExport {
  record: PersonRecord;
  /** The record as pretty-printed JSON, as written to the .json file. */
  json: string;
  /** "Personal data Anna Lindqvist" (no extension), safe as a file name. */
  baseName: string;
  pdfBase64: string;
  pages: number;
}

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

/** Operations whose handler is asynchronous (they wait for a printer): dispatch answers them with a promise. */
export const ASYNC_OPERATIONS: ReadonlySet<OperationName> = new Set(operationNames.filter((name) => contract[name].mode === 'async'));

/** What a successful write makes stale (nothing for reads): the renderer re-runs those queries. */
export function affectedBy(name: OperationName): readonly DataArea[] {
  const entry: OperationDescriptor = contract[name];
  return entry.affects ?? [];
}
export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(contract, name);
