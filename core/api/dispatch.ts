import type Database from 'better-sqlite3';
import { contract, isOperationName, type OperationName } from '../../shared/api/contract';
import { fail, ok, type ApiResult, type FieldIssue } from '../../shared/api/result';
import { ServiceError } from '../services/errors';
import { handlers } from './handlers';

/**
 * The single entry to the core for every transport: look the operation up in the contract,
 * validate the input with its schema, run the handler in one transaction, and answer with an
 * ApiResult. Nothing thrown inside escapes; a failed operation leaves the database unchanged.
 */
export function dispatch(db: Database.Database, name: string, input: unknown): ApiResult<unknown> {
  if (!isOperationName(name)) return fail('unknown_operation', `Unknown operation: ${String(name).slice(0, 100)}`);
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    }));
    return fail('invalid_input', summarise(issues), issues);
  }
  try {
    const run = handlers[name] as (db: Database.Database, input: unknown) => unknown;
    return ok(db.transaction(() => run(db, parsed.data))());
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
      return fail('storage', 'The database is busy in another program: nothing was saved. Try again.');
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
