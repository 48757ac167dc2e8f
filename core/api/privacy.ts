import type Database from 'better-sqlite3';
import type { ParsedInput, PersonExport } from '../../shared/api/contract';
import type { EncryptionStatus, PersonCandidate, PersonQuery } from '../../shared/domain/privacy';
import { createBackup } from '../db/backup';
import { passphraseOf, rekey } from '../db/cipher';
import { countPdfPages, safeFileName } from '../documents/export';
import { renderPersonalDataDocument } from '../documents/personal-data';
import { ServiceError } from '../services/errors';
import { erasePerson, previewErase } from '../services/privacy/erase';
import { findPerson, personRecord } from '../services/privacy/person';
import { afterTransaction, type CoreEnvironment, type Deferred } from './deferred';

/** The one person a query means; several people matching a name is bad input that lists them. */
export function resolvePerson(db: Database.Database, query: PersonQuery): PersonCandidate {
  const lookup = findPerson(db, query);
  if (lookup.found) return lookup.person;
  if (lookup.candidates.length === 0) {
    throw new ServiceError('not_found', `Nobody called “${'name' in query ? query.name : ''}” is in the database`);
  }
  const list = lookup.candidates
    .map((c) => `${c.name} (${[...c.memberIds, ...c.contactIds][0]}${c.trips.length ? `; ${c.trips.join(', ')}` : '; address book'})`)
    .join('; ');
  throw new ServiceError('invalid_input', `“${'name' in query ? query.name : ''}” matches ${lookup.candidates.length} different people: ${list}. Choose one by its id.`);
}

/** 'privacy:exportPerson': the record is read in the transaction, the PDF printed after it. */
export function exportPerson(db: Database.Database, { person, lang }: ParsedInput<'privacy:exportPerson'>): Deferred<PersonExport> {
  const record = personRecord(db, resolvePerson(db, person));
  const { html, page, title } = renderPersonalDataDocument(record, lang);
  const baseName = safeFileName(title);
  return afterTransaction(async ({ printPdf }) => {
    if (!printPdf) throw new ServiceError('internal', 'PDF printing is not available in this program (it was started without a printer)');
    const pdf = await printPdf(html, page);
    return {
      record,
      json: JSON.stringify(record, null, 2) + '\n',
      baseName,
      pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'),
      pages: countPdfPages(pdf),
    };
  });
}

export function erasePersonOperation(db: Database.Database, { person, confirm, trigger }: ParsedInput<'privacy:erasePerson'>) {
  const candidate = resolvePerson(db, person);
  return confirm ? erasePerson(db, candidate, trigger) : { ...previewErase(db, candidate), erased: false };
}

function status(db: Database.Database, environment: CoreEnvironment): EncryptionStatus {
  return { encrypted: passphraseOf(db) !== undefined, method: environment.databaseKey ? 'key' : 'passphrase' };
}

export function encryptionStatus(db: Database.Database): Deferred<EncryptionStatus> {
  return afterTransaction(async (environment) => status(db, environment));
}

/**
 * 'database:encrypt': after the (empty) transaction, because SQLite cannot rekey inside one:
 * a backup first (plain, like the CLI's), then every page rewritten with the key (cipher.ts).
 * The desktop app's key comes from its keychain; browser mode needs the typed passphrase.
 */
export function encryptDatabase(db: Database.Database, { passphrase }: ParsedInput<'database:encrypt'>): Deferred<EncryptionStatus> {
  if (passphraseOf(db) !== undefined) throw new ServiceError('conflict', 'This data file is encrypted already');
  return afterTransaction(async (environment) => {
    const key = environment.databaseKey ? await environment.databaseKey() : passphrase;
    if (key === undefined) throw new ServiceError('invalid_input', 'Type a passphrase to encrypt the data file with', [{ path: ['passphrase'], message: 'Required' }]);
    createBackup(db, 'manual');
    rekey(db, key);
    return status(db, environment);
  });
}
