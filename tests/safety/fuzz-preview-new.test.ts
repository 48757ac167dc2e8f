import { describe, it } from 'vitest';
import { runPreviewFuzz } from './fuzz-setup';

/**
 * Mutation fuzzing of the trip-file import, new mode: 5,000 seeded mutations of valid .delegation
 * files of trips that are not in the database yet (a colleague's new trip), through 'sharing:previewImport'. With the other mode's file and
 * fuzz-apply.test.ts (which writes), over 10,000 files; the two preview files run in parallel.
 */
describe('fuzzing the trip-file import: preview, new', () => {
  it('answers 5,000 mutated files with a preview or a clear refusal, in time, writing nothing', { timeout: 170_000 }, () => {
    runPreviewFuzz({ seed: 0xf0221017, cases: 5_000, target: 'new', largeShare: 0.05 });
  });
});
