import type Database from 'better-sqlite3';
import { prepared } from './statements';

/**
 * Maps an entity (camelCase, nested objects allowed via dotted paths such as "location.venue")
 * to a table's columns, so each repository states its columns once and reads, inserts and
 * patches are generated from that one list. Values are always bound, never concatenated.
 */
export type ColumnKind = 'text' | 'int' | 'bool' | 'json' | 'nullable';

export interface ColumnSpec {
  /** Entity path, e.g. "startLocal" or "location.venue". */
  field: string;
  column: string;
  kind?: ColumnKind;
  /** Written by insert/update but not read back (derived values such as items.start_instant). */
  writeOnly?: boolean;
}

/** T is what is written; R what is read back (T without the write-only columns). */
export interface TableMapper<T, R = T> {
  readonly table: string;
  /** "col AS col, …" list for SELECTs (prefixed with the table alias when given). */
  columns(alias?: string): string;
  fromRow(row: Record<string, unknown>): R;
  insert(db: Database.Database, entity: T): void;
  /** Update the changed fields of `patch`; bumps updated_at and revision. */
  update(db: Database.Database, id: string, patch: Record<string, unknown>, now: string, key?: string): void;
}

export function defineTable<T, R = T>(table: string, specs: ColumnSpec[]): TableMapper<T, R> {
  const byField = new Map(specs.map((s) => [s.field, s]));
  const insertSql = `INSERT INTO ${table} (${specs.map((s) => s.column).join(', ')}) VALUES (${specs
    .map((s) => '@' + s.column)
    .join(', ')})`;
  // Paths split once: fromRow runs for every row of every list (hundreds per workspace load).
  const fields = specs.map((s) => ({ column: s.column, kind: s.kind ?? 'text', path: s.field.split('.') }));
  const readable = specs.filter((s) => !s.writeOnly);
  const readFields = fields.filter((_, i) => !specs[i]!.writeOnly);

  return {
    table,
    columns: (alias) => readable.map((s) => (alias ? `${alias}.${s.column}` : s.column)).join(', '),
    fromRow(row) {
      const entity: Record<string, unknown> = {};
      for (const { column, kind, path } of readFields) {
        const value = kind === 'bool' || kind === 'json' ? decode(row[column], kind) : row[column];
        if (path.length === 1) entity[path[0]!] = value;
        else setPath(entity, path, value);
      }
      return entity as R;
    },
    insert(db, entity) {
      const params: Record<string, unknown> = {};
      for (const { column, kind, path } of fields) params[column] = encode(getPath(entity, path), kind);
      prepared(db, insertSql).run(params);
    },
    update(db, id, patch, now, key = 'id') {
      const assignments: string[] = [];
      const params: Record<string, unknown> = { __id: id, __now: now };
      for (const [path, value] of flatten(patch)) {
        const spec = byField.get(path);
        if (!spec || value === undefined) continue;
        assignments.push(`${spec.column} = @${spec.column}`);
        params[spec.column] = encode(value, spec.kind);
      }
      const sql = `UPDATE ${table} SET ${[...assignments, 'updated_at = @__now', 'revision = revision + 1'].join(
        ', ',
      )} WHERE ${key} = @__id`;
      prepared(db, sql).run(params);
    },
  };
}

/** Flatten {a: 1, location: {venue: 'x'}} into [["a", 1], ["location.venue", "x"]]. */
function flatten(value: Record<string, unknown>, prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value)) {
    const path = prefix + key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !isJsonLeaf(path)) {
      out.push(...flatten(v as Record<string, unknown>, path + '.'));
    } else {
      out.push([path, v]);
    }
  }
  return out;
}

// Object-valued fields stored whole as JSON rather than spread over columns.
const JSON_LEAVES = new Set(['details', 'seating', 'translation']);
function isJsonLeaf(path: string): boolean {
  return JSON_LEAVES.has(path);
}

function encode(value: unknown, kind: ColumnKind = 'text'): unknown {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function decode(value: unknown, kind: ColumnKind = 'text'): unknown {
  switch (kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return JSON.parse(String(value));
    default:
      return value;
  }
}

function getPath(entity: unknown, path: readonly string[]): unknown {
  let value = entity;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let obj = target;
  for (const key of keys.slice(0, -1)) obj = (obj[key] ??= {}) as Record<string, unknown>;
  obj[keys[keys.length - 1]!] = value;
}
