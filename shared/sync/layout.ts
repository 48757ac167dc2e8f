/**
 * How a shared trip is laid out in its Yjs document (docs/sync-mapping.md). One top-level Y.Map
 * per table, keyed by row UUID; each row a Y.Map whose keys are the entity's fields (the domain's
 * camelCase names, as in the trip file). The mapping code in core/sync reads these lists, so a
 * field added to a table needs no mapping code, only a decision whether it is long text.
 */
export const SYNC_FORMAT = 'delegation-planner/trip-doc';

/** The tables of a trip document, in the order rows are written to SQLite (references first). */
export const SYNC_TABLES = ['organisations', 'contacts', 'trips', 'members', 'groups', 'items', 'meetings'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** Top-level names besides the tables. `meta`: format, schema version, sensitive-field switch. */
export const META = 'meta';
/** Deleted rows: id → { entityType, deletedAt }. A tombstoned id is gone everywhere (delete wins). */
export const TOMBSTONES = 'tombstones';
/** Who last changed each row: id → { by, laptop, at } (core/sync/row-changes.ts). Not part of any row. */
export const CHANGES = 'changes';
export const TOP_LEVEL_NAMES: readonly string[] = [META, TOMBSTONES, CHANGES, ...SYNC_TABLES];

/** The key each table's rows are stored under. */
export const ROW_KEY: Record<SyncTable, string> = {
  organisations: 'id',
  contacts: 'id',
  trips: 'id',
  members: 'id',
  groups: 'id',
  items: 'id',
  meetings: 'itemId',
};

/** Long free text: Y.Text, edited by minimal diffs so concurrent typing merges per character. */
export const TEXT_FIELDS: Record<SyncTable | 'followUps', readonly string[]> = {
  organisations: ['notes'],
  contacts: ['notes'],
  trips: ['purpose', 'notes', 'costCoverage'],
  members: ['notes'],
  groups: [],
  items: ['description', 'publicNotes', 'internalNotes'],
  meetings: ['agenda', 'talkingPoints', 'minutes'],
  followUps: ['text'],
};

/**
 * Orderings kept as fractional-index keys (ORDER_KEY) instead of the integer the table stores;
 * the integer is derived on every laptop from the keys (members: 1..n; items: 0.. within rows
 * that start at the same instant), so concurrent moves never duplicate a place or leave a gap.
 */
export const ORDER_FIELD: Partial<Record<SyncTable, string>> = { members: 'precedence', items: 'sortOrder' };
export const ORDER_KEY = 'orderKey';

/**
 * Id lists that are sets (membership): a nested Y.Map id → true, so one laptop adding a member to
 * a group while another adds a different one keeps both. Ordered id lists (an item's contacts, a
 * meeting's counterparts) stay one value: the last edit of the whole list wins.
 */
export const SET_FIELDS: Partial<Record<SyncTable, readonly string[]>> = { groups: ['memberIds'], items: ['participantIds'] };

/** A meeting's follow-ups: a nested Y.Map id → row (with its own order key). */
export const FOLLOW_UPS = 'followUps';

/**
 * Member fields that stay on this laptop unless the trip's owner turned on "sync sensitive
 * fields" (meta.syncSensitive): passport, health and family data, sex and date of birth.
 */
export const SENSITIVE_MEMBER_FIELDS = ['passportNumber', 'passportExpiry', 'dietaryNeeds', 'accessibilityNeeds', 'emergencyContact', 'sex', 'dateOfBirth'] as const;

/** What a sensitive field holds on a laptop that never received it: dates and sex are null, texts empty. */
export function emptySensitiveValue(field: (typeof SENSITIVE_MEMBER_FIELDS)[number]): string | null {
  return field === 'passportExpiry' || field === 'sex' || field === 'dateOfBirth' ? null : '';
}

/** Document names on the sync server (the server scopes them by team). */
export const tripDocumentName = (tripId: string) => `trip/${tripId}`;
export const INDEX_DOCUMENT = 'index';
/** In the index document: tripId → { title, sharedBy, sharedAt }. */
export const INDEX_TRIPS = 'trips';
