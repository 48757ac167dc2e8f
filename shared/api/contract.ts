import { z } from 'zod';
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
import { AppLanguage, DocumentHtmlInput } from '../documents/options';
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
import { SetSensitiveInput, SetTeamInput, ShareTripInput, type SyncTeamView, type TripSyncStatus } from '../sync/status';

/**
 * The one list of operations in the program. Electron IPC, the browser-mode HTTP transport and
 * the test bridge all dispatch through it, and the core implements exactly these names, so an
 * operation added here is available everywhere (and the type checker says where it is missing).
 *
 * Each entry pairs the zod schema that every transport validates the input with, and the type of
 * the value a successful call returns (results are wrapped in ApiResult by the transports).
 */
const op =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

const byId = z.object({ id: Id });
const byTrip = z.object({ tripId: Id });
const patchOf = <P extends z.ZodType>(patch: P) => z.object({ id: Id, patch });
/** A delete answers with the trash entry that `trash:restore` takes to undo it. */
const deleted = op<{ id: string; trashId: string }>();

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

const ExportLanguage = z.enum(['sv', 'en']).default('sv');
export const BudgetCsvInput = z.object({ tripId: Id, lang: ExportLanguage, separator: z.enum([';', ',']).optional() });
export const PerDiemCsvInput = z.object({ tripId: Id, memberId: Id.optional(), lang: ExportLanguage, separator: z.enum([';', ',']).optional() });
export const GiftCsvInput = GiftRegisterQuery.extend({
  lang: z.enum(['sv', 'en']).default('sv'),
  separator: z.enum([';', ',']).default(';'),
});

export const contract = {
  'trips:list': op<TripSummary[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'trips:get': op<Trip>()(byId),
  /** Everything the trip workspace shows, in one round trip. */
  'trips:workspace': op<TripWorkspace>()(byId),
  'trips:create': op<Trip>()(TripCreate),
  'trips:update': op<Trip>()(patchOf(TripPatch)),
  'trips:archive': op<Trip>()(z.object({ id: Id, archived: z.boolean() })),
  'trips:delete': deleted(byId),
  /** Copy a trip as a template (members, groups, items, meeting details) shifted to new dates. */
  'trips:duplicate': op<Trip>()(DuplicateTripInput),

  'members:list': op<Member[]>()(byTrip),
  'members:create': op<Member>()(MemberCreate),
  'members:update': op<Member>()(patchOf(MemberPatch)),
  'members:delete': deleted(byId),
  /** Order of precedence: ids lists every member of the trip, highest first. */
  'members:reorder': op<Member[]>()(ReorderInTripInput),
  /** Copy members from an earlier trip without retyping. */
  'members:copyFromTrip': op<Member[]>()(CopyMembersInput),

  'groups:list': op<MemberGroup[]>()(byTrip),
  'groups:create': op<MemberGroup>()(GroupCreateInput),
  'groups:update': op<MemberGroup>()(GroupUpdateInput),
  'groups:delete': deleted(byId),

  'items:list': op<Item[]>()(byTrip),
  'items:get': op<Item>()(byId),
  'items:create': op<Item>()(ItemCreate),
  'items:update': op<Item>()(patchOf(ItemPatch)),
  'items:delete': deleted(byId),
  /** Order of items that start at the same time: ids in the wanted order. */
  'items:reorder': op<Item[]>()(ReorderInTripInput),

  'meetings:get': op<MeetingDetails>()(z.object({ itemId: Id })),
  'meetings:update': op<MeetingDetails>()(MeetingUpdateInput),

  'organisations:list': op<Organisation[]>()(z.object({})),
  'organisations:create': op<Organisation>()(OrganisationCreate),
  'organisations:update': op<Organisation>()(patchOf(OrganisationPatch)),
  'organisations:delete': deleted(byId),

  'contacts:list': op<{ total: number; contacts: Contact[] }>()(ContactQueryInput),
  'contacts:get': op<Contact>()(byId),
  'contacts:create': op<Contact>()(ContactCreate),
  'contacts:update': op<Contact>()(patchOf(ContactPatch)),
  'contacts:delete': deleted(byId),

  /** A trip's gifts given and received. */
  'gifts:list': op<Gift[]>()(byTrip),
  /** The register across trips (or one), filtered by year, organisation and direction; newest first. */
  'gifts:register': op<GiftRegisterEntry[]>()(GiftRegisterQuery),
  'gifts:create': op<Gift>()(GiftCreate),
  'gifts:update': op<Gift>()(patchOf(GiftPatch)),
  'gifts:delete': deleted(byId),
  /** The register (same filters) as CSV for Excel, formulas neutralised. */
  'gifts:csv': op<ExportedFile>()(GiftCsvInput),

  /** A trip's attachments (names, sizes, owners; never the bytes). */
  'attachments:list': op<AttachmentInfo[]>()(byTrip),
  /** Store a file on the trip, a member or an item (at most ATTACHMENT_MAX_BYTES). */
  'attachments:add': op<AttachmentInfo>()(AttachmentAdd),
  /** One attachment's bytes (base64), checked against their hash. */
  'attachments:content': op<AttachmentContent>()(byId),
  'attachments:delete': deleted(byId),

  /** Trips, members, items and contacts matching a text, best matches first. */
  'search:global': op<SearchHit[]>()(SearchInput),

  /** Undo a delete: put back exactly what it removed (same ids), from its trash entry. */
  'trash:restore': op<{ entityType: string; id: string; tripId: string | null }>()(z.object({ trashId: Id })),

  /** The programme document as self-contained HTML (live preview; Electron prints the same page). */
  'documents:html': op<{ html: string; title: string }>()(DocumentHtmlInput),
  /**
   * The same document printed to PDF (base64, so every transport carries it as JSON). Async: the
   * core prints with the printer it was opened with (Chromium in the CLI and browser mode,
   * Electron's printToPDF in the app); without one it fails with a message saying so.
   */
  'documents:pdf': op<PrintedPdf>()(DocumentHtmlInput),
  /**
   * Start the PDF printer now, so the first Export PDF does not wait for it; the app asks once it
   * is idle. Async; `started` is false where the program warms nothing up (CLI, no printer).
   */
  'documents:warmUp': op<{ started: boolean }>()(z.object({})),

  /** The trip checks (shared/checks): findings, most serious first; options default sensibly. */
  'checks:run': op<CheckResult[]>()(z.object({ tripId: Id, options: CheckOptions.optional() })),

  /** The trip as a .delegation file (versioned JSON); see docs/trip-file-format.md. */
  'sharing:exportTrip': op<ExportedFile>()(ExportTripInput),
  /** Validate a .delegation file and say what importing it would change; writes nothing. */
  'sharing:previewImport': op<ImportPreview>()(ImportTripInput),
  /** Import (new trip or merge into the existing one) in one transaction, with the preview's rules. */
  'sharing:applyImport': op<ImportResult>()(ImportTripInput),
  /** Calendar file (RFC 5545) of the programme, or of one member's items. */
  'sharing:ics': op<ExportedFile>()(CalendarInput),
  /** Members or contacts as CSV for Excel (UTF-8 with BOM). */
  'sharing:csv': op<ExportedFile>()(CsvInput),

  /** Backups of the database file in <its folder>/backups, newest first (core/db/backup.ts). */
  'backups:list': op<BackupList>()(z.object({})),
  /** Take a backup now. */
  'backups:create': op<BackupSummary>()(z.object({})),
  /** Replace all data with a listed backup's, keeping the current data aside as a backup first. */
  'backups:restore': op<RestoreResult>()(BackupRestoreInput),
  /** Contacts as vCard 3.0 (the trip's, or the whole address book). */
  'sharing:vcard': op<VcardExport>()(VcardInput),

  /** Funding sources, cost lines, the per diem from the programme, totals in SEK and warnings. */
  'budget:get': op<TripBudget>()(byTrip),
  'budget:createSource': op<FundingSource>()(FundingSourceCreate),
  'budget:updateSource': op<FundingSource>()(patchOf(FundingSourcePatch)),
  /** The lines it paid stay, paid by the municipality. */
  'budget:deleteSource': op<{ id: string }>()(byId),
  'budget:createLine': op<CostLine>()(CostLineCreate),
  'budget:updateLine': op<CostLine>()(patchOf(CostLinePatch)),
  'budget:deleteLine': op<{ id: string }>()(byId),
  /** Cost lines for a finance system: one row per line, ISO dates, decimal comma in Swedish. */
  'budget:csv': op<ExportedFile>()(BudgetCsvInput),

  /** The per-diem rates table (Settings): normal amounts per country and year. */
  'perDiem:rates': op<PerDiemRate[]>()(z.object({})),
  /** Add or replace rates; the answer is the whole table. */
  'perDiem:saveRates': op<PerDiemRate[]>()(z.object({ rates: z.array(PerDiemRate).max(5_000) })),
  'perDiem:deleteRate': op<PerDiemRate[]>()(z.object({ country: z.string().length(2), year: z.number().int() })),
  /** Each travelling member's per diem, day by day, from the programme and the rates. */
  'perDiem:sheet': op<PerDiemReport>()(
    // `rates` (the CLI's --rates file) replaces the Settings table for this computation only.
    z.object({ tripId: Id, memberId: Id.optional(), rates: z.array(PerDiemRate).max(5_000).optional() }),
  ),
  /** The per-diem sheet printed to PDF (async, like documents:pdf), one section per member. */
  'perDiem:pdf': op<PrintedPdf>()(z.object({ tripId: Id, memberId: Id.optional(), lang: ExportLanguage })),
  /** The same as CSV, one row per member and day. */
  'perDiem:csv': op<ExportedFile>()(PerDiemCsvInput),

  /** The app's settings, kept in the data file (language, home zone, paper, organisation profile). */
  'settings:get': op<Settings>()(z.object({})),
  /** Change some settings; the answer is all of them. */
  'settings:update': op<Settings>()(SettingsPatch),
  /** The organisation's logo (PNG, JPEG, GIF, WebP up to 1 MB, checked by content); null removes it. */
  'settings:setLogo': op<Settings>()(LogoInput),

  /** What the retention purge would erase now (Settings → Personal data); writes nothing. */
  'privacy:purgePreview': op<PurgePreview>()(z.object({})),
  /** Erase members' personal data of trips past retention, as the preview says; recorded in the log. */
  'privacy:purge': op<PurgePreview>()(PurgeInput),
  /** The person a name (or a member's or contact's id) is, or the different people it matches. */
  'privacy:findPerson': op<PersonLookup>()(PersonQuery),
  /**
   * Everything held about one person (GDPR art. 15): the record as JSON and a readable PDF
   * (base64). Async: printed like 'documents:pdf'. An ambiguous name is refused, listing the people.
   */
  'privacy:exportPerson': op<PersonExport>()(z.object({ person: PersonQuery, lang: AppLanguage.default('sv') })),
  /** Erase a person everywhere (GDPR art. 17); without confirm: only what it would remove. */
  'privacy:erasePerson': op<EraseResult>()(EraseInput),

  /** Whether the data file is encrypted, and how this program would key it. Async (asks the shell). */
  'database:encryptionStatus': op<EncryptionStatus>()(z.object({})),
  /**
   * Encrypt the open data file in place: a backup first, then every page rewritten with the key
   * (the desktop app's keychain key, or the passphrase typed in browser mode). Async: runs after
   * the transaction, because a rekey cannot run inside one.
   */
  'database:encrypt': op<EncryptionStatus>()(EncryptInput),
  /** One trip's team-sync state for the trip header (Synced · Offline — N waiting · Syncing · Error). */
  'sync:status': op<TripSyncStatus>()(byTrip),
  /** Share a trip with the team set up in Settings; the background sync pushes it. */
  'sync:share': op<TripSyncStatus>()(ShareTripInput),
  /** The sharing colleague's switch: members' sensitive fields travel only while it is on. */
  'sync:setSensitive': op<TripSyncStatus>()(SetSensitiveInput),
  /** The team's sync server (the token only as a hint); null: none set up. */
  'sync:getTeam': op<SyncTeamView | null>()(z.object({})),
  /** Set the team's server and token (an empty token keeps the saved one); null stops syncing. */
  'sync:setTeam': op<SyncTeamView | null>()(SetTeamInput.nullable()),

  /** Whether to offer the demo delegations (an empty database) and which demo trips are present. */
  'demo:status': op<DemoStatus>()(z.object({})),
  /** Create the two demo delegations (idempotent). */
  'demo:load': op<DemoStatus>()(z.object({})),
  /** Remove the demo trips and the demo contacts nothing else uses. */
  'demo:remove': op<DemoStatus & { removedTrips: number }>()(z.object({})),
} as const;

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

/**
 * Operations whose handler is asynchronous (they wait for something outside the database, such
 * as a printer): core.dispatch answers them with a promise. Every other operation answers at once.
 */
export const ASYNC_OPERATIONS = [
  'documents:pdf',
  'documents:warmUp',
  'privacy:exportPerson',
  'database:encryptionStatus',
  'database:encrypt',
  'perDiem:pdf',
] as const satisfies readonly (keyof typeof contract)[];
export type AsyncOperationName = (typeof ASYNC_OPERATIONS)[number];

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What the implementation receives after validation (defaults filled in). */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationResult<K extends OperationName> = Contract[K]['result'];

export const operationNames = Object.keys(contract) as OperationName[];
export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(contract, name);
