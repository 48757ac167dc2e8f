import type Database from 'better-sqlite3';
import type { Organisation } from '../../shared/domain/contact';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound } from './errors';
import { prepared } from '../db/statements';

export const organisationTable = defineTable<Organisation>('organisations', [
  { field: 'id', column: 'id' },
  { field: 'name', column: 'name' },
  { field: 'nativeName', column: 'native_name' },
  { field: 'city', column: 'city' },
  { field: 'country', column: 'country' },
  { field: 'address', column: 'address' },
  { field: 'addressLocal', column: 'address_local' },
  { field: 'phone', column: 'phone' },
  { field: 'website', column: 'website' },
  { field: 'notes', column: 'notes' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

export function getOrganisation(db: Database.Database, id: string): Organisation {
  const row = prepared(db, `SELECT ${organisationTable.columns()} FROM organisations WHERE id = ?`).get(id);
  if (!row) throw notFound('organisation', id);
  return organisationTable.fromRow(row as Record<string, unknown>);
}

export function listOrganisations(db: Database.Database): Organisation[] {
  return (
    prepared(db, `SELECT ${organisationTable.columns()} FROM organisations ORDER BY fold(name)`).all() as Record<string, unknown>[]
  ).map(organisationTable.fromRow);
}

export function createOrganisation(
  db: Database.Database,
  input: ParsedInput<'organisations:create'>,
  id = newId(),
): Organisation {
  const timestamp = now();
  const organisation: Organisation = { id, ...input, createdAt: timestamp, updatedAt: timestamp, revision: 0 };
  organisationTable.insert(db, organisation);
  return organisation;
}

export function updateOrganisation(db: Database.Database, { id, patch }: ParsedInput<'organisations:update'>): Organisation {
  getOrganisation(db, id);
  organisationTable.update(db, id, patch, now());
  return getOrganisation(db, id);
}

/** Contacts of a deleted organisation stay in the address book, without an organisation. */
export function deleteOrganisation(db: Database.Database, id: string): { id: string; trashId: string } {
  getOrganisation(db, id);
  const trashId = captureForTrash(db, 'organisation', id, null);
  prepared(db, 'DELETE FROM organisations WHERE id = ?').run(id);
  return { id, trashId };
}
