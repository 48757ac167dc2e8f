import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core';
import { seedDemo } from '../../core/demo';
import type { CheckResult } from '../../shared/checks';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * The demo trips are what people see first: they must be clean. Info-level findings are allowed
 * (an incoming delegation's passports are their own organisation's business).
 */
let dir: string;
let core: Core;
let tripIds: string[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-check-demo-'));
  core = openCore(path.join(dir, 'demo.sqlite'));
  tripIds = seedDemo(databaseOf(core)).tripIds;
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function check(tripId: string): CheckResult[] {
  const result = core.dispatch('checks:run', { tripId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CheckResult[];
}

describe('the demo trips', () => {
  it('are both checked', () => {
    expect(tripIds).toHaveLength(2);
  });

  it('have no error- or warning-level findings', () => {
    // Both trips' findings in one list, so a failure shows everything to fix at once.
    const serious = tripIds.flatMap((tripId) =>
      check(tripId)
        .filter((r) => r.severity !== 'info')
        .map((r) => `${r.severity} ${r.id}: ${r.message.en}`),
    );
    expect(serious).toEqual([]);
  });
});
