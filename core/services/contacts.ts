import type Database from 'better-sqlite3';
import type { Contact } from '../../shared/domain/contact';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { fold } from '../db/open';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound } from './errors';
import { getOrganisation } from './organisations';

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
  const row = db.prepare(`SELECT ${contactTable.columns()} FROM contacts WHERE id = ?`).get(id);
  if (!row) throw notFound('contact', id);
  return contactTable.fromRow(row as Record<string, unknown>);
}

/** The address book, filtered by a text that matches Latin or native names, title, organisation or role. */
export function listContacts(db: Database.Database, input: ParsedInput<'contacts:list'>): { total: number; contacts: Contact[] } {
  const where = `WHERE (@query = '' OR instr(fold(c.name || ' ' || c.native_name || ' ' || c.title || ' ' || c.role || ' ' ||
      coalesce(o.name, '') || ' ' || coalesce(o.native_name, '') || ' ' || c.email || ' ' || c.phone), @query) > 0)
    AND (@organisationId IS NULL OR c.organisation_id = @organisationId)`;
  const params = { query: fold(input.query.trim()), organisationId: input.organisationId ?? null };
  const from = 'FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id';
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${contactTable.columns('c')} ${from} ${where} ORDER BY fold(c.name) LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as Record<string, unknown>[];
  return { total, contacts: rows.map(contactTable.fromRow) };
}

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
  db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
  return { id, trashId };
}
