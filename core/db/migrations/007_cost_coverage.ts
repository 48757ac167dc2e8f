import type { Migration } from './types';

/**
 * Who pays what on an incoming visit, for the Schengen invitation letter. Existing trips get the
 * empty text ("nothing stated"): the letter then leaves the paragraph out rather than guessing.
 */
export const costCoverage: Migration = {
  version: 7,
  name: 'who pays what',
  up: `
ALTER TABLE trips ADD COLUMN cost_coverage TEXT NOT NULL DEFAULT '';
`,
};
