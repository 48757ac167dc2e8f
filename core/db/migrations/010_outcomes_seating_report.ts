import type { Migration } from './types';

/**
 * After the trip: what became of each item (planned, done or cancelled, with its outcome), the
 * agreements signed at a meeting, the seating plan of a meal or meeting, the post-trip report's
 * own texts, and the two personal fields a Chinese invitation letter asks for (sex and date of
 * birth).
 *
 * Existing items are "planned" with no outcome and no seating plan; existing trips have empty
 * report texts and meetings no agreements; existing members have neither sex nor date of birth (null: not entered — never
 * guessed from a name). Revisions are not bumped: every copy of a shared trip migrates the same
 * way, so the change is not an edit to merge.
 */
export const outcomesSeatingReport: Migration = {
  version: 10,
  name: 'item outcomes, seating plans, the post-trip report and invitation personal data',
  up: `
ALTER TABLE items ADD COLUMN state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled'));
ALTER TABLE items ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN seating TEXT CHECK (seating IS NULL OR json_valid(seating));
ALTER TABLE meetings ADD COLUMN agreements TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN report_results TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN report_lessons TEXT NOT NULL DEFAULT '';
ALTER TABLE trips ADD COLUMN report_next_steps TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'x'));
ALTER TABLE members ADD COLUMN date_of_birth TEXT;
`,
};
