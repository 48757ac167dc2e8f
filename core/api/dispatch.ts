import type Database from 'better-sqlite3';
import {
  contract,
  isOperationName,
  operationNames,
  type AsyncOperationName,
  type OperationName,
  type OperationResult,
} from '../../shared/api/contract';
import { fail, ok, type ApiResult, type FieldIssue } from '../../shared/api/result';
import { ServiceError } from '../services/errors';
import { maintainSearchIndex } from '../services/search-index';
import { captureLocalChanges, forgetCachedDocs } from '../sync/store';
import { Deferred, type CoreEnvironment } from './deferred';
import { handlers } from './handlers';
import { compactAfterErasure, erasedSomething } from '../services/privacy/secure-delete';

/** What dispatch answers: a result at once, or (async operations only) a promise of one. */
export type DispatchResult = ApiResult<unknown> | Promise<ApiResult<unknown>>;

/**
 * The answer to operation K, typed by its contract entry: an async operation's may be a promise
 * (a refused input still answers at once), every other answers at once.
 */
export type DispatchAnswer<K extends OperationName> = K extends AsyncOperationName
  ? ApiResult<OperationResult<K>> | Promise<ApiResult<OperationResult<K>>>
  : ApiResult<OperationResult<K>>;

/**
 * Dispatch as a transport sees it: any name, and an answer to `await` (IPC, HTTP). Core.dispatch
 * is assignable to it.
 */
export type AnyDispatch = (name: string, input: unknown) => DispatchResult;

/**
 * The single entry to the core for every transport: look the operation up in the contract,
 * validate the input with its schema, run the handler in one transaction, and answer with an
 * ApiResult. Nothing thrown inside escapes; a failed operation leaves the database unchanged.
 *
 * Answers are synchronous (the many callers that use `core.dispatch(...).ok` directly keep
 * working), except for an async operation (ASYNC_OPERATIONS) whose input was valid: its handler
 * reads inside the transaction and the rest of the work (printing) is awaited after the commit,
 * so that answer is a promise. Transports simply `await` whatever comes back.
 *
 * Typing: a literal name is answered with its contract result type (DispatchAnswer), so callers
 * need no casts; a name typed as plain `string` is typed as a result of unknown value, for the
 * callers (tests) that use dynamic names of sync operations. Code that may pass an async name in
 * a `string` uses AnyDispatch and awaits. The input stays `unknown`: validating it is dispatch's job.
 */
export function dispatch<K extends OperationName>(db: Database.Database, name: K, input: unknown, environment?: CoreEnvironment): DispatchAnswer<K>;
export function dispatch(db: Database.Database, name: string, input: unknown, environment?: CoreEnvironment): ApiResult<unknown>;
export function dispatch(db: Database.Database, name: string, input: unknown, environment: CoreEnvironment = {}): DispatchResult {
  if (!isOperationName(name)) return fail('unknown_operation', `Unknown operation: ${String(name).slice(0, 100)}`);
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    }));
    return fail('invalid_input', summarise(issues), issues);
  }
  let value: unknown;
  try {
    // Outside the read's own transaction, and allowed to fail (search-index.ts).
    if (INDEXED_READS.has(name)) maintainSearchIndex(db);
    const run = handlers[name] as (db: Database.Database, input: unknown) => unknown;
    const readOnly = READ_ONLY_OPERATIONS.has(name);
    const transaction = db.transaction(() => {
      const value = run(db, parsed.data);
      // Every write to a shared trip is also recorded for sync in this same transaction (an
      // outbox that survives a crash); one place, so no service can forget it.
      if (!readOnly) captureLocalChanges(db);
      return value;
    });
    // Writes take the write lock up front (BEGIN IMMEDIATE) so they wait out busy_timeout when
    // another program holds the database; a deferred transaction that reads first and then
    // writes fails with BUSY at once instead. Reads stay deferred (and work on read-only files).
    value = readOnly ? transaction() : transaction.immediate();
  } catch (error) {
    forgetCachedDocs(db);
    return toFailure(name, error);
  }
  if (PRIVACY_COMPACT.has(name) && erasedSomething(value)) compactAfterErasure(db);
  if (!(value instanceof Deferred)) return ok(value);
  return finish(name, value as Deferred<unknown>, environment);
}

/**
 * Operations that never write, or only write optional bookkeeping (exporting a trip file records
 * what was shared, but must still work on a read-only file): the contract's read and async
 * entries. Every write entry runs as a write transaction.
 */
export const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set(operationNames.filter((name) => contract[name].mode !== 'write'));

/**
 * Erasing operations: after they commit, the file is rebuilt and the WAL emptied so no old copy
 * of what they erased stays in either (services/privacy/secure-delete.ts).
 */
const PRIVACY_COMPACT: ReadonlySet<OperationName> = new Set<OperationName>(['privacy:purge', 'privacy:erasePerson']);

/** Reads that use search_entries when it is current (`usesSearchIndex` in the contract). */
export const INDEXED_READS: ReadonlySet<OperationName> = new Set(
  operationNames.filter((name) => 'usesSearchIndex' in contract[name] && contract[name].usesSearchIndex === true),
);

/** The part of an async operation that runs after its transaction. Never rejects. */
async function finish(name: OperationName, deferred: Deferred<unknown>, environment: CoreEnvironment): Promise<ApiResult<unknown>> {
  try {
    return ok(await deferred.run(environment));
  } catch (error) {
    return toFailure(name, error);
  }
}

function summarise(issues: FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'Invalid input';
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}${first.message}${more}`;
}

/** Translate what SQLite and the services throw into messages a user can act on. */
function toFailure(name: OperationName, error: unknown): ApiResult<never> {
  if (error instanceof ServiceError) return fail(error.code, error.message, error.issues);
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_FULL':
      return fail('storage', 'The disk is full: nothing was saved. Free some space and try again.');
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DBMOVED':
    case 'SQLITE_CANTOPEN':
      return fail('storage', 'The database file cannot be written (read-only or moved): nothing was saved.');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return { ok: false, error: { code: 'storage', message: 'The database is busy in another program: nothing was saved. Try again.', retryable: true } };
    case 'SQLITE_IOERR':
      return fail('storage', 'The database file could not be written: nothing was saved.');
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return fail('conflict', 'This refers to something that no longer exists.');
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case 'SQLITE_CONSTRAINT_UNIQUE':
      return fail('conflict', 'Something with this id already exists.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    return fail('storage', 'The database file could not be written: nothing was saved.');
  }
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', `${name} failed unexpectedly: ${message}`);
}
