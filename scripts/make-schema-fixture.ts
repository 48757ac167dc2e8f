/**
 * Writes tests/fixtures/schema-v<N>.sql: a database made by schema version N with realistic
 * rows in every table, as a text SQL dump (schema + rows + user_version). The migration test
 * (tests/safety/migration-fixtures.test.ts) loads every fixture, lets openCore upgrade it to the
 * latest version and checks that every row is still there.
 *
 *   npm run fixture:schema            the current (latest) version — run this when you add a
 *                                     migration, and commit the new file next to the old ones
 *   npm run fixture:schema -- 2       an older version: only valid while every migration after
 *                                     it just added tables (true for 1–3); never regenerate a
 *                                     committed fixture, it stands for files users already have
 *
 * The rows (tests/fixtures/sample-trip.ts) are written through the API of the current code into a database at the latest
 * version; the dump then keeps the tables and columns that schema version N has.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore } from '../core/core';
import { migrate } from '../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../core/db/migrations';
import { writeSampleTrip } from '../tests/fixtures/sample-trip';
import { databaseOf } from '../core/db/raw-handle';

const fixturesDir = path.resolve(import.meta.dirname, '../tests/fixtures');

/** SQL literal of a value as SQLite stores it. */
function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  return `'${String(value).replace(/'/g, "''")}'`;
}

export function dumpAtVersion(source: Database.Database, version: number): string {
  // The schema exactly as migrations 1..version create it.
  const schemaDb = new Database(':memory:');
  migrate(schemaDb, ':memory:', migrations.slice(0, version));
  const objects = schemaDb
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid`)
    .all() as { type: string; name: string; sql: string }[];
  const lines = [
    `-- Delegation Planner database at schema version ${version} (PRAGMA user_version = ${version}).`,
    '-- Made by scripts/make-schema-fixture.ts; loaded by tests/safety/migration-fixtures.test.ts.',
    '-- Never edit or regenerate: it stands for the files of users who ran that version.',
    'PRAGMA foreign_keys = OFF;',
    'BEGIN;',
  ];
  for (const object of objects) lines.push(`${object.sql};`);
  for (const { name } of objects.filter((o) => o.type === 'table')) {
    const columns = (schemaDb.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => `"${c.name}"`);
    const rows = source
      .prepare(`SELECT ${columns.join(', ')} FROM "${name}" ORDER BY ${columns.join(', ')}`)
      .raw()
      .safeIntegers()
      .all() as unknown[][];
    for (const row of rows) lines.push(`INSERT INTO "${name}" (${columns.join(', ')}) VALUES (${row.map(literal).join(', ')});`);
  }
  lines.push(`PRAGMA user_version = ${version};`, 'COMMIT;', '');
  schemaDb.close();
  return lines.join('\n');
}

function main(argv: string[]): void {
  const version = argv[0] ? Number(argv[0]) : LATEST_SCHEMA_VERSION;
  if (!Number.isInteger(version) || version < 1 || version > LATEST_SCHEMA_VERSION) {
    throw new Error(`Give a schema version from 1 to ${LATEST_SCHEMA_VERSION}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-fixture-'));
  try {
    const core = openCore(path.join(dir, 'fixture.sqlite'));
    writeSampleTrip(core);
    const out = path.join(fixturesDir, `schema-v${version}.sql`);
    fs.mkdirSync(fixturesDir, { recursive: true });
    fs.writeFileSync(out, dumpAtVersion(databaseOf(core), version));
    core.close();
    console.log(`Wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2));
