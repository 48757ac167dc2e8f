import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, expect } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { seedDemo } from '../../core/demo';
import { DEMO_TRIP_IDS } from '../../core/demo/ids';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api/contract';
import { runCli } from '../../core/cli/run';
import { databaseOf } from '../../core/db/raw-handle';

/** Real SQLite files in fresh temp folders, removed after each test. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) {
    try {
      cleanups.pop()!();
    } catch {
      // never mask the test's own failure
    }
  }
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-sharing-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function freshCore(file = path.join(tempDir(), 'planner.db')): Core {
  const core = openCore(file);
  cleanups.push(() => databaseOf(core).open && core.close());
  return core;
}

/** A database with both demo delegations. */
export function demoCore(): Core {
  const core = freshCore();
  seedDemo(databaseOf(core));
  return core;
}

export const JINAN_ID = DEMO_TRIP_IDS.jinan;
export const WUXI_ID = DEMO_TRIP_IDS.wuxi;

export function call<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): ApiResult<OperationResult<K>> {
  return core.dispatch(name, input) as ApiResult<OperationResult<K>>;
}

export function ok<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): OperationResult<K> {
  const result = call(core, name, input);
  if (!result.ok) expect.fail(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function failure<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): ApiError {
  const result = call(core, name, input);
  if (result.ok) expect.fail(`${name} should have failed`);
  return result.error;
}

/**
 * A fingerprint of everything stored: every table's rows (sorted), the schema and the version.
 * Equal before and after means the database is unchanged, whatever the file bytes (WAL) do.
 */
export function databaseHash(core: Core): string {
  const hash = createHash('sha256');
  hash.update(String(databaseOf(core).pragma('user_version', { simple: true })));
  const tables = databaseOf(core)
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    hash.update(sql);
    const rows = (databaseOf(core).prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
    hash.update(`${name}:${rows.length}:${rows.join('\n')}`);
  }
  return hash.digest('hex');
}

export function exportText(core: Core, tripId: string, includePassports = false): string {
  return ok(core, 'sharing:exportTrip', { tripId, includePassports }).content;
}

/** The file without its exportedAt stamp: what a round trip must keep identical. */
export function withoutStamp(text: string): string {
  return text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": "…"');
}

export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
