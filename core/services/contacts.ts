import type Database from 'better-sqlite3';
import type { Contact } from '../../shared/domain/contact';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { fold } from '../../shared/text/fold';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound } from './errors';
import { getOrganisation } from './organisations';
import { prepared } from '../db/statements';
import { searchIndexIsCurrent } from './search-index';

export const contactTable = defineTable<Contact>('contacts', [
  { field: 'id', column: 'id' },
  { field: 'name', column: 'name' },
  { field: 'nativeName', column: 'native_name' },
  { field: 'title', column: 'title' },
  { field: 'organisationId', column: 'organisation_id' },
  { field: 'role', column: 'role' },
  { field: 'phone', column: 'phone' },
  { field: 'email', column: 'email' },
  { field: 'messaging', column: 'messaging' },
  { field: 'address', column: 'address' },
  { field: 'languages', column: 'languages' },
  { field: 'notes', column: 'notes' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

export function getContact(db: Database.Database, id: string): Contact {
  const row = prepared(db, `SELECT ${contactTable.columns()} FROM contacts WHERE id = ?`).get(id);
  if (!row) throw notFound('contact', id);
  return contactTable.fromRow(row as Record<string, unknown>);
}

/**
 * The address book in folded-name order, filtered by a text that matches Latin or native names,
 * title, role, organisation, e-mail or phone, matched against the folded text in search_entries
 * (search-index.ts) rather than folding every contact per call.
 */
export function listContacts(db: Database.Database, input: ParsedInput<'contacts:list'>): { total: number; contacts: Contact[] } {
  const params = { query: fold(input.query.trim()), organisationId: input.organisationId ?? null, limit: input.limit, offset: input.offset };
  if (!searchIndexIsCurrent(db)) {
    // The index could not be brought up to date (the file cannot be written now): fold every
    // contact as the query goes (slow, but right). A read never writes.
    const total = (prepared(db, `SELECT count(*) AS n ${UNINDEXED_FROM} ${UNINDEXED_WHERE}`).get(params) as { n: number }).n;
    const rows = prepared(db, UNINDEXED_PAGE).all(params) as Record<string, unknown>[];
    return { total, contacts: rows.map(contactTable.fromRow) };
  }
  if (params.query === '') {
    const total = (prepared(db, ALL_CONTACTS_COUNT).get(params) as { n: number }).n;
    const rows = prepared(db, ALL_CONTACTS_PAGE).all(params) as Record<string, unknown>[];
    return { total, contacts: rows.map(contactTable.fromRow) };
  }
  const rows = prepared(db, MATCHING_CONTACTS_PAGE).all(params) as (Record<string, unknown> & { total: number })[];
  // A page past the last match has no row to carry the total: count separately (rare).
  const total = rows[0]?.total ?? (prepared(db, MATCHING_CONTACTS_COUNT).get(params) as { n: number }).n;
  return { total, contacts: rows.map(contactTable.fromRow) };
}

const UNINDEXED_FROM = 'FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id';
const UNINDEXED_WHERE = `WHERE (@query = '' OR instr(fold(c.name || ' ' || c.native_name || ' ' || c.title || ' ' || c.role || ' ' ||
    coalesce(o.name, '') || ' ' || coalesce(o.native_name, '') || ' ' || c.email || ' ' || c.phone), @query) > 0)
  AND (@organisationId IS NULL OR c.organisation_id = @organisationId)`;
const UNINDEXED_PAGE = `SELECT ${contactTable.columns('c')} ${UNINDEXED_FROM} ${UNINDEXED_WHERE}
  ORDER BY fold(c.name), c.id LIMIT @limit OFFSET @offset`;

const IN_ORGANISATION = `(@organisationId IS NULL OR e.entity_id IN (SELECT id FROM contacts WHERE organisation_id = @organisationId))`;

/** No text: walk the folded-name index in order and stop after the page. */
const ALL_CONTACTS_PAGE = `SELECT ${contactTable.columns('c')} FROM search_entries e JOIN contacts c ON c.id = e.entity_id
  WHERE e.kind = 'contact' AND ${IN_ORGANISATION} ORDER BY e.title_key, e.entity_id LIMIT @limit OFFSET @offset`;
const ALL_CONTACTS_COUNT = `SELECT count(*) AS n FROM contacts WHERE @organisationId IS NULL OR organisation_id = @organisationId`;

/**
 * A text: one scan of the folded texts keeps the matches' keys; the total is their count, and
 * only the page's contacts are read.
 */
const MATCHES = `matches AS MATERIALIZED (
    SELECT e.entity_id, e.title_key FROM search_entries e
    WHERE e.kind = 'contact' AND instr(e.list_text, @query) > 0 AND ${IN_ORGANISATION}
  )`;
const MATCHING_CONTACTS_PAGE = `WITH ${MATCHES}
  SELECT ${contactTable.columns('c')}, (SELECT count(*) FROM matches) AS total
  FROM (SELECT entity_id, title_key FROM matches ORDER BY title_key, entity_id LIMIT @limit OFFSET @offset) page
  JOIN contacts c ON c.id = page.entity_id
  ORDER BY page.title_key, page.entity_id`;
const MATCHING_CONTACTS_COUNT = `WITH ${MATCHES} SELECT count(*) AS n FROM matches`;

export function createContact(db: Database.Database, input: ParsedInput<'contacts:create'>, id = newId()): Contact {
  if (input.organisationId) getOrganisation(db, input.organisationId);
  const timestamp = now();
  const contact: Contact = { id, ...input, createdAt: timestamp, updatedAt: timestamp, revision: 0 };
  contactTable.insert(db, contact);
  return contact;
}

export function updateContact(db: Database.Database, { id, patch }: ParsedInput<'contacts:update'>): Contact {
  getContact(db, id);
  if (patch.organisationId) getOrganisation(db, patch.organisationId);
  contactTable.update(db, id, patch, now());
  return getContact(db, id);
}

export function deleteContact(db: Database.Database, id: string): { id: string; trashId: string } {
  getContact(db, id);
  const trashId = captureForTrash(db, 'contact', id, null);
  prepared(db, 'DELETE FROM contacts WHERE id = ?').run(id);
  return { id, trashId };
}
