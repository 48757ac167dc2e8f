import type Database from 'better-sqlite3';

/**
 * Prepared statements kept per connection. Preparing is the largest fixed cost of a small
 * operation (tens of microseconds per statement: SQLite parses and plans the SQL every time),
 * and an item write runs a dozen statements; a statement prepared once is reused by every later
 * call with the same SQL text.
 *
 * Hazard: a cached statement is shared by every caller of the same SQL. Use only run/get/all on
 * it — never iterate() (a second caller would find it busy), bind(), raw(), pluck(), expand() or
 * safeIntegers() (they change the statement for everyone). Code that needs those prepares its
 * own statement with db.prepare.
 */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * Dynamic SQL (patches of varying columns) makes a few variants per table; far below this. The
 * cap only guards against a caller that builds unbounded SQL texts.
 */
const MAX_STATEMENTS = 1_000;

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_STATEMENTS) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
