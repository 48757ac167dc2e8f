import type { Migration } from './types';

/**
 * Text in a second language for bilingual documents (shared/domain/translation.ts): one JSON
 * object per item, meeting and member. Existing rows get the empty translation, written out in
 * full so every reader sees every field; revisions are not bumped (nothing was edited).
 */
export const secondLanguage: Migration = {
  version: 9,
  name: 'text in a second language',
  up: `
ALTER TABLE items ADD COLUMN translation TEXT NOT NULL DEFAULT '{"title":"","venue":"","description":""}' CHECK (json_valid(translation));
ALTER TABLE meetings ADD COLUMN translation TEXT NOT NULL DEFAULT '{"agenda":""}' CHECK (json_valid(translation));
ALTER TABLE members ADD COLUMN translation TEXT NOT NULL DEFAULT '{"title":"","organisation":""}' CHECK (json_valid(translation));
`,
};
